/**
 * Pure rules for dossiers: retention (thời hạn bảo quản) as text and order, the số/ký hiệu
 * hồ sơ of the file plan ("01.TH", PL V.I), cleaning and validation of a dossier, and what
 * closing a dossier requires (Art. 29.4: sheets counted for files kept ≥ 5 years).
 */
import type { FieldIssue } from '../errors';
import { isIsoDate } from '../registers/dates';
import { parseTypedDate } from '../typed-date';
import { formatEnd, readPeriodEnd, type DatePrecision } from '../processing/period';
import { cleanMultiline, withOptional } from '../registers/validation';
import { cleanText } from '../text';
import { changedFields } from '../records';
import { DOSSIER_LIMITS, type BoxFields, type DossierFields, type ProcessingJobFields, type Retention } from './types';
import { dateIssue } from '../typed-date';

/** Files kept at least this many years must have their sheets numbered when closed (NĐ 30 Art. 29.4). */
export const SHEET_NUMBERING_MIN_YEARS = 5;

/** Common choices offered in the form; any whole number of years 1–100 is accepted. */
export const RETENTION_CHOICES: readonly Retention[] = ['permanent', 70, 50, 20, 10, 5, 2];

/** "Vĩnh viễn" / "10 năm" — the wording of the printed forms. */
export function formatRetention(r: Retention): string {
  return r === 'permanent' ? 'Vĩnh viễn' : `${r} năm`;
}

/**
 * The choices as a typed retention field suggests them: shortest first. The list highlights the
 * first suggestion that begins with what was typed and Enter takes it, so "2" must meet "2 năm"
 * before "20 năm" (and "5" "5 năm" before "50 năm").
 */
export const RETENTION_SUGGESTIONS: readonly string[] = [...RETENTION_CHOICES].reverse().map(formatRetention);

/**
 * Reads what a person or an old spreadsheet wrote: "Vĩnh viễn", "VV", "vinh vien", "10 năm",
 * "10", "10 nam". Undefined when it is not a retention period.
 */
export function parseRetention(text: string): Retention | undefined {
  const t = cleanText(text).toLocaleLowerCase('vi').normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
  // The one word-valued retention, taken from its first letters too ("vinh" left by Tab before the suggestion was picked).
  if (t === 'vv' || t === 'permanent' || (t.length >= 3 && 'vinh vien'.startsWith(t))) return 'permanent';
  const m = /^(\d{1,3})\s*(nam|years?)?$/.exec(t);
  if (!m) return undefined;
  const n = Number(m[1]);
  return isRetention(n) ? n : undefined;
}

export function isRetention(value: unknown): value is Retention {
  return value === 'permanent' || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= DOSSIER_LIMITS.maxRetentionYears);
}

/** Longest first: permanent, then years descending. */
export function compareRetention(a: Retention, b: Retention): number {
  const av = a === 'permanent' ? Number.POSITIVE_INFINITY : a;
  const bv = b === 'permanent' ? Number.POSITIVE_INFINITY : b;
  return av === bv ? 0 : av > bv ? -1 : 1;
}

/** A file as the archive shelves it, in messages made below the screens: "ML 1 · HS 5" once numbered, else its số, ký hiệu (the screens say it through `fileLabel`). */
export function shelfLabel(d: Pick<DossierFields, 'inventoryNumber' | 'fileNumber' | 'notation'>): string {
  return d.fileNumber !== undefined ? `ML ${d.inventoryNumber ?? '…'} · HS ${d.fileNumber}` : d.notation;
}

/** A file by its shelf label, a job's slip not numbered yet by its temporary number ("Phiếu 12": it has no số, ký hiệu). */
export function fileOrSlipLabel(d: Pick<DossierFields, 'inventoryNumber' | 'fileNumber' | 'notation' | 'tempNumber'>): string {
  return d.fileNumber === undefined && d.tempNumber !== undefined ? `Phiếu ${d.tempNumber}` : shelfLabel(d);
}

/**
 * A dossier as the journal names it: its shelf label (a slip's number) and its year ("02.TH (2026)", "ML 1 · HS 5
 * (2026)") — "02.TH" of 2025 and of 2026 read alike, and the journal's search for one found every "02.…".
 */
export function journalDossierName(d: Pick<DossierFields, 'inventoryNumber' | 'fileNumber' | 'notation' | 'tempNumber' | 'year'>): string {
  const label = fileOrSlipLabel(d);
  return d.year ? `${label} (${d.year})` : label;
}

/** The papers printed for a numbered file, and what each shows of it. */
export type DossierPaper = 'inventory' | 'cover' | 'closing' | 'boxLabel';
const PAPER_FIELDS: Readonly<Record<DossierPaper, readonly (keyof DossierFields)[]>> = {
  inventory: ['heading', 'subheading', 'notation', 'title', 'startDate', 'endDate', 'startPrecision', 'endPrecision', 'retention', 'sheetCount', 'pageCount', 'note'],
  cover: ['notation', 'title', 'startDate', 'endDate', 'startPrecision', 'endPrecision', 'retention', 'sheetCount'],
  closing: ['notation', 'title', 'sheetCount', 'condition', 'keeper'],
  // The years of the files inside and the longest retention.
  boxLabel: ['startDate', 'endDate', 'retention'],
};

/** The papers of a numbered file that a correction made wrong (to print again): none for a file not numbered yet. */
export function papersToReprint(before: DossierFields, after: DossierFields): DossierPaper[] {
  if (before.fileNumber === undefined) return [];
  const changed = new Set(changedFields(before, after));
  return (Object.keys(PAPER_FIELDS) as DossierPaper[]).filter((p) => (p !== 'boxLabel' || after.boxId !== undefined) && PAPER_FIELDS[p].some((k) => changed.has(k)));
}

/**
 * Ký hiệu hồ sơ on its cover and in the inventory once numbered: the fonds number, the inventory
 * number and the file number ("12.1.35"); a fonds not numbered yet shows "…" in its place, for the
 * clerk to write in. Undefined while the file has no number.
 */
export function fileCode(fondsNumber: string, d: Pick<DossierFields, 'inventoryNumber' | 'fileNumber'>): string | undefined {
  return d.fileNumber !== undefined ? `${fondsNumber || '…'}.${d.inventoryNumber}.${d.fileNumber}` : undefined;
}

/**
 * A date of a dossier's documents as typed in its close form and its edit form: a day ("5/3" in the dossier's year,
 * "05/03/2025"), a month ("3/2025") or a year ("2025") when only that is known of the papers — the first day it covers
 * for the start, the last for the end. Undefined when it reads as none. Four digits that are a year are the year: "2012"
 * read as a day and a month packed (20/12 of the dossier's year); "0503", no year, is still 05/03.
 */
export function readClosingDate(text: string, side: 'start' | 'end', dossierYear: number, today: string): { readonly date: string; readonly precision: DatePrecision } | undefined {
  // Not after this year: "2512" is 25/12 packed, not a year to come.
  const year = /^\d{4}$/.test(text.trim()) && text.trim() <= today.slice(0, 4) ? readPeriodEnd(text, side, today) : undefined;
  if (year) return year;
  const day = parseTypedDate(text, dossierYear);
  return day ? { date: day, precision: 'day' } : readPeriodEnd(text, side, today);
}

/**
 * A date of a dossier's documents as its forms (close, edit) hand it to be saved: none when empty; read by
 * `readClosingDate`, a day without a precision (as one always was stored); what does not read kept as typed, without a
 * precision, for the dossier rules to refuse under its field ("dossier.date.invalid" says the three ways to write it).
 */
export function typedDossierDate(text: string, side: 'start' | 'end', dossierYear: number, today: string): { readonly date?: string; readonly precision?: DatePrecision } {
  if (!text.trim()) return {};
  const read = readClosingDate(text, side, dossierYear, today);
  if (!read) return { date: text.trim() };
  return read.precision === 'day' ? { date: read.date } : read;
}

/** A stored date of a dossier's documents as its forms show it, as it was written: "05/03/2025", "03/2025" or "2025"; '' for none. */
export function writtenDossierDate(iso: string | undefined, precision: DatePrecision | undefined): string {
  return iso ? formatEnd(iso, precision ?? 'day') : '';
}

/** A processing job's slip not numbered yet (or set aside to discard): no dossier being made, said as "Phiếu tin số N". */
export function isUnnumberedSlip(d: Pick<DossierFields, 'source' | 'fileNumber'>): boolean {
  return d.source === 'backlog' && d.fileNumber === undefined;
}

/** Where a dossier stands, as its status shows: being formed, closed, or handed over to the archive. */
export function dossierStatus(d: Pick<DossierFields, 'status' | 'depositBatchId'>): 'open' | 'closed' | 'deposited' {
  return d.depositBatchId !== undefined ? 'deposited' : d.status;
}

/**
 * A file being formed whose period or sheet count is not written yet (they are when it is closed): until then both
 * are shown as its listed documents give them (db dossier-doc-repository.ts `closingProposal`).
 */
export function figuresUnwritten(d: Pick<DossierFields, 'status' | 'depositBatchId' | 'sheetCount' | 'startDate' | 'endDate'> & { readonly deleted: boolean }): boolean {
  return !d.deleted && dossierStatus(d) === 'open' && (d.sheetCount === undefined || !d.startDate || !d.endDate);
}

/** Whether the list and the drawer show a file's figures from its listed documents: not a slip's (its own are what its slip says). */
export function showsListedFigures(d: Pick<DossierFields, 'status' | 'depositBatchId' | 'sheetCount' | 'startDate' | 'endDate' | 'source' | 'fileNumber'> & { readonly deleted: boolean }): boolean {
  return figuresUnwritten(d) && !isUnnumberedSlip(d);
}

/** Số, ký hiệu hồ sơ: ordinal with a leading zero below 10, a dot, the heading's abbreviation ("01.TH"). */
export function buildDossierNotation(ordinal: number, headingCode: string): string {
  const n = ordinal < 10 ? `0${ordinal}` : String(ordinal);
  const code = cleanText(headingCode);
  return code ? `${n}.${code}` : n;
}

/**
 * The code proposed for a new heading: initials of its words after the Roman numeral, without
 * the little words — "I. TỔNG HỢP" → "TH", "II. VĂN PHÒNG - THỐNG KÊ" → "VPTK".
 */
export function headingAbbreviation(heading: string): string {
  const words = heading
    .replace(/^[IVXLC]+\.\s*/u, '')
    .split(/[\s,–-]+/u)
    .filter((w) => w && !/^(và|của|các|về)$/iu.test(w));
  return words
    .map((w) => w[0]!)
    .join('')
    .toLocaleUpperCase('vi')
    .slice(0, 10);
}

/** The ordinal at the start of a notation ("07.TH" → 7), or undefined. */
export function notationOrdinal(notation: string): number | undefined {
  const m = /^(\d{1,5})/.exec(notation.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * The next free ordinal for a heading in a year's plan. Numbering may run across the whole
 * plan or restart inside each major heading (PL V.I); `perHeading` chooses.
 */
export function nextDossierOrdinal(existing: readonly Pick<DossierFields, 'notation' | 'headingCode'>[], headingCode: string, perHeading: boolean): number {
  let max = 0;
  for (const d of existing) {
    if (perHeading && d.headingCode !== headingCode) continue;
    max = Math.max(max, notationOrdinal(d.notation) ?? 0);
  }
  return max + 1;
}

function optionalText(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const c = cleanText(v);
  return c === '' ? undefined : c;
}

/** NFC, trimmed; empty optional dates become absent; the heading code upper-cased. */
export function cleanDossier(d: DossierFields): DossierFields {
  return withOptional(
    {
      ...d,
      heading: cleanText(d.heading),
      headingCode: cleanText(d.headingCode).toLocaleUpperCase('vi'),
      notation: cleanText(d.notation),
      title: cleanMultiline(d.title),
      keeper: cleanText(d.keeper),
      language: cleanText(d.language),
      condition: cleanText(d.condition),
      note: cleanMultiline(d.note),
    },
    { startDate: optionalText(d.startDate), endDate: optionalText(d.endDate), closedAt: optionalText(d.closedAt), subheading: optionalText(d.subheading) },
  );
}

function maxLength(issues: FieldIssue[], field: string, value: string, max: number): void {
  if (value.length > max) issues.push({ field, code: 'text.tooLong', params: { max, length: value.length } });
}

function countIn(issues: FieldIssue[], field: string, value: number | undefined, max: number, min = 1): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < min || value > max) issues.push({ field, code: value === 0 ? 'register.count.zero' : 'register.count.range', params: { max } });
}

/**
 * Checks a dossier. `others` are the other live dossiers of the same fonds, so that a
 * notation is not used twice in one year's plan and a file number not twice in one inventory.
 */
export function validateDossier(d: DossierFields, others: readonly DossierFields[] = [], today?: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!d.title) issues.push({ field: 'title', code: 'dossier.titleRequired' });
  maxLength(issues, 'title', d.title, DOSSIER_LIMITS.title);
  maxLength(issues, 'heading', d.heading, DOSSIER_LIMITS.heading);
  maxLength(issues, 'subheading', d.subheading ?? '', DOSSIER_LIMITS.subheading);
  // A sub-heading numbers within its major heading (PL V.I): alone, the plan would list it under none.
  if ((d.subheading ?? '').trim() !== '' && d.heading.trim() === '') issues.push({ field: 'subheading', code: 'dossier.subheadingNoHeading' });
  maxLength(issues, 'headingCode', d.headingCode, DOSSIER_LIMITS.headingCode);
  maxLength(issues, 'keeper', d.keeper, DOSSIER_LIMITS.keeper);
  maxLength(issues, 'language', d.language, DOSSIER_LIMITS.language);
  maxLength(issues, 'condition', d.condition, DOSSIER_LIMITS.condition);
  maxLength(issues, 'note', d.note, DOSSIER_LIMITS.note);
  // A backlog dossier (phiếu tin) has no plan notation: it is known by its temporary, then final, number.
  if (!d.notation) {
    if (d.source !== 'backlog') issues.push({ field: 'notation', code: 'dossier.notationRequired' });
  } else if (d.notation.length > DOSSIER_LIMITS.notation) issues.push({ field: 'notation', code: 'text.tooLong', params: { max: DOSSIER_LIMITS.notation, length: d.notation.length } });
  else if (others.some((o) => o.year === d.year && o.notation.toLocaleUpperCase('vi') === d.notation.toLocaleUpperCase('vi')))
    issues.push({ field: 'notation', code: 'dossier.notationTaken', params: { notation: d.notation, year: d.year } });
  if (!Number.isInteger(d.year) || d.year < 1945 || d.year > 2100) issues.push({ field: 'year', code: 'dossier.yearRange' });
  // Not given (0) is said as such: "chưa đúng" over an empty box read as a wrong value.
  if (!isRetention(d.retention)) issues.push({ field: 'retention', code: d.retention === 0 ? 'dossier.retentionRequired' : 'dossier.retentionInvalid' });
  for (const f of ['startDate', 'endDate', 'closedAt'] as const) {
    const v = d[f];
    if (v !== undefined && !isIsoDate(v)) issues.push(dateIssue(f, v, f === 'closedAt' ? 'register.date.invalid' : 'dossier.date.invalid'));
  }
  if (d.startDate && d.endDate && isIsoDate(d.startDate) && isIsoDate(d.endDate) && d.endDate < d.startDate)
    issues.push({ field: 'endDate', code: 'dossier.endBeforeStart' });
  countIn(issues, 'sheetCount', d.sheetCount, DOSSIER_LIMITS.maxSheets, 1);
  countIn(issues, 'pageCount', d.pageCount, DOSSIER_LIMITS.maxSheets * 2, 1);
  countIn(issues, 'inventoryNumber', d.inventoryNumber, DOSSIER_LIMITS.maxInventoryNumber, 1);
  countIn(issues, 'fileNumber', d.fileNumber, DOSSIER_LIMITS.maxFileNumber, 1);
  if (d.fileNumber !== undefined && d.inventoryNumber === undefined) issues.push({ field: 'inventoryNumber', code: 'dossier.inventoryRequired' });
  if (
    d.fileNumber !== undefined &&
    others.some((o) => o.fondsId === d.fondsId && o.inventoryNumber === d.inventoryNumber && o.fileNumber === d.fileNumber)
  )
    issues.push({ field: 'fileNumber', code: 'dossier.fileNumberTaken', params: { number: d.fileNumber, inventory: d.inventoryNumber ?? 0 } });
  if (d.status === 'closed') issues.push(...closingIssues(d, today));
  return issues;
}

/**
 * Processing numbers the sheets of files kept ≥ 20 years (TT 16/2023 step 11a), where the
 * office building its own files does so from 5 years (NĐ 30 Art. 29.4).
 */
export const SHEET_NUMBERING_MIN_YEARS_BACKLOG = 20;

/** Whether a dossier's sheets must be counted before it is closed or numbered. */
/**
 * Whether the list of documents in a dossier may change: not once a dossier of the file plan is
 * closed (its sheets are counted and its inventory may be printed) — reopen it first. A backlog
 * file (phiếu tin) is closed by its final numbering and still gets its documents listed while the
 * processing job is open.
 */
export function docsEditable(d: Pick<DossierFields, 'status'> & Partial<Pick<DossierFields, 'source'>>): boolean {
  return d.status !== 'closed' || d.source === 'backlog';
}

export function needsSheetCount(d: Pick<DossierFields, 'retention' | 'source'>): boolean {
  const min = d.source === 'backlog' ? SHEET_NUMBERING_MIN_YEARS_BACKLOG : SHEET_NUMBERING_MIN_YEARS;
  return d.retention === 'permanent' || (typeof d.retention === 'number' && d.retention >= min);
}

/**
 * What closing requires (Art. 29.4): the date range of the documents, and the sheet count for
 * files kept ≥ 5 years (they are numbered sheet by sheet). A dossier that is open needs none.
 */
export function closingIssues(d: Pick<DossierFields, 'retention' | 'sheetCount' | 'startDate' | 'endDate'> & Partial<Pick<DossierFields, 'source' | 'startPrecision' | 'endPrecision'>>, today?: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!d.startDate) issues.push({ field: 'startDate', code: 'dossier.closeNeedsDates' });
  if (!d.endDate) issues.push({ field: 'endDate', code: 'dossier.closeNeedsDates' });
  // Closed when the work is done: no paper of it is dated after today (a month or a year written
  // alone may still be the current one).
  if (today !== undefined)
    for (const [field, date, precision] of [['startDate', d.startDate, d.startPrecision], ['endDate', d.endDate, d.endPrecision]] as const)
      if (date && earliestDayOf(date, precision) > today) issues.push({ field, code: 'dossier.dateAfterToday', params: { date: formatEnd(date, precision ?? 'day'), today: formatEnd(today, 'day') } });
  const source = d.source ?? 'plan';
  if (needsSheetCount({ retention: d.retention, source }) && d.sheetCount === undefined)
    issues.push({ field: 'sheetCount', code: 'dossier.closeNeedsSheets', params: { years: source === 'backlog' ? SHEET_NUMBERING_MIN_YEARS_BACKLOG : SHEET_NUMBERING_MIN_YEARS } });
  return issues;
}

/** The first day a date written to `precision` can mean: the day itself, its month's first, its year's first. */
function earliestDayOf(iso: string, precision: DatePrecision = 'day'): string {
  return precision === 'year' ? `${iso.slice(0, 4)}-01-01` : precision === 'month' ? `${iso.slice(0, 7)}-01` : iso;
}

/** The last day a date written to `precision` can mean: the day itself, its month's last, its year's last. */
function latestDayOf(iso: string, precision: DatePrecision = 'day'): string {
  if (precision === 'year') return `${iso.slice(0, 4)}-12-31`;
  if (precision === 'month') return `${iso.slice(0, 7)}-${String(new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0)).getUTCDate()).padStart(2, '0')}`;
  return iso;
}

/**
 * A dossier's period typed at closing against the documents listed in it: for each side it misses, the
 * refusal naming the document farthest out (the one the period must reach: a file closed "05/01 – 20/09"
 * whose list ends with papers of 05/11 and 05/12 is told of the 05/12) and how many others it leaves out
 * on that side (it named the first in the list, alone).
 */
export function documentOutsidePeriod(
  period: Pick<DossierFields, 'startDate' | 'endDate' | 'startPrecision' | 'endPrecision'>,
  docs: readonly { readonly number: string; readonly date?: string; readonly datePrecision?: DatePrecision }[],
): FieldIssue[] {
  const { startDate: start, endDate: end } = period;
  if (!start || !end) return [];
  const from = earliestDayOf(start, period.startPrecision);
  const to = latestDayOf(end, period.endPrecision);
  const dated = docs.filter((d): d is typeof d & { date: string } => !!d.date);
  const before = dated.filter((d) => latestDayOf(d.date, d.datePrecision) < from);
  const after = dated.filter((d) => earliestDayOf(d.date, d.datePrecision) > to);
  // The document farthest out on a side (the first listed of those as far), the others counted.
  const farthestOf = (side: typeof dated, dayOf: (d: (typeof dated)[number]) => string, farther: (a: string, b: string) => boolean) =>
    side.reduce((best, d) => (farther(dayOf(d), dayOf(best)) ? d : best));
  // The date to reach is said (the message asked to correct "the period", and said how a period is made, under each field).
  const issue = (field: 'startDate' | 'endDate', side: typeof dated, farthest: (typeof dated)[number]): FieldIssue => ({
    field,
    code: field === 'startDate' ? 'dossier.documentBeforeStart' : 'dossier.documentAfterEnd',
    params: { number: farthest.number || '…', date: formatEnd(farthest.date, farthest.datePrecision ?? 'day'), count: side.length - 1, from: formatEnd(start, period.startPrecision ?? 'day'), to: formatEnd(end, period.endPrecision ?? 'day') },
  });
  return [
    ...(before.length ? [issue('startDate', before, farthestOf(before, (d) => earliestDayOf(d.date, d.datePrecision), (a, b) => a < b))] : []),
    ...(after.length ? [issue('endDate', after, farthestOf(after, (d) => latestDayOf(d.date, d.datePrecision), (a, b) => a > b))] : []),
  ];
}

/**
 * A plan file's period that holds no day of its year (the year of the plan it was opened in): a year mistyped, most often
 * (closed "05/03/2024 – 20/12/2024" in the 2025 plan). A file may hold papers of the year before or run on into the next,
 * so only a period wholly outside the year is said — as a warning beside the field that leaves it (the start after the
 * year, the end before it), not a refusal. Undefined while either side does not read.
 */
export function periodOutsideYear(
  period: Pick<DossierFields, 'startDate' | 'endDate' | 'startPrecision' | 'endPrecision'>,
  year: number,
): FieldIssue | undefined {
  const { startDate: start, endDate: end } = period;
  if (!start || !end) return undefined;
  const params = { from: formatEnd(start, period.startPrecision ?? 'day'), to: formatEnd(end, period.endPrecision ?? 'day'), year };
  if (earliestDayOf(start, period.startPrecision) > `${year}-12-31`) return { field: 'startDate', code: 'dossier.periodAfterYear', params };
  if (latestDayOf(end, period.endPrecision) < `${year}-01-01`) return { field: 'endDate', code: 'dossier.periodBeforeYear', params };
  return undefined;
}

/**
 * The close form's warning as its dates are typed: a plan file's period wholly outside its year (`periodOutsideYear`),
 * once both dates read with their years typed whole ("20/11/20" half-typed reads as 2020 and flashed the warning).
 */
export function closingPeriodWarning(
  typed: { readonly start: string; readonly end: string },
  d: Pick<DossierFields, 'year' | 'source'> & { readonly deleted?: boolean },
  today: string,
): FieldIssue | undefined {
  if (!isPlanDossier(d) || !/\d{4}/.test(typed.start) || !/\d{4}/.test(typed.end)) return undefined;
  const start = readClosingDate(typed.start, 'start', d.year, today);
  const end = readClosingDate(typed.end, 'end', d.year, today);
  return start && end ? periodOutsideYear({ startDate: start.date, endDate: end.date, startPrecision: start.precision, endPrecision: end.precision }, d.year) : undefined;
}

/**
 * A sheet has two sides: more pages than twice its sheets is one of the two counts mistyped (it took 19,998 pages for
 * 1 sheet). Asked where the counts are typed (the dossier form, closing), only when they change: a dossier saved
 * before with such counts is not held up in an edit of its title.
 */
export function pagesOverSheets(d: Pick<DossierFields, 'sheetCount' | 'pageCount'>, before?: Pick<DossierFields, 'sheetCount' | 'pageCount'>): FieldIssue | undefined {
  if (before && before.sheetCount === d.sheetCount && before.pageCount === d.pageCount) return undefined;
  const { sheetCount: sheets, pageCount: pages } = d;
  if (sheets === undefined || pages === undefined || !Number.isInteger(sheets) || !Number.isInteger(pages) || sheets < 1 || pages <= 2 * sheets) return undefined;
  return { field: 'pageCount', code: 'dossier.pagesOverSheets', params: { pages, sheets, max: 2 * sheets } };
}

export function validateBox(b: BoxFields, others: readonly BoxFields[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  countIn(issues, 'number', b.number, DOSSIER_LIMITS.maxBoxNumber, 1);
  if (others.some((o) => o.fondsId === b.fondsId && (o.inventoryNumber ?? 0) === (b.inventoryNumber ?? 0) && o.number === b.number))
    issues.push({ field: 'number', code: 'box.numberTaken', params: { number: b.number } });
  maxLength(issues, 'note', b.note, DOSSIER_LIMITS.note);
  return issues;
}

/** The fields a processing job cannot be saved without (its name; its metres received, a figure): the forms mark these. */
export const JOB_REQUIRED_FIELDS: ReadonlySet<string> = new Set<keyof ProcessingJobFields>(['name', 'receivedMetres']);

export function validateProcessingJob(j: ProcessingJobFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!j.name) issues.push({ field: 'name', code: 'job.nameRequired' });
  maxLength(issues, 'name', j.name, DOSSIER_LIMITS.jobName);
  for (const f of ['receivedMetres', 'processedMetres', 'discardedMetres'] as const) {
    const v = j[f];
    if (!Number.isFinite(v) || v < 0 || v > DOSSIER_LIMITS.maxMetres) issues.push({ field: f, code: 'job.metresRange', params: { max: DOSSIER_LIMITS.maxMetres } });
  }
  // Compared with the metres received only when those are a figure: a refused figure is refused once, at its own field.
  if (issues.some((i) => i.field === 'receivedMetres')) return issues;
  if (j.processedMetres > j.receivedMetres) issues.push({ field: 'processedMetres', code: 'job.processedOverReceived' });
  if (j.discardedMetres > j.processedMetres) issues.push({ field: 'discardedMetres', code: 'job.discardedOverProcessed' });
  return issues;
}

/** A live dossier of the office's file plan (a backlog job's slips are described in the job's own inventory, not the plan). */
export function isPlanDossier(d: Pick<DossierFields, 'source'> & { readonly deleted?: boolean }): boolean {
  return !d.deleted && d.source !== 'backlog';
}

/** The fonds as the dossier list's years see it: its first and (closed) last year; a received fonds, the years it holds. */
export type YearsOfFonds = { readonly startYear?: number; readonly endYear?: number; readonly received: boolean; readonly held: readonly number[] };

/** How far back the year list reaches at most (a fonds begun longer ago lists its years from then). */
const YEARS_BACK = 100;

/**
 * The years the dossier list offers, newest first: an own fonds from its first year (last year at least, a plan
 * entered late; not over a hundred years back) to next year, or to its last when closed; the years it holds, and the
 * one shown, too. Typing a year in the list finds it.
 */
export function yearChoices(thisYear: number, fonds: YearsOfFonds, shown: number): number[] {
  const from = Math.min(thisYear - 1, Math.max(fonds.startYear ?? thisYear, thisYear - YEARS_BACK));
  const to = fonds.endYear ?? thisYear + 1;
  const span = from <= to ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : [];
  return [...new Set([...span, shown, ...fonds.held])].sort((a, b) => b - a);
}

/**
 * Why a year typed in the year list is not there, as a message to show under it (Enter on "2024" did nothing, without a
 * word): not four digits yet; before the fonds began (its start year is corrected on the fonds); after it closed;
 * past next year (a plan is opened in its year); further back than the list reaches; not held by a received fonds.
 */
export function yearMissing(typed: string, thisYear: number, fonds: YearsOfFonds): FieldIssue {
  const text = typed.trim();
  if (!/^\d{4}$/.test(text)) return { field: 'year', code: 'dossier.yearNotAYear' };
  const year = Number(text);
  if (fonds.received) return { field: 'year', code: 'dossier.yearNotHeld', params: { year } };
  if (fonds.startYear !== undefined && year < fonds.startYear) return { field: 'year', code: 'dossier.yearBeforeFonds', params: { year, start: fonds.startYear } };
  if (fonds.endYear !== undefined && year > fonds.endYear) return { field: 'year', code: 'dossier.yearAfterFonds', params: { year, end: fonds.endYear } };
  if (year > thisYear + 1) return { field: 'year', code: 'dossier.yearTooLate', params: { year, last: thisYear + 1 } };
  return { field: 'year', code: 'dossier.yearTooEarly', params: { year, first: thisYear - YEARS_BACK } };
}
