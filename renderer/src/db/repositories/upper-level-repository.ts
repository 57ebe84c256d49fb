/** Reads for the upper-level view: contact with each sending unit (from the bundles received) and its record counts (kept by every import). */
import { originOverview as computeOverview, type OriginOverview } from '../../core/bundle/overview';
import type { LuutruDb } from '../schema';

export type { OriginOverview };

export async function originOverview(db: LuutruDb, selfId: string, now: Date): Promise<OriginOverview[]> {
  const [received, stats] = await Promise.all([db.receivedBundles.toArray(), db.originStats.toArray()]);
  return computeOverview(received, new Map(stats.map((s) => [s.origin, s.counts as Record<string, number>])), selfId, now);
}
