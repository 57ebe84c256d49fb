/**
 * Reads for the upper level about its units' duties, from what their bundles brought: the
 * statistics reports of a year side by side (final ones only), and per unit the deposits,
 * destructions and loans recorded.
 */
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

/** Per origin: deposit batches and their dossiers, batches received, dossiers destroyed, loans made and still out. */
export async function dutiesByOrigin(db: LuutruDb): Promise<Map<string, UnitDuties>> {
  const [batches, receipts, appraisals, loans] = await Promise.all([db.depositBatches.toArray(), db.depositReceipts.toArray(), db.appraisals.toArray(), db.loans.toArray()]);
  const out = new Map<string, UnitDuties>();
  const bump = (origin: string, patch: Partial<UnitDuties>) => {
    const cur = out.get(origin) ?? ZERO;
    out.set(origin, Object.fromEntries(Object.entries(cur).map(([k, v]) => [k, v + (patch[k as keyof UnitDuties] ?? 0)])) as UnitDuties);
  };
  for (const b of batches) if (!b.deleted) bump(b.origin, { depositBatches: 1, depositedDossiers: b.dossierCount });
  for (const r of receipts) if (!r.deleted) bump(r.origin, { receivedBatches: 1 });
  const destroyed = appraisals.filter((a) => !a.deleted && a.status === 'destroyed');
  if (destroyed.length > 0) {
    const items = await db.appraisalItems.where('appraisalId').anyOf(destroyed.map((a) => a.id)).toArray();
    for (const i of items) if (!i.deleted && i.decision === 'destroy') bump(i.origin, { destroyedDossiers: 1 });
  }
  for (const l of loans) if (!l.deleted) bump(l.origin, { loans: 1, openLoans: l.returnedDate === undefined ? 1 : 0 });
  return out;
}
