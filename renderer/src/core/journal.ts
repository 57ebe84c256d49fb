/**
 * The change journal: one entry per user action (a change set), written in the same
 * transaction as the records it touches. It is the audit log a person can browse
 * ("who changed what, when") and it feeds incremental export.
 */

/** hold / release: an imported record taken out of its table for a person to look at, or put back. */
export type ChangeOp = 'create' | 'update' | 'delete' | 'hold' | 'release';

export type RecordChange = {
  readonly table: string;
  readonly recordId: string;
  readonly op: ChangeOp;
  /** User-visible fields that changed (empty for create: the whole record is new). */
  readonly fields: readonly string[];
  /** Clock value the record got. */
  readonly clock: string;
};

export type JournalEntry = {
  /** Auto-increment, local to this PC. */
  readonly seq?: number;
  /** ISO time of the action. */
  readonly at: string;
  /** Operator name. */
  readonly operator: string;
  /** Stable action code, e.g. 'setup.complete', 'incoming.register' (translated in the UI). */
  readonly action: string;
  /** Extra text for the log line (a reason for a deletion, a file name for an import). */
  readonly detail?: string;
  readonly changes: readonly RecordChange[];
  /** Indexed (multi-entry) for "history of this record". */
  readonly recordIds: readonly string[];
  /**
   * Other units' records an import wrote, counted per origin and table instead of listed one by
   * one (they are read-only here; their history is the bundles received, not this journal).
   */
  readonly imported?: { readonly records: number; readonly byOrigin: Readonly<Record<string, Readonly<Record<string, number>>>> };
};

/** Journal entries that mention a record, newest first, with only that record's change. */
export function historyOf(entries: readonly JournalEntry[], recordId: string): Array<JournalEntry & { readonly change: RecordChange }> {
  const out: Array<JournalEntry & { readonly change: RecordChange }> = [];
  for (const e of entries) {
    const change = e.changes.find((c) => c.recordId === recordId);
    if (change) out.push({ ...e, change });
  }
  return out.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
}
