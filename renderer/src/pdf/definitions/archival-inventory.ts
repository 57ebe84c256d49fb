/**
 * The Mục lục hồ sơ in its full archival form (TCN 04:1997, vn-records §5.4): a cover (archive,
 * "MỤC LỤC HỒ SƠ", fonds, inventory, years), a title page, the foreword (lời nói đầu, edited by
 * the archivist from a generated draft), the abbreviations, the list itself — the PL V.III table
 * of dossier-inventory.ts with the classification's headings as lines across it — and the
 * closing count in figures and words with the preparer's signature. A4 portrait.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { InventoryRow } from '../../core/dossiers/inventory';
import { PORTRAIT_MARGINS, mm, textWidth, fondsLabel } from './common';
import { FOREWORD_PARTS } from '../../core/processing/job';

const A4_PORTRAIT_WIDTH = 595.28;
import { closingCount, inventoryColumns, sectionTables, signature, type ClosingLayout } from './dossier-inventory';
import type { BookUnit } from './register-book';

export type ArchivalInventoryInput = {
  readonly unit: BookUnit;
  /** The archive keeping the fonds (tên kho lưu trữ), printed on the cover. */
  readonly archiveName: string;
  readonly fonds: { readonly name: string; readonly number: string };
  readonly inventoryNumber: number;
  /** "vĩnh viễn" / "có thời hạn": what the inventory holds, under its number. */
  readonly kind: string;
  readonly fromYear?: number;
  readonly toYear?: number;
  readonly foreword: string;
  /** [abbreviation, meaning]. */
  readonly abbreviations: readonly (readonly [string, string])[];
  readonly rows: readonly InventoryRow[];
  /** Heading lines to print before row i. */
  readonly headingsBefore?: ReadonlyMap<number, readonly string[]>;
  readonly date?: Date;
  readonly preparer: string;
};

export const DEFAULT_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['VV', 'Vĩnh viễn'],
  ['QĐ', 'Quyết định'],
  ['CV', 'Công văn'],
  ['TTr', 'Tờ trình'],
  ['BC', 'Báo cáo'],
];

const DOTS = '……';
/** Dotted lines across the page (13 pt, the documents' size), to write a part of the foreword by hand. */
const HAND_LINES = (() => {
  const line = '.'.repeat(Math.floor((A4_PORTRAIT_WIDTH - PORTRAIT_MARGINS[0] - PORTRAIT_MARGINS[2]) / textWidth('.', 13)) - 4);
  return [line, line, line, line].join('\n');
})();

function years(from?: number, to?: number): string {
  if (from === undefined && to === undefined) return `Năm ${DOTS}`;
  if (from === undefined || to === undefined || from === to) return `Năm ${from ?? to}`;
  return `Từ năm ${from} đến năm ${to}`;
}

/** The numbers of the files printed, first and last, when they go on after files the inventory held before (the first is past 1). */
function continuedNumbers(rows: ArchivalInventoryInput['rows']): { first: number; last: number } | undefined {
  const first = rows[0]?.fileNumber;
  const last = rows.at(-1)?.fileNumber;
  return first !== undefined && last !== undefined && first > 1 ? { first, last } : undefined;
}

/** "Gồm 5 hồ sơ", and which numbers when they go on after files the inventory held before ("(hồ sơ số 9 đến 13)"). */
function heldLine(rows: ArchivalInventoryInput['rows']): string {
  const count = `Gồm ${rows.length.toLocaleString('vi-VN')} hồ sơ`;
  const numbers = continuedNumbers(rows);
  return numbers ? `${count} (hồ sơ số ${numbers.first} đến ${numbers.last})` : count;
}

function coverPage(input: ArchivalInventoryInput, titlePage: boolean): Content {
  // A part going on after the files the inventory held before says so under its number, on both pages (only its last
  // page said it; the cover read as the whole inventory, its years this part's alone).
  const continued = continuedNumbers(input.rows);
  return {
    stack: [
      { text: input.archiveName.toUpperCase(), bold: true, alignment: 'center', fontSize: 13 },
      ...(titlePage ? [{ text: input.unit.name.toUpperCase(), alignment: 'center' as const, fontSize: 12, margin: [0, 4, 0, 0] as [number, number, number, number] }] : []),
      { text: 'MỤC LỤC HỒ SƠ', bold: true, alignment: 'center', fontSize: titlePage ? 24 : 30, margin: [0, mm(titlePage ? 50 : 70), 0, 8] },
      { text: fondsLabel(input.fonds.name), alignment: 'center', fontSize: 15, bold: true },
      { text: `Phông số: ${input.fonds.number || DOTS}`, alignment: 'center', fontSize: 14, margin: [0, 6, 0, 0] },
      { text: `Mục lục số: ${input.inventoryNumber} (hồ sơ bảo quản ${input.kind})`, alignment: 'center', fontSize: 14, margin: [0, 4, 0, 0] },
      ...(continued ? [{ text: `Phần tiếp theo, từ hồ sơ số ${continued.first} (hồ sơ số ${continued.first === 2 ? '1' : `1 đến ${continued.first - 1}`} ở phần trước)`, alignment: 'center' as const, italics: true, margin: [0, 4, 0, 0] as [number, number, number, number] }] : []),
      { text: years(input.fromYear, input.toYear), alignment: 'center', fontSize: 14, bold: true, margin: [0, 10, 0, 0] },
      ...(titlePage ? [{ text: heldLine(input.rows), alignment: 'center' as const, margin: [0, 10, 0, 0] as [number, number, number, number] }] : []),
      { text: input.unit.place ? `${input.unit.place}, ${input.date ? `năm ${input.date.getFullYear()}` : 'năm ……'}` : '', alignment: 'center', italics: true, margin: [0, mm(titlePage ? 70 : 90), 0, 0] },
    ],
  };
}

export function archivalInventoryDefinition(input: ArchivalInventoryInput, layout: ClosingLayout = {}): TDocumentDefinitions {
  const options = { date: input.date, preparer: input.preparer };
  const paragraphs = input.foreword.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PORTRAIT_MARGINS,
    info: { title: `Mục lục hồ sơ số ${input.inventoryNumber} — ${input.fonds.name}`, author: input.unit.name, creator: 'Lưu trữ xã' },
    footer: (page, pages) => (page <= 2 ? null : { text: `Trang ${page}/${pages}`, alignment: 'center', fontSize: 10, margin: [0, mm(6), 0, 0] }),
    content: [
      coverPage(input, false),
      { stack: [coverPage(input, true)], pageBreak: 'before' },
      { text: 'LỜI NÓI ĐẦU', bold: true, fontSize: 14, alignment: 'center', pageBreak: 'before', margin: [0, 0, 0, 12] },
      // Not written yet: its four parts, each with lines to write it by hand.
      ...(paragraphs.length ? paragraphs : FOREWORD_PARTS.map((part) => `${part}\n${HAND_LINES}`)).map((p): Content => {
        const [first, ...rest] = p.split('\n');
        return rest.length && /^\d+\./.test(first ?? '') ? { stack: [{ text: first!, bold: true }, { text: rest.join('\n'), alignment: 'justify' }], margin: [0, 0, 0, 8] } : { text: p, alignment: 'justify', margin: [0, 0, 0, 8] };
      }),
      { text: 'BẢNG CHỮ VIẾT TẮT', bold: true, fontSize: 14, alignment: 'center', pageBreak: 'before', margin: [0, 0, 0, 12] },
      { table: { widths: [mm(30), '*'], body: input.abbreviations.map(([a, m]) => [{ text: a, bold: true }, m]) }, layout: 'noBorders' },
      { text: 'MỤC LỤC HỒ SƠ', bold: true, fontSize: 14, alignment: 'center', pageBreak: 'before' },
      { text: `Mục lục số ${input.inventoryNumber} — ${years(input.fromYear, input.toYear)}`, alignment: 'center', margin: [0, 3, 0, 10] },
      ...sectionTables([{ heading: '', rows: input.rows, ...(input.headingsBefore ? { headingsBefore: input.headingsBefore } : {}) }], inventoryColumns({}), 10, layout.carryRows),
      { unbreakable: true, margin: [0, 4, 0, 0], stack: [...closingCount(input.rows.length, { continued: continuedNumbers(input.rows) }), signature(input.unit.place, options)] },
    ],
  };
}
