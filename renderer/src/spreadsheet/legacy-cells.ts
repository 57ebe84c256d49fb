/**
 * Legacy Vietnamese text in the cells of a sheet: each text is converted by its font or, when
 * the font does not say (a workbook re-saved in Calibri or Arial), by its characters. Short
 * texts often fit several readings ("Tó": TCVN3 "Tú" or Latin-1 "Tó"); such a cell is marked
 * uncertain and keeps the text as written. Its column settles it when the column is clear:
 * at least three of its cells read with certainty, all the same way (a column is typed in
 * one convention; a row often is not — a sender retyped in Unicode beside a TCVN3 notation).
 * A cell that stays uncertain is shown to the clerk with its readings side by side (see
 * core/register-import/encoding-choice.ts); guessing it silently is how "®" or "Tö" got
 * into registers.
 */
import { detectAndConvert, fontEncoding, toUnicode, type LegacyEncoding } from '../core/legacy-text';

export type TextPart = {
  readonly text: string;
  readonly encoding: LegacyEncoding;
  readonly decomposed: boolean;
  /** Neither font nor characters settle the reading. */
  readonly uncertain: boolean;
  /** The text as the file holds it. */
  readonly written: string;
};

const ASCII_ONLY = /^\p{ASCII}*$/u;

/** One text (a cell, a rich-text run, a sheet name) converted to NFC Unicode. */
export function textPart(text: string, fontName: string | undefined): TextPart {
  const r = detectAndConvert(text, fontName);
  return {
    text: r.text.normalize('NFC'),
    encoding: r.encoding,
    decomposed: r.encoding === 'unicode' && text !== text.normalize('NFC'),
    uncertain: !r.certain,
    written: text,
  };
}

type Votes = Record<LegacyEncoding, number>;

/** Certain readings a column needs, all alike, to settle its uncertain cells. */
const MIN_VOTES = 3;

/** The certain readings of each column of a sheet, gathered while it is read. */
export class ColumnReadings {
  private readonly columns = new Map<number, Votes>();
  /** Each font name met, as what it says of its text (memoised: a sheet has a few fonts over many cells). */
  private readonly fonts = new Map<string, LegacyEncoding | undefined>();
  private live = false;

  /**
   * Some text of the sheet is in a legacy font (.VnTime, VNI-Times): its fonts are the ones it was typed in, not a re-save's
   * Calibri over everything — so a cell in a Unicode font was typed in Unicode, and reads as Excel shows it.
   */
  get fontsLive(): boolean {
    return this.live;
  }

  /** What the font `name` says of its text (undefined: it says nothing). */
  font(name: string | undefined): LegacyEncoding | undefined {
    if (name === undefined) return undefined;
    if (!this.fonts.has(name)) this.fonts.set(name, fontEncoding(name)?.encoding);
    return this.fonts.get(name);
  }

  /**
   * A text of the column read in font `fontName`: a legacy font marks the sheet's fonts as live; its reading is counted
   * when it is certain and says something (ASCII reads alike in every encoding).
   */
  add(column: number, part: TextPart, fontName?: string): void {
    const font = this.font(fontName);
    if (font !== undefined && font !== 'unicode') this.live = true;
    if (part.uncertain || ASCII_ONLY.test(part.written)) return;
    const votes = this.columns.get(column) ?? { unicode: 0, tcvn3: 0, vni: 0 };
    votes[part.encoding] += 1;
    this.columns.set(column, votes);
  }

  /** The reading every certain cell of the column agrees on, when there are enough of them. */
  readingOf(column: number): LegacyEncoding | undefined {
    const votes = this.columns.get(column);
    if (!votes) return undefined;
    const found = (Object.keys(votes) as LegacyEncoding[]).filter((e) => votes[e] > 0);
    const [only] = found;
    return found.length === 1 && only !== undefined && votes[only] >= MIN_VOTES ? only : undefined;
  }
}

type Settleable = {
  readonly text: string;
  readonly raw: unknown;
  readonly encoding?: LegacyEncoding;
  readonly fontName?: string;
  readonly uncertain?: { readonly written: string };
};

/** An uncertain cell read the way its column agrees on, and no longer uncertain; else unchanged. */
export function settleCell<C extends Settleable>(cell: C, column: number, readings: ColumnReadings): C {
  if (!cell.uncertain) return cell;
  // Else, in a sheet whose fonts are live, a cell in a Unicode font reads as typed (it was asked about as if the file had
  // been re-saved in Calibri, its default right).
  const reading = readings.readingOf(column) ?? (readings.fontsLive && readings.font(cell.fontName) === 'unicode' ? 'unicode' : undefined);
  if (reading === undefined) return cell;
  const { uncertain, ...rest } = cell;
  const text = toUnicode(uncertain.written, reading);
  return { ...rest, text, raw: text, encoding: reading } as unknown as C;
}
