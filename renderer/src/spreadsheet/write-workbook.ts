/**
 * Writes .xlsx files: a register as its printed book (title block, the Phụ lục IV column
 * headers, one row per entry) and any table of results (search). Times New Roman, headers
 * bold with borders, wrapped text, frozen header, A4 landscape. Dates are real Excel dates
 * (dd/mm/yyyy) and numbers real numbers, so the file sorts and filters; an exported register
 * maps itself again on import (its header is the legal form text).
 */
import { PLAIN_WHEN_CANCELLED, type RegisterBook } from '../core/registers/register-book';
import type { RegisterFields } from '../core/registers/types';
import type { UnitProfileFields } from '../core/unit';
import { loadExcelJs } from './exceljs';
import type { Cell, Worksheet } from './exceljs';

const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const DATE_FORMAT = 'dd/mm/yyyy';

/** A cell computed in the sheet (e.g. a total: it follows a figure corrected in Excel), with the value it has now. */
export type XlsxFormula = { readonly formula: string; readonly result: number };
export type XlsxValue = string | number | Date | null | undefined | XlsxFormula;
export type XlsxColumn = {
  readonly header: string;
  /** Width in characters (default from the header length). */
  readonly width?: number;
};

export type XlsxOptions = {
  /** Written as the file's creation time (default now); fixed in tests and fixtures. */
  readonly created?: Date;
  /** Sheet name (default from the title), at most 31 characters. */
  readonly sheetName?: string;
  /** Rows (indices into the rows given) written in bold: totals. */
  readonly strongRows?: readonly number[];
};

/** The sheet row of the first row `rowsToXlsx` is given (a title, an empty row and the header above it). */
export const FIRST_ROW = 4;

/** Widths (characters) of the ten columns of each form, in form order. */
const INCOMING_WIDTHS = [11, 7, 24, 16, 11, 46, 20, 11, 14, 16];
const OUTGOING_WIDTHS = [16, 11, 46, 20, 28, 18, 8, 11, 14, 16];

function safeSheetName(name: string): string {
  const cleaned = name.replace(/[\\/*?:[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  return (cleaned || 'Sheet1').slice(0, 31);
}

function dmyToDate(text: string): Date | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
  return d.getUTCDate() === Number(m[1]) ? d : undefined;
}

function styleBody(cell: Cell): void {
  cell.font = { name: FONT, size: 12 };
  cell.alignment = { vertical: 'top', wrapText: true };
  cell.border = BORDER;
}

function setValue(cell: Cell, value: XlsxValue): void {
  if (value === null || value === undefined || value === '') return;
  cell.value = typeof value === 'object' && !(value instanceof Date) ? { formula: value.formula, result: value.result } : value;
  if (value instanceof Date) {
    cell.numFmt = DATE_FORMAT;
  }
}

function titleRow(ws: Worksheet, row: number, text: string, columns: number, font: { bold?: boolean; italic?: boolean; size?: number }): void {
  ws.mergeCells(row, 1, row, columns);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, size: font.size ?? 12, bold: font.bold ?? false, italic: font.italic ?? false };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function headerRows(ws: Worksheet, row: number, headers: readonly string[], numbered: boolean): number {
  const r = ws.getRow(row);
  headers.forEach((h, i) => {
    const cell = r.getCell(i + 1);
    cell.value = h;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  if (!numbered) return row;
  // The printed forms number their columns "(1) … (10)" under the header.
  const n = ws.getRow(row + 1);
  headers.forEach((_, i) => {
    const cell = n.getCell(i + 1);
    cell.value = `(${i + 1})`;
    cell.font = { name: FONT, size: 11, italic: true };
    cell.alignment = { horizontal: 'center' };
    cell.border = BORDER;
  });
  return row + 1;
}

function pageSetup(ws: Worksheet, headerFrom: number, headerTo: number): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${headerFrom}:${headerTo}`,
  };
}

async function toBytes(build: (ws: Worksheet) => void, sheetName: string, options: XlsxOptions): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  const when = options.created ?? new Date();
  wb.creator = 'Lưu trữ xã';
  wb.created = when;
  wb.modified = when;
  const ws = wb.addWorksheet(safeSheetName(options.sheetName ?? sheetName));
  build(ws);
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out);
}

/** The columns of a register book holding dates ("Ngày …") and plain numbers (số đến, số lượng bản). */
function columnKinds(headers: readonly string[]): ('date' | 'number' | 'text')[] {
  return headers.map((h) => (/^Ngày/.test(h) ? 'date' : h === 'Số đến' || h === 'Số lượng bản' ? 'number' : 'text'));
}

/**
 * A register as an .xlsx book: the office, the register's name and year, the range of dates
 * and numbers, then the Phụ lục IV form (IV.VI incoming, IV.I outgoing) with numbered columns.
 */
export async function registerToXlsx(
  unit: Pick<UnitProfileFields, 'name' | 'parentName'>,
  register: Pick<RegisterFields, 'name' | 'year' | 'kind'>,
  book: RegisterBook,
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const widths = register.kind === 'incoming' ? INCOMING_WIDTHS : OUTGOING_WIDTHS;
  const n = book.columns.length;
  const kinds = columnKinds(book.columns);
  return toBytes(
    (ws) => {
      ws.columns = book.columns.map((_, i) => ({ width: widths[i] ?? 14 }));
      let row = 1;
      if (unit.parentName.trim()) titleRow(ws, row++, unit.parentName.toLocaleUpperCase('vi'), n, {});
      titleRow(ws, row++, unit.name.toLocaleUpperCase('vi'), n, { bold: true });
      row++;
      titleRow(ws, row++, register.name.toLocaleUpperCase('vi'), n, { bold: true, size: 14 });
      if (!register.name.includes(String(register.year))) titleRow(ws, row++, `Năm ${register.year}`, n, { bold: true });
      const s = book.summary;
      if (s.count > 0)
        titleRow(ws, row++, `Từ ngày ${s.fromDate} đến ngày ${s.toDate} — từ số ${s.fromNumber} đến số ${s.toNumber}`, n, { italic: true });
      row++;
      const headerFrom = row;
      const headerTo = headerRows(ws, row, book.columns, true);
      ws.getRow(headerFrom).height = 48;
      book.rows.forEach((values, ri) => {
        const r = ws.getRow(headerTo + 1 + ri);
        values.forEach((text, i) => {
          const cell = r.getCell(i + 1);
          const kind = kinds[i];
          const value: XlsxValue =
            kind === 'date' ? (dmyToDate(text) ?? text) : kind === 'number' && /^\d+$/.test(text) ? Number(text) : text;
          setValue(cell, value);
          if (kind === 'number' && typeof value === 'number' && book.columns[i] === 'Số đến') cell.numFmt = '00';
          styleBody(cell);
          if (kind !== 'text') cell.alignment = { horizontal: 'center', vertical: 'top' };
          // A cancelled entry's line crossed out as in the printed book, its number, date and note plain.
          if (book.cancelledRows.has(ri) && !PLAIN_WHEN_CANCELLED.includes(i) && text !== '') cell.font = { ...cell.font, strike: true };
        });
      });
      ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerTo, topLeftCell: `A${headerTo + 1}`, activeCell: `A${headerTo + 1}` }];
      pageSetup(ws, headerFrom, headerTo);
    },
    register.name,
    options,
  );
}

/** A table of results (search, lists) with a title row: header bold with borders, frozen. */
export async function rowsToXlsx(
  title: string,
  columns: readonly (string | XlsxColumn)[],
  rows: readonly (readonly XlsxValue[])[],
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const cols: XlsxColumn[] = columns.map((c) => (typeof c === 'string' ? { header: c } : c));
  const n = Math.max(1, cols.length);
  return toBytes(
    (ws) => {
      ws.columns = cols.map((c) => ({ width: c.width ?? Math.min(50, Math.max(10, c.header.length + 4)) }));
      titleRow(ws, 1, title, n, { bold: true, size: 14 });
      const header = headerRows(
        ws,
        FIRST_ROW - 1,
        cols.map((c) => c.header),
        false,
      );
      const strong = new Set(options.strongRows ?? []);
      rows.forEach((values, ri) => {
        const r = ws.getRow(header + 1 + ri);
        for (let i = 0; i < n; i++) {
          const cell = r.getCell(i + 1);
          setValue(cell, values[i]);
          styleBody(cell);
          if (strong.has(ri)) cell.font = { name: FONT, size: 12, bold: true };
        }
      });
      ws.views = [{ state: 'frozen', xSplit: 0, ySplit: header, topLeftCell: `A${header + 1}`, activeCell: `A${header + 1}` }];
      pageSetup(ws, header, header);
    },
    title,
    options,
  );
}
