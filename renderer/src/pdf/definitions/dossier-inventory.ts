/**
 * The Mục lục hồ sơ (NĐ 30/2020 Phụ lục V.III "Mục lục hồ sơ, tài liệu nộp lưu"; the archive's
 * "Mục lục hồ sơ" of TCN 04:1997): A4 portrait, the agency block top left, the fonds, inventory
 * and years, the numbered table with its header on every page, then "Mục lục này gồm … hồ sơ
 * (đơn vị bảo quản). Viết bằng chữ …", the date and the preparer's signature. A consolidated
 * inventory (several fonds or inventories, e.g. at the upper level) prints one table per
 * section, the section heading repeated with the column titles and never left at a page's foot
 * without its first files (keep-with-rows.ts). The agency block is shared with the file plan
 * (file-plan.ts).
 */
import type { Content, CustomTableLayout, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { InventoryRow } from '../../core/dossiers/inventory';
import { PORTRAIT_MARGINS, fitText, heldDateLine, mm, fondsLabel } from './common';
import type { BookUnit } from './register-book';
import { keptTable, type ListRow } from './keep-with-rows';
import { capitalise } from '../../core/text';

export type InventorySection = {
  /** e.g. "UBND xã Thụy Hải — Phông số 12 — Mục lục số 1"; '' for a single inventory. */
  readonly heading: string;
  readonly rows: readonly InventoryRow[];
  /** Heading lines printed across the table before a row (index into `rows`): a classification's "I. Tổng hợp", "1. Quyết định". */
  readonly headingsBefore?: ReadonlyMap<number, readonly string[]>;
  /** Of its rows, those handed over to an archive (a consolidated inventory's, core `ConsolidatedSection.deposited`): the closing count says them. */
  readonly deposited?: number;
};

export type DossierInventoryOptions = {
  /** Title in capitals; default "MỤC LỤC HỒ SƠ" (the decree's form says "MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU"). */
  readonly title?: string;
  /** The "Hộp số" column before Ghi chú; default true. */
  readonly showBox?: boolean;
  /** Size of the table text; default 10. */
  readonly fontSize?: number;
  /** Date of the closing lines; without it the date is left blank to fill by hand. */
  readonly date?: Date;
  /** Name printed under "NGƯỜI LẬP". */
  readonly preparer?: string;
  /** Lời nói đầu: the fonds history (written once on the fonds), printed before the table. */
  readonly foreword?: readonly string[];
  /**
   * The list an office hands over with a deposit (PL V.III as NĐ 30 words it): no fonds and no
   * inventory number lines, only the year(s).
   */
  readonly handover?: boolean;
};

export type DossierInventoryInput = {
  readonly unit: BookUnit;
  /** Tên phông and phông số; blanks to fill by hand when absent (left out of a consolidated inventory). */
  readonly fonds?: { readonly name: string; readonly number?: string | number };
  /** Mục lục số; as for `fonds`. */
  readonly inventoryNumber?: string | number;
  readonly fromYear?: number;
  readonly toYear?: number;
  readonly sections: readonly InventorySection[];
  readonly options?: DossierInventoryOptions;
};

export const DEFAULT_INVENTORY_TITLE = 'MỤC LỤC HỒ SƠ';
export const INVENTORY_EMPTY_TEXT = 'Chưa có hồ sơ nào.';

const DOTS = '……………';
/** The agency block takes 60 % of the 165 mm between the portrait margins: these forms have no national heading beside it. */
const AGENCY_WIDTH_MM = 99;

const COLUMNS = ['Số TT', 'Số, ký hiệu hồ sơ', 'Tiêu đề hồ sơ', 'Thời gian tài liệu', 'Thời hạn bảo quản', 'Số tờ/\nSố trang', 'Hộp số', 'Ghi chú'] as const;
/**
 * Content widths in mm for the 165 mm between the portrait margins (padding and rules take
 * ~16 mm more); the title takes the rest, about 53 mm. At 10 pt a period "dd/mm/yyyy –" needs
 * 20 mm and "Vĩnh viễn" 15 mm.
 */
const WIDTHS_MM: readonly (number | '*')[] = [8, 16, '*', 20, 16, 13, 9, 14];
const NOTE_COLUMN = 7;
/** A Ghi chú holding a date ("Đã nhận 15/01/2027", or a clerk's "Bản sao ngày 05/03/2025") gets the width of the period's column, taken from the title: in 14 mm it broke as "10/03/20 26". */
const DATED_NOTE_MM = 20;
const DATE_IN_NOTE = /\d{2}\/\d{2}\/\d{4}/;
const datedNotes = (sections: readonly InventorySection[]) => sections.some((s) => s.rows.some((r) => DATE_IN_NOTE.test(r.note)));
const ALIGN: readonly ('left' | 'center')[] = ['center', 'center', 'left', 'center', 'center', 'center', 'center', 'left'];
const BOX_COLUMN = 6;

export const GRID: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 2.5,
  paddingRight: () => 2.5,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const digit = (d: number): string => DIGITS[d] ?? '';

/** Words for 0–999; `full` says a higher group precedes, so "không trăm" and "linh" are spoken. */
function hundreds(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const out: string[] = [];
  if (h > 0 || full) out.push(digit(h), 'trăm');
  if (t === 0) {
    if (u > 0 && out.length > 0) out.push('linh');
  } else if (t === 1) out.push('mười');
  else out.push(digit(t), 'mươi');
  if (u > 0) {
    if (u === 1 && t >= 2) out.push('mốt');
    else if (u === 4 && t >= 2) out.push('tư');
    else if (u === 5 && t >= 1) out.push('lăm');
    else out.push(digit(u));
  }
  return out;
}

/**
 * A whole number 0–999 999 in Vietnamese words, as written in "Viết bằng chữ": 21 "hai mươi
 * mốt", 24 "hai mươi tư", 15 "mười lăm", 105 "một trăm linh năm", 1005 "một nghìn không trăm
 * linh năm". Lower case; throws RangeError outside the range.
 */
export function numberToVietnameseWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError(`Không đọc được số ${n} thành chữ (chỉ từ 0 đến 999.999).`);
  if (n === 0) return digit(0);
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const words = thousands > 0 ? [...hundreds(thousands, false), 'nghìn'] : [];
  if (rest > 0) words.push(...hundreds(rest, thousands > 0));
  return words.join(' ');
}


/** Parent agency over the unit's name, bold, with a short rule: the top-left block of administrative forms. */
export function agencyBlock(unit: Pick<BookUnit, 'name' | 'parentName'>): Content {
  const width = AGENCY_WIDTH_MM * mm(1);
  // One line each when the name fits at 10.5 pt or more; otherwise two lines, smaller if need be.
  const fit = (text: string, bold: boolean) => {
    const one = fitText(text, width, 1, 12, 10.5, bold);
    return one.text === text ? one : fitText(text, width, 2, 12, 9, bold);
  };
  const lines: Content[] = [];
  const parent = unit.parentName.trim().toUpperCase();
  if (parent) lines.push({ ...fit(parent, false) });
  lines.push(
    { ...fit(unit.name.trim().toUpperCase(), true), bold: true },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 60, y2: 0, lineWidth: 0.6 }], alignment: 'center', margin: [0, 4, 0, 0] },
  );
  return { columns: [{ width, stack: lines, alignment: 'center' }, { width: '*', text: '' }], margin: [0, 0, 0, 16] };
}

/** "Thụy Hải, ngày … tháng … năm …" to fill by hand, or the given date (kept whole on its line). */
export function dateLine(place: string, date?: Date): string {
  return heldDateLine(place, date, '…');
}

function yearsLine(from?: number, to?: number): string {
  if (from === undefined && to === undefined) return `Năm ${DOTS}`;
  if (from === undefined || to === undefined || from === to) return `Năm ${from ?? to}`;
  return `Từ năm ${from} đến năm ${to}`;
}

const given = (v: string | number | undefined): string => (v === undefined || String(v).trim() === '' ? DOTS : String(v).trim());

function titleBlock(input: DossierInventoryInput, title: string): Content {
  // Several sections, or one whose heading names its unit, fonds and inventory (the upper level's inventory of one
  // unit printed "Phông: …… (Phông số ……) / Mục lục số: ……" over a section that named them).
  const consolidated = input.sections.length > 1 || input.sections.some((s) => s.heading.trim() !== '');
  const handover = input.options?.handover === true;
  const sub = (text: string, bold = false): Content => ({ text, bold, fontSize: 13, alignment: 'center', margin: [0, 3, 0, 0] });
  const lines: Content[] = [{ text: title, bold: true, fontSize: 14, alignment: 'center' }];
  // A consolidated inventory names its fonds and inventories in the section headings.
  if (!handover && (input.fonds || !consolidated)) lines.push(sub(`${fondsLabel(input.fonds?.name.trim() || DOTS)} (Phông số ${given(input.fonds?.number)})`));
  if (!handover && (input.inventoryNumber !== undefined || !consolidated)) lines.push(sub(`Mục lục số: ${given(input.inventoryNumber)}`));
  lines.push(sub(yearsLine(input.fromYear, input.toYear), true));
  return { stack: lines, margin: [0, 0, 0, 14] };
}

/**
 * Marks the layout looks for to see whether the closing block ("Mục lục này gồm …", the date and
 * the signature, always the end of the document) stands alone on the last page (jobs.ts
 * `renderJob`): it does when the page of a table's last row is not the last page. pdfmake's
 * `headlineLevel`, which it hands to that look and uses for nothing else (an id must be unique, and
 * a deposit inventory prints its table and closing once per copy). The closing's own page is not
 * asked: a line of an unbreakable block that moved to the next page still says the page it was tried on.
 */
export const CLOSING_LEVEL = 99;
export const LAST_ROW_LEVEL = 98;
/** Rows carried to the closing block's page when it would stand there alone. */
export const CARRIED_ROWS = 2;

/**
 * The tables of `sections`, the last section's last rows (`carry`, when asked) cut off into a
 * table of their own that starts a new page with the column titles: the closing count and the
 * signature then follow rows of the list, never on a page of their own (a page holding only
 * "Mục lục này gồm …" and the signature, which anyone could add to or take away from).
 */
export function sectionTables(sections: readonly InventorySection[], columns: readonly number[], fontSize: number, carry = false): Content[] {
  // The last section that has rows (a consolidated inventory's last may be empty).
  const index = sections.findLastIndex((s) => s.rows.length > 0);
  const last = sections[index];
  const carried = carry && last ? Math.min(CARRIED_ROWS, last.rows.length) : 0;
  // Every table of the list alike: one with a dated note widens the Ghi chú of all.
  const wide = datedNotes(sections);
  const table = (s: InventorySection) => sectionTable(s, columns, fontSize, wide);
  if (carried === 0) return sections.map(table);
  const at = last!.rows.length - carried;
  const headingsFrom = (from: number, to: number) => new Map([...(last!.headingsBefore ?? [])].filter(([i]) => i >= from && i < to).map(([i, h]) => [i - from, h] as const));
  const head: InventorySection = { heading: last!.heading, rows: last!.rows.slice(0, at), headingsBefore: headingsFrom(0, at) };
  const tail: InventorySection = { heading: last!.heading, rows: last!.rows.slice(at), headingsBefore: headingsFrom(at, last!.rows.length) };
  return [
    ...sections.slice(0, index).map(table),
    ...(at > 0 ? [table(head)] : []),
    { stack: [tail, ...sections.slice(index + 1)].map(table), pageBreak: 'before' },
  ];
}

/** How a list is laid out the second time: its last rows carried to the closing block's page. */
export type ClosingLayout = { readonly carryRows?: boolean };

function sectionTable(section: InventorySection, columns: readonly number[], fontSize: number, wideNote: boolean): Content {
  const n = columns.length;
  const span = (cell: TableCell): TableCell[] => [cell, ...Array.from({ length: n - 1 }, (): TableCell => '')];
  const head: TableCell[] = columns.map((c) => ({ text: COLUMNS[c] ?? '', bold: true, alignment: 'center', fontSize: fontSize - 0.5 }));
  const numbers: TableCell[] = columns.map((_, i) => ({ text: `(${i + 1})`, alignment: 'center', fontSize: fontSize - 1.5 }));
  const heading = section.heading.trim();
  const rows: ListRow[] = [];
  for (const [i, r] of section.rows.entries()) {
    // A classification's lines are of one rank here: those over one row are kept together, with the rows under the last.
    for (const line of section.headingsBefore?.get(i) ?? []) rows.push({ cells: span({ text: line, bold: true, colSpan: n }), heading: 0 });
    const values = [String(r.ordinal), r.notation, r.title, r.period, r.retention, r.sheets, r.box, r.note];
    const last = i === section.rows.length - 1;
    rows.push({
      cells: columns.map((c, k): TableCell => {
        const cell: TableCell = ALIGN[c] === 'center' ? { text: values[c] ?? '', alignment: 'center' } : (values[c] ?? '');
        return last && k === 0 ? { ...(typeof cell === 'string' ? { text: cell } : (cell as object)), headlineLevel: LAST_ROW_LEVEL } as TableCell : cell;
      }),
    });
  }
  if (section.rows.length === 0) rows.push({ cells: span({ text: INVENTORY_EMPTY_TEXT, italics: true, alignment: 'center', colSpan: n }) });
  return {
    // The section's heading stands with the column titles on every page; both, and each heading line, are kept with rows under them (keep-with-rows.ts).
    table: keptTable(
      [head, numbers, ...(heading ? [span({ text: heading, bold: true, colSpan: n })] : [])],
      rows,
      columns.map((c) => {
        const w = c === NOTE_COLUMN && wideNote ? DATED_NOTE_MM : (WIDTHS_MM[c] ?? '*');
        return w === '*' ? w : mm(w);
      }),
      GRID,
    ),
    layout: GRID,
    fontSize,
    margin: [0, 0, 0, 10],
  };
}

export function signature(place: string, options: DossierInventoryOptions): Content {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: '55%',
        alignment: 'center',
        stack: [
          { text: dateLine(place, options.date), italics: true, margin: [0, 0, 0, 4] },
          { text: 'NGƯỜI LẬP', bold: true },
          { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 11 },
          { text: options.preparer ?? '', bold: true, margin: [0, 56, 0, 0] },
        ],
      },
    ],
  };
}

/** Indexes of the printed columns (the box column is optional). */
export function inventoryColumns(options: DossierInventoryOptions): number[] {
  return COLUMNS.map((_, i) => i).filter((i) => i !== BOX_COLUMN || (options.showBox ?? true));
}

/** "Mục lục này gồm … hồ sơ (đơn vị bảo quản). Viết bằng chữ: … hồ sơ.". */
/** The closing count; a consolidated inventory of several sections counts them all ("Các mục lục trên gồm …": it said "Mục lục này"). */
export function closingCount(count: number, { sections = 1, continued, deposited = 0 }: { readonly sections?: number; readonly continued?: { readonly first: number; readonly last: number } | undefined; readonly deposited?: number } = {}): Content[] {
  // `continued`: files going on after those the inventory held (a later processing job's), this part's by their numbers
  // ("Mục lục này gồm 3" read as the whole inventory).
  const subject = sections > 1 ? `Các mục lục trên (${sections} mục lục) gồm` : continued ? 'Phần mục lục này gồm' : 'Mục lục này gồm';
  return [
    // A consolidated inventory's files handed over to an archive are counted too (each section's heading says its own).
    { text: `${subject} ${count.toLocaleString('vi-VN')} hồ sơ (đơn vị bảo quản)${continued ? `, từ số ${continued.first} đến số ${continued.last}` : ''}${deposited > 0 ? `, trong đó đã nộp lưu ${deposited.toLocaleString('vi-VN')} hồ sơ` : ''}.`, headlineLevel: CLOSING_LEVEL },
    // "Năm hồ sơ": the number alone ("Viết bằng chữ: Năm.") reads as the word for a year.
    { text: `Viết bằng chữ: ${capitalise(numberToVietnameseWords(count))} hồ sơ.`, margin: [0, 3, 0, 10] },
  ];
}

/** The Mục lục hồ sơ of one inventory, or of several (one section each) consolidated. */
export function dossierInventoryDefinition(input: DossierInventoryInput, layout: ClosingLayout = {}): TDocumentDefinitions {
  const options = input.options ?? {};
  const title = options.title?.trim() || DEFAULT_INVENTORY_TITLE;
  const fontSize = options.fontSize ?? 10;
  const columns = inventoryColumns(options);
  const count = input.sections.reduce((s, sec) => s + sec.rows.length, 0);

  const body: Content[] =
    count === 0
      ? [{ text: INVENTORY_EMPTY_TEXT, italics: true, alignment: 'center', margin: [0, 12, 0, 24] }]
      : sectionTables(input.sections, columns, fontSize, layout.carryRows);
  const closingLines: Content[] =
    count === 0
      ? []
      : closingCount(count, { sections: input.sections.filter((s) => s.rows.length > 0).length, deposited: input.sections.reduce((n, s) => n + (s.deposited ?? 0), 0) });
  const foreword = (options.foreword ?? []).filter((p) => p.trim());
  const forewordBlock: Content[] = foreword.length
    ? [{ text: 'LỜI NÓI ĐẦU', bold: true, alignment: 'center', margin: [0, 0, 0, 6] }, ...foreword.map((p): Content => ({ text: p, alignment: 'justify', leadingIndent: mm(10), margin: [0, 0, 0, 5] })), { text: '', margin: [0, 0, 0, 8] }]
    : [];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PORTRAIT_MARGINS,
    info: { title: `${title} ${yearsLine(input.fromYear, input.toYear).toLowerCase()}`, author: input.unit.name, creator: 'Lưu trữ xã' },
    footer: (page, pages) => ({ text: `Trang ${page}/${pages}`, alignment: 'center', fontSize: 10, margin: [0, mm(6), 0, 0] }),
    content: [
      agencyBlock(input.unit),
      titleBlock(input, title),
      ...forewordBlock,
      ...body,
      { unbreakable: true, margin: [0, 4, 0, 0], stack: [...closingLines, signature(input.unit.place, options)] },
    ],
  };
}
