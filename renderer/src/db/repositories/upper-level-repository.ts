/**
 * Reads for the upper-level view: contact with each sending unit (from the bundles received),
 * its record counts (kept by every import), what it sent, its entries to search, and the
 * entries a search found, read by id.
 */
import { originOverview as computeOverview, type OriginOverview } from '../../core/bundle/overview';
import type { IncomingDoc, OutgoingDoc } from '../register-records';
import type { LuutruDb } from '../schema';
import type { Fonds, UnitProfile } from '../../core/unit';
import type { Box, Dossier } from '../../core/dossiers/types';
import { foreignRecords } from './foreign-repository';
import { ENTRY_TABLES } from './upper-index-source';

export type { OriginOverview };

export async function originOverview(db: LuutruDb, selfId: string, now: Date): Promise<OriginOverview[]> {
  const [received, stats] = await Promise.all([db.receivedBundles.toArray(), db.originStats.toArray()]);
  return computeOverview(received, new Map(stats.map((s) => [s.origin, s.counts as Record<string, number>])), selfId, now);
}

/** What the consolidated inventory needs of the units received here: their profiles, fonds, dossiers and boxes (kept in blocks). */
export async function receivedHoldings(db: LuutruDb): Promise<{ units: UnitProfile[]; fonds: Fonds[]; dossiers: Dossier[]; boxes: Box[] }> {
  const [units, fonds, dossiers, boxes] = await Promise.all([
    foreignRecords(db, 'units'),
    foreignRecords(db, 'fonds'),
    foreignRecords(db, 'dossiers'),
    foreignRecords(db, 'boxes'),
  ]);
  return {
    units: (units as unknown as UnitProfile[]).filter((u) => !u.deleted),
    fonds: (fonds as unknown as Fonds[]).filter((f) => !f.deleted),
    dossiers: dossiers as unknown as Dossier[],
    boxes: boxes as unknown as Box[],
  };
}

/**
 * Every entry (not cancelled) of every unit, incoming and outgoing, read in one pass per table:
 * what the consolidated search finds in (its indexes read them unit by unit in the index worker,
 * upper-index-source.ts); the reference its tests and its bench compare with. Never shown as a whole.
 */
export async function searchableEntries(db: LuutruDb): Promise<(IncomingDoc | OutgoingDoc)[]> {
  const [incoming, outgoing, foreignIn, foreignOut] = await Promise.all([
    db.incomingDocs.filter((d) => !d.deleted).toArray(),
    db.outgoingDocs.filter((d) => !d.deleted).toArray(),
    foreignRecords(db, 'incomingDocs'),
    foreignRecords(db, 'outgoingDocs'),
  ]);
  const received = [...foreignIn, ...foreignOut].filter((r) => !r.deleted) as unknown as (IncomingDoc | OutgoingDoc)[];
  return [...incoming, ...outgoing, ...received];
}

/** The received units that have register entries here (one consolidated search scope each), sorted; from the directories' keys only. */
export async function consolidatedOrigins(db: LuutruDb): Promise<string[]> {
  const keys = (await db.foreignDirs.where('table').anyOf([...ENTRY_TABLES]).primaryKeys()) as unknown as [string, string][];
  return [...new Set(keys.map(([origin]) => origin))].sort();
}

/** This unit's own entries found by the consolidated search, by id, in the order asked (missing ones left out). */
export async function ownEntriesByIds(db: LuutruDb, ids: readonly string[]): Promise<(IncomingDoc | OutgoingDoc)[]> {
  const found = new Map<string, IncomingDoc | OutgoingDoc>();
  if (ids.length === 0) return [];
  for (const r of await db.incomingDocs.bulkGet([...ids])) if (r) found.set(r.id, r);
  const rest = ids.filter((id) => !found.has(id));
  if (rest.length) for (const r of await db.outgoingDocs.bulkGet(rest)) if (r) found.set(r.id, r);
  return ids.map((id) => found.get(id)).filter((r): r is IncomingDoc | OutgoingDoc => !!r);
}

/** About how many entries each consolidated search scope holds (for the progress of its first build): own tables counted, received units from the counts their imports keep. */
export async function consolidatedSizes(db: LuutruDb): Promise<Map<string | null, number>> {
  const [inCount, outCount, stats] = await Promise.all([db.incomingDocs.count(), db.outgoingDocs.count(), db.originStats.toArray()]);
  const out = new Map<string | null, number>([[null, inCount + outCount]]);
  for (const s of stats) out.set(s.origin, ENTRY_TABLES.reduce((n, t) => n + (s.counts[t] ?? 0), 0));
  return out;
}
