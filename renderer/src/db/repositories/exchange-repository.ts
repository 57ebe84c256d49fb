/**
 * Reads for the data-exchange screens (trao đổi dữ liệu): export history, trusted and
 * revoked keys, held claims, forks and custody records — so screens never read tables
 * directly. Lists are small (keys, forks, custody) or paged (held claims, bundles received).
 */
import Dexie from 'dexie';
import type { LuutruDb } from '../schema';
import type { CustodyRow, ExportLogRow, ForkRow, HeldClaimRow, ReceivedBundleRow } from '../exchange/rows';
import { keyListOf, type KeyListRow } from '../exchange/key-list';
import { foreignRecords } from './foreign-repository';

export function exportHistory(db: LuutruDb): Promise<ExportLogRow[]> {
  return db.exportLog.orderBy('sequence').reverse().toArray();
}

/** Names of other units whose signed files this PC keeps (they ride along in a full export). */
export async function carriedUnitNames(db: LuutruDb, selfId: string): Promise<string[]> {
  const origins = (await db.bundleArchive.orderBy('origin').uniqueKeys()) as string[];
  const rows = await db.receivedBundles.where('origin').anyOf(origins.filter((o) => o !== selfId)).toArray();
  return [...new Set(rows.map((r) => r.originName))].sort((a, b) => a.localeCompare(b, 'vi'));
}

export type { KeyListRow } from '../exchange/key-list';

export async function trustedKeyList(db: LuutruDb): Promise<KeyListRow[]> {
  const [keys, rotations, revoked] = await Promise.all([db.trustedKeys.toArray(), db.keyRotations.toArray(), db.revokedKeys.toArray()]);
  return keyListOf(keys, rotations, revoked);
}

/** Held claims, a page at a time, by reason then table and id. */
export async function heldClaimsPage(db: LuutruDb, offset: number, limit: number): Promise<{ rows: HeldClaimRow[]; total: number }> {
  const total = await db.heldClaims.count();
  const rows = await db.heldClaims.orderBy('reason').offset(offset).limit(limit).toArray();
  return { rows, total };
}

/**
 * The bundles taken in (`origin`: that unit's only), newest first (a page at a time): when, from whom, which file, by whom.
 * The table holds a row per bundle taken in (a few per unit a year: thousands at a province of a
 * hundred communes after decades), not per record: read whole
 * and sorted here, as the overview reads it (an index on the import time would mean a schema
 * version, and every profile's search index built again).
 */
export async function receivedBundlesPage(db: LuutruDb, offset: number, limit: number, origin?: string): Promise<{ rows: ReceivedBundleRow[]; total: number }> {
  const rows = (await (origin ? db.receivedBundles.where('origin').equals(origin) : db.receivedBundles).toArray()).sort(receivedOrder);
  const from = Math.max(0, Math.floor(offset));
  return { rows: rows.slice(from, from + Math.max(1, Math.min(500, Math.floor(limit)))), total: rows.length };
}

/** Newest import first; within one import, by unit (code-point order, as the archive's SQL sorts), newest bundle, then part. */
export function receivedOrder(a: ReceivedBundleRow, b: ReceivedBundleRow): number {
  const by = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return by(b.importedAt, a.importedAt) || by(a.originName, b.originName) || b.sequence - a.sequence || a.partKey - b.partKey || by(a.payloadSha256, b.payloadSha256);
}

export function forkList(db: LuutruDb): Promise<ForkRow[]> {
  return db.forks.orderBy('origin').toArray();
}

/** The custody records of the units `unitId` took over (its own carrying, by the compound index). */
export function custodyCarriedBy(db: LuutruDb, unitId: string): Promise<CustodyRow[]> {
  return db.custody.where('[carrierUnitId+carriedUnitId]').between([unitId, Dexie.minKey], [unitId, Dexie.maxKey]).toArray();
}

export function custodyList(db: LuutruDb): Promise<CustodyRow[]> {
  return db.custody.toArray();
}

/** Names of units as this PC knows them: trusted keys, bundles received, units received. */
export async function unitNames(db: LuutruDb): Promise<Map<string, string>> {
  const [keys, received, own] = await Promise.all([db.trustedKeys.toArray(), foreignRecords(db, 'units'), db.units.toArray()]);
  const m = new Map<string, string>();
  for (const k of keys) m.set(k.unitId, k.originName);
  for (const u of [...received, ...own]) if (typeof u.name === 'string') m.set(u.id, u.name);
  return m;
}
