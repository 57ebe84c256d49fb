/**
 * Reads for the upper level about its units' duties, from what their bundles brought: the
 * statistics reports of a year side by side (final ones only), and per unit the deposits,
 * destructions and loans recorded.
 */
import Dexie from 'dexie';
import type { StatReport } from '../../core/duties/types';
import type { LuutruDb } from '../schema';

export type UnitReport = { readonly unitId: string; readonly unitName: string; readonly adminCode: string; readonly report: StatReport };

/** Final reports of `year` received from other units, by unit code. */
export async function unitReports(db: LuutruDb, selfId: string, year: number): Promise<UnitReport[]> {
  const reports = (await db.statReports.where('year').equals(year).toArray()).filter((r) => !r.deleted && r.origin !== selfId && r.status === 'final');
  const units = new Map((await db.units.bulkGet([...new Set(reports.map((r) => r.unitId))])).filter((u) => u !== undefined).map((u) => [u.id, u]));
  return reports
    .map((report) => ({ unitId: report.unitId, unitName: units.get(report.unitId)?.name ?? report.unitId, adminCode: units.get(report.unitId)?.adminCode ?? '', report }))
    .sort((a, b) => a.adminCode.localeCompare(b.adminCode) || a.unitName.localeCompare(b.unitName, 'vi'));
}

/** Years for which reports were received. */
export async function reportYears(db: LuutruDb, selfId: string): Promise<number[]> {
  const years = new Set<number>();
  await db.statReports.each((r) => {
    if (!r.deleted && r.origin !== selfId && r.status === 'final') years.add(r.year);
  });
  return [...years].sort((a, b) => b - a);
}

export type UnitDuties = {
  readonly depositBatches: number;
  readonly depositedDossiers: number;
  readonly receivedBatches: number;
  readonly destroyedDossiers: number;
  readonly loans: number;
  readonly openLoans: number;
};

const ZERO: UnitDuties = { depositBatches: 0, depositedDossiers: 0, receivedBatches: 0, destroyedDossiers: 0, loans: 0, openLoans: 0 };

/**
 * Per unit: deposit batches and their dossiers, batches it recorded as received, dossiers destroyed,
 * loans made and still out — counted through each table's unit index, never a whole table.
 */
export async function dutiesByUnit(db: LuutruDb, unitIds: readonly string[]): Promise<Map<string, UnitDuties>> {
  const out = new Map<string, UnitDuties>();
  for (const unitId of unitIds) {
    const [batches, receipts, appraisals, loans, openLoans] = await Promise.all([
      db.depositBatches.where('unitId').equals(unitId).filter((b) => !b.deleted).toArray(),
      db.depositReceipts.where('unitId').equals(unitId).filter((r) => !r.deleted).count(),
      db.appraisals.where('unitId').equals(unitId).filter((a) => !a.deleted && a.status === 'destroyed').primaryKeys(),
      db.loans.where('unitId').equals(unitId).filter((l) => !l.deleted).count(),
      db.loans.where('[unitId+openDue]').between([unitId, Dexie.minKey], [unitId, Dexie.maxKey]).filter((l) => !l.deleted && l.returnedDate === undefined).count(),
    ]);
    const destroyed = appraisals.length ? await db.appraisalItems.where('appraisalId').anyOf(appraisals).filter((i) => !i.deleted && i.decision === 'destroy').count() : 0;
    out.set(unitId, { ...ZERO, depositBatches: batches.length, depositedDossiers: batches.reduce((n, b) => n + b.dossierCount, 0), receivedBatches: receipts, destroyedDossiers: destroyed, loans, openLoans });
  }
  return out;
}
