/**
 * Reads an .xlsx file (untrusted bytes) into plain rows of cells, in Node, in a worker and in
 * the browser. Bounded: refuses files over 50 MB, parts that inflate past 300 MB or 500 MB in
 * all (counted while inflating, see zip-check.ts), over 200,000 rows, or with no cell at all.
 * Every value becomes a cell (dates from date cells, numbers, rich text, the cached result of
 * formulas); every text is converted from legacy Vietnamese encodings (TCVN3 .VnTime fonts,
 * VNI fonts) to NFC Unicode, using the cell's font name first and the text itself second
 * (see legacy-cells.ts: a short cell that neither settles stays marked uncertain, its text
 * as written kept for the clerk to choose). A text longer than any register field could hold (4,000 characters)
 * is neither converted nor kept: the cell says how long it was. A value merged over several
 * rows counts in each of them (a sender merged down over its documents); merged across
 * columns it stays in the first column.
 */
import { AppError } from '../core/errors';
import type { LegacyEncoding } from '../core/legacy-text';
import { MAX_CELL_CHARS } from '../core/register-import/types';
import { loadExcelJs } from './exceljs';
import type { Cell, CellValue, Worksheet } from './exceljs';
import { ColumnReadings, settleCell, textPart, type TextPart } from './legacy-cells';
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
  /**
   * Neither the font nor the characters settle the encoding (a short cell of a re-saved
   * workbook): `encoding` is the likeliest reading, `written` the text as the file holds it.
   */
  readonly uncertain?: { readonly written: string };
  /** The text was longer than `maxCellChars`: its length; `text` holds only its beginning. */
  readonly tooLong?: number;
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
  readonly maxEntryBytes: number;
  readonly maxRows: number;
  /** Longer texts are not read (no register field holds more than 1,000 characters). */
  readonly maxCellChars: number;
};

/** unzip: bytes inflated while checking; parse: exceljs at work (0 then 1 of 1); cells: rows converted. */
export type ReadProgress = { readonly stage: 'unzip' | 'parse' | 'cells'; readonly done: number; readonly total: number };

export type ReadOptions = {
  readonly limits?: Partial<ReadLimits>;
  readonly onProgress?: (progress: ReadProgress) => void;
};

const MB = 1024 * 1024;
export const READ_LIMITS: ReadLimits = {
  maxBytes: 50 * MB,
  maxUnpackedBytes: 500 * MB,
  maxEntryBytes: 300 * MB,
  maxRows: 200_000,
  maxCellChars: MAX_CELL_CHARS,
};

/** What is kept of an over-long text, to show the clerk which cell it is. */
const TOO_LONG_KEPT = 120;
const ROWS_PER_PROGRESS = 5000;

const EMPTY: SheetCell = { text: '', raw: null };

function textCell(parts: readonly TextPart[], fontName: string | undefined): SheetCell {
  const text = parts.map((p) => p.text).join('');
  if (text.trim() === '') return EMPTY;
  const legacy = parts.find((p) => p.encoding !== 'unicode' && p.text.trim() !== '');
  const uncertain = parts.length === 1 && parts[0]?.uncertain ? { uncertain: { written: parts[0].written } } : {};
  return {
    text,
    raw: text,
    ...(fontName ? { fontName } : {}),
    encoding: legacy?.encoding ?? parts[0]?.encoding ?? 'unicode',
    ...(parts.some((p) => p.decomposed) ? { decomposed: true } : {}),
    ...uncertain,
  };
}

/** A text too long to be a register field: only its beginning is kept, unconverted. */
function tooLongCell(length: number, start: string, fontName: string | undefined): SheetCell {
  const text = `${start.slice(0, TOO_LONG_KEPT)}…`;
  return { text, raw: text, ...(fontName ? { fontName } : {}), tooLong: length };
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

/** What reading a cell needs besides the cell: the length limit, its column, and the column's readings. */
type CellContext = { readonly maxChars: number; readonly column: number; readonly readings: ColumnReadings };

function parts(ctx: CellContext, runs: readonly { readonly text: string; readonly fontName: string | undefined }[]): TextPart[] {
  return runs.map((r) => {
    const part = textPart(r.text, r.fontName);
    ctx.readings.add(ctx.column, part, r.fontName);
    return part;
  });
}

function valueCell(value: CellValue | undefined, fontName: string | undefined, ctx: CellContext, depth = 0): SheetCell {
  const maxChars = ctx.maxChars;
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') {
    if (value.length > maxChars) return tooLongCell(value.length, value, fontName);
    return textCell(parts(ctx, [{ text: value, fontName }]), fontName);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? { text: numberText(value), raw: value } : EMPTY;
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', raw: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return dateCell(value);
  if (!isObject(value) || depth > 2) return EMPTY;
  if (Array.isArray(value.richText)) {
    const runs = (value.richText as readonly RichRun[]).map((r) => ({ text: String(r.text ?? ''), fontName: r.font?.name ?? fontName }));
    const firstFont = runs.find((r) => r.fontName)?.fontName;
    const length = runs.reduce((n, r) => n + r.text.length, 0);
    if (length > maxChars) return tooLongCell(length, runs.map((r) => r.text).join(''), firstFont);
    return textCell(parts(ctx, runs), firstFont);
  }
  if ('formula' in value || 'sharedFormula' in value) return valueCell(value.result as CellValue | undefined, fontName, ctx, depth + 1);
  if ('hyperlink' in value) return valueCell(value.text as CellValue | undefined, fontName, ctx, depth + 1);
  if (typeof value.error === 'string') return { text: value.error, raw: value.error };
  return EMPTY;
}

function readCell(cell: Cell, ctx: CellContext): SheetCell {
  if (cell.isMerged && cell.master.address !== cell.address) {
    // Merged down a column, the value belongs to every row; merged across, to the first column only.
    const master = cell.master;
    if (master.col !== cell.col) return EMPTY;
    return valueCell(master.value, master.font?.name, ctx);
  }
  return valueCell(cell.value, cell.font?.name, ctx);
}

function readSheet(ws: Worksheet, limits: ReadLimits, progress: (rows: number) => void): SheetData {
  const byNumber = new Map<number, SheetCell[]>();
  const readings = new ColumnReadings();
  let last = 0;
  let seen = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (++seen % ROWS_PER_PROGRESS === 0) progress(ROWS_PER_PROGRESS);
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = readCell(cell, { maxChars: limits.maxCellChars, column: col - 1, readings });
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= EMPTY;
    while (cells.length > 0 && (cells[cells.length - 1]?.text ?? '') === '') cells.pop();
    if (cells.length === 0) return;
    byNumber.set(rowNumber, cells);
    last = Math.max(last, rowNumber);
  });
  progress(seen % ROWS_PER_PROGRESS);
  const rows: SheetRow[] = [];
  for (let n = 1; n <= last; n++) {
    const cells = byNumber.get(n) ?? [];
    rows.push({ rowNumber: n, cells: cells.some((c) => c.uncertain) ? cells.map((c, i) => settleCell(c, i, readings)) : cells });
  }
  return { name: textPart(ws.name, undefined).text, hidden: ws.state === 'hidden' || ws.state === 'veryHidden', rows };
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
 * `spreadsheet.unpackedTooLarge`, `spreadsheet.sizeMismatch`, `spreadsheet.tooManyRows`,
 * `spreadsheet.legacyXls` (an .xls or a password-protected file), `spreadsheet.notXlsx`,
 * `spreadsheet.unreadable` or `spreadsheet.empty` (no sheet has a single cell).
 */
export async function readWorkbook(bytes: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<WorkbookData> {
  const limits: ReadLimits = { ...READ_LIMITS, ...options.limits };
  const report = options.onProgress ?? (() => undefined);
  if (bytes.byteLength > limits.maxBytes) throw new AppError('spreadsheet.tooLarge', { maxMb: Math.round(limits.maxBytes / MB) });
  const { view, buffer } = toArrayBuffer(bytes);
  checkXlsxZip(view, limits, (done, total) => report({ stage: 'unzip', done, total }));
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  report({ stage: 'parse', done: 0, total: 1 });
  try {
    await wb.xlsx.load(buffer);
  } catch {
    throw new AppError('spreadsheet.unreadable');
  }
  report({ stage: 'parse', done: 1, total: 1 });
  let rowTotal = 0;
  for (const ws of wb.worksheets) rowTotal += ws.rowCount;
  if (rowTotal > limits.maxRows) throw new AppError('spreadsheet.tooManyRows', { max: limits.maxRows });
  let done = 0;
  const sheets = wb.worksheets.map((ws) =>
    readSheet(ws, limits, (n) => {
      done += n;
      report({ stage: 'cells', done, total: rowTotal });
    }),
  );
  if (sheets.every((s) => s.rows.length === 0)) throw new AppError('spreadsheet.empty');
  return { sheets };
}
