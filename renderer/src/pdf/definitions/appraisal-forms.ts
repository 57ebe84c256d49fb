/**
 * The papers of an appraisal and destruction (TT 06/2025/TT-BNV as vn-records §5.5 describes it,
 * 🟡): the Danh mục tài liệu hết giá trị (Phụ lục II: Hộp/Bó số, Tập (hồ sơ) số, Tiêu đề, Lý do
 * hủy, Ghi chú), its Thuyết minh (Phụ lục III: how the records came to be, counts, dates, the
 * groups by reason), the minutes of the council's meeting, and the minutes of destruction; and
 * the unit's standing list of every dossier destroyed (not a form of the Circular ❓: what an
 * inspection asks to see — which dossier went, under which decision, on which day).
 */
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { PORTRAIT_MARGINS, heading, heldDateLine, mm, vietnameseDateLine, fondsLabel } from './common';
import { GRID, agencyBlock, dateLine, numberToVietnameseWords } from './dossier-inventory';
import type { CouncilMember } from '../../core/duties/types';
import { bareDecisionNumber } from '../../core/duties/appraisal';
import { capitalise } from '../../core/text';

export type AppraisalUnit = { readonly name: string; readonly parentName: string; readonly place: string };

/** One dossier proposed for destruction or kept, as the list prints it. */
export type DiscardRow = {
  readonly box: string;
  /** Hồ sơ số (or the plan's notation when not numbered). */
  readonly file: string;
  readonly title: string;
  readonly period: string;
  readonly retention: string;
  readonly reason: string;
  readonly note: string;
};

export type AppraisalPapersInput = {
  readonly unit: AppraisalUnit;
  readonly fonds: { readonly name: string; readonly number: string };
  readonly date?: Date;
  readonly preparer?: string;
  /** Dossiers to destroy. */
  readonly rows: readonly DiscardRow[];
  /** Dossiers the council keeps longer: title, new period, why. */
  readonly kept: readonly { readonly file: string; readonly title: string; readonly retention: string; readonly reason: string }[];
  /** Foreword paragraphs of the fonds (written once on the fonds). */
  readonly history: readonly string[];
  readonly summary: {
    readonly total: number;
    readonly destroy: number;
    readonly keep: number;
    readonly sheets: number;
    readonly boxes: number;
    /** Dossiers to destroy with no sheet count, and in no box (said beside the figures, which leave them out). */
    readonly unsheeted?: number;
    readonly unboxed?: number;
    readonly fromYear?: number;
    readonly toYear?: number;
    readonly byReason: readonly (readonly [string, number])[];
  };
  readonly council: { readonly decision: string; readonly members: readonly CouncilMember[]; readonly meetingDate?: Date; readonly meetingPlace: string; readonly conclusion: string };
  /** The destruction decision and its carrying out; what is not known yet (minutes printed to be signed at the destruction) prints as dots. */
  readonly destruction?: { readonly decisionNumber: string; readonly decisionDate?: Date; readonly decisionSigner: string; readonly destroyedOn?: Date; readonly place: string; readonly method: string };
};

const DOTS = '……………';
const count = (n: number) => `${n.toLocaleString('vi-VN')} (${numberToVietnameseWords(n)})`;
const years = (from?: number, to?: number) => (from === undefined ? DOTS : from === to || to === undefined ? `năm ${from}` : `từ năm ${from} đến năm ${to}`);
/** "272 tờ, trong 2 hộp", saying how many dossiers the figures leave out (no sheet count, no box). */
function sheetsAndBoxes(s: AppraisalPapersInput['summary'], withBoxes = true): string {
  // "trong 0 hộp" said nothing: with no box at all, only how many are not boxed.
  const parts = [`${s.sheets.toLocaleString('vi-VN')} tờ${withBoxes && s.boxes > 0 ? `, trong ${s.boxes.toLocaleString('vi-VN')} hộp` : ''}`];
  if (s.unsheeted) parts.push(`${s.unsheeted.toLocaleString('vi-VN')} hồ sơ chưa ghi số tờ`);
  if (withBoxes && s.unboxed) parts.push(`${s.unboxed.toLocaleString('vi-VN')} hồ sơ chưa xếp hộp`);
  return parts.join('; ');
}
const fondsLine = (f: AppraisalPapersInput['fonds']) => `${fondsLabel(f.name)}${f.number ? ` (Phông số ${f.number})` : ''}`;

function page(title: string, author: string, content: Content[]): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PORTRAIT_MARGINS,
    info: { title, author, creator: 'Lưu trữ xã' },
    footer: (p, n) => ({ text: `Trang ${p}/${n}`, alignment: 'center', fontSize: 10, margin: [0, mm(6), 0, 0] }),
    content,
  };
}

type Signer = { title: string; name?: string; /** What the signer adds: '(Ký, ghi rõ họ tên)' unless said. */ note?: string };

function signatures(left: Signer | undefined, right: Signer): Content {
  const block = (b: Signer): Content => ({ stack: [{ text: b.title, bold: true }, { text: b.note ?? '(Ký, ghi rõ họ tên)', italics: true, fontSize: 11 }, { text: b.name ?? '', bold: true, margin: [0, 56, 0, 0] }], alignment: 'center' });
  return { unbreakable: true, columns: [left ? block(left) : { text: '' }, block(right)], margin: [0, 14, 0, 0] };
}

const DISCARD_COLUMNS = ['Số TT', 'Hộp/Bó số', 'Tập (hồ sơ) số', 'Tiêu đề', 'Thời gian tài liệu', 'Thời hạn bảo quản', 'Lý do hủy', 'Ghi chú'];
// Tập (hồ sơ) số holds a plan notation ("01.ĐCXD") whole when the dossier has no number yet.
const DISCARD_WIDTHS: readonly (number | '*')[] = [8, 11, 18, '*', 19, 15, 22, 10];

/** Danh mục tài liệu hết giá trị (PL II). */
export function discardListDefinition(input: AppraisalPapersInput): TDocumentDefinitions {
  const body: TableCell[][] = [
    DISCARD_COLUMNS.map((t): TableCell => ({ text: t, bold: true, alignment: 'center', fontSize: 9.5 })),
    DISCARD_COLUMNS.map((_, i): TableCell => ({ text: `(${i + 1})`, alignment: 'center', fontSize: 8.5 })),
    ...input.rows.map((r, i): TableCell[] => [{ text: String(i + 1), alignment: 'center' }, { text: r.box, alignment: 'center' }, { text: r.file, alignment: 'center' }, r.title, { text: r.period, alignment: 'center' }, { text: r.retention, alignment: 'center' }, r.reason, r.note]),
  ];
  if (input.rows.length === 0) body.push([{ text: 'Không có tài liệu nào đề nghị hủy.', italics: true, alignment: 'center', colSpan: DISCARD_COLUMNS.length }, ...DISCARD_COLUMNS.slice(1).map((): TableCell => '')]);
  return page('Danh mục tài liệu hết giá trị', input.unit.name, [
    agencyBlock(input.unit),
    { text: 'DANH MỤC TÀI LIỆU HẾT GIÁ TRỊ', bold: true, fontSize: 14, alignment: 'center' },
    { text: fondsLine(input.fonds), fontSize: 13, alignment: 'center', margin: [0, 3, 0, 12] },
    { table: { headerRows: 2, dontBreakRows: true, widths: DISCARD_WIDTHS.map((w) => (w === '*' ? w : mm(w))), body }, layout: GRID, fontSize: 10 },
    { text: `Danh mục này gồm ${count(input.rows.length)} hồ sơ, tài liệu.`, margin: [0, 8, 0, 0] },
    { unbreakable: true, stack: [{ text: heldDateLine(input.unit.place, input.date), italics: true, alignment: 'right', margin: [0, 8, 20, 0] }, signatures(undefined, { title: 'NGƯỜI LẬP', ...(input.preparer ? { name: input.preparer } : {}) })] },
  ]);
}

/** Thuyết minh tài liệu hết giá trị (PL III). */
export function discardExplanationDefinition(input: AppraisalPapersInput): TDocumentDefinitions {
  const s = input.summary;
  const reasons = s.byReason.length ? s.byReason : [['Hết thời hạn bảo quản', 0] as const];
  const expired = reasons.find(([r]) => r === 'Hết thời hạn bảo quản')?.[1] ?? 0;
  const duplicate = reasons.filter(([r]) => /trùng/i.test(r)).reduce((t, [, n]) => t + n, 0);
  const others = reasons.filter(([r]) => r !== 'Hết thời hạn bảo quản' && !/trùng/i.test(r));
  return page('Thuyết minh tài liệu hết giá trị', input.unit.name, [
    agencyBlock(input.unit),
    { text: 'THUYẾT MINH TÀI LIỆU HẾT GIÁ TRỊ', bold: true, fontSize: 14, alignment: 'center' },
    { text: fondsLine(input.fonds), fontSize: 13, alignment: 'center', margin: [0, 3, 0, 12] },
    { text: '1. Quá trình hình thành khối tài liệu', bold: true },
    ...(input.history.length ? input.history.map((p): Content => ({ text: p, alignment: 'justify', leadingIndent: mm(10), margin: [0, 2, 0, 2] })) : [{ text: DOTS } satisfies Content]),
    { text: '2. Số lượng tài liệu', bold: true, margin: [0, 6, 0, 0] },
    { text: `Tổng số hồ sơ đưa ra xác định giá trị: ${count(s.total)}; trong đó đề nghị hủy ${count(s.destroy)} hồ sơ (${sheetsAndBoxes(s)}), đề nghị giữ lại ${count(s.keep)} hồ sơ.` },
    { text: '3. Thời gian của tài liệu đề nghị hủy', bold: true, margin: [0, 6, 0, 0] },
    { text: capitalise(years(s.fromYear, s.toYear)) + '.' },
    { text: '4. Tài liệu hết giá trị', bold: true, margin: [0, 6, 0, 0] },
    { text: `(1) Tài liệu hết thời hạn bảo quản: ${count(expired)} hồ sơ.` },
    { text: `(2) Tài liệu trùng lặp: ${count(duplicate)} hồ sơ.` },
    { text: `(3) Tài liệu khác: ${others.length ? others.map(([r, n]) => `${r}: ${n.toLocaleString('vi-VN')} hồ sơ`).join('; ') : 'không có'}.` },
    { unbreakable: true, stack: [{ text: heldDateLine(input.unit.place, input.date), italics: true, alignment: 'right', margin: [0, 12, 20, 0] }, signatures(undefined, { title: 'NGƯỜI LẬP', ...(input.preparer ? { name: input.preparer } : {}) })] },
  ]);
}

/** A numbered table of people (STT first); with no one listed, `blank` empty rows to fill in by hand. */
function peopleTable(titles: readonly string[], widths: readonly (number | '*')[], people: readonly (readonly string[])[], blank: number): Content {
  const rows = people.length ? people.map((p, i): TableCell[] => [{ text: String(i + 1), alignment: 'center' }, ...p]) : blankRows(blank, titles.length + 1);
  return {
    table: { headerRows: 1, widths: [mm(10), ...widths], body: [['STT', ...titles].map((t): TableCell => ({ text: t, bold: true, alignment: 'center' })), ...rows] },
    layout: GRID,
    fontSize: 11.5,
    margin: [0, 4, 0, 6],
  };
}

/** The council's members; with none recorded, blank rows to fill in by hand. */
const membersTable = (members: readonly CouncilMember[]): Content =>
  peopleTable(['Họ và tên', 'Chức vụ', 'Nhiệm vụ trong Hội đồng'], ['*', '*', mm(38)], members.map((m) => [m.name, m.position, m.role]), 5);

const blankRows = (n: number, columns: number): TableCell[][] => Array.from({ length: n }, (_, i) => [{ text: String(i + 1), alignment: 'center' }, ...Array.from({ length: columns - 1 }, (): TableCell => ({ text: ' ', margin: [0, 4, 0, 4] }))]);

/**
 * "Quyết định số 03/QĐ-UBND ngày …": the decision as typed when it starts with its words, else
 * "Quyết định số" before the number ("03/QĐ-UBND …", "QĐ 03/QĐ-UBND …", "số 03/…" alike).
 */
function decisionText(typed: string): string {
  return /^quyết\s+định/iu.test(typed.trim()) ? typed.trim() : `Quyết định số ${bareDecisionNumber(typed)}`;
}

const role = (members: readonly CouncilMember[], pattern: RegExp) => members.find((m) => pattern.test(m.role))?.name;

/** Biên bản họp Hội đồng xác định giá trị tài liệu. */
export function councilMinutesDefinition(input: AppraisalPapersInput): TDocumentDefinitions {
  const c = input.council;
  // The meeting's own date, never the day of printing: with none recorded, dots to write it by hand.
  const when = c.meetingDate;
  return page('Biên bản họp Hội đồng xác định giá trị tài liệu', input.unit.name, [
    heading(input.unit.parentName, input.unit.name, input.unit.place, when),
    { text: 'BIÊN BẢN', bold: true, fontSize: 14, alignment: 'center' },
    { text: 'Họp Hội đồng xác định giá trị tài liệu', bold: true, alignment: 'center', margin: [0, 2, 0, 12] },
    { text: `Căn cứ ${c.decision ? decisionText(c.decision) : `Quyết định số ${DOTS} thành lập Hội đồng xác định giá trị tài liệu`};`, italics: true },
    { text: `Hôm nay, ${vietnameseDateLine('', when)}, tại ${c.meetingPlace || DOTS}, Hội đồng xác định giá trị tài liệu họp gồm:`, margin: [0, 6, 0, 0] },
    membersTable(c.members),
    {
      text: `Hội đồng đã xem xét ${count(input.summary.total)} hồ sơ của ${input.fonds.name} đưa ra xác định giá trị, Danh mục tài liệu hết giá trị (đề nghị hủy ${count(input.summary.destroy)} hồ sơ) và Thuyết minh kèm theo.`,
    },
    { text: 'Ý kiến của Hội đồng:', bold: true, margin: [0, 6, 0, 2] },
    ...(c.conclusion ? c.conclusion.split(/\n+/).map((p): Content => ({ text: p, alignment: 'justify' })) : [{ text: DOTS } satisfies Content]),
    { text: 'Kết luận:', bold: true, margin: [0, 6, 0, 2] },
    { text: `- Đề nghị hủy ${count(input.summary.destroy)} hồ sơ, tài liệu hết giá trị theo Danh mục kèm theo.` },
    { text: `- Giữ lại ${count(input.summary.keep)} hồ sơ${input.kept.length ? ':' : '.'}` },
    ...input.kept.map((k): Content => ({ text: `+ ${k.file ? `Hồ sơ số ${k.file}: ` : ''}${k.title} — thời hạn bảo quản mới: ${k.retention}; lý do: ${k.reason}.`, margin: [12, 0, 0, 0] })),
    { text: 'Biên bản kết thúc vào hồi …… giờ …… cùng ngày.', margin: [0, 8, 0, 0] },
    signatures({ title: 'THƯ KÝ HỘI ĐỒNG', ...(role(c.members, /thư ký/i) ? { name: role(c.members, /thư ký/i)! } : {}) }, { title: 'CHỦ TỊCH HỘI ĐỒNG', ...(role(c.members, /chủ tịch/i) ? { name: role(c.members, /chủ tịch/i)! } : {}) }),
  ]);
}

/** Biên bản hủy tài liệu hết giá trị. */
export function destructionMinutesDefinition(input: AppraisalPapersInput): TDocumentDefinitions {
  const d = input.destruction;
  // The day of the destruction, never the day of printing: dots until it is known.
  const when = d?.destroyedOn;
  return page('Biên bản hủy tài liệu hết giá trị', input.unit.name, [
    heading(input.unit.parentName, input.unit.name, input.unit.place, when),
    { text: 'BIÊN BẢN', bold: true, fontSize: 14, alignment: 'center' },
    { text: 'Về việc hủy tài liệu hết giá trị', bold: true, alignment: 'center', margin: [0, 2, 0, 12] },
    { text: `Căn cứ Quyết định số ${(d?.decisionNumber && bareDecisionNumber(d.decisionNumber)) || DOTS} ngày ${d?.decisionDate ? vietnameseDateLine('', d.decisionDate).replace(/^ngày /, '') : DOTS}${d?.decisionSigner ? ` của ${d.decisionSigner}` : ''} về việc hủy tài liệu hết giá trị;`, italics: true },
    { text: `Hôm nay, ${vietnameseDateLine('', when)}, tại ${d?.place || DOTS}, chúng tôi gồm:`, margin: [0, 6, 0, 0] },
    // Those present at the destruction (of the unit whose records they are, and of the one destroying them), written in by hand.
    peopleTable(['Họ và tên', 'Chức vụ, đơn vị'], ['*', '*'], [], 4),
    { text: `Đã tiến hành hủy ${count(input.summary.destroy)} hồ sơ, tài liệu hết giá trị (${sheetsAndBoxes(input.summary, false)}) của ${input.fonds.name}, theo Danh mục tài liệu hết giá trị kèm theo Quyết định nói trên.` },
    { text: `Hình thức hủy: ${d?.method || DOTS}.`, margin: [0, 4, 0, 0] },
    { text: 'Tài liệu đã được hủy hết thông tin; không còn khả năng phục hồi.', margin: [0, 4, 0, 0] },
    { text: 'Biên bản được lập thành hai bản: một bản lưu tại cơ quan, một bản lưu trong hồ sơ hủy tài liệu.', margin: [0, 8, 0, 0] },
    signatures({ title: 'ĐẠI DIỆN ĐƠN VỊ THỰC HIỆN HỦY', note: '(Ký, ghi rõ họ tên, đóng dấu)' }, { title: 'ĐẠI DIỆN CƠ QUAN CÓ TÀI LIỆU HỦY', note: '(Ký, ghi rõ họ tên, đóng dấu)' }),
  ]);
}

/** One destroyed dossier as the standing list prints it. */
export type DestroyedRow = {
  readonly file: string;
  readonly title: string;
  readonly period: string;
  readonly retention: string;
  readonly sheets: string;
  /** The destruction decision: "Số 12/QĐ-UBND", then "ngày 05/03/2027" on its own line. */
  readonly decision: string;
  readonly destroyedOn: string;
};

export type DestroyedListInput = {
  readonly unit: AppraisalUnit;
  /** The day the list is made: "tính đến" it, and the date line. */
  readonly date: Date;
  readonly preparer?: string;
  /** Oldest destruction first. */
  readonly rows: readonly DestroyedRow[];
};

const DESTROYED_COLUMNS = ['Số TT', 'Hồ sơ số', 'Tiêu đề hồ sơ', 'Thời gian tài liệu', 'Thời hạn bảo quản', 'Số tờ', 'Quyết định hủy', 'Ngày hủy'];
const DESTROYED_WIDTHS: readonly (number | '*')[] = [8, 19, '*', 17, 15, 9, 27, 17];

/** Danh sách hồ sơ, tài liệu đã hủy: every dossier the unit destroyed, with the decision and day. */
export function destroyedListDefinition(input: DestroyedListInput): TDocumentDefinitions {
  const body: TableCell[][] = [
    DESTROYED_COLUMNS.map((t): TableCell => ({ text: t, bold: true, alignment: 'center', fontSize: 9.5 })),
    DESTROYED_COLUMNS.map((_, i): TableCell => ({ text: `(${i + 1})`, alignment: 'center', fontSize: 8.5 })),
    ...input.rows.map((r, i): TableCell[] => [
      { text: String(i + 1), alignment: 'center' },
      { text: r.file, alignment: 'center' },
      r.title,
      { text: r.period, alignment: 'center' },
      { text: r.retention, alignment: 'center' },
      { text: r.sheets, alignment: 'center' },
      r.decision,
      { text: r.destroyedOn, alignment: 'center' },
    ]),
  ];
  if (input.rows.length === 0) body.push([{ text: 'Chưa có hồ sơ nào bị hủy.', italics: true, alignment: 'center', colSpan: DESTROYED_COLUMNS.length }, ...DESTROYED_COLUMNS.slice(1).map((): TableCell => '')]);
  const sheets = input.rows.reduce((n, r) => n + (Number(r.sheets) || 0), 0);
  const unsheeted = input.rows.filter((r) => !r.sheets).length;
  return page('Danh sách hồ sơ, tài liệu đã hủy', input.unit.name, [
    agencyBlock(input.unit),
    { text: 'DANH SÁCH HỒ SƠ, TÀI LIỆU ĐÃ HỦY', bold: true, fontSize: 14, alignment: 'center' },
    { text: `(tính đến ${vietnameseDateLine('', input.date)})`, italics: true, alignment: 'center', margin: [0, 3, 0, 12] },
    { table: { headerRows: 2, dontBreakRows: true, widths: DESTROYED_WIDTHS.map((w) => (w === '*' ? w : mm(w))), body }, layout: GRID, fontSize: 10 },
    {
      text: `Danh sách này gồm ${count(input.rows.length)} hồ sơ, tài liệu đã hủy, ${sheets.toLocaleString('vi-VN')} tờ${unsheeted ? ` (${unsheeted.toLocaleString('vi-VN')} hồ sơ chưa ghi số tờ)` : ''}.`,
      margin: [0, 8, 0, 0],
    },
    { unbreakable: true, stack: [{ text: dateLine(input.unit.place, input.date), italics: true, alignment: 'right', margin: [0, 8, 20, 0] }, signatures(undefined, { title: 'NGƯỜI LẬP', ...(input.preparer ? { name: input.preparer } : {}) })] },
  ]);
}
