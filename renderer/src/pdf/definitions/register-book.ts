/**
 * The printed register book (NĐ 30/2020 Art. 16.2.b, 22.3.b: a register kept in the system is
 * printed with every column of the paper form and bound). A4 landscape: a cover ("Bìa và trang
 * đầu", Phụ lục IV), then the table of entries with the numbered header repeated on every page,
 * then the closing lines and signatures. `printedBookDefinition` is the shared layout; the
 * follow-up book (follow-up-book.ts) uses it too.
 */
import type { Content, ContentText, CustomTableLayout, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { PLAIN_WHEN_CANCELLED, type RegisterBook } from '../../core/registers/register-book';
import type { RegisterFields, RegisterKind } from '../../core/registers/types';
import { foldText } from '../../core/text';
import { LANDSCAPE_MARGINS, headSigner, mm, textWidth, heldDateLine, type FormHead } from './common';
import { formatNumber, numberRunList } from '../../core/registers/numbering';

/** The office as a form names it; `head` signs for it (the settings' signer). */
export type BookUnit = { readonly name: string; readonly parentName: string; readonly place: string; readonly head?: FormHead };

export type BookSignature = { readonly title: string; readonly note: string; readonly name?: string };

/**
 * A closing line: a sentence (`{pages}` in it becomes the page count), or its pieces inline, a piece
 * marked `noWrap` kept on one line (a run of numbers "05–09", which a line would break after its dash).
 */
export type ClosingLine = string | readonly (string | { readonly text: string; readonly noWrap: true })[];

/** Settings a unit may change; every wording marked ❓ in the reference is one of them. */
export type BookOptions = {
  /** Cover title in capitals; defaults by kind. */
  readonly title?: string;
  /** Column titles, replacing the form's (same count). */
  readonly columnTitles?: readonly string[];
  /** Column widths in millimetres, '*' for the column that takes the rest (same count). */
  readonly widthsMm?: readonly (number | '*')[];
  /** Size of the table text; the header is the same size, bold. Default 10.5. */
  readonly fontSize?: number;
  /** Closing line; {pages} becomes the number of pages ("02", "12"), the cover being page 01. */
  readonly pagesLine?: string;
  /** Closing line; {count}, {cancelled}, {fromNumber}, {toNumber}, {fromDate}, {toDate}. '' leaves it out. */
  readonly entriesLine?: string;
  /** Signature blocks under the closing lines, left to right. */
  readonly signatures?: readonly BookSignature[];
  /** Date of the closing (đóng sổ); without it the date line is left blank to fill by hand. */
  readonly closedAt?: Date;
};

export const DEFAULT_PAGES_LINE = 'Sổ này có {pages} trang, đánh số từ trang 01 đến trang {pages}';
export const DEFAULT_ENTRIES_LINE = 'Sổ đăng ký {count} văn bản, từ số {fromNumber} đến số {toNumber}; trong đó có {cancelled} số đã hủy.';
/** The default line of a book with no number cancelled ("trong đó có 0 số đã hủy" read oddly). A unit's own line is printed as it wrote it. */
export const DEFAULT_ENTRIES_LINE_NONE_CANCELLED = 'Sổ đăng ký {count} văn bản, từ số {fromNumber} đến số {toNumber}; không có số nào bị hủy.';
export const DEFAULT_SIGNATURES: readonly BookSignature[] = [
  { title: 'NGƯỜI LẬP SỔ', note: '(Ký, ghi rõ họ tên)' },
  { title: 'THỦ TRƯỞNG CƠ QUAN', note: '(Ký tên, đóng dấu)' },
];

/** The book's signatures: the clerk, and the office's head as the settings name it (DEFAULT_SIGNATURES without one). */
export function bookSignatures(unit: BookUnit): readonly BookSignature[] {
  const head = headSigner(unit);
  return [DEFAULT_SIGNATURES[0]!, { title: head.title, note: '(Ký tên, đóng dấu)', ...(head.name ? { name: head.name } : {}) }];
}

export const REGISTER_BOOK_TITLES: Record<RegisterKind, string> = {
  incoming: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
  outgoing: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI',
  internal: 'SỔ ĐĂNG KÝ VĂN BẢN NỘI BỘ',
};

/**
 * Content widths in mm (cell padding adds ~1.8 mm per column) for the 257 mm between the
 * margins of A4 landscape; the summary column takes the rest (about 64 mm). Dates need 17 mm.
 */
export const REGISTER_BOOK_WIDTHS: Record<RegisterKind, readonly (number | '*')[]> = {
  // Ngày đến, Số đến, Tác giả, Số ký hiệu, Ngày VB, Trích yếu, Người nhận, Ngày chuyển, Ký nhận, Ghi chú. Số, ký hiệu
  // holds a sender's notation whole ("184/CT-VPUBND", "15/KH-SVHTTDL": about 28 mm at 10.5 pt; 26 mm broke them after the slash).
  incoming: [18, 12, 26, 30, 18, '*', 25, 17, 17, 13],
  // Số ký hiệu, Ngày VB, Trích yếu, Người ký, Nơi nhận, Bản lưu, Số bản, Ngày chuyển, Ký nhận, Ghi chú
  outgoing: [26, 18, '*', 25, 29, 21, 11, 18, 18, 14],
  internal: [26, 18, '*', 25, 29, 21, 11, 18, 18, 14],
};

type Align = 'left' | 'center';
const REGISTER_BOOK_ALIGN: Record<RegisterKind, readonly Align[]> = {
  incoming: ['center', 'center', 'left', 'left', 'center', 'left', 'left', 'center', 'left', 'left'],
  outgoing: ['left', 'center', 'left', 'left', 'left', 'left', 'center', 'center', 'left', 'left'],
  internal: ['left', 'center', 'left', 'left', 'left', 'left', 'center', 'center', 'left', 'left'],
};
/** Column holding số, ký hiệu of the document. */
const NOTATION_COLUMN: Record<RegisterKind, number> = { incoming: 3, outgoing: 0, internal: 0 };

export type RegisterBookInput = {
  readonly unit: BookUnit;
  readonly register: Pick<RegisterFields, 'kind' | 'year' | 'name' | 'volume'>;
  readonly book: RegisterBook;
  readonly options?: BookOptions;
  /** The number of pages, once a first layout has told it (see pdf/jobs.ts). */
  readonly pageCount?: number;
};

/** Everything the shared layout needs; builders translate their domain input into this. */
export type PrintedBook = {
  readonly unit: BookUnit;
  readonly title: string;
  /** The register's own name, shown under the title when it says more than the title. */
  readonly subtitle?: string;
  /** Name of the book at the top of every page after the cover, e.g. "Sổ đăng ký văn bản đến năm 2026". */
  readonly runningTitle: string;
  readonly year: number;
  readonly volume?: number;
  /** "Từ ngày … đến ngày …", "Từ số … đến số …": blank dotted lines when absent. */
  readonly span?: { readonly fromDate: string; readonly toDate: string; readonly fromNumber: string; readonly toNumber: string };
  readonly columns: readonly string[];
  readonly widthsMm: readonly (number | '*')[];
  readonly align: readonly Align[];
  readonly rows: readonly (readonly string[])[];
  /** The column of số, ký hiệu: a notation too long for it breaks after a slash, never inside "QĐ-UBND". */
  readonly notationColumn?: number;
  /** Rows of cancelled entries (by index): struck through but for the columns in `plainWhenCancelled`, their note in italics. */
  readonly cancelledRows?: ReadonlySet<number>;
  /** Columns a cancelled row keeps plain: its number and date (the number stays taken) and its note (why). */
  readonly plainWhenCancelled?: readonly number[];
  readonly emptyText: string;
  /** Closing lines; `{pages}` in a line becomes the page count. */
  readonly closingLines: readonly ClosingLine[];
  readonly signatures: readonly BookSignature[];
  readonly closedAt?: Date;
  readonly fontSize: number;
  /** Known page count: written in ("02") instead of pdfmake's unpadded page reference. */
  readonly pageCount?: number;
};

const DOTS = '……………';
const END_ID = 'luutru-book-end';

const GRID: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 2.5,
  paddingRight: () => 2.5,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/**
 * `{pages}` becomes a reference to the page of the closing lines, which is the last page.
 * pdfmake lays the reference out as "00000" and writes the real number in that slot, so a
 * number inside a sentence is centred in the slot, which stands in for the spaces around it.
 */
function withPageCount(line: string, pageCount: number | undefined): ContentText['text'] {
  if (pageCount !== undefined) return line.replace(/\{pages\}/g, formatNumber(pageCount));
  const parts = line.split('{pages}');
  const inSentence = (i: number) => (parts[i] ?? '').trim() !== '';
  const out: Content[] = [];
  parts.forEach((part, i) => {
    let text = part;
    if (i > 0) {
      out.push({ pageReference: END_ID, alignment: inSentence(i) ? 'center' : 'left' });
      if (inSentence(i)) text = text.replace(/^ /, '');
    }
    if (i < parts.length - 1 && inSentence(i + 1)) text = text.replace(/ $/, '');
    if (text) out.push(text);
  });
  return out;
}

function cover(b: PrintedBook): Content {
  const span = b.span;
  const lines: Content[] = [
    { text: b.unit.parentName.toUpperCase(), fontSize: 13, alignment: 'center' },
    { text: b.unit.name.toUpperCase(), fontSize: 13, bold: true, alignment: 'center' },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 0.75 }], alignment: 'center', margin: [0, 3, 0, 0] },
    { text: b.title, fontSize: 26, bold: true, alignment: 'center', margin: [0, mm(38), 0, 0] },
  ];
  if (b.subtitle) lines.push({ text: `(${b.subtitle})`, fontSize: 14, italics: true, alignment: 'center', margin: [0, 4, 0, 0] });
  lines.push(
    { text: `Năm: ${b.year}`, fontSize: 18, bold: true, alignment: 'center', margin: [0, 14, 0, mm(14)] },
    { text: `Từ ngày ${span?.fromDate || DOTS} đến ngày ${span?.toDate || DOTS}`, fontSize: 14, alignment: 'center' },
    { text: `Từ số ${span?.fromNumber || DOTS} đến số ${span?.toNumber || DOTS}`, fontSize: 14, alignment: 'center', margin: [0, 6, 0, 0] },
  );
  if (b.volume !== undefined) lines.push({ text: `Quyển số: ${formatNumber(b.volume)}`, fontSize: 14, alignment: 'center', margin: [0, 6, 0, 0] });
  return { stack: lines, pageBreak: 'after' };
}

function table(b: PrintedBook): Content {
  const n = b.columns.length;
  const head: TableCell[] = b.columns.map((t) => ({ text: t, bold: true, alignment: 'center' }));
  const numbers: TableCell[] = b.columns.map((_, i) => ({ text: `(${i + 1})`, alignment: 'center', fontSize: b.fontSize - 1.5 }));
  const body: TableCell[][] = [head, numbers];
  const centered = b.align.map((a) => a === 'center');
  // pdfmake's widths are the text's own: the padding is outside them.
  const notationWidth = b.notationColumn !== undefined && typeof b.widthsMm[b.notationColumn] === 'number' ? mm(b.widthsMm[b.notationColumn] as number) : undefined;
  const plain = new Set(b.plainWhenCancelled ?? []);
  b.rows.forEach((row, r) => {
    const cancelled = b.cancelledRows?.has(r) ?? false;
    const cells: TableCell[] = [];
    for (let i = 0; i < n; i++) {
      const fit = i === b.notationColumn && notationWidth !== undefined ? notationFit(row[i] ?? '', notationWidth, b.fontSize) : undefined;
      const text = fit ? fit.text : (row[i] ?? '');
      const struck = cancelled && !plain.has(i) && text !== '';
      const italics = cancelled && i === n - 1;
      // Plain strings where possible: a 5,000-row book has 50,000 cells.
      cells.push(struck || italics || centered[i] || fit?.fontSize ? { text, ...(fit?.fontSize ? { fontSize: fit.fontSize } : {}), ...(italics ? { italics } : {}), ...(struck ? { decoration: 'lineThrough' as const } : {}), alignment: centered[i] ? 'center' : 'left' } : text);
    }
    // A cancelled entry's reason takes the empty cells before the narrow Ghi chú as well — "Ký nhận" (nobody signs for
    // it), "Ngày chuyển" (not passed on) —, up to three columns (in Ghi chú alone "(đã hủy: đăng ký trùng số 07)" took
    // four lines).
    let from = n - 1;
    while (cancelled && row[n - 1] && from > n - 3 && from > 0 && !row[from - 1]) from--;
    if (from < n - 1) cells.splice(from, n - from, { ...(cells[n - 1] as object), colSpan: n - from } as TableCell, ...Array.from({ length: n - 1 - from }, (): TableCell => ''));
    body.push(cells);
  });
  if (b.rows.length === 0) {
    body.push([{ text: b.emptyText, italics: true, alignment: 'center', colSpan: n }, ...Array.from({ length: n - 1 }, () => '')]);
  }
  return {
    table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths: b.widthsMm.map((w) => (w === '*' ? w : mm(w))), body },
    layout: GRID,
    fontSize: b.fontSize,
  };
}

function closing(b: PrintedBook): Content {
  const dateLine = heldDateLine(b.unit.place, b.closedAt, '…');
  return {
    unbreakable: true,
    margin: [0, 10, 0, 0],
    stack: [
      ...b.closingLines.map((line, i): Content => ({
        text: typeof line === 'string' ? withPageCount(line, b.pageCount) : line.map((p) => (typeof p === 'string' ? p : { ...p })),
        ...(i === 0 ? { id: END_ID } : {}),
        margin: [0, 0, 0, 3],
      })),
      { text: dateLine, italics: true, alignment: 'right', margin: [0, 8, mm(10), 4] },
      {
        columns: b.signatures.map((s) => ({
          stack: [{ text: s.title, bold: true }, { text: s.note, italics: true, fontSize: 11 }, { text: s.name ?? '', bold: true, margin: [0, 56, 0, 0] }],
          alignment: 'center',
        })),
      },
    ],
  };
}

/** The shared layout of every printed book: cover, repeated numbered header, footer, closing. */
export function printedBookDefinition(b: PrintedBook): TDocumentDefinitions {
  if (b.widthsMm.length !== b.columns.length || b.align.length !== b.columns.length) {
    throw new Error(`Sổ in: ${b.columns.length} cột nhưng ${b.widthsMm.length} độ rộng.`);
  }
  const running = `${b.unit.name} — ${b.runningTitle}${b.volume !== undefined ? `, quyển số ${formatNumber(b.volume)}` : ''}`;
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: LANDSCAPE_MARGINS,
    info: { title: `${b.title} năm ${b.year}`, author: b.unit.name, creator: 'Lưu trữ xã' },
    // NĐ 30 Phụ lục I: no number on the first page; the cover is page 01 of the book.
    header: (page) => (page === 1 ? null : { text: running, italics: true, fontSize: 10, margin: [LANDSCAPE_MARGINS[0], mm(8), LANDSCAPE_MARGINS[2], 0] }),
    footer: (page, pages) => (page === 1 ? null : { text: `Trang ${page}/${pages}`, alignment: 'center', fontSize: 11, margin: [0, mm(4), 0, 0] }),
    content: [cover(b), table(b), closing(b)],
  };
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key !== 'pages' && key in values ? (values[key] ?? m) : m));
}

/**
 * Số, ký hiệu in its column: on one line as it is when it fits; a little wider, on one line in a smaller size (not below
 * 9 pt: "441/TTr-SVHTTDL" was let through by a slack in the measure and broken by the print at its hyphen); longer,
 * broken after a slash (`notationLines`).
 */
export function notationFit(text: string, width: number, fontSize: number): { readonly text: string; readonly fontSize?: number } {
  if (text.includes('\n')) return { text };
  const w = textWidth(text, fontSize);
  if (w <= width) return { text };
  // Rounded down to a tenth of a point: a little room under the column's width.
  const smaller = Math.floor(((fontSize * width) / w) * 10) / 10;
  if (smaller >= 9) return { text, fontSize: smaller };
  return { text: notationLines(text, width, fontSize) };
}

/**
 * Số, ký hiệu for a column `width` wide: as it is when it fits; else broken after the last slash
 * whose part fits ("15/2026/" above "QĐ-UBND"), where the line would otherwise break at the hyphen
 * and part the type from the issuer ("15/2026/QĐ-" above "UBND").
 */
export function notationLines(text: string, width: number, fontSize: number): string {
  if (text.includes('\n') || textWidth(text, fontSize) <= width) return text;
  for (let at = text.lastIndexOf('/'); at > 0; at = text.lastIndexOf('/', at - 1)) {
    if (textWidth(text.slice(0, at + 1), fontSize) <= width) return `${text.slice(0, at + 1)}\n${text.slice(at + 1)}`;
  }
  return text;
}

/**
 * What a register's name adds to the printed title, for the line under it: "Sổ đăng ký văn bản đi
 * của Ủy ban nhân dân xã Thụy Hải năm 2026" under "SỔ ĐĂNG KÝ VĂN BẢN ĐI" adds "của Ủy ban nhân dân
 * xã Thụy Hải"; a name that does not start with the title is printed whole. Its year is left out
 * (the cover has a line for it). Nothing when the name adds nothing.
 */
export function bookSubtitle(name: string, title: string, year: number): string | undefined {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const titleWords = title.trim().split(/\s+/);
  const same = (a: string, b: string) => foldText(a) === foldText(b);
  const rest = titleWords.every((w, i) => words[i] !== undefined && same(words[i]!, w)) ? words.slice(titleWords.length) : words;
  if (rest.length >= 2 && same(rest[rest.length - 2]!, 'năm') && rest[rest.length - 1] === String(year)) rest.splice(-2);
  return rest.length > 0 ? rest.join(' ') : undefined;
}

/** Runs of numbers at most on the closing line (the rest "…"; the count after them says how many in all). */
const MISSING_RUNS_SHOWN = 40;

/**
 * "Các số không có văn bản: 05–09, 12 (6 số)." — the numbers of the series with no entry, in runs as a clerk
 * writes them (one by one, "05, 06, 07, 08, 09" ran on for lines), a long list wrapping between runs, never
 * inside one.
 */
function missingNumbersLine(missing: readonly number[]): ClosingLine {
  const runs = numberRunList(missing, MISSING_RUNS_SHOWN);
  return [
    'Các số không có văn bản: ',
    ...runs.flatMap((run, i) => [...(i > 0 ? [', '] : []), run.includes('–') ? { text: run, noWrap: true as const } : run]),
    ` (${missing.length} số).`,
  ];
}

/** The printed sổ đăng ký văn bản đến / đi / nội bộ of one register-year. */
export function registerBookDefinition(input: RegisterBookInput): TDocumentDefinitions {
  const { unit, register, book, options = {} } = input;
  const kind = register.kind;
  const title = options.title ?? REGISTER_BOOK_TITLES[kind];
  const s = book.summary;
  const subtitle = bookSubtitle(register.name, title, register.year);
  const values = {
    count: s.count.toLocaleString('vi-VN'),
    cancelled: s.cancelledCount.toLocaleString('vi-VN'),
    fromNumber: s.fromNumber || DOTS,
    toNumber: s.toNumber || DOTS,
    fromDate: s.fromDate || DOTS,
    toDate: s.toDate || DOTS,
  };
  // An empty book has no span to state; the table already says it is empty.
  const closingLines: ClosingLine[] = [options.pagesLine ?? DEFAULT_PAGES_LINE, s.count > 0 ? fill(options.entriesLine ?? (s.cancelledCount === 0 ? DEFAULT_ENTRIES_LINE_NONE_CANCELLED : DEFAULT_ENTRIES_LINE), values) : ''];
  if (s.missingNumbers.length > 0) closingLines.push(missingNumbersLine(s.missingNumbers));
  return printedBookDefinition({
    unit,
    title,
    ...(subtitle ? { subtitle } : {}),
    runningTitle: register.name.trim() || `${title.charAt(0)}${title.slice(1).toLowerCase()} năm ${register.year}`,
    year: register.year,
    ...(register.volume !== undefined ? { volume: register.volume } : {}),
    ...(s.count > 0 ? { span: s } : {}),
    columns: options.columnTitles ?? book.columns,
    widthsMm: options.widthsMm ?? REGISTER_BOOK_WIDTHS[kind],
    align: REGISTER_BOOK_ALIGN[kind],
    rows: book.rows,
    notationColumn: NOTATION_COLUMN[kind],
    cancelledRows: book.cancelledRows,
    plainWhenCancelled: PLAIN_WHEN_CANCELLED,
    emptyText: 'Không có văn bản nào được đăng ký trong sổ.',
    closingLines: closingLines.filter((l) => l),
    signatures: options.signatures ?? bookSignatures(input.unit),
    ...(options.closedAt ? { closedAt: options.closedAt } : {}),
    fontSize: options.fontSize ?? 10.5,
    ...(input.pageCount !== undefined ? { pageCount: input.pageCount } : {}),
  });
}
