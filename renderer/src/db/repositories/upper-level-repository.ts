/** Reads for the upper-level view: contact with each sending unit (from the bundles received) and its record counts (kept by every import). */
import { originOverview as computeOverview, type OriginOverview } from '../../core/bundle/overview';
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
    units: units as unknown as UnitProfile[],
    fonds: fonds as unknown as Fonds[],
    dossiers: dossiers as unknown as Dossier[],
    boxes: boxes as unknown as Box[],
  };
}
