/**
 * Duplicate detection of Phụ lục VI: warn the clerk when the triple (số, ký hiệu, cơ quan
 * ban hành) is already registered. The key folds case and diacritics, strips spaces and the
 * "Số" prefix and unifies separators, so one document typed two ways gives one key. Folding
 * merges HD/HĐ and DA/ĐA; acceptable for a warning, and it catches text typed without marks.
 */
import { foldText } from '../text';
import { normalizeNotationText } from './notation';

export type DuplicateKeyInput = {
  /** Số as written; may be empty when `notation` holds "15/QĐ-UBND". */
  readonly number?: string | number;
  /** Ký hiệu ("QĐ-UBND") or the whole "Số: 15/QĐ-UBND". */
  readonly notation?: string;
  /** Cơ quan ban hành (sender of an incoming document). */
  readonly issuer?: string;
};

const ISSUER_EXPANSIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\buy ban nhan dan\b/g, 'ubnd'],
  [/\bhoi dong nhan dan\b/g, 'hdnd'],
  [/\buy ban mat tran to quoc( viet nam)?\b/g, 'ubmttq'],
];

/** Folded issuer name: "Ủy ban nhân dân Huyện  Thái Thụy" and "UBND huyện Thái Thụy" → "ubnd huyen thai thuy". */
export function issuerKey(issuer: string): string {
  let s = foldText(issuer.normalize('NFC'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, to] of ISSUER_EXPANSIONS) s = s.replace(re, to);
  return s;
}

function numberKey(raw: string): string {
  const s = foldText(raw).replace(/\s+/g, '');
  return /^\d+$/.test(s) ? String(Number(s)) : s;
}

/**
 * "15|qd-ubnd|ubnd huyen thai thuy". Returns '' when there is neither a number nor a notation
 * (no key: such entries are never reported as duplicates).
 */
export function duplicateKey(input: DuplicateKeyInput): string {
  const givenNumber = input.number === undefined ? '' : String(input.number).trim();
  const text = normalizeNotationText(input.notation ?? '');
  const slash = text.indexOf('/');
  let number = givenNumber;
  let symbol = text;
  if (slash >= 0) {
    const head = text.slice(0, slash);
    // "15/QĐ-UBND" in the notation field: take the number from it unless it contradicts `number`.
    if (/^\d+[a-zA-Z]?$/.test(head) && (!givenNumber || numberKey(head) === numberKey(givenNumber))) {
      number = head;
      symbol = text.slice(slash + 1);
    }
  } else if (!givenNumber && /^\d+$/.test(text)) {
    number = text;
    symbol = '';
  }
  const num = numberKey(normalizeNotationText(number));
  const sym = foldText(symbol);
  if (!num && !sym) return '';
  return `${num}|${sym}|${issuerKey(input.issuer ?? '')}`;
}

/** What `findDuplicates` needs from a stored entry (IncomingDoc fits as is). */
export type DuplicateSource = {
  readonly number?: string | number;
  readonly notation?: string;
  readonly sender?: string;
  readonly issuer?: string;
  readonly deleted?: boolean;
};

export type FindDuplicatesOptions = {
  /** Also report tombstoned entries (default false). */
  readonly includeDeleted?: boolean;
};

/** Stored entries with the same key as the candidate. */
export function findDuplicates<T extends DuplicateSource>(
  candidate: DuplicateKeyInput,
  existing: readonly T[],
  options: FindDuplicatesOptions = {},
): T[] {
  const key = duplicateKey(candidate);
  if (!key) return [];
  return existing.filter(
    (e) =>
      (options.includeDeleted || !e.deleted) &&
      duplicateKey({ number: e.number, notation: e.notation, issuer: e.issuer ?? e.sender }) === key,
  );
}

/** Groups of entries sharing a key (for a "possible duplicates" report over a whole register). */
export function duplicateGroups<T extends DuplicateSource>(entries: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const e of entries) {
    if (e.deleted) continue;
    const key = duplicateKey({ number: e.number, notation: e.notation, issuer: e.issuer ?? e.sender });
    if (!key) continue;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
