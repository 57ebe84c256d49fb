/** Preload: exposes ONE frozen object implementing PlatformApi; never ipcRenderer itself. */
import { contextBridge, ipcRenderer } from 'electron';
import type { ByteSink, ByteSource, FileFilter, PlatformApi } from '../../renderer/src/platform/types';
import type { Channel, IpcContract } from '../shared/ipc-contract';

function invoke<C extends Channel>(channel: C, request: IpcContract[C]['request']): Promise<IpcContract[C]['response']> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcContract[C]['response']>;
}

const filters = (f: readonly FileFilter[]) => f.map((x) => ({ name: x.name, extensions: [...x.extensions] }));

/** Pieces cross IPC at most this large (the main process refuses bigger ones). */
const PIECE = 4 * 1024 * 1024;

function sinkFor(id: number): ByteSink {
  return {
    async write(chunk) {
      for (let at = 0; at < chunk.length; at += PIECE) await invoke('stream:write', { id, data: chunk.subarray(at, at + PIECE) });
    },
    close: () => invoke('stream:close', { id }),
    async abort() {
      await invoke('stream:abort', { id });
    },
  };
}

function sourceFor(opened: { id: number; name: string; size: number }): ByteSource {
  return {
    name: opened.name,
    size: opened.size,
    async *chunks() {
      for (let at = 0; at < opened.size; ) {
        const piece = await invoke('stream:read', { id: opened.id, offset: at, length: PIECE });
        if (piece.length === 0) break;
        at += piece.length;
        yield piece;
      }
    },
  };
}

const api = {
  host: 'electron',
  appInfo: () => invoke('app:info', null),
  saveFile: (r) => invoke('file:save', { suggestedName: r.suggestedName, filters: filters(r.filters), data: r.data }),
  openFile: (r) => invoke('file:open', { filters: filters(r.filters), multiple: r.multiple ?? false }),
  async saveStream(r) {
    const opened = await invoke('stream:save-open', { suggestedName: r.suggestedName, filters: filters(r.filters) });
    return opened ? sinkFor(opened.id) : undefined;
  },
  async openStream(r) {
    const opened = await invoke('stream:open-read', { filters: filters(r.filters) });
    return opened ? sourceFor(opened) : undefined;
  },
  autoBackup: Object.freeze({
    settings: () => invoke('autobackup:get', null),
    update: (r: { enabled: boolean; keep: number }) => invoke('autobackup:set', { enabled: r.enabled, keep: r.keep }),
    chooseFolder: () => invoke('autobackup:choose-folder', null),
    openSink: async (r: { fileName: string; unitCode: string }) => sinkFor((await invoke('autobackup:open', { fileName: r.fileName, unitCode: r.unitCode })).id),
  }),
  printPdf: async (r) => {
    await invoke('pdf:show', { title: r.title, data: r.data });
  },
} satisfies PlatformApi;

contextBridge.exposeInMainWorld('luutruPlatform', Object.freeze(api));
