/**
 * The consolidated inventory of an upper level: for every unit (or one), every fonds and every
 * inventory (mục lục), a section of the numbered dossiers as the inventory lists them. Old
 * inventories are never renumbered (§7.6): each section keeps its unit's own numbers.
 */
import { distinctUnitNames } from '../bundle/overview';
import { compareVi } from '../text';
import { inventoryRows, yearsSpanned, type InventoryRow } from './inventory';
import type { Box, Dossier } from './types';

export type ConsolidatedUnit = { readonly id: string; readonly name: string; readonly adminCode: string };
export type ConsolidatedFonds = { readonly id: string; readonly unitId: string; readonly name: string; readonly number: string };

export type ConsolidatedSection = {
  readonly unitId: string;
  readonly fondsId: string;
  readonly inventoryNumber: number;
  /** "Ủy ban nhân dân xã Thụy Hải — Phông lưu trữ UBND xã Thụy Hải (phông số 15) — Mục lục số 1" */
  readonly heading: string;
  readonly rows: readonly InventoryRow[];
  readonly fromYear: number;
  readonly toYear: number;
  /** Of its rows, those handed over to an archive (marked in their Ghi chú); the others are still at the unit. */
  readonly deposited: number;
};

/**
 * Sections by unit code (then name), fonds name, inventory number; units without numbered dossiers are left out. Each
 * heading names its unit as the pickers do (`distinctUnitNames`, among every unit given, one printed alone too): two units
 * of one name ("Ủy ban nhân dân xã Tân Lập" of two former districts) apart by their codes.
 * `mark`: where a file is, added to its Ghi chú (duties/deposit.ts `depositMark`); the heading counts the marked ones.
 */
export function consolidatedSections(
  units: readonly ConsolidatedUnit[],
  fonds: readonly ConsolidatedFonds[],
  dossiers: readonly Dossier[],
  boxes: readonly Box[],
  onlyUnitId?: string,
  mark?: (d: Dossier) => string | undefined,
): ConsolidatedSection[] {
  const out: ConsolidatedSection[] = [];
  const shown = distinctUnitNames(units.map((u) => ({ unitId: u.id, name: u.name, adminCode: u.adminCode })));
  const nameOf = new Map(units.map((u, i) => [u.id, shown[i]!]));
  const sortedUnits = [...units].filter((u) => !onlyUnitId || u.id === onlyUnitId).sort((a, b) => a.adminCode.localeCompare(b.adminCode) || compareVi(a.name, b.name));
  for (const u of sortedUnits) {
    const unitFonds = fonds.filter((f) => f.unitId === u.id).sort((a, b) => compareVi(a.name, b.name));
    for (const f of unitFonds) {
      const numbered = dossiers.filter((d) => !d.deleted && d.origin === u.id && d.fondsId === f.id && d.fileNumber !== undefined && d.inventoryNumber !== undefined);
      const inventories = [...new Set(numbered.map((d) => d.inventoryNumber!))].sort((a, b) => a - b);
      const fondsBoxes = boxes.filter((b) => b.fondsId === f.id && !b.deleted);
      for (const inv of inventories) {
        const inside = numbered.filter((d) => d.inventoryNumber === inv);
        const years = yearsSpanned(inside)!;
        const fondsLabel = f.number ? `${f.name} (phông số ${f.number})` : f.name;
        // Each file's mark made once: counted here, printed in its row.
        const marks = new Map(inside.map((d) => [d.id, mark?.(d)]));
        const deposited = [...marks.values()].filter((m) => m !== undefined).length;
        out.push({
          unitId: u.id,
          fondsId: f.id,
          inventoryNumber: inv,
          heading: `${nameOf.get(u.id)!} — ${fondsLabel} — Mục lục số ${inv}${deposited > 0 ? ` (đã nộp lưu ${deposited}/${inside.length} hồ sơ)` : ''}`,
          rows: inventoryRows(inside, fondsBoxes, mark && ((d) => marks.get(d.id))),
          deposited,
          ...years,
        });
      }
    }
  }
  return out;
}
