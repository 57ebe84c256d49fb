/**
 * Keys that let the database keep a fonds' dossiers in the order a clerk reads the file plan, so
 * a list shows the rows on screen by reading an index range instead of sorting the whole set:
 * the notation as a string whose code-unit order is Vietnamese collation with numbers compared
 * as numbers ("2.VP" before "10.VP", "D" before "Đ" before "E"), and the arranging step a dossier
 * waits for (to be numbered, to be boxed), so the page counts them from an index.
 */
import { TONE_MARKS } from '../text';

/** The Vietnamese alphabet in its order (f j w z for foreign words, where the Latin order puts them). */
const ALPHABET = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'];
const LETTER_CODE = new Map(ALPHABET.map((l, i) => [l, String.fromCharCode(0x100 + i)]));

/**
 * The sort key of a notation: punctuation and spaces first (as themselves, below every digit),
 * then runs of digits by their value (a length mark, then the digits without leading zeros),
 * then letters in alphabet order; ties (case, tone, leading zeros) broken by the notation itself.
 */
export function notationSortKey(notation: string): string {
  // Tone marks: a secondary difference, left out of the primary key.
  const text = notation.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toLocaleLowerCase('vi');
  let key = '';
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < text.length && text[j]! >= '0' && text[j]! <= '9') j++;
      const digits = text.slice(i, j).replace(/^0+(?=\d)/u, '');
      // 0x31 + length: above every punctuation mark kept (≤ 0x2f), below every letter (≥ 0x100).
      key += String.fromCharCode(0x30 + Math.min(digits.length, 0xcf)) + digits;
      i = j;
      continue;
    }
    const letter = LETTER_CODE.get(ch);
    if (letter) key += letter;
    else if (/[\p{L}\p{N}]/u.test(ch)) key += String.fromCharCode(0x200) + ch;
    else key += ch.charCodeAt(0) < 0x30 ? ch : '/';
    i++;
  }
  return `${key}\u0000${notation}`;
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a Roman numeral as headings write it (I … CC); undefined when it is not one. */
function romanValue(text: string): number | undefined {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i]!];
    if (v === undefined) return undefined;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : undefined;
}

/**
 * The sort key of a major heading (đề mục lớn): its Roman numeral by value ("II. VĂN PHÒNG"
 * before "IX. …", which the alphabet puts after "IV"), then as a notation is ordered. A dossier
 * without a heading comes first, as on the printed plan.
 */
export function headingSortKey(heading: string): string {
  const text = heading.trim();
  const m = /^([IVXLC]+)(?=[\s.):\-–]|$)/u.exec(text);
  const value = m ? romanValue(m[1]!) : undefined;
  return notationSortKey(value === undefined ? text : `${value}${text.slice(m![1]!.length)}`);
}

/** Two major headings in the plan's order (I, II, … IX, by `headingSortKey`). */
export function compareHeadings(a: string, b: string): number {
  const ka = headingSortKey(a);
  const kb = headingSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The order of the file plan (Danh mục hồ sơ), on screen and printed: by major heading, then
 * by notation within it (the list by notation alone ran 01.ĐCXD (IV), 01.TH (I), 01.TPHT (III)…).
 */
export function planSortKey(heading: string | undefined, notation: string | undefined): string {
  return `${headingSortKey(typeof heading === 'string' ? heading : '')}\u0001${notationSortKey(typeof notation === 'string' ? notation : '')}`;
}

/** Compares two notations as the list orders them. */
export function compareNotations(a: string, b: string): number {
  const ka = notationSortKey(a);
  const kb = notationSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The arranging step a dossier waits for: closed and not numbered yet, or numbered and not in a box. */
export type ArrangeStage = 'number' | 'box';

type Arrangeable = {
  readonly deleted?: boolean;
  readonly status: string;
  readonly fileNumber?: number;
  readonly boxId?: string;
  readonly discardReason?: string;
};

export function arrangeStage(d: Arrangeable): ArrangeStage | undefined {
  if (d.deleted) return undefined;
  if (d.status === 'closed' && d.fileNumber === undefined) return 'number';
  if (d.fileNumber !== undefined && d.boxId === undefined && d.discardReason === undefined) return 'box';
  return undefined;
}

type ListKeyed = { readonly listKey?: unknown; readonly liveKey?: unknown; readonly planKey?: unknown; readonly livePlanKey?: unknown; readonly arrangeStage?: unknown };

/**
 * The dossier as it leaves this PC: the list's keys are this database's index keys, derived on
 * every write, not part of the record — a bundle carries the dossier without them (a receiver
 * orders a received fonds itself, and PostgreSQL text cannot hold the key's U+0000 separator).
 */
export function withoutListKeys<T extends object>(r: T): T {
  if (!('listKey' in r) && !('liveKey' in r) && !('planKey' in r) && !('livePlanKey' in r) && !('arrangeStage' in r)) return r;
  const { listKey: _l, liveKey: _v, planKey: _p, livePlanKey: _lp, arrangeStage: _s, ...rest } = r as T & ListKeyed;
  return rest as T;
}
