/**
 * Guessing the encoding of a string when the cell's font does not say.
 *
 * The heuristic, in order:
 * 1. No character above U+007F: 'unicode' (ASCII reads the same in every encoding).
 * 2. A character that no legacy byte can produce (ư, ạ, đ, a combining mark, any letter past
 *    Latin-1 other than the 27 Windows-1252 extras): 'unicode'. Real Vietnamese Unicode text
 *    nearly always has one; NFD text always does.
 * 3. Otherwise the text fits in bytes, and may be Latin-1 Unicode ("Bùi Tú Anh", French),
 *    TCVN3 or VNI. Read it all three ways and score each reading word by word, looking only
 *    at words with a non-ASCII character:
 *      +1 for a word whose letters form a Vietnamese syllable (syllable.ts) or, in a notation,
 *         an abbreviation with a Đ ("QĐ" in "15/QĐ-UBND"),
 *      −1 for a word that does not, that keeps a symbol between its letters ("t«i" read as
 *         Unicode), or that holds a byte the encoding never uses for a letter (TCVN3 0xE0
 *         "à", a VNI mark with no vowel before it).
 *    A lone symbol ("©", "§", "·") is skipped: as TCVN3 it would read as a one-letter word.
 * 4. A legacy reading wins only with a strictly higher score than the Unicode reading, so
 *    every tie (short Latin-1 names, foreign words that are nonsense in every reading) stays
 *    'unicode' and is left untouched. Between TCVN3 and VNI the higher score wins, TCVN3 on
 *    a tie.
 * 5. The guess is certain when the winner leads every other reading by at least two: two
 *    words of evidence, or one word that reads well one way and badly every other way
 *    ("n¨m"). Short cells such as "Sè" (TCVN3 "Số", also a Latin-1 word) or "Tö" (VNI "Tư",
 *    TCVN3 "Tử") stay uncertain: the clerk decides, or the rest of the column does.
 *
 * The work is bounded: only the first few thousand characters are judged (a cell longer than
 * that says all it will say in them), and a "word" longer than any syllable is not judged
 * (a regular expression over a 5 MB word would run out of stack).
 */
import { isLegacyRepresentable } from './bytes';
import { decodePieces } from './decode';
import type { LegacyEncoding } from './decode';
import { isVietnameseSyllable } from './syllable';

/** Punctuation trimmed from the ends of a word before it is judged. */
const EDGE = /^[\s"'()[\]{}<>.,;:!?*/\\#%&+=_|~`^0-9\u00a0\u2013\u2014\u2026\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb-]+|[\s"'()[\]{}<>.,;:!?*/\\#%&+=_|~`^0-9\u00a0\u2013\u2014\u2026\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb-]+$/gu;
const LETTERS_ONLY = /^\p{L}+$/u;
/**
 * An abbreviation of a notation with a Đ ("QĐ" of "15/QĐ-UBND", "HĐND"): no syllable, yet
 * fine Vietnamese. Only a legacy reading can give it (a Unicode "Đ" is no legacy byte).
 */
const ABBREVIATION = /^(?=[A-ZĐ]{2,6}$)[A-Z]*Đ/u;
const ASCII_ONLY = /^\p{ASCII}*$/u;

type Verdict = 'valid' | 'invalid' | 'neutral';

/** Characters of a text that are judged; the rest adds nothing a register cell needs. */
const SAMPLE_CHARS = 4000;
/** Longer "words" are no syllables in any reading, and are skipped. */
const MAX_WORD_CHARS = 40;
/** Lead of the winning reading over every other one for a certain guess. */
const CERTAIN_MARGIN = 2;

/** Judges one word as read in some encoding; `junk` says it held a byte that is no letter there. */
function judgeWord(decoded: string, junk: boolean): Verdict {
  if (junk) return 'invalid';
  const core = decoded.normalize('NFC').replace(EDGE, '');
  let verdict: Verdict = 'neutral';
  for (const part of core.split(/[-./]/)) {
    if (part === '' || ASCII_ONLY.test(part)) continue;
    if (!LETTERS_ONLY.test(part)) return 'invalid';
    if (!isVietnameseSyllable(part) && !ABBREVIATION.test(part)) return 'invalid';
    verdict = 'valid';
  }
  return verdict;
}

/** A C1 character, or a letter past ASCII that the chart left undecoded. */
const isJunk = (ch: string): boolean => /[\u0080-\u009f]/u.test(ch) || (ch.charCodeAt(0) >= 0x80 && /\p{L}/u.test(ch));

/**
 * One word read in `encoding`: valid Vietnamese (syllables, a notation's abbreviation with a Đ), invalid, or nothing to
 * judge (no letter past ASCII; a "word" longer than any syllable, not judged at all).
 */
export function wordVerdict(word: string, encoding: LegacyEncoding): Verdict {
  if (word.length > MAX_WORD_CHARS) return 'neutral';
  if (encoding === 'unicode') return judgeWord(word, /[\u0080-\u009f]/u.test(word));
  const pieces = decodePieces(word, encoding);
  const junk = pieces.some((p) => !p.legacy && isJunk(p.text));
  return judgeWord(pieces.map((p) => p.text).join(''), junk);
}

function scoreReading(words: readonly string[], encoding: LegacyEncoding): number {
  let score = 0;
  for (const word of words) {
    const verdict = wordVerdict(word, encoding);
    if (verdict === 'valid') score++;
    else if (verdict === 'invalid') score--;
  }
  return score;
}

/** Words worth judging: with a non-ASCII character, and not a lone symbol. */
function candidateWords(text: string): string[] {
  return (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text)
    .split(/[\s\u00a0]+/u)
    .filter((w) => w.length <= MAX_WORD_CHARS)
    .filter((w) => !ASCII_ONLY.test(w))
    .filter((w) => !(w.replace(EDGE, '').length <= 1 && !/\p{L}/u.test(w)));
}

/** Scores of each reading (higher is more Vietnamese-like); exported for tests and diagnostics. */
export function encodingScores(text: string): Readonly<Record<LegacyEncoding, number>> {
  const words = candidateWords(text);
  return { unicode: scoreReading(words, 'unicode'), tcvn3: scoreReading(words, 'tcvn3'), vni: scoreReading(words, 'vni') };
}

export type EncodingGuess = {
  readonly encoding: LegacyEncoding;
  /** The winning reading leads every other one clearly (see the module comment). */
  readonly certain: boolean;
};

const CERTAIN_UNICODE: EncodingGuess = { encoding: 'unicode', certain: true };

function decide(scores: Readonly<Record<LegacyEncoding, number>>): EncodingGuess {
  const legacy: LegacyEncoding = scores.vni > scores.tcvn3 ? 'vni' : 'tcvn3';
  const encoding: LegacyEncoding = scores[legacy] > scores.unicode ? legacy : 'unicode';
  const others = (['unicode', 'tcvn3', 'vni'] as const).filter((e) => e !== encoding).map((e) => scores[e]);
  return { encoding, certain: scores[encoding] - Math.max(...others) >= CERTAIN_MARGIN };
}

/** True when only the characters can tell: non-ASCII text whose every character may be a legacy byte. */
export function isAmbiguousText(text: string): boolean {
  return !ASCII_ONLY.test(text) && isLegacyRepresentable(text);
}

/** Guesses the encoding of a string from its characters alone, and says whether it is sure. */
export function guessEncoding(text: string): EncodingGuess {
  return isAmbiguousText(text) ? decide(encodingScores(text)) : CERTAIN_UNICODE;
}

/** Guesses the encoding of a string from its characters alone; see the module comment. */
export function detectEncoding(text: string): LegacyEncoding {
  return guessEncoding(text).encoding;
}

/** Scores of many texts added up (texts that cannot be legacy add nothing). */
export function columnScores(texts: Iterable<string>): Record<LegacyEncoding, number> {
  const total = { unicode: 0, tcvn3: 0, vni: 0 };
  for (const text of texts) {
    if (!isAmbiguousText(text)) continue;
    const s = encodingScores(text);
    total.unicode += s.unicode;
    total.tcvn3 += s.tcvn3;
    total.vni += s.vni;
  }
  return total;
}

/** The guess of `columnScores`, from scores already added up. */
export function guessFromScores(scores: Readonly<Record<LegacyEncoding, number>>): EncodingGuess {
  return decide(scores);
}

/**
 * One guess for many texts (a column, a sheet without font names): the scores of every text
 * that could be legacy are added up. A one-word cell such as "Sè" is a fine Latin-1 word and
 * a fine TCVN3 word ("Số"); its neighbours settle it.
 */
export function guessEncodingOfTexts(texts: Iterable<string>): EncodingGuess {
  return decide(columnScores(texts));
}

export function detectEncodingOfTexts(texts: Iterable<string>): LegacyEncoding {
  return guessEncodingOfTexts(texts).encoding;
}
