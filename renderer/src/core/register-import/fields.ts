/**
 * The fields a column of an old Excel register can be mapped to, per kind of register, and
 * the header names (folded) that suggest them. Header names come from the Phụ lục IV forms
 * (NĐ 30/2020) and from what communes actually typed in their own spreadsheets.
 */
import type { RegisterKind } from '../registers/types';

/** Incoming registers use the IV.VI form; outgoing and internal registers the IV.I form. */
export type ImportKind = 'incoming' | 'outgoing';

export function importKindOf(kind: RegisterKind): ImportKind {
  return kind === 'incoming' ? 'incoming' : 'outgoing';
}

/**
 * Columns of the incoming form. `numberNotation` is the combined "Số, ký hiệu" column and
 * `typeSummary` the combined "Tên loại và trích yếu" column; `number`/`notation` and
 * `typeName`/`summary` are for files that keep them apart. `registerNumber` is the số đến.
 */
export const INCOMING_IMPORT_FIELDS = [
  'arrivalDate',
  'registerNumber',
  'sender',
  'numberNotation',
  'number',
  'notation',
  'documentDate',
  'typeSummary',
  'typeName',
  'summary',
  'recipient',
  'transferDate',
  'receivedSignature',
  'note',
  'signer',
  'urgency',
  'pageCount',
  'handlingDeadline',
] as const;

/** Columns of the outgoing form; `registerNumber` is the số of the series (often inside "Số, ký hiệu"). */
export const OUTGOING_IMPORT_FIELDS = [
  'numberNotation',
  'registerNumber',
  'notation',
  'documentDate',
  'typeSummary',
  'typeName',
  'summary',
  'signer',
  'recipients',
  'retainedCopyHolder',
  'copyCount',
  'transferDate',
  'receivedSignature',
  'note',
  'urgency',
  'pageCount',
  'dueDate',
] as const;

export type IncomingImportField = (typeof INCOMING_IMPORT_FIELDS)[number];
export type OutgoingImportField = (typeof OUTGOING_IMPORT_FIELDS)[number];
export type ImportField = IncomingImportField | OutgoingImportField;

export function importFieldsOf(kind: ImportKind): readonly ImportField[] {
  return kind === 'incoming' ? INCOMING_IMPORT_FIELDS : OUTGOING_IMPORT_FIELDS;
}

/**
 * Alternatives that must be mapped (one of each group). Incoming: ngày đến, số đến, tác giả
 * and the trích yếu. Outgoing: the number (alone or in "Số, ký hiệu"), the date, the trích yếu.
 */
export const REQUIRED_FIELDS: Readonly<Record<ImportKind, readonly (readonly ImportField[])[]>> = {
  incoming: [['arrivalDate'], ['registerNumber'], ['sender'], ['typeSummary', 'summary']],
  outgoing: [['registerNumber', 'numberNotation'], ['documentDate'], ['typeSummary', 'summary']],
};

/** Fields that cannot be mapped together with another one (the combined column and its parts). */
export const EXCLUSIVE_FIELDS: readonly (readonly [ImportField, ImportField])[] = [
  ['numberNotation', 'notation'],
  ['typeSummary', 'typeName'],
  ['typeSummary', 'summary'],
];

/**
 * Header aliases, already in the form of `headerKey` (folded, punctuation as spaces).
 * `exact` aliases only match a whole header ("so" must not match "so den").
 */
type Alias = { readonly text: string; readonly exact?: boolean };
const a = (text: string, exact = false): Alias => ({ text, exact });

const COMMON: Partial<Record<ImportField, readonly Alias[]>> = {
  numberNotation: [a('so ky hieu'), a('so va ky hieu'), a('so ky hieu van ban'), a('so hieu van ban'), a('so ky hieu vb')],
  notation: [a('ky hieu', true), a('ky hieu van ban', true)],
  documentDate: [
    a('ngay thang van ban'),
    a('ngay thang nam van ban'),
    a('ngay van ban'),
    a('ngay thang vb'),
    a('ngay vb'),
    a('ngay ban hanh'),
    a('ngay ky'),
  ],
  typeSummary: [
    a('ten loai va trich yeu noi dung'),
    a('ten loai va trich yeu'),
    a('ten loai trich yeu'),
    a('trich yeu noi dung'),
    a('trich yeu'),
    a('noi dung'),
  ],
  typeName: [a('ten loai', true), a('ten loai van ban', true), a('loai van ban', true), a('the loai', true), a('loai vb', true)],
  transferDate: [a('ngay chuyen'), a('ngay chuyen giao'), a('ngay giao')],
  receivedSignature: [a('ky nhan'), a('nguoi nhan ky'), a('ky ten nguoi nhan')],
  note: [a('ghi chu'), a('chu thich')],
  signer: [a('nguoi ky'), a('nguoi ky van ban'), a('chuc vu nguoi ky')],
  urgency: [a('do khan'), a('muc do khan'), a('do khan do mat')],
  pageCount: [a('so trang'), a('so to'), a('so to trang')],
};

const INCOMING_ONLY: Partial<Record<ImportField, readonly Alias[]>> = {
  arrivalDate: [a('ngay den'), a('ngay nhan'), a('ngay thang den'), a('ngay nhan van ban')],
  registerNumber: [a('so den'), a('so vao so'), a('so thu tu den')],
  sender: [
    a('tac gia'),
    a('noi gui'),
    a('co quan ban hanh'),
    a('co quan to chuc ban hanh'),
    a('co quan gui'),
    a('don vi gui'),
    a('noi ban hanh'),
    a('co quan ban hanh van ban'),
  ],
  number: [a('so', true), a('so van ban', true), a('so vb', true)],
  recipient: [a('don vi hoac nguoi nhan'), a('don vi nguoi nhan'), a('nguoi nhan'), a('noi nhan'), a('don vi nhan'), a('chuyen cho')],
  handlingDeadline: [a('thoi han giai quyet'), a('han giai quyet'), a('han xu ly')],
};

const OUTGOING_ONLY: Partial<Record<ImportField, readonly Alias[]>> = {
  registerNumber: [a('so', true), a('so van ban', true), a('so di'), a('so van ban di'), a('so vb', true)],
  recipients: [a('noi nhan van ban'), a('noi nhan'), a('noi gui den'), a('gui den')],
  retainedCopyHolder: [a('don vi nguoi nhan ban luu'), a('don vi hoac nguoi nhan ban luu'), a('nguoi nhan ban luu'), a('ban luu'), a('noi luu')],
  copyCount: [a('so luong ban'), a('so ban'), a('so luong')],
  dueDate: [a('han tra loi'), a('thoi han tra loi')],
};

export function aliasesFor(kind: ImportKind): Partial<Record<ImportField, readonly Alias[]>> {
  return { ...COMMON, ...(kind === 'incoming' ? INCOMING_ONLY : OUTGOING_ONLY) };
}
