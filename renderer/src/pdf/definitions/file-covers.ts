/**
 * File covers (bìa hồ sơ, TCVN 9251:2012 front-leaf fields, vn-records §4.1) with the document
 * list for the inside (mục lục văn bản, NĐ 30 PL V.IV; TCN 01:2002 put it on the back of the
 * front leaf), for one dossier or a batch. Two stocks: plain A4 (the cover fields on one page,
 * the list on the next), and the unfolded 650 × 320 mm cover board, where the front leaf is a
 * 230 mm wide panel whose place along the sheet is a setting (❓ the standard's layout was not
 * retrieved; default: side flap 150 | back leaf 230 | spine 40 | front leaf 230). The inside
 * page is the same panel seen from the back, so its place is mirrored.
 */
import type { Content, ContentText, TDocumentDefinitions, TableCell, TableCellProperties } from 'pdfmake/interfaces';
import type { DocRow } from '../../core/processing/documents';
import { fitText, mm } from './common';
import { formatNumber } from '../../core/registers/numbering';
import { notationLines } from './register-book';
import { CARRIED_ROWS, GRID } from './dossier-inventory';

export type CoverDossier = {
  readonly parentName: string;
  readonly agencyName: string;
  /** Mã hồ sơ / số, ký hiệu hồ sơ as the office writes it. */
  readonly code: string;
  readonly title: string;
  /** "12/03/1998" or "1998": the period's two ends as written. */
  readonly from: string;
  readonly to: string;
  readonly sheets?: number;
  readonly retention: string;
  readonly fondsNumber: string;
  readonly inventoryNumber?: number;
  readonly fileNumber?: number;
  readonly year?: number;
  readonly docs: readonly DocRow[];
};

export type CoverStock = 'a4' | 'board-650x320';

export type FileCoversOptions = {
  readonly stock?: CoverStock;
  /** Board only: distance of the front leaf's left edge from the sheet's left edge, mm (default 420). */
  readonly frontLeafOffsetMm?: number;
  /** Print the document list (the inside); default true. */
  readonly withDocuments?: boolean;
};

export type FileCoversInput = { readonly dossiers: readonly CoverDossier[]; readonly options?: FileCoversOptions };

export const BOARD = { widthMm: 650, heightMm: 320, leafMm: 230 } as const;
export const DEFAULT_FRONT_LEAF_OFFSET_MM = 420;
const DOTS = '……………';
const or = (v: string | number | undefined) => (v === undefined || String(v).trim() === '' ? DOTS : String(v).trim());

/** What a period's end is, by how it is written: a year (1998), a month (05/1998) or a day. */
const precisionWord = (v: string) => (/^\d{4}$/.test(v.trim()) ? 'năm' : /^\d{1,2}\/\d{4}$/.test(v.trim()) ? 'tháng' : 'ngày');

/**
 * The cover's time line, worded as precisely as the period is known: "Từ ngày … Đến ngày …" for
 * days, "Từ tháng …" for months, "Năm 1998" for one year (a backlog file is often dated only so).
 */
export function periodLine(from: string, to: string): string {
  const a = from.trim();
  const b = to.trim();
  if (a && (!b || a === b) && precisionWord(a) === 'năm') return `Năm: ${a}`;
  const word = (v: string) => precisionWord(v || a);
  return `Từ ${word(a)}: ${or(a)}    Đến ${word(b)}: ${or(b)}`;
}

export const DOC_LIST_COLUMNS = ['STT', 'Số, ký hiệu văn bản', 'Ngày tháng năm văn bản', 'Tên loại và trích yếu nội dung văn bản', 'Tác giả văn bản', 'Tờ số', 'Ghi chú'] as const;
/** In mm: the summary takes what is left (about 52 mm of A4's 160, it had 44); "103/QĐ-UBND" needs 25 on one line, a date 17, a sheet range "105-112" 12, a note written by hand 12. */
const DOC_WIDTHS_MM: readonly (number | '*')[] = [8, 25, 17, '*', 21, 12, 12];
/** Ruled rows printed for a dossier whose documents are not entered yet, to write them in by hand. */
export const BLANK_DOC_ROWS = 18;

/** The front leaf: agency, code, HỒ SƠ and the title, period, sheets, retention, the archive numbers. */
function frontLeaf(d: CoverDossier, width: number, height: number): Content {
  const title = fitText(d.title || DOTS, width * 0.9, 6, 18, 11, true);
  return {
    stack: [
      { text: d.parentName.toUpperCase(), alignment: 'center', fontSize: 12 },
      { text: d.agencyName.toUpperCase(), alignment: 'center', bold: true, fontSize: 12.5 },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 70, y2: 0, lineWidth: 0.6 }], alignment: 'center', margin: [0, 3, 0, 0] },
      { text: `Mã hồ sơ: ${or(d.code)}`, alignment: 'right', margin: [0, 18, 0, 0] },
      { text: 'HỒ SƠ', alignment: 'center', bold: true, fontSize: 26, margin: [0, height * 0.08, 0, 10] },
      { text: title.text, fontSize: title.fontSize, bold: true, alignment: 'center', margin: [width * 0.05, 0, width * 0.05, 0] },
      { text: periodLine(d.from, d.to), alignment: 'center', margin: [0, height * 0.08, 0, 4] },
      { text: `Gồm: ${or(d.sheets === undefined ? undefined : formatNumber(d.sheets))} tờ`, alignment: 'center', margin: [0, 0, 0, 4] },
      { text: `Thời hạn bảo quản: ${or(d.retention)}`, alignment: 'center', bold: true },
      {
        margin: [0, height * 0.1, 0, 0],
        table: {
          widths: ['*', '*', '*'],
          body: [
            [
              { text: 'Phông số', alignment: 'center', fontSize: 11 },
              { text: 'Mục lục số', alignment: 'center', fontSize: 11 },
              { text: 'Hồ sơ số', alignment: 'center', fontSize: 11 },
            ],
            [
              { text: or(d.fondsNumber), alignment: 'center', bold: true, fontSize: 14 },
              { text: or(d.inventoryNumber), alignment: 'center', bold: true, fontSize: 14 },
              { text: or(d.fileNumber), alignment: 'center', bold: true, fontSize: 14 },
            ],
          ],
        },
        layout: GRID,
      },
    ],
  };
}

/**
 * Marks pdfmake hands to `pageBreakBefore` (renderJob reads them, jobs.ts): the first cell of the
 * last document row of the list of dossier `i` is `LIST_LAST_ROW_LEVEL + i`, its totals
 * `LIST_TOTALS_LEVEL + i` — a batch prints hundreds of lists, each told apart.
 */
export const LIST_LAST_ROW_LEVEL = 1_000_000;
export const LIST_TOTALS_LEVEL = 2_000_000;

/** How a dossier's list is laid out: its place in the batch, and whether its last rows start a page with its totals. */
export type DocumentListLayout = { readonly index?: number; readonly carry?: boolean };

/**
 * The Mục lục văn bản (PL V.IV): the title, then the table whose first heading row is the form's
 * "Số, ký hiệu hồ sơ: … Năm …" — repeated with the column titles at the top of every page, so a
 * page of a long list (or of a batch) still says which file it belongs to —, then the totals. A
 * dossier whose documents are not entered yet gets ruled rows and totals to fill in by hand.
 * Laid out again with `carry` when its totals came out on a page of their own: its last rows
 * (`CARRIED_ROWS`) start that page, under the heading rows, so the totals follow documents.
 */
export function documentList(d: Pick<CoverDossier, 'code' | 'year' | 'docs' | 'title'>, fontSize = 10, layout: DocumentListLayout = {}): Content {
  const n = DOC_LIST_COLUMNS.length;
  const index = layout.index ?? 0;
  // Marked only where rows can be carried to the totals' page (one row stays under the title): a list of one is never laid out again.
  const carryable = d.docs.length >= 2;
  const span = (cell: ContentText & TableCellProperties): TableCell[] => [{ ...cell, colSpan: n }, ...Array.from({ length: n - 1 }, (): TableCell => '')];
  const head = (): TableCell[][] => [
    span({ text: `Số, ký hiệu hồ sơ: ${or(d.code)}    Năm: ${or(d.year)}`, alignment: 'center', fontSize: fontSize + 1, border: [false, false, false, true], margin: [0, 0, 0, 4] }),
    DOC_LIST_COLUMNS.map((t): TableCell => ({ text: t, bold: true, alignment: 'center', fontSize: fontSize - 0.5 })),
    DOC_LIST_COLUMNS.map((_, i): TableCell => ({ text: `(${i + 1})`, alignment: 'center', fontSize: fontSize - 1.5 })),
  ];
  // A số, ký hiệu too long for its column breaks after a slash ("07/QĐ-\nUBND" read as two numbers).
  const rows: TableCell[][] = d.docs.map((r, i) => [
    { text: String(r.ordinal), alignment: 'center', ...(carryable && i === d.docs.length - 1 ? { headlineLevel: LIST_LAST_ROW_LEVEL + index } : {}) } as TableCell,
    notationLines(r.number, mm(DOC_WIDTHS_MM[1] as number), fontSize),
    { text: r.date, alignment: 'center' },
    r.summary,
    r.author,
    { text: r.sheets, alignment: 'center' },
    r.note,
  ]);
  const blank = d.docs.length === 0;
  if (blank) for (let i = 0; i < BLANK_DOC_ROWS; i++) rows.push(DOC_LIST_COLUMNS.map((): TableCell => ({ text: ' ', margin: [0, 4, 0, 4] })));
  const sheets = new Set<number>();
  for (const r of d.docs) {
    const [a, b] = r.sheets.split('-').map(Number);
    if (a) for (let s = a; s <= (b || a); s++) sheets.add(s);
  }
  // The totals follow the table (a cell of its own, laid out where pdfmake says it is: a row kept whole is
  // reported on the page it was tried on); renderJob keeps them with rows of the list (`carry`).
  const totals: Content = {
    text: blank ? `Mục lục này gồm ${DOTS} văn bản, ${DOTS} tờ.` : `Mục lục này gồm ${formatNumber(d.docs.length)} văn bản${sheets.size ? `, ${formatNumber(sheets.size)} tờ` : ''}.`,
    fontSize: fontSize + 1,
    margin: [0, 6, 0, 0],
    ...(carryable ? { headlineLevel: LIST_TOTALS_LEVEL + index } : {}),
  };
  const widths = DOC_WIDTHS_MM.map((w) => (w === '*' ? w : mm(w)));
  // No rule over the code line: pdfmake draws a table's top rule before it reads a spanning cell's borders (with dontBreakRows).
  const table = (body: TableCell[][]): Content => ({ table: { headerRows: 3, dontBreakRows: true, widths, body }, layout: { ...GRID, hLineWidth: (i) => (i === 0 ? 0 : 0.5) }, fontSize });
  // At least one row stays under the title (carried alone, the title would stand on a page of its own).
  const carried = layout.carry && !blank ? Math.max(0, Math.min(CARRIED_ROWS, rows.length - 1)) : 0;
  const at = rows.length - carried;
  return {
    stack: [
      { text: 'MỤC LỤC VĂN BẢN', bold: true, fontSize: 14, alignment: 'center' },
      { text: d.title, italics: true, alignment: 'center', fontSize: 11, margin: [0, 2, 0, 6] },
      ...(carried === 0
        ? [table([...head(), ...rows]), totals]
        : [table([...head(), ...rows.slice(0, at)]), { stack: [table([...head(), ...rows.slice(at)]), totals], pageBreak: 'before' as const }]),
    ],
  };
}

/** Covers (and their document lists) for the dossiers, on A4 or on the 650 × 320 mm board. */
/** `carry`: the dossiers (by their place in `input.dossiers`) whose lists carry their last rows to their totals' page. */
export function fileCoversDefinition(input: FileCoversInput, carry: ReadonlySet<number> = new Set()): TDocumentDefinitions {
  const o = input.options ?? {};
  const board = o.stock === 'board-650x320';
  const withDocs = o.withDocuments ?? true;
  const offset = o.frontLeafOffsetMm ?? DEFAULT_FRONT_LEAF_OFFSET_MM;
  if (board && (offset < 0 || offset + BOARD.leafMm > BOARD.widthMm)) throw new RangeError(`Vị trí mặt trước bìa phải từ 0 đến ${BOARD.widthMm - BOARD.leafMm} mm.`);
  const pad = mm(15);
  const leafWidth = board ? mm(BOARD.leafMm) - 2 * pad : mm(210 - 30 - 20);
  const leafHeight = board ? mm(BOARD.heightMm - 40) : mm(297 - 40);
  /** Content placed on the panel starting `left` mm from the sheet's left edge. */
  const panel = (left: number, c: Content): Content => (board ? { columns: [{ width: mm(left) + pad, text: '' }, { width: leafWidth, stack: [c] }, { width: '*', text: '' }] } : c);
  const content: Content[] = [];
  input.dossiers.forEach((d, i) => {
    content.push({ stack: [panel(offset, frontLeaf(d, leafWidth, leafHeight))], ...(i > 0 ? { pageBreak: 'before' as const } : {}) });
    if (withDocs) content.push({ stack: [panel(BOARD.widthMm - offset - BOARD.leafMm, documentList(d, 10, { index: i, carry: carry.has(i) }))], pageBreak: 'before' });
  });
  return {
    pageSize: board ? { width: mm(BOARD.widthMm), height: mm(BOARD.heightMm) } : 'A4',
    pageOrientation: board ? 'landscape' : 'portrait',
    pageMargins: board ? [0, mm(20), 0, mm(20)] : [mm(30), mm(20), mm(20), mm(20)],
    info: { title: 'Bìa hồ sơ', author: input.dossiers[0]?.agencyName ?? '', creator: 'Lưu trữ xã' },
    content: content.length ? content : [{ text: 'Chưa chọn hồ sơ nào.', italics: true }],
  };
}
