/**
 * What the upper level reads of its units' duties, from the records their bundles brought: the
 * yearly statistics reports side by side (final ones only), and per unit the deposits,
 * destructions and loans recorded. Pure, so the app's IndexedDB (upper-duties-repository.ts) and
 * the province archive's PostgreSQL (archive/reads.ts) give the same answer from their own reads.
 */
import type { FieldIssue } from '../errors';
import { distinctUnitNames, shortUnitName } from '../bundle/overview';
import { receivedFigureIssues } from './statistics';
import { keptAtUnit } from './deposit';
import type { Appraisal, AppraisalItem, DepositBatch, DepositReceipt, Loan, StatReport } from './types';

export type UnitReport = {
  readonly unitId: string;
  readonly unitName: string;
  readonly adminCode: string;
  readonly report: StatReport;
  /** Figures that do not hold as the app checks them now (a report made before a rule): shown, not dropped. */
  readonly issues: readonly FieldIssue[];
};

/** A unit as the reports name it. */
type ReportingUnit = { readonly id: string; readonly name: string; readonly adminCode?: string };

/** The reports sent by other units than `selfId`, made final, not deleted. */
function receivedReports(reports: readonly StatReport[], selfId: string): StatReport[] {
  return reports.filter((r) => !r.deleted && r.origin !== selfId && r.status === 'final');
}

/** The reports received and the year shown (see `ReportsView`). */
export type ReportsView = {
  /** Years for which final reports were received, newest first. */
  readonly years: readonly number[];
  /** The year chosen, else the newest received, else last year. */
  readonly year: number;
  /** That year's final reports, by unit code then name, each with what does not hold in it. */
  readonly reports: readonly UnitReport[];
};

/** What the upper level shows of the statistics reports its units sent (every report of every unit read, a few per unit and year). */
export function reportsView(reports: readonly StatReport[], units: readonly ReportingUnit[], selfId: string, chosen: number | undefined, now: Date): ReportsView {
  const received = receivedReports(reports, selfId);
  const years = [...new Set(received.map((r) => r.year))].sort((a, b) => b - a);
  const year = chosen ?? years[0] ?? now.getFullYear() - 1;
  const byId = new Map(units.map((u) => [u.id, u]));
  const shown = received
    .filter((r) => r.year === year)
    .map((report) => {
      const unit = byId.get(report.unitId);
      return { unitId: report.unitId, unitName: unit?.name ?? report.unitId, adminCode: unit?.adminCode ?? '', report, issues: receivedFigureIssues(report.forms, report.values) };
    })
    .sort((a, b) => a.adminCode.localeCompare(b.adminCode) || a.unitName.localeCompare(b.unitName, 'vi'));
  return { years, year, reports: shown };
}

/** A unit as a card of reports names it: its full name and code, as its records give them. */
type NamedUnit = { readonly unitId: string; readonly name: string; readonly adminCode: string };

/**
 * The names one card of the reports gives its units, in its columns and in its alerts alike: each by its short name
 * ("UBND xã …"), with its code where two of them read alike ("Thụy Liên" and "Thuỵ Liên"), and the end of its id where
 * their codes are alike too (the rule of `distinctUnitNames`). Told apart among every unit of the card — those that
 * reported (by the name their report came with) and those that did not — so a unit reads the same wherever it is named.
 */
export function reportUnitNames(reports: readonly Pick<UnitReport, 'unitId' | 'unitName' | 'adminCode'>[], others: readonly NamedUnit[] = []): Map<string, string> {
  const units = new Map<string, NamedUnit>();
  for (const r of reports) if (!units.has(r.unitId)) units.set(r.unitId, { unitId: r.unitId, name: r.unitName, adminCode: r.adminCode });
  for (const u of others) if (!units.has(u.unitId)) units.set(u.unitId, u);
  const list = [...units.values()];
  // Told apart by their full names first ("Uỷ ban nhân dân xã Thụy Liên" and "Ủy ban nhân dân xã Thụy Liên" are alike).
  const names = distinctUnitNames(list).map(shortUnitName);
  return new Map(list.map((u, i) => [u.unitId, names[i]!]));
}

/** The reports' columns as printed and shown, one per report (see `reportUnitNames`; `others`: the card's units that did not report). */
export function reportColumns(reports: readonly Pick<UnitReport, 'unitId' | 'unitName' | 'adminCode'>[], others: readonly NamedUnit[] = []): string[] {
  const names = reportUnitNames(reports, others);
  return reports.map((r) => names.get(r.unitId)!);
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

/** A unit's duty records, table by table, as its bundles brought them (deleted ones are left out here). */
export type DutyRecords = {
  readonly depositBatches: readonly DepositBatch[];
  readonly depositReceipts: readonly DepositReceipt[];
  readonly appraisals: readonly Appraisal[];
  readonly appraisalItems: readonly AppraisalItem[];
  readonly loans: readonly Loan[];
};

/** The tables a unit's duties are counted from. */
export const DUTY_TABLES = ['depositBatches', 'depositReceipts', 'appraisals', 'appraisalItems', 'loans'] as const satisfies readonly (keyof DutyRecords)[];

/** Whether a date ("2025-06-10") falls in `year`; every date when no year is asked. */
const inYear = (date: string | undefined, year: number | undefined) => year === undefined || (date !== undefined && date.slice(0, 4) === String(year));

/**
 * A unit's deposit batches and their dossiers, the batches it recorded as received, its dossiers destroyed, its loans
 * made and still out — of `year` when asked (a batch by its handover day, a receipt by its day, a destruction by the day
 * of its minutes, a loan by the day it was lent: of those, the ones still out), else of every year.
 */
function unitDutiesOf(records: DutyRecords, year: number | undefined): UnitDuties {
  const live = <T extends { readonly deleted: boolean }>(rows: readonly T[]) => rows.filter((r) => !r.deleted);
  const batches = live(records.depositBatches).filter((b) => inYear(b.date, year));
  const loans = live(records.loans).filter((l) => inYear(l.loanDate, year));
  const destroyedAppraisals = new Set(live(records.appraisals).filter((a) => a.status === 'destroyed' && inYear(a.destroyedOn, year)).map((a) => a.id));
  return {
    depositBatches: batches.length,
    // Counted by where they went: summed, a file that went on from the lưu trữ hiện hành counted twice.
    dossiersToCurrent: batches.filter(keptAtUnit).reduce((n, b) => n + b.dossierCount, 0),
    dossiersToHistorical: batches.filter((b) => !keptAtUnit(b)).reduce((n, b) => n + b.dossierCount, 0),
    receivedBatches: live(records.depositReceipts).filter((r) => inYear(r.receivedDate, year)).length,
    destroyedDossiers: live(records.appraisalItems).filter((i) => destroyedAppraisals.has(i.appraisalId) && i.decision === 'destroy').length,
    loans: loans.length,
    openLoans: loans.filter((l) => l.returnedDate === undefined).length,
  };
}

/**
 * Per unit of `unitIds`: its duties of `year` (undefined: of every year, to date), counted from every unit's duty
 * records (each kept by its origin); a unit with none has none.
 */
export function dutiesOfUnits(unitIds: readonly string[], records: DutyRecords, year?: number): Record<string, UnitDuties> {
  const empty = () => Object.fromEntries(DUTY_TABLES.map((table) => [table, []])) as unknown as { -readonly [T in keyof DutyRecords]: DutyRecords[T][number][] };
  const byUnit = new Map(unitIds.map((id) => [id, empty()]));
  for (const table of DUTY_TABLES) for (const r of records[table]) (byUnit.get(r.origin)?.[table] as { origin: string }[] | undefined)?.push(r);
  return Object.fromEntries([...byUnit].map(([id, own]) => [id, unitDutiesOf(own, year)]));
}
