/**
 * Reads of other units' records (dữ liệu đơn vị khác), kept in blocks per origin and table
 * (db/foreign/foreign-store.ts): a unit's records of one table, one record by id, how many.
 * Screens that show received data read through here, never the blocks directly.
 */
import type { BundleRecord, ReplicatedTable } from '../../core/bundle/schema';
import { ForeignStore } from '../foreign/foreign-store';
import type { LuutruDb } from '../schema';

/** Every record of one origin's table (block by block). */
export async function foreignRecordsOf(db: LuutruDb, table: ReplicatedTable, origin: string): Promise<BundleRecord[]> {
  const out: BundleRecord[] = [];
  for await (const block of new ForeignStore(db).scan(origin, table)) out.push(...block);
  return out;
}

/** Every record of a table, of every other origin. */
export async function foreignRecords(db: LuutruDb, table: ReplicatedTable): Promise<BundleRecord[]> {
  const store = new ForeignStore(db);
  const out: BundleRecord[] = [];
  for (const origin of await store.origins(table)) for await (const block of store.scan(origin, table)) out.push(...block);
  return out;
}

/** One record of another unit by id, or undefined. */
export async function foreignRecord(db: LuutruDb, table: ReplicatedTable, id: string): Promise<BundleRecord | undefined> {
  return (await new ForeignStore(db).get(table, [id])).get(id);
}

/** Records of other units held in a table (tombstones included), per origin, from the directories only. */
export async function foreignCounts(db: LuutruDb, table: ReplicatedTable): Promise<Map<string, number>> {
  const dirs = await db.foreignDirs.where('table').equals(table).toArray();
  return new Map(dirs.map((d) => [d.origin, d.ids.length]));
}
