/**
 * When IndexedDB refuses a write because the disk or the browser's quota is full, the
 * transaction is aborted (nothing of it is kept) and the person gets a sentence saying
 * what to do instead of a raw "QuotaExceededError". Every writer passes its errors here.
 */
import { AppError } from '../core/errors';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** True when `e` (or an error it wraps: Dexie's inner, a bulk failure) is a storage-full refusal. */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 4) return false;
  const err = e as { name?: unknown; message?: unknown; inner?: unknown; failures?: unknown };
  if (typeof err.name === 'string' && QUOTA_NAMES.has(err.name)) return true;
  // Chromium reports a full disk during commit as an UnknownError / AbortError naming the quota.
  if (typeof err.message === 'string' && /quota|disk (is )?full|no space/i.test(err.message)) return true;
  if (isQuotaError(err.inner, depth + 1)) return true;
  if (Array.isArray(err.failures)) return err.failures.some((f) => isQuotaError(f, depth + 1));
  return false;
}

/** The error to rethrow: a storage-full refusal becomes AppError('storage.full'); anything else as it was. */
export function storageError(e: unknown): unknown {
  if (!isQuotaError(e)) return e;
  // Writes nobody awaits (drafts) must still reach the person: the app frame shows a banner.
  if (typeof globalThis.dispatchEvent === 'function') globalThis.dispatchEvent(new Event(STORAGE_FULL_EVENT));
  return new AppError('storage.full');
}

export const STORAGE_FULL_EVENT = 'luutru-storage-full';

/** Runs a write and turns a storage-full refusal into AppError('storage.full'). */
export async function guardStorage<R>(write: () => Promise<R>): Promise<R> {
  try {
    return await write();
  } catch (e) {
    throw storageError(e);
  }
}
