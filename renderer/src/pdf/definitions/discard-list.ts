/**
 * Items set aside in processing (vn-records §5.5): the Danh mục tài liệu loại (columns Hộp/Bó số |
 * Tập số | Tiêu đề | Lý do | Ghi chú, header on every page, the count closing it) and its
 * explanatory note (thuyết minh tài liệu loại: how the records came to be, counts, date range,
 * then each group by reason with its items and metres). A4 portrait, the agency block on top.
 */
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { DiscardRow, DiscardSummary } from '../../core/processing/discards';
import { PORTRAIT_MARGINS, headSigner, mm, fondsLabel } from './common';
import { GRID, agencyBlock, dateLine } from './dossier-inventory';
import { twoSignatures } from './handover-record';
import type { BookUnit } from './register-book';
import { formatDecimal } from '../../core/format';

/** Metres as printed on Vietnamese forms: "12,5". */
const metres = (n: number): string => formatDecimal(n, 'vi');

export type DiscardListInput = {
  readonly unit: BookUnit;
  readonly fondsName: string;
  readonly rows: readonly DiscardRow[];
  readonly date?: Date;
  readonly preparer: string;
};

export const DISCARD_COLUMNS = ['Hộp/Bó số', 'Tập số', 'Tiêu đề', 'Thời gian tài liệu', 'Lý do loại', 'Ghi chú'] as const;
const WIDTHS_MM: readonly (number | '*')[] = [14, 11, '*', 22, 26, 18];

export function discardListDefinition(input: DiscardListInput): TDocumentDefinitions {
  const n = DISCARD_COLUMNS.length;
  const body: TableCell[][] = [
    DISCARD_COLUMNS.map((t): TableCell => ({ text: t, bold: true, alignment: 'center', fontSize: 10 })),
    DISCARD_COLUMNS.map((_, i): TableCell => ({ text: `(${i + 1})`, alignment: 'center', fontSize: 9 })),
    ...input.rows.map((r): TableCell[] => [{ text: r.bundle, alignment: 'center' }, { text: String(r.item), alignment: 'center' }, r.title, { text: r.period, alignment: 'center' }, r.reason, r.note]),
  ];
  if (input.rows.length === 0) body.push([{ text: 'Không có tài liệu loại.', italics: true, alignment: 'center', colSpan: n }, ...Array.from({ length: n - 1 }, (): TableCell => '')]);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PORTRAIT_MARGINS,
    info: { title: 'Danh mục tài liệu loại', author: input.unit.name, creator: 'Lưu trữ xã' },
    footer: (page, pages) => ({ text: `Trang ${page}/${pages}`, alignment: 'center', fontSize: 10, margin: [0, mm(6), 0, 0] }),
    content: [
      agencyBlock(input.unit),
      { text: 'DANH MỤC TÀI LIỆU LOẠI', bold: true, fontSize: 14, alignment: 'center' },
      { text: fondsLabel(input.fondsName), alignment: 'center', margin: [0, 3, 0, 12] },
      { table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths: WIDTHS_MM.map((w) => (w === '*' ? w : mm(w))), body }, layout: GRID, fontSize: 10.5 },
      { text: `Danh mục này gồm ${input.rows.length.toLocaleString('vi-VN')} tập (hồ sơ) tài liệu loại.`, margin: [0, 8, 0, 0] },
      {
        unbreakable: true,
        columns: [{ width: '*', text: '' }, { width: '55%', alignment: 'center', stack: [{ text: dateLine(input.unit.place, input.date), italics: true }, { text: 'NGƯỜI LẬP', bold: true, margin: [0, 4, 0, 0] }, { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 11 }, { text: input.preparer, bold: true, margin: [0, 56, 0, 0] }] }],
        margin: [0, 12, 0, 0],
      },
    ],
  };
}

export type DiscardNoteInput = {
  readonly unit: BookUnit;
  readonly fondsName: string;
  /** How the body of records came to be (the fonds history), '' to fill by hand. */
  readonly history: string;
  readonly summary: DiscardSummary;
  readonly date?: Date;
  readonly preparer: string;
};

/** Thuyết minh tài liệu loại. */
export function discardNoteDefinition(input: DiscardNoteInput): TDocumentDefinitions {
  const s = input.summary;
  const para = (text: string, bold = false): Content => ({ text, bold, margin: [0, 0, 0, 6], alignment: 'justify', lineHeight: 1.15 });
  const groups: Content[] = s.byReason.map((r, i) => para(`(${i + 1}) ${r.text}: ${r.items.toLocaleString('vi-VN')} tập, ${metres(r.metres)} mét giá.`));
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PORTRAIT_MARGINS,
    info: { title: 'Thuyết minh tài liệu loại', author: input.unit.name, creator: 'Lưu trữ xã' },
    content: [
      agencyBlock(input.unit),
      { text: 'THUYẾT MINH TÀI LIỆU LOẠI', bold: true, fontSize: 14, alignment: 'center' },
      { text: fondsLabel(input.fondsName), alignment: 'center', margin: [0, 3, 0, 14] },
      para('1. Quá trình hình thành khối tài liệu', true),
      para(input.history.trim() || '……………………………………………………………………………………'),
      para('2. Số lượng và thời gian của tài liệu loại', true),
      para(`Tổng số tài liệu loại: ${s.items.toLocaleString('vi-VN')} tập (hồ sơ)${s.bundles ? `, đóng trong ${s.bundles} bó` : ''}, tương đương ${metres(s.metres)} mét giá${s.sheets ? `; ${s.sheets.toLocaleString('vi-VN')} tờ đã đếm` : ''}.`),
      para(`Thời gian của tài liệu: ${s.period || '……'}.`),
      para('3. Tài liệu loại theo lý do', true),
      ...groups,
      // The place and date above the signatures, on the right, as on the discard list and the final report (it stood under the names).
      { columns: [{ width: '*', text: '' }, { width: '55%', text: dateLine(input.unit.place, input.date), italics: true, alignment: 'center' }], margin: [0, 10, 0, 0] },
      twoSignatures({ title: 'NGƯỜI LẬP', name: input.preparer }, { ...headSigner(input.unit), note: '(Ký, ghi rõ họ tên, đóng dấu)' }),
    ],
  };
}
