/**
 * The yearly file plan, "DANH MỤC HỒ SƠ NĂM …" (NĐ 30/2020 Art. 28, Phụ lục V.II): A4 portrait,
 * the agency block, the title and the approving decision, the five-column table with each
 * major heading (đề mục lớn, "I. TỔNG HỢP") as a bold row over its dossiers, each sub-heading
 * (đề mục nhỏ, "1. Tuyển dụng") as a bold italic row over its own inside it, and the header
 * repeated on every page, then the closing count of permanent and fixed-term dossiers.
 */
import { EMPTY_PLAN_DECISION, planDecisionLine } from '../../core/dossiers/plan-decision';
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { PORTRAIT_MARGINS, mm } from './common';
import { GRID, agencyBlock } from './dossier-inventory';
import type { BookUnit } from './register-book';
import { keptTable, type ListRow } from './keep-with-rows';

/** One dossier of the plan, in plan order; `heading` is its major heading, '' when the plan has none. */
export type FilePlanRow = {
  readonly heading: string;
  /** Its sub-heading inside the major heading ("1. Tuyển dụng"), absent or '' when it has none. */
  readonly subheading?: string;
  readonly notation: string;
  readonly title: string;
  readonly retention: string;
  readonly keeper: string;
  readonly note: string;
};

export type FilePlanOptions = {
  /** Title in capitals; default "DANH MỤC HỒ SƠ NĂM {year}". */
  readonly title?: string;
  /**
   * The approving decision, e.g. "(Kèm theo Quyết định số 05/QĐ-UBND ngày 05/01/2026 của Chủ
   * tịch UBND xã Thụy Hải)"; parentheses are added when missing. Dotted blanks when absent.
   */
  readonly decisionLine?: string;
  /** Size of the table text; default 10.5. */
  readonly fontSize?: number;
};

export type FilePlanInput = {
  readonly unit: BookUnit;
  readonly year: number;
  readonly rows: readonly FilePlanRow[];
  /** Dossiers in the plan: all, kept permanently, kept for a term. */
  readonly counts: { readonly total: number; readonly permanent: number; readonly fixedTerm: number };
  readonly options?: FilePlanOptions;
};

export const FILE_PLAN_COLUMNS = ['Số và ký hiệu hồ sơ', 'Tên đề mục và tiêu đề hồ sơ', 'Thời hạn bảo quản', 'Người lập hồ sơ', 'Ghi chú'] as const;
/** Content widths in mm for the 165 mm between the portrait margins; the title takes the rest (~75 mm). */
const WIDTHS_MM: readonly (number | '*')[] = [19, '*', 17, 28, 17];
/** Nothing typed: the line to fill by hand. */
const DEFAULT_DECISION_LINE = planDecisionLine(EMPTY_PLAN_DECISION);

function decisionText(line?: string): string {
  const t = line?.trim();
  if (!t) return DEFAULT_DECISION_LINE;
  return t.startsWith('(') ? t : `(${t})`;
}

function table(rows: readonly FilePlanRow[], fontSize: number): Content {
  const n = FILE_PLAN_COLUMNS.length;
  const span = (cell: TableCell): TableCell[] => [cell, ...Array.from({ length: n - 1 }, (): TableCell => '')];
  const head: TableCell[][] = [
    FILE_PLAN_COLUMNS.map((t): TableCell => ({ text: t, bold: true, alignment: 'center', fontSize: fontSize - 0.5 })),
    FILE_PLAN_COLUMNS.map((_, i): TableCell => ({ text: `(${i + 1})`, alignment: 'center', fontSize: fontSize - 1.5 })),
  ];
  // A major heading (rank 0) keeps rows of its sub-headings under it; a sub-heading (rank 1) its own (keep-with-rows.ts).
  const body: ListRow[] = [];
  for (const group of headingGroups(rows)) {
    if (group.heading) body.push({ cells: span({ text: group.heading, bold: true, colSpan: n }), heading: 0 });
    for (const sub of group.subheadings) {
      if (sub.subheading) body.push({ cells: span({ text: sub.subheading, bold: true, italics: true, colSpan: n }), heading: 1 });
      for (const r of sub.rows) body.push({ cells: [{ text: r.notation, alignment: 'center' }, r.title, { text: r.retention, alignment: 'center' }, r.keeper, r.note] });
    }
  }
  if (rows.length === 0) body.push({ cells: span({ text: 'Danh mục chưa có hồ sơ nào.', italics: true, alignment: 'center', colSpan: n }) });
  return {
    table: keptTable(head, body, WIDTHS_MM.map((w) => (w === '*' ? w : mm(w))), GRID),
    layout: GRID,
    fontSize,
  };
}

/** A sub-heading's Arabic numeral ("2. Đào tạo" → 2); undefined when it has none. */
const subheadingNumeral = (s: string): number | undefined => {
  const m = /^\s*(\d+)\s*[.)]/u.exec(s);
  return m ? Number(m[1]) : undefined;
};

export type FilePlanGroup = {
  readonly heading: string;
  /** The dossiers with no sub-heading first (`subheading` ''), then each sub-heading with its own. */
  readonly subheadings: readonly { readonly subheading: string; readonly rows: readonly FilePlanRow[] }[];
};

/**
 * The plan's rows under their headings as the form prints them: each major heading once, in the
 * order its rows come (the list's: the heading's numeral, then the notation); inside it, the
 * dossiers without a sub-heading, then each sub-heading once — by its numeral, then as first met —
 * with its dossiers in their order. A dossier added later to "1. Tuyển dụng" (a higher number than
 * those of "2. Đào tạo") is printed under its sub-heading, which is not printed twice.
 */
export function headingGroups(rows: readonly FilePlanRow[]): FilePlanGroup[] {
  const groups: { heading: string; subs: Map<string, FilePlanRow[]> }[] = [];
  for (const r of rows) {
    const heading = r.heading.trim();
    let g = groups.at(-1);
    if (!g || g.heading !== heading) groups.push((g = { heading, subs: new Map([['', []]]) }));
    const sub = heading ? (r.subheading ?? '').trim() : '';
    let list = g.subs.get(sub);
    if (!list) g.subs.set(sub, (list = []));
    list.push(r);
  }
  return groups.map((g) => {
    const named = [...g.subs].filter(([s]) => s !== '');
    const order = named.map(([s], i) => ({ s, i, n: subheadingNumeral(s) ?? Number.MAX_SAFE_INTEGER }));
    order.sort((a, b) => a.n - b.n || a.i - b.i);
    const plain = g.subs.get('')!;
    return {
      heading: g.heading,
      subheadings: [...(plain.length ? [{ subheading: '', rows: plain }] : []), ...order.map((o) => ({ subheading: o.s, rows: g.subs.get(o.s)! }))],
    };
  });
}

/** The printed Danh mục hồ sơ of one unit and year. */
export function filePlanDefinition(input: FilePlanInput): TDocumentDefinitions {
  const options = input.options ?? {};
  const title = options.title?.trim() || `DANH MỤC HỒ SƠ NĂM ${input.year}`;
  const c = input.counts;
  const n = (v: number) => v.toLocaleString('vi-VN');
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PORTRAIT_MARGINS,
    info: { title: `Danh mục hồ sơ năm ${input.year}`, author: input.unit.name, creator: 'Lưu trữ xã' },
    footer: (page, pages) => ({ text: `Trang ${page}/${pages}`, alignment: 'center', fontSize: 10, margin: [0, mm(6), 0, 0] }),
    content: [
      agencyBlock(input.unit),
      { text: title, bold: true, fontSize: 14, alignment: 'center' },
      { text: decisionText(options.decisionLine), italics: true, fontSize: 12, alignment: 'center', margin: [0, 3, 0, 14] },
      table(input.rows, options.fontSize ?? 10.5),
      {
        text: `Danh mục hồ sơ này có ${n(c.total)} hồ sơ, bao gồm: ${n(c.permanent)} hồ sơ bảo quản vĩnh viễn; ${n(c.fixedTerm)} hồ sơ bảo quản có thời hạn.`,
        margin: [0, 10, 0, 0],
      },
    ],
  };
}
