/** Display formats: dd/mm/yyyy dates (Vietnamese usage), byte sizes. */

/** "2026-01-05" or a Date → "05/01/2026". Returns '' for empty input. */
export function formatDate(value: string | Date | undefined | null): string {
  if (!value) return '';
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
    return value;
  }
  const d = String(value.getDate()).padStart(2, '0');
  const mo = String(value.getMonth() + 1).padStart(2, '0');
  return `${d}/${mo}/${value.getFullYear()}`;
}

/** ISO date-time → "05/01/2026 14:03". */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDate(d)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Local calendar date as "yyyy-mm-dd" (how dates are stored). */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The number-format locale of a UI language: "1.234,5" in Vietnamese, "1,234.5" in English. */
export function numberLocale(language: string): string {
  return language === 'en' ? 'en-US' : 'vi-VN';
}

/** A whole count with the grouping of the UI language: 12.345 (vi), 12,345 (en). */
export function formatCount(n: number, language: string): string {
  return n.toLocaleString(numberLocale(language));
}

/** 701,2 KB in Vietnamese, 701.2 KB in English. */
export function formatBytes(n: number, language = 'vi'): string {
  if (n < 1024) return `${formatCount(n, language)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toLocaleString(numberLocale(language), { maximumFractionDigits: 1 })} ${units[i]}`;
}

/** A file-name-safe ASCII slug of Vietnamese text: "Sổ đăng ký văn bản đến" → "so-dang-ky-van-ban-den". */
export function fileSlug(text: string, maxLength = Infinity): string {
  const slug = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  if (slug.length <= maxLength) return slug;
  // Cut between words, never inside one ("giai-doan-1995", not "giai-doan-199"); a first word longer than that is cut.
  const cut = slug.slice(0, maxLength + 1).lastIndexOf('-');
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, maxLength);
}

/**
 * A decimal typed the Vietnamese way ("12,5") or the English way ("12.5"); spaces ignored.
 * NaN when it is not a plain number or could be read two ways ("1.500"): validation then says
 * so; undefined when empty.
 */
export function parseDecimal(text: string): number | undefined {
  const t = text.replace(/[\s\u00a0]/g, '');
  if (t === '') return undefined;
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return Number.NaN;
  // "1.500" is one thousand five hundred the Vietnamese way and one and a half the English way:
  // refused (validation asks for 1500 or 1,5) rather than read as one of them. "0.125" is not in doubt.
  if (/^-?[1-9]\d{0,2}\.\d{3}$/.test(t)) return Number.NaN;
  return Number(t.replace(',', '.'));
}

/**
 * A whole number typed by a clerk: "800", " 5000 ", or grouped the Vietnamese way ("5.000",
 * "5 000"). NaN when it is not one ("abc", "12,5", "1,500" — a decimal comma here —, "-3",
 * "5.00"): the field then says what to type; undefined when empty. Never rounded or clamped.
 */
export function parseWholeNumber(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (!/^\d+$/.test(t) && !/^\d{1,3}([.\s\u00a0]\d{3})+$/.test(t)) return Number.NaN;
  const digits = t.replace(/[.\s\u00a0]/g, '');
  return digits.length > 15 ? Number.NaN : Number(digits);
}

/**
 * A count typed in a form checked afterwards: undefined when empty, -1 when it is not a whole
 * number (the form's range check then names the field), else the number — "1.200" is 1200, not
 * the 1.2 that Number() reads (refused as out of range, a message about the wrong thing).
 */
export function typedCount(text: string): number | undefined {
  const n = parseWholeNumber(text);
  return n === undefined ? undefined : Number.isNaN(n) ? -1 : n;
}

/** 12.5 → "12,5" in Vietnamese, "12.5" in English; at most `digits` decimals (2). */
export function formatDecimal(n: number, language: string, digits = 2): string {
  return n.toLocaleString(numberLocale(language), { maximumFractionDigits: digits, useGrouping: false });
}

/**
 * A date in words as Decree 30/2020 writes it (Phụ lục I): "ngày 05 tháng 3 năm 2026" — the day on
 * two digits, a zero before months 1 and 2 only ("tháng 01", "tháng 12"); `blank` in place of each
 * number when there is no date, to write it by hand. An ISO date is read as that calendar day.
 */
export function vietnameseDateWords(d: Date | string | undefined, blank = '……'): string {
  const date = typeof d === 'string' ? (/^\d{4}-\d{2}-\d{2}/.test(d) ? new Date(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) : undefined) : d;
  if (!date || Number.isNaN(date.getTime())) return `ngày ${blank} tháng ${blank} năm ${blank}`;
  const m = date.getMonth() + 1;
  return `ngày ${String(date.getDate()).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : String(m)} năm ${date.getFullYear()}`;
}
