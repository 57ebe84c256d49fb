/**
 * Thời gian tài liệu as archivists write it on a description slip (phiếu tin, field 7):
 * "1998", "1998-2001", "3/1998 - 12/1999", "12/03/1998", "tháng 3 năm 1998", "từ 5/1998 đến
 * 2/1999", "12/3 - 15/4/1998". The range is stored as first and last calendar day plus how
 * precisely each end was written, so "1998" prints back as "1998" and not as two full dates.
 */
import { isIsoDate } from '../registers/dates';
import { foldText } from '../text';

/** How an end of the range was written: a year, a month of a year, or a day. */
export type DatePrecision = 'year' | 'month' | 'day';
export const DATE_PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day'];

export type Period = {
  /** First day covered, "yyyy-mm-dd". */
  readonly startDate: string;
  /** Last day covered, "yyyy-mm-dd". */
  readonly endDate: string;
  readonly startPrecision: DatePrecision;
  readonly endPrecision: DatePrecision;
};

export type PeriodError = 'period.required' | 'period.unreadable' | 'period.noSuchMonth' | 'period.noSuchDay' | 'period.endBeforeStart' | 'period.future' | 'period.tooOld';
/** A refusal, with what it names (the month, or the day and its month's length) for its message. */
export type PeriodResult = { readonly ok: true; readonly value: Period } | { readonly ok: false; readonly code: PeriodError; readonly params?: Readonly<Record<string, number>> };

/** An end whose month or day does not exist: which, for the message (it said only "ngày hoặc tháng không có thật"). */
type NoSuch = { readonly ok: false; readonly code: 'period.noSuchMonth' | 'period.noSuchDay'; readonly params: Readonly<Record<string, number>> };

/** Earliest year accepted: older papers are not commune backlog and a typo is likelier. */
export const EARLIEST_YEAR = 1800;

/** One end as written: the numbers present (day and month may be missing). */
type Part = { readonly day?: number; readonly month?: number; readonly year?: number };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** "98" → 1998 or 2098? The one not after this year: papers are never from the future. */
function fullYear(text: string, thisYear: number): number {
  if (text.length === 4) return Number(text);
  const yy = Number(text);
  const century = Math.floor(thisYear / 100) * 100;
  return century + yy <= thisYear ? century + yy : century - 100 + yy;
}

/**
 * One end: "1998", "3/1998", "12/03/1998", "12/3", "3" (the last two take what the other end
 * says). Separators inside one date must agree ("12/03/1998", "12.03.1998", "12-03-1998").
 */
function parsePart(text: string, thisYear: number): Part | undefined {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return { year: Number(t) };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const m = /^(\d{1,2})(?:([/.\-\s])(\d{1,2}))?(?:([/.\-\s])(\d{4}|\d{2}))?$/.exec(t);
  if (!m) return undefined;
  if (m[2] && m[4] && m[2] !== m[4] && !(m[2] === ' ' || m[4] === ' ')) return undefined;
  const a = Number(m[1]);
  const b = m[3] !== undefined ? Number(m[3]) : undefined;
  const y = m[5] !== undefined ? fullYear(m[5], thisYear) : undefined;
  if (b !== undefined && y !== undefined) return { day: a, month: b, year: y };
  if (b !== undefined) {
    // Two short numbers are a day and a month ("12/3"), unless the second cannot be a month:
    // then it is a two-digit year ("3/98" = March 1998).
    return b > 12 && a >= 1 && a <= 12 && m[3]!.length === 2 ? { month: a, year: fullYear(m[3]!, thisYear) } : { day: a, month: b };
  }
  if (y !== undefined) return { month: a, year: y };
  return { month: a };
}

/** "3/1998" and "03.1998": a month and a four-digit year (a two-digit one would read as a day/month). */
function parseMonthYear(text: string): Part | undefined {
  const m = /^(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/.exec(text.trim());
  return m ? { month: Number(m[1]), year: Number(m[2]) } : undefined;
}

function part(text: string, thisYear: number): Part | undefined {
  return parseMonthYear(text) ?? parsePart(text, thisYear);
}

/** Words people put around dates, folded: "từ tháng 3 năm 1998 đến tháng 12 năm 1999" → "3/1998 - 12/1999". */
function normalise(text: string): string {
  let t = foldText(text.normalize('NFC'))
    .replace(/[–—]/g, ' - ')
    .replace(/\bden\b|\bto\b|->|→|…|\.\.\./g, ' - ')
    .replace(/^\s*(tu|from)\b/, ' ')
    .replace(/\b(ngay|thang|nam|t)\s*(?=\d)/g, ' ');
  // "3 1998" after dropping "tháng … năm": rejoin a month and its year with a slash.
  t = t.replace(/\b(\d{1,2})\s+(\d{4})\b/g, '$1/$2').replace(/\b(\d{1,2})\s+(\d{1,2})\s*\/\s*(\d{4})\b/g, '$1/$2/$3');
  return t.replace(/\s+/g, ' ').trim();
}

type End = { readonly iso: string; readonly precision: DatePrecision };

/** Completes one end with the year (and month) of the other, then checks the calendar. */
function resolve(p: Part, other: Part | undefined, side: 'start' | 'end'): End | NoSuch | 'unreadable' {
  const year = p.year ?? other?.year;
  if (year === undefined) return 'unreadable';
  const month = p.month ?? (p.day !== undefined ? other?.month : undefined);
  if (p.day !== undefined && month === undefined) return 'unreadable';
  if (month !== undefined && (month < 1 || month > 12)) return { ok: false, code: 'period.noSuchMonth', params: { month } };
  if (month === undefined) return { iso: side === 'start' ? `${pad(year, 4)}-01-01` : `${pad(year, 4)}-12-31`, precision: 'year' };
  if (p.day === undefined) return { iso: `${pad(year, 4)}-${pad(month)}-${side === 'start' ? '01' : pad(lastDay(year, month))}`, precision: 'month' };
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(p.day)}`;
  return isIsoDate(iso) ? { iso, precision: 'day' } : { ok: false, code: 'period.noSuchDay', params: { day: p.day, month, year, days: lastDay(year, month) } };
}

function finish(start: End, end: End, today: string): PeriodResult {
  const thisYear = Number(today.slice(0, 4));
  if (Number(start.iso.slice(0, 4)) < EARLIEST_YEAR) return { ok: false, code: 'period.tooOld' };
  if (end.iso < start.iso) return { ok: false, code: 'period.endBeforeStart' };
  // A range written to the year may end on 31/12 of this year; a day or month may not be later than today.
  const latest = end.precision === 'year' ? `${thisYear}-12-31` : end.precision === 'month' ? `${today.slice(0, 7)}-31` : today;
  if (end.iso > latest) return { ok: false, code: 'period.future' };
  return { ok: true, value: { startDate: start.iso, endDate: end.iso, startPrecision: start.precision, endPrecision: end.precision } };
}

function single(p: Part, today: string): PeriodResult | undefined {
  if (p.year === undefined) return undefined;
  const s = resolve(p, undefined, 'start');
  const e = resolve(p, undefined, 'end');
  if (s === 'unreadable' || e === 'unreadable') return undefined;
  if ('code' in s) return s;
  if ('code' in e) return e;
  return finish(s, e, today);
}

/**
 * Reads a period as written. `today` ("yyyy-mm-dd") bounds it: papers are not from the future,
 * and a two-digit year is the latest one not after today ("98" → 1998, "05" → 2005).
 */
export function parsePeriod(text: string, today: string): PeriodResult {
  const t = normalise(text);
  if (!t) return { ok: false, code: 'period.required' };
  const thisYear = Number(today.slice(0, 4));
  const whole = part(t, thisYear);
  if (whole) {
    const r = single(whole, today);
    if (r) return r;
  }
  // Try every separator that could stand between the two ends; spaced ones first ("12-03-1998 - 5-4-1998").
  const cuts: number[] = [];
  for (let i = 0; i < t.length; i++) if (t[i] === '-') cuts.push(i);
  cuts.sort((a, b) => Number(t[b - 1] === ' ') - Number(t[a - 1] === ' '));
  let noSuch: NoSuch | undefined;
  for (const i of cuts) {
    const parsed = part(t.slice(0, i), thisYear);
    const right = part(t.slice(i + 1), thisYear);
    if (!parsed || !right) continue;
    // The end's numbers fill what the start leaves out ("12/3 - 15/4/1998", "3 - 12/1998");
    // a lone number before a full date is a day of its month ("5 - 20/3/1998").
    const lone = parsed.year === undefined && parsed.day === undefined && parsed.month !== undefined;
    const left: Part = lone && right.day !== undefined ? { day: parsed.month } : parsed;
    const s = resolve(left, right, 'start');
    const e = resolve(right, left, 'end');
    if (s === 'unreadable' || e === 'unreadable') continue;
    if ('code' in s || 'code' in e) {
      noSuch ??= 'code' in s ? s : (e as NoSuch);
      continue;
    }
    return finish(s, e, today);
  }
  return noSuch ?? { ok: false, code: 'period.unreadable' };
}

/**
 * One end of a period written on its own (the "from" or "to" of a dossier's dates): a day, a
 * month ("3/2025", "tháng 3 năm 2025") or a year ("2025"), as the first or last day it covers;
 * undefined when it is not one of those with its year.
 */
export function readPeriodEnd(text: string, side: 'start' | 'end', today: string): { readonly date: string; readonly precision: DatePrecision } | undefined {
  const t = normalise(text);
  const p = t ? part(t, Number(today.slice(0, 4))) : undefined;
  if (!p || p.year === undefined || p.year < EARLIEST_YEAR) return undefined;
  const r = resolve(p, undefined, side);
  return typeof r === 'object' && 'iso' in r ? { date: r.iso, precision: r.precision } : undefined;
}

/** A date as written to its precision: "12/03/1998", "03/1998" or "1998". */
export function formatEnd(iso: string, precision: DatePrecision): string {
  const [y, m, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  return precision === 'year' ? y : precision === 'month' ? `${m}/${y}` : `${d}/${m}/${y}`;
}

/**
 * As printed on slips and inventories: "1998", "1998 – 2001", "03/1998 – 12/1999",
 * "12/03/1998", "12/03/1998 – 15/04/1998"; '' when unknown. Precision absent means a day.
 */
export function formatPeriod(startDate: string | undefined, endDate: string | undefined, startPrecision: DatePrecision = 'day', endPrecision: DatePrecision = 'day'): string {
  if (!startDate && !endDate) return '';
  const a = startDate ? formatEnd(startDate, startPrecision) : '';
  const b = endDate ? formatEnd(endDate, endPrecision) : '';
  if (!a || !b || a === b) return a || b;
  return `${a} – ${b}`;
}

/** The text to put back in the field when a slip is corrected. */
export function periodText(p: Pick<Period, 'startDate' | 'endDate'> & Partial<Pick<Period, 'startPrecision' | 'endPrecision'>>): string {
  return formatPeriod(p.startDate, p.endDate, p.startPrecision, p.endPrecision).replace(' – ', ' - ');
}
