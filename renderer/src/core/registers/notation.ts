/**
 * Số, ký hiệu (Phụ lục I §II.3): "15/QĐ-UBND" for typed documents (number / type abbr -
 * issuer abbr), "12/UBND-VP" for công văn (number / issuer abbr - drafting unit or field).
 * Builds them, and parses strings typed by people or found in spreadsheets back into parts.
 */
import { foldText } from '../text';
import { copyTypeByAbbr, documentTypeByAbbr, DOCUMENT_TYPES } from './doc-types';
import type { DocumentType } from './doc-types';
import { formatNumber } from './numbering';

export type NotationParts = {
  readonly number: number | string;
  /** Phụ lục III abbreviation of the type or copy type; absent or null for Công văn and Thư công. */
  readonly typeAbbr?: string | null;
  readonly issuerAbbr: string;
  /** Drafting unit or field (công văn), e.g. "VP". NĐ 30 prescribes it for công văn only. */
  readonly unitSuffix?: string;
};

/** The ký hiệu alone: "QĐ-UBND", "UBND-VP", "UBND". */
export function buildSymbol(parts: Omit<NotationParts, 'number'>): string {
  const groups = [parts.typeAbbr, parts.issuerAbbr, parts.unitSuffix]
    .map((g) => (g ?? '').normalize('NFC').replace(/\s+/g, ''))
    .filter((g) => g !== '');
  return groups.join('-');
}

/** Number and symbol: "15/QĐ-UBND", "05/UBND-VP", "12/UBND". A numeric number gets its leading zero. */
export function buildNotation(parts: NotationParts): string {
  const num = typeof parts.number === 'number' ? formatNumber(parts.number) : parts.number.trim();
  return joinNumberNotation(num, buildSymbol(parts));
}

/**
 * An entry by its number in its register, as the journal keeps it (worded by i18n journal-labels `detailText`):
 * an incoming one's số đến and its own số, ký hiệu when it has one, "01 (101/QĐ-UBND)"; an outgoing one's "141/UBND-VP".
 */
export function entryRef(entry: { readonly arrivalNumber: number; readonly number: string; readonly notation: string } | { readonly number: number; readonly notation: string }): string {
  if ('arrivalNumber' in entry) {
    const own = joinNumberNotation(entry.number, entry.notation);
    return `${formatNumber(entry.arrivalNumber)}${own ? ` (${own})` : ''}`;
  }
  return joinNumberNotation(entry.number, entry.notation);
}

/** "15" + "QĐ-UBND" → "15/QĐ-UBND"; either side may be empty. */
export function joinNumberNotation(number: string | number, notation: string): string {
  const num = typeof number === 'number' ? formatNumber(number) : number.trim();
  const sym = notation.trim();
  if (num && sym) return `${num}/${sym}`;
  return num || sym;
}

export type ParsedNotation = {
  /** Số as written, without "Số:" ("015" stays "015"); '' when absent. */
  readonly number: string;
  /** Integer value of the number when it is all digits. */
  readonly numberValue?: number;
  /** Ký hiệu: everything after the first "/", separators unified, known abbreviations in their legal case. */
  readonly notation: string;
  /** Year of a legal normative document ("15/2024/QĐ-UBND"). */
  readonly year?: number;
  readonly typeAbbr?: string;
  readonly docType?: DocumentType;
  /**
   * The Tên loại the type abbreviation names: a Phụ lục III type's, or a legal normative kind's
   * that only comes in ("15/2026/NĐ-CP" Nghị định, "05/2025/TT-BNV" Thông tư; see `LEGAL_NORMATIVE_KINDS`).
   */
  readonly typeName?: string;
  /** True when the type abbreviation is a copy type (SY, TrS, SL). */
  readonly isCopy: boolean;
  readonly issuerAbbr?: string;
  readonly unitSuffix?: string;
};

const SLASHES = /[\u2044\u2215\uFF0F\\]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D_]/g;
/** "Số:" before a number, before the "/" of a form whose number is still blank, or alone. */
const NUMBER_PREFIX = /^s[oôốồ]\s*[:.]?\s*(?=[\d/]|$)/iu;

/** Unifies separators and whitespace of a number/notation string; keeps letters as typed. */
export function normalizeNotationText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(SLASHES, '/')
    .replace(DASHES, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(NUMBER_PREFIX, '')
    .replace(/\s+/g, '')
    .replace(/-+/g, '-')
    .replace(/\/+/g, '/')
    .replace(/^[-/]+|[-/.,;]+$/g, '');
}

/**
 * Abbreviations typed without marks ("QD", "QYD", "CD") that fold to exactly one Phụ lục III
 * abbreviation. HD/HĐ and DA/ĐA fold together, so they are not here: "HD" stays Hướng dẫn.
 */
const UNMARKED_ABBR: ReadonlyMap<string, DocumentType> = (() => {
  const byFolded = new Map<string, DocumentType[]>();
  for (const t of DOCUMENT_TYPES) {
    if (t.abbr === null) continue;
    const folded = foldText(t.abbr).toUpperCase();
    byFolded.set(folded, [...(byFolded.get(folded) ?? []), t]);
  }
  const out = new Map<string, DocumentType>();
  for (const [folded, types] of byFolded) {
    const only = types[0];
    if (types.length === 1 && only && only.abbr?.toUpperCase() !== folded) out.set(folded, only);
  }
  return out;
})();

/**
 * Kinds of legal normative documents (văn bản quy phạm pháp luật) a commune receives but never
 * issues, so not in Phụ lục III's list, with the abbreviation their số, ký hiệu carries. Read only
 * in a notation with a year, as such documents are numbered ("15/2026/NĐ-CP"): "12/TT-VP" without
 * one stays an issuer's abbreviation.
 */
export const LEGAL_NORMATIVE_KINDS: readonly { readonly name: string; readonly abbr: string }[] = [
  { name: 'Nghị định', abbr: 'NĐ' },
  { name: 'Thông tư', abbr: 'TT' },
  { name: 'Thông tư liên tịch', abbr: 'TTLT' },
  { name: 'Nghị quyết liên tịch', abbr: 'NQLT' },
];

/** A legal normative kind's abbreviation as typed, any case, with or without its marks ("nd" → NĐ). */
function legalKindOfGroup(group: string): (typeof LEGAL_NORMATIVE_KINDS)[number] | undefined {
  const folded = foldText(group).toUpperCase();
  return LEGAL_NORMATIVE_KINDS.find((k) => foldText(k.abbr).toUpperCase() === folded);
}

/** A type abbreviation as typed: exact (any case) first, then one typed without marks. */
function typeOfGroup(group: string): DocumentType | undefined {
  return documentTypeByAbbr(group) ?? UNMARKED_ABBR.get(group.toUpperCase());
}

/** A year a số, ký hiệu can carry ("15/2024/QĐ-UBND"): from 1945 on. */
const isNotationYear = (y: number) => y >= 1945 && y <= 2200;

/**
 * A ký hiệu as stored, without its number ("QĐ-UBND", "2026/NĐ-CP"), read as `parseNotation` reads
 * what follows a number: a year in front is the year, not a number ("2026/NĐ-CP" is a Nghị định of
 * 2026). Anything else is read as `parseNotation` reads it (a whole "15/QĐ-UBND" typed there too).
 */
export function parseSymbol(symbol: string): ParsedNotation {
  const s = normalizeNotationText(symbol);
  const y = /^(\d{4})\//.exec(s);
  if (y && isNotationYear(Number(y[1]))) {
    const { number: _number, numberValue: _value, ...rest } = parseNotation(`0/${s}`);
    return { number: '', ...rest };
  }
  return parseNotation(s);
}

/**
 * Parses "Số: 15/QĐ-UBND", " số 15 / qđ-ubnd ", "15／QĐ-UBND", "12/UBND-VP", "15/2024/QĐ-UBND",
 * or a bare "QĐ-UBND". Known Phụ lục III abbreviations get their legal case (QĐ, QyĐ, TTr),
 * also when typed without marks ("QD" → QĐ; but "HD" is Hướng dẫn, never Hợp đồng);
 * other groups are upper-cased, except one written as "TTg" (capitals, then small letters), kept.
 */
export function parseNotation(raw: string): ParsedNotation {
  const s = normalizeNotationText(raw);
  let number = '';
  let rest = s;
  const slash = s.indexOf('/');
  if (slash >= 0) {
    number = s.slice(0, slash);
    rest = s.slice(slash + 1);
  } else if (/^\d+[a-zA-Z]?$/.test(s)) {
    number = s;
    rest = '';
  }
  let year: number | undefined;
  const ym = /^(\d{4})\/(.*)$/.exec(rest);
  if (ym && ym[1] && isNotationYear(Number(ym[1]))) {
    year = Number(ym[1]);
    rest = ym[2] ?? '';
  }
  const groups = rest.split('-').filter((g) => g !== '');
  const first = groups[0];
  const docType = first ? typeOfGroup(first) : undefined;
  const copy = first && !docType ? copyTypeByAbbr(first) : undefined;
  const legal = first && !docType && !copy && year !== undefined ? legalKindOfGroup(first) : undefined;
  const typeAbbr = docType?.abbr ?? copy?.abbr ?? legal?.abbr;
  const typeName = docType?.name ?? legal?.name;
  // A group is put in capitals ("ubnd", "Ubnd" as a keyboard capitalises it), unless it mixes capitals and small
  // letters as a paper writes it ("TTg" of Thủ tướng, which became "TTG").
  const canon = groups.map((g, i) => (i === 0 && typeAbbr ? typeAbbr : /^\p{Lu}{2,}\p{Ll}+$/u.test(g) ? g : g.toUpperCase()));
  const issuerIdx = typeAbbr ? 1 : 0;
  const issuerAbbr = canon[issuerIdx];
  const suffix = canon.slice(issuerIdx + 1).join('-');
  const symbol = canon.join('-');
  return {
    number,
    ...(/^\d+$/.test(number) ? { numberValue: Number(number) } : {}),
    notation: year !== undefined ? `${year}/${symbol}` : symbol,
    ...(year !== undefined ? { year } : {}),
    ...(typeAbbr ? { typeAbbr } : {}),
    ...(docType ? { docType } : {}),
    ...(typeName ? { typeName } : {}),
    isCopy: copy !== undefined,
    ...(issuerAbbr ? { issuerAbbr } : {}),
    ...(suffix ? { unitSuffix: suffix } : {}),
  };
}

/**
 * Characters a số, ký hiệu does not hold ("SNV-VP#@!"): letters, digits, "-", "/", ".", "&", "(", ")" and spaces
 * are what papers write. Each odd one once, in the order typed; '' when there is none. Said, never refused: the
 * clerk copies what the paper says.
 */
export function oddNotationChars(text: string): string {
  return [...new Set(text.normalize('NFC').replace(/[\p{L}\p{M}\p{N}\-/.&() \u00a0]/gu, ''))].join(' ');
}

/**
 * Whether a document's số, typed on its own, is not one a paper writes: a number in Arabic figures (NĐ 30), with at
 * most one letter after it for a number inserted between two ("15a"). "ba mươi" or "O3" (a letter O for a zero) is said
 * under the field, never refused (the clerk copies the paper); "15/QĐ-UBND" is not judged here — leaving the field
 * splits it into số and ký hiệu.
 */
export function oddDocumentNumber(text: string): boolean {
  const t = text.trim();
  return t !== '' && !t.includes('/') && !/^\d{1,9}[a-zđ]?$/iu.test(t);
}
