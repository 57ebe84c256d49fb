/** Promise wrapper around the exchange worker, with progress callbacks and cancel. */
import { AppError } from '../../core/errors';
import type { ExportKind } from '../../db/exchange/export';
import type { ImportFile, ImportReceipt } from '../../db/exchange/import';
import type { WorkerProgress, WorkerRequest, WorkerResponse } from './protocol';

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

type Pending = { resolve: (r: WorkerResponse) => void; reject: (e: unknown) => void; onProgress?: (p: WorkerProgress) => void };

export class ExchangeClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(new URL('./exchange.worker.ts', import.meta.url), { type: 'module', name: 'luutru-exchange' });
    this.worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const m = e.data;
      const p = this.pending.get(m.id);
      if (!p) return;
      if (m.type === 'progress') return p.onProgress?.(m.progress);
      this.pending.delete(m.id);
      if (m.type === 'error') p.reject(m.code === 'unknown' ? new Error(m.message) : new AppError(m.code, m.params));
      else p.resolve(m);
    };
  }

  private call(req: DistributiveOmit<WorkerRequest, 'id'>, onProgress?: (p: WorkerProgress) => void, transfer: Transferable[] = []): { id: number; promise: Promise<WorkerResponse> } {
    const id = this.nextId++;
    const promise = new Promise<WorkerResponse>((resolve, reject) => this.pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) }));
    this.worker.postMessage({ ...req, id } as WorkerRequest, transfer);
    return { id, promise };
  }

  cancel(id: number): void {
    this.worker.postMessage({ id, type: 'cancel' } satisfies WorkerRequest);
  }

  async exportBundle(kind: ExportKind, operator: string, onProgress?: (p: WorkerProgress) => void) {
    const r = await this.call({ type: 'export', kind, operator }, onProgress).promise;
    if (r.type !== 'exported') throw new Error('unexpected reply');
    return r;
  }

  async prepare(files: readonly ImportFile[], receiverUnitId: string, onProgress?: (p: WorkerProgress) => void): Promise<{ token: number; receipt: ImportReceipt }> {
    const r = await this.call({ type: 'prepare', files, receiverUnitId }, onProgress).promise;
    if (r.type !== 'prepared') throw new Error('unexpected reply');
    return r;
  }

  async apply(token: number, operator: string) {
    const r = await this.call({ type: 'apply', token, operator }).promise;
    if (r.type !== 'applied') throw new Error('unexpected reply');
    return r;
  }

  async discard(token: number) {
    await this.call({ type: 'discard', token }).promise;
  }
}

let shared: ExchangeClient | undefined;
export function exchangeClient(): ExchangeClient {
  shared ??= new ExchangeClient();
  return shared;
}
