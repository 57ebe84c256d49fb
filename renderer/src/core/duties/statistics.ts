/**
 * The yearly statistics report on records work (báo cáo thống kê công tác văn thư, lưu trữ;
 * vn-records §11). The form numbers and titles are data (the current numbering is ❓): each report
 * keeps the set it was made with. Indicators are computed from the data for a chosen year, or
 * typed in where the data cannot know (staff, storage, equipment, budget). The upper level puts
 * its units' reports side by side and totals them.
 */
import type { Box, Dossier, ProcessingJob } from '../dossiers/types';
import type { FieldIssue } from '../errors';
import { parseDecimal } from '../format';
import { readerKey } from './loans';
import type { DepositBatch, DepositReceipt, Loan, LoanItem, StatForm, StatReportFields } from './types';

/**
 * Form numbers as a 2022 provincial notice lists them (0801–0813, 🟡) for the five the reference
 * names; the others are placeholders. Editable in the app, kept with each report.
 */
export const DEFAULT_STAT_FORMS: readonly StatForm[] = [
  { key: 'documents', number: '0804.N/BNV-VTLT', title: 'Số lượng văn bản đi, văn bản đến' },
  { key: 'dossiers', number: '0805.N/BNV-VTLT', title: 'Số lượng hồ sơ lập và hồ sơ nộp lưu vào lưu trữ hiện hành' },
  { key: 'holdings', number: '0808.N/BNV-VTLT', title: 'Tài liệu lưu trữ đang bảo quản' },
  { key: 'collected', number: '0809.N/BNV-VTLT', title: 'Tài liệu thu thập vào lưu trữ' },
  { key: 'used', number: '0810.N/BNV-VTLT', title: 'Khai thác, sử dụng tài liệu lưu trữ' },
  { key: 'staff', number: '0801.N/BNV-VTLT', title: 'Tổ chức, nhân sự làm công tác văn thư, lưu trữ' },
  { key: 'storage', number: '0811.N/BNV-VTLT', title: 'Kho lưu trữ và trang thiết bị bảo quản' },
  { key: 'budget', number: '0813.N/BNV-VTLT', title: 'Kinh phí cho công tác văn thư, lưu trữ' },
];

export type Indicator = {
  readonly key: string;
  readonly form: string;
  /** Tên chỉ tiêu as printed. */
  readonly label: string;
  /** Đơn vị tính. */
  readonly unit: string;
  readonly source: 'computed' | 'typed';
  /** Shown with decimals (metres, area, budget). */
  readonly decimals?: boolean;
  /** The largest figure that can be typed (a sane bound: a slip of the keyboard, not a real count). */
  readonly max?: number;
  /** A "Trong đó" row: a part of this indicator, never more than it. */
  readonly partOf?: string;
};

export const INDICATORS: readonly Indicator[] = [
  { key: 'outgoingDocs', form: 'documents', label: 'Văn bản đi', unit: 'văn bản', source: 'computed' },
  { key: 'incomingDocs', form: 'documents', label: 'Văn bản đến', unit: 'văn bản', source: 'computed' },
  { key: 'dossiersFormed', form: 'dossiers', label: 'Hồ sơ lập trong năm', unit: 'hồ sơ', source: 'computed' },
  { key: 'dossiersFormedPermanent', form: 'dossiers', label: 'Trong đó: hồ sơ bảo quản vĩnh viễn', unit: 'hồ sơ', source: 'computed', partOf: 'dossiersFormed' },
  { key: 'dossiersDeposited', form: 'dossiers', label: 'Hồ sơ nộp lưu vào lưu trữ hiện hành trong năm', unit: 'hồ sơ', source: 'computed' },
  { key: 'holdingDossiers', form: 'holdings', label: 'Hồ sơ đang bảo quản (đến 31/12)', unit: 'hồ sơ', source: 'computed' },
  { key: 'holdingPermanent', form: 'holdings', label: 'Trong đó: bảo quản vĩnh viễn', unit: 'hồ sơ', source: 'computed', partOf: 'holdingDossiers' },
  { key: 'holdingFixedTerm', form: 'holdings', label: 'Trong đó: bảo quản có thời hạn', unit: 'hồ sơ', source: 'computed', partOf: 'holdingDossiers' },
  { key: 'holdingBoxes', form: 'holdings', label: 'Số hộp', unit: 'hộp', source: 'computed' },
  { key: 'holdingMetres', form: 'holdings', label: 'Quy ra mét giá', unit: 'mét', source: 'computed', decimals: true },
  { key: 'backlogMetres', form: 'holdings', label: 'Tài liệu tồn đọng chưa chỉnh lý', unit: 'mét', source: 'computed', decimals: true },
  { key: 'dossiersDestroyed', form: 'holdings', label: 'Hồ sơ hết giá trị đã hủy trong năm', unit: 'hồ sơ', source: 'computed' },
  { key: 'collectedBatches', form: 'collected', label: 'Số lần giao nhận (nộp lưu, tiếp nhận)', unit: 'lần', source: 'computed' },
  { key: 'collectedDossiers', form: 'collected', label: 'Hồ sơ thu thập', unit: 'hồ sơ', source: 'computed' },
  { key: 'collectedMetres', form: 'collected', label: 'Quy ra mét giá', unit: 'mét', source: 'computed', decimals: true },
  { key: 'readers', form: 'used', label: 'Người khai thác', unit: 'người', source: 'computed' },
  { key: 'requests', form: 'used', label: 'Lượt khai thác (phiếu yêu cầu)', unit: 'lượt', source: 'computed' },
  { key: 'usedDossiers', form: 'used', label: 'Hồ sơ đưa ra sử dụng', unit: 'hồ sơ', source: 'computed' },
  { key: 'copies', form: 'used', label: 'Bản sao', unit: 'bản', source: 'computed' },
  { key: 'certifiedCopies', form: 'used', label: 'Trong đó: bản sao chứng thực', unit: 'bản', source: 'computed', partOf: 'copies' },
  { key: 'staffTotal', form: 'staff', label: 'Người làm công tác văn thư, lưu trữ', unit: 'người', source: 'typed', max: 10_000 },
  { key: 'staffFullTime', form: 'staff', label: 'Trong đó: chuyên trách', unit: 'người', source: 'typed', max: 10_000, partOf: 'staffTotal' },
  { key: 'staffTrained', form: 'staff', label: 'Có trình độ chuyên môn văn thư, lưu trữ', unit: 'người', source: 'typed', max: 10_000, partOf: 'staffTotal' },
  { key: 'storageArea', form: 'storage', label: 'Diện tích kho lưu trữ', unit: 'm²', source: 'typed', decimals: true, max: 100_000 },
  { key: 'shelfMetres', form: 'storage', label: 'Giá, tủ bảo quản (tổng chiều dài)', unit: 'mét', source: 'typed', decimals: true, max: 100_000 },
  { key: 'equipment', form: 'storage', label: 'Thiết bị bảo quản (máy hút ẩm, điều hòa, bình chữa cháy…)', unit: 'chiếc', source: 'typed', max: 100_000 },
  { key: 'budget', form: 'budget', label: 'Kinh phí chi cho công tác văn thư, lưu trữ', unit: 'triệu đồng', source: 'typed', decimals: true, max: 1_000_000 },
];

export const TYPED_KEYS: readonly string[] = INDICATORS.filter((i) => i.source === 'typed').map((i) => i.key);

/** What the computation reads, already narrowed by the repository to this unit and this year where it can. */
export type StatInput = {
  readonly year: number;
  readonly unitId: string;
  /** Live (not cancelled) documents registered in this year's registers. */
  readonly outgoingCount: number;
  readonly incomingCount: number;
  /** The unit's dossiers (all years; tombstones included, destroyed ones count until destroyed). */
  readonly dossiers: readonly Pick<Dossier, 'id' | 'origin' | 'year' | 'retention' | 'deleted' | 'destroyedAt' | 'depositedAt' | 'currentDepositedAt' | 'fileNumber' | 'boxId'>[];
  readonly boxes: readonly Pick<Box, 'id' | 'deleted'>[];
  readonly jobs: readonly Pick<ProcessingJob, 'deleted' | 'receivedMetres' | 'processedMetres'>[];
  /** The unit's own deposit batches, and the receipts it recorded for other units' batches. */
  readonly batches: readonly Pick<DepositBatch, 'date' | 'deleted' | 'dossierCount' | 'metres'>[];
  /**
   * Each with what its batch handed over: files, metres and boxes as the sender listed them, and its dossiers (their
   * retention as handed over, destroyed ones with their day) — held by this archive from the day received.
   */
  readonly receipts: readonly (Pick<DepositReceipt, 'receivedDate' | 'deleted'> & {
    readonly dossierCount: number;
    readonly metres: number;
    readonly boxCount: number;
    readonly dossiers: readonly Pick<Dossier, 'retention' | 'destroyedAt'>[];
  })[];
  readonly loans: readonly Pick<Loan, 'id' | 'loanDate' | 'deleted' | 'requesterName' | 'idDocument' | 'form' | 'copies'>[];
  readonly loanItems: readonly Pick<LoanItem, 'loanId' | 'deleted'>[];
  readonly metresPerBox: number;
};

const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;
const inYear = (date: string | undefined, year: number) => date !== undefined && date.slice(0, 4) === String(year);

/** The computed indicators for `year` (documents, dossiers, holdings at 31/12, collection, use). */
export function computeStatistics(input: StatInput): Record<string, number> {
  const { year } = input;
  const yearEnd = `${year}-12-31`;
  const own = input.dossiers.filter((d) => d.origin === input.unitId);
  // Removed from the plan (deleted without destruction) never counts; destroyed ones did exist.
  const existed = own.filter((d) => !d.deleted || d.destroyedAt !== undefined);
  const formed = existed.filter((d) => d.year === year);
  const held = existed.filter((d) => d.fileNumber !== undefined && d.year <= year && (d.destroyedAt === undefined || d.destroyedAt > yearEnd));
  const liveBoxes = new Set(input.boxes.filter((b) => !b.deleted).map((b) => b.id));
  const heldBoxes = new Set(held.map((d) => d.boxId).filter((b): b is string => b !== undefined && liveBoxes.has(b)));
  const jobs = input.jobs.filter((j) => !j.deleted);
  const batches = input.batches.filter((b) => !b.deleted && inYear(b.date, year));
  const receipts = input.receipts.filter((r) => !r.deleted && inYear(r.receivedDate, year));
  // What other units deposited here and this archive recorded as received by 31/12: held here, as its own files are.
  const receivedBy = input.receipts.filter((r) => !r.deleted && r.receivedDate <= yearEnd);
  const receivedHeld = receivedBy.flatMap((r) => r.dossiers).filter((d) => d.destroyedAt === undefined || d.destroyedAt > yearEnd);
  const heldRetentions = [...held, ...receivedHeld].map((d) => d.retention);
  const loans = input.loans.filter((l) => !l.deleted && inYear(l.loanDate, year));
  const loanIds = new Set(loans.map((l) => l.id));
  return {
    outgoingDocs: input.outgoingCount,
    incomingDocs: input.incomingCount,
    dossiersFormed: formed.length,
    dossiersFormedPermanent: formed.filter((d) => d.retention === 'permanent').length,
    // The first deposit's year (a file that went on to the historical archive was counted then).
    dossiersDeposited: existed.filter((d) => inYear(d.currentDepositedAt ?? d.depositedAt, year)).length,
    holdingDossiers: heldRetentions.length,
    holdingPermanent: heldRetentions.filter((r) => r === 'permanent').length,
    holdingFixedTerm: heldRetentions.filter((r) => r !== 'permanent').length,
    holdingBoxes: heldBoxes.size + receivedBy.reduce((s, r) => s + r.boxCount, 0),
    holdingMetres: round(heldBoxes.size * input.metresPerBox + receivedBy.reduce((s, r) => s + r.metres, 0)),
    backlogMetres: round(Math.max(0, jobs.reduce((s, j) => s + j.receivedMetres - j.processedMetres, 0))),
    dossiersDestroyed: own.filter((d) => inYear(d.destroyedAt, year)).length,
    collectedBatches: batches.length + receipts.length,
    // A received batch's files as listed, as its boxes and metres and the holdings count them (the count made on arrival
    // is the handover record's: a short one there is settled with the unit, not reported as a smaller collection).
    collectedDossiers: batches.reduce((s, b) => s + b.dossierCount, 0) + receipts.reduce((s, r) => s + r.dossierCount, 0),
    collectedMetres: round(batches.reduce((s, b) => s + b.metres, 0) + receipts.reduce((s, r) => s + r.metres, 0)),
    readers: new Set(loans.map(readerKey)).size,
    requests: loans.length,
    usedDossiers: input.loanItems.filter((i) => !i.deleted && loanIds.has(i.loanId)).length,
    copies: loans.filter((l) => l.form !== 'read').reduce((s, l) => s + l.copies, 0),
    certifiedCopies: loans.filter((l) => l.form === 'certified-copy').reduce((s, l) => s + l.copies, 0),
  };
}

/** The typed cells' text as figures: blank cells left out, text that is no number as NaN (refused by typedFigureIssues). */
export function typedCellValues(cells: Readonly<Record<string, string>>): Record<string, number> {
  return Object.fromEntries(Object.entries(cells).filter(([, text]) => text.trim() !== '').map(([k, text]) => [k, parseDecimal(text) ?? Number.NaN]));
}

/** Decimals kept in a typed figure, as formatFigure prints them. */
const TYPED_DECIMALS = 3;

/**
 * The typed figures that cannot go into the report, in the order of its rows (NaN stands for a
 * cell whose text is not a number). Each names its row (6.1), indicator and unit, and says what
 * to type: a whole number from 0 to the indicator's bound (people, pieces), or a number with at
 * most three decimals (area, metres, budget). A part (6.2 "Trong đó: chuyên trách") larger than
 * its whole (6.1), both typed, is refused on the part, naming both. Keys that are not typed
 * figures are not looked at.
 */
export function typedFigureIssues(forms: readonly StatForm[], typed: Readonly<Record<string, number>>): FieldIssue[] {
  return figureIssues(forms, typed, 'typed');
}

/**
 * A report received from a unit, checked as its own app checks the typed figures, and every
 * computed one too (a count is a whole number from 0, a "Trong đó" row no more than its total):
 * a report made by an earlier version, before a rule, still shows what does not hold.
 */
export function receivedFigureIssues(forms: readonly StatForm[], values: Readonly<Record<string, number>>): FieldIssue[] {
  return figureIssues(forms, values, 'all');
}

function figureIssues(forms: readonly StatForm[], values: Readonly<Record<string, number>>, which: 'typed' | 'all'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const rows = reportSections(forms, []).flatMap((s) => s.rows);
  const fine = (ind: Indicator, v: number) => Number.isFinite(v) && v >= 0 && v <= (ind.max ?? 1_000_000_000) && (ind.decimals ? Number(v.toFixed(TYPED_DECIMALS)) === v : Number.isInteger(v));
  for (const row of rows) {
    const ind = INDICATORS.find((i) => i.key === row.key);
    const v = values[row.key];
    if (v === undefined || !ind || (which === 'typed' && ind.source !== 'typed')) continue;
    if (!fine(ind, v)) {
      issues.push({ field: row.key, code: ind.decimals ? 'stats.figureDecimal' : 'stats.figureWhole', params: { row: row.no, label: ind.label, measure: ind.unit, max: ind.max ?? 1_000_000_000 } });
      continue;
    }
    const whole = ind.partOf !== undefined ? INDICATORS.find((i) => i.key === ind.partOf) : undefined;
    const wholeRow = rows.find((r) => r.key === whole?.key);
    const w = whole ? values[whole.key] : undefined;
    if (whole && wholeRow && w !== undefined && fine(whole, w) && v > w) {
      issues.push({ field: row.key, code: 'stats.figurePart', params: { row: row.no, label: ind.label, measure: ind.unit, wholeRow: wholeRow.no, wholeLabel: whole.label, whole: w } });
    }
  }
  return issues;
}

/**
 * The rows of the report still to be typed (blank), by their numbers ("6.3", "8.1"): finalising
 * asks about them by name, since a blank sent upward reads as "not known", not as 0.
 */
export function blankTypedRows(forms: readonly StatForm[], typed: Readonly<Record<string, number>>): string[] {
  return reportSections(forms, [])
    .flatMap((s) => s.rows)
    .filter((r) => TYPED_KEYS.includes(r.key) && typed[r.key] === undefined)
    .map((r) => r.no);
}

/** The typed rows whose check depends on `key`'s figure: its parts, its whole, and itself. */
export function relatedFigures(key: string): string[] {
  const ind = INDICATORS.find((i) => i.key === key);
  return [key, ...(ind?.partOf ? [ind.partOf] : []), ...INDICATORS.filter((i) => i.partOf === key).map((i) => i.key)];
}

/** The refusal of a report with bad typed figures: the first one's sentence, and how many others are marked. */
export function figuresRefusal(issues: readonly FieldIssue[]): { readonly code: string; readonly params: Readonly<Record<string, string | number>> } {
  const first = issues[0];
  return { code: 'stats.figuresInvalid', params: { ...first?.params, code: first?.code ?? 'duty.invalid', count: Math.max(0, issues.length - 1) } };
}

/** The figures of a report: the snapshot of a final one, or today's computation plus what was typed. */
export function reportValues(report: Pick<StatReportFields, 'status' | 'values'> | undefined, computed: Readonly<Record<string, number>>): Record<string, number> {
  if (report?.status === 'final') return { ...report.values };
  const typed = Object.fromEntries(Object.entries(report?.values ?? {}).filter(([k]) => TYPED_KEYS.includes(k)));
  return { ...computed, ...typed };
}

/**
 * Per indicator, the sum over the reports (missing figures count as nothing); an indicator no report gives a figure for
 * has no total (a 0 there read as "the province has 0 m² of storage").
 */
export function totalValues(reports: readonly Readonly<Record<string, number>>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const ind of INDICATORS) if (reports.some((r) => r[ind.key] !== undefined)) out[ind.key] = round(reports.reduce((s, r) => s + (r[ind.key] ?? 0), 0));
  return out;
}

/** The forms of a report in a stable order, each with its indicators. */
export function formsWithIndicators(forms: readonly StatForm[]): { readonly form: StatForm; readonly indicators: readonly Indicator[] }[] {
  return forms.map((form) => ({ form, indicators: INDICATORS.filter((i) => i.form === form.key) })).filter((f) => f.indicators.length > 0);
}

/** Forms as stored: every known key present once (a missing one from the defaults), numbers and titles as given. */
export function normaliseForms(forms: readonly StatForm[] | undefined): StatForm[] {
  const given = new Map((forms ?? []).map((f) => [f.key, f]));
  return DEFAULT_STAT_FORMS.map((d) => {
    const f = given.get(d.key);
    return f ? { key: d.key, number: f.number.trim().slice(0, 50), title: f.title.trim().slice(0, 300) || d.title } : d;
  });
}

/** The printed / exported shape of a report: per form, its indicators with one figure per column. */
export type ReportSection = {
  readonly form: StatForm;
  /** `no` is the row's number as printed (6.1: the first indicator of the sixth form). */
  readonly rows: readonly { readonly key: string; readonly no: string; readonly label: string; readonly unit: string; readonly decimals: boolean; readonly values: readonly (number | undefined)[] }[];
};

export function reportSections(forms: readonly StatForm[], columns: readonly Readonly<Record<string, number>>[]): ReportSection[] {
  return formsWithIndicators(forms).map(({ form, indicators }, fi) => ({
    form,
    rows: indicators.map((i, ii) => ({ key: i.key, no: `${fi + 1}.${ii + 1}`, label: i.label, unit: i.unit, decimals: i.decimals === true, values: columns.map((c) => c[i.key]) })),
  }));
}

/** A figure as printed: thousands with dots, decimals with a comma (up to 3); blank when unknown. */
export function formatFigure(v: number | undefined): string {
  return v === undefined ? '' : v.toLocaleString('vi-VN', { maximumFractionDigits: 3 });
}
