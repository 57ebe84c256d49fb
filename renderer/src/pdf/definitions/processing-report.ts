/**
 * Báo cáo tổng kết chỉnh lý (the final report of a processing job, vn-records §5.6 ❓ suggested
 * fields): metres received, kept and discarded by reason, boxes, dossiers permanent and
 * fixed-term, the date range, the reference tools produced, problems and recommendations.
 * A4 portrait with the national heading.
 */
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { FinalReport } from '../../core/processing/report';
import { PORTRAIT_MARGINS, headSigner, heading, mm } from './common';
import { GRID } from './dossier-inventory';
import { twoSignatures } from './handover-record';
import type { BookUnit } from './register-book';
import { formatDecimal } from '../../core/format';

/** Metres as printed on Vietnamese forms: "12,5". */
const metres = (n: number): string => formatDecimal(n, 'vi');

export type ProcessingReportInput = {
  readonly unit: BookUnit;
  readonly date: Date;
  readonly jobName: string;
  readonly fondsName: string;
  readonly intakeDate: string;
  readonly endDate: string;
  readonly report: FinalReport;
  /** Reference tools produced ("Mục lục hồ sơ số 1 (3 bản)", "Cơ sở dữ liệu phiếu tin"…). */
  readonly tools: readonly string[];
  readonly problems: string;
  readonly preparer: string;
};

export function processingReportDefinition(input: ProcessingReportInput): TDocumentDefinitions {
  const r = input.report;
  const m = metres;
  const rows: [string, string][] = [
    ['Tài liệu tiếp nhận đưa ra chỉnh lý', `${m(r.receivedMetres)} mét giá`],
    ['Tài liệu giữ lại sau chỉnh lý', `${m(r.keptMetres)} mét giá`],
    ...r.discardedByReason.filter((d) => d.metres > 0 || d.items > 0).map((d): [string, string] => [`Tài liệu loại — ${d.text.toLocaleLowerCase('vi')}`, `${m(d.metres)} mét giá (${d.items} tập)`]),
    ['Tổng số tài liệu loại', `${m(r.discardedMetres)} mét giá (${r.discardedItems} tập)`],
    ['Số hộp', r.boxes.toLocaleString('vi-VN')],
    ['Số hồ sơ (đơn vị bảo quản)', r.dossiers.toLocaleString('vi-VN')],
    ['— bảo quản vĩnh viễn', r.permanent.toLocaleString('vi-VN')],
    ['— bảo quản có thời hạn', r.fixedTerm.toLocaleString('vi-VN')],
    // Sheets are numbered with the files; before that the figure is only what the slips say.
    [r.inventories.length > 0 ? 'Số tờ đã đánh số' : 'Số tờ (ghi trên phiếu tin, chưa đánh số)', r.sheets.toLocaleString('vi-VN')],
    ['Thời gian của tài liệu', r.period || '……'],
  ];
  if (r.unaccountedMetres !== 0) rows.push(['Chênh lệch (tiếp nhận − giữ lại − loại)', `${m(r.unaccountedMetres)} mét giá`]);
  const body: TableCell[][] = [
    [{ text: 'Nội dung', bold: true, alignment: 'center' }, { text: 'Số lượng', bold: true, alignment: 'center' }],
    ...rows.map(([a, b]): TableCell[] => [a, { text: b, alignment: 'right' }]),
  ];
  const para = (text: string, bold = false): Content => ({ text, bold, margin: [0, 4, 0, 4], alignment: 'justify' });
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PORTRAIT_MARGINS,
    info: { title: `Báo cáo tổng kết chỉnh lý — ${input.jobName}`, author: input.unit.name, creator: 'Lưu trữ xã' },
    content: [
      // A báo cáo of the agency is numbered (NĐ 30 Phụ lục III): "Số: ……/BC-……" left to be written when it is issued.
      heading(input.unit.parentName, input.unit.name, input.unit.place, input.date, { number: '……/BC-……' }),
      { text: 'BÁO CÁO TỔNG KẾT CHỈNH LÝ TÀI LIỆU', bold: true, fontSize: 14, alignment: 'center' },
      { text: `${input.jobName} — ${input.fondsName}`, alignment: 'center', italics: true, margin: [0, 3, 0, 12] },
      para(`1. Thời gian thực hiện: từ ${input.intakeDate || '……'} đến ${input.endDate || '……'}.`, true),
      para('2. Kết quả chỉnh lý', true),
      { table: { widths: ['*', mm(55)], body }, layout: GRID, margin: [0, 2, 0, 8] },
      para('3. Công cụ tra cứu và sản phẩm đã lập', true),
      { ul: input.tools.length ? [...input.tools] : ['……'], margin: [mm(5), 0, 0, 6] },
      para('4. Những vấn đề tồn tại và kiến nghị', true),
      para(input.problems.trim() || 'Không có.'),
      twoSignatures({ title: 'NGƯỜI LẬP BÁO CÁO', name: input.preparer }, { ...headSigner(input.unit), note: '(Ký, ghi rõ họ tên, đóng dấu)' }),
    ],
  };
}
