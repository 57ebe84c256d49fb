/**
 * The row-by-row work of the dry run (see plan.ts for the rules): each row read, cleaned and
 * validated, as a generator that yields every few thousand rows — a worker awaits between
 * the steps, so progress goes out and a cancel comes in — then the checks that need every
 * row (numbers unique in the file and free in the register, duplicates), and each issue given
 * the file's row and cell.
 */
import type { FieldIssue } from '../errors';
import type { LegacyEncoding } from '../legacy-text';
import { locateIssue } from './address';
import { isEmptyCell } from './cells';
import { isColumnNumberRow, isRepeatedHeader } from './header';
import type { RegisterImportMapping } from './mapping';
import type { ImportRow } from './types';
import { maybeSameDocument, sameNumberPrefix } from '../registers/duplicates';
import { formatNumber } from '../registers/numbering';
import { formatDate } from '../format';

/** An entry already stored that a row of the file may be: its number and day (arrival, or the document's for outgoing) and its register's year. */
export type ExistingEntry = { readonly number: number; readonly date: string; readonly year: number };
/** Stored entries by their duplicate key (`incomingDuplicateKey` / `outgoingDuplicateKey`). */
export type ExistingEntries = ReadonlyMap<string, ExistingEntry>;

export type ImportRowStatus = 'ok' | 'error' | 'duplicate' | 'empty';
export type SkipReason = 'blank' | 'columnNumbers' | 'repeatedHeader';

export type Draft<I> = {
  rowNumber: number;
  status: ImportRowStatus;
  input?: I;
  issues: FieldIssue[];
  warnings: FieldIssue[];
  encodings: LegacyEncoding[];
  decomposed: boolean;
  skipReason?: SkipReason;
  duplicateOfRow?: number;
};

export type KindOps<I> = {
  read(row: ImportRow): { input: I; issues: FieldIssue[] };
  validate(input: I): FieldIssue[];
  /** Doubts that do not stop the row (a date far from the register's year). */
  warn(input: I): FieldIssue[];
  numberOf(input: I): number | undefined;
  numberField: string;
  key(input: I): string;
  /**
   * Incoming only: the day the row's document arrived. With it, duplicates are found as the entry
   * form finds them (core/registers/duplicates.ts `maybeSameDocument`: the same number and symbol
   * from a sender written another way, in the same year); without it (outgoing), by the exact key.
   */
  arrival?(input: I): string | undefined;
};

/** A row's key as the register is asked about it, with the day it arrived (incoming). */
export type KeyCandidate = { readonly key: string; readonly arrivalDate?: string };

/** Row numbers quoted in one "used twice" message. */
const LISTED_ROWS = 10;

function encodingsOf(row: ImportRow): LegacyEncoding[] {
  const seen: LegacyEncoding[] = [];
  for (const c of row.cells) if (c.encoding && c.text.trim() !== '' && !seen.includes(c.encoding)) seen.push(c.encoding);
  return seen;
}

/** Validator issues on a field already reported while reading its cell are dropped (one message per cell). */
function merge(readIssues: FieldIssue[], validation: FieldIssue[]): FieldIssue[] {
  const reported = new Set(readIssues.map((i) => i.field));
  return [...readIssues, ...validation.filter((i) => !reported.has(i.field) && i.field !== 'registerId')];
}

/** Reads and validates every row; yields the number of rows done every `chunk` rows. */
export function* draftRows<I>(rows: readonly ImportRow[], mapping: RegisterImportMapping, ops: KindOps<I>, chunk: number): Generator<number, Draft<I>[]> {
  const mapped = Object.values(mapping.columns).filter((c): c is number => c !== undefined);
  const drafts: Draft<I>[] = [];
  let seenData = false;
  for (const [i, row] of rows.entries()) {
    if (i > 0 && i % chunk === 0) yield i;
    const encodings = encodingsOf(row);
    const decomposed = row.cells.some((c) => c.decomposed === true);
    const blank = mapped.every((c) => isEmptyCell(row.cells[c]));
    const skip: SkipReason | undefined = blank
      ? 'blank'
      : !seenData && isColumnNumberRow(row.cells)
        ? 'columnNumbers'
        : isRepeatedHeader(row.cells, mapping.kind)
          ? 'repeatedHeader'
          : undefined;
    if (skip) {
      drafts.push({ rowNumber: row.rowNumber, status: 'empty', issues: [], warnings: [], encodings, decomposed, skipReason: skip });
      continue;
    }
    seenData = true;
    const read = ops.read(row);
    const issues = merge(read.issues, ops.validate(read.input));
    const warnings = issues.length > 0 ? [] : ops.warn(read.input);
    drafts.push({ rowNumber: row.rowNumber, status: issues.length > 0 ? 'error' : 'ok', input: read.input, issues, warnings, encodings, decomposed });
  }
  return drafts;
}

/** Keys of the rows that would be imported (to look up in the register), each once, with its first row's arrival. */
export function candidateKeys<I>(drafts: readonly Draft<I>[], ops: KindOps<I>): KeyCandidate[] {
  const keys = new Map<string, KeyCandidate>();
  for (const d of drafts) {
    if (d.status !== 'ok' || d.input === undefined) continue;
    const key = ops.key(d.input);
    const arrivalDate = ops.arrival?.(d.input);
    if (key && !keys.has(key)) keys.set(key, { key, ...(arrivalDate ? { arrivalDate } : {}) });
  }
  return [...keys.values()];
}

export type FinishContext = {
  readonly usedNumbers: ReadonlySet<number>;
  readonly existingKeys: ExistingEntries;
  readonly sheetName?: string;
};

/** Numbers, duplicates, then every issue placed at its row and cell. */
export function finishDrafts<I>(drafts: Draft<I>[], mapping: RegisterImportMapping, ctx: FinishContext, ops: KindOps<I>): void {
  // Numbers: kept from the paper book, so they must be free in the register and unique in the file.
  const rowsByNumber = new Map<number, Draft<I>[]>();
  for (const d of drafts) {
    const n = d.input === undefined ? undefined : ops.numberOf(d.input);
    if (n === undefined) continue;
    if (ctx.usedNumbers.has(n)) d.issues.push({ field: ops.numberField, code: 'registerImport.number.inRegister', params: { number: n } });
    const same = rowsByNumber.get(n);
    if (same) same.push(d);
    else rowsByNumber.set(n, [d]);
  }
  for (const [n, same] of rowsByNumber) {
    if (same.length < 2) continue;
    const listed = same.slice(0, LISTED_ROWS).map((d) => d.rowNumber).join(', ');
    const list = same.length > LISTED_ROWS ? `${listed}…` : listed;
    for (const d of same) d.issues.push({ field: ops.numberField, code: 'registerImport.number.twiceInFile', params: { number: n, rows: list } });
  }
  for (const d of drafts) {
    if (d.status !== 'ok' || d.issues.length === 0) continue;
    d.status = 'error';
    d.warnings = [];
  }
  // Duplicates among the rows that would be imported, in file order: the same key, or (incoming) a
  // row of the same number and symbol that may be the same document (`maybeSameDocument`).
  const firstRowByKey = new Map<string, number>();
  const earlierByPrefix = new Map<string, { key: string; arrivalDate?: string; row: number }[]>();
  for (const d of drafts) {
    if (d.status !== 'ok' || d.input === undefined) continue;
    const key = ops.key(d.input);
    if (!key) continue;
    const arrivalDate = ops.arrival?.(d.input);
    const prefix = ops.arrival ? sameNumberPrefix(key) : '';
    const alike = prefix ? earlierByPrefix.get(prefix)?.find((e) => maybeSameDocument({ key, ...(arrivalDate ? { arrivalDate } : {}) }, e)) : undefined;
    if (prefix) {
      const list = earlierByPrefix.get(prefix) ?? [];
      list.push({ key, ...(arrivalDate ? { arrivalDate } : {}), row: d.rowNumber });
      earlierByPrefix.set(prefix, list);
    }
    const earlier = firstRowByKey.get(key) ?? alike?.row;
    const stored = ctx.existingKeys.get(key);
    if (stored) {
      d.status = 'duplicate';
      // Named, so the clerk can look it up (it said only that one was there).
      d.issues.push({ field: 'notation', code: 'registerImport.duplicate.inRegister', params: { number: formatNumber(stored.number), date: formatDate(stored.date), year: stored.year } });
    } else if (earlier !== undefined) {
      d.status = 'duplicate';
      d.duplicateOfRow = earlier;
      d.issues.push({ field: 'notation', code: 'registerImport.duplicate.inFile', params: { firstRow: earlier } });
    }
    if (earlier === undefined) firstRowByKey.set(key, d.rowNumber);
  }
  for (const d of drafts) {
    if (d.issues.length === 0 && d.warnings.length === 0) continue;
    const place = { rowNumber: d.rowNumber, mapping, ...(ctx.sheetName ? { sheetName: ctx.sheetName } : {}) };
    d.issues = d.issues.map((i) => locateIssue(i, place));
    d.warnings = d.warnings.map((i) => locateIssue(i, place));
  }
}
