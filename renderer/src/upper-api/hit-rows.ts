/**
 * The rows of the consolidated search's hits (search-hit.ts), read for the hits found only:
 * this unit's own entries by id from its tables; a received unit's from the blocks their places
 * in the index name (upper-index-source.ts), each block read and parsed once and kept as rows
 * for the next queries (typing a word letter by letter finds mostly the same entries), a few
 * dozen blocks at most, forgotten when the data changes.
 */
import { foreignBlocks } from '../db/repositories/foreign-repository';
import { receivedPlace } from '../db/repositories/upper-index-source';
import { ownEntriesByIds } from '../db/repositories/upper-level-repository';
import type { IncomingDoc, OutgoingDoc } from '../db/register-records';
import type { LuutruDb } from '../db/schema';
import { hitOf, type SearchHit } from './search-hit';

/** Blocks kept as rows (500 entries each, a few hundred bytes a row). */
const KEPT_BLOCKS = 48;

export class HitRows {
  /** Per block (origin, table, block): its rows by id; the most recently used last. */
  private readonly blocks = new Map<string, Map<string, SearchHit>>();

  constructor(private readonly db: LuutruDb) {}

  /** Forgets the rows kept (an import or an edit may have changed them). */
  clear(): void {
    this.blocks.clear();
  }

  /** The rows of the entries at these places of a unit's index (`origin` null: this unit's own), in that order. */
  async read(origin: string | null, ordinals: readonly number[], ids: readonly string[]): Promise<SearchHit[]> {
    if (origin === null) return (await ownEntriesByIds(this.db, ids.filter(Boolean))).map(hitOf);
    const keyOf = (o: number) => {
      const p = receivedPlace(o);
      return { key: `${origin}\u0000${p.table}\u0000${p.block}`, ...p };
    };
    const missing = new Map<string, ReturnType<typeof keyOf>>();
    for (const o of ordinals) {
      const k = keyOf(o);
      const kept = this.blocks.get(k.key);
      if (kept) {
        this.blocks.delete(k.key);
        this.blocks.set(k.key, kept);
      } else missing.set(k.key, k);
    }
    for (const table of ['incomingDocs', 'outgoingDocs'] as const) {
      const wanted = [...missing.values()].filter((m) => m.table === table);
      if (wanted.length === 0) continue;
      const read = await foreignBlocks(this.db, origin, table, wanted.map((m) => m.block));
      read.forEach((records, i) => this.blocks.set(wanted[i]!.key, new Map(records.map((r) => [r.id, hitOf(r as unknown as IncomingDoc | OutgoingDoc)]))));
    }
    const out: SearchHit[] = [];
    ordinals.forEach((o, i) => {
      const hit = this.blocks.get(keyOf(o).key)?.get(ids[i] ?? '');
      if (hit) out.push(hit);
    });
    for (const key of this.blocks.keys()) if (this.blocks.size > Math.max(KEPT_BLOCKS, missing.size)) this.blocks.delete(key);
    return out;
  }
}
