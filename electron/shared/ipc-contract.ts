/**
 * The IPC contract: ONE map of channel name → request and response types, shared by
 * the main process and the preload. Nothing else crosses the process boundary.
 */
import type { AppInfo, AutoBackupSettings, FileFilter, OpenedFile, SaveFileResult } from '../../renderer/src/platform/types';

export type IpcContract = {
  'app:info': { request: null; response: AppInfo };
  'file:save': { request: { suggestedName: string; filters: FileFilter[]; data: Uint8Array }; response: SaveFileResult };
  'file:open': { request: { filters: FileFilter[]; multiple: boolean }; response: OpenedFile[] };
  'pdf:show': { request: { title: string; data: Uint8Array }; response: null };
  /** Streamed save (backups): a dialog, then pieces, then close (fsync + rename) or abort. */
  'stream:save-open': { request: { suggestedName: string; filters: FileFilter[] }; response: { id: number; path: string } | null };
  'stream:write': { request: { id: number; data: Uint8Array }; response: null };
  'stream:close': { request: { id: number }; response: SaveFileResult };
  'stream:abort': { request: { id: number }; response: null };
  /** Streamed open (restore): a dialog, then pieces by offset. */
  'stream:open-read': { request: { filters: FileFilter[] }; response: { id: number; name: string; size: number } | null };
  'stream:read': { request: { id: number; offset: number; length: number }; response: Uint8Array };
  'stream:close-read': { request: { id: number }; response: null };
  /** The daily automatic backup: settings kept by the main process, the file opened in its folder. */
  'autobackup:get': { request: null; response: AutoBackupSettings };
  'autobackup:set': { request: { enabled: boolean; keep: number }; response: AutoBackupSettings };
  'autobackup:choose-folder': { request: null; response: AutoBackupSettings };
  'autobackup:open': { request: { fileName: string; unitCode: string }; response: { id: number; path: string } };
};

export type Channel = keyof IpcContract;
export const CHANNELS: readonly Channel[] = [
  'app:info',
  'file:save',
  'file:open',
  'pdf:show',
  'stream:save-open',
  'stream:write',
  'stream:close',
  'stream:abort',
  'stream:open-read',
  'stream:read',
  'stream:close-read',
  'autobackup:get',
  'autobackup:set',
  'autobackup:choose-folder',
  'autobackup:open',
];
