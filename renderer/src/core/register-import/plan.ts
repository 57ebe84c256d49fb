/**
 * The dry run of an old-register import: for every row under the header, what would be
 * imported and what is wrong, before anything is written. Rules:
 * - the paper book's numbers are kept: a missing or non-numeric number, a number already used
 *   in the register, or one used twice in the file is an error;
 * - dates that cannot be read (31/02/2025, month-first) or come before 1945 are errors quoting
 *   the cell; a document dated more than a year before the register's year is a warning
 *   (old documents do arrive, but this is how a typed 2015 for 2025 shows);
 * - a cell too long for any field is an error naming the cell;
 * - an entry with the same (số, ký hiệu, cơ quan ban hành) as one in the register or an
 *   earlier row is a 'duplicate': the clerk decides whether to import it;
 * - blank rows, the column-number row and repeated headers are 'empty' and skipped;
 * - every entry passes the register's validation (dates in the register's year…).
 * Every issue and warning carries the file's row and, when it comes from one cell, the cell's
 * address (params `row`, `cell`, `address`). Entries are imported into a register whatever its
 * open/closed state (old books are closed), like the database import does.
 */
import type { FieldIssue } from '../errors';
import type { LegacyEncoding } from '../legacy-text';
import { yearOf } from '../registers/dates';
import { duplicateKey } from '../registers/duplicates';
import { cleanIncomingInput, cleanOutgoingInput, validateIncoming, validateOutgoing } from '../registers/validation';
import type { IncomingInput, OutgoingInput, RegisterFields } from '../registers/types';
import { importKindOf } from './fields';
import type { ImportKind } from './fields';
import { validateMapping } from './mapping';
import type { RegisterImportMapping } from './mapping';
import { candidateKeys, draftRows, finishDrafts, type Draft, type ExistingEntries, type ImportRowStatus, type KeyCandidate, type KindOps, type SkipReason } from './plan-rows';
import { readIncomingRow, readOutgoingRow } from './row-input';
import type { ImportRow } from './types';

export type { ExistingEntries, ExistingEntry, ImportRowStatus, SkipReason } from './plan-rows';

export type RegisterImportContext = {
  readonly register: Pick<RegisterFields, 'kind' | 'year' | 'status' | 'secret' | 'lastNumber'>;
  /** Today, "yyyy-mm-dd" (no date may be later). */
  readonly today: string;
  /** Key of every entry already stored (not cancelled): `incomingDuplicateKey` / `outgoingDuplicateKey` of it, to the entry it stands for. */
  readonly existingKeys: ExistingEntries;
  /** Numbers already used in the register, cancelled entries included (a number is never reused). */
  readonly usedNumbers: ReadonlySet<number>;
  /** Outgoing registers: name of the issuing body, the "cơ quan ban hành" of the duplicate key. */
  readonly issuerName?: string;
  /** The sheet the rows come from, named in cell addresses ("'Sổ đến 2025'!F17"). */
  readonly sheetName?: string;
};

export type PlannedRow<I> = {
  readonly rowNumber: number;
  readonly status: ImportRowStatus;
  /** The cleaned entry read from the row (also for errors, to show what was read); absent for empty rows. */
  readonly input?: I;
  /** Errors, or for a duplicate the notice of what it duplicates. */
  readonly issues: readonly FieldIssue[];
  /** Doubts about a row that is still imported. */
  readonly warnings: readonly FieldIssue[];
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
  /** Rows to import ('ok' or 'duplicate') that carry a warning. */
  readonly warned: number;
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

function dmy(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

function opsOf(mapping: RegisterImportMapping, ctx: Omit<RegisterImportContext, 'existingKeys'>): KindOps<IncomingInput> | KindOps<OutgoingInput> {
  const entryCtx = { register: { ...ctx.register, status: 'open' as const }, today: ctx.today };
  const secret = ctx.register.secret;
  if (mapping.kind === 'incoming') {
    return {
      read: (row) => {
        const r = readIncomingRow(row, mapping, secret);
        return { input: cleanIncomingInput(r.input), issues: r.issues };
      },
      validate: (i) => validateIncoming(i, entryCtx),
      warn: (i) =>
        i.documentDate && yearOf(i.documentDate) < ctx.register.year - 1
          ? [{ field: 'documentDate', code: 'registerImport.date.longBefore', params: { date: dmy(i.documentDate), year: ctx.register.year } }]
          : [],
      numberOf: (i) => i.arrivalNumber,
      numberField: 'arrivalNumber',
      key: incomingDuplicateKey,
      arrival: (i) => i.arrivalDate || undefined,
    } satisfies KindOps<IncomingInput>;
  }
  return {
    read: (row) => {
      const r = readOutgoingRow(row, mapping, secret);
      return { input: cleanOutgoingInput(r.input), issues: r.issues };
    },
    validate: (i) => validateOutgoing(i, entryCtx),
    // The document date of an outgoing entry must lie in the register's year (validation).
    warn: () => [],
    numberOf: (i) => i.number,
    numberField: 'number',
    key: (i) => outgoingDuplicateKey(i, ctx.issuerName ?? ''),
  } satisfies KindOps<OutgoingInput>;
}

function totalsOf(drafts: readonly Draft<unknown>[]): ImportTotals {
  const count = (s: ImportRowStatus) => drafts.filter((d) => d.status === s).length;
  const byEncoding: Record<LegacyEncoding, number> = { unicode: 0, tcvn3: 0, vni: 0 };
  for (const d of drafts) if (d.status !== 'empty') for (const e of d.encodings) byEncoding[e] += 1;
  const decomposed = drafts.filter((d) => d.status !== 'empty' && d.decomposed).length;
  const warned = drafts.filter((d) => (d.status === 'ok' || d.status === 'duplicate') && d.warnings.length > 0).length;
  return { rows: drafts.length, ok: count('ok'), error: count('error'), duplicate: count('duplicate'), empty: count('empty'), warned, byEncoding, decomposed };
}

function lastNumberOf<I>(drafts: readonly Draft<I>[], ops: KindOps<I>, start: number): number {
  let last = start;
  for (const d of drafts) {
    if ((d.status !== 'ok' && d.status !== 'duplicate') || d.input === undefined) continue;
    last = Math.max(last, ops.numberOf(d.input) ?? 0);
  }
  return last;
}

const EMPTY_TOTALS: ImportTotals = { rows: 0, ok: 0, error: 0, duplicate: 0, empty: 0, warned: 0, byEncoding: { unicode: 0, tcvn3: 0, vni: 0 }, decomposed: 0 };

/**
 * Which of the file's keys the registers already hold (the database side of the dry run): a set of
 * keys, or a look-up given each key with the day its row arrived (an incoming key is held when an
 * entry may be that document: db `existingDuplicateKeys`).
 */
export type { KeyCandidate };
export type ExistingKeys = ExistingEntries | ((candidates: readonly KeyCandidate[]) => Promise<ExistingEntries>);

export type PlanOptions = {
  /** Rows done so far, every `chunk` rows. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Awaited every `chunk` rows: a worker lets its messages in there (a cancel throws). */
  readonly pause?: () => Promise<void>;
  readonly chunk?: number;
};

const DEFAULT_CHUNK = 2000;

function mappingIssues(mapping: RegisterImportMapping, ctx: Pick<RegisterImportContext, 'register'>): FieldIssue[] {
  const issues = validateMapping(mapping);
  if (mapping.kind !== importKindOf(ctx.register.kind)) issues.push({ field: 'kind', code: 'registerImport.mapping.kindMismatch' });
  return issues;
}

function planOf<I>(kind: ImportKind, drafts: Draft<I>[], ops: KindOps<I>, start: number): RegisterImportPlan {
  return { kind, rows: drafts, totals: totalsOf(drafts), issues: [], lastNumber: lastNumberOf(drafts, ops, start) } as RegisterImportPlan;
}

/**
 * The dry run. `rows` are the rows under the header (`rowsAfterHeader`). Nothing is written;
 * import the rows of `importableRows(plan)` in one transaction afterwards.
 */
export function planRegisterImport(rows: readonly ImportRow[], mapping: RegisterImportMapping, ctx: RegisterImportContext): RegisterImportPlan {
  const issues = mappingIssues(mapping, ctx);
  if (issues.length > 0) return { kind: mapping.kind, rows: [], totals: EMPTY_TOTALS, issues, lastNumber: ctx.register.lastNumber } as RegisterImportPlan;
  const ops = opsOf(mapping, ctx) as KindOps<unknown>;
  const steps = draftRows(rows, mapping, ops, DEFAULT_CHUNK);
  let step = steps.next();
  while (!step.done) step = steps.next();
  const drafts = step.value;
  finishDrafts(drafts, mapping, ctx, ops);
  return planOf(mapping.kind, drafts, ops, ctx.register.lastNumber);
}

/**
 * The same dry run in steps, for a worker: progress every `chunk` rows, a pause there (where a
 * cancel can land), and the register's duplicate keys looked up for the file's keys only.
 */
export async function planRegisterImportAsync(
  rows: readonly ImportRow[],
  mapping: RegisterImportMapping,
  ctx: Omit<RegisterImportContext, 'existingKeys'> & { readonly existingKeys: ExistingKeys },
  options: PlanOptions = {},
): Promise<RegisterImportPlan> {
  const issues = mappingIssues(mapping, ctx);
  if (issues.length > 0) return { kind: mapping.kind, rows: [], totals: EMPTY_TOTALS, issues, lastNumber: ctx.register.lastNumber } as RegisterImportPlan;
  const ops = opsOf(mapping, ctx) as KindOps<unknown>;
  const steps = draftRows(rows, mapping, ops, options.chunk ?? DEFAULT_CHUNK);
  let step = steps.next();
  while (!step.done) {
    options.onProgress?.(step.value, rows.length);
    await options.pause?.();
    step = steps.next();
  }
  const drafts = step.value;
  options.onProgress?.(rows.length, rows.length);
  const existingKeys = typeof ctx.existingKeys === 'function' ? await ctx.existingKeys(candidateKeys(drafts, ops)) : ctx.existingKeys;
  finishDrafts(drafts, mapping, { ...ctx, existingKeys }, ops);
  return planOf(mapping.kind, drafts, ops, ctx.register.lastNumber);
}

export type ImportChoice = {
  /** Also import rows marked 'duplicate' (the clerk confirmed they are different documents). */
  readonly includeDuplicates?: boolean;
};

/** A row to write, with the file's row it comes from (named in any message about it). */
export type ImportableRow<I> = { readonly rowNumber: number; readonly input: I };

function chosen<I>(rows: readonly PlannedRow<I>[], choice: ImportChoice): ImportableRow<I>[] {
  const out: ImportableRow<I>[] = [];
  for (const r of rows) {
    if (r.input === undefined) continue;
    if (r.status === 'ok' || (choice.includeDuplicates === true && r.status === 'duplicate')) out.push({ rowNumber: r.rowNumber, input: r.input });
  }
  return out;
}

/** The incoming entries to write with their file rows: 'ok' rows, and 'duplicate' rows when chosen. */
export function importableIncomingRows(plan: IncomingImportPlan, choice: ImportChoice = {}): ImportableRow<ImportedIncomingRow>[] {
  return chosen(plan.rows, choice).filter((r): r is ImportableRow<ImportedIncomingRow> => r.input.arrivalNumber !== undefined);
}

export function importableOutgoingRows(plan: OutgoingImportPlan, choice: ImportChoice = {}): ImportableRow<ImportedOutgoingRow>[] {
  return chosen(plan.rows, choice).filter((r): r is ImportableRow<ImportedOutgoingRow> => r.input.number !== undefined);
}

/** The entries to write, with their numbers: 'ok' rows, and 'duplicate' rows when chosen. */
export function importableIncoming(plan: IncomingImportPlan, choice: ImportChoice = {}): ImportedIncomingRow[] {
  return importableIncomingRows(plan, choice).map((r) => r.input);
}

export function importableOutgoing(plan: OutgoingImportPlan, choice: ImportChoice = {}): ImportedOutgoingRow[] {
  return importableOutgoingRows(plan, choice).map((r) => r.input);
}
