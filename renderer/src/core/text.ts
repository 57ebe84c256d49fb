/**
 * Vietnamese text handling: NFC on the way in, folding for search and dedup keys,
 * and Vietnamese collation for sorting lists.
 */

/** Normalises user or file text to NFC and trims it; collapses inner runs of spaces. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The text with its first letter a capital, as Vietnamese writes a sentence's or a name's ("ngày 05…" → "Ngày 05…"). */
export function capitalise(value: string): string {
  return value.charAt(0).toLocaleUpperCase('vi') + value.slice(1);
}

/** NFC without trimming (for long free text where line breaks matter). */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/**
 * Folds text for search and comparison: NFD, strip combining marks, đ→d, lower case.
 * "Quyết định Đức" → "quyet dinh duc".
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** The five tone marks as combining characters (huyền, sắc, ngã, hỏi, nặng), in NFD text; global: for match and replace. */
export const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * Vietnamese as it reads whatever the place of its tone marks ("Thụy"/"Thuỵ", "hòa"/"hoà": both spellings are in
 * use): each word's tone mark taken off and put after its last letter. A syllable has one tone and where it sits
 * follows from the spelling, so the two styles give the same text. For comparing; never shown.
 */
export function toneNeutral(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\p{L}\p{M}]+/gu, (word) => {
      const tones = word.match(TONE_MARKS);
      return tones ? word.replace(TONE_MARKS, '') + tones.join('') : word;
    })
    .normalize('NFC');
}

/** The folded (`foldText`) words of a text, cut at anything not a letter or a digit ("141/UBND-VP" → 141, ubnd, vp). */
export function foldedWords(value: string): string[] {
  return foldText(value).split(/[^a-z0-9]+/).filter(Boolean);
}

/** Folded (`foldText`) with its spacing made single and trimmed: words compared without marks, case or spacing. */
export function foldWords(value: string): string {
  return foldText(value).replace(/\s+/g, ' ').trim();
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese collation (a < ă < â < b …), numbers compared as numbers. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}
