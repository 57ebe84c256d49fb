/**
 * Is this word a well-formed Vietnamese syllable? Used by encoding detection to judge which
 * reading of a string looks like Vietnamese. Structural only: onset + vowel nucleus + coda,
 * at most one tone mark, and the rule that syllables ending in p t c ch take sắc or nặng.
 * It accepts non-words ("bựi") but rejects the letter salad of a wrong decoding.
 */

import { TONE_MARKS } from '../text';

const ACUTE_OR_DOT = new Set(['\u0301', '\u0323']);

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];
const CODAS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't', ''];
const STOP_CODAS = new Set(['c', 'ch', 'p', 't']);

/** Vowel nuclei, glides included (without tone marks). */
const NUCLEI = new Set(
  (
    'a ai ao au ay ă â âu ây e eo ê êu i ia iu iê iêu o oa oai oao oay oă oe oeo oi oo ô ôi ơ ơi ' +
    'u ua uâ uây uê ui uô uôi uơ uy uya uyê uyu ư ưa ưi ưu ươ ươi ươu y yê yêu'
  ).split(' '),
);

/** True if `word` (letters only, any case, NFC or NFD) is a well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const tone = tones[0] ?? '';
  const bare = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rest = bare.slice(onset.length);
    for (const coda of CODAS) {
      if (!rest.endsWith(coda)) continue;
      const nucleus = rest.slice(0, rest.length - coda.length);
      if (!NUCLEI.has(nucleus)) continue;
      if (STOP_CODAS.has(coda) && !ACUTE_OR_DOT.has(tone)) continue;
      return true;
    }
  }
  return false;
}
