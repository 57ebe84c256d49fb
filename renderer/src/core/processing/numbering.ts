/**
 * Final numbering of a job's slips (TT 16/2023 step 13: the hồ sơ số written on the slip and
 * the cover): in the job's stored order, permanent files in one inventory and fixed-term files
 * in another (❓ common practice, so both numbers are the job's choice), continuing after the
 * numbers already given in that inventory of the fonds — by the file plan or an earlier job —
 * and never reusing one. Refused, with the list, while any slip is unchecked or a file kept
 * ≥ 20 years has no sheet count; discarded slips are not numbered.
 */
import { assignFileNumbers, inventoryFor } from '../dossiers/inventory';
import { needsSheetCount } from '../dossiers/rules';
import type { DossierFields } from '../dossiers/types';

export type NumberableSlip = { readonly id: string } & Pick<DossierFields, 'retention' | 'checked' | 'discardReason' | 'fileNumber' | 'inventoryNumber' | 'sheetCount' | 'tempNumber' | 'position' | 'source'>;

export type Inventories = { readonly permanent: number; readonly fixedTerm: number };

export type NumberingPlan =
  | { readonly ok: true; readonly numbers: ReadonlyMap<string, { readonly inventoryNumber: number; readonly fileNumber: number }>; readonly byInventory: ReadonlyMap<number, { readonly from: number; readonly to: number; readonly count: number }> }
  | { readonly ok: false; readonly code: 'processing.uncheckedSlips' | 'processing.sheetsMissing' | 'processing.nothingToNumber'; readonly tempNumbers: readonly number[] };

/** Temporary numbers as a person reads them in a message: "3, 7, 12 … (and 40 more)". */
export function listNumbers(numbers: readonly number[], max = 20): string {
  const shown = numbers.slice(0, max).join(', ');
  return numbers.length > max ? `${shown} … (+${numbers.length - max})` : shown;
}

/**
 * The slips kept (not set aside to discard) still without a file number once some of the job's
 * files are numbered — typed after the numbering, split off a numbered file, taken off the discard
 * list: the inventory, covers, certificates and labels leave them out. Their slip numbers, in
 * order; none before anything is numbered.
 */
export function unnumberedSlips(slips: readonly (Pick<DossierFields, 'discardReason' | 'fileNumber' | 'tempNumber'> & { readonly deleted?: boolean })[]): number[] {
  const kept = slips.filter((s) => !s.deleted && s.discardReason === undefined);
  if (!kept.some((s) => s.fileNumber !== undefined)) return [];
  return kept.flatMap((s) => (s.fileNumber === undefined && s.tempNumber !== undefined ? [s.tempNumber] : [])).sort((a, b) => a - b);
}

/**
 * Numbers for the job's slips not numbered yet, given in `ordered` (the job's order). `taken`
 * holds, per inventory, the numbers other dossiers of the fonds already have.
 */
export function planJobNumbering(ordered: readonly NumberableSlip[], inventories: Inventories, taken: ReadonlyMap<number, ReadonlySet<number>>): NumberingPlan {
  const kept = ordered.filter((s) => s.discardReason === undefined);
  const unchecked = kept.filter((s) => !s.checked).map((s) => s.tempNumber ?? 0);
  if (unchecked.length > 0) return { ok: false, code: 'processing.uncheckedSlips', tempNumbers: unchecked };
  const toNumber = kept.filter((s) => s.fileNumber === undefined);
  const missing = toNumber.filter((s) => s.sheetCount === undefined && needsSheetCount({ retention: s.retention, source: 'backlog' })).map((s) => s.tempNumber ?? 0);
  if (missing.length > 0) return { ok: false, code: 'processing.sheetsMissing', tempNumbers: missing };
  if (toNumber.length === 0) return { ok: false, code: 'processing.nothingToNumber', tempNumbers: [] };
  const groups = new Map<number, string[]>();
  for (const s of toNumber) {
    const inv = inventoryFor(s.retention, inventories);
    groups.set(inv, [...(groups.get(inv) ?? []), s.id]);
  }
  const numbers = new Map<string, { inventoryNumber: number; fileNumber: number }>();
  const byInventory = new Map<number, { from: number; to: number; count: number }>();
  for (const [inv, ids] of [...groups].sort((a, b) => a[0] - b[0])) {
    const used = taken.get(inv) ?? new Set<number>();
    const start = used.size ? Math.max(...used) + 1 : 1;
    const assigned = assignFileNumbers(ids, start, used);
    const values = [...assigned.values()];
    byInventory.set(inv, { from: Math.min(...values), to: Math.max(...values), count: values.length });
    for (const [id, n] of assigned) numbers.set(id, { inventoryNumber: inv, fileNumber: n });
  }
  return { ok: true, numbers, byInventory };
}
