/**
 * The consolidated search on this PC (tìm kiếm tổng hợp): one persisted index per unit in the
 * index worker (search/persisted; db/repositories/upper-index-source.ts) — this unit's own
 * entries, and each received unit's — opened, caught up and asked together by a ScopeSet
 * (its first build's progress told as stage 'index'; an own entry saved shows at once; an
 * import rebuilds only the units it brought). A query asks every unit's index (or only the unit
 * chosen) and stops at the limit; only the entries found are read to make the rows (hit-rows.ts).
 */
import { compileText } from '../search/persisted/text-query';
import { indexClient, type IndexClient, type ViewFilter } from '../search/persisted/index-client';
import { ScopeSet } from '../search/persisted/scope-set';
import { lastJournalSeq } from '../db/repositories/journal-repository';
import { consolidatedOrigins, consolidatedSizes } from '../db/repositories/upper-level-repository';
import type { LuutruDb } from '../db/schema';
import { HitRows } from './hit-rows';
import type { SearchHit } from './search-hit';
import type { OnProgress } from './types';

/** A unit's scope name: '' for this unit's own entries. */
const OWN = '';

export class ConsolidatedSearch {
  private readonly scopes: ScopeSet;
  private latest = 0;
  private readonly rows: HitRows;

  /** `keptBlocks`: received units' blocks kept between queries when a query used fewer (hit-rows.ts). */
  constructor(
    private readonly db: LuutruDb,
    client: IndexClient = indexClient(),
    keptBlocks?: number,
  ) {
    this.rows = new HitRows(db, keptBlocks);
    this.scopes = new ScopeSet({
      dbName: db.name,
      client,
      journalSeq: () => lastJournalSeq(db),
      failure: 'upper.searchIndexFailed',
      scopes: async () => {
        const [origins, sizes] = await Promise.all([consolidatedOrigins(db), consolidatedSizes(db)]);
        return [null, ...origins].map((origin) => ({ name: origin ?? OWN, ref: { kind: 'upper' as const, origin }, estimate: sizes.get(origin) ?? 0 }));
      },
    });
  }

  /** The entries holding every word of the query (the last one by prefix), cancelled ones left out; null when a newer search replaced this one. */
  async search(query: string, options: { readonly origin?: string; readonly limit: number }, onProgress?: OnProgress): Promise<SearchHit[] | null> {
    const ticket = ++this.latest;
    this.scopes.onProgress = onProgress && ((p) => onProgress({ stage: 'index', ...p }));
    try {
      return await this.run(ticket, query, options);
    } catch (e) {
      // The worker may have restarted (and forgotten our handles): open everything again next time.
      this.scopes.reset();
      throw e;
    }
  }

  private async run(ticket: number, query: string, options: { readonly origin?: string; readonly limit: number }): Promise<SearchHit[] | null> {
    if (await this.scopes.ready()) this.rows.clear();
    if (ticket !== this.latest || this.scopes.isClosed) return null;
    if (compileText(query) === null || options.limit <= 0) return [];
    const filter: ViewFilter = { text: query, without: ['deleted'], ...(options.origin ? { equals: { origin: options.origin } } : {}) };
    const parts = await this.scopes.firsts(filter, options.limit, options.origin ? [OWN, options.origin] : undefined);
    if (ticket !== this.latest || this.scopes.isClosed) return null;
    // Every unit's rows read at once; then the blocks this query did not use let go (trimmed
    // unit by unit, a query over many units dropped the blocks of the first ones, and typing on
    // read them again at every keystroke).
    const read = await Promise.all(parts.map((part) => this.rows.read(part.name === OWN ? null : part.name, part.ordinals, part.ids)));
    this.rows.trim();
    return ticket === this.latest ? read.flat().slice(0, options.limit) : null;
  }

  /** Lets every index go (the page closed). */
  close(): void {
    this.scopes.close();
    this.rows.clear();
  }
}
