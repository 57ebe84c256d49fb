/**
 * The consolidated search on this PC (tìm kiếm tổng hợp): one persisted index per unit in the
 * index worker (search/persisted; db/repositories/upper-index-source.ts) — this unit's own
 * entries, and each received unit's. The first query opens them (a first build runs in the
 * worker, two units at a time, its progress told as stage 'index'); later queries first catch
 * them up with the journal when it moved (an own entry saved shows at once; an import rebuilds
 * only the units it brought). A query asks every unit's index in turn in one call to the
 * worker (or only the unit chosen) and stops at the limit; only the entries found are read to
 * make the rows (hit-rows.ts).
 */
import { AppError } from '../core/errors';
import { compileText } from '../search/persisted/text-query';
import { indexClient, type IndexClient, type IndexStatus, type ViewFilter } from '../search/persisted/index-client';
import { lastJournalSeq } from '../db/repositories/journal-repository';
import { consolidatedOrigins, consolidatedSizes } from '../db/repositories/upper-level-repository';
import type { LuutruDb } from '../db/schema';
import { HitRows } from './hit-rows';
import type { SearchHit } from './search-hit';
import type { OnProgress } from './types';

/** Units whose index is opened (and maybe built) at the same time. */
const OPEN_AT_ONCE = 2;

type Scope = { readonly origin: string | null; handle?: number; status?: IndexStatus; estimate: number };

export class ConsolidatedSearch {
  private readonly scopes = new Map<string | null, Scope>();
  private opening: Promise<void> | undefined;
  private syncedSeq = -1;
  private latest = 0;
  private closed = false;
  private onProgress: OnProgress | undefined;
  private told = false;
  private readonly rows: HitRows;

  constructor(
    private readonly db: LuutruDb,
    private readonly client: IndexClient = indexClient(),
  ) {
    this.rows = new HitRows(db);
  }

  /** The entries holding every word of the query (the last one by prefix), cancelled ones left out; null when a newer search replaced this one. */
  async search(query: string, options: { readonly origin?: string; readonly limit: number }, onProgress?: OnProgress): Promise<SearchHit[] | null> {
    const ticket = ++this.latest;
    this.onProgress = onProgress;
    try {
      return await this.run(ticket, query, options);
    } catch (e) {
      // The worker may have restarted (and forgotten our handles): open everything again next time.
      for (const s of this.scopes.values()) if (s.handle !== undefined) void this.client.release(s.handle).catch(() => undefined);
      this.scopes.clear();
      this.syncedSeq = -1;
      throw e;
    }
  }

  private async run(ticket: number, query: string, options: { readonly origin?: string; readonly limit: number }): Promise<SearchHit[] | null> {
    await this.ready();
    if (ticket !== this.latest || this.closed) return null;
    if (compileText(query) === null || options.limit <= 0) return [];
    const filter: ViewFilter = { text: query, without: ['deleted'], ...(options.origin ? { equals: { origin: options.origin } } : {}) };
    const asked = [...this.scopes.values()].filter((s) => s.handle !== undefined && (!options.origin || s.origin === null || s.origin === options.origin));
    const parts = await this.client.firsts(asked.map((s) => s.handle!), filter, options.limit);
    const originOf = new Map(asked.map((s) => [s.handle!, s.origin]));
    const hits: SearchHit[] = [];
    for (const part of parts) {
      if (ticket !== this.latest || this.closed) return null;
      hits.push(...(await this.rows.read(originOf.get(part.handle) ?? null, part.ordinals, part.ids ?? [])));
    }
    return ticket === this.latest ? hits.slice(0, options.limit) : null;
  }

  /** Lets every index go (the page closed). */
  close(): void {
    this.closed = true;
    for (const s of this.scopes.values()) if (s.handle !== undefined) void this.client.release(s.handle).catch(() => undefined);
    this.scopes.clear();
    this.rows.clear();
  }

  /** Opens the units' indexes not open yet and catches up the others (one such round at a time). */
  private async ready(): Promise<void> {
    while (this.opening) await this.opening;
    const seq = await lastJournalSeq(this.db);
    if (seq === this.syncedSeq && this.scopes.size > 0) return;
    this.rows.clear();
    this.opening = this.openAll(seq).finally(() => (this.opening = undefined));
    await this.opening;
  }

  private async openAll(seq: number): Promise<void> {
    const [origins, sizes] = await Promise.all([consolidatedOrigins(this.db), consolidatedSizes(this.db)]);
    for (const origin of [null, ...origins]) if (!this.scopes.has(origin)) this.scopes.set(origin, { origin, estimate: sizes.get(origin) ?? 0 });
    const queue = [...this.scopes.values()];
    const work = async () => {
      for (let s = queue.shift(); s && !this.closed; s = queue.shift()) await this.bring(s);
    };
    await Promise.all(Array.from({ length: OPEN_AT_ONCE }, work));
    this.tell(true);
    if (!this.closed) this.syncedSeq = seq;
  }

  /** Opens a unit's index (or catches it up) and waits for any build it starts. */
  private async bring(scope: Scope): Promise<void> {
    const onStatus = (s: IndexStatus) => {
      scope.status = s;
      this.tell();
    };
    if (scope.handle === undefined) {
      const r = await this.client.open(this.db.name, { kind: 'upper', origin: scope.origin }, onStatus);
      if (this.closed) return void this.client.release(r.handle).catch(() => undefined);
      scope.handle = r.handle;
      scope.status = r.status;
    } else scope.status = await this.client.sync(scope.handle);
    this.tell();
    scope.status = await this.client.settled(scope.handle);
    this.tell();
    // A build that stopped on an error would answer with part of the unit's entries.
    if (!scope.status.complete && !this.closed) throw new AppError('upper.searchIndexFailed');
  }

  /** Build progress over every unit: entries indexed of about how many. */
  private tell(last = false): void {
    let done = 0;
    let total = 0;
    let building = false;
    for (const s of this.scopes.values()) {
      const st = s.status;
      const b = st?.building;
      if (b) building = true;
      const size = b ? b.total : st?.complete ? st.total : s.estimate;
      total += size;
      done += b ? b.done : st?.complete ? st.total : 0;
    }
    // Told from the first build on until every unit is open (then once as done: the bar goes).
    if (building) this.told = true;
    if (!this.told) return;
    if (last) this.told = false;
    this.onProgress?.({ stage: 'index', done: last ? total : Math.min(done, total), total });
  }
}
