/**
 * The paper a unit sends up with its first bundle, and again after it changes or loses its key
 * (giấy xác nhận dấu vân tay khóa ký): the key's fingerprint as the ten words the receiver types
 * back before trusting anything signed with it, the same bytes as numbers, signed and stamped by
 * the head of the unit. Not a form of any circular (❓): the record the trust model rests on
 * (docs/bundle-format.md §6), laid out as the unit's other papers are.
 */
import type { TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { PORTRAIT_MARGINS, headSigner, heading, type FormHead } from './common';

export type KeyFingerprintInput = {
  readonly unit: { readonly name: string; readonly parentName: string; readonly place: string; readonly adminCode: string; readonly head?: FormHead };
  readonly operator: string;
  readonly date: Date;
  readonly words: readonly string[];
  readonly hex: string;
  readonly decimal: string;
  /** The key was made after a restore from a backup (the old one lost with its PC). */
  readonly recovered: boolean;
};

export function keyFingerprintDefinition(input: KeyFingerprintInput): TDocumentDefinitions {
  const half = Math.ceil(input.words.length / 2);
  const cell = (i: number): TableCell[] => (i < input.words.length ? [{ text: `${i + 1}.`, alignment: 'right' }, { text: input.words[i]!, bold: true, fontSize: 16 }] : ['', '']);
  const wordRows: TableCell[][] = Array.from({ length: half }, (_, r) => [...cell(r), ...cell(r + half)]);
  return {
    pageSize: 'A4',
    pageMargins: PORTRAIT_MARGINS,
    info: { title: 'Giấy xác nhận dấu vân tay khóa ký dữ liệu', author: input.unit.name, creator: 'Lưu trữ xã' },
    content: [
      heading(input.unit.parentName, input.unit.name, input.unit.place, input.date),
      { text: 'GIẤY XÁC NHẬN DẤU VÂN TAY KHÓA KÝ DỮ LIỆU', bold: true, fontSize: 14, alignment: 'center' },
      { text: '(gửi cấp trên nhận dữ liệu, để đối chiếu khi nhận gói dữ liệu điện tử)', italics: true, alignment: 'center', margin: [0, 2, 0, 14] },
      { text: `Đơn vị: ${input.unit.name}${input.unit.adminCode ? ` (mã đơn vị hành chính ${input.unit.adminCode})` : ''}.` },
      {
        text: input.recovered
          ? 'Đơn vị đã khôi phục dữ liệu từ bản sao lưu trên máy mới; khóa ký trên máy cũ đã mất. Từ nay các gói dữ liệu của đơn vị được ký bằng khóa mới có dấu vân tay dưới đây.'
          : 'Các gói dữ liệu điện tử của đơn vị được ký bằng khóa có dấu vân tay dưới đây.',
        margin: [0, 4, 0, 10],
      },
      { text: 'Dấu vân tay khóa ký (10 từ, theo thứ tự):', bold: true, margin: [0, 0, 0, 6] },
      { table: { widths: [24, '*', 24, '*'], body: wordRows }, layout: 'noBorders', margin: [20, 0, 0, 10] },
      { text: `Dạng số (để đối chiếu thêm): ${input.hex}`, fontSize: 12 },
      { text: `hoặc: ${input.decimal}`, fontSize: 12, margin: [0, 0, 0, 10] },
      {
        ul: [
          'Khi nhận gói dữ liệu lần đầu, hoặc khi đơn vị mất khóa (khôi phục trên máy mới) hay khóa cũ bị thu hồi, cấp trên gõ lại 10 từ này vào phần mềm; chỉ khi khớp, dữ liệu mới được nhận.',
          'Giấy này không chứa khóa bí mật: không ai ký được dữ liệu nhờ nó. Nếu có cuộc gọi báo dấu vân tay khác với giấy này, hãy gọi lại số điện thoại đã biết của đơn vị để xác minh.',
        ],
        margin: [0, 0, 0, 18],
      },
      {
        columns: [
          { stack: [{ text: 'NGƯỜI LẬP', bold: true }, { text: '(Ký, ghi rõ họ tên)', italics: true }, { text: input.operator, margin: [0, 50, 0, 0] }], alignment: 'center' },
          { stack: [{ text: headSigner(input.unit).title, bold: true }, { text: '(Ký, ghi rõ họ tên, đóng dấu)', italics: true }, { text: headSigner(input.unit).name, margin: [0, 50, 0, 0] }], alignment: 'center' },
        ],
      },
    ],
  };
}
