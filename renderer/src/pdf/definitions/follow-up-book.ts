/**
 * The printed sổ theo dõi giải quyết văn bản đến (NĐ 30/2020 Phụ lục IV.VIII): the incoming
 * documents that carry a handling deadline, with progress and reply. Same layout as the
 * register book (A4 landscape, cover, numbered header on every page, closing lines).
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FOLLOW_UP_BOOK_COLUMNS } from '../../core/registers/follow-up';
import { DEFAULT_PAGES_LINE, bookSignatures, printedBookDefinition, type BookOptions, type BookUnit } from './register-book';

export const FOLLOW_UP_BOOK_TITLE = 'SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN';

/** Số đến, Tên loại/số/ngày/cơ quan, Người nhận, Thời hạn, Tiến độ, Văn bản trả lời, Ghi chú (mm). */
export const FOLLOW_UP_BOOK_WIDTHS: readonly (number | '*')[] = [15, 62, 34, 22, '*', 32, 24];
const ALIGN = ['center', 'left', 'left', 'center', 'left', 'left', 'left'] as const;

export const DEFAULT_FOLLOW_UP_ENTRIES_LINE = 'Sổ theo dõi {count} văn bản đến có thời hạn giải quyết.';

export type FollowUpBookInput = {
  readonly unit: BookUnit;
  readonly year: number;
  readonly volume?: number;
  /** Rows from `followUpBookRows` (core/registers/follow-up.ts). */
  readonly rows: readonly (readonly string[])[];
  /** First and last arrival date and số đến of the documents in the book (`followUpBookSpan`). */
  readonly span?: { readonly fromDate: string; readonly toDate: string; readonly fromNumber: string; readonly toNumber: string };
  /** entriesLine knows {count}; the span fields of the register book do not apply. */
  readonly options?: BookOptions;
  /** The number of pages, once a first layout has told it (see pdf/jobs.ts). */
  readonly pageCount?: number;
};

export function followUpBookDefinition(input: FollowUpBookInput): TDocumentDefinitions {
  const { unit, year, rows, options = {} } = input;
  const entries = (options.entriesLine ?? DEFAULT_FOLLOW_UP_ENTRIES_LINE).replace(/\{count\}/g, rows.length.toLocaleString('vi-VN'));
  return printedBookDefinition({
    unit,
    title: options.title ?? FOLLOW_UP_BOOK_TITLE,
    runningTitle: `Sổ theo dõi giải quyết văn bản đến năm ${year}`,
    year,
    ...(input.volume !== undefined ? { volume: input.volume } : {}),
    ...(input.span ? { span: input.span } : {}),
    columns: options.columnTitles ?? FOLLOW_UP_BOOK_COLUMNS,
    widthsMm: options.widthsMm ?? FOLLOW_UP_BOOK_WIDTHS,
    align: ALIGN,
    rows,
    emptyText: 'Không có văn bản đến nào có thời hạn giải quyết.',
    closingLines: [options.pagesLine ?? DEFAULT_PAGES_LINE, entries].filter((l) => l),
    signatures: options.signatures ?? bookSignatures(input.unit),
    ...(options.closedAt ? { closedAt: options.closedAt } : {}),
    fontSize: options.fontSize ?? 10.5,
    ...(input.pageCount !== undefined ? { pageCount: input.pageCount } : {}),
  });
}
