/** Preload: exposes ONE frozen object implementing PlatformApi; never ipcRenderer itself. */
import { contextBridge, ipcRenderer } from 'electron';
import type { PlatformApi } from '../../renderer/src/platform/types';
import type { Channel, IpcContract } from '../shared/ipc-contract';

function invoke<C extends Channel>(channel: C, request: IpcContract[C]['request']): Promise<IpcContract[C]['response']> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcContract[C]['response']>;
}

const api = {
  host: 'electron',
  appInfo: () => invoke('app:info', null),
  saveFile: (r) => invoke('file:save', { suggestedName: r.suggestedName, filters: r.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })), data: r.data }),
  openFile: (r) => invoke('file:open', { filters: r.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })), multiple: r.multiple ?? false }),
  printPdf: async (r) => {
    await invoke('pdf:show', { title: r.title, data: r.data });
  },
} satisfies PlatformApi;

contextBridge.exposeInMainWorld('luutruPlatform', Object.freeze(api));
