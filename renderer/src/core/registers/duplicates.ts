/**
 * Duplicate detection of Phụ lục VI: warn the clerk when the triple (số, ký hiệu, cơ quan
 * ban hành) is already registered. The key folds case and diacritics, strips spaces and the
 * "Số" prefix and unifies separators, so one document typed two ways gives one key. Folding
 * merges HD/HĐ and DA/ĐA; acceptable for a warning, and it catches text typed without marks.
 * A number and symbol are unique only within the year of issue (Art. 15.1: numbers restart
 * on 1 January), so when the document date is known its year is part of the key: last year's
 * 01/QĐ-UBND is not a duplicate of this year's.
 */
import { foldText, foldWords } from '../text';
import { isIsoDate, yearOf } from './dates';
import { normalizeNotationText } from './notation';

export type DuplicateKeyInput = {
  /** Số as written; may be empty when `notation` holds "15/QĐ-UBND". */
  readonly number?: string | number;
  /** Ký hiệu ("QĐ-UBND") or the whole "Số: 15/QĐ-UBND". */
  readonly notation?: string;
  /** Cơ quan ban hành (sender of an incoming document). */
  readonly issuer?: string;
  /** Ngày tháng văn bản, "yyyy-mm-dd": its year joins the key. */
  readonly documentDate?: string;
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
 * "15|qd-ubnd|ubnd huyen thai thuy", or "15|qd-ubnd|ubnd huyen thai thuy|2026" with a document
 * date. Returns '' when there is neither a number nor a notation (no key: such entries are
 * never reported as duplicates).
 */
export function duplicateKey(input: DuplicateKeyInput): string {
  let givenNumber = input.number === undefined ? '' : String(input.number).trim();
  let text = normalizeNotationText(input.notation ?? '');
  if (!text && givenNumber.includes('/')) {
    // The whole "15/QĐ-UBND" typed (or imported) into the number field.
    text = normalizeNotationText(givenNumber);
    givenNumber = '';
  }
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
  // A '|' typed in the symbol would shift the key's fields (the issuer read as the year).
  const num = numberKey(normalizeNotationText(number)).replace(/\|/g, '');
  const sym = foldText(symbol).replace(/\|/g, '');
  if (!num && !sym) return '';
  const key = `${num}|${sym}|${issuerKey(input.issuer ?? '')}`;
  const date = input.documentDate?.trim() ?? '';
  return isIsoDate(date) ? `${key}|${yearOf(date)}` : key;
}

/**
 * The start every key of the same number and symbol shares ("262|qd-stp|"), to find them by a
 * prefix of the stored keys; '' when the key lacks either (a bare "15", or a symbol without a
 * number, is too common to stand for one document).
 */
export function sameNumberPrefix(key: string): string {
  const [num = '', sym = ''] = key.split('|');
  return num && sym ? `${num}|${sym}|` : '';
}

/** Two issuers as their keys fold them may be one body written two ways: the same, one the start of the other ("so tu phap" of "so tu phap tinh mau"), or the same place at their end ("stp tinh mau", "so tu phap tinh mau"). */
function sameIssuer(a: string, b: string): boolean {
  if (a === b || !a || !b || a.startsWith(`${b} `) || b.startsWith(`${a} `)) return true;
  const [wa, wb] = [a.split(' '), b.split(' ')];
  return wa.length >= 3 && wb.length >= 3 && wa.slice(-2).join(' ') === wb.slice(-2).join(' ');
}

/**
 * May two entries be one document arriving twice? The same number and symbol; senders that may be
 * one body written two ways (the clerk types it as it comes: "Sở Tư pháp", "STP tỉnh Mẫu", "Sở Tư
 * pháp tỉnh Mẫu"), not two bodies sharing a symbol (a province's and a district's "262/QĐ-UBND");
 * and the same year — of the document's date, or of its arrival when the date was left empty.
 * The warning lists the entries found, with their senders, for the clerk to judge.
 */
export function maybeSameDocument(a: { readonly key: string; readonly arrivalDate?: string }, b: { readonly key: string; readonly arrivalDate?: string }): boolean {
  const prefix = sameNumberPrefix(a.key);
  if (!prefix || sameNumberPrefix(b.key) !== prefix) return false;
  const [pa, pb] = [a.key.split('|'), b.key.split('|')];
  if (!sameIssuer(pa[2] ?? '', pb[2] ?? '')) return false;
  const year = (parts: string[], arrival?: string) => parts[3] ?? arrival?.slice(0, 4);
  const [ya, yb] = [year(pa, a.arrivalDate), year(pb, b.arrivalDate)];
  return ya === undefined || yb === undefined || ya === yb;
}

/**
 * An outgoing document registered twice: its number is the register's next, so it never shares a
 * number with the first — only its kind, its date and its summary (folded: case, marks and spacing
 * aside). A summary left empty matches nothing.
 */
export function sameOutgoingDocument(a: { readonly typeName: string; readonly documentDate: string; readonly summary: string }, b: { readonly typeName: string; readonly documentDate: string; readonly summary: string }): boolean {
  const summary = foldWords(a.summary);
  return summary !== '' && summary === foldWords(b.summary) && a.documentDate === b.documentDate && foldWords(a.typeName) === foldWords(b.typeName);
}

/** What `findDuplicates` needs from a stored entry (IncomingDoc fits as is). */
export type DuplicateSource = {
  readonly number?: string | number;
  readonly notation?: string;
  readonly sender?: string;
  readonly issuer?: string;
  readonly documentDate?: string;
  readonly deleted?: boolean;
};

export type FindDuplicatesOptions = {
  /** Also report tombstoned entries (default false). */
  readonly includeDeleted?: boolean;
};

function sourceKeyInput(e: DuplicateSource): DuplicateKeyInput {
  return {
    number: e.number,
    notation: e.notation,
    issuer: e.issuer ?? e.sender,
    ...(e.documentDate !== undefined ? { documentDate: e.documentDate } : {}),
  };
}

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
      duplicateKey(sourceKeyInput(e)) === key,
  );
}

/** Groups of entries sharing a key (for a "possible duplicates" report over a whole register). */
export function duplicateGroups<T extends DuplicateSource>(entries: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const e of entries) {
    if (e.deleted) continue;
    const key = duplicateKey(sourceKeyInput(e));
    if (!key) continue;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
