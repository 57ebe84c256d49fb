/**
 * Cells whose legacy encoding is uncertain (a short text of a re-saved workbook that neither
 * its font, its characters nor its column settle), shown to the clerk before importing with
 * their readings side by side — as written, as TCVN3, as VNI — and read again the way the
 * clerk chooses: for a whole column (remembered with the column mapping, since the next
 * file of the same layout was typed the same way) or for one cell.
 */
import { toUnicode, type LegacyEncoding } from '../legacy-text';
import { cellName } from './address';
import type { ImportField } from './fields';
import type { RegisterImportMapping } from './mapping';
import type { ImportCell, ImportRow } from './types';

export type EncodingChoices = {
  /** Reading for every uncertain cell of a column (0-based, A = 0). */
  readonly columns?: Readonly<Partial<Record<number, LegacyEncoding>>>;
  /** Reading for one cell, by its name ("I2"); wins over its column's. */
  readonly cells?: Readonly<Partial<Record<string, LegacyEncoding>>>;
};

export const READINGS: readonly LegacyEncoding[] = ['unicode', 'tcvn3', 'vni'];

export type UncertainCell = {
  /** "I2". */
  readonly cell: string;
  readonly rowNumber: number;
  readonly column: number;
  /** The field the column is mapped to. */
  readonly field: ImportField;
  /** The text read each way; `unicode` is the text exactly as written. */
  readonly readings: Readonly<Record<LegacyEncoding, string>>;
  /** The reading in use: the clerk's choice, else the likeliest one. */
  readonly chosen: LegacyEncoding;
};

export type UncertainSummary = {
  /** The first `limit` uncertain cells, in sheet order. */
  readonly cells: readonly UncertainCell[];
  readonly total: number;
  /** Uncertain cells per column. */
  readonly byColumn: Readonly<Record<number, number>>;
};

/** The text of a legacy string read one way (NFC). */
export function readingOf(written: string, encoding: LegacyEncoding): string {
  return toUnicode(written, encoding);
}

function choiceFor(choices: EncodingChoices, column: number, rowNumber: number): LegacyEncoding | undefined {
  return choices.cells?.[cellName(column, rowNumber)] ?? choices.columns?.[column];
}

/** The rows with each uncertain cell read the way chosen for it (rows without such cells are kept as they are). */
export function applyEncodingChoices(rows: readonly ImportRow[], choices: EncodingChoices): readonly ImportRow[] {
  const none = Object.keys(choices.columns ?? {}).length === 0 && Object.keys(choices.cells ?? {}).length === 0;
  if (none) return rows;
  return rows.map((row) => {
    if (!row.cells.some((c) => c.uncertain)) return row;
    const cells = row.cells.map((c, column): ImportCell => {
      const choice = c.uncertain ? choiceFor(choices, column, row.rowNumber) : undefined;
      if (!c.uncertain || choice === undefined || choice === c.encoding) return c;
      const text = readingOf(c.uncertain.written, choice);
      return { ...c, text, raw: text, encoding: choice };
    });
    return { ...row, cells };
  });
}

/** The uncertain cells of the mapped columns (rows already read with `applyEncodingChoices`). */
export function uncertainCells(rows: readonly ImportRow[], mapping: RegisterImportMapping, limit = 200): UncertainSummary {
  const fieldOf = new Map<number, ImportField>();
  for (const [field, column] of Object.entries(mapping.columns) as [ImportField, number | undefined][]) if (column !== undefined) fieldOf.set(column, field);
  const cells: UncertainCell[] = [];
  const byColumn: Record<number, number> = {};
  let total = 0;
  for (const row of rows) {
    row.cells.forEach((c, column) => {
      const field = fieldOf.get(column);
      if (!c.uncertain || field === undefined) return;
      total += 1;
      byColumn[column] = (byColumn[column] ?? 0) + 1;
      if (cells.length >= limit) return;
      const written = c.uncertain.written;
      cells.push({
        cell: cellName(column, row.rowNumber),
        rowNumber: row.rowNumber,
        column,
        field,
        readings: { unicode: readingOf(written, 'unicode'), tcvn3: readingOf(written, 'tcvn3'), vni: readingOf(written, 'vni') },
        chosen: c.encoding ?? 'unicode',
      });
    });
  }
  return { cells, total, byColumn };
}
