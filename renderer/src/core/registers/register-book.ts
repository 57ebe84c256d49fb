/**
 * The register as a printed book (Art. 16.2.b and 22.3.b: an electronic register is printed
 * with every column of the paper form and bound). Rows of strings in the column order of
 * Phụ lục IV.VI (incoming) and IV.I (outgoing), sorted by number; a cancelled entry keeps
 * its row, so the sequence of numbers has no holes.
 */
import { formatDate } from '../format';
import { compareVi, foldText } from '../text';
import { numberGaps, formatNumber } from './numbering';
import { joinNumberNotation } from './notation';
import type { IncomingDocFields, OutgoingDocFields, RegisterFields } from './types';

/** Phụ lục IV.VI, sổ đăng ký văn bản đến (legal form text). */
export const INCOMING_BOOK_COLUMNS = [
  'Ngày đến',
  'Số đến',
  'Tác giả',
  'Số, ký hiệu văn bản',
  'Ngày tháng văn bản',
  'Tên loại và trích yếu nội dung',
  'Đơn vị hoặc người nhận',
  'Ngày chuyển',
  'Ký nhận',
  'Ghi chú',
] as const;

/** Phụ lục IV.I, sổ đăng ký văn bản đi (legal form text). */
export const OUTGOING_BOOK_COLUMNS = [
  'Số, ký hiệu văn bản',
  'Ngày tháng văn bản',
  'Tên loại và trích yếu nội dung',
  'Người ký',
  'Nơi nhận văn bản',
  'Đơn vị, người nhận bản lưu',
  'Số lượng bản',
  'Ngày chuyển',
  'Ký nhận',
  'Ghi chú',
] as const;

/** Why an entry was cancelled, as its Ghi chú ends in the printed book and the Excel export. */
export function cancelledText(reason: string | undefined): string {
  const r = (reason ?? '').trim();
  return r ? `(đã hủy: ${r})` : '(đã hủy)';
}

/** "Quyết định" + "về việc …" (or "Về việc …") → "Quyết định về việc …"; no repetition when the summary starts with the type. */
export function typeAndSummary(typeName: string, summary: string): string {
  const t = typeName.trim();
  const s = summary.trim();
  if (!t) return s;
  if (!s) return t;
  if (foldText(s).startsWith(foldText(t))) return s;
  // A summary typed as it stands on the document ("Về việc …") reads on after the type in lower case.
  return `${t} ${s.normalize('NFC').replace(/^Về(?=\s)/u, 'về')}`;
}

/** Người ký: the position, and the name on a line of its own ("Chủ tịch UBND xã Nguyễn Văn An" read as one name). */
function signer(position: string, name: string): string {
  return [position, name].filter((s) => s.trim()).join('\n');
}

type Meta = { readonly id?: string; readonly deleted?: boolean; readonly deletedReason?: string };
export type BookIncoming = IncomingDocFields & Meta;
export type BookOutgoing = OutgoingDocFields & Meta;

export type RegisterBookSummary = {
  /** dd/mm/yyyy of the earliest and latest entry date ('' when the book is empty). */
  readonly fromDate: string;
  readonly toDate: string;
  /** Zero-padded first and last number. */
  readonly fromNumber: string;
  readonly toNumber: string;
  /** Rows in the book (cancelled entries included). */
  readonly count: number;
  readonly cancelledCount: number;
  /** Numbers of the series with no entry at all; should be empty. */
  readonly missingNumbers: readonly number[];
};

export type RegisterBook = {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /**
   * Rows of cancelled entries (by index): printed struck through, their number, date and note left
   * plain. A cancelled row keeps what the entry said, with "(đã hủy: lý do)" in its Ghi chú — a paper
   * book's line is crossed out, not wiped (the row kept only the cancel note, the ký hiệu and the
   * summary were gone).
   */
  readonly cancelledRows: ReadonlySet<number>;
  readonly summary: RegisterBookSummary;
};

/** Columns a cancelled entry's row keeps plain (Ngày đến and Số đến, or Số, ký hiệu and Ngày tháng; and Ghi chú): the rest is crossed out. */
export const PLAIN_WHEN_CANCELLED: readonly number[] = [0, 1, 9];

/** The Ghi chú of a cancelled entry: its own note, then why it was cancelled. */
function cancelledNote(note: string, reason: string | undefined): string {
  return [note.trim(), cancelledText(reason)].filter(Boolean).join(' ');
}

function cancelledOf<T extends Meta>(sorted: readonly T[]): ReadonlySet<number> {
  const out = new Set<number>();
  sorted.forEach((d, i) => d.deleted && out.add(i));
  return out;
}

function byNumber<T extends { readonly id?: string }>(num: (t: T) => number, date: (t: T) => string) {
  return (a: T, b: T): number => num(a) - num(b) || compareVi(date(a), date(b)) || compareVi(a.id ?? '', b.id ?? '');
}

function summarize<T extends Meta>(
  register: Pick<RegisterFields, 'firstNumber' | 'lastNumber'>,
  sorted: readonly T[],
  num: (t: T) => number,
  date: (t: T) => string | undefined,
): RegisterBookSummary {
  const dates = sorted.map(date).filter((d): d is string => !!d).sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return {
    fromDate: formatDate(dates[0]),
    toDate: formatDate(dates[dates.length - 1]),
    fromNumber: first ? formatNumber(num(first)) : '',
    toNumber: last ? formatNumber(num(last)) : '',
    count: sorted.length,
    cancelledCount: sorted.filter((d) => d.deleted).length,
    missingNumbers: numberGaps(
      { firstNumber: register.firstNumber, lastNumber: Math.max(register.lastNumber, last ? num(last) : 0) },
      sorted.map(num),
    ),
  };
}

/** The incoming book (Phụ lục IV.VI). */
export function incomingBook(register: Pick<RegisterFields, 'firstNumber' | 'lastNumber'>, docs: readonly BookIncoming[]): RegisterBook {
  const sorted = [...docs].sort(byNumber((d) => d.arrivalNumber, (d) => d.arrivalDate));
  const rows = sorted.map((d) => [
    formatDate(d.arrivalDate),
    formatNumber(d.arrivalNumber),
    d.sender,
    joinNumberNotation(d.number, d.notation),
    formatDate(d.documentDate),
    typeAndSummary(d.typeName, d.summary),
    d.recipient,
    formatDate(d.transferDate),
    d.receivedSignature,
    d.deleted ? cancelledNote(d.note, d.deletedReason) : d.note,
  ]);
  return { columns: INCOMING_BOOK_COLUMNS, rows, cancelledRows: cancelledOf(sorted), summary: summarize(register, sorted, (d) => d.arrivalNumber, (d) => d.arrivalDate) };
}

/** Recipients one a line; several each after a dash (a wrapped name then reads apart from the next one), unless typed with one. */
export function recipientLines(recipients: readonly string[]): string {
  if (recipients.length < 2) return recipients.join('');
  return recipients.map((r) => (/^[-–•+]/.test(r) ? r : `- ${r}`)).join('\n');
}

/** The outgoing book (Phụ lục IV.I); also used for internal registers. */
export function outgoingBook(register: Pick<RegisterFields, 'firstNumber' | 'lastNumber'>, docs: readonly BookOutgoing[]): RegisterBook {
  const sorted = [...docs].sort(byNumber((d) => d.number, (d) => d.documentDate));
  const rows = sorted.map((d) => [
    joinNumberNotation(d.number, d.notation),
    formatDate(d.documentDate),
    typeAndSummary(d.typeName, d.summary),
    signer(d.signerPosition, d.signerName),
    // One recipient a line, each after a dash as a document's "Nơi nhận" lists them (joined with "; ", the printed
    // column broke "TT Đảng ủy, HĐND xã" across its lines, the recipients run together).
    recipientLines(d.recipients),
    d.retainedCopyHolder,
    d.copyCount === undefined ? '' : String(d.copyCount),
    formatDate(d.transferDate),
    d.receivedSignature,
    d.deleted ? cancelledNote(d.note, d.deletedReason) : d.note,
  ]);
  return { columns: OUTGOING_BOOK_COLUMNS, rows, cancelledRows: cancelledOf(sorted), summary: summarize(register, sorted, (d) => d.number, (d) => d.documentDate) };
}

type BookRegister = Pick<RegisterFields, 'kind' | 'firstNumber' | 'lastNumber'>;

function isBookIncoming(d: BookIncoming | BookOutgoing): d is BookIncoming {
  return 'arrivalNumber' in d;
}

function isBookOutgoing(d: BookIncoming | BookOutgoing): d is BookOutgoing {
  return !('arrivalNumber' in d);
}

/**
 * The book of a register: columns, rows and the cover summary ("từ ngày … đến ngày …",
 * "từ số … đến số …"). Dates dd/mm/yyyy, numbers zero-padded. Internal registers use the
 * outgoing form.
 */
export function registerBookRows(register: BookRegister & { readonly kind: 'incoming' }, docs: readonly BookIncoming[]): RegisterBook;
export function registerBookRows(
  register: BookRegister & { readonly kind: 'outgoing' | 'internal' },
  docs: readonly BookOutgoing[],
): RegisterBook;
export function registerBookRows(register: BookRegister, docs: readonly (BookIncoming | BookOutgoing)[]): RegisterBook;
export function registerBookRows(register: BookRegister, docs: readonly (BookIncoming | BookOutgoing)[]): RegisterBook {
  return register.kind === 'incoming'
    ? incomingBook(register, docs.filter(isBookIncoming))
    : outgoingBook(register, docs.filter(isBookOutgoing));
}
