/**
 * Deposit to the archive (nộp lưu, vn-records §1.10): which dossiers are due and when, and what a
 * deposit batch may hold. NĐ 30 Art. 30–31 sets the rules (files kept ≥ 5 years; within 1 year of
 * the end of the work; 3 months after final settlement for capital construction; kept back with
 * approval for at most 2 years) but the 2024 Law counts differently and its details are ❓, so
 * every deadline and threshold is a setting (`DepositRules`), never a constant in the rules.
 */
import type { FieldIssue } from '../errors';
import { addDays, isIsoDate } from '../registers/dates';
import type { Box, Dossier, DossierFields } from '../dossiers/types';
import { yearsSpanned } from '../dossiers/inventory';
import { AppError } from '../errors';
import { formatDate } from '../format';
import { dateIssue } from '../typed-date';
import type { DepositBatchFields, DepositDestination, DepositReceipt } from './types';

export type DepositRules = {
  /** Files kept at least this many years (or permanently) are deposited (NĐ 30 Art. 31.3.c: 5). */
  readonly minRetentionYears: number;
  /** Months after the end of the work (NĐ 30 and the 2024 Law: 12). */
  readonly monthsAfterWorkEnd: number;
  /**
   * 'from-date': from the day the work ended (NĐ 30 Art. 30); 'from-year': counted from the year
   * the work ended, i.e. from 31/12 of that year (the 2024 Law as summarised, 🟡).
   */
  readonly counting: 'from-date' | 'from-year';
  /** Capital construction files: months after the project's final settlement (NĐ 30: 3). */
  readonly capitalMonthsAfterSettlement: number;
  /** A file kept back with approval may stay at most this many years past its deadline (Art. 31.3.d: 2). */
  readonly keptBackMaxYears: number;
  /** The home screen warns this many days ahead. */
  readonly warningDays: number;
  /**
   * Permanent files in the unit's own lưu trữ hiện hành go on to the historical archive within this
   * many years, counted from the year of their deposit there (Luật Lưu trữ 2024 as summarised: 5, 🟡).
   */
  readonly historicalYears: number;
};

export const DEFAULT_DEPOSIT_RULES: DepositRules = {
  minRetentionYears: 5,
  monthsAfterWorkEnd: 12,
  counting: 'from-date',
  capitalMonthsAfterSettlement: 3,
  keptBackMaxYears: 2,
  warningDays: 30,
  historicalYears: 5,
};

/** Bounds of each setting, so a typo cannot make every file due or none. */
export const DEPOSIT_RULE_BOUNDS = {
  minRetentionYears: [1, 100],
  monthsAfterWorkEnd: [1, 120],
  capitalMonthsAfterSettlement: [1, 60],
  keptBackMaxYears: [0, 10],
  warningDays: [0, 365],
  historicalYears: [1, 30],
} as const;

export function validateDepositRules(r: DepositRules): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [k, [min, max]] of Object.entries(DEPOSIT_RULE_BOUNDS) as [keyof typeof DEPOSIT_RULE_BOUNDS, readonly [number, number]][]) {
    const v = r[k];
    if (!Number.isInteger(v) || v < min || v > max) issues.push({ field: k, code: 'deposit.ruleRange', params: { min, max } });
  }
  if (r.counting !== 'from-date' && r.counting !== 'from-year') issues.push({ field: 'counting', code: 'deposit.ruleRange', params: { min: 0, max: 0 } });
  return issues;
}

/** Rules read from storage: anything missing or out of range falls back to the default. */
export function readDepositRules(value: unknown): DepositRules {
  if (typeof value !== 'object' || value === null) return DEFAULT_DEPOSIT_RULES;
  const merged = { ...DEFAULT_DEPOSIT_RULES, ...(value as Partial<DepositRules>) };
  return validateDepositRules(merged).length === 0 ? merged : DEFAULT_DEPOSIT_RULES;
}

/** Calendar months after a date; the day is kept, or the month's last day when it has fewer (31/1 + 1 → 28/2). */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export type DueInput = Pick<DossierFields, 'retention' | 'year' | 'endDate' | 'capitalConstruction' | 'settlementDate' | 'keptBackApproval' | 'keptBackUntil' | 'depositBatchId'> &
  Partial<Pick<DossierFields, 'source' | 'discardReason'>> & { readonly deleted?: boolean };

/** to-historical: a permanent file in the unit's own lưu trữ hiện hành, due at the historical archive (`historicalDue`). */
export type DepositRule = 'work-end' | 'capital' | 'kept-back' | 'to-historical';
export type DepositDue = {
  /** The deadline to deposit by. */
  readonly due: string;
  readonly rule: DepositRule;
  /** The deadline before any keeping back. */
  readonly normalDue: string;
};

/** When the deadline starts counting: final settlement for capital construction, otherwise the end of the work. */
export function depositCountFrom(d: Pick<DossierFields, 'year' | 'endDate' | 'capitalConstruction' | 'settlementDate'>): string | undefined {
  if (d.capitalConstruction) return d.settlementDate && isIsoDate(d.settlementDate) ? d.settlementDate : undefined;
  return d.endDate && isIsoDate(d.endDate) ? d.endDate : `${d.year}-12-31`;
}

function deposited(r: DossierFields['retention'], rules: DepositRules): boolean {
  return r === 'permanent' || r >= rules.minRetentionYears;
}

/**
 * The deposit deadline of a dossier, or undefined when it is not deposited (short retention,
 * already deposited, deleted, or capital construction still awaiting its final settlement). A
 * backlog file (a phiếu tin of chỉnh lý) has no deadline: its papers are already in the archive's
 * store, being sorted — and one set aside to discard is never handed over.
 */
export function depositDue(d: DueInput, rules: DepositRules): DepositDue | undefined {
  if (d.deleted || d.depositBatchId !== undefined || d.source === 'backlog' || d.discardReason !== undefined || !deposited(d.retention, rules)) return undefined;
  const from = depositCountFrom(d);
  if (from === undefined) return undefined;
  let normalDue: string;
  if (d.capitalConstruction) normalDue = addMonths(from, rules.capitalMonthsAfterSettlement);
  else if (rules.counting === 'from-year') normalDue = addMonths(`${from.slice(0, 4)}-12-31`, rules.monthsAfterWorkEnd);
  else normalDue = addMonths(from, rules.monthsAfterWorkEnd);
  const rule: DepositRule = d.capitalConstruction ? 'capital' : 'work-end';
  if (d.keptBackApproval && d.keptBackUntil && isIsoDate(d.keptBackUntil) && d.keptBackUntil > normalDue) return { due: d.keptBackUntil, rule: 'kept-back', normalDue };
  return { due: normalDue, rule, normalDue };
}

/** When a permanent file deposited into the unit's own lưu trữ hiện hành on `depositedAt` is due at the historical archive: the last day of the year `historicalYears` on. */
export function historicalDue(depositedAt: string, rules: DepositRules): string {
  return `${Number(depositedAt.slice(0, 4)) + rules.historicalYears}-12-31`;
}

export type DueStatus = 'overdue' | 'soon' | 'later';

/** overdue: the deadline passed; soon: within `warningDays`; later otherwise. */
export function dueStatus(due: string, today: string, warningDays: number): DueStatus {
  if (due < today) return 'overdue';
  return due <= addDays(today, warningDays) ? 'soon' : 'later';
}

/** Keeping a file back needs the head's written approval and at most `keptBackMaxYears` past its deadline. */
export function keptBackIssues(d: DueInput, approval: string, until: string, rules: DepositRules): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!approval.trim()) issues.push({ field: 'keptBackApproval', code: 'deposit.keptBackApprovalRequired' });
  if (!isIsoDate(until)) {
    issues.push(dateIssue('keptBackUntil', until));
    return issues;
  }
  const due = depositDue({ ...d, keptBackApproval: undefined, keptBackUntil: undefined }, rules);
  if (!due) {
    issues.push({ field: 'keptBackUntil', code: 'deposit.keptBackNotDue' });
    return issues;
  }
  const limit = addMonths(due.normalDue, rules.keptBackMaxYears * 12);
  if (until > limit) issues.push({ field: 'keptBackUntil', code: 'deposit.keptBackTooLong', params: { years: rules.keptBackMaxYears, limit } });
  if (until <= due.normalDue) issues.push({ field: 'keptBackUntil', code: 'deposit.keptBackBeforeDue', params: { due: due.normalDue } });
  return issues;
}

/** How many notations a refusal names before it says "and N more". */
const NAMED = 5;

/** The refusal for `code`, naming the dossiers (the first few, then how many more: `code` + 'More'). */
function refusalNaming(code: string, notations: readonly string[]): AppError {
  const more = notations.length - NAMED;
  return new AppError(more > 0 ? `${code}More` : code, { notations: notations.slice(0, NAMED).join(', '), more, total: notations.length });
}

/**
 * What a deposit batch may hold: the unit's own closed dossiers of one fonds, not deleted, not
 * deposited before — but a permanent one in the unit's own lưu trữ hiện hành (its batch in `keptHere`)
 * going on in a batch to the historical archive —, each with its final number and in a box — the handover record (PL V.V) gives
 * the boxes and the metres of shelf they fill, and the archive finds a file by its box and number.
 * Throws the first refusal, naming the dossier (those not boxed all together), so nothing is written.
 */
export function assertDepositable(dossiers: readonly Dossier[], unitId: string, fondsId: string, destination: DepositDestination = 'historical', keptHere: ReadonlySet<string> = new Set()): void {
  if (dossiers.length === 0) throw new AppError('deposit.empty');
  for (const d of dossiers) {
    if (d.origin !== unitId) throw new AppError('record.readOnlyOrigin');
    if (d.deleted) throw new AppError('deposit.dossierDeleted', { notation: d.notation });
    if (d.fondsId !== fondsId) throw new AppError('deposit.otherFonds', { notation: d.notation });
    if (d.status !== 'closed') throw new AppError('deposit.dossierOpen', { notation: d.notation });
    if (d.depositBatchId !== undefined) {
      // In the unit's own lưu trữ hiện hành, a permanent file goes on to the historical archive; nothing else moves twice.
      const inCurrent = keptHere.has(d.depositBatchId);
      if (!inCurrent || destination !== 'historical') throw new AppError('deposit.alreadyDeposited', { notation: d.notation, date: formatDate(d.depositedAt) });
      if (d.retention !== 'permanent') throw new AppError('deposit.onlyPermanentOn', { notation: d.notation });
    }
  }
  const unnumbered = dossiers.filter((d) => d.fileNumber === undefined).map((d) => d.notation);
  if (unnumbered.length > 0) throw refusalNaming('deposit.notNumbered', unnumbered);
  const loose = dossiers.filter((d) => d.boxId === undefined).map((d) => d.notation);
  if (loose.length > 0) throw refusalNaming('deposit.notBoxed', loose);
}

export type BatchFigures = {
  readonly dossierCount: number;
  readonly boxCount: number;
  readonly metres: number;
  readonly sheetCount: number;
  readonly fromYear?: number;
  readonly toYear?: number;
};

/**
 * The quantities of the handover record (PL V.V): dossiers, the boxes they lie in, metres of
 * shelf (boxes × metres per box, a setting), sheets, and the years of the documents.
 */
export function batchFigures(dossiers: readonly Pick<Dossier, 'boxId' | 'sheetCount' | 'year' | 'startDate' | 'endDate'>[], boxes: readonly Pick<Box, 'id'>[], metresPerBox: number): BatchFigures {
  const known = new Set(boxes.map((b) => b.id));
  const boxIds = new Set(dossiers.map((d) => d.boxId).filter((b): b is string => b !== undefined && known.has(b)));
  const years = yearsSpanned(dossiers);
  return {
    dossierCount: dossiers.length,
    boxCount: boxIds.size,
    metres: Math.round(boxIds.size * metresPerBox * 1000) / 1000,
    sheetCount: dossiers.reduce((s, d) => s + (d.sheetCount ?? 0), 0),
    ...years,
  };
}

type Heading = { readonly name: string; readonly parentName: string; readonly place: string };

const ND30_BASIS = 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;';
const ARCHIVES_LAW_BASIS = 'Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;';
const ARCHIVES_LAW_2011_BASIS = 'Căn cứ Luật Lưu trữ ngày 11 tháng 11 năm 2011;';
/** The day the Law on Archives 2024 came into force (before it, the Law of 2011). */
const ARCHIVES_LAW_IN_FORCE = '2025-07-01';

/** Whether a receipt's state of the papers says they are complete ("đủ"), not "không đủ" or "chưa đủ". */
export function conditionSaysFull(condition: string): boolean {
  return /(^|[\s,.;:])đủ($|[\s,.;:])/iu.test(condition) && !/(không|chưa)\s+đủ/iu.test(condition);
}

/**
 * The Căn cứ lines a batch of `date` (yyyy-mm-dd) starts with: the Law on Archives in force that day — from 1 July 2025
 * the Law of 2024 — then, handed over from a section of the unit, NĐ 30 and `plan` (its file plan); files going `onward`
 * from the unit's lưu trữ hiện hành to a historical archive under the Law alone. The form and the Biên bản of a batch
 * saved with none use it.
 */
export function depositBasis(date: string, onward: boolean, plan?: string): string[] {
  if (onward) return [archivesLawBasis(date)];
  return [...(date >= ARCHIVES_LAW_IN_FORCE ? [ARCHIVES_LAW_BASIS] : []), ND30_BASIS, ...(plan ? [plan] : [])];
}

/** The Căn cứ line of the Law on Archives in force on `date` (yyyy-mm-dd): the Law of 2024 from 1 July 2025, else that of 2011. */
export function archivesLawBasis(date: string): string {
  return date >= ARCHIVES_LAW_IN_FORCE ? ARCHIVES_LAW_BASIS : ARCHIVES_LAW_2011_BASIS;
}

/**
 * Who heads the Mục lục nộp lưu: the office handing over under the unit as its parent — or, when
 * the unit itself hands over (its own name, as the batch form offers it), the unit under its own
 * parent, not its name twice.
 */
export function depositInventoryHeader(giverUnit: string, unit: Heading): Heading {
  const same = giverUnit.trim().toLocaleLowerCase('vi') === unit.name.trim().toLocaleLowerCase('vi');
  return giverUnit.trim() && !same ? { name: giverUnit, parentName: unit.name, place: unit.place } : unit;
}

/**
 * Where a batch's papers went (types.ts `destination`). A batch made before the form asked counts as
 * handed to an archive elsewhere, as every batch did then (archives recorded their receipt and lend
 * their files): its reading does not change under them.
 */
export function batchDestination(b: Pick<DepositBatchFields, 'destination'>): DepositDestination {
  return b.destination ?? 'historical';
}

/** Whether a batch of these files hands on files already deposited into the unit's lưu trữ hiện hành. */
export function goesOnward(dossiers: readonly Pick<DossierFields, 'depositBatchId'>[]): boolean {
  return dossiers.some((d) => d.depositBatchId !== undefined);
}

/**
 * Where a new batch of these files goes unless changed: files going on from the unit's lưu trữ hiện hành, to the
 * historical archive; a batch holding a fixed-term file, into the unit's own lưu trữ hiện hành (fixed-term files stay
 * at the unit: it went where the last batch went, the historical archive, with 5- and 10-year files); permanent files,
 * where the last batch went, else the unit's own (NĐ 30's deposit within a year).
 */
export function defaultDestination(dossiers: readonly Pick<DossierFields, 'retention' | 'depositBatchId'>[], last: Pick<DepositBatchFields, 'destination'> | undefined): DepositDestination {
  if (goesOnward(dossiers)) return 'historical';
  if (dossiers.some((d) => d.retention !== 'permanent')) return 'current';
  return last ? batchDestination(last) : 'current';
}

/** Whether a batch went into its unit's own lưu trữ hiện hành: its papers stayed at the unit. */
export function keptAtUnit(b: Pick<DepositBatchFields, 'destination'>): boolean {
  return batchDestination(b) === 'current';
}

/** The day `unitId` recorded each batch received, by batch, from its receipts (cancelled ones, and other units' records, left out). */
export function receivedDays(receipts: readonly Pick<DepositReceipt, 'batchId' | 'receivedDate' | 'deleted' | 'origin'>[], unitId: string): Map<string, string> {
  return new Map(receipts.filter((r) => !r.deleted && r.origin === unitId).map((r) => [r.batchId, r.receivedDate]));
}

/** What an upper level knows of where a unit's files went: the unit's batches by id, and the day it recorded each received. */
export type DepositFacts = {
  readonly batches: ReadonlyMap<string, Pick<DepositBatchFields, 'date' | 'destination'> & { readonly deleted: boolean }>;
  readonly received?: ReadonlyMap<string, string>;
};

/**
 * A unit's file as a consolidated inventory's Ghi chú marks it, in two short lines of its narrow column: received by this
 * archive ("Đã nhận 15/01/2027"), handed over to an archive and not recorded received here ("Nộp lưu 10/03/2026"), or
 * nothing — still at the unit (its own lưu trữ hiện hành included). (A longer sentence took five lines a row.)
 */
export function depositMark(d: Pick<Dossier, 'depositBatchId'>, facts: DepositFacts): string | undefined {
  const batch = d.depositBatchId !== undefined ? facts.batches.get(d.depositBatchId) : undefined;
  if (!batch || batch.deleted || keptAtUnit(batch)) return undefined;
  const got = facts.received?.get(d.depositBatchId!);
  return got ? `Đã nhận ${formatDate(got)}` : `Nộp lưu ${formatDate(batch.date)}`;
}
