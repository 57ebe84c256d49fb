/**
 * The upper level's view of each sending unit (tình hình nhận dữ liệu), computed from the
 * bundles received — directly or carried by another unit — and never from the order they
 * arrived in: the last sequence and last contact are maxima, a full bundle covers every
 * sequence before it, and gaps are the sequences neither received nor covered.
 */
import { normalizedName } from './identity';

export type ReceivedSummary = {
  readonly origin: string;
  readonly originName: string;
  readonly adminCode: string;
  readonly lineage: string;
  readonly sequence: number;
  readonly createdAt: string;
  readonly range: { readonly kind: 'full' } | { readonly kind: 'since'; readonly sinceSequence: number };
  /** Carriers' names when it came inside another unit's bundle. */
  readonly via?: readonly string[];
};

export type OriginOverview = {
  readonly unitId: string;
  readonly name: string;
  readonly adminCode: string;
  readonly lastSequence: number;
  readonly lastCreatedAt: string;
  /** Sequences below the last one neither received nor covered by a later full bundle. */
  readonly missing: readonly number[];
  readonly daysSinceContact: number;
  /** Units it came through when never received directly (a merged commune passing it on). */
  readonly carriedBy: readonly string[];
  /** Key lineages seen: more than one after a unit lost its key and re-enrolled. */
  readonly lineages: number;
  readonly counts: Readonly<Record<string, number>>;
};

/**
 * Units sending under the same name and administrative code as another (two PCs each set up as the same commune, both
 * confirmed after the warning): their rows read alike in the overview and must be told apart. Their ids.
 */
export function sameNameAndCode(rows: readonly Pick<OriginOverview, 'unitId' | 'name' | 'adminCode'>[]): Set<string> {
  const counts = countsBy(rows, nameAndCode);
  return new Set(rows.filter((r) => counts.get(nameAndCode(r))! > 1).map((r) => r.unitId));
}

/** Two units alike by name (case, spacing, accents aside) and code. */
const nameAndCode = (u: { readonly name: string; readonly adminCode: string }) => `${normalizedName(u.name)}|${u.adminCode.trim()}`;

/** How many of `items` share each key. */
function countsBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * Names to tell units apart by wherever they are listed or picked from: a name alike another's (written apart only by
 * case, spacing or accents) with its administrative code; two units under the same name and code, the end of their
 * id too (as the overview's tag says).
 */
export function distinctUnitNames(units: readonly { readonly name: string; readonly adminCode: string; readonly unitId?: string }[]): string[] {
  const byName = countsBy(units, (u) => normalizedName(u.name));
  const byNameAndCode = countsBy(units, nameAndCode);
  return units.map((u) => {
    if (byName.get(normalizedName(u.name))! < 2 || !u.adminCode.trim()) return u.name;
    return byNameAndCode.get(nameAndCode(u))! > 1 && u.unitId ? `${u.name} (${u.adminCode.trim()} · ${unitIdTail(u.unitId)})` : `${u.name} (${u.adminCode.trim()})`;
  });
}

/**
 * Every unit the upper level knows (`names`: id → name), by the name that tells it apart (`distinctUnitNames`), its
 * code from the overview's rows: the one naming of its pickers (search, consolidated inventory) and lists of units.
 */
export function unitNamesById(names: Readonly<Record<string, string>>, rows: readonly Pick<OriginOverview, 'unitId' | 'adminCode'>[]): Map<string, string> {
  const codes = new Map(rows.map((r) => [r.unitId, r.adminCode]));
  const list = Object.entries(names).map(([unitId, name]) => ({ unitId, name, adminCode: codes.get(unitId) ?? '' }));
  const shown = distinctUnitNames(list);
  return new Map(list.map((u, i) => [u.unitId, shown[i]!]));
}

/**
 * The overview's units (`rows`) by the names the page tells them apart by: `known`, the page's (`unitNamesById`), once
 * read; else told apart among the rows themselves by the same rule. A unit neither names keeps its row's name.
 */
export function overviewUnitNames(rows: readonly Pick<OriginOverview, 'unitId' | 'name' | 'adminCode'>[], known?: ReadonlyMap<string, string>): Map<string, string> {
  const named = known ?? unitNamesById(Object.fromEntries(rows.map((r) => [r.unitId, r.name])), rows);
  return new Map(rows.map((r) => [r.unitId, named.get(r.unitId) ?? r.name]));
}

/**
 * "Ủy ban nhân dân xã Thụy Hải" (or "Uỷ …") → "UBND xã Thụy Hải": the one short form of a unit's name, where a column or
 * a bar's label is narrow (the reports' columns, the statistics' bars); the code that tells it apart kept.
 */
export const shortUnitName = (name: string) => name.replace(/^(?:Ủy|Uỷ) ban nhân dân\s+/iu, 'UBND ');

/**
 * A unit's id shortened to tell two apart: its last eight characters — random in a UUIDv7, whose first ones are the
 * minute it was made (two PCs set up as one commune within a minute read alike by them).
 */
export function unitIdTail(id: string): string {
  return id.replace(/-/g, '').slice(-8);
}

/** Gaps: 1..max minus received, minus what a full bundle covers (everything before it). */
export function missingSequences(received: readonly { sequence: number; range: ReceivedSummary['range'] }[]): number[] {
  const have = new Set(received.map((r) => r.sequence));
  const max = received.reduce((m, r) => Math.max(m, r.sequence), 0);
  const coveredBelow = received.filter((r) => r.range.kind === 'full').reduce((m, r) => Math.max(m, r.sequence), 0);
  const out: number[] = [];
  for (let i = coveredBelow + 1; i <= max; i++) if (!have.has(i)) out.push(i);
  return out;
}

export function originOverview(
  received: readonly ReceivedSummary[],
  counts: ReadonlyMap<string, Readonly<Record<string, number>>>,
  selfId: string,
  now: Date,
): OriginOverview[] {
  const byOrigin = new Map<string, ReceivedSummary[]>();
  for (const r of received) if (r.origin !== selfId) (byOrigin.get(r.origin) ?? byOrigin.set(r.origin, []).get(r.origin)!).push(r);
  const out: OriginOverview[] = [];
  for (const [origin, rows] of byOrigin) {
    const latest = rows.reduce((a, b) => (b.sequence > a.sequence || (b.sequence === a.sequence && b.createdAt > a.createdAt) ? b : a));
    const lastCreatedAt = rows.reduce((m, r) => (r.createdAt > m ? r.createdAt : m), '');
    const direct = rows.some((r) => !r.via || r.via.length === 0);
    const carriedBy = direct ? [] : [...new Set(rows.flatMap((r) => (r.via ?? []).slice(-1)))].sort();
    out.push({
      unitId: origin,
      name: latest.originName,
      adminCode: latest.adminCode,
      lastSequence: latest.sequence,
      lastCreatedAt,
      missing: missingSequences(rows),
      daysSinceContact: Math.max(0, Math.floor((now.getTime() - new Date(lastCreatedAt).getTime()) / 86_400_000)),
      carriedBy,
      lineages: new Set(rows.map((r) => r.lineage)).size,
      counts: counts.get(origin) ?? {},
    });
  }
  return out.sort((a, b) => a.adminCode.localeCompare(b.adminCode) || a.name.localeCompare(b.name, 'vi'));
}
