/**
 * Document types of NĐ 30/2020 (Art. 7, Phụ lục III) with their legal names and
 * abbreviations, copy types, and the urgency and secrecy levels (Art. 4, Phụ lục I).
 * Legal names and abbreviations are data (they appear on documents and in registers);
 * UI labels for urgency and secrecy come from i18n via the keys exported here.
 */
import { foldText } from '../text';

export const DOCUMENT_TYPE_CODES = [
  'resolution',
  'decision',
  'directive',
  'statute',
  'regulation',
  'communique',
  'notice',
  'guidance',
  'programme',
  'plan',
  'scheme',
  'proposal',
  'project',
  'report',
  'minutes',
  'submission',
  'contract',
  'official-letter',
  'official-telegram',
  'memorandum',
  'agreement',
  'power-of-attorney',
  'invitation',
  'introduction-letter',
  'leave-permit',
  'dispatch-slip',
  'transfer-slip',
  'notice-slip',
  'public-letter',
] as const;
export type DocumentTypeCode = (typeof DOCUMENT_TYPE_CODES)[number];

export type DocumentType = {
  readonly code: DocumentTypeCode;
  /** Legal name as written on the document and in the register, e.g. "Quyết định". */
  readonly name: string;
  /** Qualifier in Art. 7, e.g. "cá biệt" for Nghị quyết and Quyết định (not part of the type name). */
  readonly qualifier?: string;
  /** Phụ lục III abbreviation; null for Công văn and Thư công, which have none. */
  readonly abbr: string | null;
};

/** The 29 types of Art. 7, in the order of the decree. */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { code: 'resolution', name: 'Nghị quyết', qualifier: 'cá biệt', abbr: 'NQ' },
  { code: 'decision', name: 'Quyết định', qualifier: 'cá biệt', abbr: 'QĐ' },
  { code: 'directive', name: 'Chỉ thị', abbr: 'CT' },
  { code: 'statute', name: 'Quy chế', abbr: 'QC' },
  { code: 'regulation', name: 'Quy định', abbr: 'QyĐ' },
  { code: 'communique', name: 'Thông cáo', abbr: 'TC' },
  { code: 'notice', name: 'Thông báo', abbr: 'TB' },
  { code: 'guidance', name: 'Hướng dẫn', abbr: 'HD' },
  { code: 'programme', name: 'Chương trình', abbr: 'CTr' },
  { code: 'plan', name: 'Kế hoạch', abbr: 'KH' },
  { code: 'scheme', name: 'Phương án', abbr: 'PA' },
  { code: 'proposal', name: 'Đề án', abbr: 'ĐA' },
  { code: 'project', name: 'Dự án', abbr: 'DA' },
  { code: 'report', name: 'Báo cáo', abbr: 'BC' },
  { code: 'minutes', name: 'Biên bản', abbr: 'BB' },
  { code: 'submission', name: 'Tờ trình', abbr: 'TTr' },
  { code: 'contract', name: 'Hợp đồng', abbr: 'HĐ' },
  { code: 'official-letter', name: 'Công văn', abbr: null },
  { code: 'official-telegram', name: 'Công điện', abbr: 'CĐ' },
  { code: 'memorandum', name: 'Bản ghi nhớ', abbr: 'BGN' },
  { code: 'agreement', name: 'Bản thỏa thuận', abbr: 'BTT' },
  { code: 'power-of-attorney', name: 'Giấy ủy quyền', abbr: 'GUQ' },
  { code: 'invitation', name: 'Giấy mời', abbr: 'GM' },
  { code: 'introduction-letter', name: 'Giấy giới thiệu', abbr: 'GGT' },
  { code: 'leave-permit', name: 'Giấy nghỉ phép', abbr: 'GNP' },
  { code: 'dispatch-slip', name: 'Phiếu gửi', abbr: 'PG' },
  { code: 'transfer-slip', name: 'Phiếu chuyển', abbr: 'PC' },
  { code: 'notice-slip', name: 'Phiếu báo', abbr: 'PB' },
  { code: 'public-letter', name: 'Thư công', abbr: null },
];

export const COPY_TYPE_CODES = ['true-copy', 'extract-copy', 'transcribed-copy'] as const;
export type CopyTypeCode = (typeof COPY_TYPE_CODES)[number];
export type CopyType = { readonly code: CopyTypeCode; readonly name: string; readonly abbr: string };

/** Phụ lục III copy types; copies share one number series per year, followed by the copy abbreviation. */
export const COPY_TYPES: readonly CopyType[] = [
  { code: 'true-copy', name: 'Bản sao y', abbr: 'SY' },
  { code: 'extract-copy', name: 'Bản trích sao', abbr: 'TrS' },
  { code: 'transcribed-copy', name: 'Bản sao lục', abbr: 'SL' },
];

/** Mức độ khẩn, lowest first: thường (no stamp), Khẩn, Thượng khẩn, Hỏa tốc. */
export const URGENCY_LEVELS = ['normal', 'urgent', 'very-urgent', 'flash'] as const;
export type Urgency = (typeof URGENCY_LEVELS)[number];

/** Độ mật, lowest first: none, Mật, Tối mật, Tuyệt mật. */
export const SECRECY_LEVELS = ['none', 'confidential', 'secret', 'top-secret'] as const;
export type Secrecy = (typeof SECRECY_LEVELS)[number];

/** i18n key of an urgency label: `registers.urgency.<level>`. */
export function urgencyLabelKey(level: Urgency): string {
  return `registers.urgency.${level}`;
}

/** i18n key of a secrecy label: `registers.secrecy.<level>`. */
export function secrecyLabelKey(level: Secrecy): string {
  return `registers.secrecy.${level}`;
}

export function isUrgency(value: unknown): value is Urgency {
  return typeof value === 'string' && (URGENCY_LEVELS as readonly string[]).includes(value);
}

export function isSecrecy(value: unknown): value is Secrecy {
  return typeof value === 'string' && (SECRECY_LEVELS as readonly string[]).includes(value);
}

/**
 * Abbreviations compare in upper case without folding diacritics, because Phụ lục III
 * distinguishes HD (Hướng dẫn) from HĐ (Hợp đồng) and DA (Dự án) from ĐA (Đề án).
 */
function abbrKey(abbr: string): string {
  return abbr.normalize('NFC').trim().toUpperCase();
}

const BY_ABBR = new Map<string, DocumentType>(
  DOCUMENT_TYPES.filter((t) => t.abbr !== null).map((t) => [abbrKey(t.abbr ?? ''), t]),
);
const COPY_BY_ABBR = new Map<string, CopyType>(COPY_TYPES.map((c) => [abbrKey(c.abbr), c]));
const BY_NAME = new Map<string, DocumentType>(DOCUMENT_TYPES.map((t) => [foldText(t.name), t]));

/** The type whose Phụ lục III abbreviation this is ("qđ" → Quyết định, "QYĐ" → Quy định). */
export function documentTypeByAbbr(abbr: string): DocumentType | undefined {
  return BY_ABBR.get(abbrKey(abbr));
}

/** The copy type of an abbreviation (SY, TrS, SL), any case. */
export function copyTypeByAbbr(abbr: string): CopyType | undefined {
  return COPY_BY_ABBR.get(abbrKey(abbr));
}

/** The type of a name, folded ("quyet dinh", "Quyết định (cá biệt)", "Quyết định"). */
export function documentTypeByName(name: string): DocumentType | undefined {
  const folded = foldText(name).replace(/\(.*\)/g, '').replace(/\s+/g, ' ').trim();
  return BY_NAME.get(folded);
}

export function documentTypeByCode(code: DocumentTypeCode): DocumentType {
  const found = DOCUMENT_TYPES.find((t) => t.code === code);
  if (!found) throw new RangeError(`unknown document type ${code}`);
  return found;
}

/** The abbreviation to use in a notation for a type name, or null (Công văn, Thư công, unknown types). */
export function abbrForTypeName(typeName: string): string | null {
  return documentTypeByName(typeName)?.abbr ?? null;
}

/**
 * Splits a register cell "Tên loại và trích yếu nội dung" into the type name and the rest:
 * "Quyết định về việc …" → Quyết định + "về việc …"; "QĐ về việc …" likewise; "V/v …" → Công văn
 * with the whole text kept as summary. Returns undefined when no type is recognised.
 */
export function splitTypeAndSummary(text: string): { readonly type: DocumentType; readonly summary: string } | undefined {
  // Spreadsheet cells often carry doubled spaces or a line break inside "Quyết  định".
  const trimmed = text.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
  if (/^v\s*\/\s*v\b/i.test(trimmed)) return { type: documentTypeByCode('official-letter'), summary: trimmed };
  const folded = foldText(trimmed);
  const byLength = [...DOCUMENT_TYPES].sort((a, b) => b.name.length - a.name.length);
  for (const t of byLength) {
    const f = foldText(t.name);
    if (folded === f) return { type: t, summary: trimmed };
    if (folded.startsWith(`${f} `) || folded.startsWith(`${f}:`)) {
      const rest = trimmed.slice(t.name.length).replace(/^[\s:]+/, '');
      return { type: t, summary: rest || trimmed };
    }
  }
  const m = /^(\p{L}{2,4})\s+(\S.*)$/su.exec(trimmed);
  if (m && m[1] && m[2]) {
    const t = documentTypeByAbbr(m[1]);
    // Only an abbreviation written in its legal case counts ("QĐ", not the word "Kế").
    if (t && t.abbr === m[1]) return { type: t, summary: m[2] };
  }
  return undefined;
}
