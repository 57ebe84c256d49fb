/**
 * The envelope every replicated record carries, and the pure helpers around it.
 * A record is never hard-deleted: `deleted` is a tombstone that travels in bundles,
 * so a deletion made at a commune also deletes at the upper level.
 */

export type RecordMeta = {
  /** UUID v7 */
  readonly id: string;
  /** Unit (UnitProfile.id) where the record was created; only that unit may change it. */
  readonly origin: string;
  /** HLC of the last change (see hlc.ts). */
  readonly clock: string;
  /** Tombstone. */
  readonly deleted: boolean;
  /** Why it was deleted (required by the UI when deleting). */
  readonly deletedReason?: string;
  /** Operator (Operator.name) who made the last change. */
  readonly changedBy: string;
};

export type Versioned<T> = T & RecordMeta;

/** Fields of RecordMeta: not compared when listing what a change touched. */
export const META_FIELDS: readonly string[] = ['id', 'origin', 'clock', 'deleted', 'deletedReason', 'changedBy'];

/** Names of the user-visible fields that differ between two versions (sorted). */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  const out: string[] = [];
  for (const k of keys) {
    if (META_FIELDS.includes(k)) continue;
    if (!sameValue(before?.[k], after[k])) out.push(k);
  }
  return out.sort();
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}
