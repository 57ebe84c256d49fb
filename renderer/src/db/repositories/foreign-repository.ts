/**
 * Reads of other units' records (dữ liệu đơn vị khác), kept in blocks per origin and table
 * (db/foreign/foreign-store.ts): a unit's records of one table, one record by id, how many.
 * Screens that show received data read through here, never the blocks directly.
 */
import { PARENT_RULES } from '../../core/bundle/import-plan';
import type { BundleRecord, ReplicatedTable } from '../../core/bundle/schema';
import { addHoldings, holdingsContribution, HOLDINGS_COUNTERS_VERSION, HOLDINGS_TABLES, type HoldingsCounter } from '../../core/dossiers/inventory';
import { ForeignStore, type ForeignBlockRow } from '../foreign/foreign-store';
import type { LuutruDb } from '../schema';

/** Every record of one origin's table. */
export async function foreignRecordsOf(db: LuutruDb, table: ReplicatedTable, origin: string): Promise<BundleRecord[]> {
  return new ForeignStore(db).records(origin, table);
}

/** Every record of a table, of every other origin. */
export async function foreignRecords(db: LuutruDb, table: ReplicatedTable): Promise<BundleRecord[]> {
  const store = new ForeignStore(db);
  // All origins' reads start at once (and are observed by a live query; see ForeignStore.records).
  return (await Promise.all((await store.origins(table)).map((origin) => store.records(origin, table)))).flat();
}

/** One record of another unit by id, or undefined. */
export async function foreignRecord(db: LuutruDb, table: ReplicatedTable, id: string): Promise<BundleRecord | undefined> {
  return (await new ForeignStore(db).get(table, [id])).get(id);
}

/** One record of one other unit by id, from that unit's directory alone (undefined when it does not hold it). */
export async function foreignRecordFrom(db: LuutruDb, table: ReplicatedTable, id: string, origin: string): Promise<BundleRecord | undefined> {
  return (await new ForeignStore(db).getFrom(origin, table, [id])).get(id);
}

/** Records of other units held in a table (tombstones included), per origin, from the directories only. */
export async function foreignCounts(db: LuutruDb, table: ReplicatedTable): Promise<Map<string, number>> {
  const dirs = await db.foreignDirs.where('table').equals(table).toArray();
  return new Map(dirs.map((d) => [d.origin, d.ids.length]));
}

/** Records of other units by id (ids not held here are absent); `origin`: the unit they are expected from. */
export async function foreignRecordsById(db: LuutruDb, table: ReplicatedTable, ids: readonly string[], origin?: string): Promise<Map<string, BundleRecord>> {
  return new ForeignStore(db).get(table, ids, origin);
}

/**
 * Another unit's records that belong to one of its parents — the entries of its register, the
 * dossiers or boxes of its fonds. A record lives in a parent of its own origin (PARENT_RULES;
 * the import plan holds back any other), so only the parent's unit's directory of `table` is
 * read, and only the blocks holding the children; the parent is found in the directories of
 * its own table, or given (`parentOrigin`: the parent's unit, when the caller holds it). (Every
 * unit's directory of `table` was read before: at 50 communes, a received fonds' page went
 * through 188,000 dossiers' entries to find its 3,760.)
 */
export async function foreignChildren(db: LuutruDb, table: ReplicatedTable, field: string, parentId: string, parentOrigin?: string): Promise<BundleRecord[]> {
  const rule = PARENT_RULES.find((r) => r.table === table && r.field === field);
  if (!rule) throw new Error(`no parent rule ${table}.${field}`);
  const store = new ForeignStore(db);
  let origin = parentOrigin;
  if (origin === undefined) {
    await store.loadTable(rule.parent);
    origin = store.originOf(rule.parent, parentId);
  }
  return origin === undefined ? [] : store.childrenIn(origin, table, field, parentId);
}

/** Another unit's records of `table` that belong to its fonds `fondsId` (a table without a fonds parent rule, e.g. dossierDocs). */
export async function foreignOfFonds(db: LuutruDb, table: ReplicatedTable, fondsId: string): Promise<BundleRecord[]> {
  const fonds = await foreignRecord(db, 'fonds', fondsId);
  if (!fonds) return [];
  return (await foreignRecordsOf(db, table, fonds.origin)).filter((r) => r.fondsId === fondsId);
}

/** One origin's holdings counters counted from its blocks (when its stored counters are missing or of another version). */
export async function countForeignHoldings(db: LuutruDb, origin: string): Promise<Partial<Record<HoldingsCounter, number>>> {
  const store = new ForeignStore(db);
  const out: Partial<Record<HoldingsCounter, number>> = {};
  for (const table of HOLDINGS_TABLES) for (const r of await store.records(origin, table)) addHoldings(out, holdingsContribution(table, r));
  return out;
}

/**
 * Every other unit's holdings counters, from the counters each import keeps — no record read.
 * Counters missing or of another version (a database older than them) are counted from that
 * unit's blocks here, without writing (screens read this inside a live query, where no write
 * may happen); its next import stores them.
 */
export async function foreignHoldingsCounters(db: LuutruDb): Promise<Map<string, Partial<Record<HoldingsCounter, number>>>> {
  const rows = await db.originStats.toArray();
  const counted = await Promise.all(rows.map((r) => (r.holdingsVersion === HOLDINGS_COUNTERS_VERSION ? { ...(r.holdings ?? {}) } : countForeignHoldings(db, r.origin))));
  return new Map(rows.map((r, i) => [r.origin, counted[i]!]));
}

/** These blocks of a received unit's table as kept (absent ones undefined), to read a few records of each (`BlockRecords`). */
export async function foreignBlockRows(db: LuutruDb, origin: string, table: ReplicatedTable, blocks: readonly number[]): Promise<(ForeignBlockRow | undefined)[]> {
  return db.foreignBlocks.bulkGet(blocks.map((b) => [origin, table, b] as [string, string, number]));
}
