/**
 * Use of records (§6): the request slip (phiếu yêu cầu đọc / sao tài liệu lưu trữ, as the
 * provincial procedure names them 🟡) a reader signs and the head approves, and the register of
 * use of a year (sổ theo dõi sử dụng tài liệu lưu trữ), A4 landscape with the header on every page.
 */
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { LANDSCAPE_MARGINS, PORTRAIT_MARGINS, heading, mm, vietnameseDateLine } from './common';
import { GRID, agencyBlock } from './dossier-inventory';
import type { LoanForm } from '../../core/duties/types';
import { formatNumber } from '../../core/registers/numbering';
import { approverParts } from '../../core/duties/loans';

export type LoanUnit = { readonly name: string; readonly parentName: string; readonly place: string };

export type LoanLineRow = { readonly file: string; readonly title: string; readonly documents: string };

export type LoanSlipInput = {
  readonly unit: LoanUnit;
  readonly requesterName: string;
  readonly organisation: string;
  readonly idDocument: string;
  readonly purpose: string;
  readonly form: LoanForm;
  readonly copies: number;
  readonly approvedBy: string;
  /** The request's number in its year (LoanFields.number), as the register of use prints it: the slip and the register name the same request. */
  readonly number?: number;
  readonly requestDate: Date;
  readonly loanDate: Date;
  readonly dueDate: Date;
  readonly lines: readonly LoanLineRow[];
};

export const LOAN_FORM_TEXT: Record<LoanForm, string> = { read: 'Đọc tại chỗ', copy: 'Sao tài liệu', 'certified-copy': 'Sao và chứng thực tài liệu' };
const short = (d: Date) => vietnameseDateLine('', d).replace(/^ngày /, '');
const DOTS = '……………';

export function loanSlipDefinition(input: LoanSlipInput): TDocumentDefinitions {
  const title = input.form === 'read' ? 'PHIẾU YÊU CẦU ĐỌC TÀI LIỆU LƯU TRỮ' : 'PHIẾU YÊU CẦU SAO VÀ CHỨNG THỰC TÀI LIỆU LƯU TRỮ';
  const approver = approverParts(input.approvedBy);
  const body: TableCell[][] = [
    ['STT', 'Số, ký hiệu / Hồ sơ số', 'Tiêu đề hồ sơ', 'Văn bản, tài liệu cần khai thác'].map((t): TableCell => ({ text: t, bold: true, alignment: 'center' })),
    ...input.lines.map((l, i): TableCell[] => [{ text: String(i + 1), alignment: 'center' }, { text: l.file, alignment: 'center' }, l.title, l.documents || 'Toàn bộ hồ sơ']),
  ];
  const content: Content[] = [
    heading(input.unit.parentName, input.unit.name, input.unit.place, input.requestDate, input.number !== undefined ? { number: formatNumber(input.number) } : {}),
    { text: title, bold: true, fontSize: 14, alignment: 'center', margin: [0, 0, 0, 12] },
    { text: `Họ và tên người yêu cầu: ${input.requesterName}` },
    { text: `Cơ quan, tổ chức: ${input.organisation || '(cá nhân)'}` },
    { text: `Giấy tờ tùy thân: ${input.idDocument}` },
    { text: `Mục đích khai thác: ${input.purpose}` },
    { text: `Hình thức khai thác: ${LOAN_FORM_TEXT[input.form]}${input.form === 'read' ? '' : `; số bản sao: ${input.copies.toLocaleString('vi-VN')}`}` },
    { text: 'Hồ sơ, tài liệu yêu cầu:', margin: [0, 6, 0, 4] },
    { table: { headerRows: 1, dontBreakRows: true, widths: [mm(10), mm(30), '*', mm(50)], body }, layout: GRID, fontSize: 11.5 },
    { text: `Ngày giao tài liệu: ${short(input.loanDate)}; hạn trả: ${short(input.dueDate)}.`, margin: [0, 8, 0, 0] },
    { text: 'Người khai thác cam kết sử dụng tài liệu đúng mục đích, giữ gìn nguyên vẹn tài liệu và trả đúng hạn.', italics: true, margin: [0, 4, 0, 12] },
    {
      unbreakable: true,
      columns: [
        // A line kept empty where the approver's position stands, so that both names sit on one line.
        { stack: [{ text: 'NGƯỜI YÊU CẦU', bold: true }, ...(approver.position ? [{ text: ' ', bold: true }] : []), { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 11 }, { text: input.requesterName, bold: true, margin: [0, 56, 0, 0] }], alignment: 'center' },
        {
          stack: [
            { text: 'NGƯỜI DUYỆT', bold: true },
            ...(approver.position ? [{ text: approver.position.toLocaleUpperCase('vi'), bold: true }] : []),
            { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 11 },
            { text: approver.name || DOTS, bold: true, margin: [0, 56, 0, 0] },
          ],
          alignment: 'center',
        },
      ],
    },
  ];
  return { pageSize: 'A4', pageOrientation: 'portrait', pageMargins: PORTRAIT_MARGINS, info: { title, author: input.unit.name, creator: 'Lưu trữ xã' }, content };
}

export type UseRegisterRow = {
  /** The request's number, as its slip has it (loan-repository gives one to requests made before numbers were kept). */
  readonly number?: number;
  readonly loanDate: string;
  readonly requester: string;
  readonly purpose: string;
  readonly dossiers: string;
  readonly form: string;
  readonly approvedBy: string;
  readonly dueDate: string;
  readonly returned: string;
  readonly note: string;
};

export const USE_REGISTER_COLUMNS = ['Số phiếu', 'Ngày khai thác', 'Họ tên, cơ quan, giấy tờ tùy thân', 'Mục đích', 'Hồ sơ, tài liệu khai thác', 'Hình thức', 'Người duyệt', 'Hạn trả', 'Ngày trả, tình trạng', 'Ghi chú'] as const;
const USE_WIDTHS: readonly (number | '*')[] = [10, 20, 38, 28, '*', 22, 24, 20, 26, 14];

export function useRegisterDefinition(input: { readonly unit: LoanUnit; readonly year: number; readonly rows: readonly UseRegisterRow[] }): TDocumentDefinitions {
  const n = USE_REGISTER_COLUMNS.length;
  const body: TableCell[][] = [
    USE_REGISTER_COLUMNS.map((t): TableCell => ({ text: t, bold: true, alignment: 'center', fontSize: 10 })),
    USE_REGISTER_COLUMNS.map((_, i): TableCell => ({ text: `(${i + 1})`, alignment: 'center', fontSize: 9 })),
    ...input.rows.map((r, i): TableCell[] => [{ text: String(r.number ?? i + 1), alignment: 'center' }, { text: r.loanDate, alignment: 'center' }, r.requester, r.purpose, r.dossiers, r.form, r.approvedBy, { text: r.dueDate, alignment: 'center' }, r.returned, r.note]),
  ];
  if (input.rows.length === 0) body.push([{ text: 'Trong năm chưa có lượt khai thác nào.', italics: true, alignment: 'center', colSpan: n }, ...Array.from({ length: n - 1 }, (): TableCell => '')]);
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: LANDSCAPE_MARGINS,
    info: { title: `Sổ theo dõi sử dụng tài liệu lưu trữ năm ${input.year}`, author: input.unit.name, creator: 'Lưu trữ xã' },
    footer: (p, total) => ({ text: `Trang ${p}/${total}`, alignment: 'center', fontSize: 10, margin: [0, mm(5), 0, 0] }),
    content: [
      agencyBlock(input.unit),
      { text: `SỔ THEO DÕI SỬ DỤNG TÀI LIỆU LƯU TRỮ NĂM ${input.year}`, bold: true, fontSize: 14, alignment: 'center', margin: [0, 0, 0, 10] },
      { table: { headerRows: 2, dontBreakRows: true, widths: USE_WIDTHS.map((w) => (w === '*' ? w : mm(w))), body }, layout: GRID, fontSize: 10 },
      { text: `Trong năm có ${input.rows.length.toLocaleString('vi-VN')} lượt khai thác.`, margin: [0, 8, 0, 0] },
    ],
  };
}
