/**
 * What differs between two bundles that claim the same place (a fork): records only in one,
 * and records in both whose fields differ — what a person needs to see to decide which one
 * the unit really sent.
 */
import { changedFields } from '../records';
import { REPLICATED_TABLES, type BundlePayload, type BundleRecord, type ReplicatedTable } from './schema';

export type PayloadDiff = {
  readonly onlyIn: readonly { readonly variant: 0 | 1; readonly table: ReplicatedTable; readonly record: BundleRecord }[];
  readonly changed: readonly { readonly table: ReplicatedTable; readonly a: BundleRecord; readonly b: BundleRecord; readonly fields: readonly string[] }[];
  /** More differences than `limit`: the lists stop there. */
  readonly truncated: boolean;
};

/** Whether `x` carries every record `y` may carry: a full export does; a changes-only one, from an earlier bundle or the same. */
function covers(x: Pick<BundlePayload, 'range'>, y: Pick<BundlePayload, 'range'>): boolean {
  if (x.range.kind === 'full') return true;
  return y.range.kind === 'since' && x.range.sinceSequence <= y.range.sinceSequence;
}

/**
 * `a`: the version received before; `b`: the one arriving now. A record missing from a
 * changes-only `b` was not changed, not removed: against a wider `a` (the old PC's full export, then
 * the restored PC's changes-only one), what `a` alone carries is not listed — it was every record.
 * The other way round everything is listed: what only a full `b` carries includes what was typed
 * again after the restore, which must be seen.
 */
export function diffPayloads(a: BundlePayload, b: BundlePayload, limit = 200): PayloadDiff {
  const skipOnlyA = covers(a, b) && !covers(b, a);
  const onlyIn: PayloadDiff['onlyIn'][number][] = [];
  const changed: PayloadDiff['changed'][number][] = [];
  let truncated = false;
  const room = () => onlyIn.length + changed.length < limit || ((truncated = true), false);
  for (const t of REPLICATED_TABLES) {
    const ra = new Map((a.records[t] ?? []).map((r) => [r.id, r]));
    const rb = new Map((b.records[t] ?? []).map((r) => [r.id, r]));
    for (const [id, r] of ra) {
      const other = rb.get(id);
      if (!other) {
        if (!skipOnlyA && room()) onlyIn.push({ variant: 0, table: t, record: r });
      } else {
        const fields = changedFields(r, other);
        if ((fields.length > 0 || r.deleted !== other.deleted) && room()) changed.push({ table: t, a: r, b: other, fields: r.deleted !== other.deleted ? [...fields, 'deleted'] : fields });
      }
    }
    for (const [id, r] of rb) if (!ra.has(id) && room()) onlyIn.push({ variant: 1, table: t, record: r });
  }
  return { onlyIn, changed, truncated };
}
