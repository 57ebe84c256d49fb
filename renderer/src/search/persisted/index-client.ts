/**
 * The index worker seen from the UI: one worker for the app, started on first use. A page
 * opens a scope and gets a handle, asks for lists and windows of them, and releases the handle
 * when it goes (the worker then forgets the scope). Status updates (build progress) come
 * through a callback.
 */
import { callback, workerHandle, type WorkerHandle, type WorkerLike } from '../../workers/worker-handle';
import type { FirstsPart, IndexHost, ListResult, ListWindow, ScopeRef } from './index-host';
import type { IndexStatus } from './scope-index';
import type { ViewFilter } from './scope-state';

export type { FirstsPart, IndexStatus, ListResult, ListWindow, ScopeRef, ViewFilter };

function spawnWorker(): WorkerLike {
  return new Worker(new URL('./index.worker.ts', import.meta.url), { type: 'module', name: 'luutru-index' });
}

export class IndexClient {
  private readonly worker: WorkerHandle<IndexHost>;

  /** `spawn` makes the worker (a real one in the app, a MessagePort stand-in in tests). */
  constructor(spawn: () => WorkerLike = spawnWorker) {
    this.worker = workerHandle<IndexHost>('index', spawn);
  }

  open(dbName: string, ref: ScopeRef, onStatus?: (s: IndexStatus) => void): Promise<{ handle: number; status: IndexStatus }> {
    return this.worker.call((w) => (onStatus ? w.open(dbName, ref, callback(onStatus)) : w.open(dbName, ref)));
  }

  sync(handle: number): Promise<IndexStatus> {
    return this.worker.call((w) => w.sync(handle));
  }

  list(handle: number, filter: ViewFilter, window?: { from: number; to: number }): Promise<ListResult> {
    return this.worker.call((w) => w.list(handle, filter, window));
  }

  window(viewId: number, from: number, to: number): Promise<ListWindow | undefined> {
    return this.worker.call((w) => w.window(viewId, from, to));
  }

  firsts(handles: readonly number[], filter: ViewFilter, limit: number): Promise<FirstsPart[]> {
    return this.worker.call((w) => w.firsts(handles, filter, limit));
  }

  facet(handle: number, field: string): Promise<{ value: string; count: number }[]> {
    return this.worker.call((w) => w.facet(handle, field));
  }

  span(handle: number): Promise<{ first: number; last: number } | undefined> {
    return this.worker.call((w) => w.span(handle));
  }

  settled(handle: number): Promise<IndexStatus> {
    return this.worker.call((w) => w.settled(handle));
  }

  release(handle: number): Promise<void> {
    return this.worker.call((w) => w.release(handle));
  }

  dispose(): void {
    this.worker.terminate();
  }
}

let shared: IndexClient | undefined;
/** The app's index worker. */
export function indexClient(): IndexClient {
  shared ??= new IndexClient();
  return shared;
}
