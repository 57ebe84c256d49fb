/**
 * Reads for the upper level about its units' duties, from what their bundles brought (kept in
 * each unit's blocks, foreign-store.ts): the statistics reports of a year side by side (final
 * ones only), and per unit the deposits, destructions and loans recorded.
 */
import type { Appraisal, AppraisalItem, DepositBatch, DepositReceipt, Loan, StatReport } from '../../core/duties/types';
import type { FieldIssue } from '../../core/errors';
import { receivedFigureIssues } from '../../core/duties/statistics';
import { keptAtUnit } from '../../core/duties/deposit';
import type { UnitProfile } from '../../core/unit';
import type { LuutruDb } from '../schema';
import { foreignRecords, foreignRecordsOf } from './foreign-repository';

export type UnitReport = {
  readonly unitId: string;
  readonly unitName: string;
  readonly adminCode: string;
  readonly report: StatReport;
  /** Figures that do not hold as the app checks them now (a report made before a rule): shown, not dropped. */
  readonly issues: readonly FieldIssue[];
};

/** Final reports of `year` received from other units, by unit code, each with what does not hold in it. */
export async function unitReports(db: LuutruDb, selfId: string, year: number): Promise<UnitReport[]> {
  const reports = (await receivedReports(db, selfId)).filter((r) => r.year === year);
  const units = new Map(((await foreignRecords(db, 'units')) as unknown as UnitProfile[]).map((u) => [u.id, u]));
  return reports
    .map((report) => ({ unitId: report.unitId, unitName: units.get(report.unitId)?.name ?? report.unitId, adminCode: units.get(report.unitId)?.adminCode ?? '', report, issues: receivedFigureIssues(report.forms, report.values) }))
    .sort((a, b) => a.adminCode.localeCompare(b.adminCode) || a.unitName.localeCompare(b.unitName, 'vi'));
}

/** Years for which reports were received. */
export async function reportYears(db: LuutruDb, selfId: string): Promise<number[]> {
  return [...new Set((await receivedReports(db, selfId)).map((r) => r.year))].sort((a, b) => b - a);
}

/** Final reports received from other units (a few per unit and year). */
async function receivedReports(db: LuutruDb, selfId: string): Promise<StatReport[]> {
  return ((await foreignRecords(db, 'statReports')) as unknown as StatReport[]).filter((r) => !r.deleted && r.origin !== selfId && r.status === 'final');
}

export type UnitDuties = {
  readonly depositBatches: number;
  /** Dossiers handed into the unit's own lưu trữ hiện hành, and to the historical archive (or another body): a file that went on is in each once. */
  readonly dossiersToCurrent: number;
  readonly dossiersToHistorical: number;
  readonly receivedBatches: number;
  readonly destroyedDossiers: number;
  readonly loans: number;
  readonly openLoans: number;
};

/** A unit none of whose duties came (yet). */
export const NO_DUTIES: UnitDuties = { depositBatches: 0, dossiersToCurrent: 0, dossiersToHistorical: 0, receivedBatches: 0, destroyedDossiers: 0, loans: 0, openLoans: 0 };

/**
 * Per unit received: deposit batches and their dossiers, batches it recorded as received,
 * dossiers destroyed, loans made and still out — read from that unit's blocks (small tables).
 */
export async function dutiesByUnit(db: LuutruDb, unitIds: readonly string[]): Promise<Map<string, UnitDuties>> {
  const out = new Map<string, UnitDuties>();
  for (const unitId of unitIds) {
    const of = async <T extends { deleted: boolean }>(table: 'depositBatches' | 'depositReceipts' | 'appraisals' | 'appraisalItems' | 'loans') =>
      ((await foreignRecordsOf(db, table, unitId)) as unknown as T[]).filter((r) => !r.deleted);
    const [batches, receipts, appraisals, items, loans] = await Promise.all([of<DepositBatch>('depositBatches'), of<DepositReceipt>('depositReceipts'), of<Appraisal>('appraisals'), of<AppraisalItem>('appraisalItems'), of<Loan>('loans')]);
    const destroyedAppraisals = new Set(appraisals.filter((a) => a.status === 'destroyed').map((a) => a.id));
    out.set(unitId, {
      depositBatches: batches.length,
      // Counted by where they went: summed, a file that went on from the lưu trữ hiện hành counted twice.
      dossiersToCurrent: batches.filter(keptAtUnit).reduce((n, b) => n + b.dossierCount, 0),
      dossiersToHistorical: batches.filter((b) => !keptAtUnit(b)).reduce((n, b) => n + b.dossierCount, 0),
      receivedBatches: receipts.length,
      destroyedDossiers: items.filter((i) => destroyedAppraisals.has(i.appraisalId) && i.decision === 'destroy').length,
      loans: loans.length,
      openLoans: loans.filter((l) => l.returnedDate === undefined).length,
    });
  }
  return out;
}
