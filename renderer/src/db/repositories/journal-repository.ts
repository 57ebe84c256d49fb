/** Reads of the change journal (the audit log). */
import { historyOf, type JournalEntry } from '../../core/journal';
import type { LuutruDb } from '../schema';

/** Newest entries first, paged by sequence (no offset paging: it is slow on large logs). */
export async function recentJournal(db: LuutruDb, limit: number, beforeSeq?: number): Promise<JournalEntry[]> {
  const coll = beforeSeq === undefined ? db.journal.orderBy('seq') : db.journal.where('seq').below(beforeSeq);
  return coll.reverse().limit(limit).toArray();
}

export async function recordHistory(db: LuutruDb, recordId: string) {
  const entries = await db.journal.where('recordIds').equals(recordId).toArray();
  return historyOf(entries, recordId);
}
