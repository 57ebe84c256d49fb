/**
 * Finding the header row of a register sheet. Real registers start with title rows (the
 * office, "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", the year), sometimes repeat the header on every printed
 * page and put a row of column numbers "(1) (2) … (10)" under it.
 */
import type { ImportKind, ImportField } from './fields';
import { headerStrength } from './mapping';
import type { ImportCell, ImportRow } from './types';

export type HeaderDetection = {
  /** Index of the header row in the rows given. */
  readonly rowIndex: number;
  readonly rowNumber: number;
  /** Header texts by column (0-based), '' for blank cells. */
  readonly headers: readonly string[];
  /** The form the headers look like (or the kind asked for). */
  readonly kind: ImportKind;
  /** Fields the header names clearly. */
  readonly fields: readonly ImportField[];
};

/** A header row names at least this many fields clearly. */
const MIN_HEADER_FIELDS = 3;
/** Header rows are looked for in the first rows only. */
const DEFAULT_SCAN = 40;

export function rowTexts(cells: readonly ImportCell[]): string[] {
  return cells.map((c) => c.text);
}

/** Fields that only an incoming register has (ngày đến, số đến): decisive for the kind. */
const INCOMING_MARKS: readonly ImportField[] = ['arrivalDate', 'registerNumber'];

function judge(texts: readonly string[], kind: ImportKind | undefined): { kind: ImportKind; fields: readonly ImportField[] } {
  if (kind) return { kind, fields: headerStrength(texts, kind).fields };
  const inc = headerStrength(texts, 'incoming');
  const out = headerStrength(texts, 'outgoing');
  if (inc.fields.some((f) => INCOMING_MARKS.includes(f))) return { kind: 'incoming', fields: inc.fields };
  return out.count >= inc.count ? { kind: 'outgoing', fields: out.fields } : { kind: 'incoming', fields: inc.fields };
}

/**
 * The row that looks most like the header among the first `scan` rows: the one naming the
 * most fields (at least 3), the earliest on a tie. Undefined when no row qualifies: ask the
 * clerk to point at the header row.
 */
export function detectHeaderRow(
  rows: readonly ImportRow[],
  options: { readonly kind?: ImportKind; readonly scan?: number } = {},
): HeaderDetection | undefined {
  let best: HeaderDetection | undefined;
  const limit = Math.min(rows.length, options.scan ?? DEFAULT_SCAN);
  for (let i = 0; i < limit; i++) {
    const row = rows[i];
    if (!row) continue;
    const texts = rowTexts(row.cells);
    const { kind, fields } = judge(texts, options.kind);
    if (fields.length < MIN_HEADER_FIELDS) continue;
    if (!best || fields.length > best.fields.length) best = { rowIndex: i, rowNumber: row.rowNumber, headers: texts, kind, fields };
  }
  return best;
}

/** The header row at a row number the clerk chose (when detection found none or the wrong one). */
export function headerAt(rows: readonly ImportRow[], rowNumber: number, kind: ImportKind): HeaderDetection | undefined {
  const rowIndex = rows.findIndex((r) => r.rowNumber === rowNumber);
  const row = rows[rowIndex];
  if (!row) return undefined;
  const headers = rowTexts(row.cells);
  return { rowIndex, rowNumber, headers, kind, fields: headerStrength(headers, kind).fields };
}

/** The rows under the header (what `planRegisterImport` takes). */
export function rowsAfterHeader(rows: readonly ImportRow[], header: Pick<HeaderDetection, 'rowIndex'>): readonly ImportRow[] {
  return rows.slice(header.rowIndex + 1);
}

/** "(1) (2) (3) …" or "1 2 3 …" under the header: at least 3 cells numbered 1, 2, 3 … and nothing else. */
export function isColumnNumberRow(cells: readonly ImportCell[]): boolean {
  const filled = cells.map((c) => c.text.trim()).filter((t) => t !== '');
  if (filled.length < MIN_HEADER_FIELDS) return false;
  const nums = filled.map((t) => /^\(?\s*(\d{1,2})\s*\)?$/.exec(t)?.[1]);
  if (nums.some((n) => n === undefined)) return false;
  return nums.every((n, i) => Number(n) === i + 1);
}

/** A date written in a cell: a header row never holds one. */
const DATE_LIKE = /\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}/;

/** A header repeated inside the data (registers printed page by page). */
export function isRepeatedHeader(cells: readonly ImportCell[], kind: ImportKind): boolean {
  // Cheap refusals first: headers hold neither numbers, nor dates, nor long text.
  if (cells.some((c) => typeof c.raw === 'number' || c.raw instanceof Date || DATE_LIKE.test(c.text))) return false;
  return headerStrength(rowTexts(cells), kind).count >= MIN_HEADER_FIELDS;
}
