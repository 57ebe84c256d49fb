/**
 * Legacy Vietnamese text in old Excel registers: TCVN3 (".VnTime" fonts), VNI-Windows
 * ("VNI-Times" fonts) and Unicode tổ hợp (NFD), detected and converted to NFC Unicode.
 * Pure TypeScript over strings; the charts are checked letter by letter in
 * test/core/legacy-text-charts.test.ts against test/fixtures/legacy-charts/.
 */
import { encodingScores, guessEncoding } from './detect';
import { toUnicode } from './decode';
import type { LegacyEncoding } from './decode';
import { fontEncoding } from './fonts';
import { isLegacyRepresentable } from './bytes';

export type { LegacyEncoding, ToUnicodeOptions } from './decode';
export type { FontEncoding } from './fonts';
export { toUnicode } from './decode';
export { columnScores, detectEncoding, detectEncodingOfTexts, encodingScores, guessEncoding, guessEncodingOfTexts, guessFromScores, isAmbiguousText } from './detect';
export type { EncodingGuess } from './detect';
export { fontEncoding } from './fonts';
export { fromUnicode } from './encode';
export { isVietnameseSyllable } from './syllable';
export { TCVN3_CAPITALS_WITHOUT_CODE } from './charts';
export { bytesToLegacyText, isLegacyRepresentable, legacyBytes, toCp1252View, toLatin1View } from './bytes';

export type DetectAndConvertResult = {
  /** NFC Unicode. */
  readonly text: string;
  /** The encoding the text was found to be in. */
  readonly encoding: LegacyEncoding;
  /** True if `text` differs from the input (conversion, NFC or upper-casing). */
  readonly changed: boolean;
  /**
   * False when neither the font nor the characters settle the encoding (a short cell of a
   * re-saved workbook): `encoding` is then only the likeliest reading.
   */
  readonly certain: boolean;
};

/** True if a legacy font's cell holds text that reads clearly better as Unicode. */
function unicodeDespiteFont(text: string, encoding: 'tcvn3' | 'vni'): boolean {
  if (!isLegacyRepresentable(text)) return true;
  const scores = encodingScores(text);
  return scores.unicode > scores[encoding];
}

/**
 * Converts one cell's text (or one rich-text run) to NFC Unicode.
 *
 * A legacy font name (".VnTime", "VNI-Times") decides, unless the text was evidently typed
 * in Unicode later: it holds characters no legacy byte can produce, or it reads as better
 * Vietnamese in Unicode than in the font's encoding ("Hà Thành Tâm": TCVN3 has no "à").
 * Such text is only normalised. A Unicode font name, an unknown one or none leaves the
 * choice to `detectEncoding`: workbooks re-saved with a new default font still carry TCVN3
 * text, and detection keeps real Unicode as it is.
 */
export function detectAndConvert(text: string, fontName?: string): DetectAndConvertResult {
  const font = fontEncoding(fontName);
  let encoding: LegacyEncoding;
  let upperCase = false;
  let certain = true;
  if (font && font.encoding !== 'unicode' && !unicodeDespiteFont(text, font.encoding)) {
    encoding = font.encoding;
    upperCase = font.upperCase;
  } else {
    ({ encoding, certain } = guessEncoding(text));
  }
  const converted = toUnicode(text, encoding, { upperCase });
  return { text: converted, encoding, changed: converted !== text, certain };
}
