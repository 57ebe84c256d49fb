/**
 * What a persisted index is built from: a scope's source. It names the properties kept per
 * entry, reads the entries in ordinal order (a register's entries by number), reads the change
 * journal, and says what a run of journal entries changed in the scope. Sources read the app
 * database (db/repositories/entry-index-source.ts); tests give their own.
 */
import type { JournalEntry } from '../../core/journal';
import type { ColumnSpec } from './columns';

/** One entry as the index takes it. */
export type IndexDoc = {
  /** Its place in the scope (a register: the entry's number; a received unit's entry: where it is kept); absent when the index hands places out. */
  readonly ordinal?: number;
  readonly id: string;
  /** Folded text of every searchable field. */
  readonly text: string;
  readonly facets: Readonly<Record<string, string>>;
  /** Names of the spec's flags the entry has. */
  readonly flags: readonly string[];
  /** Day numbers of the spec's day fields (absent: no date). */
  readonly days: Readonly<Record<string, number>>;
};

export type IndexSpec = ColumnSpec & {
  /** Entries with this flag (a cancelled entry) still list and search, but do not count as holding their values. */
  readonly liveUnless?: string;
  /** Raised when the words an entry is found by change: an index built with other words is built again (scope-index.ts `valid`). */
  readonly textVersion?: number;
};

/** Entries changed or taken out by some journal entries; `rebuild` when only a new build can tell (a bundle import). */
export type SourceChanges = {
  readonly docs: readonly IndexDoc[];
  readonly removed: readonly { readonly id: string; readonly ordinal?: number }[];
  readonly rebuild: boolean;
};

export type IndexSource = {
  readonly spec: IndexSpec;
  /** Changes when the data may have changed outside the journal (a schema upgrade): the index is then built again. */
  fingerprint(): Promise<string>;
  /** About how many entries the scope holds (for progress). */
  estimate(): Promise<number>;
  /** The entries with ordinal ≥ `from`, ascending, `chunk` at a time (all entries when the index hands places out). */
  scan(from: number, chunk: number): AsyncIterable<readonly IndexDoc[]>;
  /** The newest journal entry's seq (0 when none) and its time. */
  lastSeq(): Promise<{ readonly seq: number; readonly at: string }>;
  /** The time of the journal entry `seq`, or undefined when there is none. */
  seqAt(seq: number): Promise<string | undefined>;
  /** Journal entries after `seq`, oldest first, at most `limit`. */
  journalSince(seq: number, limit: number): Promise<readonly JournalEntry[]>;
  changes(entries: readonly JournalEntry[]): Promise<SourceChanges>;
};
