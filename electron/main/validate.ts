/** Payload validation for every IPC message (pure; tested in Node). */
import type { IpcContract } from '../shared/ipc-contract';

const MAX_BYTES = 512 * 1024 * 1024;

function isFilters(v: unknown): boolean {
  return (
    Array.isArray(v) &&
    v.length <= 10 &&
    v.every(
      (f) =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as { name?: unknown }).name === 'string' &&
        Array.isArray((f as { extensions?: unknown }).extensions) &&
        (f as { extensions: unknown[] }).extensions.every((e) => typeof e === 'string' && /^[a-z0-9][a-z0-9-]{0,19}$/i.test(e)),
    )
  );
}

function isSafeName(v: unknown): v is string {
  if (typeof v !== 'string' || v.length === 0 || v.length > 200 || v === '.' || v === '..') return false;
  // No path separators, characters Windows forbids in names, or control characters.
  return ![...v].some((ch) => '\\/:*?"<>|'.includes(ch) || ch.charCodeAt(0) < 0x20);
}

const isId = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;
const PIECE_MAX = 16 * 1024 * 1024;

export function validatePayload<C extends keyof IpcContract>(channel: C, payload: unknown): payload is IpcContract[C]['request'] {
  const p = payload as Record<string, unknown> | null;
  switch (channel) {
    case 'app:info':
      return payload === null || payload === undefined;
    case 'file:save':
      return !!p && isSafeName(p.suggestedName) && isFilters(p.filters) && p.data instanceof Uint8Array && p.data.byteLength <= MAX_BYTES;
    case 'file:open':
      return !!p && isFilters(p.filters) && typeof p.multiple === 'boolean';
    case 'pdf:show':
      return !!p && typeof p.title === 'string' && p.title.length <= 200 && p.data instanceof Uint8Array && p.data.byteLength <= MAX_BYTES;
    case 'stream:save-open':
      return !!p && isSafeName(p.suggestedName) && isFilters(p.filters);
    case 'stream:write':
      return !!p && isId(p.id) && p.data instanceof Uint8Array && p.data.byteLength <= PIECE_MAX;
    case 'stream:close':
    case 'stream:abort':
    case 'stream:close-read':
      return !!p && isId(p.id) && Object.keys(p).length === 1;
    case 'stream:open-read':
      return !!p && isFilters(p.filters);
    case 'stream:read':
      return !!p && isId(p.id) && Number.isSafeInteger(p.offset) && (p.offset as number) >= 0 && Number.isInteger(p.length) && (p.length as number) > 0 && (p.length as number) <= PIECE_MAX;
    case 'autobackup:get':
    case 'autobackup:choose-folder':
      return payload === null || payload === undefined;
    case 'autobackup:set':
      return !!p && typeof p.enabled === 'boolean' && Number.isInteger(p.keep) && (p.keep as number) >= 1 && (p.keep as number) <= 365;
    case 'autobackup:open':
      return !!p && isSafeName(p.fileName) && typeof p.unitCode === 'string' && /^\d{2,5}$/.test(p.unitCode);
    default:
      return false;
  }
}

export const APP_ORIGIN = 'app://luutru';

/** Only our own app:// page may call the main process. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  if (!frameUrl) return false;
  try {
    const u = new URL(frameUrl);
    return u.protocol === 'app:' && u.host === 'luutru';
  } catch {
    return false;
  }
}
