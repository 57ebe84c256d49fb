/**
 * Ordering a job's slips (hệ thống hóa, TT 16/2023 steps 9–10) within its classification: one
 * of the four schemes of §5.4 applied to the whole job (a preview says what would move), then
 * manual moves by keyboard — up or down inside the slip's heading, or to another heading.
 * The order is stored as each slip's `position` (1…N); final numbering follows it.
 */
import { orderDossiers, type NumberingOrder } from '../dossiers/inventory';
import type { DossierFields } from '../dossiers/types';
import { schemeEntries } from './scheme';
import type { ClassNode } from './types';

export type OrderableSlip = { readonly id: string } & Pick<DossierFields, 'heading' | 'notation' | 'startDate' | 'endDate' | 'retention' | 'title' | 'year' | 'classId' | 'tempNumber' | 'position'>;

export type JobOrder = { readonly order: NumberingOrder; readonly retentionAscending?: boolean };

/** Rank of a slip's heading in the scheme; slips without a (known) heading go last. */
export function headingRanker(scheme: readonly ClassNode[]): (s: Pick<DossierFields, 'classId'>) => number {
  const ranks = new Map(schemeEntries(scheme).map((e) => [e.node.id, e.rank]));
  return (s) => (s.classId !== undefined ? (ranks.get(s.classId) ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER);
}

/** The slips in the chosen scheme: heading by the classification's order, then time (or the reverse), retention first if asked. */
export function orderSlips<T extends OrderableSlip>(slips: readonly T[], scheme: readonly ClassNode[], how: JobOrder): T[] {
  return orderDossiers(slips, how.order, {
    headingRank: headingRanker(scheme),
    ...(how.retentionAscending ? { retentionAscending: true } : {}),
    tieBreak: (a, b) => (a.tempNumber ?? 0) - (b.tempNumber ?? 0),
  });
}

/** The slips in their stored order (position, then temporary number for any not placed yet). */
export function currentOrder<T extends OrderableSlip>(slips: readonly T[]): T[] {
  return [...slips].sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || (a.tempNumber ?? 0) - (b.tempNumber ?? 0));
}

export type OrderPreview = {
  /** Ids in the new order. */
  readonly ids: readonly string[];
  /** How many slips would change place. */
  readonly moved: number;
  /** For the first rows: old and new position. */
  readonly sample: readonly { readonly id: string; readonly from: number; readonly to: number }[];
};

/** What applying an order would do, before it is applied. */
export function previewOrder<T extends OrderableSlip>(slips: readonly T[], scheme: readonly ClassNode[], how: JobOrder, sampleSize = 50): OrderPreview {
  const before = new Map(currentOrder(slips).map((s, i) => [s.id, i + 1]));
  const ids = orderSlips(slips, scheme, how).map((s) => s.id);
  let moved = 0;
  const sample: { id: string; from: number; to: number }[] = [];
  ids.forEach((id, i) => {
    const from = before.get(id)!;
    if (from !== i + 1) moved++;
    if (sample.length < sampleSize) sample.push({ id, from, to: i + 1 });
  });
  return { ids, moved, sample };
}

/**
 * Moves one slip up or down among the slips of its heading (a slip never jumps into the next
 * heading by moving; it changes heading with `moveToHeading`). Returns the new order of ids.
 */
export function moveWithinHeading(ordered: readonly Pick<OrderableSlip, 'id' | 'classId'>[], id: string, direction: 'up' | 'down'): string[] {
  const ids = ordered.map((s) => s.id);
  const i = ids.indexOf(id);
  if (i < 0) return ids;
  const j = direction === 'up' ? i - 1 : i + 1;
  const other = ordered[j];
  if (!other || other.classId !== ordered[i]!.classId) return ids;
  [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  return ids;
}

/**
 * Puts a slip under another heading, at the end of that heading's slips (or, when the heading
 * has none yet, after the slips of the headings before it in the scheme).
 */
export function moveToHeading(ordered: readonly Pick<OrderableSlip, 'id' | 'classId'>[], id: string, classId: string, scheme: readonly ClassNode[]): string[] {
  const rank = headingRanker(scheme);
  const rest = ordered.filter((s) => s.id !== id);
  const target = rank({ classId });
  let at = rest.length;
  for (let i = rest.length - 1; i >= 0; i--) {
    if (rank(rest[i]!) <= target) {
      at = i + 1;
      break;
    }
    if (i === 0) at = 0;
  }
  const ids = rest.map((s) => s.id);
  ids.splice(at, 0, id);
  return ids;
}

/**
 * Position changes needed to store an order: only the slips whose place differs. `first` is the
 * position of the first id (1 for the whole job; a window's own start for a local move).
 */
export function positionChanges(slips: readonly Pick<OrderableSlip, 'id' | 'position'>[], orderedIds: readonly string[], first = 1): Map<string, number> {
  const current = new Map(slips.map((s) => [s.id, s.position]));
  const out = new Map<string, number>();
  orderedIds.forEach((id, i) => {
    if (current.get(id) !== first + i) out.set(id, first + i);
  });
  return out;
}
