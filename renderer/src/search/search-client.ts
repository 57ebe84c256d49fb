/**
 * Promise wrapper around the search worker. The index is built in chunks (progress after
 * each, cancellable with an AbortSignal between them). At most one search runs in the worker:
 * a search asked while another runs waits, and replaces any search already waiting, so when
 * the user keeps typing only the latest query is run next; superseded searches resolve to
 * null (their results would be stale).
 */
import type { SearchEntry } from './register-index';
import type { SearchHost } from './search-host';
import { workerHandle, type WorkerHandle, type WorkerLike } from '../workers/worker-handle';

export type BuildProgress = { readonly done: number; readonly total: number };
export type BuildOptions = {
  readonly onProgress?: (progress: BuildProgress) => void;
  /** Stops the build between two chunks; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Entries per message (default 10,000): smaller gives finer progress and shorter pauses for searches. */
  readonly chunkSize?: number;
};

type SearchJob = { readonly query: string; readonly limit: number; resolve(ids: string[] | null): void; reject(e: unknown): void };

const DEFAULT_CHUNK = 10_000;
const DEFAULT_LIMIT = 100;

function spawnWorker(): WorkerLike {
  return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'luutru-search' });
}

export class SearchClient {
  private readonly worker: WorkerHandle<SearchHost>;
  private running = false;
  private waiting: SearchJob | undefined;

  /** `spawn` makes the worker (a real one in the app, a MessagePort stand-in in tests). */
  constructor(spawn: () => WorkerLike = spawnWorker) {
    this.worker = workerHandle<SearchHost>('search', spawn);
  }

  /** Replaces the index with these entries; resolves to the number indexed. */
  async build(entries: readonly SearchEntry[], options: BuildOptions = {}): Promise<number> {
    const { onProgress, signal } = options;
    const chunk = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
    signal?.throwIfAborted();
    let size = await this.worker.call((w) => w.reset());
    onProgress?.({ done: 0, total: entries.length });
    for (let i = 0; i < entries.length; i += chunk) {
      signal?.throwIfAborted();
      const slice = entries.slice(i, i + chunk);
      size = await this.worker.call((w) => w.add(slice));
      onProgress?.({ done: Math.min(i + chunk, entries.length), total: entries.length });
    }
    return size;
  }

  /** Adds or replaces entries (after a save or an import). */
  async upsert(entries: SearchEntry | readonly SearchEntry[]): Promise<void> {
    const list = 'id' in entries ? [entries] : entries;
    await this.worker.call((w) => w.add(list));
  }

  /** Removes entries (deleted, or no longer in the lists). */
  async remove(ids: string | readonly string[]): Promise<void> {
    const list = typeof ids === 'string' ? [ids] : ids;
    await this.worker.call((w) => w.remove(list));
  }

  /** Restricts later searches to these ids (the rows the list's filters keep); null searches everything. */
  async setScope(ids: Iterable<string> | null): Promise<void> {
    const list = ids === null ? null : [...ids];
    await this.worker.call((w) => w.scope(list));
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
    this.worker.call((w) => w.search(job.query, job.limit)).then(
      (ids) => settle(() => job.resolve([...ids])),
      (e: unknown) => settle(() => job.reject(e)),
    );
  }

  /** Stops the worker; calls still pending reject, a waiting search resolves to null. */
  dispose(): void {
    this.waiting?.resolve(null);
    this.waiting = undefined;
    this.worker.terminate();
  }
}

let shared: SearchClient | undefined;
/** The app's search worker, started on first use. */
export function searchClient(): SearchClient {
  shared ??= new SearchClient();
  return shared;
}
