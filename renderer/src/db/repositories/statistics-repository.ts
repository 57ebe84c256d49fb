/**
 * The yearly statistics report of this unit: the computed figures for a year (documents from that
 * year's registers, dossiers, holdings at 31/12, collection, use), the typed figures, and the
 * report record — a draft, then final (its figures fixed) so that it travels upward in bundles.
 */
import Dexie from 'dexie';
import { AppError } from '../../core/errors';
import { computeStatistics, figuresRefusal, normaliseForms, reportValues, TYPED_KEYS, typedFigureIssues, type StatInput } from '../../core/duties/statistics';
import type { DepositBatch, StatForm, StatReport, StatReportFields } from '../../core/duties/types';
import { cleanMultiline } from '../../core/registers/validation';
import { writeChanges, type Session } from '../changes';
import type { LuutruDb } from '../schema';
import { getMetresPerBox } from './dossier-repository';
import { DutyInvalidError } from './duties-settings';
import { batchDossiers } from './deposit-repository';
import { foreignRecordsById } from './foreign-repository';
import { loansInYears } from './loan-repository';

/** Live documents registered in the unit's registers of `year`: incoming, and outgoing plus internal. */
async function documentCounts(db: LuutruDb, unitId: string, year: number): Promise<{ incoming: number; outgoing: number }> {
  const registers = (await db.registers.where('[unitId+kind+year]').between([unitId, '', year], [unitId, '\uffff', year]).toArray()).filter((r) => !r.deleted && r.year === year);
  let incoming = 0;
  let outgoing = 0;
  for (const r of registers) {
    if (r.kind === 'incoming') incoming += await db.incomingDocs.where('[registerId+arrivalNumber]').between([r.id, Dexie.minKey], [r.id, Dexie.maxKey]).filter((d) => !d.deleted).count();
    else outgoing += await db.outgoingDocs.where('[registerId+number]').between([r.id, Dexie.minKey], [r.id, Dexie.maxKey]).filter((d) => !d.deleted).count();
  }
  return { incoming, outgoing };
}

/** What the computation needs for `year`, read through the unit's indexes. */
export async function statisticsInput(db: LuutruDb, unitId: string, year: number): Promise<StatInput> {
  const [docs, dossiers, boxes, jobs, batches, ownReceipts, loans, metresPerBox] = await Promise.all([
    documentCounts(db, unitId, year),
    db.dossiers.where('unitId').equals(unitId).toArray(),
    db.boxes.where('unitId').equals(unitId).toArray(),
    db.processingJobs.where('unitId').equals(unitId).toArray(),
    db.depositBatches.where('unitId').equals(unitId).toArray(),
    db.depositReceipts.where('unitId').equals(unitId).toArray(),
    loansInYears(db, year).then((loans) => loans.filter((l) => l.unitId === unitId)),
    getMetresPerBox(db),
  ]);
  // The batches this unit recorded received (another unit's batch and its dossiers are in that unit's blocks, read by
  // id); a batch the unit cancelled since hands nothing over (its files, deposited again, come in another batch).
  const live = ownReceipts.filter((r) => !r.deleted && r.origin === unitId);
  const handed = live.length > 0 ? await foreignRecordsById(db, 'depositBatches', live.map((r) => r.batchId)) : new Map();
  const received = await Promise.all(
    live.flatMap((receipt) => {
      const batch = handed.get(receipt.batchId) as DepositBatch | undefined;
      return batch && !batch.deleted ? [batchDossiers(db, batch.id).then((dossiers) => ({ receipt, batch, dossiers }))] : [];
    }),
  );
  const loanItems = loans.length ? await db.loanItems.where('loanId').anyOf(loans.map((l) => l.id)).toArray() : [];
  return {
    year,
    unitId,
    outgoingCount: docs.outgoing,
    incomingCount: docs.incoming,
    dossiers,
    boxes,
    jobs,
    batches,
    receipts: received.map(({ receipt, batch, dossiers }) => ({ ...receipt, metres: batch.metres, boxCount: batch.boxCount, dossierCount: batch.dossierCount, dossiers })),
    loans,
    loanItems,
    metresPerBox,
  };
}

export async function computedStatistics(db: LuutruDb, unitId: string, year: number): Promise<Record<string, number>> {
  return computeStatistics(await statisticsInput(db, unitId, year));
}

export async function getReport(db: LuutruDb, unitId: string, year: number): Promise<StatReport | undefined> {
  return (await db.statReports.where('[unitId+year]').equals([unitId, year]).toArray()).find((r) => !r.deleted);
}

export type ReportView = { readonly report?: StatReport; readonly values: Record<string, number>; readonly computed: Record<string, number> };

/** The figures to show for a year: a final report's fixed figures, or today's computation with what was typed. */
export async function reportView(db: LuutruDb, unitId: string, year: number): Promise<ReportView> {
  const [report, computed] = await Promise.all([getReport(db, unitId, year), computedStatistics(db, unitId, year)]);
  return { ...(report ? { report } : {}), values: reportValues(report, computed), computed };
}

/** The typed figures to keep; any bad one refuses the whole report, naming the first row and counting the others. */
function checkTyped(typed: Readonly<Record<string, number>>, forms: readonly StatForm[]): Record<string, number> {
  const issues = typedFigureIssues(forms, typed);
  if (issues.length > 0) throw new DutyInvalidError(issues, figuresRefusal(issues));
  return Object.fromEntries(Object.entries(typed).filter(([k]) => TYPED_KEYS.includes(k)));
}

async function writeReport(db: LuutruDb, session: Session, year: number, fields: Omit<StatReportFields, 'unitId' | 'year'>, action: string): Promise<StatReport> {
  if (!Number.isInteger(year) || year < 1945 || year > 2200) throw new AppError('dossier.yearRange');
  return writeChanges(db, session, { action, detail: String(year) }, ['statReports'], async (c) => {
    const before = await getReport(db, session.unitId, year);
    const next: StatReportFields = { ...fields, unitId: session.unitId, year };
    if (!before) return c.create<StatReportFields>('statReports', next) as StatReport;
    return c.updateKnown<StatReportFields>('statReports', before, next) as StatReport;
  });
}

/** Saves the typed figures of a draft (staff, storage, equipment, budget). A final report must be reopened first. */
export async function saveReportDraft(db: LuutruDb, session: Session, year: number, typed: Readonly<Record<string, number>>, forms: readonly StatForm[], note = ''): Promise<StatReport> {
  const normalised = normaliseForms(forms);
  const values = checkTyped(typed, normalised);
  const before = await getReport(db, session.unitId, year);
  if (before?.status === 'final') throw new AppError('stats.reportFinal', { year });
  return writeReport(db, session, year, { forms: normalised, values, status: 'draft', preparedBy: session.operator, note: cleanMultiline(note) }, 'stats.draft');
}

/** Finalises the report: today's computed figures and the typed ones are fixed in it; it travels upward with the next bundle. */
export async function finaliseReport(db: LuutruDb, session: Session, year: number, typed: Readonly<Record<string, number>>, forms: readonly StatForm[], now: Date, note = ''): Promise<StatReport> {
  const normalised = normaliseForms(forms);
  const fixed = checkTyped(typed, normalised);
  const values = { ...(await computedStatistics(db, session.unitId, year)), ...fixed };
  return writeReport(db, session, year, { forms: normalised, values, status: 'final', finalisedAt: now.toISOString(), preparedBy: session.operator, note: cleanMultiline(note) }, 'stats.finalise');
}

/** Reopens a final report for correction: back to a draft keeping the typed figures; it must be finalised again. */
export async function reopenReport(db: LuutruDb, session: Session, year: number): Promise<StatReport> {
  const before = await getReport(db, session.unitId, year);
  if (!before) throw new AppError('record.notFound');
  const typed = Object.fromEntries(Object.entries(before.values).filter(([k]) => TYPED_KEYS.includes(k)));
  return writeReport(db, session, year, { forms: before.forms, values: typed, status: 'draft', preparedBy: before.preparedBy, note: before.note }, 'stats.reopen');
}
