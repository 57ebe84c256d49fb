/**
 * Received units' blocks (foreign-store.ts) read for the rows a search shows, kept for the next
 * queries (typing a word letter by letter finds mostly the same records): each block read once,
 * those a query asks for read together (the tables at once), the most recently used kept: a few
 * dozen, or every block the query just used when it used more (a query over many units must not
 * drop, unit after unit, the blocks it read for the units before: typing on would read them all
 * again). Only the records asked for are parsed, by their index in the block when the caller
 * knows it (`BlockRecords`): a page of hits names a few records in each of dozens of blocks of
 * 500. Used by the consolidated search's rows (upper-api/hit-rows.ts) and archive search's
 * (archive-search-repository.ts).
 */
import type { BundleRecord, ReplicatedTable } from '../../core/bundle/schema';
import { BlockRecords } from '../foreign/foreign-store';
import type { LuutruDb } from '../schema';
import { foreignBlockRows } from './foreign-repository';

/** A block kept: its records as read on demand, and the rows made of those asked for. */
type Kept<R> = { readonly records: BlockRecords | undefined; readonly rows: Map<string, R> };

export class ForeignBlockCache<R> {
  /** Per block (origin, table, block); the most recently used last. */
  private readonly blocks = new Map<string, Kept<R>>();
  /** Blocks loaded or used since the last trim (the query under way): kept by the next trim. */
  private readonly used = new Set<string>();

  /** `rowOf`: what is kept of a record; `kept`: blocks kept (500 records each). */
  constructor(
    private readonly db: LuutruDb,
    private readonly rowOf: (r: BundleRecord, table: ReplicatedTable) => R,
    private readonly kept = 48,
  ) {}

  /** Forgets the rows kept (an import or an edit may have changed them). */
  clear(): void {
    this.blocks.clear();
    this.used.clear();
  }

  /** What is kept now: blocks, and the rows made of their records so far. */
  get size(): { readonly blocks: number; readonly rows: number } {
    let rows = 0;
    for (const b of this.blocks.values()) rows += b.rows.size;
    return { blocks: this.blocks.size, rows };
  }

  /** Makes these blocks of `origin` present: those kept are marked used, the others read. */
  async load(origin: string, places: readonly { readonly table: ReplicatedTable; readonly block: number }[]): Promise<void> {
    const wanted = new Map<string, { table: ReplicatedTable; block: number }>();
    for (const p of places) {
      const key = keyOf(origin, p.table, p.block);
      this.used.add(key);
      const kept = this.blocks.get(key);
      if (kept) {
        this.blocks.delete(key);
        this.blocks.set(key, kept);
      } else wanted.set(key, p);
    }
    const byTable = new Map<ReplicatedTable, string[]>();
    for (const [key, p] of wanted) byTable.set(p.table, [...(byTable.get(p.table) ?? []), key]);
    await Promise.all(
      [...byTable].map(async ([table, keys]) => {
        const read = await foreignBlockRows(this.db, origin, table, keys.map((k) => wanted.get(k)!.block));
        read.forEach((row, i) => this.blocks.set(keys[i]!, { records: row && new BlockRecords(row), rows: new Map() }));
      }),
    );
  }

  /** A record's row from a block loaded; `index`, its place in the block as the search index knows it (checked against `id`). */
  get(origin: string, table: ReplicatedTable, block: number, id: string, index?: number): R | undefined {
    const kept = this.blocks.get(keyOf(origin, table, block));
    if (!kept) return undefined;
    const made = kept.rows.get(id);
    if (made !== undefined) return made;
    const record = kept.records?.get(id, index);
    if (!record) return undefined;
    const row = this.rowOf(record, table);
    kept.rows.set(id, row);
    return row;
  }

  /** Lets the least recently used blocks go, keeping every block used since the last trim (call it once a query's rows are made). */
  trim(): void {
    const keep = Math.max(this.kept, this.used.size);
    for (const key of this.blocks.keys()) {
      if (this.blocks.size <= keep) break;
      if (!this.used.has(key)) this.blocks.delete(key);
    }
    this.used.clear();
  }
}

const keyOf = (origin: string, table: string, block: number) => `${origin}\u0000${table}\u0000${block}`;
