/**
 * Which of a change's fields the journal names, per table: what a person typed or saw on a form. A field the
 * app keeps for itself (an index key, a counter, a copy made when something else happened) is never named; a
 * field kept beside one a person typed, as part of it (how a date was written: "12/2025" is a date and its
 * precision), is named as that field. A table's fields are listed in the order of its form where it has one.
 */
import type { ReplicatedTable } from './bundle/schema';
import { changedValues, type JournalValue, type RecordChange } from './journal';

export type JournalFieldRules = {
  /** Kept by the app for itself: derived index keys, counters, copies; never named. */
  readonly internal?: readonly string[];
  /** A date → the field keeping how it was written (a year, a month of a year, a day): one field on the form. */
  readonly writtenAs?: Readonly<Record<string, string>>;
  /** A field → the one it is part of, named as it (a copy taken with it, …). */
  readonly partOf?: Readonly<Record<string, string>>;
  /** Fields in the order the table's form shows them: listed first, in that order (the others after, as stored). */
  readonly order?: readonly string[];
  /**
   * Fields holding figures by key (a report's values, one per indicator): each figure changed is kept on its own, as
   * `field.key` ("values.incomingDocs": 120 → 125), and read by its row's name, not the whole as one "Số liệu".
   */
  readonly figures?: readonly string[];
};

export const JOURNAL_FIELD_RULES: Readonly<Partial<Record<ReplicatedTable, JournalFieldRules>>> = {
  // The duplicate check's key and the follow-up list's deadline (db/register-derived.ts). The entry forms' order
  // (features/registers/entry-form-state.ts INCOMING_FIELDS, OUTGOING_FIELDS; a test holds them alike), then the
  // follow-up tab, then a cancellation.
  incomingDocs: {
    internal: ['dupKey', 'openDeadline'],
    order: [
      'arrivalNumber', 'arrivalDate', 'sender', 'number', 'notation', 'documentDate', 'typeName', 'summary', 'recipient', 'transferDate', 'receivedSignature', 'note', 'urgency', 'secrecy',
      'handlingDeadline', 'dueDate', 'signerPosition', 'signerName', 'pageCount', 'language', 'progress', 'progressNote', 'completedAt', 'replyNotation', 'replyDocId', 'deleted', 'deletedReason',
    ],
  },
  outgoingDocs: {
    internal: ['dupKey'],
    order: [
      'number', 'documentDate', 'typeName', 'notation', 'signerPosition', 'summary', 'signerName', 'recipients', 'retainedCopyHolder', 'copyCount', 'transferDate', 'receivedSignature', 'note',
      'urgency', 'secrecy', 'dueDate', 'pageCount', 'language', 'deleted', 'deletedReason',
    ],
  },
  // The highest number given in the series, moved by every entry registered (the entry's number says it).
  registers: { internal: ['lastNumber'] },
  dossiers: {
    // Derived on every write (core/duties/dossier-fields.ts): the deposit count's start, the expiry year, the list's keys.
    internal: ['depositFrom', 'expiresYear', 'listKey', 'liveKey', 'planKey', 'livePlanKey', 'arrangeStage'],
    writtenAs: { startDate: 'startPrecision', endDate: 'endPrecision' },
    // The retention as handed over, copied when the dossier goes into a deposit batch.
    partOf: { depositedRetention: 'depositBatchId', currentRetention: 'currentBatchId' },
    // The dossier form, then the close form (Tài liệu từ ngày, Đến ngày, Số tờ, Số trang), then what closing sets.
    order: ['heading', 'subheading', 'headingCode', 'notation', 'title', 'retention', 'retentionItemId', 'retentionBasis', 'keeper', 'startDate', 'endDate', 'sheetCount', 'pageCount', 'access', 'language', 'condition', 'note', 'status', 'closedAt'],
  },
  // Its columns (PL V.IV): Số TT, số và ký hiệu, ngày, tác giả, trích yếu, tờ số, ghi chú.
  dossierDocs: { writtenAs: { date: 'datePrecision' }, order: ['position', 'number', 'date', 'author', 'summary', 'sheetFrom', 'sheetTo', 'note'] },
  processingJobs: {
    // The report's metres set aside by reason ("Loại, … (m)"): the discarded metres are their sum.
    partOf: { discardedByReason: 'discardedMetres' },
    // The intake form, the jobs' list (Đã chỉnh lý, Tài liệu loại), the final report, then what the steps set.
    order: [
      'name', 'intakeDate', 'receivedMetres', 'receivedBundles', 'receivedBoxes', 'receivedFrom', 'intakeCondition', 'handedOverBy', 'handedOverRole', 'receivedBy', 'receivedByRole',
      'processedMetres', 'discardedMetres', 'keptMetres', 'problems', 'foreword', 'scheme', 'permanentInventory', 'fixedTermInventory', 'stage', 'status', 'startDate', 'endDate', 'note',
    ],
  },
  // The fonds dialog, then its closing (Ngày cuối cùng của phông, Căn cứ đóng phông).
  fonds: { order: ['name', 'number', 'startYear', 'endYear', 'creators', 'creatorHistory', 'history', 'closedAt', 'closingBasis', 'status'] },
  // The version dialog; the day a version stops is set when the next one begins.
  retentionSchedules: { order: ['name', 'version', 'validFrom', 'validTo', 'basis', 'verified', 'note'] },
  // The item's place in the table as imported.
  retentionItems: { internal: ['order'], order: ['group', 'code', 'title', 'retention', 'basis', 'note'] },
  // The batch form (Biên bản giao nhận), then the figures of the handover counted when the batch is made.
  depositBatches: {
    order: ['name', 'date', 'number', 'basis', 'destination', 'giverUnit', 'giverName', 'giverPosition', 'receiverArchive', 'receiverName', 'receiverPosition', 'condition', 'dossierCount', 'boxCount', 'metres', 'sheetCount', 'fromYear', 'toYear', 'note'],
  },
  // The unit that sent the batch, copied with it.
  depositReceipts: { partOf: { batchOrigin: 'batchId' }, order: ['receivedDate', 'receiverName', 'receiverPosition', 'dossierCount', 'condition', 'note'] },
  // The council form, then the destruction decision and the destruction.
  appraisals: {
    order: ['name', 'councilDecision', 'meetingDate', 'meetingPlace', 'members', 'conclusion', 'status', 'decisionNumber', 'decisionDate', 'decisionSigner', 'destroyedOn', 'destructionPlace', 'destructionMethod', 'note'],
  },
  // The retention a kept dossier had before the council's opinion, copied to give it back if the appraisal is reopened.
  appraisalItems: { internal: ['keptFrom'], order: ['decision', 'newRetention', 'reason'] },
  // The return date the overdue list reads from an index (db/repositories/loan-repository.ts). The request form, then its return.
  loans: {
    internal: ['openDue'],
    order: ['number', 'requesterName', 'organisation', 'idDocument', 'purpose', 'form', 'copies', 'approvedBy', 'requestDate', 'loanDate', 'dueDate', 'returnedDate', 'returnCondition', 'note'],
  },
  loanItems: { order: ['dossierId', 'documents'] },
  // Who saved the report last, copied from the person at the machine (the journal line names them).
  statReports: { internal: ['preparedBy'], order: ['year', 'forms', 'values', 'note', 'status', 'finalisedAt'], figures: ['values'] },
};

const NONE: JournalFieldRules = {};

function rulesOf(table: string): JournalFieldRules {
  return JOURNAL_FIELD_RULES[table as ReplicatedTable] ?? NONE;
}

/** The field whose precision `field` keeps, if it keeps one. */
function precisionOf(rules: JournalFieldRules, field: string): string | undefined {
  for (const [date, precision] of Object.entries(rules.writtenAs ?? {})) if (precision === field) return date;
  return undefined;
}

/** The field a change of `field` is named as: the one it is part of, else itself (an internal field too). */
function ownerField(table: string, field: string): string {
  const rules = rulesOf(table);
  return rules.partOf?.[field] ?? precisionOf(rules, field) ?? field;
}

/** The field a change of `field` is listed as, or undefined for one the app keeps for itself. */
export function listedField(table: string, field: string): string | undefined {
  return rulesOf(table).internal?.includes(field) ? undefined : ownerField(table, field);
}

/** The field keeping how `field` (a date) was written, if the table keeps one. */
export function precisionField(table: string, field: string): string | undefined {
  return rulesOf(table).writtenAs?.[field];
}

/** The fields a change lists, each once, as they are named, in the order of the table's form. */
export function listedFields(table: string, fields: readonly string[]): string[] {
  const listed = [...new Set(fields.map((f) => listedField(table, f)).filter((f): f is string => f !== undefined))];
  const order = rulesOf(table).order ?? [];
  const rank = (f: string) => (order.includes(f) ? order.indexOf(f) : order.length);
  // Stable: the fields the form does not order keep their stored (alphabetical) order.
  return listed.sort((a, b) => rank(a) - rank(b));
}

/**
 * The fields whose before and after a change of `fields` keeps: those, and a date with how it was written whenever either
 * changed (the journal shows a date as it was typed: "12/2025 → 01/2026", not the last days of those months).
 */
export function keptValueFields(table: string, fields: readonly string[]): string[] {
  const out = new Set(fields);
  for (const [date, precision] of Object.entries(rulesOf(table).writtenAs ?? {})) {
    if (out.has(date) || out.has(precision)) {
      out.add(date);
      out.add(precision);
    }
  }
  return [...out];
}

/** Whether `field` of `table` holds figures by key, each kept on its own (`JournalFieldRules.figures`). */
export function figuresField(table: string, field: string): boolean {
  return rulesOf(table).figures?.includes(field) ?? false;
}

/** The figures of a field holding them by key (anything else holds none). */
function figuresOf(v: unknown): Readonly<Record<string, unknown>> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/**
 * Before and after of what a change of `fields` changed, as the journal keeps them: the short values of `keptValueFields`,
 * and each figure changed of a field holding them by key, as `field.key` (a report's "Văn bản đến: 120 → 125").
 */
export function keptValues(table: string, before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>, fields: readonly string[]): Record<string, [JournalValue, JournalValue]> | undefined {
  const out: Record<string, [JournalValue, JournalValue]> = { ...changedValues(before, after, keptValueFields(table, fields)) };
  for (const f of rulesOf(table).figures ?? []) {
    if (!fields.includes(f)) continue;
    const [a, b] = [figuresOf(before[f]), figuresOf(after[f])];
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const [x, y] = [a[key], b[key]];
      if (x !== y && (x === undefined || typeof x === 'number') && (y === undefined || typeof y === 'number')) out[`${f}.${key}`] = [x ?? null, y ?? null];
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Before and after kept alike: a value the app only tidied (nothing stored before, an empty text now), which a person
 * did not change ("Lịch sử đơn vị hình thành phông: (để trống) → (để trống)" when a fonds was described).
 */
function keptAlike(pair: readonly [JournalValue, JournalValue] | undefined): boolean {
  if (!pair) return false;
  const [a, b] = pair;
  return Array.isArray(a) && Array.isArray(b) ? a.join('\u0000') === b.join('\u0000') : a === b;
}

/** The fields a change lists: those a person typed or saw whose value changed (`listedFields`, a value only tidied left out). */
export function changeListedFields(c: Pick<RecordChange, 'table' | 'fields'> & { readonly values?: RecordChange['values'] }): string[] {
  return listedFields(c.table, c.fields.filter((f) => !keptAlike(c.values?.[f])));
}

/** A change the app made for itself: an update of only fields it keeps (a register's counter moved as an entry is registered). */
export function appOnlyChange(c: Pick<RecordChange, 'table' | 'fields' | 'op'> & { readonly values?: RecordChange['values'] }): boolean {
  return c.op === 'update' && c.fields.length > 0 && changeListedFields(c).length === 0;
}
