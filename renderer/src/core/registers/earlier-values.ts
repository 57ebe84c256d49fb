/**
 * Suggestions from last year's register. A new year's register starts empty, so on the first
 * working days of January the forms suggested nothing: every sender, recipient and signer typed
 * out in full again. The register of the same series the year before (same unit, kind, issuing
 * body, secret or not) lends the values its latest entries used, most used first; this year's own
 * values come before them in the forms. Pure.
 */
import type { Register } from './types';

/** Entries read from the end of last year's register: enough for its regular senders, bounded at any size. */
export const EARLIER_ENTRIES = 2000;

/** The register this one continues: the same series in the latest year before it (its last volume). */
export function previousRegister(register: Register, registers: readonly Register[]): Register | undefined {
  let best: Register | undefined;
  for (const r of registers) {
    if (r.deleted || r.id === register.id || r.year >= register.year) continue;
    if (r.unitId !== register.unitId || r.kind !== register.kind || r.secret !== register.secret || (r.issuingBodyId ?? '') !== (register.issuingBodyId ?? '')) continue;
    if (!best || r.year > best.year || (r.year === best.year && (r.volume ?? 1) > (best.volume ?? 1))) best = r;
  }
  return best;
}

/** Per field, the values of `entries` most used first (ties in the order met: the newest entries come first). */
export function valuesByUse(entries: readonly Readonly<Record<string, unknown>>[], fields: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of fields) {
    const counts = new Map<string, number>();
    for (const e of entries) {
      const v = e[f];
      if (typeof v === 'string' && v.trim() !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    out[f] = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
  }
  return out;
}
