// The printed register books (sổ đăng ký văn bản đến / đi, sổ theo dõi giải quyết), rendered with
// the embedded Tinos fonts: Vietnamese text intact, A4 landscape, the numbered header repeated
// on every page, "Trang x/y" in the footer, and a closing line that counts the pages.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContentTable } from 'pdfmake/interfaces';
import { mm } from '../../renderer/src/pdf/definitions/common';
import { bookSubtitle, notationFit, notationLines, registerBookDefinition, REGISTER_BOOK_WIDTHS } from '../../renderer/src/pdf/definitions/register-book';
import { followUpBookDefinition } from '../../renderer/src/pdf/definitions/follow-up-book';
import { incomingBook, outgoingBook, type BookIncoming, type BookOutgoing } from '../../renderer/src/core/registers/register-book';
import { FOLLOW_UP_BOOK_COLUMNS, followUpBookRows, followUpBookSpan } from '../../renderer/src/core/registers/follow-up';
import { renderJob } from '../../renderer/src/pdf/jobs';
import { emptyIncomingInput, emptyOutgoingInput } from '../../renderer/src/core/registers/types';
import { generateIncoming, pick, seededRng, vocab } from '../fixtures/generate';
import { expectTinosOnly, pdfInfo as info, pdfText as text, pdfWriter, renderPdfBytes } from '../helpers/pdf';

const render = pdfWriter('luutru-book-');
const two = (n: number) => String(n).padStart(2, '0');

const unit = { name: 'Ủy ban nhân dân xã Thụy Hải', parentName: 'Ủy ban nhân dân huyện Thái Thụy', place: 'Thụy Hải' };
const LONG_TITLE =
  'Quyết định về việc phê duyệt kế hoạch sử dụng đất năm 2026 của xã Thụy Hải, huyện Thái Thụy, tỉnh Thái Bình và điều chỉnh quy hoạch chi tiết khu dân cư thôn Tân Lập giai đoạn 2026 - 2030';

function incomingDocs(n: number): BookIncoming[] {
  const rng = seededRng(2026);
  return Array.from({ length: n }, (_, i): BookIncoming => {
    const g = generateIncoming(rng, i, n, 2026);
    return {
      ...emptyIncomingInput(g.arrivalDate),
      ...g,
      urgency: 'normal',
      registerId: 'reg-den-2026',
      arrivalNumber: i + 1,
      transferDate: g.arrivalDate,
      id: `den-${i + 1}`,
      ...(i === 4 ? { typeName: 'Quyết định', summary: LONG_TITLE, sender: 'UBND huyện Thái Thụy', number: '1234', notation: 'QĐ-UBND' } : {}),
      ...(i === 7 ? { deleted: true, deletedReason: 'đăng ký trùng số 07' } : {}),
      // Cancelled before it was passed on: no Ngày chuyển either.
      ...(i === 11 ? { deleted: true, deletedReason: 'vào sổ nhầm văn bản gửi UBND xã Thụy Xuân, đã chuyển trả', transferDate: undefined } : {}),
    };
  });
}

describe('register book PDF', () => {
  const book = incomingBook({ firstNumber: 1, lastNumber: 60 }, incomingDocs(60));
  const def = registerBookDefinition({ unit, register: { kind: 'incoming', year: 2026, name: 'Sổ đăng ký văn bản đến năm 2026', volume: 1 }, book });

  it('repeats the two header rows (titles and (1)…(10)) with widths that fill A4 landscape', () => {
    const table = (def.content as unknown[])[1] as ContentTable;
    expect(table.table.headerRows).toBe(2);
    expect(table.table.widths).toHaveLength(10);
    expect(table.table.body[1]?.map((c) => (c as { text: string }).text)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)']);
    expect(table.table.body).toHaveLength(62);
    // 257 mm between the margins = content widths + 2.5 pt padding each side + 0.5 pt rules.
    const fixedMm = REGISTER_BOOK_WIDTHS.incoming.reduce<number>((s, w) => s + (w === '*' ? 0 : w), 0);
    expect(257 - fixedMm - (10 * 5 + 11 * 0.5) * (25.4 / 72)).toBeGreaterThan(60);
  });

  it('a cancelled entry keeps its line crossed out, its number, date and why it was cancelled plain (it kept only the note)', () => {
    const table = (def.content as unknown[])[1] as ContentTable;
    const cell = (c: unknown) => (typeof c === 'string' ? { text: c } : (c as { text?: unknown; decoration?: string; italics?: boolean; colSpan?: number }));
    const row = table.table.body.find((r) => String(cell(r[8]).text ?? '').endsWith('(đã hủy: đăng ký trùng số 07)'))!;
    // Its reason, in italics, takes the empty Ký nhận beside Ghi chú (nobody signs for it): four lines in Ghi chú alone.
    expect([cell(row[8]).colSpan, cell(row[8]).italics, row[9]]).toEqual([2, true, '']);
    // Every column with something in it is struck through but Ngày đến, Số đến and the reason.
    expect([row[0], row[1], row[8]].map((c) => cell(c).decoration)).toEqual([undefined, undefined, undefined]);
    for (const c of row.slice(2, 8)) expect(cell(c).decoration).toBe(String(cell(c).text ?? '') === '' ? undefined : 'lineThrough');
    expect(row.slice(2, 8).filter((c) => cell(c).decoration === 'lineThrough').length).toBeGreaterThanOrEqual(5);
    expect(String(cell(row[5]).text)).not.toBe('');
    // Not passed on either: its reason takes Ngày chuyển too (three columns, no more).
    const unsent = table.table.body.find((r) => String(cell(r[7]).text ?? '').includes('đã chuyển trả'))!;
    expect([cell(unsent[7]).colSpan, unsent[8], unsent[9]]).toEqual([3, '', '']);
  });

  it('under the title, only what the register name adds to it (no repeat of the title, the year on its own line)', () => {
    expect(bookSubtitle('Sổ đăng ký văn bản đi của Ủy ban nhân dân xã Thụy Hải năm 2026', 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', 2026)).toBe('của Ủy ban nhân dân xã Thụy Hải');
    expect(bookSubtitle('Sổ đăng ký văn bản đến năm 2026', 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', 2026)).toBeUndefined();
    expect(bookSubtitle('Sổ đăng ký văn bản đi mật năm 2026', 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', 2026)).toBe('mật');
    expect(bookSubtitle('Sổ công văn đi Đảng ủy', 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', 2026)).toBe('Sổ công văn đi Đảng ủy');
    expect(bookSubtitle('', 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', 2026)).toBeUndefined();
  });

  it('rejects widths that do not match the columns', () => {
    expect(() => registerBookDefinition({ unit, register: { kind: 'incoming', year: 2026, name: '' }, book, options: { widthsMm: [20, '*'] } })).toThrow(/10 cột/);
  });

  it('prints the incoming book: cover, repeated header, footer numbers, long title, cancelled row, closing', async () => {
    const file = await render('so-den.pdf', def);
    // The app renders a book through its PDF job (pdf/jobs.ts), which writes the page count in full.
    writeFileSync(file, await renderJob({ kind: 'register-book', input: { unit, register: { kind: 'incoming', year: 2026, name: 'Sổ đăng ký văn bản đến năm 2026', volume: 1 }, book } }, renderPdfBytes));
    writeFileSync('/tmp/luutru-register-book.pdf', readFileSync(file));
    const { pages, size } = info(file);
    expect(size).toBe('841.89 x 595.28');
    expect(pages).toBeGreaterThanOrEqual(4);
    expectTinosOnly(file);

    const cover = text(file, 1);
    for (const line of ['ỦY BAN NHÂN DÂN HUYỆN THÁI THỤY', 'ỦY BAN NHÂN DÂN XÃ THỤY HẢI', 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', 'Năm: 2026', `Từ ngày ${book.summary.fromDate} đến ngày ${book.summary.toDate}`, 'Từ số 01 đến số 60', 'Quyển số: 01']) {
      expect(cover).toContain(line);
    }
    expect(cover).not.toContain('Trang 1/');

    for (const page of [2, 3]) {
      const t = text(file, page);
      for (const title of ['Ngày đến', 'Số đến', 'Tác giả', 'Số, ký hiệu văn bản', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung', 'Đơn vị hoặc người nhận', 'Ngày chuyển', 'Ký nhận', 'Ghi chú']) {
        expect(t).toContain(title);
      }
      expect(t).toContain('(1) (2) (3) (4) (5) (6) (7) (8) (9) (10)');
      expect(t).toContain(`Trang ${page}/${pages}`);
      expect(t).toContain('Ủy ban nhân dân xã Thụy Hải — Sổ đăng ký văn bản đến năm 2026, quyển số 01');
    }

    const all = text(file);
    expect(all).toContain(LONG_TITLE);
    expect(all).toContain('1234/QĐ-UBND');
    expect(all).toContain('(đã hủy: đăng ký trùng số 07)');
    expect(all).toContain(`Sổ này có ${two(pages)} trang, đánh số từ trang 01 đến trang ${two(pages)}`);
    expect(all).toContain('Sổ đăng ký 60 văn bản, từ số 01 đến số 60; trong đó có 2 số đã hủy.');
    expect(text(file, pages)).toContain('THỦ TRƯỞNG CƠ QUAN');
  });

  it('the head signs the closing as the office\'s settings name them: on behalf of the committee, its chair, by name', async () => {
    const small = incomingBook({ firstNumber: 1, lastNumber: 3 }, incomingDocs(3));
    const head = { title: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', name: 'Trần Văn Bình' };
    const file = await render('so-den-ky.pdf', registerBookDefinition({ unit: { ...unit, head }, register: { kind: 'incoming', year: 2026, name: 'Sổ đăng ký văn bản đến năm 2026' }, book: small }));
    const last = text(file, info(file).pages).replace(/\s+/g, ' ');
    expect(last).toMatch(/NGƯỜI LẬP SỔ .*TM\. ỦY BAN NHÂN DÂN CHỦ TỊCH \(Ký tên, đóng dấu\) Trần Văn Bình/);
    expect(last).not.toContain('THỦ TRƯỞNG CƠ QUAN');
  });

  it('a số, ký hiệu too long for its column breaks after a slash, never between the type and the issuer', async () => {
    expect(notationLines('15/2026/QĐ-UBND', 60, 10.5)).toBe('15/2026/\nQĐ-UBND');
    expect(notationLines('12/QĐ-UBND', 68, 10.5)).toBe('12/QĐ-UBND');
    // The incoming book's column holds a sender's usual notation whole (it broke "184/" from "CT-VPUBND"); one that
    // fits only by a hair goes in a smaller size (the print broke "441/TTr-" from "SVHTTDL" at its hyphen); a long one
    // still breaks after a slash.
    const column = mm(REGISTER_BOOK_WIDTHS.incoming[3] as number);
    for (const n of ['184/CT-VPUBND', '15/KH-SVHTTDL', '602/QyĐ-SKHCN']) expect(notationFit(n, column, 10.5)).toEqual({ text: n });
    const tight = notationFit('441/TTr-SVHTTDL', column, 10.5);
    expect(tight.text).toBe('441/TTr-SVHTTDL');
    expect(tight.fontSize).toBeGreaterThanOrEqual(9);
    expect(tight.fontSize).toBeLessThan(10.5);
    expect(notationFit('1234/2026/QĐ-UBND-SVHTTDL', column, 10.5)).toEqual({ text: '1234/2026/\nQĐ-UBND-SVHTTDL' });
    const docs = ['15/2026/QĐ-UBND', '128/2026/NQ-HĐND'].map((notation, i): BookOutgoing => ({
      ...emptyOutgoingInput('2026-03-02'),
      registerId: 'reg-di',
      number: i + 1,
      notation: notation.replace(/^\d+\//, ''),
      typeName: 'Quyết định',
      summary: 'Quyết định ban hành quy định quản lý trật tự xây dựng trên địa bàn xã',
      signerPosition: 'Chủ tịch UBND xã',
      signerName: 'Nguyễn Văn An',
      recipients: ['Như Điều 3'],
      retainedCopyHolder: 'Văn thư',
      copyCount: 5,
      id: `di-${i}`,
    }));
    const book = outgoingBook({ firstNumber: 1, lastNumber: 2 }, docs);
    const file = await render('so-di-ky-hieu.pdf', registerBookDefinition({ unit, register: { kind: 'outgoing', year: 2026, name: 'Sổ đăng ký văn bản đi năm 2026' }, book, options: { widthsMm: [24, 18, '*', 25, 29, 21, 11, 18, 18, 14] } }));
    const all = text(file);
    expect(all).toContain('QĐ-UBND');
    expect(all).toContain('NQ-HĐND');
    expect(all).not.toMatch(/QĐ- UBND|NQ- HĐND/);
  });

  it('prints an internal register under its own title, with the outgoing columns', async () => {
    const rng = seededRng(5);
    const docs = Array.from({ length: 6 }, (_, i): BookOutgoing => ({
      ...emptyOutgoingInput(`2026-02-${String(10 + i).padStart(2, '0')}`),
      registerId: 'reg-nb',
      number: i + 1,
      notation: 'TB-HĐND',
      typeName: 'Thông báo',
      summary: `Thông báo kết luận phiên họp thường kỳ về ${pick(rng, vocab.topics)}`,
      signerPosition: 'Chủ tịch HĐND xã',
      signerName: pick(rng, vocab.people),
      recipients: ['Thường trực HĐND xã', 'Các Ban HĐND xã', 'Đại biểu HĐND xã'],
      retainedCopyHolder: 'Văn thư',
      copyCount: 12,
      id: `nb-${i}`,
    }));
    const file = await render('so-noi-bo.pdf', registerBookDefinition({
      unit,
      register: { kind: 'internal', year: 2026, name: 'Sổ văn bản nội bộ của HĐND xã' },
      book: outgoingBook({ firstNumber: 1, lastNumber: 6 }, docs),
      options: { title: 'SỔ ĐĂNG KÝ VĂN BẢN NỘI BỘ CỦA HĐND XÃ', closedAt: new Date(2026, 11, 31) },
    }));
    expect(info(file).size).toBe('841.89 x 595.28');
    const all = text(file);
    expect(text(file, 1)).toContain('SỔ ĐĂNG KÝ VĂN BẢN NỘI BỘ CỦA HĐND XÃ');
    expect(text(file, 1)).toContain('(Sổ văn bản nội bộ của HĐND xã)');
    expect(text(file, 1)).not.toContain('Quyển số');
    for (const title of ['Người ký', 'Nơi nhận văn bản', 'Đơn vị, người nhận bản lưu', 'Số lượng bản']) expect(all).toContain(title);
    expect(all).toContain('01/TB-HĐND');
    expect(all).toContain('Thụy Hải, ngày 31 tháng 12 năm 2026');
    // One recipient a line, each after a dash (joined with "; " they ran together and broke mid-name across the column's lines).
    expect(all).toContain('- Thường trực HĐND xã - Các Ban HĐND xã - Đại biểu HĐND xã');
    expect(all).not.toContain('HĐND xã;');
  });

  it('numbers the pages of a short book in one style: 02 pages, from page 01 to page 02', async () => {
    const small = incomingBook({ firstNumber: 1, lastNumber: 3 }, incomingDocs(3));
    const file = await render('so-den-ngan.pdf', registerBookDefinition({ unit, register: { kind: 'incoming', year: 2026, name: '' }, book: small }));
    writeFileSync(file, await renderJob({ kind: 'register-book', input: { unit, register: { kind: 'incoming', year: 2026, name: '' }, book: small } }, renderPdfBytes));
    expect(info(file).pages).toBe(2);
    expect(text(file)).toContain('Sổ này có 02 trang, đánh số từ trang 01 đến trang 02');
    // No number cancelled: said so in words ("trong đó có 0 số đã hủy" read oddly); a line the unit wrote is printed as written.
    expect(text(file)).toContain('Sổ đăng ký 3 văn bản, từ số 01 đến số 03; không có số nào bị hủy.');
    const own = await render('so-den-dong-rieng.pdf', registerBookDefinition({ unit, register: { kind: 'incoming', year: 2026, name: '' }, book: small, options: { entriesLine: 'Gồm {count} văn bản, {cancelled} số hủy.' } }));
    expect(text(own)).toContain('Gồm 3 văn bản, 0 số hủy.');
  });

  it('names the numbers with no entry in runs, as a clerk writes them, under the count (they were listed one by one)', async () => {
    const skipped = (n: number) => (n >= 5 && n <= 9) || n === 12;
    const den = incomingBook({ firstNumber: 1, lastNumber: 14 }, incomingDocs(14).filter((d) => !skipped(d.arrivalNumber)));
    const file = await render('so-den-thieu-so.pdf', registerBookDefinition({ unit, register: { kind: 'incoming', year: 2026, name: '' }, book: den }));
    const all = text(file);
    expect(all).toContain('Sổ đăng ký 8 văn bản, từ số 01 đến số 14; không có số nào bị hủy. Các số không có văn bản: 05–09, 12 (6 số).');
    expect(all).not.toContain('05, 06');

    const di = outgoingBook({ firstNumber: 1, lastNumber: 12 }, [1, 2, 12].map((number): BookOutgoing => ({
      ...emptyOutgoingInput('2026-01-06'),
      registerId: 'reg-di',
      number,
      notation: 'QĐ-UBND',
      typeName: 'Quyết định',
      summary: 'về việc thành lập Tổ công tác',
      recipients: ['Như Điều 3'],
      id: `di-${number}`,
    })));
    const fileDi = await render('so-di-thieu-so.pdf', registerBookDefinition({ unit, register: { kind: 'outgoing', year: 2026, name: '' }, book: di }));
    expect(text(fileDi)).toContain('Các số không có văn bản: 03–11 (9 số).');
  });

  it('a long list of missing numbers wraps between runs, never after a run\'s dash, and stops at 40 runs', async () => {
    // Every third number entered: 86 numbers missing in 43 runs of two. Without care the line broke as "101–" above "102".
    const den = incomingBook({ firstNumber: 1, lastNumber: 130 }, incomingDocs(130).filter((d) => d.arrivalNumber % 3 === 1));
    const file = await render('so-den-thieu-nhieu.pdf', registerBookDefinition({ unit, register: { kind: 'incoming', year: 2026, name: '' }, book: den }));
    const runs = Array.from({ length: 40 }, (_, i) => `${two(3 * i + 2)}–${two(3 * i + 3)}`).join(', ');
    expect(runs).toMatch(/^02–03, 05–06, .*, 98–99, 101–102, .*, 119–120$/);
    const all = text(file);
    expect(all).toContain(`Các số không có văn bản: ${runs}, … (86 số).`);
    // It does take more than one line, and each line ends after a comma.
    const lines = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).split('\n');
    const from = lines.findIndex((l) => l.startsWith('Các số không có văn bản:'));
    const listed = lines.slice(from, lines.findIndex((l, i) => i > from && l.endsWith('(86 số).')) + 1);
    expect(listed.length).toBeGreaterThan(1);
    for (const l of listed.slice(0, -1)) expect(l).toMatch(/\d,$/);
  });

  it('prints an empty book with blanks to fill by hand', async () => {
    const file = await render('so-di-trong.pdf', registerBookDefinition({
      unit,
      register: { kind: 'outgoing', year: 2027, name: 'Sổ đăng ký văn bản đi năm 2027' },
      book: outgoingBook({ firstNumber: 1, lastNumber: 0 }, []),
    }));
    const all = text(file);
    expect(all).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
    expect(all).toContain('Từ số …………… đến số ……………');
    expect(all).toContain('Không có văn bản nào được đăng ký trong sổ.');
  });

  it('renders a 1,500-entry register (about a hundred pages, header on the last pages)', { timeout: 180_000 }, async () => {
    const big = incomingBook({ firstNumber: 1, lastNumber: 1500 }, incomingDocs(1500));
    const file = await render('so-den-1500.pdf', registerBookDefinition({ unit, register: { kind: 'incoming', year: 2026, name: 'Sổ đăng ký văn bản đến năm 2026' }, book: big }));
    const { pages } = info(file);
    expect(pages).toBeGreaterThan(80);
    expect(text(file, pages)).toContain(`Sổ này có ${pages} trang, đánh số từ trang 01 đến trang ${pages}`);
    const nearEnd = text(file, pages - 1);
    expect(nearEnd).toContain('Tên loại và trích yếu nội dung');
    expect(nearEnd).toContain(`Trang ${pages - 1}/${pages}`);
    expect(text(file, pages)).toContain(`Sổ này có ${pages} trang`);
  });
});

describe('follow-up book PDF', () => {
  it('its cover spans the earliest and latest Ngày đến of its documents, whatever order they were entered in', () => {
    const [a, b, c] = incomingDocs(3);
    const docs = [
      { ...a!, arrivalNumber: 1, arrivalDate: '2026-12-05', handlingDeadline: '2026-12-20' },
      // Entered after it, arrived earlier (vào sổ muộn): the cover began on 05/12 and left these two out of its days.
      { ...b!, arrivalNumber: 2, arrivalDate: '2026-11-20', handlingDeadline: '2026-12-01' },
      { ...c!, arrivalNumber: 3, arrivalDate: '2026-11-25', handlingDeadline: '2026-12-04' },
    ];
    expect(followUpBookSpan(docs)).toEqual({ fromDate: '20/11/2026', toDate: '05/12/2026', fromNumber: '01', toNumber: '03' });
  });

  it('prints the sổ theo dõi giải quyết văn bản đến with its 7 columns', async () => {
    const docs = incomingDocs(40).map((d, i) => ({
      ...d,
      ...(i % 3 === 0 ? { handlingDeadline: '2026-06-30', progressNote: i % 2 ? 'Đang xin ý kiến các ngành, dự kiến trình Chủ tịch UBND xã trong tuần' : 'Đã hoàn thành', replyNotation: i % 2 ? '' : `${i}/BC-UBND` } : {}),
    }));
    const rows = followUpBookRows(docs);
    const span = followUpBookSpan(docs);
    const file = await render('so-theo-doi.pdf', followUpBookDefinition({ unit, year: 2026, rows, ...(span ? { span } : {}) }));
    writeFileSync(file, await renderJob({ kind: 'follow-up-book', input: { unit, year: 2026, rows, ...(span ? { span } : {}) } }, renderPdfBytes));
    writeFileSync('/tmp/luutru-follow-up-book.pdf', readFileSync(file));
    // The cover gives the span of the book from its data: first and last arrival, first and last number.
    const withDeadline = docs.filter((d) => d.handlingDeadline && !d.deleted).sort((a, b) => a.arrivalNumber - b.arrivalNumber);
    const ddmm = (iso: string) => iso.split('-').reverse().join('/');
    expect(span).toEqual({ fromDate: ddmm(withDeadline[0]!.arrivalDate), toDate: ddmm(withDeadline.at(-1)!.arrivalDate), fromNumber: two(withDeadline[0]!.arrivalNumber), toNumber: two(withDeadline.at(-1)!.arrivalNumber) });
    expect(text(file, 1)).toContain(`Từ ngày ${span!.fromDate} đến ngày ${span!.toDate}`);
    expect(text(file, 1)).toContain(`Từ số ${span!.fromNumber} đến số ${span!.toNumber}`);
    expect(text(file)).toMatch(/Sổ này có 0\d trang, đánh số từ trang 01 đến trang 0\d/);
    expect(info(file).size).toBe('841.89 x 595.28');
    expectTinosOnly(file);
    const all = text(file);
    expect(text(file, 1)).toContain('SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN');
    for (const title of FOLLOW_UP_BOOK_COLUMNS) expect(all).toContain(title);
    expect(all).toContain('(1) (2) (3) (4) (5) (6) (7)');
    expect(all).toContain('Đang xin ý kiến các ngành, dự kiến trình Chủ tịch UBND xã trong tuần');
    expect(all).toContain('30/06/2026');
    expect(all).toContain(`Sổ theo dõi ${rows.length} văn bản đến có thời hạn giải quyết.`);
  });
});
