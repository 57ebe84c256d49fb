/**
 * The exchange worker: exports, import dry runs and applies run here so a 100k-record
 * bundle never freezes the UI. It opens the same IndexedDB database as the page.
 * Prepared imports (verified bundles + merge plan) stay here until applied or discarded.
 * Called through Comlink (see workers/worker-handle.ts); progress comes back through a
 * callback, and a job id given by the caller can be cancelled between stages.
 */
import { expose, transfer } from 'comlink';
import { openDb, type LuutruDb } from '../../db/schema';
import { exportBundle, type ExportKind } from '../../db/exchange/export';
import { applyImport, assertImportAllowed, prepareImport, type ImportFile, type PreparedImport } from '../../db/exchange/import';
import { AppError } from '../../core/errors';
import type { WorkerProgress } from './protocol';
import { shareAppErrors } from '../../workers/app-errors';
import { keptFilesReady, verifyElsewhere, type KeptFiles } from './verify-helpers';

// Its AppErrors reach the page whole (code and params), so the clerk reads what to do.
shareAppErrors();

let dbPromise: Promise<LuutruDb> | undefined;
/** Prepared imports, with the picked files their verify helpers made again to be kept. */
const prepared = new Map<number, { p: PreparedImport; kept: KeptFiles }>();
// Tokens of a worker started again after a crash never repeat the dead one's (the page may still show a receipt of it).
let nextToken = Date.now() * 1000;
const cancelled = new Set<number>();

const database = () => (dbPromise ??= openDb());
type Progress = ((p: WorkerProgress) => void) | undefined;

function check(jobId: number | undefined) {
  if (jobId !== undefined && cancelled.has(jobId)) {
    cancelled.delete(jobId);
    throw new AppError('exchange.cancelled');
  }
}

async function prepareFiles(files: readonly ImportFile[], receiverUnitId: string, onProgress: Progress, jobId?: number) {
  const db = await database();
  await assertImportAllowed(db);
  const kept: KeptFiles = new Map();
  const p = await prepareImport(
    db,
    files,
    receiverUnitId,
    new Date(),
    async (progress) => {
      onProgress?.(progress);
      // A turn of the event loop lets a cancel message in between two bundles.
      await new Promise((resolve) => setTimeout(resolve, 0));
      check(jobId);
    },
    { elsewhere: verifyElsewhere(kept) },
  );
  check(jobId);
  const token = nextToken++;
  prepared.set(token, { p, kept });
  return { token, receipt: p.receipt, timings: p.timings };
}

const api = {
  async exportBundle(kind: ExportKind, operator: string, onProgress: Progress, jobId?: number) {
    const db = await database();
    const result = await exportBundle(db, { kind, operator }, (stage, done, total) => {
      check(jobId);
      onProgress?.({ stage, done, total });
    });
    const files = result.files.map((f) => ({ name: f.name, data: f.data }));
    return transfer({ sequence: result.sequence, files }, files.map((f) => f.data.buffer as ArrayBuffer));
  },

  /** The dry run; `files` were moved here (exchange-client.ts) and are kept with the prepared import. */
  prepare: prepareFiles,

  /** The dry run again on the files of `token` (a key confirmed, a custody recorded since); `token` is dropped once the new one is made. */
  async prepareAgain(token: number, receiverUnitId: string, onProgress: Progress, jobId?: number) {
    const held = prepared.get(token);
    if (!held) throw new AppError('import.expired');
    const again = await prepareFiles(held.p.files, receiverUnitId, onProgress, jobId);
    prepared.delete(token);
    return again;
  },

  async apply(token: number, operator: string, onProgress: Progress, lostKeyAccepted: readonly string[] = []) {
    const db = await database();
    const held = prepared.get(token);
    if (!held) throw new AppError('import.expired');
    const files = await keptFilesReady(held.kept);
    const r = await applyImport(db, held.p, operator, new Date(), (progress) => onProgress?.(progress), (b) => files.get(b.file.signature), lostKeyAccepted);
    prepared.delete(token);
    return { written: r.written, held: r.held };
  },

  discard(token: number): void {
    prepared.delete(token);
  },

  cancel(jobId: number): void {
    cancelled.add(jobId);
  },
};
export type ExchangeWorkerApi = typeof api;

expose(api);
