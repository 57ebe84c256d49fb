/**
 * The receipt of a bundle import, printable as the handover record (biên bản giao
 * nhận dữ liệu): who handed over, who received, each file with its sequence and the
 * sender's key fingerprint (to confirm on paper), and what was received per table.
 */
import type { TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { PORTRAIT_MARGINS, heading } from './common';
import { formatNumber } from '../../core/registers/numbering';

export type ReceiptInput = {
  readonly receiver: { readonly name: string; readonly parentName: string; readonly place: string };
  readonly operator: string;
  readonly date: Date;
  readonly files: readonly {
    readonly name: string;
    readonly senderName: string;
    readonly senderCode: string;
    readonly sequence: string;
    readonly fingerprintWords: readonly string[];
    /** Said in the words' cell when they are left out on purpose (a key confirmed from the unit's paper). */
    readonly fingerprintNote?: string;
    readonly status: string;
  }[];
  /** Rows: table label, new, updated, unchanged, held back for review, refused. */
  readonly tables: readonly (readonly [string, number, number, number, number, number])[];
  readonly applied: boolean;
};

const n = (v: number) => v.toLocaleString('vi-VN');
const NOTHING_COUNTED = 'Chưa có số liệu: chưa tệp nào qua được kiểm tra để đếm bản ghi (xem cột Kết quả ở mục 1).';

/** "14 giờ 05 phút, ngày 06 tháng 12 năm 2026": the moment the record was made, on this PC's clock. */
export function timeOf(d: Date): string {
  return `${formatNumber(d.getHours())} giờ ${formatNumber(d.getMinutes())} phút, ngày ${formatNumber(d.getDate())} tháng ${formatNumber(d.getMonth() + 1)} năm ${d.getFullYear()}`;
}

/** The sending unit with its code where the file named one; a file that could not be read names none ('—'). */
function senderOf(f: { readonly senderName: string; readonly senderCode: string }): string {
  if (!f.senderName) return f.senderCode || '—';
  return f.senderCode ? `${f.senderName} (${f.senderCode})` : f.senderName;
}

export function importReceiptDefinition(input: ReceiptInput): TDocumentDefinitions {
  const fileRows: TableCell[][] = [
    ['STT', 'Tệp', 'Đơn vị gửi', 'Số gói', 'Dấu vân tay khóa', 'Kết quả'].map((t) => ({ text: t, bold: true, alignment: 'center' as const })),
    ...input.files.map((f, i): TableCell[] => [
      { text: String(i + 1), alignment: 'center' },
      { text: f.name, fontSize: 10 },
      senderOf(f),
      { text: f.sequence, alignment: 'center' },
      f.fingerprintWords.length === 0 && f.fingerprintNote ? { text: f.fingerprintNote, fontSize: 9, italics: true } : { text: f.fingerprintWords.join(' · '), fontSize: 10 },
      { text: f.status, fontSize: 10 },
    ]),
  ];
  const tableRows: TableCell[][] = [
    ['Loại dữ liệu', 'Mới', 'Cập nhật', 'Không đổi', 'Giữ lại', 'Từ chối'].map((t) => ({ text: t, bold: true, alignment: 'center' as const })),
    ...input.tables.map(([label, ...counts]): TableCell[] => [label, ...counts.map((c) => ({ text: n(c), alignment: 'right' as const }))]),
  ];
  // No file checked far enough to count its records (a key to confirm, a refusal): said, not a table of headings only to sign under.
  if (input.tables.length === 0) tableRows.push([{ text: NOTHING_COUNTED, colSpan: 6, italics: true }, '', '', '', '', '']);
  return {
    pageSize: 'A4',
    pageMargins: PORTRAIT_MARGINS,
    info: { title: 'Biên bản giao nhận dữ liệu', author: input.receiver.name, creator: 'Lưu trữ xã' },
    footer: (page, pages) => ({ text: `Trang ${page}/${pages}`, alignment: 'center', fontSize: 10 }),
    content: [
      // A numbered record (its number written by hand, as the office's other biên bản are).
      heading(input.receiver.parentName, input.receiver.name, input.receiver.place, input.date, { number: '' }),
      { text: 'BIÊN BẢN GIAO NHẬN DỮ LIỆU', bold: true, fontSize: 14, alignment: 'center' },
      { text: input.applied ? '(gói dữ liệu điện tử đã nhập vào cơ sở dữ liệu)' : '(kết quả kiểm tra trước khi nhập)', italics: true, alignment: 'center', margin: [0, 2, 0, 14] },
      // When and where it was made, as a biên bản says at its start (the record said neither).
      { text: `Hôm nay, vào hồi ${timeOf(input.date)}, tại ${input.receiver.name}, chúng tôi gồm:`, margin: [0, 0, 0, 4] },
      { text: `Bên nhận: ${input.receiver.name}; người nhận: ${input.operator}.` },
      { text: 'Bên giao: các đơn vị có tên trong bảng dưới đây.', margin: [0, 4, 0, 0] },
      // Two blanks side by side (one line of dots ran on past the margin: "Chức vụ" lost its blank to the next line).
      { columns: [{ width: '55%', text: 'Người giao: ……………………………………' }, { width: '*', text: 'Chức vụ: ………………………………' }], margin: [0, 4, 0, 0] },
      { text: 'Hai bên đối chiếu dấu vân tay khóa ký của bên giao; các từ phải khớp với khóa bên giao đọc trên máy của mình.', margin: [0, 4, 0, 10] },
      { text: '1. Các tệp dữ liệu', bold: true, margin: [0, 0, 0, 4] },
      { table: { headerRows: 1, widths: [24, 78, '*', 30, 84, 112], body: fileRows }, fontSize: 11 },
      { text: '2. Số lượng bản ghi', bold: true, margin: [0, 12, 0, 4] },
      { table: { headerRows: 1, widths: ['*', 50, 55, 60, 55, 50], body: tableRows }, fontSize: 11 },
      { text: 'Biên bản lập thành 02 bản, mỗi bên giữ 01 bản.', margin: [0, 12, 0, 18] },
      {
        columns: [
          { stack: [{ text: 'BÊN GIAO', bold: true }, { text: '(Ký, ghi rõ họ tên)', italics: true }], alignment: 'center' },
          { stack: [{ text: 'BÊN NHẬN', bold: true }, { text: '(Ký, ghi rõ họ tên)', italics: true }, { text: input.operator, margin: [0, 50, 0, 0] }], alignment: 'center' },
        ],
      },
    ],
  };
}
