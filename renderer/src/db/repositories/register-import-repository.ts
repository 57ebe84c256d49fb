/**
 * The database side of importing an old Excel register: the look-ups of the dry run (numbers
 * used in the register, which of the file's duplicate keys it already holds, the issuing
 * body), the column mapping remembered per file layout, and writing the rows — ONE
 * transaction through `writeChanges`, one journal entry, all rows or none.
 *
 * Writing is one IndexedDB transaction even for 100,000 rows: it is the only true
 * all-or-nothing IndexedDB offers, it measured as fast as a raw put of the same rows (see
 * `npm run bench`, register-import-100k), and it runs in the import worker, so the page
 * never waits on it. Records are put 2,000 at a time with progress after each chunk; a
 * cancel throws between chunks and aborts the transaction. (Staging rows in many small
 * transactions and committing at the end would write everything twice and need a staging
 * table or hidden rows that every reader of the registers must skip.)
 */
import Dexie from 'dexie';
import type { FieldIssue } from '../../core/errors';
import { AppError } from '../../core/errors';
import { numberRuns, raiseLastNumber } from '../../core/registers/numbering';
import { yearOf } from '../../core/registers/dates';
import { cleanIncomingInput, cleanOutgoingInput, validateIncoming, validateOutgoing } from '../../core/registers/validation';
import type { IncomingDocFields, IncomingInput, OutgoingDocFields, OutgoingInput } from '../../core/registers/types';
import type { ExistingEntry, ImportKind, KeyCandidate, RegisterImportMapping } from '../../core/register-import';
import { maybeSameDocument, sameNumberPrefix } from '../../core/registers/duplicates';
import { writeChanges, type Session } from '../changes';
import { deriveIncoming, deriveOutgoing } from '../register-derived';
import type { IncomingDoc, Register } from '../register-records';
import type { LuutruDb, TableName } from '../schema';
import { EntryInvalidError } from './entry-repository';

export type ImportedIncoming = IncomingInput & { readonly arrivalNumber: number };
export type ImportedOutgoing = OutgoingInput & { readonly number: number };

/** A row to write and the file row it comes from. */
export type FileRow<I> = { readonly rowNumber: number; readonly input: I };

export type ImportStage = 'validate' | 'write';

export type ImportRowsOptions = {
  /** Today as "yyyy-mm-dd" (local calendar), for date checks. */
  readonly today: string;
  /** Named in the journal entry. */
  readonly fileName: string;
  /** The cell of the file an entry field of a row was read from ("B17"), named in messages. */
  readonly locate?: (field: string, rowNumber: number) => string | undefined;
  /** Rows checked, then records written; may throw (a cancel) to stop with nothing written. */
  readonly onProgress?: (stage: ImportStage, done: number, total: number) => void;
  /** Awaited between chunks of the check (outside the transaction): where a worker lets a cancel in. */
  readonly pause?: () => Promise<void>;
  /** Rows per chunk (default 2,000). */
  readonly chunk?: number;
};

export type ImportResult = { readonly count: number; readonly lastNumber: number };

const DEFAULT_CHUNK = 2000;
const MAPPING_KEY = (signature: string) => `importMapping:${signature}`;

async function registerOf(db: LuutruDb, registerId: string): Promise<Register> {
  const r = await db.registers.get(registerId);
  if (!r || r.deleted) throw new AppError('register.notFound');
  return r;
}

function placed(issue: FieldIssue, rowNumber: number, options: ImportRowsOptions): FieldIssue {
  const cell = options.locate?.(issue.field, rowNumber);
  return { ...issue, params: { ...issue.params, row: rowNumber, ...(cell ? { cell } : {}) } };
}

type KindSpec<I, F> = {
  readonly table: 'incomingDocs' | 'outgoingDocs';
  readonly index: string;
  readonly action: string;
  readonly tables: readonly TableName[];
  readonly numberField: string;
  numberOf(input: I): number;
  /** Cleans, validates and derives the stored fields of one row. */
  check(input: I, register: Register): { readonly fields: F; readonly issues: FieldIssue[] };
};

async function importRows<I, F extends Record<string, unknown>>(
  db: LuutruDb,
  session: Session,
  registerId: string,
  rows: readonly FileRow<I>[],
  options: ImportRowsOptions,
  spec: KindSpec<I, F>,
): Promise<ImportResult> {
  const chunk = Math.max(1, options.chunk ?? DEFAULT_CHUNK);
  const first = await registerOf(db, registerId);
  if (first.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
  // The check of every row, before the transaction (it is the long part, and a worker pauses in it).
  const problems: FieldIssue[] = [];
  const staged: F[] = [];
  for (const [i, row] of rows.entries()) {
    if (i > 0 && i % chunk === 0) {
      options.onProgress?.('validate', i, rows.length);
      await options.pause?.();
    }
    const { fields, issues } = spec.check(row.input, first);
    for (const issue of issues) problems.push(placed(issue, row.rowNumber, options));
    staged.push(fields);
  }
  options.onProgress?.('validate', rows.length, rows.length);
  if (problems.length > 0) throw new EntryInvalidError(problems);
  const numbers = rows.map((r) => spec.numberOf(r.input));
  return writeChanges(
    db,
    session,
    // Which numbers came in, so the journal says what the import wrote (its line named only the file).
    { action: spec.action, detail: `${options.fileName} — ${rows.length} văn bản, số ${numberRuns(numbers)}` },
    spec.tables,
    async (c) => {
      const register = await registerOf(db, registerId);
      // Numbers taken since the dry run (another window, another import) refuse the whole import.
      const keys = await db.table(spec.table).where(spec.index).between([registerId, Dexie.minKey], [registerId, Dexie.maxKey]).keys();
      const used = new Set(keys.map((k) => (k as unknown as [string, number])[1]));
      const taken: FieldIssue[] = [];
      rows.forEach((row, i) => {
        const n = numbers[i]!;
        if (used.has(n)) taken.push(placed({ field: spec.numberField, code: 'register.number.taken', params: { number: n } }, row.rowNumber, options));
        used.add(n);
        c.create(spec.table, { ...staged[i], registerId });
      });
      if (taken.length > 0) throw new EntryInvalidError(taken);
      const lastNumber = raiseLastNumber(register, numbers);
      c.updateKnown('registers', register, { ...register, lastNumber });
      return { count: rows.length, lastNumber };
    },
    { chunk, onWrite: (done, total) => options.onProgress?.('write', done, total) },
  );
}

/**
 * Imports the rows of an old register (Excel) into a register: all rows or none. The paper
 * book's numbers are kept; a number already used in the register refuses the whole import
 * (the dry run reports it per row before). The register counter is raised past the highest
 * imported number so new entries continue the series.
 */
export function importIncomingRows(db: LuutruDb, session: Session, registerId: string, rows: readonly FileRow<ImportedIncoming>[], options: ImportRowsOptions): Promise<ImportResult> {
  return importRows<ImportedIncoming, IncomingDocFields & ReturnType<typeof deriveIncoming>>(db, session, registerId, rows, options, {
    table: 'incomingDocs',
    index: '[registerId+arrivalNumber]',
    action: 'incoming.import',
    tables: ['registers', 'incomingDocs'],
    numberField: 'arrivalNumber',
    numberOf: (i) => i.arrivalNumber,
    check: (raw, register) => {
      const input = cleanIncomingInput(raw);
      const issues = validateIncoming(input, { register: { ...register, status: 'open' }, today: options.today });
      return { fields: { ...input, ...deriveIncoming(input), registerId: register.id, arrivalNumber: raw.arrivalNumber }, issues };
    },
  });
}

/** Outgoing counterpart of `importIncomingRows`. */
export async function importOutgoingRows(db: LuutruDb, session: Session, registerId: string, rows: readonly FileRow<ImportedOutgoing>[], options: ImportRowsOptions): Promise<ImportResult> {
  const issuer = (await issuerNameOf(db, await registerOf(db, registerId))) ?? '';
  return importRows<ImportedOutgoing, OutgoingDocFields & ReturnType<typeof deriveOutgoing>>(db, session, registerId, rows, options, {
    table: 'outgoingDocs',
    index: '[registerId+number]',
    action: 'outgoing.import',
    tables: ['registers', 'outgoingDocs'],
    numberField: 'number',
    numberOf: (i) => i.number,
    check: (raw, register) => {
      const input = cleanOutgoingInput(raw);
      const issues = validateOutgoing(input, { register: { ...register, status: 'open' }, today: options.today });
      return { fields: { ...input, ...deriveOutgoing(input, issuer), registerId: register.id, number: raw.number }, issues };
    },
  });
}

/** Numbers used in a register, cancelled entries included (a number is never reused); read from the index only. */
export async function usedNumbersOf(db: LuutruDb, register: Pick<Register, 'id' | 'kind'>): Promise<Set<number>> {
  const [table, index] = register.kind === 'incoming' ? ['incomingDocs', '[registerId+arrivalNumber]'] : ['outgoingDocs', '[registerId+number]'];
  const keys = await db.table(table).where(index).between([register.id, Dexie.minKey], [register.id, Dexie.maxKey]).keys();
  return new Set(keys.map((k) => (k as unknown as [string, number])[1]));
}

/**
 * Which of the file's keys an entry not cancelled already stands for, in any register of the kind:
 * the same key; and, incoming, an entry of the same number and symbol that may be the same document
 * (a sender written another way, the same year: core/registers/duplicates.ts `maybeSameDocument`,
 * as the entry form warns), found by the prefixes of the stored keys in one pass.
 */
export async function existingDuplicateKeys(db: LuutruDb, kind: ImportKind, candidates: readonly KeyCandidate[]): Promise<Map<string, ExistingEntry>> {
  const found = new Map<string, ExistingEntry>();
  if (candidates.length === 0) return found;
  if (kind === 'outgoing') {
    await db.outgoingDocs
      .where('dupKey')
      .anyOf(candidates.map((c) => c.key))
      .each((d) => {
        if (!d.deleted && d.dupKey && !found.has(d.dupKey)) found.set(d.dupKey, { number: d.number, date: d.documentDate, year: yearOf(d.documentDate) });
      });
    return found;
  }
  const exact = new Set(candidates.map((c) => c.key));
  const byPrefix = new Map<string, KeyCandidate[]>();
  for (const c of candidates) {
    const prefix = sameNumberPrefix(c.key);
    if (!prefix) continue;
    const list = byPrefix.get(prefix) ?? [];
    list.push(c);
    byPrefix.set(prefix, list);
  }
  const seen = (d: IncomingDoc) => {
    if (d.deleted || !d.dupKey) return;
    const entry = { number: d.arrivalNumber, date: d.arrivalDate, year: yearOf(d.arrivalDate) };
    const add = (key: string) => void (found.has(key) || found.set(key, entry));
    if (exact.has(d.dupKey)) add(d.dupKey);
    for (const c of byPrefix.get(sameNumberPrefix(d.dupKey)) ?? []) if (maybeSameDocument(c, { key: d.dupKey, arrivalDate: d.arrivalDate })) add(c.key);
  };
  // Keys without a number and a symbol (too common to stand for one document) are matched exactly.
  const bare = [...exact].filter((k) => !sameNumberPrefix(k));
  if (bare.length) await db.incomingDocs.where('dupKey').anyOf(bare).each(seen);
  if (byPrefix.size) await db.incomingDocs.where('dupKey').startsWithAnyOf([...byPrefix.keys()]).each(seen);
  return found;
}

/** Name of the issuing body of an outgoing register (its "cơ quan ban hành"). */
export async function issuerNameOf(db: LuutruDb, register: Pick<Register, 'issuingBodyId'>): Promise<string | undefined> {
  if (!register.issuingBodyId) return undefined;
  return (await db.issuingBodies.get(register.issuingBodyId))?.name;
}

/** The register as stored now (after an import: its new counter). */
export async function currentRegister(db: LuutruDb, registerId: string): Promise<Register> {
  return registerOf(db, registerId);
}

/** The column mapping used last time for a file with this layout (see `mappingSignature`). */
export async function savedImportMapping(db: LuutruDb, signature: string): Promise<RegisterImportMapping | undefined> {
  const saved = await db.settings.get(MAPPING_KEY(signature));
  const value = saved?.value as RegisterImportMapping | undefined;
  return value && typeof value === 'object' && typeof value.kind === 'string' && typeof value.columns === 'object' ? value : undefined;
}

export async function rememberImportMapping(db: LuutruDb, signature: string, mapping: RegisterImportMapping): Promise<void> {
  await db.settings.put({ key: MAPPING_KEY(signature), value: mapping });
}
