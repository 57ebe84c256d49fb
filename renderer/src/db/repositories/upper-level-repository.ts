/** Reads for the upper-level view: contact with each sending unit, what it sent, its entries to search. */
import type { Box, Dossier } from '../../core/dossiers/types';
import type { Fonds, UnitProfile } from '../../core/unit';
import type { IncomingDoc, OutgoingDoc } from '../register-records';
import type { LuutruDb } from '../schema';
import { REPLICATED_TABLES } from '../../core/bundle/schema';

export type OriginOverview = {
  readonly unitId: string;
  readonly name: string;
  readonly adminCode: string;
  readonly lastSequence: number;
  readonly lastCreatedAt: string;
  readonly lastImportedAt: string;
  /** Sequence numbers below the last one never received (a bundle went missing). */
  readonly missing: readonly number[];
  readonly daysSinceContact: number;
  readonly counts: Readonly<Record<string, number>>;
};

/** Pure: which sequences 1..max are absent. */
export function missingSequences(sequences: readonly number[]): number[] {
  const have = new Set(sequences);
  const max = Math.max(0, ...sequences);
  const out: number[] = [];
  for (let i = 1; i <= max; i++) if (!have.has(i)) out.push(i);
  return out;
}

export async function originOverview(db: LuutruDb, selfId: string, now: Date): Promise<OriginOverview[]> {
  const seen = await db.seenBundles.toArray();
  const byOrigin = new Map<string, typeof seen>();
  for (const s of seen) if (s.origin !== selfId) byOrigin.set(s.origin, [...(byOrigin.get(s.origin) ?? []), s]);
  const present = new Set(db.tables.map((t) => t.name));
  const counts = new Map<string, Record<string, number>>();
  for (const t of REPLICATED_TABLES) {
    if (!present.has(t) || t === 'units' || t === 'operators') continue;
    await db.table(t).each((r: { origin: string; deleted: boolean }) => {
      if (r.origin === selfId || r.deleted) return;
      const c = counts.get(r.origin) ?? {};
      c[t] = (c[t] ?? 0) + 1;
      counts.set(r.origin, c);
    });
  }
  const out: OriginOverview[] = [];
  for (const [origin, rows] of byOrigin) {
    const sorted = [...rows].sort((a, b) => a.sequence - b.sequence);
    const last = sorted.at(-1)!;
    const unit = (await db.units.get(origin)) as { name?: string; adminCode?: string } | undefined;
    out.push({
      unitId: origin,
      name: unit?.name ?? last.originName,
      adminCode: unit?.adminCode ?? last.adminCode,
      lastSequence: last.sequence,
      lastCreatedAt: last.createdAt,
      lastImportedAt: last.importedAt,
      missing: missingSequences(sorted.map((s) => s.sequence)),
      daysSinceContact: Math.max(0, Math.floor((now.getTime() - new Date(last.importedAt).getTime()) / 86_400_000)),
      counts: counts.get(origin) ?? {},
    });
  }
  return out.sort((a, b) => a.adminCode.localeCompare(b.adminCode) || a.name.localeCompare(b.name, 'vi'));
}

/**
 * Every entry (not cancelled) of every unit, incoming and outgoing: what the consolidated
 * search indexes once, in its worker. Read in one pass per table, never shown as a whole.
 */
export async function searchableEntries(db: LuutruDb): Promise<(IncomingDoc | OutgoingDoc)[]> {
  const [incoming, outgoing] = await Promise.all([db.incomingDocs.filter((d) => !d.deleted).toArray(), db.outgoingDocs.filter((d) => !d.deleted).toArray()]);
  return [...incoming, ...outgoing];
}

/** What the consolidated inventory is made from: the units, fonds (not removed), dossiers and boxes held here. */
export async function inventorySources(db: LuutruDb): Promise<{ units: UnitProfile[]; fonds: Fonds[]; dossiers: Dossier[]; boxes: Box[] }> {
  const [units, fonds, dossiers, boxes] = await Promise.all([db.units.toArray(), db.fonds.toArray(), db.dossiers.toArray(), db.boxes.toArray()]);
  return { units: units.filter((u) => !u.deleted), fonds: fonds.filter((f) => !f.deleted), dossiers, boxes };
}
