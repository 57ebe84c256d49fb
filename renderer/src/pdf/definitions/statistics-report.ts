/**
 * The yearly statistics report on records work (§11) as printed: the national heading, the title
 * and period, then each form (biểu) with its number and title as data and its indicators — one
 * column of figures for a unit's own report, or one per unit and a total at the upper level
 * (landscape when the columns do not fit) —, and the signatures.
 */
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { formatFigure, type ReportSection } from '../../core/duties/statistics';
import { LANDSCAPE_MARGINS, PORTRAIT_MARGINS, headSigner, heading, mm, type FormHead } from './common';
import { GRID } from './dossier-inventory';

export type StatisticsReportInput = {
  readonly unit: { readonly name: string; readonly parentName: string; readonly place: string; readonly head?: FormHead };
  readonly year: number;
  readonly date: Date;
  /** Column headings of the figures: "Số liệu" for one unit; unit names and "Tổng cộng" at the upper level. */
  readonly columns: readonly string[];
  readonly sections: readonly ReportSection[];
  readonly draft: boolean;
  readonly preparer?: string;
};

export function statisticsReportDefinition(input: StatisticsReportInput): TDocumentDefinitions {
  const wide = input.columns.length > 2;
  const figureWidth = wide ? Math.max(16, Math.min(30, 150 / input.columns.length)) : 30;
  const n = 3 + input.columns.length;
  const span = (cell: TableCell): TableCell[] => [{ ...(cell as object), colSpan: n } as TableCell, ...Array.from({ length: n - 1 }, (): TableCell => '')];
  const body: TableCell[][] = [
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', ...input.columns].map((t): TableCell => ({ text: t, bold: true, alignment: 'center', fontSize: wide ? 9.5 : 11 })),
  ];
  input.sections.forEach((s, si) => {
    body.push(span({ text: `Biểu số ${s.form.number || '……'}: ${s.form.title}`, bold: true, fillColor: '#eeeeee' }));
    s.rows.forEach((r, ri) => body.push([{ text: `${si + 1}.${ri + 1}`, alignment: 'center' }, r.label, { text: r.unit, alignment: 'center' }, ...r.values.map((v): TableCell => ({ text: formatFigure(v), alignment: 'right' }))]));
  });
  const content: Content[] = [
    heading(input.unit.parentName, input.unit.name, input.unit.place, input.date),
    { text: `BÁO CÁO THỐNG KÊ CÔNG TÁC VĂN THƯ, LƯU TRỮ NĂM ${input.year}`, bold: true, fontSize: 14, alignment: 'center' },
    { text: `(Kỳ báo cáo: từ ngày 01/01/${input.year} đến ngày 31/12/${input.year})`, italics: true, alignment: 'center', margin: [0, 2, 0, input.draft ? 2 : 12] },
    ...(input.draft ? [{ text: 'BẢN NHÁP — số liệu chưa chốt', bold: true, color: '#a00', alignment: 'center', margin: [0, 0, 0, 10] } satisfies Content] : []),
    { table: { headerRows: 1, dontBreakRows: true, widths: [mm(12), '*', mm(wide ? 18 : 24), ...input.columns.map(() => mm(figureWidth))], body }, layout: GRID, fontSize: wide ? 9.5 : 11 },
    {
      unbreakable: true,
      margin: [0, 16, 0, 0],
      columns: [
        { stack: [{ text: 'NGƯỜI LẬP BIỂU', bold: true }, { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 11 }, { text: input.preparer ?? '', bold: true, margin: [0, 56, 0, 0] }], alignment: 'center' },
        { stack: [{ text: headSigner(input.unit, 'THỦ TRƯỞNG ĐƠN VỊ').title, bold: true }, { text: '(Ký tên, đóng dấu)', italics: true, fontSize: 11 }, { text: headSigner(input.unit, 'THỦ TRƯỞNG ĐƠN VỊ').name, bold: true, margin: [0, 56, 0, 0] }], alignment: 'center' },
      ],
    },
  ];
  return {
    pageSize: 'A4',
    pageOrientation: wide ? 'landscape' : 'portrait',
    pageMargins: wide ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS,
    info: { title: `Báo cáo thống kê công tác văn thư, lưu trữ năm ${input.year}`, author: input.unit.name, creator: 'Lưu trữ xã' },
    footer: (p, total) => ({ text: `Trang ${p}/${total}`, alignment: 'center', fontSize: 10, margin: [0, mm(5), 0, 0] }),
    content,
  };
}
