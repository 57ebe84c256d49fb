/**
 * Legacy Vietnamese text in old Excel registers: TCVN3 (".VnTime" fonts), VNI-Windows
 * ("VNI-Times" fonts) and Unicode tổ hợp (NFD), detected and converted to NFC Unicode.
 * Pure TypeScript over strings; the charts are checked letter by letter in
 * test/core/legacy-text-charts.test.ts against test/fixtures/legacy-charts/.
 */
import { encodingScores, guessEncoding, wordVerdict } from './detect';
import { toUnicode } from './decode';
import type { LegacyEncoding } from './decode';
import { fontEncoding, type FontEncoding } from './fonts';
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

const ASCII = /^[\p{ASCII}]*$/u;
/** Words of a mixed cell judged one by one: as many as a register cell holds (the rest is kept as it is). */
const MIXED_WORDS = 1000;

/**
 * A cell typed in a legacy font and edited later in Unicode ("Kế hoạch KÕ ho¹ch … Ất Tþ"): a word of legacy bytes
 * that reads as Vietnamese in `encoding` (syllables, a notation's "QĐ") and not as it stands is converted; one that
 * reads well both ways ("KÕ": "kõ" or "kế") goes with the old font when a word next to it does (a part of the cell
 * was typed in one font); every other word is kept. `words`: how many were converted.
 */
function convertWords(text: string, encoding: 'tcvn3' | 'vni', upperCase: boolean): { text: string; words: number } {
  const parts = text.split(/(\s+)/u, 2 * MIXED_WORDS);
  const kept = parts.join('').length;
  // true: in the old font; false: typed in Unicode; undefined: cannot tell (white space, plain ASCII, read well both ways).
  const legacy = parts.map((w): boolean | undefined => {
    if (ASCII.test(w)) return undefined;
    if (!isLegacyRepresentable(w)) return false;
    const asIs = wordVerdict(w, 'unicode') === 'valid';
    const asLegacy = wordVerdict(w, encoding) === 'valid';
    return asIs === asLegacy ? (asIs ? undefined : false) : asLegacy;
  });
  // The next word's decision, for an undecided one at the start of a run in the old font.
  const next: (boolean | undefined)[] = new Array(parts.length);
  for (let i = parts.length - 1, seen: boolean | undefined; i >= 0; i--) {
    next[i] = seen;
    if (legacy[i] !== undefined) seen = legacy[i];
  }
  let words = 0;
  let before: boolean | undefined;
  const out = parts.map((w, i) => {
    const undecided = legacy[i] === undefined && !ASCII.test(w);
    const old = undecided ? before === true || next[i] === true : legacy[i] === true;
    if (legacy[i] !== undefined) before = legacy[i];
    if (!old) return w;
    words++;
    return toUnicode(w, encoding, { upperCase });
  });
  return { text: (out.join('') + text.slice(kept)).normalize('NFC'), words };
}

/** `convertWords` in the font's encoding, or (no legacy font) in the legacy encoding that converts more words; undefined when none converts any (the cell is Unicode). */
function mixedCell(text: string, font: FontEncoding | undefined): { text: string; encoding: 'tcvn3' | 'vni' } | undefined {
  const tried = font && font.encoding !== 'unicode' ? [font.encoding] : (['tcvn3', 'vni'] as const);
  let best: { text: string; words: number; encoding: 'tcvn3' | 'vni' } | undefined;
  for (const encoding of tried) {
    const r = convertWords(text, encoding, font?.upperCase ?? false);
    if (r.words > (best?.words ?? 0)) best = { ...r, encoding };
  }
  return best && { text: best.text, encoding: best.encoding };
}

/**
 * Converts one cell's text (or one rich-text run) to NFC Unicode.
 *
 * A legacy font name (".VnTime", "VNI-Times") decides, unless the text was evidently typed
 * in Unicode later: it holds characters no legacy byte can produce, or it reads as better
 * Vietnamese in Unicode than in the font's encoding ("Hà Thành Tâm": TCVN3 has no "à").
 * Such text is only normalised — but for its words of legacy bytes that read as Vietnamese only once
 * converted, the part typed in the old font (`mixedCell`). A Unicode font name, an unknown one or none leaves the
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
    const mixed = encoding === 'unicode' && !isLegacyRepresentable(text) ? mixedCell(text, font) : undefined;
    if (mixed) return { text: mixed.text, encoding: mixed.encoding, changed: true, certain };
  }
  const converted = toUnicode(text, encoding, { upperCase });
  return { text: converted, encoding, changed: converted !== text, certain };
}
