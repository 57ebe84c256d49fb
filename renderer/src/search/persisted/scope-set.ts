/**
 * Several scopes of the index worker searched as one (the UI side): the consolidated search's
 * one scope per unit, archive search's one per unit. The first query opens them (a first build
 * runs in the worker, two scopes at a time, its progress told over all of them); later queries
 * first catch them up with the journal when it moved (an own record saved shows at once; an
 * import rebuilds only the scopes whose source says so). A query asks the scopes in turn in one
 * call to the worker and stops at the limit. A scope whose build stopped on an error makes the
 * query fail with the caller's error code instead of answering with part of the records.
 */
import { AppError } from '../../core/errors';
import type { IndexClient, IndexStatus, ScopeRef, ViewFilter } from './index-client';

/** Scopes opened (and maybe built) at the same time. */
const OPEN_AT_ONCE = 2;

/** A scope to search: a name for the caller, what to open, and about how many entries it holds (progress before its build starts). */
export type ScopeEntry = { readonly name: string; readonly ref: ScopeRef; readonly estimate: number };

/** What one scope found: its name, how many it holds, its first entries' places and ids. */
export type ScopeHits = { readonly name: string; readonly count: number; readonly ordinals: readonly number[]; readonly ids: readonly string[] };

type Scope = { readonly name: string; readonly ref: ScopeRef; handle?: number; status?: IndexStatus; estimate: number };

export type ScopeSetOptions = {
  readonly dbName: string;
  readonly client: IndexClient;
  /** The app database's journal position now (the scopes are caught up when it moved). */
  readonly journalSeq: () => Promise<number>;
  /** The scopes to search now (read at each catch-up: a unit received since is added). */
  readonly scopes: () => Promise<readonly ScopeEntry[]>;
  /** The AppError code when a scope cannot be built. */
  readonly failure: string;
};

export class ScopeSet {
  private readonly scopes = new Map<string, Scope>();
  private opening: Promise<void> | undefined;
  private syncedSeq = -1;
  private closed = false;
  private told = false;
  /** Told the first build's progress over every scope (entries indexed of about how many). */
  onProgress: ((p: { readonly done: number; readonly total: number }) => void) | undefined;

  constructor(private readonly options: ScopeSetOptions) {}

  /** Opens the scopes not open yet and catches up the others (one such round at a time); true when the data may have changed since the last call. */
  async ready(): Promise<boolean> {
    while (this.opening) await this.opening;
    const seq = await this.options.journalSeq();
    if (seq === this.syncedSeq && this.scopes.size > 0) return false;
    this.opening = this.openAll(seq).finally(() => (this.opening = undefined));
    await this.opening;
    return true;
  }

  /** The first `limit` entries passing the filter over the named scopes (all when `names` is absent), scope by scope in their order. */
  async firsts(filter: ViewFilter, limit: number, names?: readonly string[]): Promise<ScopeHits[]> {
    const asked = [...this.scopes.values()].filter((s) => s.handle !== undefined && (!names || names.includes(s.name)));
    const parts = await this.options.client.firsts(asked.map((s) => s.handle!), filter, limit);
    const nameOf = new Map(asked.map((s) => [s.handle!, s.name]));
    return parts.map((p) => ({ name: nameOf.get(p.handle) ?? '', count: p.count, ordinals: p.ordinals, ids: p.ids ?? [] }));
  }

  /** Forgets every handle (after an error: the worker may have restarted); the next `ready` opens them again. */
  reset(): void {
    this.releaseAll();
    this.syncedSeq = -1;
  }

  /** Lets every scope go (the page closed). */
  close(): void {
    this.closed = true;
    this.releaseAll();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private releaseAll(): void {
    for (const s of this.scopes.values()) if (s.handle !== undefined) void this.options.client.release(s.handle).catch(() => undefined);
    this.scopes.clear();
  }

  private async openAll(seq: number): Promise<void> {
    for (const e of await this.options.scopes()) if (!this.scopes.has(e.name)) this.scopes.set(e.name, { name: e.name, ref: e.ref, estimate: e.estimate });
    const queue = [...this.scopes.values()];
    const work = async () => {
      for (let s = queue.shift(); s && !this.closed; s = queue.shift()) await this.bring(s);
    };
    await Promise.all(Array.from({ length: OPEN_AT_ONCE }, work));
    this.tell(true);
    if (!this.closed) this.syncedSeq = seq;
  }

  /** Opens a scope (or catches it up) and waits for any build it starts. */
  private async bring(scope: Scope): Promise<void> {
    const { client, dbName } = this.options;
    const onStatus = (s: IndexStatus) => {
      scope.status = s;
      this.tell();
    };
    if (scope.handle === undefined) {
      const r = await client.open(dbName, scope.ref, onStatus);
      if (this.closed) return void client.release(r.handle).catch(() => undefined);
      scope.handle = r.handle;
      scope.status = r.status;
    } else scope.status = await client.sync(scope.handle);
    this.tell();
    scope.status = await client.settled(scope.handle);
    this.tell();
    // A build that stopped on an error would answer with part of the scope's entries.
    if (!scope.status.complete && !this.closed) throw new AppError(this.options.failure);
  }

  /** Build progress over every scope: entries indexed of about how many. */
  private tell(last = false): void {
    let done = 0;
    let total = 0;
    let building = false;
    for (const s of this.scopes.values()) {
      const st = s.status;
      const b = st?.building;
      if (b) building = true;
      total += b ? b.total : st?.complete ? st.total : s.estimate;
      done += b ? b.done : st?.complete ? st.total : 0;
    }
    // Told from the first build on until every scope is open (then once as done: the bar goes).
    if (building) this.told = true;
    if (!this.told) return;
    if (last) this.told = false;
    this.onProgress?.({ done: last ? total : Math.min(done, total), total });
  }
}
