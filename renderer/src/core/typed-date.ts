/**
 * Dates as a clerk types them into a register: "5/3" (this year), "05/03/2026", "5-3-26",
 * "050326", "05032026". Returns "yyyy-mm-dd", or undefined when it is not a real date.
 */
import { isIsoDate } from './registers/dates';
import type { FieldIssue } from './errors';

const PIVOT = 70;
/** "5/3", "05/03/2026", "5-3-26", "5.3.2025", "5 3 26": day, month, and the year when typed. */
const DAY_MONTH_YEAR = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})(?:\s*[/.\-\s]\s*(\d{2}|\d{4}))?$/;
/** "0503", "050326", "05032026": the same without separators. */
const PACKED = /^(\d{2})(\d{2})(\d{2}|\d{4})?$/;

export function parseTypedDate(text: string, defaultYear: number): string | undefined {
  const s = text.normalize('NFC').trim();
  if (!s) return undefined;
  let y: number;
  const parts = DAY_MONTH_YEAR.exec(s);
  const packed = PACKED.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return isIsoDate(s) ? s : undefined;
  const m0 = parts ?? packed;
  if (!m0) return undefined;
  const d = Number(m0[1]);
  const m = Number(m0[2]);
  if (m0[3] === undefined) y = defaultYear;
  else if (m0[3].length === 2) y = Number(m0[3]) < PIVOT ? 2000 + Number(m0[3]) : 1900 + Number(m0[3]);
  else y = Number(m0[3]);
  const out = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(out) ? out : undefined;
}

/**
 * A moment as a clerk types it: a date as `parseTypedDate` reads it, then a time "21:09" (or
 * "21h09", "21"), local time; no time is the start of that day. The ISO instant, or undefined
 * when it is not a real date and time.
 */
export function parseTypedMoment(text: string, defaultYear: number): string | undefined {
  const s = text.normalize('NFC').trim();
  const at = (day: string, hours: number, minutes: number) => {
    const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
    return new Date(y, mo - 1, d, hours, minutes).toISOString();
  };
  const m = /^(.*?)\s+(\d{1,2})(?:\s*[:hg]\s*(\d{1,2}))?$/u.exec(s);
  // A bare hour ("… 21") only after a date with its own year: "05 03 20" is 5 March 2020, not 20:00.
  const ownYear = (d: string) => parseTypedDate(d, 1) !== undefined && parseTypedDate(d, 1) === parseTypedDate(d, 2);
  const day = m && (m[3] !== undefined || ownYear(m[1]!)) ? parseTypedDate(m[1]!, defaultYear) : undefined;
  const hours = Number(m?.[2] ?? 0);
  const minutes = Number(m?.[3] ?? 0);
  if (day && hours <= 23 && minutes <= 59) return at(day, hours, minutes);
  // No time (or what looked like one was the date's year: "05 03 26").
  const whole = parseTypedDate(s, defaultYear);
  return whole ? at(whole, 0, 0) : undefined;
}

/**
 * A date typed as day/month/year whose day or month does not exist ("31/02/2026", "29/02/2025",
 * "12/13/2026"): what it names, so the refusal says what is wrong ("Tháng 2/2026 không có ngày
 * 31") instead of only that the date cannot be read. Undefined when the text is not of that shape
 * or is a real date. Typed without its year ("30/2"), only a day no such month ever has is named,
 * without a year (the form's year decides 29/2); a month is said not to exist only when a day and a
 * year stand beside it ("2025", "3/2025", "03/25" are a year or a month, not this) — or `defaultYear`, the form's own.
 */
export function impossibleDate(text: string, defaultYear?: number): { readonly day: number; readonly month: number; readonly year?: number; readonly days?: number } | undefined {
  const s = text.normalize('NFC').trim();
  // Packed, only with its year: four digits alone are a year ("2025"), not a day and a month.
  const packed = PACKED.exec(s);
  const m0 = DAY_MONTH_YEAR.exec(s) ?? (packed?.[3] !== undefined ? packed : null);
  if (!m0) return undefined;
  const day = Number(m0[1]);
  const month = Number(m0[2]);
  if (day < 1 || day > 31) return undefined;
  if (m0[3] === undefined && defaultYear === undefined) {
    if (month < 1 || month > 12) return undefined;
    const most = month === 2 ? 29 : new Date(Date.UTC(2001, month, 0)).getUTCDate();
    return day > most ? { day, month, days: most } : undefined;
  }
  // Typed without its year where the form has one (`defaultYear`, as parseTypedDate reads it): judged in that year.
  const year = m0[3] === undefined ? defaultYear! : m0[3].length === 2 ? (Number(m0[3]) < PIVOT ? 2000 : 1900) + Number(m0[3]) : Number(m0[3]);
  if (year < 1) return undefined;
  if (month < 1 || month > 12) return { day, month, year };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > days ? { day, month, year, days } : undefined;
}

/**
 * `impossibleDate` of a moment as `parseTypedMoment` reads it ("31/02/2026 21:09"): of the whole,
 * else of the part before its time.
 */
export function impossibleMoment(text: string): ReturnType<typeof impossibleDate> {
  const s = text.normalize('NFC').trim();
  const m = /^(.*?)\s+(\d{1,2})(?:\s*[:hg]\s*(\d{1,2}))?$/u.exec(s);
  return impossibleDate(s) ?? (m ? impossibleDate(m[1]!) : undefined);
}

/**
 * The refusal of a date field whose value is not a real date: `code` (the form's own sentence),
 * or — for a day or month that does not exist — one that names it.
 */
export function dateIssue(field: string, value: string | undefined, code = 'register.date.invalid', defaultYear?: number): FieldIssue {
  return wrongDateIssue(field, value === undefined ? undefined : impossibleDate(value, defaultYear), code);
}

/** Of a moment typed with its time ("31/02/2026 21:09"): the refusal naming its day or month that does not exist, as a date's; undefined when it has none. */
export function impossibleMomentIssue(field: string, value: string): FieldIssue | undefined {
  const wrong = impossibleMoment(value);
  return wrong && wrongDateIssue(field, wrong, '');
}

function wrongDateIssue(field: string, wrong: ReturnType<typeof impossibleDate>, code: string): FieldIssue {
  if (!wrong) return { field, code };
  if (wrong.days === undefined) return { field, code: 'date.noSuchMonth', params: { month: wrong.month } };
  return wrong.year === undefined
    ? { field, code: 'date.noSuchDayInMonth', params: { day: wrong.day, month: wrong.month, days: wrong.days } }
    : { field, code: 'date.noSuchDay', params: { day: wrong.day, month: wrong.month, year: wrong.year, days: wrong.days } };
}
