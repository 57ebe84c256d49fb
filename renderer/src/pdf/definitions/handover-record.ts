/**
 * Biên bản giao nhận tài liệu (NĐ 30/2020 PL V.V; TT 16/2023 steps 1 and 18): A4 portrait, the
 * national heading, the legal basis, the two sides (bên giao, bên nhận) with name and position,
 * then what changes hands — the batch, its date range, the quantity (bundles, boxes, dossiers,
 * metres of shelf), its condition, what is attached — and both signatures. Used at intake
 * (backlog paper received for processing) and after processing (boxes handed back to the store).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PORTRAIT_MARGINS, heading, mm } from './common';
import { formatNumber } from '../../core/registers/numbering';
import type { BookUnit } from './register-book';

export type HandoverSide = { readonly unit: string; readonly name: string; readonly role: string };

export type HandoverInput = {
  readonly unit: BookUnit;
  readonly date: Date;
  /** "BIÊN BẢN GIAO NHẬN TÀI LIỆU ĐƯA RA CHỈNH LÝ" / "… SAU CHỈNH LÝ". */
  readonly title: string;
  /** The legal basis lines ("Căn cứ …"). */
  readonly basis: readonly string[];
  readonly giver: HandoverSide;
  readonly receiver: HandoverSide;
  /** 1. Tên khối tài liệu. */
  readonly batch: string;
  /** 2. Thời gian của tài liệu ('' when not yet known). */
  readonly period: string;
  /** 3. Số lượng, line by line ("Tổng số: 12,5 mét giá", "48 bó"). */
  readonly quantity: readonly string[];
  /** 4. Tình trạng tài liệu. */
  readonly condition: string;
  /** 5. Công cụ tra cứu kèm theo ('' : none). */
  readonly attached: string;
  /** Copies made (PL V.V: two, one for each side). */
  readonly copies?: number;
};

const DOTS = '…………………………';
const or = (v: string) => v.trim() || DOTS;

function side(label: string, s: HandoverSide): Content[] {
  return [
    { text: [{ text: `${label}: `, bold: true }, or(s.unit)], margin: [0, 6, 0, 0] },
    { text: `Ông (bà): ${or(s.name)}        Chức vụ: ${or(s.role)}`, margin: [mm(5), 2, 0, 0] },
  ];
}

/** Two signature columns, giver on the left, receiver on the right; under each title what it asks ('(Ký, ghi rõ họ tên)' unless said). */
export function twoSignatures(left: { title: string; name: string; note?: string }, right: { title: string; name: string; note?: string }): Content {
  const col = (s: { title: string; name: string; note?: string }) => ({
    width: '*' as const,
    alignment: 'center',
    stack: [{ text: s.title, bold: true }, { text: s.note ?? '(Ký, ghi rõ họ tên)', italics: true, fontSize: 11 }, { text: s.name, bold: true, margin: [0, 60, 0, 0] as [number, number, number, number] }],
  });
  return { columns: [col(left), col(right)], margin: [0, 14, 0, 0], unbreakable: true } as Content;
}

export function handoverRecordDefinition(input: HandoverInput): TDocumentDefinitions {
  const copies = input.copies ?? 2;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PORTRAIT_MARGINS,
    info: { title: input.title, author: input.unit.name, creator: 'Lưu trữ xã' },
    content: [
      heading(input.unit.parentName, input.unit.name, input.unit.place, input.date),
      { text: input.title, bold: true, fontSize: 14, alignment: 'center' },
      { text: '', margin: [0, 0, 0, 8] },
      ...input.basis.map((b): Content => ({ text: b, italics: true, margin: [0, 0, 0, 2] })),
      { text: 'Chúng tôi gồm:', margin: [0, 8, 0, 0] },
      ...side('BÊN GIAO', input.giver),
      ...side('BÊN NHẬN', input.receiver),
      { text: 'Thống nhất lập biên bản giao nhận tài liệu với nội dung như sau:', margin: [0, 8, 0, 4] },
      { text: [{ text: '1. Tên khối tài liệu giao nộp: ', bold: true }, or(input.batch)], margin: [0, 2, 0, 0] },
      { text: [{ text: '2. Thời gian của tài liệu: ', bold: true }, or(input.period)], margin: [0, 2, 0, 0] },
      { text: '3. Số lượng tài liệu:', bold: true, margin: [0, 2, 0, 0] },
      { ul: input.quantity.length ? [...input.quantity] : [DOTS], margin: [mm(5), 2, 0, 0] },
      { text: [{ text: '4. Tình trạng tài liệu giao nộp: ', bold: true }, or(input.condition)], margin: [0, 2, 0, 0] },
      { text: [{ text: '5. Công cụ tra cứu kèm theo: ', bold: true }, input.attached.trim() || 'Không có'], margin: [0, 2, 0, 0] },
      { text: `Biên bản này được lập thành ${formatNumber(copies)} bản; mỗi bên giữ ${formatNumber(Math.max(1, Math.floor(copies / 2)))} bản.`, margin: [0, 8, 0, 0] },
      twoSignatures({ title: 'ĐẠI DIỆN BÊN GIAO', name: input.giver.name }, { title: 'ĐẠI DIỆN BÊN NHẬN', name: input.receiver.name }),
    ],
  };
}
