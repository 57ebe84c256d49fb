/**
 * The rows of the consolidated search's hits (search-hit.ts), read for the hits found only:
 * this unit's own entries by id from its tables; a received unit's from the blocks their places
 * in the index name (upper-index-source.ts), each block read and parsed once and kept as rows
 * for the next queries (typing a word letter by letter finds mostly the same entries): a few
 * dozen blocks, or all a query used when it used more (its units read first, then `trim` once),
 * forgotten when the data changes.
 */
import { ForeignBlockCache } from '../db/repositories/foreign-block-cache';
import { receivedPlace } from '../db/repositories/upper-index-source';
import { ownEntriesByIds } from '../db/repositories/upper-level-repository';
import type { LuutruDb } from '../db/schema';
import { receivedEntry } from '../core/registers/received-entry';
import { hitOf, type SearchHit } from './search-hit';

export class HitRows {
  private readonly blocks: ForeignBlockCache<SearchHit>;

  constructor(
    private readonly db: LuutruDb,
    keptBlocks?: number,
  ) {
    // A received entry is read as its register's (receivedEntry: an older format may lack a field).
    this.blocks = new ForeignBlockCache(db, (r, table) => hitOf(receivedEntry(table as 'incomingDocs' | 'outgoingDocs', r), table === 'incomingDocs'), keptBlocks);
  }

  /** Forgets the rows kept (an import or an edit may have changed them). */
  clear(): void {
    this.blocks.clear();
  }

  /** The rows of the entries at these places of a unit's index (`origin` null: this unit's own), in that order. */
  async read(origin: string | null, ordinals: readonly number[], ids: readonly string[]): Promise<SearchHit[]> {
    if (origin === null) return (await ownEntriesByIds(this.db, ids.filter(Boolean))).map((d) => hitOf(d));
    await this.blocks.load(origin, ordinals.map(receivedPlace));
    const out: SearchHit[] = [];
    ordinals.forEach((o, i) => {
      const p = receivedPlace(o);
      const hit = this.blocks.get(origin, p.table, p.block, ids[i] ?? '', p.index);
      if (hit) out.push(hit);
    });
    return out;
  }

  /** Lets go of the blocks least recently used, keeping every one the query just answered used (call after its last `read`). */
  trim(): void {
    this.blocks.trim();
  }
}
