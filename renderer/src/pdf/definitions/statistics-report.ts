/**
 * The yearly statistics report on records work (§11) as printed: the national heading, the title
 * and period, then each form (biểu) with its number and title as data and its indicators — one
 * column of figures for a unit's own report, or one per unit and a total at the upper level
 * (landscape, the units in parts of a page each when they do not fit one) —, and the signatures.
 */
import type { Content, CustomTableLayout, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { formatFigure, type ReportSection } from '../../core/duties/statistics';
import { LANDSCAPE_MARGINS, PORTRAIT_MARGINS, headSigner, heading, mm, type FormHead } from './common';
import { GRID } from './dossier-inventory';
import { keptTable, type ListRow } from './keep-with-rows';

export type StatisticsReportInput = {
  readonly unit: { readonly name: string; readonly parentName: string; readonly place: string; readonly head?: FormHead };
  readonly year: number;
  readonly date: Date;
  /** Column headings of the figures: "Số liệu" for one unit; unit names and "Tổng cộng", last, at the upper level. */
  readonly columns: readonly string[];
  readonly sections: readonly ReportSection[];
  readonly draft: boolean;
  readonly preparer?: string;
};

/** A landscape page between its margins, and what GRID adds to each column (padding and rule), in points. */
const PAGE_WIDTH = mm(297) - LANDSCAPE_MARGINS[0] - LANDSCAPE_MARGINS[2];
const CELL = 2 * 2.5 + 0.5;
/** What the figures share beside STT (12 mm), Đơn vị tính (18 mm) and an indicator's label (60 mm or more). */
const FIGURE_SPACE = PAGE_WIDTH - mm(12 + 18 + 60) - 3 * CELL - 0.5;
/** Columns of figures a landscape page holds, 18 mm or more each so a unit's name wraps on a few lines at 9.5 pt: 8. */
const FIGURES_PER_PAGE = Math.floor(FIGURE_SPACE / (mm(18) + CELL));
/** GRID with no rule above a part's caption: pdfmake rules the top of the cells a span covers whatever the span's borders. */
const CAPTIONED: CustomTableLayout = { ...GRID, hLineWidth: (i) => (i === 0 ? 0 : 0.5) };

/** `count` columns in as few parts as hold `per` each, evened out so the last one (with the total) never holds the total alone. */
function columnParts(count: number, per: number): { readonly from: number; readonly to: number }[] {
  const parts = Math.ceil(count / per);
  const size = Math.floor(count / parts);
  const extra = count % parts;
  return Array.from({ length: parts }, (_, i) => {
    const from = i * size + Math.min(i, extra);
    return { from, to: from + size + (i < extra ? 1 : 0) };
  });
}

export function statisticsReportDefinition(input: StatisticsReportInput): TDocumentDefinitions {
  const wide = input.columns.length > 2;
  // Past a page's width the units are printed a part per page, each table whole with its own headings and forms.
  const parts = wide ? columnParts(input.columns.length, FIGURES_PER_PAGE) : [{ from: 0, to: input.columns.length }];
  const figureWidth = wide ? Math.min(mm(30), FIGURE_SPACE / (parts[0]!.to - parts[0]!.from) - CELL) : mm(30);
  const units = input.columns.length - 1;
  const table = ({ from, to }: { from: number; to: number }, i: number): Content => {
    const n = 3 + to - from;
    const span = (cell: TableCell): TableCell[] => [{ ...(cell as object), colSpan: n } as TableCell, ...Array.from({ length: n - 1 }, (): TableCell => '')];
    // Repeated with the headings on every page of the part, so a loose sheet says what it holds.
    const caption = parts.length > 1
      ? [span({ text: `Báo cáo thống kê năm ${input.year} — Phần ${i + 1}/${parts.length}: đơn vị ${from + 1}–${Math.min(to, units)} (trong tổng số ${units} đơn vị)${to > units ? ' và cột Tổng cộng' : ''}`, italics: true, border: [false, false, false, false], margin: [0, 0, 0, 2] })]
      : [];
    const head: TableCell[][] = [
      ...caption,
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', ...input.columns.slice(from, to)].map((t): TableCell => ({ text: t, bold: true, alignment: 'center', fontSize: wide ? 9.5 : 11 })),
    ];
    // Each form's heading keeps its first indicators under it (keep-with-rows.ts).
    const rows: ListRow[] = [];
    input.sections.forEach((s, si) => {
      rows.push({ cells: span({ text: `Biểu số ${s.form.number || '……'}: ${s.form.title}`, bold: true, fillColor: '#eeeeee' }), heading: 0 });
      s.rows.forEach((r, ri) => rows.push({ cells: [{ text: `${si + 1}.${ri + 1}`, alignment: 'center' }, r.label, { text: r.unit, alignment: 'center' }, ...r.values.slice(from, to).map((v): TableCell => ({ text: formatFigure(v), alignment: 'right' }))] }));
    });
    const layout = caption.length ? CAPTIONED : GRID;
    return { table: keptTable(head, rows, [mm(12), '*', mm(wide ? 18 : 24), ...Array.from({ length: n - 3 }, () => figureWidth)], layout), layout, fontSize: wide ? 9.5 : 11, ...(i > 0 ? { pageBreak: 'before' as const } : {}) };
  };
  const content: Content[] = [
    heading(input.unit.parentName, input.unit.name, input.unit.place, input.date),
    { text: `BÁO CÁO THỐNG KÊ CÔNG TÁC VĂN THƯ, LƯU TRỮ NĂM ${input.year}`, bold: true, fontSize: 14, alignment: 'center' },
    { text: `(Kỳ báo cáo: từ ngày 01/01/${input.year} đến ngày 31/12/${input.year})`, italics: true, alignment: 'center', margin: [0, 2, 0, input.draft ? 2 : 12] },
    ...(input.draft ? [{ text: 'BẢN NHÁP — số liệu chưa chốt', bold: true, color: '#a00', alignment: 'center', margin: [0, 0, 0, 10] } satisfies Content] : []),
    ...parts.map(table),
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
