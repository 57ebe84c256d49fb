/**
 * Legacy Vietnamese text → NFC Unicode, for TCVN3, VNI-Windows and Unicode tổ hợp (NFD).
 * Characters that are not legacy letters (ASCII, punctuation, anything beyond Latin-1 that
 * is not a Windows-1252 byte) pass through; C1 characters come out in their Windows-1252
 * form, since the legacy fonts drew Windows punctuation there.
 */
import { toCp1252View, toLatin1View } from './bytes';
import { TCVN3_DECODE, VNI_BASES, VNI_DECODE } from './charts';

export type LegacyEncoding = 'unicode' | 'tcvn3' | 'vni';

export type ToUnicodeOptions = {
  /** The text used an all-capital font (".VnTimeH"…): convert, then upper-case everything. */
  readonly upperCase?: boolean;
};

/** One decoded piece: `legacy` is false when the character was passed through unmapped. */
type Piece = { readonly text: string; readonly legacy: boolean };

function decodeTcvn3Pieces(latin1: string): Piece[] {
  const pieces: Piece[] = [];
  for (const ch of latin1) {
    const letter = TCVN3_DECODE.get(ch);
    pieces.push(letter === undefined ? { text: ch, legacy: false } : { text: letter, legacy: true });
  }
  return pieces;
}

function decodeVniPieces(latin1: string): Piece[] {
  const pieces: Piece[] = [];
  const chars = [...latin1];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const next = chars[i + 1];
    // Longest match first: "ôù" is ớ, not ơ followed by a stray mark.
    if (next !== undefined && VNI_BASES.has(ch)) {
      const pair = VNI_DECODE.get(ch + next);
      if (pair !== undefined) {
        pieces.push({ text: pair, legacy: true });
        i++;
        continue;
      }
    }
    const single = VNI_DECODE.get(ch);
    pieces.push(single === undefined ? { text: ch, legacy: false } : { text: single, legacy: true });
  }
  return pieces;
}

/**
 * Decodes legacy text piece by piece, keeping track of which characters were letters of
 * the chart; detection uses that to spot bytes the encoding never produces.
 */
export function decodePieces(text: string, encoding: 'tcvn3' | 'vni'): Piece[] {
  const latin1 = toLatin1View(text);
  const pieces = encoding === 'tcvn3' ? decodeTcvn3Pieces(latin1) : decodeVniPieces(latin1);
  return pieces.map((p) => (p.legacy ? p : { text: toCp1252View(p.text), legacy: false }));
}

/**
 * Converts text in the given encoding to NFC Unicode. 'unicode' only normalises (NFD → NFC).
 * TCVN3 has no capitals with tone marks: they come out lower-case unless `upperCase` says
 * the cell used an ".…H" font, where every letter was drawn as a capital.
 */
export function toUnicode(text: string, encoding: LegacyEncoding, options: ToUnicodeOptions = {}): string {
  const converted =
    encoding === 'unicode'
      ? text
      : decodePieces(text, encoding)
          .map((p) => p.text)
          .join('');
  return (options.upperCase ? converted.toUpperCase() : converted).normalize('NFC');
}
