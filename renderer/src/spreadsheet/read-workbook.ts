/**
 * Reads an .xlsx file (untrusted bytes) into plain rows of cells, in Node and in the browser.
 * Bounded: refuses files over 50 MB, over 500 MB once unpacked, or over 200,000 rows.
 * Every value becomes a cell (dates from date cells, numbers, rich text, the cached result of
 * formulas); every text is converted from legacy Vietnamese encodings (TCVN3 .VnTime fonts,
 * VNI fonts) to NFC Unicode, using the cell's font name first and the text itself second, and
 * the encoding it was found in is kept on the cell. Merged areas keep their text in the
 * top-left cell only.
 */
import { AppError } from '../core/errors';
import { detectAndConvert } from '../core/legacy-text';
import type { LegacyEncoding } from '../core/legacy-text';
import { loadExcelJs } from './exceljs';
import type { Cell, CellValue, Worksheet } from './exceljs';
import { checkXlsxZip } from './zip-check';

export type SheetCell = {
  /** What the cell shows, NFC Unicode; dates as dd/mm/yyyy; '' when empty. */
  readonly text: string;
  /** The value: text (converted), number, date (UTC midnight of the calendar day) or null. */
  readonly raw: string | number | Date | null;
  /** Font of the cell (of its first text run for rich text). */
  readonly fontName?: string;
  /** Encoding the text was in (text cells only); 'unicode' includes decomposed (tổ hợp) text. */
  readonly encoding?: LegacyEncoding;
  /** The text was Unicode tổ hợp (NFD) and was composed. */
  readonly decomposed?: boolean;
};

export type SheetRow = {
  /** 1-based, as Excel numbers rows. */
  readonly rowNumber: number;
  /** By column, A = 0; trailing empty cells dropped; [] for an empty row. */
  readonly cells: readonly SheetCell[];
};

export type SheetData = {
  /** Sheet name, converted like cell text. */
  readonly name: string;
  readonly hidden: boolean;
  /** Rows 1 … last row with a value, empty rows included (so row numbers stay contiguous). */
  readonly rows: readonly SheetRow[];
};

export type WorkbookData = { readonly sheets: readonly SheetData[] };

export type ReadLimits = {
  readonly maxBytes: number;
  readonly maxUnpackedBytes: number;
  readonly maxRows: number;
};

const MB = 1024 * 1024;
export const READ_LIMITS: ReadLimits = { maxBytes: 50 * MB, maxUnpackedBytes: 500 * MB, maxRows: 200_000 };

const EMPTY: SheetCell = { text: '', raw: null };

type TextPart = { readonly text: string; readonly encoding: LegacyEncoding; readonly decomposed: boolean };

function convert(text: string, fontName: string | undefined): TextPart {
  const r = detectAndConvert(text, fontName);
  return {
    text: r.text.normalize('NFC'),
    encoding: r.encoding,
    decomposed: r.encoding === 'unicode' && text !== text.normalize('NFC'),
  };
}

function textCell(parts: readonly TextPart[], fontName: string | undefined): SheetCell {
  const text = parts.map((p) => p.text).join('');
  if (text.trim() === '') return EMPTY;
  const encoding = parts.find((p) => p.encoding !== 'unicode' && p.text.trim() !== '')?.encoding ?? 'unicode';
  return {
    text,
    raw: text,
    ...(fontName ? { fontName } : {}),
    encoding,
    ...(parts.some((p) => p.decomposed) ? { decomposed: true } : {}),
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Calendar day of an Excel date value: exceljs builds dates at UTC midnight of the serial. */
function dateCell(d: Date): SheetCell {
  if (Number.isNaN(d.getTime())) return EMPTY;
  return { text: `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`, raw: d };
}

function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

type RichRun = { readonly text: string; readonly font?: { readonly name?: string } };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function valueCell(value: CellValue | undefined, fontName: string | undefined, depth = 0): SheetCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return textCell([convert(value, fontName)], fontName);
  if (typeof value === 'number') return Number.isFinite(value) ? { text: numberText(value), raw: value } : EMPTY;
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', raw: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return dateCell(value);
  if (!isObject(value) || depth > 2) return EMPTY;
  if (Array.isArray(value.richText)) {
    const runs = value.richText as readonly RichRun[];
    const firstFont = runs.find((r) => r.font?.name)?.font?.name ?? fontName;
    return textCell(
      runs.map((r) => convert(String(r.text ?? ''), r.font?.name ?? fontName)),
      firstFont,
    );
  }
  if ('formula' in value || 'sharedFormula' in value) return valueCell(value.result as CellValue | undefined, fontName, depth + 1);
  if ('hyperlink' in value) return valueCell(value.text as CellValue | undefined, fontName, depth + 1);
  if (typeof value.error === 'string') return { text: value.error, raw: value.error };
  return EMPTY;
}

function readCell(cell: Cell): SheetCell {
  // A merged area shows its value once, in its top-left cell.
  if (cell.isMerged && cell.master.address !== cell.address) return EMPTY;
  return valueCell(cell.value, cell.font?.name);
}

function readSheet(ws: Worksheet): SheetData {
  const byNumber = new Map<number, SheetCell[]>();
  let last = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = readCell(cell);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= EMPTY;
    while (cells.length > 0 && (cells[cells.length - 1]?.text ?? '') === '') cells.pop();
    if (cells.length === 0) return;
    byNumber.set(rowNumber, cells);
    last = Math.max(last, rowNumber);
  });
  const rows: SheetRow[] = [];
  for (let n = 1; n <= last; n++) rows.push({ rowNumber: n, cells: byNumber.get(n) ?? [] });
  return { name: convert(ws.name, undefined).text, hidden: ws.state === 'hidden' || ws.state === 'veryHidden', rows };
}

function toArrayBuffer(bytes: ArrayBuffer | Uint8Array): { view: Uint8Array; buffer: ArrayBuffer } {
  if (bytes instanceof Uint8Array) {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return { view: new Uint8Array(buffer), buffer };
  }
  return { view: new Uint8Array(bytes), buffer: bytes };
}

/**
 * Reads every worksheet of an .xlsx file. Throws AppError with code `spreadsheet.tooLarge`,
 * `spreadsheet.unpackedTooLarge`, `spreadsheet.tooManyRows`, `spreadsheet.legacyXls`
 * (an .xls or a password-protected file), `spreadsheet.notXlsx` or `spreadsheet.unreadable`.
 */
export async function readWorkbook(bytes: ArrayBuffer | Uint8Array, limits: ReadLimits = READ_LIMITS): Promise<WorkbookData> {
  if (bytes.byteLength > limits.maxBytes) throw new AppError('spreadsheet.tooLarge', { maxMb: Math.round(limits.maxBytes / MB) });
  const { view, buffer } = toArrayBuffer(bytes);
  checkXlsxZip(view, limits.maxUnpackedBytes);
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer);
  } catch {
    throw new AppError('spreadsheet.unreadable');
  }
  let rowTotal = 0;
  for (const ws of wb.worksheets) rowTotal += ws.rowCount;
  if (rowTotal > limits.maxRows) throw new AppError('spreadsheet.tooManyRows', { max: limits.maxRows });
  return { sheets: wb.worksheets.map(readSheet) };
}
