/**
 * The IPC contract: ONE map of channel name → request and response types, shared by
 * the main process and the preload. Nothing else crosses the process boundary.
 */
import type { AppInfo, FileFilter, OpenedFile, SaveFileResult } from '../../renderer/src/platform/types';

export type IpcContract = {
  'app:info': { request: null; response: AppInfo };
  'file:save': { request: { suggestedName: string; filters: FileFilter[]; data: Uint8Array }; response: SaveFileResult };
  'file:open': { request: { filters: FileFilter[]; multiple: boolean }; response: OpenedFile[] };
  'pdf:show': { request: { title: string; data: Uint8Array }; response: null };
};

export type Channel = keyof IpcContract;
export const CHANNELS: readonly Channel[] = ['app:info', 'file:save', 'file:open', 'pdf:show'];
