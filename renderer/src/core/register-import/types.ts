/**
 * Rows of a spreadsheet as the register import sees them: already read, text converted from
 * legacy encodings to NFC Unicode. This is untrusted content; nothing here is validated yet.
 * (renderer/src/spreadsheet/read-workbook.ts produces rows of this shape.)
 */
import type { LegacyEncoding } from '../legacy-text';

export type ImportCell = {
  /** Text of the cell as shown, NFC; dates as dd/mm/yyyy; '' when empty. */
  readonly text: string;
  /** Value as stored: text, number, a date (Excel date cell, UTC midnight), or null when empty. */
  readonly raw: string | number | Date | null;
  /** Encoding the text was found in (text cells only). */
  readonly encoding?: LegacyEncoding;
  /** The text was Unicode tổ hợp (decomposed, NFD) and has been composed. */
  readonly decomposed?: boolean;
  /**
   * Neither the font nor the characters settled the encoding: `encoding` is the likeliest
   * reading and `written` the text as the file holds it (see encoding-choice.ts).
   */
  readonly uncertain?: { readonly written: string };
  /** The text was longer than `MAX_CELL_CHARS` and was not read: its length. */
  readonly tooLong?: number;
};

/** Longer cell texts are not read: no field of a register holds more than 1,000 characters. */
export const MAX_CELL_CHARS = 4000;

export type ImportRow = {
  /** 1-based row number in the sheet, as Excel shows it. */
  readonly rowNumber: number;
  /** Cells by column, 0-based (column A = 0); may be shorter than the header. */
  readonly cells: readonly ImportCell[];
};
