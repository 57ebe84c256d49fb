/** Reads for the upper-level view: contact with each sending unit (from the bundles received), its record counts (kept by every import), what it sent, its entries to search. */
import { originOverview as computeOverview, type OriginOverview } from '../../core/bundle/overview';
import type { IncomingDoc, OutgoingDoc } from '../register-records';
import type { LuutruDb } from '../schema';
import type { Fonds, UnitProfile } from '../../core/unit';
import type { Box, Dossier } from '../../core/dossiers/types';
import { foreignRecords } from './foreign-repository';

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
 * Every entry (not cancelled) of every unit, incoming and outgoing: what the consolidated
 * search indexes once, in its worker. Read in one pass per table, never shown as a whole.
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
