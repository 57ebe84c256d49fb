/**
 * The change journal: one entry per user action (a change set), written in the same
 * transaction as the records it touches. It is the audit log a person can browse
 * ("who changed what, when") and it feeds incremental export.
 */
import { foldedWords } from './text';
import { isIsoDate } from './registers/dates';

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
  /**
   * What a correction changed, field by field, before and after — for the short values a person
   * reads (text up to JOURNAL_VALUE_MAX characters, numbers, yes/no, short lists); a longer or
   * structured value is only named in `fields`. Absent in entries written before it was kept. A record made with
   * figures by key (a statistics report's first draft) keeps them as made from nothing, `{}` when made with none.
   */
  readonly values?: Readonly<Record<string, readonly [JournalValue, JournalValue]>>;
  /**
   * The record as the journal names it ("07/BC-UBND “Báo cáo quý I”", core/journal-subject.ts), kept for the first
   * items of a line: an item opened says which document moved, not only "Số thứ tự: 2 → 3". Absent before it was kept.
   */
  readonly name?: string;
  /** The record is one the line's subject is of (a slip moved up by a deletion is not): its own history names it first. */
  readonly inSubject?: true;
};

/** Items of a line named one by one: the journal page lists as many of a line opened, the change set names as many. */
export const NAMED_CHANGES = 50;

/**
 * Records of one table a line is about, as the clerk knows them: the first few named (core/journal-subject.ts), all
 * counted — "Hủy văn bản đến" says which entry, "Đánh số hồ sơ" which dossiers.
 */
export type JournalSubject = { readonly table: string; readonly names: readonly string[]; readonly count: number };

/** A value as the journal keeps it: nothing (null), a text, a number, yes/no, a list of texts. */
export type JournalValue = string | number | boolean | null | readonly string[];

/** Longest text whose before and after a journal entry keeps. */
export const JOURNAL_VALUE_MAX = 300;

function journalValue(v: unknown): JournalValue | undefined {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string') return v.length <= JOURNAL_VALUE_MAX ? v : undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string') && v.join('; ').length <= JOURNAL_VALUE_MAX) return v as string[];
  return undefined;
}

/** Before and after of the changed `fields` whose values are short enough to keep (see RecordChange.values). */
export function changedValues(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>, fields: readonly string[]): Record<string, [JournalValue, JournalValue]> | undefined {
  const out: Record<string, [JournalValue, JournalValue]> = {};
  for (const f of fields) {
    const a = journalValue(before[f]);
    const b = journalValue(after[f]);
    if (a !== undefined && b !== undefined) out[f] = [a, b];
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

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
  /** The records the line is about, named when it was written (absent in lines that name them in `detail`, and before it was kept). */
  readonly subject?: readonly JournalSubject[];
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

/** The kinds of work a journal entry is shown under when a person narrows the journal ("Loại việc"). */
export const JOURNAL_GROUPS = ['registers', 'dossiers', 'processing', 'duties', 'exchange', 'setup', 'other'] as const;
export type JournalGroup = (typeof JOURNAL_GROUPS)[number];

/** An action's first word ("incoming" of "incoming.register") → its kind of work. */
const GROUP_OF_SUBJECT: Readonly<Record<string, JournalGroup>> = {
  incoming: 'registers',
  outgoing: 'registers',
  register: 'registers',
  issuingBody: 'registers',
  dossier: 'dossiers',
  doc: 'dossiers',
  fonds: 'dossiers',
  slip: 'processing',
  job: 'processing',
  box: 'processing',
  retention: 'duties',
  deposit: 'duties',
  appraisal: 'duties',
  loan: 'duties',
  stats: 'duties',
  bundle: 'exchange',
  key: 'exchange',
  custody: 'exchange',
  setup: 'setup',
  unit: 'setup',
  operator: 'setup',
  settings: 'setup',
};

/** The kind of work of an action code ('other' for one not listed). */
export function journalGroupOf(action: string): JournalGroup {
  return GROUP_OF_SUBJECT[action.split('.')[0]!] ?? 'other';
}

/**
 * What a person narrows the journal to: days (yyyy-mm-dd, both included, in the machine's own
 * time), kinds of work, and words found in the line as it is read (`textOf`: its time, person,
 * action and detail in words) — without their marks or case, each word typed the start of a word
 * of the line ("huy" finds "Hủy", not "Thụy"; "141/ubnd" finds "141/UBND-VP").
 */
export type JournalFilter = {
  readonly from?: string;
  readonly to?: string;
  readonly groups?: readonly JournalGroup[];
  readonly words?: string;
};

/** The moments (ISO, as entries keep `at`) a filter's days span, each end open when its day is not given (or is not a day). */
export function journalSpan(filter: Pick<JournalFilter, 'from' | 'to'>): { readonly lower?: string; readonly upper?: string } {
  const at = (day: string | undefined, end: boolean) => (day && isIsoDate(day) ? new Date(`${day}T${end ? '23:59:59.999' : '00:00:00.000'}`).toISOString() : undefined);
  const lower = at(filter.from, false);
  const upper = at(filter.to, true);
  return { ...(lower ? { lower } : {}), ...(upper ? { upper } : {}) };
}

/** Whether an entry is kept by a filter's kinds and words (its days are the read's: `journalSpan`), the words folded once. */
export function journalMatcher(filter: JournalFilter, textOf: (e: JournalEntry) => string): (entry: JournalEntry) => boolean {
  const groups = filter.groups && filter.groups.length > 0 ? new Set(filter.groups) : undefined;
  const typed = foldedWords(filter.words ?? '');
  return (entry) => {
    if (groups && !groups.has(journalGroupOf(entry.action))) return false;
    if (typed.length === 0) return true;
    const line = foldedWords(textOf(entry));
    return typed.every((w) => line.some((l) => l.startsWith(w)));
  };
}
