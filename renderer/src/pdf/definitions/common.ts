/** Shared pieces of printed forms: units, margins (NĐ 30/2020 Phụ lục I), Vietnamese date lines. */
import type { Content } from 'pdfmake/interfaces';
import { vietnameseDateWords } from '../../core/format';
import { placeOfUnit } from '../../core/unit';

export const mm = (v: number): number => (v * 72) / 25.4;

/** NĐ 30: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const PORTRAIT_MARGINS: [number, number, number, number] = [mm(30), mm(20), mm(15), mm(20)];

/**
 * "Hưng Yên, ngày 05 tháng 01 năm 2026": days < 10 and months 1–2 take a leading zero (NĐ 30 Phụ lục I).
 * With no date, `blank` in its place to write it by hand ("ngày …… tháng …… năm ……").
 */
export function vietnameseDateLine(place: string, d: Date | string | undefined, blank = '……'): string {
  return `${place ? `${place}, ` : ''}${vietnameseDateWords(d, blank)}`;
}

/** "Phông: …" before a fonds' name, unless the name says it already ("Phông: Phông lưu trữ UBND xã …" read it twice). */
export function fondsLabel(name: string): string {
  const n = name.trim();
  return /^phông(\s|$)/iu.test(n) ? n : `Phông: ${n}`;
}

/**
 * `vietnameseDateLine` for a line of its own (a heading's, a signature block's): the date stays whole on one line (no-break
 * spaces), only the place before it may wrap — narrow columns and long places broke "… tháng 12 năm / 2026".
 */
export function heldDateLine(place: string, d: Date | string | undefined, blank = '……'): string {
  return `${place ? `${place}, ` : ''}${held(vietnameseDateWords(d, blank))}`;
}

/** Words held together on one line (no-break spaces between them). */
export const held = (text: string): string => text.replace(/ /g, '\u00a0');

/**
 * The national heading (Quốc hiệu và Tiêu ngữ) beside the agency name. The date line names the
 * place; without one given it is the agency's own place ("… tỉnh Hưng Yên" → "Hưng Yên").
 */
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** A centred rule `width` points long, just under the line above. */
function rule(width: number): Content {
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }], alignment: 'center', margin: [0, 2, 0, 0] };
}

export function heading(parentName: string, agencyName: string, place: string, date: Date | undefined, options: { readonly number?: string } = {}): Content {
  const names = headingNames(parentName, agencyName);
  return {
    columns: [
      {
        width: `${Math.round(names.share * 100)}%`,
        stack: [
          { text: names.parent, fontSize: names.fontSize, alignment: 'center' },
          { text: names.agency, fontSize: names.fontSize, bold: true, alignment: 'center' },
          // NĐ 30 Phụ lục I: a short rule under the agency's name, and one under the motto as long as it.
          rule(60),
          // A numbered paper (biên bản, báo cáo): "Số: 05/BB-UBND" under the agency, dots to write it by hand.
          ...(options.number !== undefined ? [{ text: `Số: ${options.number || '……/BB-……'}`, fontSize: 13, alignment: 'center' as const, margin: [0, 6, 0, 0] as [number, number, number, number] }] : []),
        ],
      },
      {
        width: '*',
        stack: [
          { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', fontSize: 12, bold: true, alignment: 'center' },
          { text: MOTTO, fontSize: 13, bold: true, alignment: 'center' },
          rule(textWidth(MOTTO, 13, true)),
          // No date known (a meeting not yet held): dots to write it by hand.
          { text: heldDateLine(place || placeOfUnit(agencyName), date), italics: true, alignment: 'center', margin: [0, 8, 0, 0] },
        ],
      },
    ],
    margin: [0, 0, 0, 18],
  };
}

/** The heading's left column as the form has it: 42 % of the 165 mm between the portrait margins (NĐ 30), names at 12 pt. */
const FORM_SHARE = 0.42;
const FORM_SIZE = 12;
/** Shares and sizes a long name may take, the form's first: the right column keeps "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (250 pt at 12 pt bold) on its line down to 54 %. */
const SHARES = [0.42, 0.44, 0.46] as const;
const SIZES = [12, 11.5, 11] as const;
/**
 * Points the left block's first line leaves of its column: the columns have no gap, and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
 * NAM" beside it nearly fills its own, so a line as wide as the column read on into it. (All lines keep 2 % of the
 * column, so that pdfmake, measuring the font's own glyphs, breaks them nowhere else.)
 */
const GUTTER = 10;

/** The names of the heading's left column: its share of the line, their size and their lines. */
export type HeadingNames = { readonly share: number; readonly fontSize: number; readonly parent: string; readonly agency: string };

/** Lines pdfmake prints `text` on in `width` (its own line breaks kept), with the 2 % of slack `unitNameLines` allows. */
const printedLines = (text: string, width: number, fontSize: number, bold = false): number =>
  text.split('\n').reduce((n, part) => n + wrapText(part, width * 1.02, fontSize, bold).length, 0);

/**
 * The parent agency's and the agency's names, in capitals, for the heading's left column. As the form has them
 * (42 %, 12 pt, each broken before the level of its place) while each takes two lines at most; a longer name
 * ("Ủy ban nhân dân phường … thuộc Thành phố Hồ Chí Minh mới sau sắp xếp" took four, the heading six) gets the
 * fewest lines a wider column (up to 46 %) and a size down to 11 pt allow — the largest size first, then the best
 * breaks (`nameLines`), then the narrowest column —, broken by hand so that pdfmake breaks them nowhere else. Never cut.
 */
export function headingNames(parentName: string, agencyName: string): HeadingNames {
  const parent = parentName.toUpperCase();
  const agency = agencyName.toUpperCase();
  const formWidth = mm(165) * FORM_SHARE;
  const asForm = { share: FORM_SHARE, fontSize: FORM_SIZE, parent: unitNameLines(parent, formWidth, FORM_SIZE), agency: unitNameLines(agency, formWidth, FORM_SIZE, true) };
  if (printedLines(asForm.parent, formWidth, FORM_SIZE) <= 2 && printedLines(asForm.agency, formWidth, FORM_SIZE, true) <= 2) return asForm;
  type Candidate = HeadingNames & { readonly lines: number; readonly cost: number; readonly split: boolean };
  // Sizes come largest first and shares narrowest first, so a later one wins only by keeping words whole, by fewer lines,
  // or at the same size by better breaks.
  const beats = (a: Candidate, b: Candidate) => (a.split !== b.split ? !a.split : a.lines !== b.lines ? a.lines < b.lines : a.fontSize === b.fontSize && a.cost < b.cost);
  let best: Candidate | undefined;
  for (const fontSize of SIZES) {
    for (const share of SHARES) {
      const width = mm(165) * share * 0.98;
      // The parent's first line stands beside "CỘNG HÒA …" (with no parent its empty line does, and the agency's beside the motto).
      const p = nameLines(parent, width, fontSize, false, width - GUTTER);
      const a = nameLines(agency, width, fontSize, true);
      const cost = p.cost + a.cost;
      const candidate = { share, fontSize, parent: p.lines.join('\n'), agency: a.lines.join('\n'), lines: p.lines.length + a.lines.length, cost, split: cost >= HELD };
      if (!best || beats(candidate, best)) best = candidate;
    }
  }
  const { lines: _lines, cost: _cost, split: _split, ...chosen } = best!;
  return chosen;
}

/** Words that name one thing: a line never breaks inside them ("THÀNH / PHỐ", "NHÂN / DÂN"). */
const HELD_PAIRS = new Set(['ỦY BAN', 'BAN NHÂN', 'NHÂN DÂN', 'HỘI ĐỒNG', 'ĐỒNG NHÂN', 'THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'ĐẶC KHU']);
/** The cost of a break inside them: more than any name's other breaks together. */
const HELD = 100;
const LEVEL_WORDS = new Set(['TỈNH', 'HUYỆN', 'QUẬN', 'XÃ', 'PHƯỜNG', 'THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'ĐẶC KHU']);

/**
 * What breaking a name before `words[j]` costs its reader: nothing before the level of a place ("… / PHƯỜNG SÀI GÒN"),
 * before "THUỘC" or after a comma; a little after a level, whose place then starts the next line, or before "VÀ"; more
 * inside a place's name or a word ("THỂ / THAO"); too much inside words that name one thing (`HELD_PAIRS`), which a layout
 * takes only when none other keeps them (`headingNames`).
 */
function breakCost(words: readonly string[], j: number): number {
  const before = words[j - 1] ?? '';
  const at = words[j] ?? '';
  if (HELD_PAIRS.has(`${before} ${at}`)) return HELD;
  if (LEVEL_WORDS.has(at) || LEVEL_WORDS.has(`${at} ${words[j + 1] ?? ''}`) || at === 'THUỘC' || before.endsWith(',')) return 0;
  if (LEVEL_WORDS.has(before) || LEVEL_WORDS.has(`${words[j - 2] ?? ''} ${before}`) || at === 'VÀ') return 1;
  return 3;
}

/**
 * `name` in the fewest lines of `width` (the first of `firstWidth`) at `fontSize`, and among those the breaks that cost
 * its reader least (`breakCost`); a word wider than the line is a line of its own.
 */
export function nameLines(name: string, width: number, fontSize: number, bold = false, firstWidth = width): { lines: string[]; cost: number } {
  const words = name.split(/\s+/).filter((w) => w);
  const fits = (from: number, to: number) => to === from + 1 || textWidth(words.slice(from, to).join(' '), fontSize, bold) <= (from === 0 ? firstWidth : width);
  // best[j]: the words before j laid out — line count, cost, where the last line starts.
  const best: { lines: number; cost: number; from: number }[] = [{ lines: 0, cost: 0, from: 0 }];
  for (let to = 1; to <= words.length; to++) {
    for (let from = 0; from < to; from++) {
      const prev = best[from];
      if (!prev || !fits(from, to)) continue;
      const lines = prev.lines + 1;
      const cost = prev.cost + (from > 0 ? breakCost(words, from) : 0);
      const cur = best[to];
      if (!cur || lines < cur.lines || (lines === cur.lines && cost < cur.cost)) best[to] = { lines, cost, from };
    }
  }
  const lines: string[] = [];
  for (let to = words.length; to > 0; to = best[to]!.from) lines.unshift(words.slice(best[to]!.from, to).join(' '));
  return { lines, cost: best[words.length]?.cost ?? 0 };
}

/** Where an agency's name breaks onto a second line: before the level of its place ("ỦY BAN NHÂN DÂN / TỈNH HƯNG YÊN"). */
const PLACE_LEVEL = /\s(?=(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)\s)/u;

/**
 * An agency's name for a heading column `width` wide: one line when it fits; else broken before
 * the level of its place, so that a place name is never cut in two ("TỈNH HƯNG / YÊN"); else as
 * the line wraps.
 */
export function unitNameLines(name: string, width: number, fontSize: number, bold = false): string {
  // 2 % of slack: the width table is Times', and pdfmake sets Tinos' own glyphs ('ỦY BAN NHÂN DÂN XÃ
  // THỤY HẢI' in bold, 196.6 pt by the table, stays on a 196.4 pt line).
  if (textWidth(name, fontSize, bold) <= width * 1.02) return name;
  const at = name.search(PLACE_LEVEL);
  return at > 0 ? `${name.slice(0, at)}\n${name.slice(at + 1)}` : name;
}

/** Registers and books print on A4 landscape; the left edge is bound, so it keeps the widest margin. */
export const LANDSCAPE_MARGINS: [number, number, number, number] = [mm(25), mm(18), mm(15), mm(16)];

// Advance widths (1/1000 em) of Tinos for ASCII 32–126; Tinos has Times New Roman's metrics.
// Builders are pure and never see the font file, yet a stamp must know whether a line fits.
const REGULAR_WIDTHS = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564,
  564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333,
  278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500,
  444, 480, 200, 480, 541,
];
const BOLD_WIDTHS = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570,
  570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333,
  278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500,
  444, 394, 220, 394, 520,
];
const HORN = 0x31b;

/**
 * Width in points of one line of text in Tinos. Vietnamese letters measure as their base letter
 * (tone marks stack, they do not widen); the horn of ơ/ư adds a little; đ/Đ are listed.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  let units = 0;
  for (const ch of text.normalize('NFD')) {
    const c = ch.charCodeAt(0);
    if (c === HORN) units += 55;
    else if (c >= 0x300 && c <= 0x36f) continue;
    else if (c >= 32 && c < 127) units += table[c - 32] ?? 500;
    // A no-break space is a space wide (a word held to its number is measured as printed).
    else if (c === 0xa0) units += table[0] ?? 250;
    else if (ch === 'đ') units += bold ? 556 : 500;
    else if (ch === 'Đ') units += 722;
    else units += 1000;
  }
  return (units * fontSize) / 1000;
}

/** Greedy word wrap as a typesetter does it; a word wider than the line is a line on its own. */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  // Broken at spaces only: a no-break space holds its words together, as pdfmake prints them.
  for (const word of text.split(/[ \t\r\n]+/).filter((w) => w)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The largest size from `max` down to `min` (half-point steps) at which `text` wraps into at
 * most `maxLines` lines of `width` with no word wider than the line. Returns `min` when
 * nothing fits; callers then shorten the text (see `fitText`).
 */
export function fitFontSize(text: string, width: number, maxLines: number, max: number, min: number, bold = false): number {
  // pdfmake's line breaking and ours may differ by a hair; keep 3 % in hand.
  const w = width * 0.97;
  for (let size = max; size >= min; size -= 0.5) {
    const lines = wrapText(text, w, size, bold);
    if (lines.length <= maxLines && lines.every((l) => textWidth(l, size, bold) <= w)) return size;
  }
  return min;
}

/** `text` at the size `fitFontSize` chose, cut with "…" when even the smallest size cannot hold it. */
export function fitText(text: string, width: number, maxLines: number, max: number, min: number, bold = false): { text: string; fontSize: number } {
  const fontSize = fitFontSize(text, width, maxLines, max, min, bold);
  const w = width * 0.97;
  const fits = (t: string) => {
    const lines = wrapText(t, w, fontSize, bold);
    return lines.length <= maxLines && lines.every((l) => textWidth(l, fontSize, bold) <= w);
  };
  if (fits(text)) return { text, fontSize };
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(`${chars.slice(0, mid).join('').trimEnd()}…`)) lo = mid;
    else hi = mid - 1;
  }
  return { text: `${chars.slice(0, lo).join('').trimEnd()}…`, fontSize };
}

/** Who signs a form for the office (core/unit `Signer`): set in the settings; a form without one prints the general title. */
export type FormHead = { readonly title: string; readonly name: string };

/** The head's signature block of a form: the office's signer (core/unit `formHead`), its title else `fallback` ("THỦ TRƯỞNG CƠ QUAN"); no name: written by hand. */
export function headSigner(unit: { readonly head?: FormHead | undefined }, fallback = 'THỦ TRƯỞNG CƠ QUAN'): FormHead {
  return { title: unit.head?.title.trim() || fallback, name: unit.head?.name ?? '' };
}
