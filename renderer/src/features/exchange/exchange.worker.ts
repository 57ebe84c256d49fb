/**
 * The exchange worker: exports, import dry runs and applies run here so a 100k-record
 * bundle never freezes the UI. It opens the same IndexedDB database as the page.
 * Prepared imports (verified bundles + merge plan) stay here until applied or discarded.
 */
import { openDb, type LuutruDb } from '../../db/schema';
import { exportBundle } from '../../db/exchange/export';
import { applyImport, prepareImport, type PreparedImport } from '../../db/exchange/import';
import { AppError } from '../../core/errors';
import type { WorkerRequest, WorkerResponse } from './protocol';

let dbPromise: Promise<LuutruDb> | undefined;
const prepared = new Map<number, PreparedImport>();
let nextToken = 1;
let cancelled = new Set<number>();

const post = (m: WorkerResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

function check(id: number) {
  if (cancelled.has(id)) throw new AppError('exchange.cancelled');
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  if (req.type === 'cancel') {
    cancelled.add(req.id);
    return;
  }
  try {
    dbPromise ??= openDb();
    const db = await dbPromise;
    if (req.type === 'export') {
      const result = await exportBundle(db, { kind: req.kind, operator: req.operator }, (stage, done, total) => {
        check(req.id);
        post({ id: req.id, type: 'progress', progress: { stage, done, total } });
      });
      post({ id: req.id, type: 'exported', sequence: result.sequence, files: result.files }, result.files.map((f) => f.data.buffer as ArrayBuffer));
    } else if (req.type === 'prepare') {
      post({ id: req.id, type: 'progress', progress: { stage: 'verify', done: 0, total: req.files.length } });
      const p = await prepareImport(db, req.files, req.receiverUnitId);
      check(req.id);
      const token = nextToken++;
      prepared.set(token, p);
      post({ id: req.id, type: 'prepared', token, receipt: p.receipt });
    } else if (req.type === 'apply') {
      const p = prepared.get(req.token);
      if (!p) throw new AppError('import.expired');
      post({ id: req.id, type: 'progress', progress: { stage: 'apply', done: 0, total: 1 } });
      const r = await applyImport(db, p, req.operator);
      prepared.delete(req.token);
      post({ id: req.id, type: 'applied', written: r.written, held: r.held });
    } else if (req.type === 'discard') {
      prepared.delete(req.token);
      post({ id: req.id, type: 'done' });
    }
  } catch (e) {
    const err = e instanceof AppError ? e : undefined;
    post({ id: req.id, type: 'error', code: err?.code ?? 'unknown', params: err?.params ?? {}, message: e instanceof Error ? e.message : String(e) });
  } finally {
    cancelled = new Set([...cancelled].filter((x) => x !== req.id));
  }
};
