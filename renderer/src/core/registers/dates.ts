/**
 * Calendar dates for registers: stored as "yyyy-mm-dd", compared as strings, counted in
 * calendar days (not working days). Parses the date cells of legacy spreadsheets.
 */

/** True for a real calendar date "yyyy-mm-dd" (rejects 2024-02-31). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Whether a new incoming entry dated `arrivalDate` would stand after an entry of a later day: số đến
 * are given in the order documents are received (Decree 30/2020, Art. 22.2), so a Ngày đến before
 * the last entry's is most often a typing slip (a wrong month). A paper registered late is still
 * allowed: the form warns, it does not refuse.
 */
export function arrivesBeforeLast(arrivalDate: string, last: { readonly date: string } | undefined): boolean {
  return last !== undefined && isIsoDate(arrivalDate) && isIsoDate(last.date) && arrivalDate < last.date;
}

function validYmd(y: number, mo: number, d: number): boolean {
  if (y < 1000 || y > 9999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function toIso(y: number, mo: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function utcMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). Both "yyyy-mm-dd". */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMs(to) - utcMs(from)) / 86_400_000);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(utcMs(iso) + days * 86_400_000);
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export type DateCellFormat = 'dmy' | 'dmy-short-year' | 'iso' | 'excel-serial';
export type DateCellResult =
  | { readonly ok: true; readonly date: string; readonly format: DateCellFormat }
  | { readonly ok: false; readonly reason: 'empty' | 'invalid' };

/** Excel serials accepted as dates: 01/01/1950 … 31/12/2100 (smaller numbers are not dates in a register). */
const SERIAL_MIN = 18_264;
const SERIAL_MAX = 73_415;
/** Two-digit years: 00–69 → 2000s, 70–99 → 1900s (as spreadsheets do). */
const PIVOT = 70;

/**
 * A time after the date: "14:03", "14:03:22", "8:30 AM", "8:30 SA" (Vietnamese Excel: sáng/chiều),
 * or the ISO form "T08:30:00.000Z" / "T08:30+07:00". The date is taken as written.
 */
const TRAILING_TIME = /(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:AM|PM|SA|CH))?(?:Z|[+-]\d{2}:?\d{2})?$/iu;

/**
 * A spreadsheet date cell: dd/mm/yyyy (also with "-" or "."), d/m/yy, yyyy-mm-dd,
 * or an Excel serial number (days since 30/12/1899). A trailing time is ignored.
 */
export function parseDateCell(value: string | number | null | undefined): DateCellResult {
  if (value === null || value === undefined) return { ok: false, reason: 'empty' };
  if (typeof value === 'number') return fromSerial(value);
  const s = value.normalize('NFC').trim().replace(TRAILING_TIME, '');
  if (s === '') return { ok: false, reason: 'empty' };
  if (/^\d+(\.\d+)?$/.test(s)) return fromSerial(Number(s));
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validYmd(y, mo, d) ? { ok: true, date: toIso(y, mo, d), format: 'iso' } : { ok: false, reason: 'invalid' };
  }
  m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})$/.exec(s);
  if (m && m[3]) {
    const short = m[3].length === 2;
    const yy = Number(m[3]);
    const y = short ? (yy < PIVOT ? 2000 + yy : 1900 + yy) : yy;
    const [d, mo] = [Number(m[1]), Number(m[2])];
    if (!validYmd(y, mo, d)) return { ok: false, reason: 'invalid' };
    return { ok: true, date: toIso(y, mo, d), format: short ? 'dmy-short-year' : 'dmy' };
  }
  return { ok: false, reason: 'invalid' };
}

function fromSerial(n: number): DateCellResult {
  const whole = Math.floor(n);
  if (!Number.isFinite(n) || whole < SERIAL_MIN || whole > SERIAL_MAX) return { ok: false, reason: 'invalid' };
  const d = new Date(Date.UTC(1899, 11, 30) + whole * 86_400_000);
  return { ok: true, date: toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), format: 'excel-serial' };
}
