/**
 * Follow-up of incoming documents (sổ theo dõi giải quyết văn bản đến, Phụ lục IV.VIII).
 * Deadlines are counted in CALENDAR days, not working days: a deadline on a Monday is
 * "due soon" from the Friday before. Simple and predictable; holidays are not modelled.
 */
import { formatDate } from '../format';
import { daysBetween, isIsoDate } from './dates';
import { formatNumber } from './numbering';
import { joinNumberNotation } from './notation';
import type { IncomingDocFields, IncomingInput } from './types';

export type FollowUpStatus = 'overdue' | 'due-soon' | 'on-time' | 'done' | 'none';

export type FollowUpOptions = {
  /** A deadline this many calendar days away or fewer (today included) is "due soon". Default 3. */
  readonly dueSoonDays?: number;
};

export const DEFAULT_DUE_SOON_DAYS = 3;

type FollowUpInput = Pick<IncomingInput, 'progress' | 'handlingDeadline' | 'dueDate'> & { readonly deleted?: boolean };

/** The deadline that counts: the leader's handling deadline, else the reply date asked by the sender. */
export function effectiveDeadline(doc: Pick<IncomingInput, 'handlingDeadline' | 'dueDate'>): string | undefined {
  const d = doc.handlingDeadline || doc.dueDate;
  return d && isIsoDate(d) ? d : undefined;
}

/**
 * done: handling finished; none: no deadline (or a tombstone); overdue: deadline before today;
 * due-soon: deadline within `dueSoonDays` calendar days; on-time: later.
 */
export function followUpStatus(doc: FollowUpInput, today: string, options: FollowUpOptions = {}): FollowUpStatus {
  const deadline = effectiveDeadline(doc);
  return followUpStatusOf({ deleted: doc.deleted === true, done: doc.progress === 'done', daysLeft: deadline ? daysBetween(today, deadline) : undefined }, options);
}

/**
 * The same rule on what a list index keeps of an entry (cancelled, done, calendar days left
 * until its deadline or undefined without one): the register list filters by status this way.
 */
export function followUpStatusOf(entry: { readonly deleted: boolean; readonly done: boolean; readonly daysLeft: number | undefined }, options: FollowUpOptions = {}): FollowUpStatus {
  if (entry.deleted) return 'none';
  if (entry.done) return 'done';
  if (entry.daysLeft === undefined) return 'none';
  if (entry.daysLeft < 0) return 'overdue';
  if (entry.daysLeft <= (options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS)) return 'due-soon';
  return 'on-time';
}

/** Calendar days a document done was finished after its deadline (0: on time, or no deadline or day to judge by). */
export function daysLate(doc: Pick<IncomingInput, 'handlingDeadline' | 'dueDate' | 'progress' | 'completedAt'>): number {
  const deadline = effectiveDeadline(doc);
  if (doc.progress !== 'done' || !deadline || !doc.completedAt) return 0;
  return Math.max(0, daysBetween(deadline, doc.completedAt));
}

/** Calendar days left until the deadline (negative when overdue), or undefined without a deadline. */
export function daysLeft(doc: Pick<IncomingInput, 'handlingDeadline' | 'dueDate'>, today: string): number | undefined {
  const deadline = effectiveDeadline(doc);
  return deadline ? daysBetween(today, deadline) : undefined;
}

/** Column titles of Phụ lục IV.VIII (legal form text). */
export const FOLLOW_UP_BOOK_COLUMNS = [
  'Số đến',
  'Tên loại, số, ký hiệu, ngày tháng, cơ quan ban hành',
  'Đơn vị hoặc người nhận',
  'Thời hạn giải quyết',
  'Tiến độ giải quyết',
  'Số, ký hiệu văn bản trả lời',
  'Ghi chú',
] as const;

/**
 * The span the cover of the sổ theo dõi giải quyết states ("Từ ngày … đến ngày …", "Từ số …
 * đến số …"): its documents' earliest and latest Ngày đến, and their lowest and highest số đến —
 * each on its own, as the register book's cover does (an entry vào sổ late, with an earlier Ngày
 * đến than the one before it, put the cover's first day after documents the book lists), or
 * undefined for an empty book.
 */
export function followUpBookSpan(docs: readonly (IncomingDocFields & { readonly deleted?: boolean })[]): { fromDate: string; toDate: string; fromNumber: string; toNumber: string } | undefined {
  let fromDate = '';
  let toDate = '';
  let fromNumber = Infinity;
  let toNumber = -Infinity;
  for (const d of docs) {
    if (d.deleted || effectiveDeadline(d) === undefined) continue;
    if (d.arrivalDate && (!fromDate || d.arrivalDate < fromDate)) fromDate = d.arrivalDate;
    if (d.arrivalDate > toDate) toDate = d.arrivalDate;
    fromNumber = Math.min(fromNumber, d.arrivalNumber);
    toNumber = Math.max(toNumber, d.arrivalNumber);
  }
  if (toNumber === -Infinity) return undefined;
  return { fromDate: formatDate(fromDate), toDate: formatDate(toDate), fromNumber: formatNumber(fromNumber), toNumber: formatNumber(toNumber) };
}

/**
 * Where the handling stands, for the book's "Tiến độ giải quyết" (PL IV.VIII): done with its day,
 * or, on the day the book is printed (`today`), how many days past its deadline. In progress on
 * time, the note alone says how far it is.
 */
function progressText(d: IncomingDocFields, today: string | undefined): string {
  if (d.progress === 'done') {
    const late = daysLate(d);
    return `Đã giải quyết xong${d.completedAt ? ` ngày ${formatDate(d.completedAt)}` : ''}${late > 0 ? `, quá hạn ${late} ngày` : ''}`;
  }
  const left = today ? daysLeft(d, today) : undefined;
  return left !== undefined && left < 0 ? `Quá hạn ${-left} ngày` : '';
}

/**
 * Rows of the sổ theo dõi giải quyết for the documents that have a deadline, by arrival number.
 * "Tiến độ giải quyết" holds where the handling stands on `today` (done, overdue), then the progress note.
 */
export function followUpBookRows(docs: readonly (IncomingDocFields & { readonly deleted?: boolean })[], today?: string): string[][] {
  return docs
    .filter((d) => !d.deleted && effectiveDeadline(d) !== undefined)
    .sort((a, b) => a.arrivalNumber - b.arrivalNumber)
    .map((d) => {
      const ident = [d.typeName, joinNumberNotation(d.number, d.notation), formatDate(d.documentDate), d.sender]
        .filter((s) => s)
        .join(', ');
      return [
        formatNumber(d.arrivalNumber),
        ident,
        d.recipient,
        formatDate(effectiveDeadline(d)),
        [progressText(d, today), d.progressNote].filter((x) => x).join('. '),
        d.replyNotation,
        d.note,
      ];
    });
}
