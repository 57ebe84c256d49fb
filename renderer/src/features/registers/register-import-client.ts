/**
 * The register-import worker seen from the page (see register-import-host.ts): read, dry run
 * and import with progress. Reading is stopped by stopping the worker (exceljs parses in one
 * go; the file read so far is dropped anyway); the dry run and the import are stopped by job
 * id, between chunks, and a stopped import writes nothing.
 */
import type { ImportKind } from '../../core/register-import';
import type { ImportResult } from '../../db/repositories/register-import-repository';
import { moved, workerHandle, type WorkerHandle, type WorkerLike } from '../../workers/worker-handle';
import type { ApplyRequest, ImportProgress, PlanRequest, PlanView, ReadSummary, RegisterImportHost } from './register-import-host';

export type { ImportProgress, PlanRowView, PlanView, ReadSummary, SheetSummary } from './register-import-host';

type OnProgress = (p: ImportProgress) => void;

/** A running job: its result, and how to stop it. */
export type Job<T> = { readonly result: Promise<T>; stop(): void };

function spawnWorker(): WorkerLike {
  return new Worker(new URL('./register-import.worker.ts', import.meta.url), { type: 'module', name: 'luutru-register-import' });
}

export class RegisterImportClient {
  private readonly worker: WorkerHandle<RegisterImportHost>;
  private nextJob = 1;

  /** `spawn` makes the worker (a real one in the app, a MessagePort stand-in in tests). */
  constructor(spawn: () => WorkerLike = spawnWorker) {
    this.worker = workerHandle<RegisterImportHost>('register-import', spawn);
  }

  /** Reads the file in the worker; `bytes` is moved there (unusable here afterwards). */
  read(bytes: Uint8Array, kind: ImportKind, onProgress?: OnProgress): Job<ReadSummary> {
    const result = this.worker.call((api, during) => api.read(moved(bytes, [bytes.buffer as ArrayBuffer]), kind, onProgress && during(onProgress)));
    return { result, stop: () => this.worker.terminate() };
  }

  plan(request: PlanRequest, onProgress?: OnProgress): Job<PlanView> {
    const jobId = this.nextJob++;
    const result = this.worker.call((api, during) => api.plan(request, onProgress && during(onProgress), jobId));
    return { result, stop: () => void this.worker.call((api) => api.cancel(jobId)).catch(() => undefined) };
  }

  apply(request: ApplyRequest, onProgress?: OnProgress): Job<ImportResult> {
    const jobId = this.nextJob++;
    const result = this.worker.call((api, during) => api.apply(request, onProgress && during(onProgress), jobId));
    return { result, stop: () => void this.worker.call((api) => api.cancel(jobId)).catch(() => undefined) };
  }

  /** Drops the file read in the worker (the dialog closed). */
  discard(token: number): void {
    void this.worker.call((api) => api.discard(token)).catch(() => undefined);
  }
}

let shared: RegisterImportClient | undefined;
export function registerImportClient(): RegisterImportClient {
  shared ??= new RegisterImportClient();
  return shared;
}
