/**
 * Promise wrapper around the search worker. The index is built in chunks (progress after
 * each, cancellable with an AbortSignal between them). At most one search runs in the worker:
 * a search asked while another runs waits, and replaces any search already waiting, so when
 * the user keeps typing only the latest query is run next; superseded searches resolve to
 * null (their results would be stale).
 */
import type { SearchEntry } from './register-index';
import type { SearchRequest, SearchResponse } from './protocol';

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** What the client needs of a Worker (a real one in the app, an in-process stand-in in tests). */
export type SearchWorkerLike = {
  postMessage(message: SearchRequest): void;
  onmessage: ((event: MessageEvent<SearchResponse>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate(): void;
};

export type BuildProgress = { readonly done: number; readonly total: number };
export type BuildOptions = {
  readonly onProgress?: (progress: BuildProgress) => void;
  /** Stops the build between two chunks; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Entries per message (default 10,000): smaller gives finer progress and shorter pauses for searches. */
  readonly chunkSize?: number;
};

type Pending = { resolve(r: SearchResponse): void; reject(e: unknown): void };
type SearchJob = { readonly query: string; readonly limit: number; resolve(ids: string[] | null): void; reject(e: unknown): void };

const DEFAULT_CHUNK = 10_000;
const DEFAULT_LIMIT = 100;

function spawnWorker(): SearchWorkerLike {
  return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'luutru-search' });
}

export class SearchClient {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private running = false;
  private waiting: SearchJob | undefined;

  constructor(private readonly worker: SearchWorkerLike = spawnWorker()) {
    worker.onmessage = (e) => {
      const m = e.data;
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.type === 'error') p.reject(new Error(m.message));
      else p.resolve(m);
    };
    // The worker failed to load or crashed: nothing pending will ever be answered.
    worker.onerror = (e) => this.failAll(new Error(`search worker: ${e.message || 'failed'}`));
  }

  private failAll(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(error);
  }

  private call(req: DistributiveOmit<SearchRequest, 'id'>): Promise<SearchResponse> {
    const id = this.nextId++;
    const promise = new Promise<SearchResponse>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.worker.postMessage({ ...req, id } as SearchRequest);
    return promise;
  }

  private async size(req: DistributiveOmit<SearchRequest, 'id'>): Promise<number> {
    const r = await this.call(req);
    if (r.type !== 'done') throw new Error('unexpected reply');
    return r.size;
  }

  /** Replaces the index with these entries; resolves to the number indexed. */
  async build(entries: readonly SearchEntry[], options: BuildOptions = {}): Promise<number> {
    const { onProgress, signal } = options;
    const chunk = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
    signal?.throwIfAborted();
    let size = await this.size({ type: 'reset' });
    onProgress?.({ done: 0, total: entries.length });
    for (let i = 0; i < entries.length; i += chunk) {
      signal?.throwIfAborted();
      size = await this.size({ type: 'add', entries: entries.slice(i, i + chunk) });
      onProgress?.({ done: Math.min(i + chunk, entries.length), total: entries.length });
    }
    return size;
  }

  /** Adds or replaces entries (after a save or an import). */
  async upsert(entries: SearchEntry | readonly SearchEntry[]): Promise<void> {
    await this.size({ type: 'add', entries: 'id' in entries ? [entries] : entries });
  }

  /** Removes entries (deleted, or no longer in the lists). */
  async remove(ids: string | readonly string[]): Promise<void> {
    await this.size({ type: 'remove', ids: typeof ids === 'string' ? [ids] : ids });
  }

  /** Restricts later searches to these ids (the rows the list's filters keep); null searches everything. */
  async setScope(ids: Iterable<string> | null): Promise<void> {
    await this.size({ type: 'scope', ids: ids === null ? null : [...ids] });
  }

  /**
   * Ids of the entries holding every word of the query, best first (see RegisterIndex.search),
   * within the scope. Resolves to null when a newer search superseded this one.
   */
  search(query: string, options: { readonly limit?: number } = {}): Promise<string[] | null> {
    return new Promise((resolve, reject) => {
      const job: SearchJob = { query, limit: options.limit ?? DEFAULT_LIMIT, resolve, reject };
      if (!this.running) return this.run(job);
      this.waiting?.resolve(null);
      this.waiting = job;
    });
  }

  private run(job: SearchJob): void {
    this.running = true;
    const settle = (finish: () => void) => {
      this.running = false;
      const next = this.waiting;
      this.waiting = undefined;
      if (next) {
        job.resolve(null);
        this.run(next);
      } else finish();
    };
    this.call({ type: 'search', query: job.query, limit: job.limit }).then(
      (r) => settle(() => (r.type === 'found' ? job.resolve([...r.ids]) : job.reject(new Error('unexpected reply')))),
      (e: unknown) => settle(() => job.reject(e)),
    );
  }

  /** Stops the worker; calls still pending reject, a waiting search resolves to null. */
  dispose(): void {
    this.worker.terminate();
    this.waiting?.resolve(null);
    this.waiting = undefined;
    this.failAll(new Error('search worker stopped'));
  }
}

let shared: SearchClient | undefined;
/** The app's search worker, started on first use. */
export function searchClient(): SearchClient {
  shared ??= new SearchClient();
  return shared;
}
