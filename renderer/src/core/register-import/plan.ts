/**
 * The dry run of an old-register import: for every row under the header, what would be
 * imported and what is wrong, before anything is written. Rules:
 * - the paper book's numbers are kept: a missing or non-numeric number, a number already used
 *   in the register, or one used twice in the file is an error;
 * - dates that cannot be read (31/02/2025, month-first) are errors quoting the cell;
 * - an entry with the same (số, ký hiệu, cơ quan ban hành) as one in the register or an
 *   earlier row is a 'duplicate': the clerk decides whether to import it;
 * - blank rows, the column-number row and repeated headers are 'empty' and skipped;
 * - every entry passes the register's validation (dates in the register's year…).
 * Entries are imported into a register whatever its open/closed state (old books are closed),
 * like the database import does.
 */
import type { FieldIssue } from '../errors';
import type { LegacyEncoding } from '../legacy-text';
import { duplicateKey } from '../registers/duplicates';
import { cleanIncomingInput, cleanOutgoingInput, validateIncoming, validateOutgoing } from '../registers/validation';
import type { IncomingInput, OutgoingInput, RegisterFields } from '../registers/types';
import { isEmptyCell } from './cells';
import { importKindOf } from './fields';
import type { ImportKind } from './fields';
import { isColumnNumberRow, isRepeatedHeader } from './header';
import { validateMapping } from './mapping';
import type { RegisterImportMapping } from './mapping';
import { readIncomingRow, readOutgoingRow } from './row-input';
import type { ImportRow } from './types';

export type RegisterImportContext = {
  readonly register: Pick<RegisterFields, 'kind' | 'year' | 'status' | 'secret' | 'lastNumber'>;
  /** Today, "yyyy-mm-dd" (no date may be later). */
  readonly today: string;
  /** Key of every entry already stored (not cancelled): `incomingDuplicateKey` / `outgoingDuplicateKey` of it. */
  readonly existingKeys: ReadonlySet<string>;
  /** Numbers already used in the register, cancelled entries included (a number is never reused). */
  readonly usedNumbers: ReadonlySet<number>;
  /** Outgoing registers: name of the issuing body, the "cơ quan ban hành" of the duplicate key. */
  readonly issuerName?: string;
};

export type ImportRowStatus = 'ok' | 'error' | 'duplicate' | 'empty';
export type SkipReason = 'blank' | 'columnNumbers' | 'repeatedHeader';

export type PlannedRow<I> = {
  readonly rowNumber: number;
  readonly status: ImportRowStatus;
  /** The cleaned entry read from the row (also for errors, to show what was read); absent for empty rows. */
  readonly input?: I;
  /** Errors, or for a duplicate the notice of what it duplicates. */
  readonly issues: readonly FieldIssue[];
  /** Encodings the row's text was found in, in column order ('tcvn3' means it was converted). */
  readonly encodings: readonly LegacyEncoding[];
  /** Some text of the row was Unicode tổ hợp (NFD) and has been composed. */
  readonly decomposed: boolean;
  readonly skipReason?: SkipReason;
  /** For a duplicate: the earlier row of the file, or absent when the register already has it. */
  readonly duplicateOfRow?: number;
};

export type ImportTotals = {
  readonly rows: number;
  readonly ok: number;
  readonly error: number;
  readonly duplicate: number;
  readonly empty: number;
  /** Non-empty rows with text in each encoding. */
  readonly byEncoding: Readonly<Record<LegacyEncoding, number>>;
  /** Non-empty rows with Unicode tổ hợp (NFD) text. */
  readonly decomposed: number;
};

type PlanOf<K extends ImportKind, I> = {
  readonly kind: K;
  readonly rows: readonly PlannedRow<I>[];
  readonly totals: ImportTotals;
  /** Problems with the mapping or the register as a whole; when present, no row is planned. */
  readonly issues: readonly FieldIssue[];
  /** The register's lastNumber once every 'ok' and 'duplicate' row is imported. */
  readonly lastNumber: number;
};
export type IncomingImportPlan = PlanOf<'incoming', IncomingInput>;
export type OutgoingImportPlan = PlanOf<'outgoing', OutgoingInput>;
export type RegisterImportPlan = IncomingImportPlan | OutgoingImportPlan;

export type ImportedIncomingRow = IncomingInput & { readonly arrivalNumber: number };
export type ImportedOutgoingRow = OutgoingInput & { readonly number: number };

/**
 * The duplicate key of Phụ lục VI (số, ký hiệu, cơ quan ban hành, and the year of the document
 * date) of an incoming entry. Build `existingKeys` with the same function so both sides agree.
 */
export function incomingDuplicateKey(i: Pick<IncomingInput, 'number' | 'notation' | 'sender' | 'documentDate'>): string {
  return duplicateKey({ number: i.number, notation: i.notation, issuer: i.sender, ...(i.documentDate ? { documentDate: i.documentDate } : {}) });
}

/** Outgoing counterpart: the issuer is the register's issuing body. */
export function outgoingDuplicateKey(i: Pick<OutgoingInput, 'number' | 'notation' | 'documentDate'>, issuerName: string): string {
  return duplicateKey({ number: i.number, notation: i.notation, issuer: issuerName, ...(i.documentDate ? { documentDate: i.documentDate } : {}) });
}

type Draft<I> = {
  rowNumber: number;
  status: ImportRowStatus;
  input?: I;
  issues: FieldIssue[];
  encodings: LegacyEncoding[];
  decomposed: boolean;
  skipReason?: SkipReason;
  duplicateOfRow?: number;
};

type KindOps<I> = {
  read(row: ImportRow): { input: I; issues: FieldIssue[] };
  numberOf(input: I): number | undefined;
  numberField: string;
  key(input: I): string;
};

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

function planRows<I>(rows: readonly ImportRow[], mapping: RegisterImportMapping, ctx: RegisterImportContext, ops: KindOps<I>, validate: (i: I) => FieldIssue[]): Draft<I>[] {
  const mapped = Object.values(mapping.columns).filter((c): c is number => c !== undefined);
  const drafts: Draft<I>[] = [];
  let seenData = false;
  for (const row of rows) {
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
      drafts.push({ rowNumber: row.rowNumber, status: 'empty', issues: [], encodings, decomposed, skipReason: skip });
      continue;
    }
    seenData = true;
    const read = ops.read(row);
    const issues = merge(read.issues, validate(read.input));
    drafts.push({ rowNumber: row.rowNumber, status: issues.length > 0 ? 'error' : 'ok', input: read.input, issues, encodings, decomposed });
  }
  // Numbers: kept from the paper book, so they must be free in the register and unique in the file.
  const rowsByNumber = new Map<number, Draft<I>[]>();
  for (const d of drafts) {
    const n = d.input === undefined ? undefined : ops.numberOf(d.input);
    if (n === undefined) continue;
    if (ctx.usedNumbers.has(n)) d.issues.push({ field: ops.numberField, code: 'registerImport.number.inRegister', params: { number: n } });
    rowsByNumber.set(n, [...(rowsByNumber.get(n) ?? []), d]);
  }
  for (const [n, same] of rowsByNumber) {
    if (same.length < 2) continue;
    const list = same.map((d) => d.rowNumber).join(', ');
    for (const d of same) d.issues.push({ field: ops.numberField, code: 'registerImport.number.twiceInFile', params: { number: n, rows: list } });
  }
  for (const d of drafts) if (d.status === 'ok' && d.issues.length > 0) d.status = 'error';
  // Duplicates among the rows that would be imported, in file order.
  const firstRowByKey = new Map<string, number>();
  for (const d of drafts) {
    if (d.status !== 'ok' || d.input === undefined) continue;
    const key = ops.key(d.input);
    if (!key) continue;
    const earlier = firstRowByKey.get(key);
    if (ctx.existingKeys.has(key)) {
      d.status = 'duplicate';
      d.issues.push({ field: 'notation', code: 'registerImport.duplicate.inRegister' });
    } else if (earlier !== undefined) {
      d.status = 'duplicate';
      d.duplicateOfRow = earlier;
      d.issues.push({ field: 'notation', code: 'registerImport.duplicate.inFile', params: { row: earlier } });
    }
    if (earlier === undefined) firstRowByKey.set(key, d.rowNumber);
  }
  return drafts;
}

function totalsOf(drafts: readonly Draft<unknown>[]): ImportTotals {
  const count = (s: ImportRowStatus) => drafts.filter((d) => d.status === s).length;
  const byEncoding: Record<LegacyEncoding, number> = { unicode: 0, tcvn3: 0, vni: 0 };
  for (const d of drafts) if (d.status !== 'empty') for (const e of d.encodings) byEncoding[e] += 1;
  const decomposed = drafts.filter((d) => d.status !== 'empty' && d.decomposed).length;
  return { rows: drafts.length, ok: count('ok'), error: count('error'), duplicate: count('duplicate'), empty: count('empty'), byEncoding, decomposed };
}

function lastNumberOf<I>(drafts: readonly Draft<I>[], ops: KindOps<I>, start: number): number {
  let last = start;
  for (const d of drafts) {
    if ((d.status !== 'ok' && d.status !== 'duplicate') || d.input === undefined) continue;
    last = Math.max(last, ops.numberOf(d.input) ?? 0);
  }
  return last;
}

const EMPTY_TOTALS: ImportTotals = { rows: 0, ok: 0, error: 0, duplicate: 0, empty: 0, byEncoding: { unicode: 0, tcvn3: 0, vni: 0 }, decomposed: 0 };

/**
 * The dry run. `rows` are the rows under the header (`rowsAfterHeader`). Nothing is written;
 * import the rows of `importableRows(plan)` in one transaction afterwards.
 */
export function planRegisterImport(rows: readonly ImportRow[], mapping: RegisterImportMapping, ctx: RegisterImportContext): RegisterImportPlan {
  const issues = validateMapping(mapping);
  if (mapping.kind !== importKindOf(ctx.register.kind)) issues.push({ field: 'kind', code: 'registerImport.mapping.kindMismatch' });
  const entryCtx = { register: { ...ctx.register, status: 'open' as const }, today: ctx.today };
  const secret = ctx.register.secret;
  if (mapping.kind === 'incoming') {
    if (issues.length > 0) return { kind: 'incoming', rows: [], totals: EMPTY_TOTALS, issues, lastNumber: ctx.register.lastNumber };
    const ops: KindOps<IncomingInput> = {
      read: (row) => {
        const r = readIncomingRow(row, mapping, secret);
        return { input: cleanIncomingInput(r.input), issues: r.issues };
      },
      numberOf: (i) => i.arrivalNumber,
      numberField: 'arrivalNumber',
      key: incomingDuplicateKey,
    };
    const drafts = planRows(rows, mapping, ctx, ops, (i) => validateIncoming(i, entryCtx));
    return { kind: 'incoming', rows: drafts, totals: totalsOf(drafts), issues, lastNumber: lastNumberOf(drafts, ops, ctx.register.lastNumber) };
  }
  if (issues.length > 0) return { kind: 'outgoing', rows: [], totals: EMPTY_TOTALS, issues, lastNumber: ctx.register.lastNumber };
  const ops: KindOps<OutgoingInput> = {
    read: (row) => {
      const r = readOutgoingRow(row, mapping, secret);
      return { input: cleanOutgoingInput(r.input), issues: r.issues };
    },
    numberOf: (i) => i.number,
    numberField: 'number',
    key: (i) => outgoingDuplicateKey(i, ctx.issuerName ?? ''),
  };
  const drafts = planRows(rows, mapping, ctx, ops, (i) => validateOutgoing(i, entryCtx));
  return { kind: 'outgoing', rows: drafts, totals: totalsOf(drafts), issues, lastNumber: lastNumberOf(drafts, ops, ctx.register.lastNumber) };
}

export type ImportChoice = {
  /** Also import rows marked 'duplicate' (the clerk confirmed they are different documents). */
  readonly includeDuplicates?: boolean;
};

function chosen<I>(rows: readonly PlannedRow<I>[], choice: ImportChoice): I[] {
  return rows
    .filter((r) => r.status === 'ok' || (choice.includeDuplicates === true && r.status === 'duplicate'))
    .map((r) => r.input)
    .filter((i): i is I => i !== undefined);
}

/** The entries to write, with their numbers: 'ok' rows, and 'duplicate' rows when chosen. */
export function importableIncoming(plan: IncomingImportPlan, choice: ImportChoice = {}): ImportedIncomingRow[] {
  return chosen(plan.rows, choice).filter((i): i is ImportedIncomingRow => i.arrivalNumber !== undefined);
}

export function importableOutgoing(plan: OutgoingImportPlan, choice: ImportChoice = {}): ImportedOutgoingRow[] {
  return chosen(plan.rows, choice).filter((i): i is ImportedOutgoingRow => i.number !== undefined);
}
