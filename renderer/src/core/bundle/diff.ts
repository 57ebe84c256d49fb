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

export function diffPayloads(a: BundlePayload, b: BundlePayload, limit = 200): PayloadDiff {
  // A record missing from a changes-only export was not changed, not removed: against a wider
  // export (after a restore, the unit's full bundle and its changes-only one), only what the
  // narrower one brings or changes differs — not every record the wider one carries.
  const skipOnlyA = covers(a, b) && !covers(b, a);
  const skipOnlyB = covers(b, a) && !covers(a, b);
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
    for (const [id, r] of rb) if (!ra.has(id) && !skipOnlyB && room()) onlyIn.push({ variant: 1, table: t, record: r });
  }
  return { onlyIn, changed, truncated };
}
