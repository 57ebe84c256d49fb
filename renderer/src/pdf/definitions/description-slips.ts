/**
 * Phiếu tin (description slip, vn-records §5.3) for offices that still keep paper: A5 portrait
 * (148 × 210 mm), printed on both sides — the front with fields 1–6 (archive, fonds, số lưu trữ
 * a/b/c, ký hiệu thông tin, title, annotation), the back with fields 7–14 (period, language,
 * autographs, sheets, retention, access, condition, notes) and who wrote it. The back's fields
 * are ❓ in the sources, so their labels come from `backLabels`, which an office may change.
 * Pages alternate front, back, front, back… for duplex printing.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fitText, mm } from './common';

export type SlipPrint = {
  readonly tempNumber?: number;
  readonly inventoryNumber?: number;
  readonly boxNumber?: number;
  readonly fileNumber?: number;
  readonly infoCode: string;
  readonly title: string;
  readonly annotation: string;
  readonly period: string;
  readonly language: string;
  readonly autographs: string;
  readonly sheets?: number;
  readonly retention: string;
  readonly access: string;
  readonly condition: string;
  readonly note: string;
  readonly preparer: string;
  readonly date: string;
  /** Set aside to discard: its front says so under its heading (printed after the kept ones, not to be filed among them). */
  readonly discarded?: boolean;
};

export const DEFAULT_BACK_LABELS = ['7. Thời gian tài liệu', '8. Ngôn ngữ', '9. Bút tích', '10. Số lượng tờ', '11. Thời hạn bảo quản', '12. Chế độ sử dụng', '13. Tình trạng vật lý', '14. Ghi chú'] as const;

export type DescriptionSlipsInput = {
  /** 1. Tên (mã) kho lưu trữ. */
  readonly archiveName: string;
  /** 2. Tên (mã) phông. */
  readonly fondsName: string;
  readonly slips: readonly SlipPrint[];
  /** Labels of fields 7–14 (❓ not confirmed; an office may use its own form). */
  readonly backLabels?: readonly string[];
};

const A5 = { width: mm(148), height: mm(210) };
const MARGIN = mm(12);
const INNER = A5.width - 2 * MARGIN;
const DOTS = '………………';
const or = (v: string | number | undefined) => (v === undefined || String(v).trim() === '' ? DOTS : String(v).trim());

function field(label: string, value: string, valueSize = 11.5): Content {
  return { text: [{ text: `${label}: `, bold: true }, { text: value, fontSize: valueSize }], margin: [0, 0, 0, 7] };
}

/** A slip set aside to discard, said in a box across the slip on both sides (small under the heading, it was missed). */
function discardMark(text: string): Content {
  return { table: { widths: ['*'], body: [[{ text, bold: true, fontSize: 14, alignment: 'center', margin: [0, 3, 0, 3] }]] }, layout: { hLineWidth: () => 1.5, vLineWidth: () => 1.5 }, margin: [0, 0, 0, 10] };
}

/** Labels of fields 7–14: the office's, else the usual ones. */
const backLabelsOf = (input: DescriptionSlipsInput) => (input.backLabels && input.backLabels.length === 8 ? input.backLabels : DEFAULT_BACK_LABELS);

function front(input: DescriptionSlipsInput, s: SlipPrint): Content[] {
  const title = fitText(s.title || DOTS, INNER, 6, 13, 9, true);
  return [
    { columns: [{ text: 'PHIẾU TIN', bold: true, fontSize: 16 }, { text: s.tempNumber !== undefined ? `Số phiếu: ${s.tempNumber}` : '', alignment: 'right', fontSize: 11 }], margin: [0, 0, 0, s.discarded ? 6 : 12] },
    // Pointing to the note's field as this office names it.
    ...(s.discarded ? [discardMark(`TÀI LIỆU LOẠI (xem mục ${backLabelsOf(input)[7]})`)] : []),
    field('1. Tên kho lưu trữ', or(input.archiveName)),
    field('2. Tên phông', or(input.fondsName)),
    { text: '3. Số lưu trữ:', bold: true, margin: [0, 0, 0, 3] },
    {
      columns: [
        { text: `a. Mục lục số: ${or(s.inventoryNumber)}` },
        { text: `b. Hộp số: ${or(s.boxNumber)}` },
        { text: `c. Hồ sơ số: ${or(s.fileNumber)}` },
      ],
      margin: [mm(4), 0, 0, 7],
      fontSize: 11,
    },
    field('4. Ký hiệu thông tin', or(s.infoCode)),
    { text: '5. Tiêu đề hồ sơ:', bold: true, margin: [0, 0, 0, 3] },
    { text: title.text, fontSize: title.fontSize, bold: true, margin: [0, 0, 0, 8] },
    { text: '6. Chú giải:', bold: true, margin: [0, 0, 0, 3] },
    { text: fitText(s.annotation || DOTS, INNER, 6, 11, 8).text, fontSize: 11 },
  ];
}

function back(input: DescriptionSlipsInput, s: SlipPrint): Content[] {
  const labels = backLabelsOf(input);
  const values = [s.period, s.language, s.autographs || 'Không', or(s.sheets), s.retention, s.access, s.condition, s.note];
  return [
    ...(s.discarded ? [discardMark(s.tempNumber !== undefined ? `TÀI LIỆU LOẠI — phiếu số ${s.tempNumber}` : 'TÀI LIỆU LOẠI')] : []),
    ...labels.map((l, i) => field(l, or(values[i]))),
    {
      columns: [
        { width: '*', text: '' },
        { width: '62%', alignment: 'center', stack: [{ text: `Ngày ${s.date || '…/…/……'}`, italics: true }, { text: 'Người lập phiếu', bold: true }, { text: s.preparer, margin: [0, 36, 0, 0] }] },
      ],
      margin: [0, 12, 0, 0],
    },
  ];
}

/** Each slip on two A5 pages (front, back). */
export function descriptionSlipsDefinition(input: DescriptionSlipsInput): TDocumentDefinitions {
  const content: Content[] = [];
  input.slips.forEach((s, i) => {
    content.push({ stack: front(input, s), ...(i > 0 ? { pageBreak: 'before' as const } : {}) });
    content.push({ stack: back(input, s), pageBreak: 'before' });
  });
  return {
    pageSize: 'A5',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    info: { title: 'Phiếu tin', author: input.fondsName, creator: 'Lưu trữ xã' },
    defaultStyle: { fontSize: 12 },
    content: content.length ? content : [{ text: 'Chưa có phiếu tin nào.', italics: true }],
  };
}
