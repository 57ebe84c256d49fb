/** Drafts: what a person was typing, keyed by form, so a reload or crash loses nothing. */
import type { LuutruDb } from '../schema';
import { guardStorage } from '../storage-errors';

export async function loadDraft<T>(db: LuutruDb, key: string): Promise<T | undefined> {
  return (await db.drafts.get(key))?.value as T | undefined;
}

export async function saveDraft(db: LuutruDb, key: string, value: unknown): Promise<void> {
  await guardStorage(() => db.drafts.put({ key, value, updatedAt: new Date().toISOString() }));
}

export async function clearDraft(db: LuutruDb, key: string): Promise<void> {
  await db.drafts.delete(key);
}
