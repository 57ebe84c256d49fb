/**
 * The Biên bản giao nhận hồ sơ, tài liệu of a deposit (NĐ 30/2020 Phụ lục V.V): the legal basis,
 * who hands over (BÊN GIAO) and who receives (BÊN NHẬN), then 1. the name of the batch, 2. its
 * date range, 3. the quantity — boxes, dossiers, metres of shelf ("quy ra mét giá"), and for
 * electronic records the files —, 4. condition, 5. the attached Mục lục; signatures of both
 * sides. Printed in two copies (copies.ts).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PORTRAIT_MARGINS, heading, vietnameseDateLine } from './common';
import { HANDOVER_COPIES, inCopies } from './copies';
import { dossierInventoryDefinition, type DossierInventoryInput } from './dossier-inventory';
import { depositBasis } from '../../core/duties/deposit';
import { isoDate } from '../../core/format';

export type DepositHandoverInput = {
  readonly unit: { readonly name: string; readonly parentName: string; readonly place: string };
  readonly date: Date;
  readonly number: string;
  /** Căn cứ lines, one per line; NĐ 30 first when empty. */
  readonly basis: string;
  readonly giver: { readonly unit: string; readonly name: string; readonly position: string };
  readonly receiver: { readonly archive: string; readonly name: string; readonly position: string };
  readonly batchName: string;
  readonly fromYear?: number;
  readonly toYear?: number;
  readonly boxCount: number;
  readonly dossierCount: number;
  /** Metres of shelf, already rounded; printed with a decimal comma. */
  readonly metres: number;
  readonly condition: string;
  /** The receiving archive's receipt, when it recorded one. */
  readonly received?: { readonly date: Date; readonly name: string; readonly position?: string; readonly dossierCount: number; readonly condition: string };
  readonly copies?: boolean;
};

const DOTS = '……………';
const num = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 3 });

function years(from?: number, to?: number): string {
  if (from === undefined && to === undefined) return DOTS;
  return from === to || to === undefined ? `Năm ${from}` : `Từ năm ${from} đến năm ${to}`;
}

/** What the receiving archive counted against what was handed over: "nhận đủ 8 hồ sơ", or the shortfall said ("nhận đủ 5" was printed for 5 of 8). */
function receivedCount(counted: number, handed: number): string {
  if (counted === handed) return `nhận đủ ${num(counted)} hồ sơ`;
  return counted < handed ? `nhận ${num(counted)}/${num(handed)} hồ sơ, thiếu ${num(handed - counted)} hồ sơ` : `nhận ${num(counted)} hồ sơ (biên bản giao ghi ${num(handed)} hồ sơ)`;
}

function person(label: string, unit: string, name: string, position: string): Content[] {
  return [
    { text: [{ text: `${label}: `, bold: true }, unit || DOTS], margin: [0, 4, 0, 0] },
    { text: `Đại diện là Ông (Bà): ${name || DOTS}    Chức vụ: ${position || DOTS}` },
  ];
}

export function depositHandoverDefinition(input: DepositHandoverInput): TDocumentDefinitions {
  const basisLines = input.basis.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  // None kept: the laws in force on the batch's day (core depositBasis), as the form starts with.
  const basis = basisLines.length ? basisLines.map((l) => (l.startsWith('Căn cứ') ? l : `Căn cứ ${l}`)) : depositBasis(isoDate(input.date), false);
  const content: Content[] = [
    heading(input.unit.parentName, input.unit.name, input.unit.place, input.date, { number: input.number }),
    { text: 'BIÊN BẢN', bold: true, fontSize: 14, alignment: 'center' },
    { text: 'Về việc giao nhận hồ sơ, tài liệu', bold: true, alignment: 'center', margin: [0, 2, 0, 12] },
    ...basis.map((l): Content => ({ text: l, italics: true })),
    { text: `Hôm nay, ${vietnameseDateLine('', input.date)}, tại ${input.receiver.archive || DOTS}, chúng tôi gồm:`, margin: [0, 8, 0, 0] },
    ...person('BÊN GIAO', input.giver.unit, input.giver.name, input.giver.position),
    // Received: who checked the papers in at the archive represents it, as under its signature (the sender's guess stood here).
    ...person('BÊN NHẬN', input.receiver.archive, input.received?.name || input.receiver.name, input.received ? (input.received.position ?? '') : input.receiver.position),
    { text: 'Thống nhất lập biên bản giao nhận tài liệu như sau:', margin: [0, 8, 0, 4] },
    { text: `1. Tên khối tài liệu giao nộp: ${input.batchName}` },
    { text: `2. Thời gian của tài liệu: ${years(input.fromYear, input.toYear)}` },
    { text: '3. Số lượng tài liệu:' },
    {
      ul: [
        `Đối với tài liệu giấy: Tổng số hộp (cặp): ${num(input.boxCount)}; Tổng số hồ sơ (đơn vị bảo quản): ${num(input.dossierCount)}; Quy ra mét giá: ${num(input.metres)} mét.`,
        'Đối với tài liệu điện tử: Tổng số hồ sơ: 0; Tổng số tệp tin trong hồ sơ: 0.',
      ],
      margin: [14, 0, 0, 0],
    },
    { text: `4. Tình trạng tài liệu giao nộp: ${input.condition || DOTS}` },
    { text: '5. Mục lục hồ sơ, tài liệu nộp lưu kèm theo.' },
    ...(input.received
      ? [{ text: `Bên nhận đã kiểm tra ngày ${vietnameseDateLine('', input.received.date).replace(/^ngày /, '')}: ${receivedCount(input.received.dossierCount, input.dossierCount)}; tình trạng: ${input.received.condition || 'như trên'}. Người nhận: ${input.received.name}.`, margin: [0, 6, 0, 0] } satisfies Content]
      : []),
    { text: 'Biên bản này được lập thành hai bản có giá trị như nhau; mỗi bên giữ một bản.', margin: [0, 8, 0, 18] },
    {
      unbreakable: true,
      columns: [
        { stack: [{ text: 'ĐẠI DIỆN BÊN GIAO', bold: true }, { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 11 }, { text: input.giver.name, bold: true, margin: [0, 56, 0, 0] }], alignment: 'center' },
        { stack: [{ text: 'ĐẠI DIỆN BÊN NHẬN', bold: true }, { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 11 }, { text: input.received?.name ?? input.receiver.name, bold: true, margin: [0, 56, 0, 0] }], alignment: 'center' },
      ],
    },
  ];
  const def: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PORTRAIT_MARGINS,
    info: { title: `Biên bản giao nhận hồ sơ, tài liệu — ${input.batchName}`, author: input.unit.name, creator: 'Lưu trữ xã' },
    content,
  };
  return input.copies === false ? def : inCopies(def, HANDOVER_COPIES);
}

/** The Mục lục hồ sơ, tài liệu nộp lưu (PL V.III) of a batch, in two copies. */
export function depositInventoryDefinition(input: Omit<DossierInventoryInput, 'options'> & { readonly date?: Date; readonly preparer?: string }): TDocumentDefinitions {
  const { date, preparer, ...rest } = input;
  return inCopies(dossierInventoryDefinition({ ...rest, options: { title: DEPOSIT_INVENTORY_TITLE, handover: true, showBox: false, ...(date ? { date } : {}), ...(preparer ? { preparer } : {}) } }), HANDOVER_COPIES);
}

export const DEPOSIT_INVENTORY_TITLE = 'MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU';
