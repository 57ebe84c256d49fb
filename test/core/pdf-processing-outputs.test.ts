// The printed outputs of a processing job, rendered with the embedded Tinos fonts and read back
// as a person would check them: handover records, A5 slips on both sides, covers on A4 and on
// the 650 × 320 mm board with the document list, closing certificates, the discard list and its
// note, the archival inventory (cover, title page, foreword, abbreviations, list, count in
// words), the final report, and box labels whose QR code reads back to unit, fonds, inventory, box.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handoverRecordDefinition } from '../../renderer/src/pdf/definitions/handover-record';
import { descriptionSlipsDefinition, type SlipPrint } from '../../renderer/src/pdf/definitions/description-slips';
import { fileCoversDefinition, periodLine, type CoverDossier } from '../../renderer/src/pdf/definitions/file-covers';
import { closingCertificateDefinition } from '../../renderer/src/pdf/definitions/closing-certificate';
import { discardListDefinition, discardNoteDefinition } from '../../renderer/src/pdf/definitions/discard-list';
import { archivalInventoryDefinition, DEFAULT_ABBREVIATIONS } from '../../renderer/src/pdf/definitions/archival-inventory';
import { processingReportDefinition } from '../../renderer/src/pdf/definitions/processing-report';
import { boxLabelsDefinition } from '../../renderer/src/pdf/definitions/box-labels';
import { discardRows, discardSummary } from '../../renderer/src/core/processing/discards';
import { finalReport } from '../../renderer/src/core/processing/report';
import { boxCode, parseBoxCode } from '../../renderer/src/core/processing/job';
import type { InventoryRow } from '../../renderer/src/core/dossiers/inventory';
import { expectTinosOnly, pdfInfo, pdfText, pdfWriter, renderPdfBytes } from '../helpers/pdf';
import { renderJob } from '../../renderer/src/pdf/jobs';
import { mm, unitNameLines } from '../../renderer/src/pdf/definitions/common';
import { readQrCodes } from '../helpers/qr';

const render = pdfWriter('luutru-processing-pdf-');
const unit = { name: 'Ủy ban nhân dân xã Thụy Hải', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên', place: 'Thụy Hải' };
/** The same office with its signer set in the settings. */
const chaired = { ...unit, head: { title: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', name: 'Trần Văn Bình' } };
const DATE = new Date(2026, 10, 20);
const LONG = 'Hồ sơ về việc lập, thẩm định và phê duyệt quy hoạch chi tiết xây dựng khu dân cư thôn Tân Lập, xã Thụy Hải giai đoạn 1996 - 2005 và điều chỉnh kế hoạch sử dụng đất năm 1998';
const A4 = '595.28 x 841.89';
const A5 = '419.53 x 595.28';

describe('handover record (biên bản giao nhận)', () => {
  it('names both sides, the batch, the quantity and condition, with two signatures', async () => {
    const file = await render('bbgn.pdf', handoverRecordDefinition({
      unit, date: DATE, title: 'BIÊN BẢN GIAO NHẬN TÀI LIỆU ĐƯA RA CHỈNH LÝ',
      basis: ['Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;'],
      giver: { unit: 'Văn phòng - Thống kê, UBND xã Thụy Hải', name: 'Phạm Văn Hùng', role: 'Chánh Văn phòng' },
      receiver: { unit: 'Tổ chỉnh lý tài liệu', name: 'Nguyễn Thị Lan', role: 'Lưu trữ viên' },
      batch: 'Tài liệu tồn đọng của UBND xã Thụy Hải', period: '1995 – 2005', quantity: ['Tổng số: 12,5 mét giá', '48 bó'], condition: 'Tài liệu bó gói, bụi bẩn, một số bị ẩm mốc', attached: '',
    }));
    const t = pdfText(file);
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BIÊN BẢN GIAO NHẬN TÀI LIỆU ĐƯA RA CHỈNH LÝ', 'BÊN GIAO: Văn phòng - Thống kê, UBND xã Thụy Hải', 'Ông (bà): Phạm Văn Hùng', 'Tổng số: 12,5 mét giá', '48 bó', 'bị ẩm mốc', 'lập thành 02 bản; mỗi bên giữ 01 bản', 'ĐẠI DIỆN BÊN GIAO', 'ĐẠI DIỆN BÊN NHẬN', 'Thụy Hải, ngày 20 tháng 11 năm 2026'])
      expect(t).toContain(s);
    expect(pdfInfo(file)).toEqual({ pages: 1, size: A4 });
    expectTinosOnly(file);
    // The parent's name breaks before the level of its place, never inside the place's name ("TỈNH HƯNG / YÊN").
    const lines = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC').split('\n').map((l) => l.trim());
    expect(lines.slice(0, 3).map((l) => l.split(/\s{2,}/)[0])).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH HƯNG YÊN', 'ỦY BAN NHÂN DÂN XÃ THỤY HẢI']);
  });

  it('an agency name too long for its column breaks before the level of its place', () => {
    const width = mm(165) * 0.42;
    expect(unitNameLines('ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN', width, 12)).toBe('ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN');
    expect(unitNameLines('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', width, 12)).toBe('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH');
    expect(unitNameLines('ỦY BAN NHÂN DÂN XÃ THỤY HẢI', width, 12, true)).toBe('ỦY BAN NHÂN DÂN XÃ THỤY HẢI');
  });
});

const slip = (i: number, over: Partial<SlipPrint> = {}): SlipPrint => ({ tempNumber: i, infoCode: '', title: i === 2 ? LONG : `Tập quyết định của Ủy ban nhân dân xã năm ${1995 + i}`, annotation: '', period: `${1995 + i}`, language: 'Tiếng Việt', autographs: '', retention: 'Vĩnh viễn', access: 'Sử dụng rộng rãi', condition: 'Tốt', note: '', preparer: 'Nguyễn Thị Lan', date: '05/03/2026', ...over });

describe('description slips (phiếu tin)', () => {
  it('print A5, front then back, fields 1–14 with the archive numbers once numbered', async () => {
    const file = await render('phieu-tin.pdf', descriptionSlipsDefinition({ archiveName: 'Lưu trữ UBND xã Thụy Hải', fondsName: 'Phông UBND xã Thụy Hải', slips: [slip(1, { inventoryNumber: 1, boxNumber: 2, fileNumber: 15, sheets: 42, autographs: 'Chủ tịch UBND xã' }), slip(2)] }));
    expect(pdfInfo(file)).toEqual({ pages: 4, size: A5 });
    const front = pdfText(file, 1);
    for (const s of ['PHIẾU TIN', 'Số phiếu: 1', '1. Tên kho lưu trữ: Lưu trữ UBND xã Thụy Hải', '2. Tên phông: Phông UBND xã Thụy Hải', 'a. Mục lục số: 1', 'b. Hộp số: 2', 'c. Hồ sơ số: 15', '5. Tiêu đề hồ sơ:', 'Tập quyết định của Ủy ban nhân dân xã năm 1996']) expect(front).toContain(s);
    const back = pdfText(file, 2);
    for (const s of ['7. Thời gian tài liệu: 1996', '9. Bút tích: Chủ tịch UBND xã', '10. Số lượng tờ: 42', '11. Thời hạn bảo quản: Vĩnh viễn', '12. Chế độ sử dụng: Sử dụng rộng rãi', 'Người lập phiếu', 'Nguyễn Thị Lan']) expect(back).toContain(s);
    expect(pdfText(file, 3)).toContain('giai đoạn 1996 - 2005 và điều chỉnh kế hoạch sử dụng đất năm 1998');
    expect(pdfText(file, 3)).toContain('c. Hồ sơ số: ……');
    expect(pdfText(file, 1)).not.toContain('TÀI LIỆU LOẠI');
    expectTinosOnly(file);
  });

  it('a slip set aside to discard says so in a box on both sides', async () => {
    const file = await render('phieu-tin-loai.pdf', descriptionSlipsDefinition({ archiveName: 'Lưu trữ UBND xã Thụy Hải', fondsName: 'Phông UBND xã Thụy Hải', slips: [slip(3, { discarded: true, note: 'Tài liệu loại: Trùng lặp, bó số 3.' })] }));
    expect(pdfText(file, 1)).toMatch(/PHIẾU TIN\s+Số phiếu: 3\s+TÀI LIỆU LOẠI \(xem mục 14\. Ghi chú\)/);
    expect(pdfText(file, 2)).toMatch(/^\s*TÀI LIỆU LOẠI — phiếu số 3 7\. Thời gian tài liệu/);
    expect(pdfText(file, 2)).toContain('14. Ghi chú: Tài liệu loại: Trùng lặp, bó số 3.');
  });
});

const cover = (over: Partial<CoverDossier> = {}): CoverDossier => ({
  parentName: 'UBND tỉnh Hưng Yên', agencyName: 'Ủy ban nhân dân xã Thụy Hải', code: '15.1.3', title: LONG, from: '1996', to: '2005', sheets: 142, retention: 'Vĩnh viễn', fondsNumber: '15', inventoryNumber: 1, fileNumber: 3, year: 1998,
  docs: [
    { ordinal: 1, number: '07/QĐ-UBND', date: '12/03/1998', author: 'UBND xã Thụy Hải', summary: 'Quyết định thành lập tổ công tác quy hoạch', sheets: '01-04', note: '', linked: false },
    { ordinal: 2, number: '15/CV-UBND', date: '01/04/1998', author: 'UBND huyện Thái Thụy', summary: 'Công văn đôn đốc lập quy hoạch', sheets: '05-06', note: 'Bản sao', linked: true },
  ],
  ...over,
});

describe('file covers (bìa hồ sơ) and closing certificates', () => {
  it('A4: the front-leaf fields, then the document list inside with its totals', async () => {
    const file = await render('bia-a4.pdf', fileCoversDefinition({ dossiers: [cover(), cover({ title: 'Tập công văn năm 1999', docs: [], fileNumber: 4, sheets: 9 })] }));
    expect(pdfInfo(file)).toEqual({ pages: 4, size: A4 });
    const front = pdfText(file, 1);
    for (const s of ['ỦY BAN NHÂN DÂN XÃ THỤY HẢI', 'Mã hồ sơ: 15.1.3', 'HỒ SƠ', 'Từ năm: 1996 Đến năm: 2005', 'Gồm: 142 tờ', 'Thời hạn bảo quản: Vĩnh viễn', 'Phông số Mục lục số Hồ sơ số 15 1 3']) expect(front).toContain(s);
    // Below ten with its leading zero, as the closing certificate writes it ("9 tờ" on the cover, "09 tờ" on the certificate).
    expect(pdfText(file, 3)).toContain('Gồm: 09 tờ');
    const inside = pdfText(file, 2);
    for (const s of ['MỤC LỤC VĂN BẢN', 'Số, ký hiệu hồ sơ: 15.1.3 Năm: 1998', 'Tên loại và trích yếu nội dung văn bản', '07/QĐ-UBND', 'Công văn đôn đốc lập quy hoạch', '05-06', 'Mục lục này gồm 02 văn bản, 06 tờ.']) expect(inside).toContain(s);
    // Not entered yet: ruled rows and totals to write in by hand, under the file's code (it printed a sentence).
    const blank = pdfText(file, 4);
    expect(blank).toContain('Số, ký hiệu hồ sơ: 15.1.3 Năm: 1998');
    expect(blank).toContain('Mục lục này gồm …………… văn bản, …………… tờ.');
    expect(blank).not.toContain('Chưa ghi');
    expectTinosOnly(file);
  });

  it('a list longer than a page says on each page which file it belongs to, its column titles repeated', async () => {
    const docs = Array.from({ length: 70 }, (_, i) => ({ ordinal: i + 1, number: i === 68 ? '103/QĐ-UBND' : `${i + 1}/CV-UBND`, date: '12/03/1998', author: 'UBND xã Thụy Hải', summary: `Công văn số ${i + 1} về việc đôn đốc lập quy hoạch sử dụng đất`, sheets: i === 69 ? '105-112' : String(i + 1), note: '', linked: false }));
    const file = await render('bia-dai.pdf', fileCoversDefinition({ dossiers: [cover({ docs })] }));
    const pages = pdfInfo(file).pages;
    expect(pages).toBeGreaterThanOrEqual(4);
    for (let p = 2; p <= pages; p++) {
      const t = pdfText(file, p);
      expect(t).toContain('Số, ký hiệu hồ sơ: 15.1.3 Năm: 1998');
      expect(t).toContain('Tên loại và trích yếu nội dung văn bản');
    }
    // A three-figure sheet range stays on one line.
    expect(pdfText(file)).toContain(' 105-112 ');
    expect(pdfText(file)).toContain(' 103/QĐ-UBND ');
    expect(pdfText(file, pages)).toContain('Mục lục này gồm 70 văn bản, 77 tờ.');
  });

  it('a list whose totals would stand alone under its heading rows carries its last two documents to that page', async () => {
    const docs = Array.from({ length: 23 }, (_, i) => ({ ordinal: i + 1, number: `${i + 1}/CV-UBND`, date: '12/03/1998', author: 'UBND xã Thụy Hải', summary: `Công văn số ${i + 1} về việc đôn đốc lập quy hoạch sử dụng đất`, sheets: String(i + 1), note: '', linked: false }));
    // A batch: the first dossier's list is the one whose totals fall alone; the second's is short.
    const input = { dossiers: [cover({ docs, title: 'Tập công văn về quy hoạch sử dụng đất năm 1998' }), cover({ code: '15.1.4', fileNumber: 4 })] };
    // Laid out once, the list's third page holds "Mục lục này gồm 23 văn bản" alone.
    const once = await render('bia-tong-mot-minh.pdf', fileCoversDefinition(input));
    expect(pdfText(once, 3).trim()).toBe('Mục lục này gồm 23 văn bản, 23 tờ.');
    const file = join(mkdtempSync(join(tmpdir(), 'luutru-bia-')), 'bia-tong-kem-dong.pdf');
    writeFileSync(file, await renderJob({ kind: 'file-covers', input }, renderPdfBytes));
    expect(pdfInfo(file).pages).toBe(5);
    const third = pdfText(file, 3);
    expect(third).toMatch(/Số, ký hiệu hồ sơ: 15\.1\.3 Năm: 1998 .*Tên loại và trích yếu nội dung văn bản .* 22 22\/CV-UBND .* 23 23\/CV-UBND .*Mục lục này gồm 23 văn bản, 23 tờ\./);
    expect(pdfText(file, 2)).toContain('21/CV-UBND');
    expect(pdfText(file, 2)).not.toContain('22/CV-UBND');
    // The second dossier's list, short, is as it was: its rows and totals on one page.
    expect(pdfText(file, 5)).toMatch(/Số, ký hiệu hồ sơ: 15\.1\.4 .*07\/QĐ-UBND .*15\/CV-UBND .*Mục lục này gồm 02 văn bản, 06 tờ\./);
    expectTinosOnly(file);
  });

  it('the time line is worded as precisely as the period is known (a backlog file is often dated by years only)', () => {
    expect(periodLine('1998', '1998')).toBe('Năm: 1998');
    expect(periodLine('1998', '')).toBe('Năm: 1998');
    expect(periodLine('1995', '1998')).toBe('Từ năm: 1995    Đến năm: 1998');
    expect(periodLine('03/1998', '11/1998')).toBe('Từ tháng: 03/1998    Đến tháng: 11/1998');
    expect(periodLine('05/01/2025', '20/11/2025')).toBe('Từ ngày: 05/01/2025    Đến ngày: 20/11/2025');
    expect(periodLine('', '')).toBe('Từ ngày: ……………    Đến ngày: ……………');
  });

  it('board 650 × 320 mm: the front leaf on its panel, the list mirrored on the back; the panel place is a setting', async () => {
    const file = await render('bia-650.pdf', fileCoversDefinition({ dossiers: [cover()], options: { stock: 'board-650x320' } }));
    expect(pdfInfo(file)).toEqual({ pages: 2, size: '1842.52 x 907.087' });
    expect(pdfText(file, 1)).toContain('Phông số Mục lục số Hồ sơ số 15 1 3');
    expect(() => fileCoversDefinition({ dossiers: [cover()], options: { stock: 'board-650x320', frontLeafOffsetMm: 500 } })).toThrow('Vị trí mặt trước bìa');
  });

  it('closing certificate: sheets in figures and words, numbered 01 to N', async () => {
    const file = await render('ctkt.pdf', closingCertificateDefinition({ agencyName: 'UBND xã Thụy Hải', dossiers: [{ code: 'ML1 · HS 3', title: LONG, sheets: 142, listSheets: 1, features: '', closedOn: '2026-11-20', preparer: 'Nguyễn Thị Lan' }, { code: 'ML2 · HS 1', title: 'Tập công văn', features: 'Có 2 tờ bị rách', preparer: 'Nguyễn Thị Lan' }] }));
    expect(pdfInfo(file).pages).toBe(2);
    const t = pdfText(file, 1);
    for (const s of ['CHỨNG TỪ KẾT THÚC', 'Hồ sơ này gồm có: 142 tờ (viết bằng chữ: Một trăm bốn mươi hai tờ)', 'được đánh số từ tờ 01 đến tờ 142', 'Mục lục văn bản: 01 tờ', 'NGƯỜI LẬP HỒ SƠ']) expect(t).toContain(s);
    // Nothing recorded about the papers is left to be written, not asserted.
    expect(t).toMatch(/Đặc điểm tài liệu trong hồ sơ: …{12,}/);
    expect(t).not.toContain('không có tờ trùng số, nhảy số');
    expect(pdfText(file, 2)).toContain('Hồ sơ này gồm có: ………… tờ');
    expect(pdfText(file, 2)).toContain('Có 2 tờ bị rách');
  });
});

const discarded = [
  { id: 'a', tempNumber: 4, discardReason: 'duplicate' as const, discardBundle: 1, title: 'Bản trùng quyết định năm 1998', note: '', startDate: '1998-01-01', endDate: '1998-12-31', startPrecision: 'year' as const, endPrecision: 'year' as const, sheetCount: 12 },
  { id: 'b', tempNumber: 9, discardReason: 'expired' as const, discardBundle: 1, title: 'Sổ theo dõi công văn năm 1996', note: '', startDate: '1996-01-01', endDate: '1996-12-31', startPrecision: 'year' as const, endPrecision: 'year' as const },
];

describe('discard list and explanatory note', () => {
  it('lists each item with bundle, item number, title, reason; the note counts by reason', async () => {
    const list = await render('dmtll.pdf', discardListDefinition({ unit, fondsName: 'Phông UBND xã Thụy Hải', rows: discardRows(discarded), date: DATE, preparer: 'Nguyễn Thị Lan' }));
    const t = pdfText(list);
    for (const s of ['DANH MỤC TÀI LIỆU LOẠI', 'Hộp/Bó số Tập số Tiêu đề', 'Bản trùng quyết định năm 1998', 'Trùng lặp', 'Hết thời hạn bảo quản', 'Danh mục này gồm 2 tập (hồ sơ) tài liệu loại.']) expect(t).toContain(s);
    const note = await render('tmtll.pdf', discardNoteDefinition({ unit: chaired, fondsName: 'Phông UBND xã Thụy Hải', history: 'Khối tài liệu hình thành trong hoạt động của UBND xã từ năm 1995.', summary: discardSummary(discarded, { duplicate: 0.25, expired: 0.5 }), date: DATE, preparer: 'Nguyễn Thị Lan' }));
    const n = pdfText(note);
    // The head signs as the settings name them: on behalf of the committee, its chair, by name.
    expect(n).toContain('NGƯỜI LẬP (Ký, ghi rõ họ tên) Nguyễn Thị Lan TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Ký, ghi rõ họ tên, đóng dấu) Trần Văn Bình');
    for (const s of ['THUYẾT MINH TÀI LIỆU LOẠI', 'Tổng số tài liệu loại: 2 tập (hồ sơ), đóng trong 1 bó, tương đương 0,75 mét giá', 'Thời gian của tài liệu: 1996 – 1998', '(1) Hết thời hạn bảo quản: 1 tập, 0,5 mét giá.', '(2) Trùng lặp: 1 tập, 0,25 mét giá.', '(3) Không có giá trị: 0 tập']) expect(n).toContain(s);
    // The place and date stand above the signatures, as on every other form (they were printed under the names).
    expect(n.search(/ngày \d{2} tháng \d{2} năm \d{4}/)).toBeGreaterThan(-1);
    expect(n.search(/ngày \d{2} tháng \d{2} năm \d{4}/)).toBeLessThan(n.indexOf('NGƯỜI LẬP'));
    expectTinosOnly(note);
  });
});

function rows(n: number): InventoryRow[] {
  return Array.from({ length: n }, (_, i) => ({ ordinal: i + 1, fileNumber: i + 1, notation: '', title: i === 3 ? LONG : `Tập quyết định của UBND xã năm ${1995 + (i % 10)}`, period: `${1995 + (i % 10)}`, retention: 'Vĩnh viễn', sheets: String(20 + i), box: String(1 + Math.floor(i / 10)), note: '' }));
}

describe('archival inventory and final report', () => {
  it('has a cover, a title page, the foreword, abbreviations, the list with its headings and the count in words', async () => {
    const file = await render('muc-luc.pdf', archivalInventoryDefinition({
      unit, archiveName: 'Lưu trữ UBND xã Thụy Hải', fonds: { name: 'UBND xã Thụy Hải', number: '15' }, inventoryNumber: 1, kind: 'vĩnh viễn', fromYear: 1995, toYear: 2005,
      foreword: '1. Lịch sử đơn vị hình thành phông\nXã Thụy Hải được thành lập năm 1956.\n\n2. Kết quả chỉnh lý\nSau chỉnh lý còn 9,5 mét giá.', abbreviations: DEFAULT_ABBREVIATIONS,
      rows: rows(25), headingsBefore: new Map([[0, ['I. Tổng hợp', '1. Quyết định của Ủy ban nhân dân xã']], [12, ['II. Văn thư, lưu trữ']]]), date: DATE, preparer: 'Nguyễn Thị Lan',
    }));
    const pages = pdfInfo(file).pages;
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pdfText(file, 1)).toContain('MỤC LỤC HỒ SƠ Phông: UBND xã Thụy Hải Phông số: 15 Mục lục số: 1 (hồ sơ bảo quản vĩnh viễn) Từ năm 1995 đến năm 2005');
    expect(pdfText(file, 2)).toContain('Gồm 25 hồ sơ');
    expect(pdfText(file, 3)).toContain('LỜI NÓI ĐẦU 1. Lịch sử đơn vị hình thành phông Xã Thụy Hải được thành lập năm 1956.');
    expect(pdfText(file, 4)).toContain('BẢNG CHỮ VIẾT TẮT UBND Ủy ban nhân dân');
    const list = pdfText(file);
    for (const s of ['I. Tổng hợp', '1. Quyết định của Ủy ban nhân dân xã', 'II. Văn thư, lưu trữ', 'Mục lục này gồm 25 hồ sơ (đơn vị bảo quản). Viết bằng chữ: Hai mươi lăm hồ sơ.', 'NGƯỜI LẬP']) expect(list).toContain(s);
    expect(list.indexOf('I. Tổng hợp')).toBeLessThan(list.indexOf('Tập quyết định của UBND xã năm 1995'));
    expectTinosOnly(file);
  });

  it('the count and the signature never stand alone on the last page: the last two files go there with them, under the column titles', async () => {
    const input = {
      unit, archiveName: 'Lưu trữ UBND xã Thụy Hải', fonds: { name: 'UBND xã Thụy Hải', number: '15' }, inventoryNumber: 1, kind: 'vĩnh viễn', fromYear: 1995, toYear: 2005,
      foreword: 'x', abbreviations: DEFAULT_ABBREVIATIONS, rows: rows(18), headingsBefore: new Map([[0, ['I. Tổng hợp']], [16, ['II. Văn thư, lưu trữ']]]), date: DATE, preparer: 'Nguyễn Thị Lan',
    };
    // Laid out once, 18 files leave the closing block alone on the last page (as 19–23 and 43–48 do).
    const once = await render('muc-luc-18-once.pdf', archivalInventoryDefinition(input));
    expect(pdfText(once, pdfInfo(once).pages)).not.toContain('Tập quyết định');
    const file = join(mkdtempSync(join(tmpdir(), 'luutru-inv-')), 'muc-luc-18.pdf');
    writeFileSync(file, await renderJob({ kind: 'archival-inventory', input }, renderPdfBytes));
    const pages = pdfInfo(file).pages;
    const last = pdfText(file, pages);
    // The column titles again, the heading of the two files carried, the two files, then the count and the signature.
    expect(last).toMatch(/^Số TT .*Tiêu đề hồ sơ .*II\. Văn thư, lưu trữ 17 Tập quyết định của UBND xã năm 2001 .* 18 Tập quyết định của UBND xã năm 2002 .*Mục lục này gồm 18 hồ sơ \(đơn vị bảo quản\)\. Viết bằng chữ: Mười tám hồ sơ\..*NGƯỜI LẬP/);
    // Every file printed once, in order, the page before ending on file 16.
    expect(pdfText(file, pages - 1)).toMatch(/16 Tập quyết định của UBND xã năm 2000 2000 Vĩnh viễn 35 2 Trang/);
    const all = pdfText(file);
    expect([all.split('Tập quyết định của UBND xã năm').length - 1, all.split('Hồ sơ về việc lập').length - 1]).toEqual([17, 1]);
    expectTinosOnly(file);
  });

  it('a job’s files going on after those the inventory held are counted with their numbers on the title page and at the end', async () => {
    const later = rows(5).map((r) => ({ ...r, ordinal: r.fileNumber! + 8, fileNumber: r.fileNumber! + 8 }));
    const file = await render('muc-luc-tiep.pdf', archivalInventoryDefinition({
      unit, archiveName: 'Lưu trữ UBND xã Thụy Hải', fonds: { name: 'UBND xã Thụy Hải', number: '15' }, inventoryNumber: 1, kind: 'vĩnh viễn', fromYear: 2014, toYear: 2018,
      foreword: '', abbreviations: DEFAULT_ABBREVIATIONS, rows: later, date: DATE, preparer: 'Nguyễn Thị Lan',
    }));
    expect(pdfText(file, 2)).toContain('Gồm 5 hồ sơ (hồ sơ số 9 đến 13)');
    // Both cover pages say it is a part going on after the inventory's earlier files (only its last page said so).
    for (const page of [1, 2]) expect(pdfText(file, page)).toContain('Phần tiếp theo, từ hồ sơ số 9 (hồ sơ số 1 đến 8 ở phần trước)');
    // The closing count is this part's ("Mục lục này gồm 5 hồ sơ" read as the whole inventory, which held 13).
    const all = pdfText(file);
    expect(all).toContain('Phần mục lục này gồm 5 hồ sơ (đơn vị bảo quản), từ số 9 đến số 13. Viết bằng chữ: Năm hồ sơ.');
    expect(all).not.toContain('Mục lục này gồm 5');
    // After a single file: "hồ sơ số 1", not "1 đến 1".
    const second = await render('muc-luc-tiep-2.pdf', archivalInventoryDefinition({
      unit, archiveName: 'Lưu trữ UBND xã Thụy Hải', fonds: { name: 'UBND xã Thụy Hải', number: '15' }, inventoryNumber: 1, kind: 'vĩnh viễn', fromYear: 2014, toYear: 2018,
      foreword: '', abbreviations: DEFAULT_ABBREVIATIONS, rows: rows(2).map((r) => ({ ...r, ordinal: r.fileNumber! + 1, fileNumber: r.fileNumber! + 1 })), date: DATE, preparer: 'Nguyễn Thị Lan',
    }));
    expect(pdfText(second, 1)).toContain('Phần tiếp theo, từ hồ sơ số 2 (hồ sơ số 1 ở phần trước)');
  });

  it('a foreword not written yet prints its four parts with lines to write them by hand, on one page', async () => {
    const file = await render('muc-luc-trong.pdf', archivalInventoryDefinition({
      unit, archiveName: 'Lưu trữ UBND xã Thụy Hải', fonds: { name: 'UBND xã Thụy Hải', number: '15' }, inventoryNumber: 1, kind: 'vĩnh viễn', fromYear: 1995, toYear: 2005,
      foreword: '  ', abbreviations: DEFAULT_ABBREVIATIONS, rows: rows(3), date: DATE, preparer: 'Nguyễn Thị Lan',
    }));
    const page = pdfText(file, 3);
    for (const part of ['LỜI NÓI ĐẦU 1. Lịch sử đơn vị hình thành phông và lịch sử phông', '2. Tình hình tài liệu trước khi chỉnh lý', '3. Kết quả chỉnh lý', '4. Cách sắp xếp mục lục']) expect(page).toContain(part);
    const lines = execFileSync('pdftotext', ['-layout', '-f', '3', '-l', '3', file, '-'], { encoding: 'utf8' }).split('\n').filter((l) => /^\s*\.{20,}\s*$/.test(l));
    expect(lines.length).toBe(16);
    expect(pdfText(file, 4)).toContain('BẢNG CHỮ VIẾT TẮT');
  });

  it('the final report adds up received, kept and discarded metres by reason', async () => {
    const job = { unitId: 'u', fondsId: 'f', name: 'Đợt 1995–2005', receivedMetres: 12.5, processedMetres: 12.5, discardedMetres: 3, status: 'done' as const, note: '', keptMetres: 9.5, discardedByReason: { duplicate: 2.25, expired: 0.75 } };
    const report = finalReport(job, [{ retention: 'permanent', fileNumber: 1, inventoryNumber: 1, boxId: 'b', sheetCount: 30, startDate: '1995-01-01', endDate: '2005-12-31', startPrecision: 'year', endPrecision: 'year' }, { retention: 10, discardReason: 'duplicate' }], [{ id: 'b', deleted: false }]);
    const file = await render('bao-cao.pdf', processingReportDefinition({ unit: chaired, date: DATE, jobName: job.name, fondsName: 'Phông UBND xã Thụy Hải', intakeDate: '02/03/2026', endDate: '20/11/2026', report, tools: ['Mục lục hồ sơ số 1 (03 bản)', 'Danh mục tài liệu loại'], problems: 'Một số tài liệu bị mốc.', preparer: 'Nguyễn Thị Lan' }));
    const t = pdfText(file);
    for (const s of ['Số: ……/BC-……', 'BÁO CÁO TỔNG KẾT CHỈNH LÝ TÀI LIỆU', 'Tài liệu tiếp nhận đưa ra chỉnh lý 12,5 mét giá', 'Tài liệu giữ lại sau chỉnh lý 9,5 mét giá', 'Tài liệu loại — hết thời hạn bảo quản 0,75 mét giá (0 tập)', 'Tài liệu loại — trùng lặp 2,25 mét giá (1 tập)', 'Tổng số tài liệu loại 3 mét giá (1 tập)', 'Số hộp 1', '— bảo quản vĩnh viễn 1', 'Thời gian của tài liệu 1995 – 2005', 'Mục lục hồ sơ số 1 (03 bản)', 'Một số tài liệu bị mốc.']) expect(t).toContain(s);
    expect(t).not.toContain('Chênh lệch');
    expect(t).toContain('Số tờ đã đánh số 30');
    // Before the files are numbered the sheets are only what the slips say (it read "Số tờ đã đánh số").
    const early = await render('bao-cao-som.pdf', processingReportDefinition({ unit, date: DATE, jobName: job.name, fondsName: 'Phông UBND xã Thụy Hải', intakeDate: '02/03/2026', endDate: '', report: { ...report, inventories: [] }, tools: [], problems: '', preparer: 'Nguyễn Thị Lan' }));
    expect(pdfText(early)).toContain('Số tờ (ghi trên phiếu tin, chưa đánh số) 30');
    // No signer set: the general title, the name left to write by hand.
    expect(pdfText(early)).toContain('THỦ TRƯỞNG CƠ QUAN');
  });
});

describe('box labels with a QR code', () => {
  it('each label carries a code that reads back to its unit, fonds, inventory and box', async () => {
    const boxes = [1, 2, 3].map((n) => ({ boxId: `0190aaaa-0000-7000-8000-00000000b00${n}`, number: n, fromFile: n * 10 - 9, toFile: n * 10, dossierCount: 10, fromYear: 1995, toYear: 2005, retention: 'Vĩnh viễn', inventoryNumber: 1, code: boxCode({ adminCode: '12345', fondsNumber: '15', inventoryNumber: 1, boxNumber: n, boxId: `0190aaaa-0000-7000-8000-00000000b00${n}` }) }));
    const file = await render('nhan-hop-qr.pdf', boxLabelsDefinition({ fondsName: 'UBND xã Thụy Hải', fondsNumber: '15', boxes }));
    const codes = readQrCodes(file).map(parseBoxCode).sort((a, b) => (a?.boxNumber ?? 0) - (b?.boxNumber ?? 0));
    expect(codes).toEqual(boxes.map((b) => ({ adminCode: '12345', fondsNumber: '15', inventoryNumber: '1', boxNumber: b.number, boxId: b.boxId })));
    expect(pdfText(file)).toContain('HỘP SỐ 01');
    expect(pdfText(file)).toContain('Từ hồ sơ số 11 đến hồ sơ số 20');
  });

  it('a box of one file names it alone', async () => {
    const box = { boxId: '0190aaaa-0000-7000-8000-00000000b011', number: 4, fromFile: 11, toFile: 11, dossierCount: 1, fromYear: 2014, toYear: 2018, retention: '10 năm', inventoryNumber: 2, code: '' };
    const text = pdfText(await render('nhan-hop-mot.pdf', boxLabelsDefinition({ fondsName: 'UBND xã Thụy Hải', fondsNumber: '15', boxes: [box] })));
    expect(text).toContain('Hồ sơ số 11');
    expect(text).not.toContain('đến hồ sơ số');
  });
});
