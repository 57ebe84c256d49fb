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
 *      +1 for a word whose letters form a Vietnamese syllable (syllable.ts),
 *      −1 for a word that does not, that keeps a symbol between its letters ("t«i" read as
 *         Unicode), or that holds a byte the encoding never uses for a letter (TCVN3 0xE0
 *         "à", a VNI mark with no vowel before it).
 *    A lone symbol ("©", "§", "·") is skipped: as TCVN3 it would read as a one-letter word.
 * 4. A legacy reading wins only with a strictly higher score than the Unicode reading, so
 *    every tie (short Latin-1 names, foreign words that are nonsense in every reading) stays
 *    'unicode' and is left untouched. Between TCVN3 and VNI the higher score wins, TCVN3 on
 *    a tie.
 */
import { isLegacyRepresentable } from './bytes';
import { decodePieces } from './decode';
import type { LegacyEncoding } from './decode';
import { isVietnameseSyllable } from './syllable';

/** Punctuation trimmed from the ends of a word before it is judged. */
const EDGE = /^[\s"'()[\]{}<>.,;:!?*/\\#%&+=_|~`^0-9\u00a0\u2013\u2014\u2026\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb-]+|[\s"'()[\]{}<>.,;:!?*/\\#%&+=_|~`^0-9\u00a0\u2013\u2014\u2026\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb-]+$/gu;
const LETTERS_ONLY = /^\p{L}+$/u;
const ASCII_ONLY = /^\p{ASCII}*$/u;

type Verdict = 'valid' | 'invalid' | 'neutral';

/** Judges one word as read in some encoding; `junk` says it held a byte that is no letter there. */
function judgeWord(decoded: string, junk: boolean): Verdict {
  if (junk) return 'invalid';
  const core = decoded.normalize('NFC').replace(EDGE, '');
  let verdict: Verdict = 'neutral';
  for (const part of core.split(/[-./]/)) {
    if (part === '' || ASCII_ONLY.test(part)) continue;
    if (!LETTERS_ONLY.test(part) || !isVietnameseSyllable(part)) return 'invalid';
    verdict = 'valid';
  }
  return verdict;
}

/** A C1 character, or a letter past ASCII that the chart left undecoded. */
const isJunk = (ch: string): boolean => /[\u0080-\u009f]/u.test(ch) || (ch.charCodeAt(0) >= 0x80 && /\p{L}/u.test(ch));

function scoreReading(words: readonly string[], encoding: LegacyEncoding): number {
  let score = 0;
  for (const word of words) {
    let verdict: Verdict;
    if (encoding === 'unicode') {
      verdict = judgeWord(word, /[\u0080-\u009f]/u.test(word));
    } else {
      const pieces = decodePieces(word, encoding);
      const junk = pieces.some((p) => !p.legacy && isJunk(p.text));
      verdict = judgeWord(pieces.map((p) => p.text).join(''), junk);
    }
    if (verdict === 'valid') score++;
    else if (verdict === 'invalid') score--;
  }
  return score;
}

/** Words worth judging: with a non-ASCII character, and not a lone symbol. */
function candidateWords(text: string): string[] {
  return text
    .split(/[\s\u00a0]+/u)
    .filter((w) => !ASCII_ONLY.test(w))
    .filter((w) => !(w.replace(EDGE, '').length <= 1 && !/\p{L}/u.test(w)));
}

/** Scores of each reading (higher is more Vietnamese-like); exported for tests and diagnostics. */
export function encodingScores(text: string): Readonly<Record<LegacyEncoding, number>> {
  const words = candidateWords(text);
  return { unicode: scoreReading(words, 'unicode'), tcvn3: scoreReading(words, 'tcvn3'), vni: scoreReading(words, 'vni') };
}

function decide(scores: Readonly<Record<LegacyEncoding, number>>): LegacyEncoding {
  const legacy: LegacyEncoding = scores.vni > scores.tcvn3 ? 'vni' : 'tcvn3';
  return scores[legacy] > scores.unicode ? legacy : 'unicode';
}

/** Guesses the encoding of a string from its characters alone; see the module comment. */
export function detectEncoding(text: string): LegacyEncoding {
  if (ASCII_ONLY.test(text)) return 'unicode';
  if (!isLegacyRepresentable(text)) return 'unicode';
  return decide(encodingScores(text));
}

/**
 * One guess for many texts (a column, a sheet without font names): the scores of every text
 * that could be legacy are added up. A one-word cell such as "Sè" is a fine Latin-1 word and
 * a fine TCVN3 word ("Số"); its neighbours settle it.
 */
export function detectEncodingOfTexts(texts: Iterable<string>): LegacyEncoding {
  const total = { unicode: 0, tcvn3: 0, vni: 0 };
  for (const text of texts) {
    if (ASCII_ONLY.test(text) || !isLegacyRepresentable(text)) continue;
    const s = encodingScores(text);
    total.unicode += s.unicode;
    total.tcvn3 += s.tcvn3;
    total.vni += s.vni;
  }
  return decide(total);
}
