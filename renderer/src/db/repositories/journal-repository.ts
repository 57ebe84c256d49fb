/** Reads of the change journal (the audit log). */
import { historyOf, journalMatcher, journalSpan, type JournalEntry, type JournalFilter } from '../../core/journal';
import type { LuutruDb } from '../schema';

/** Newest entries first, paged by sequence (no offset paging: it is slow on large logs). */
export async function recentJournal(db: LuutruDb, limit: number, beforeSeq?: number): Promise<JournalEntry[]> {
  const coll = beforeSeq === undefined ? db.journal.orderBy('seq') : db.journal.where('seq').below(beforeSeq);
  return coll.reverse().limit(limit).toArray();
}

/**
 * The newest `limit` entries a filter keeps (core/journal.ts `JournalFilter`), newest first: its
 * days read through the index of moments, the rest judged entry by entry, the read stopping once
 * `limit` are found. `textOf`: the line as the person reads it, where the filter's words are looked for.
 */
export async function findJournal(db: LuutruDb, filter: JournalFilter, textOf: (e: JournalEntry) => string, limit: number): Promise<JournalEntry[]> {
  const { lower, upper } = journalSpan(filter);
  const coll = lower || upper ? db.journal.where('at').between(lower ?? '', upper ?? '\uffff', true, true) : db.journal.orderBy('seq');
  return coll
    .reverse()
    .filter(journalMatcher(filter, textOf))
    .limit(limit)
    .toArray();
}

/**
 * Sequence number of the newest journal entry (0 when the journal is empty). Its key only: the
 * entry itself can hold every change of an import or a batch (megabytes to read back), and
 * searches ask this at every keystroke.
 */
export async function lastJournalSeq(db: LuutruDb): Promise<number> {
  const last = await db.journal.orderBy('seq').lastKey();
  return typeof last === 'number' ? last : 0;
}

/** Journal entries after `seq`, oldest first: what changed since a reader last looked. */
export async function journalSince(db: LuutruDb, seq: number): Promise<JournalEntry[]> {
  return db.journal.where('seq').above(seq).toArray();
}

/**
 * What restoring a backup of this unit takes away: the entries after the backup's last, oldest first, at most `limit`,
 * and how many. After its sequence when the backup was made from this journal (the entry at that sequence is of the same
 * moment), else after its last change's time (a PC clock set back misplaced entries by time).
 */
export async function journalAfterBackup(db: LuutruDb, backup: { readonly journalSeq: number; readonly lastChangeAt?: string }, limit: number): Promise<{ readonly count: number; readonly entries: JournalEntry[] }> {
  const mark = backup.journalSeq > 0 ? await db.journal.get(backup.journalSeq) : undefined;
  const after = () => (mark && mark.at === backup.lastChangeAt ? db.journal.where('seq').above(backup.journalSeq) : db.journal.where('at').above(backup.lastChangeAt ?? ''));
  const [count, entries] = await Promise.all([after().count(), after().limit(limit).toArray()]);
  return { count, entries };
}

/** How many entries the journal holds, and the newest `limit` of them, newest first: what a restore of another unit's backup replaces. */
export async function journalNewest(db: LuutruDb, limit: number): Promise<{ readonly count: number; readonly entries: JournalEntry[] }> {
  const [count, entries] = await Promise.all([db.journal.count(), recentJournal(db, limit)]);
  return { count, entries };
}

export async function recordHistory(db: LuutruDb, recordId: string) {
  const entries = await db.journal.where('recordIds').equals(recordId).toArray();
  return historyOf(entries, recordId);
}
