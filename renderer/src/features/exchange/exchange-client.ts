/** The exchange worker seen from the UI (export, import dry run, apply), with progress and cancel. */
import type { ExportKind } from '../../db/exchange/export';
import { AppError } from '../../core/errors';
import type { ImportFile, ImportReceipt, ImportTimings } from '../../db/exchange/import';
import { moved, workerHandle, type WorkerHandle } from '../../workers/worker-handle';
import type { ExchangeWorkerApi } from './exchange.worker';
import type { WorkerProgress } from './protocol';

type OnProgress = (p: WorkerProgress) => void;

export class ExchangeClient {
  private nextJob = 1;
  constructor(
    private readonly worker: WorkerHandle<ExchangeWorkerApi> = workerHandle<ExchangeWorkerApi>(
      'exchange',
      () => new Worker(new URL('./exchange.worker.ts', import.meta.url), { type: 'module', name: 'luutru-exchange' }),
    ),
  ) {}

  /** A job id to pass to `cancel` while the job runs. */
  newJobId(): number {
    return this.nextJob++;
  }

  cancel(jobId: number): Promise<void> {
    return this.worker.call((api) => api.cancel(jobId));
  }

  exportBundle(kind: ExportKind, operator: string, onProgress?: OnProgress, jobId?: number): Promise<{ sequence: number; files: { name: string; data: Uint8Array }[] }> {
    return this.worker.call((api, during) => api.exportBundle(kind, operator, onProgress && during(onProgress), jobId));
  }

  /**
   * The dry run of these files. Their bytes MOVE to the worker (transferred, not copied: a
   * copy of a commune's 28 MB froze the page for 130 ms, ten communes' for 2.5 s): afterwards
   * the caller's arrays are empty (a SharedArrayBuffer would be shared, not moved: no caller has
   * one). The worker keeps them with the prepared import, so a dry run is made again on them
   * with `prepareAgain`.
   */
  prepare(files: readonly ImportFile[], receiverUnitId: string, onProgress?: OnProgress, jobId?: number): Promise<{ token: number; receipt: ImportReceipt; timings: ImportTimings }> {
    const sent = files.map((f) => ({ name: f.name, data: f.data }));
    const buffers = [...new Set(sent.map((f) => f.data.buffer))].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
    return this.worker.call((api, during) => api.prepare(moved(sent, buffers), receiverUnitId, onProgress && during(onProgress), jobId));
  }

  /**
   * The dry run made again on the files of the prepared import `token` (after a key was confirmed
   * or a custody recorded): a new token; `token` stays valid if this one fails. The files lived in
   * the worker: if it died, they are gone, and "try again" would only find that out — so it says so.
   */
  async prepareAgain(token: number, receiverUnitId: string, onProgress?: OnProgress, jobId?: number): Promise<{ token: number; receipt: ImportReceipt; timings: ImportTimings }> {
    try {
      return await this.worker.call((api, during) => api.prepareAgain(token, receiverUnitId, onProgress && during(onProgress), jobId));
    } catch (e) {
      throw e instanceof AppError && e.code === 'worker.crashed' ? new AppError('import.filesLost') : e;
    }
  }

  apply(token: number, operator: string, onProgress?: OnProgress, lostKeyAccepted: readonly string[] = []): Promise<{ written: number; held: number }> {
    return this.worker.call((api, during) => api.apply(token, operator, onProgress && during(onProgress), [...lostKeyAccepted]));
  }

  discard(token: number): Promise<void> {
    return this.worker.call((api) => api.discard(token));
  }
}

let shared: ExchangeClient | undefined;
export function exchangeClient(): ExchangeClient {
  shared ??= new ExchangeClient();
  return shared;
}
