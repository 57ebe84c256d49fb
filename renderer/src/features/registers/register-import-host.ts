/**
 * What the register-import worker does, apart from the worker itself so it can be tested in
 * Node: read an .xlsx, run the dry run, write the rows — each with progress, the dry run and
 * the import stoppable by job id (checked every 2,000 rows, and between the chunks written;
 * a stopped import writes nothing). The workbook read stays here (a 100,000-row sheet never
 * crosses to the page): the page gets the first rows of each sheet to pick the header, and a
 * light view of the dry run. The worker opens the same IndexedDB database as the page.
 */
import { AppError } from '../../core/errors';
import {
  applyEncodingChoices,
  cellName,
  headerAt,
  importableIncomingRows,
  importableOutgoingRows,
  mappingSignature,
  planRegisterImportAsync,
  rowsAfterHeader,
  sourceColumn,
  uncertainCells,
  type ImportKind,
  type ImportRow,
  type RegisterImportMapping,
} from '../../core/register-import';
import type { LegacyEncoding } from '../../core/legacy-text';
import type { Session } from '../../db/changes';
import {
  currentRegister,
  existingDuplicateKeys,
  importIncomingRows,
  importOutgoingRows,
  issuerNameOf,
  rememberImportMapping,
  usedNumbersOf,
  type ImportResult,
} from '../../db/repositories/register-import-repository';
import type { LuutruDb } from '../../db/schema';
import { readWorkbook, type WorkbookData } from '../../spreadsheet/read-workbook';
import { planView, type PlanView, type SheetSummary, type StoredPlan, sheetSummary } from './register-import-view';

export type { PlanRowView, PlanView, SheetSummary } from './register-import-view';

export type ImportStageName = 'unzip' | 'parse' | 'cells' | 'check' | 'lookup' | 'validate' | 'write';
export type ImportProgress = { readonly stage: ImportStageName; readonly done: number; readonly total: number };
export type OnImportProgress = ((p: ImportProgress) => unknown) | undefined;

export type ReadSummary = {
  readonly token: number;
  readonly sheets: readonly SheetSummary[];
  /** The sheet to show first: the first visible one with a header row, else the first with data. */
  readonly firstSheet: number;
};

export type PlanRequest = {
  readonly token: number;
  readonly dbName: string;
  readonly registerId: string;
  readonly sheetIndex: number;
  readonly headerRowNumber: number;
  /** The mapping, with the clerk's readings per column in `encodings`. */
  readonly mapping: RegisterImportMapping;
  /** The clerk's reading for single cells ("I2"). */
  readonly cellEncodings?: Readonly<Partial<Record<string, LegacyEncoding>>>;
  readonly today: string;
};

export type ApplyRequest = {
  readonly token: number;
  readonly dbName: string;
  readonly session: Session;
  readonly includeDuplicates: boolean;
  readonly today: string;
  readonly fileName: string;
};

export type RegisterImportHost = {
  read(bytes: Uint8Array, kind: ImportKind, onProgress: OnImportProgress): Promise<ReadSummary>;
  plan(request: PlanRequest, onProgress: OnImportProgress, jobId: number): Promise<PlanView>;
  apply(request: ApplyRequest, onProgress: OnImportProgress, jobId: number): Promise<ImportResult>;
  cancel(jobId: number): void;
  discard(token: number): void;
};

type Stored = { readonly book: WorkbookData; plan?: StoredPlan };

/** Lets queued messages (a cancel) in: a macrotask, not a microtask. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createRegisterImportHost(openDatabase: (name: string) => Promise<LuutruDb>): RegisterImportHost {
  const books = new Map<number, Stored>();
  const databases = new Map<string, Promise<LuutruDb>>();
  const cancelled = new Set<number>();
  let nextToken = 1;

  const database = (name: string) => {
    let db = databases.get(name);
    if (!db) databases.set(name, (db = openDatabase(name)));
    return db;
  };
  const stored = (token: number) => {
    const s = books.get(token);
    if (!s) throw new AppError('registerImport.expired');
    return s;
  };
  const stopIfCancelled = (jobId: number) => {
    if (cancelled.delete(jobId)) throw new AppError('registerImport.cancelled');
  };
  // A progress callback is a message to the page: never awaited (inside a transaction), never allowed to throw.
  const tell = (onProgress: OnImportProgress, p: ImportProgress) => void Promise.resolve(onProgress?.(p)).catch(() => undefined);

  return {
    async read(bytes, kind, onProgress) {
      const book = await readWorkbook(bytes, { onProgress: (p) => tell(onProgress, p) });
      const token = nextToken++;
      books.set(token, { book });
      const sheets = book.sheets.map((s) => sheetSummary(s, kind));
      const visible = sheets.findIndex((s) => !s.hidden && s.header !== undefined);
      const withData = sheets.findIndex((s) => !s.hidden && s.rowCount > 0);
      return { token, sheets, firstSheet: Math.max(0, visible >= 0 ? visible : withData) };
    },

    async plan(request, onProgress, jobId) {
      const s = stored(request.token);
      const sheet = s.book.sheets[request.sheetIndex];
      const header = sheet ? headerAt(sheet.rows, request.headerRowNumber, request.mapping.kind) : undefined;
      if (!sheet || !header) throw new AppError('registerImport.header.notFound');
      const db = await database(request.dbName);
      const register = await currentRegister(db, request.registerId);
      const [usedNumbers, issuerName] = [await usedNumbersOf(db, register), await issuerNameOf(db, register)];
      const rows: readonly ImportRow[] = applyEncodingChoices(rowsAfterHeader(sheet.rows, header), {
        ...(request.mapping.encodings ? { columns: request.mapping.encodings } : {}),
        ...(request.cellEncodings ? { cells: request.cellEncodings } : {}),
      });
      const plan = await planRegisterImportAsync(
        rows,
        request.mapping,
        {
          register,
          today: request.today,
          usedNumbers,
          sheetName: sheet.name,
          ...(issuerName ? { issuerName } : {}),
          existingKeys: (keys) => {
            tell(onProgress, { stage: 'lookup', done: 0, total: keys.length });
            return existingDuplicateKeys(db, request.mapping.kind, keys);
          },
        },
        {
          onProgress: (done, total) => tell(onProgress, { stage: 'check', done, total }),
          pause: async () => {
            await breathe();
            stopIfCancelled(jobId);
          },
        },
      );
      stopIfCancelled(jobId);
      s.plan = { plan, mapping: request.mapping, signature: mappingSignature(header.headers), registerId: request.registerId };
      return planView(plan, uncertainCells(rows, request.mapping));
    },

    async apply(request, onProgress, jobId) {
      const s = stored(request.token);
      const p = s.plan;
      if (!p) throw new AppError('registerImport.expired');
      const db = await database(request.dbName);
      const locate = (field: string, rowNumber: number) => {
        const column = sourceColumn(field, p.mapping);
        return column === undefined ? undefined : cellName(column, rowNumber);
      };
      const options = {
        today: request.today,
        fileName: request.fileName,
        locate,
        onProgress: (stage: 'validate' | 'write', done: number, total: number) => {
          // Between two chunks written: a cancel throws here and the transaction is aborted.
          stopIfCancelled(jobId);
          tell(onProgress, { stage, done, total });
        },
        pause: async () => {
          await breathe();
          stopIfCancelled(jobId);
        },
      };
      const choice = { includeDuplicates: request.includeDuplicates };
      const result =
        p.plan.kind === 'incoming'
          ? await importIncomingRows(db, request.session, p.registerId, importableIncomingRows(p.plan, choice), options)
          : await importOutgoingRows(db, request.session, p.registerId, importableOutgoingRows(p.plan, choice), options);
      await rememberImportMapping(db, p.signature, p.mapping);
      books.delete(request.token);
      return result;
    },

    cancel(jobId) {
      cancelled.add(jobId);
    },

    discard(token) {
      books.delete(token);
    },
  };
}
