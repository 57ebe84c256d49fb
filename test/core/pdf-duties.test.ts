// The printed forms of the archive's duties, rendered with the embedded Tinos fonts and read back with
// pdftotext: the deposit Mục lục (PL V.III) and Biên bản giao nhận (PL V.V) in two copies each numbered
// on its own, the Danh mục tài liệu hết giá trị (PL II), its Thuyết minh (PL III), the council and
// destruction minutes, the loan request slip and register of use, the yearly statistics report, and an
// inventory with the fonds history as its foreword.
import { describe, expect, it } from 'vitest';
import { depositHandoverDefinition, depositInventoryDefinition } from '../../renderer/src/pdf/definitions/deposit-handover';
import { councilMinutesDefinition, destroyedListDefinition, destructionMinutesDefinition, discardExplanationDefinition, discardListDefinition, type AppraisalPapersInput } from '../../renderer/src/pdf/definitions/appraisal-forms';
import { loanSlipDefinition, useRegisterDefinition } from '../../renderer/src/pdf/definitions/loan-forms';
import { statisticsReportDefinition } from '../../renderer/src/pdf/definitions/statistics-report';
import { dossierInventoryDefinition } from '../../renderer/src/pdf/definitions/dossier-inventory';
import { DEFAULT_STAT_FORMS, reportSections, totalValues } from '../../renderer/src/core/duties/statistics';
import type { InventoryRow } from '../../renderer/src/core/dossiers/inventory';
import { expectTinosOnly, pdfInfo, pdfText, pdfWriter } from '../helpers/pdf';
import { SEED_2025 } from '../fixtures/duties-seed';
import vocabulary from '../fixtures/vn-admin-vocabulary.json';

const render = pdfWriter('luutru-duties-pdf-');
const unit = { name: 'Ủy ban nhân dân xã Thụy Hải', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên', place: 'Thụy Hải' };
const rows = (n: number): InventoryRow[] =>
  Array.from({ length: n }, (_, i) => ({ ordinal: i + 1, fileNumber: i + 1, notation: `${String(i + 1).padStart(2, '0')}.TH`, title: `Hồ sơ hội nghị tổng kết công tác năm 2025 của thôn Đông Hòa, tập ${i + 1}`, period: '05/01/2025 – 20/11/2025', retention: i % 2 ? '10 năm' : 'Vĩnh viễn', sheets: String(20 + i), box: '1', note: '' }));

describe('deposit papers (PL V.III, PL V.V)', () => {
  it('the Mục lục hồ sơ, tài liệu nộp lưu in two copies, each numbered on its own pages', async () => {
    const file = await render('muc-luc-nop-luu.pdf', depositInventoryDefinition({ unit, fromYear: 2025, toYear: 2025, sections: [{ heading: '', rows: rows(70) }], date: new Date(2026, 0, 15), preparer: 'Nguyễn Thị Lan' }));
    const { pages } = pdfInfo(file);
    expect(pages % 2).toBe(0);
    const half = pages / 2;
    const text = pdfText(file);
    expect(text.split('MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU').length - 1).toBe(2);
    expect(text).toContain('Mục lục này gồm 70 hồ sơ (đơn vị bảo quản). Viết bằng chữ: Bảy mươi hồ sơ.');
    expect(text).not.toContain('Mục lục số');
    expect(text).not.toContain('Hộp số');
    expect(pdfText(file, 1)).toContain(`Bản số 1/2 (bên giao giữ) · Trang 1/${half}`);
    expect(pdfText(file, half + 1)).toContain(`Bản số 2/2 (bên nhận giữ) · Trang 1/${half}`);
    expect(pdfText(file, pages)).toContain(`Bản số 2/2 (bên nhận giữ) · Trang ${half}/${half}`);
    expectTinosOnly(file);
  });

  it('the Biên bản giao nhận names both sides, the batch, boxes, dossiers, metres of shelf and condition, in two copies', async () => {
    const file = await render('bien-ban-giao-nhan.pdf', depositHandoverDefinition({
      unit, date: new Date(2026, 0, 15), number: '01/BB-VP', basis: '',
      giver: { unit: 'Văn phòng - Thống kê', name: 'Nguyễn Thị Lan', position: 'Công chức Văn phòng - Thống kê' },
      receiver: { archive: 'Lưu trữ lịch sử tỉnh Hưng Yên', name: 'Trần Văn Bình', position: 'Lưu trữ viên' },
      batchName: 'Hồ sơ, tài liệu năm 2025 của UBND xã Thụy Hải', fromYear: 2025, toYear: 2025, boxCount: 3, dossierCount: 42, metres: 0.375, condition: 'Tài liệu còn tốt, đã đánh số tờ',
    }));
    const text = pdfText(file);
    for (const s of ['BIÊN BẢN', 'Số: 01/BB-VP', 'Về việc giao nhận hồ sơ, tài liệu', 'Căn cứ Nghị định số 30/2020/NĐ-CP', 'BÊN GIAO: Văn phòng - Thống kê', 'BÊN NHẬN: Lưu trữ lịch sử tỉnh Hưng Yên', '1. Tên khối tài liệu giao nộp: Hồ sơ, tài liệu năm 2025 của UBND xã Thụy Hải', '2. Thời gian của tài liệu: Năm 2025', 'Tổng số hộp (cặp): 3; Tổng số hồ sơ (đơn vị bảo quản): 42; Quy ra mét giá: 0,375 mét', '4. Tình trạng tài liệu giao nộp: Tài liệu còn tốt, đã đánh số tờ', '5. Mục lục hồ sơ, tài liệu nộp lưu kèm theo.', 'ĐẠI DIỆN BÊN GIAO', 'ĐẠI DIỆN BÊN NHẬN', 'Thụy Hải, ngày 15 tháng 01 năm 2026'])
      expect(text).toContain(s);
    expect(pdfInfo(file).pages).toBe(2);
    expect(pdfText(file, 2)).toContain('Bản số 2/2 (bên nhận giữ) · Trang 1/1');
    expectTinosOnly(file);
  });

  it('received short, the record says how many of how many and how many are missing, and who checked them in represents the archive', async () => {
    const file = await render('bien-ban-nhan-thieu.pdf', depositHandoverDefinition({
      unit, date: new Date(2026, 0, 15), number: '01/BB-VP', basis: '', copies: false,
      giver: { unit: 'Văn phòng - Thống kê', name: 'Nguyễn Thị Lan', position: 'Công chức Văn phòng - Thống kê' },
      receiver: { archive: 'Lưu trữ lịch sử tỉnh Hưng Yên', name: 'Trần Văn Bình', position: 'Lưu trữ viên' },
      batchName: 'Hồ sơ năm 2025', fromYear: 2025, toYear: 2025, boxCount: 3, dossierCount: 8, metres: 0.375, condition: 'Tốt',
      received: { date: new Date(2026, 0, 20), name: 'Trần Thị Lan', position: 'Trưởng phòng Thu thập', dossierCount: 5, condition: 'Đủ hộp' },
    }));
    const text = pdfText(file);
    expect(text).toContain('nhận 5/8 hồ sơ, thiếu 3 hồ sơ');
    expect(text).not.toContain('nhận đủ');
    expect(text).toContain('BÊN NHẬN: Lưu trữ lịch sử tỉnh Hưng Yên Đại diện là Ông (Bà): Trần Thị Lan Chức vụ: Trưởng phòng Thu thập');
  });

  it('a handover record not numbered yet leaves the number to write by hand under the agency', async () => {
    const file = await render('bien-ban-chua-so.pdf', depositHandoverDefinition({
      unit, date: new Date(2026, 0, 15), number: '', basis: '', copies: false,
      giver: { unit: 'Văn phòng - Thống kê', name: 'Nguyễn Thị Lan', position: 'Công chức Văn phòng - Thống kê' },
      receiver: { archive: 'Lưu trữ hiện hành UBND xã Thụy Hải', name: 'Phạm Thu Hà', position: 'Viên chức lưu trữ' },
      batchName: 'Hồ sơ năm 2025', fromYear: 2025, toYear: 2025, boxCount: 1, dossierCount: 2, metres: 0.125, condition: 'Tốt',
    }));
    const text = pdfText(file);
    expect(text).toContain('Số: ……/BB-……');
    expect(text).not.toContain('(số');
  });
});

const appraisal: AppraisalPapersInput = {
  unit,
  fonds: { name: 'Phông lưu trữ UBND xã Thụy Hải', number: '15' },
  date: new Date(2026, 1, 10),
  preparer: 'Nguyễn Thị Lan',
  rows: [
    { box: '3', file: '12', title: 'Tập công văn trao đổi về công tác văn thư năm 2015', period: '05/01/2015 – 20/12/2015', retention: '5 năm', reason: 'Hết thời hạn bảo quản', note: '' },
    { box: '3', file: '13', title: 'Báo cáo tháng năm 2015 (bản trùng)', period: '2015', retention: '5 năm', reason: 'Trùng lặp', note: '' },
  ],
  kept: [{ file: '14', title: 'Hồ sơ giao đất làm nhà ở năm 2015', retention: '20 năm', reason: 'Còn giá trị tra cứu về đất đai' }],
  history: ['Đơn vị hình thành phông: UBND xã Thụy Hải (1990 – 30/06/2025).', 'Tài liệu được chỉnh lý năm 2020.'],
  summary: { total: 3, destroy: 2, keep: 1, sheets: 75, boxes: 1, fromYear: 2015, toYear: 2015, byReason: [['Hết thời hạn bảo quản', 1], ['Trùng lặp', 1]] },
  council: { decision: 'Quyết định số 45/QĐ-UBND ngày 01/02/2026 của Chủ tịch UBND xã Thụy Hải', members: [{ name: 'Vũ Văn Hùng', position: 'Chủ tịch UBND xã', role: 'Chủ tịch Hội đồng' }, { name: 'Đỗ Thị Mai', position: 'Công chức Tư pháp - Hộ tịch', role: 'Thành viên' }, { name: 'Nguyễn Thị Lan', position: 'Công chức Văn phòng - Thống kê', role: 'Thư ký' }], meetingDate: new Date(2026, 1, 15), meetingPlace: 'Trụ sở UBND xã Thụy Hải', conclusion: 'Nhất trí với danh mục đề nghị hủy.' },
  destruction: { decisionNumber: '52/QĐ-UBND', decisionDate: new Date(2026, 2, 1), decisionSigner: 'Chủ tịch UBND xã Thụy Hải', destroyedOn: new Date(2026, 2, 10), place: 'Công ty Môi trường đô thị Hưng Yên', method: 'Nghiền bột giấy' },
};

describe('appraisal and destruction papers', () => {
  it('Danh mục tài liệu hết giá trị: the PL II columns and the count', async () => {
    const file = await render('danh-muc-het-gia-tri.pdf', discardListDefinition(appraisal));
    const text = pdfText(file);
    for (const s of ['DANH MỤC TÀI LIỆU HẾT GIÁ TRỊ', 'Phông lưu trữ UBND xã Thụy Hải (Phông số 15)', 'Hộp/Bó số', 'Tập (hồ sơ) số', 'Tiêu đề', 'Lý do hủy', 'Ghi chú', 'Tập công văn trao đổi về công tác văn thư năm 2015', 'Hết thời hạn bảo quản', 'Trùng lặp', 'Danh mục này gồm 2 (hai) hồ sơ, tài liệu.', 'NGƯỜI LẬP'])
      expect(text).toContain(s);
    // A fonds named "Phông lưu trữ …" is not given a second "Phông:" before it.
    expect(text).not.toContain('Phông: Phông');
    expectTinosOnly(file);
  });

  it('Thuyết minh: the fonds history written once, counts, dates, groups (1) expired (2) duplicates (3) others', async () => {
    const text = pdfText(await render('thuyet-minh.pdf', discardExplanationDefinition(appraisal)));
    for (const s of ['THUYẾT MINH TÀI LIỆU HẾT GIÁ TRỊ', '1. Quá trình hình thành khối tài liệu', 'UBND xã Thụy Hải (1990 – 30/06/2025)', 'Tổng số hồ sơ đưa ra xác định giá trị: 3 (ba); trong đó đề nghị hủy 2 (hai) hồ sơ (75 tờ, trong 1 hộp), đề nghị giữ lại 1 (một) hồ sơ.', 'Năm 2015.', '(1) Tài liệu hết thời hạn bảo quản: 1 (một) hồ sơ.', '(2) Tài liệu trùng lặp: 1 (một) hồ sơ.', '(3) Tài liệu khác: không có.'])
      expect(text).toContain(s);
    // Nothing boxed: said as not boxed, without "trong 0 hộp".
    const unboxed = pdfText(await render('thuyet-minh-0.pdf', discardExplanationDefinition({ ...appraisal, summary: { ...appraisal.summary, boxes: 0, unboxed: 2 } })));
    expect(unboxed).toContain('(75 tờ; 2 hồ sơ chưa xếp hộp)');
    expect(unboxed).not.toContain('trong 0 hộp');
  });

  it('the council’s minutes list members, conclusion, kept dossiers with their new period; signed by chair and secretary', async () => {
    const text = pdfText(await render('bien-ban-hop.pdf', councilMinutesDefinition(appraisal)));
    for (const s of ['Họp Hội đồng xác định giá trị tài liệu', 'Căn cứ Quyết định số 45/QĐ-UBND', 'Hôm nay, ngày 15 tháng 02 năm 2026, tại Trụ sở UBND xã Thụy Hải', 'Vũ Văn Hùng', 'Đỗ Thị Mai', 'Nhất trí với danh mục đề nghị hủy.', '- Đề nghị hủy 2 (hai) hồ sơ', '+ Hồ sơ số 14: Hồ sơ giao đất làm nhà ở năm 2015 — thời hạn bảo quản mới: 20 năm; lý do: Còn giá trị tra cứu về đất đai.', 'THƯ KÝ HỘI ĐỒNG', 'CHỦ TỊCH HỘI ĐỒNG'])
      expect(text).toContain(s);
  });

  it('the council’s minutes before the meeting is recorded: dots for its date (not the day of printing), blank rows for members; a decision typed as a bare number reads as one', async () => {
    const early = { ...appraisal, summary: { ...appraisal.summary, total: 5, destroy: 4 }, council: { decision: '03/QĐ-UBND ngày 05/01/2026', members: [], meetingPlace: '', conclusion: '' } };
    const text = pdfText(await render('bien-ban-hop-trong.pdf', councilMinutesDefinition(early)));
    expect(text).toContain('Hôm nay, ngày …… tháng …… năm ……, tại');
    expect(text).not.toContain('ngày 10 tháng 02 năm 2026');
    expect(text).toContain('Căn cứ Quyết định số 03/QĐ-UBND ngày 05/01/2026;');
    // What was looked at and what is proposed for destruction are told apart (they were one "gồm 5 hồ sơ").
    expect(text.replace(/\s+/g, ' ')).toContain('Hội đồng đã xem xét 5 (năm) hồ sơ của Phông lưu trữ UBND xã Thụy Hải đưa ra xác định giá trị, Danh mục tài liệu hết giá trị (đề nghị hủy 4 (bốn) hồ sơ)');
    expect(text).toMatch(/STT\s+Họ và tên\s+Chức vụ\s+Nhiệm vụ trong Hội đồng\s+1\s+2\s+3/);
  });

  it('a decision typed with its words before the number ("QĐ 45/…", "Quyết định số 07/…") prints "Quyết định số" once', async () => {
    const typed = { ...appraisal, council: { ...appraisal.council, decision: 'QĐ 45/QĐ-UBND ngày 01/09/2025' }, destruction: { ...appraisal.destruction!, decisionNumber: 'Quyết định số 52/QĐ-UBND' } };
    const minutes = pdfText(await render('bien-ban-hop-qd.pdf', councilMinutesDefinition(typed)));
    expect(minutes).toContain('Căn cứ Quyết định số 45/QĐ-UBND ngày 01/09/2025;');
    const destroyed = pdfText(await render('bien-ban-huy-qd.pdf', destructionMinutesDefinition(typed)));
    expect(destroyed).toContain('Căn cứ Quyết định số 52/QĐ-UBND ngày');
    expect(destroyed).not.toContain('số Quyết định');
  });

  it('the destruction minutes name the decision, the count and how; those present are written in by hand; both sides sign and seal', async () => {
    const text = pdfText(await render('bien-ban-huy.pdf', destructionMinutesDefinition({ ...appraisal, summary: { ...appraisal.summary, unsheeted: 1 } })));
    for (const s of ['Về việc hủy tài liệu hết giá trị', 'Căn cứ Quyết định số 52/QĐ-UBND ngày 01 tháng 3 năm 2026 của Chủ tịch UBND xã Thụy Hải', 'Hôm nay, ngày 10 tháng 3 năm 2026, tại Công ty Môi trường đô thị Hưng Yên', 'Đã tiến hành hủy 2 (hai) hồ sơ, tài liệu hết giá trị (75 tờ; 1 hồ sơ chưa ghi số tờ)', 'Hình thức hủy: Nghiền bột giấy.', 'Chức vụ, đơn vị', 'ĐẠI DIỆN ĐƠN VỊ THỰC HIỆN HỦY', 'ĐẠI DIỆN CƠ QUAN CÓ TÀI LIỆU HỦY', '(Ký, ghi rõ họ tên, đóng dấu)'])
      expect(text).toContain(s);
    // The council's members are not listed as if they were there.
    expect(text).not.toContain('Nhiệm vụ trong Hội đồng');
  });

  it('the list of every dossier destroyed: each with its decision and day, the count and sheets, dated and signed; none yet says so', async () => {
    const row = (i: number, decision: string, day: string, sheets: string) => ({ file: `ML 2 · HS ${i}`, title: `Hồ sơ cấp giấy xác nhận tình trạng hôn nhân năm 2015, tập ${i}`, period: '2015', retention: '10 năm', sheets, decision, destroyedOn: day });
    const file = await render('danh-sach-da-huy.pdf', destroyedListDefinition({
      unit, date: new Date(2028, 2, 20), preparer: 'Nguyễn Thị Lan',
      rows: [row(1, 'Số 12/QĐ-UBND\nngày 05/03/2027', '10/03/2027', '30'), row(2, 'Số 12/QĐ-UBND\nngày 05/03/2027', '10/03/2027', ''), row(3, 'Số 07/QĐ-UBND\nngày 02/03/2028', '15/03/2028', '45')],
    }));
    const text = pdfText(file);
    for (const s of ['DANH SÁCH HỒ SƠ, TÀI LIỆU ĐÃ HỦY', '(tính đến ngày 20 tháng 3 năm 2028)', 'Quyết định hủy', 'Ngày hủy', 'ML 2 · HS 3', 'Số 07/QĐ-UBND ngày 02/03/2028 15/03/2028', 'Danh sách này gồm 3 (ba) hồ sơ, tài liệu đã hủy, 75 tờ (1 hồ sơ chưa ghi số tờ).', 'Thụy Hải, ngày 20 tháng 3 năm 2028', 'NGƯỜI LẬP', 'Nguyễn Thị Lan'])
      expect(text).toContain(s);
    expectTinosOnly(file);
    const none = pdfText(await render('danh-sach-da-huy-trong.pdf', destroyedListDefinition({ unit, date: new Date(2028, 2, 20), rows: [] })));
    expect(none).toContain('Chưa có hồ sơ nào bị hủy.');
    expect(none).toContain('Danh sách này gồm 0 (không) hồ sơ');
  });
});

describe('loans', () => {
  it('the request slip for a certified copy', async () => {
    const file = await render('phieu-yeu-cau.pdf', loanSlipDefinition({ unit, requesterName: 'Lê Thị Hoa', organisation: '', idDocument: 'CCCD 034190002222', purpose: 'Làm thủ tục thừa kế', form: 'certified-copy', copies: 2, approvedBy: 'Vũ Văn Hùng', requestDate: new Date(2026, 0, 5), loanDate: new Date(2026, 0, 5), dueDate: new Date(2026, 0, 12), lines: [{ file: 'ML 1 · HS 3', title: 'Hồ sơ giao đất năm 2015', documents: 'Quyết định số 15/QĐ-UBND' }] }));
    const text = pdfText(file);
    for (const s of ['PHIẾU YÊU CẦU SAO VÀ CHỨNG THỰC TÀI LIỆU LƯU TRỮ', 'Họ và tên người yêu cầu: Lê Thị Hoa', 'Giấy tờ tùy thân: CCCD 034190002222', 'Hình thức khai thác: Sao và chứng thực tài liệu; số bản sao: 2', 'Quyết định số 15/QĐ-UBND', 'hạn trả: 12 tháng 01 năm 2026', 'NGƯỜI YÊU CẦU', 'NGƯỜI DUYỆT'])
      expect(text).toContain(s);
    expectTinosOnly(file);
  });

  it('the request slip carries the request’s number, and the approver’s position over the signature, the name under it', async () => {
    const file = await render('phieu-yeu-cau-so.pdf', loanSlipDefinition({ unit, requesterName: 'Lê Thị Hoa', organisation: '', idDocument: 'CCCD 034190002222', purpose: 'Làm thủ tục thừa kế', form: 'read', copies: 0, approvedBy: 'Vũ Văn Hùng, Chủ tịch', number: 5, requestDate: new Date(2026, 0, 5), loanDate: new Date(2026, 0, 5), dueDate: new Date(2026, 0, 12), lines: [{ file: 'ML 1 · HS 3', title: 'Hồ sơ giao đất năm 2015', documents: '' }] }));
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Số: 05');
    expect(text).toContain('NGƯỜI DUYỆT CHỦ TỊCH (Ký, ghi rõ họ tên) Vũ Văn Hùng');
    expect(text).not.toContain('Vũ Văn Hùng, Chủ tịch');
  });

  it('the register of use of a year: landscape, numbered columns, header on every page', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ loanDate: '05/03/2025', requester: `Trần Văn Nam ${i + 1}, CCCD 0340900011${String(i).padStart(2, '0')}`, purpose: 'Tra cứu hồ sơ đất đai', dossiers: 'ML 2 · HS 4: Hồ sơ giao đất năm 2015', form: 'Đọc tại chỗ', approvedBy: 'Vũ Văn Hùng', dueDate: '06/03/2025', returned: '06/03/2025, nguyên vẹn', note: '' }));
    const file = await render('so-theo-doi.pdf', useRegisterDefinition({ unit, year: 2025, rows: many }));
    const info = pdfInfo(file);
    expect(info.size).toBe('841.89 x 595.28');
    expect(info.pages).toBeGreaterThan(1);
    expect(pdfText(file, info.pages)).toContain('Họ tên, cơ quan, giấy tờ tùy thân');
    expect(pdfText(file)).toContain('Trong năm có 60 lượt khai thác.');
  });

  it('the register of use numbers each row with its request’s number, as the slip has it', async () => {
    const row = { loanDate: '12/01/2026', requester: 'Lê Thị Hoa', purpose: 'Tra cứu', dossiers: 'ML 1 · HS 1', form: 'Đọc tại chỗ', approvedBy: 'Vũ Văn Hùng', dueDate: '13/01/2026', returned: '', note: '' };
    const file = await render('so-theo-doi-so.pdf', useRegisterDefinition({ unit, year: 2026, rows: [{ ...row, number: 3 }, { ...row, loanDate: '15/01/2026', number: 1 }] }));
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Số phiếu Ngày khai thác');
    expect(text).toMatch(/3 12\/01\/2026 Lê Thị Hoa.* 1 15\/01\/2026 Lê Thị Hoa/);
  });
});

describe('statistics report', () => {
  it('a unit’s report: forms with their numbers and titles as data, the figures, draft marked', async () => {
    const forms = DEFAULT_STAT_FORMS.map((f) => (f.key === 'documents' ? { ...f, number: '0901.N/BNV-VTLT' } : f));
    const file = await render('bao-cao-thong-ke.pdf', statisticsReportDefinition({ unit, year: 2025, date: new Date(2026, 0, 20), columns: ['Số liệu'], sections: reportSections(forms, [{ ...SEED_2025, staffTotal: 2, storageArea: 24.5 }]), draft: true, preparer: 'Nguyễn Thị Lan' }));
    const text = pdfText(file);
    for (const s of ['BÁO CÁO THỐNG KÊ CÔNG TÁC VĂN THƯ, LƯU TRỮ NĂM 2025', '(Kỳ báo cáo: từ ngày 01/01/2025 đến ngày 31/12/2025)', 'BẢN NHÁP', 'Biểu số 0901.N/BNV-VTLT: Số lượng văn bản đi, văn bản đến', 'Văn bản đến văn bản 6', 'Quy ra mét giá mét 0,25', 'Tài liệu tồn đọng chưa chỉnh lý mét 8,5', 'Diện tích kho lưu trữ m² 24,5', 'Biểu số 0810.N/BNV-VTLT', 'Người khai thác người 2', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ'])
      expect(text).toContain(s);
    expect(pdfInfo(file).size).toBe('595.28 x 841.89');
    expectTinosOnly(file);
  });

  it('signed by the head as the office signs; with no title set, the report’s own “THỦ TRƯỞNG ĐƠN VỊ”', async () => {
    const sections = reportSections(DEFAULT_STAT_FORMS, [SEED_2025]);
    const signed = pdfText(await render('bao-cao-ky.pdf', statisticsReportDefinition({ unit: { ...unit, head: { title: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', name: 'Trần Văn Bình' } }, year: 2025, date: new Date(2026, 0, 20), columns: ['Số liệu'], sections, draft: false, preparer: 'Nguyễn Thị Lan' })));
    expect(signed).toContain('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Ký tên, đóng dấu)');
    expect(signed).toContain('Trần Văn Bình');
    const plain = pdfText(await render('bao-cao-chung.pdf', statisticsReportDefinition({ unit: { ...unit, head: { title: '', name: '' } }, year: 2025, date: new Date(2026, 0, 20), columns: ['Số liệu'], sections, draft: false })));
    expect(plain).toContain('THỦ TRƯỞNG ĐƠN VỊ (Ký tên, đóng dấu)');
  });

  it('the upper level’s report side by side with a total column, landscape', async () => {
    const a = { ...SEED_2025 };
    const b = { ...SEED_2025, incomingDocs: 10, holdingMetres: 1.5 };
    const file = await render('bao-cao-tong-hop.pdf', statisticsReportDefinition({ unit: { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: 'Sở Nội vụ tỉnh Hưng Yên', place: 'Hưng Yên' }, year: 2025, date: new Date(2026, 1, 10), columns: ['UBND xã Thụy Hải', 'UBND xã Thụy Xuân', 'Tổng cộng'], sections: reportSections(DEFAULT_STAT_FORMS, [a, b, totalValues([a, b])]), draft: false }));
    const text = pdfText(file);
    expect(pdfInfo(file).size).toBe('841.89 x 595.28');
    expect(text).toContain('Văn bản đến văn bản 6 10 16');
    expect(text).toContain('Quy ra mét giá mét 0,25 1,5 1,75');
    expect(text).not.toContain('BẢN NHÁP');
  });

  it('a province’s report of 30 communes: a part of the units per landscape page, each part with the headings and every form, the total and the signatures at the end', async () => {
    const names = [...vocabulary.communes.slice(0, 29).map((c) => `UBND xã ${c}`), 'UBND thị trấn Diêm Điền'];
    const values = names.map((_, i) => ({ ...SEED_2025, incomingDocs: 101 + i }));
    const file = await render('bao-cao-30-xa.pdf', statisticsReportDefinition({ unit: { name: 'Lưu trữ lịch sử tỉnh Thái Bình', parentName: 'Sở Nội vụ tỉnh Thái Bình', place: 'Thái Bình' }, year: 2025, date: new Date(2026, 1, 10), columns: [...names, 'Tổng cộng'], sections: reportSections(DEFAULT_STAT_FORMS, [...values, totalValues(values)]), draft: false }));
    const { pages, size } = pdfInfo(file);
    expect(size).toBe('841.89 x 595.28');
    const texts = Array.from({ length: pages }, (_, p) => pdfText(file, p + 1));
    // Every page says which part it is, on each page of a part: 8 units a page, the last 6 with the total.
    const part = texts.map((t) => Number(/Báo cáo thống kê năm 2025 — Phần (\d)\/4: đơn vị/.exec(t)?.[1]));
    expect(part).toEqual([...part].sort());
    expect([...new Set(part)]).toEqual([1, 2, 3, 4]);
    expect(texts[part.indexOf(2)]).toContain('Phần 2/4: đơn vị 9–16 (trong tổng số 30 đơn vị)');
    expect(texts.at(-1)).toContain('Phần 4/4: đơn vị 25–30 (trong tổng số 30 đơn vị) và cột Tổng cộng');
    const partText = (k: number) => texts.filter((_, p) => part[p] === k).join(' ');
    for (const k of [1, 2, 3, 4]) {
      for (const s of ['STT Chỉ tiêu Đơn vị tính', ...DEFAULT_STAT_FORMS.map((f) => `Biểu số ${f.number}: ${f.title}`), 'Văn bản đến văn bản', 'Diện tích kho lưu trữ m²'])
        expect(partText(k)).toContain(s);
    }
    // Each unit's name heads its column on its part's pages only.
    names.forEach((name, i) => expect(new Set(part.filter((_, p) => texts[p]!.includes(name)))).toEqual(new Set([Math.floor(i / 8) + 1])));
    expect(partText(1)).toContain('Văn bản đến văn bản 101 102 103 104 105 106 107 108 ');
    expect(partText(4)).toContain('Văn bản đến văn bản 125 126 127 128 129 130 3.465 ');
    expect(texts.map((t) => t.includes('Tổng cộng'))).toEqual(part.map((k) => k === 4));
    expect(texts.map((t) => t.includes('NGƯỜI LẬP BIỂU'))).toEqual(texts.map((_, p) => p === pages - 1));
    expect(texts.at(-1)).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expectTinosOnly(file);
  });

  it('a unit’s own report stays one column on portrait pages, with no parts', async () => {
    const file = await render('bao-cao-mot-xa.pdf', statisticsReportDefinition({ unit, year: 2025, date: new Date(2026, 0, 20), columns: ['Số liệu'], sections: reportSections(DEFAULT_STAT_FORMS, [SEED_2025]), draft: false }));
    expect(pdfInfo(file)).toEqual({ pages: 2, size: '595.28 x 841.89' });
    expect(pdfText(file)).not.toContain('Phần 1');
  });
});

describe('inventory foreword', () => {
  it('the fonds history prints as the inventory’s foreword', async () => {
    const text = pdfText(await render('muc-luc-loi-noi-dau.pdf', dossierInventoryDefinition({ unit, fonds: { name: 'Phông lưu trữ UBND xã Thụy Hải', number: '15' }, inventoryNumber: 1, fromYear: 2025, toYear: 2025, sections: [{ heading: '', rows: rows(3) }], options: { foreword: ['Đơn vị hình thành phông: UBND xã Thụy Hải (1990 – 30/06/2025).', 'Tài liệu được chỉnh lý năm 2020.'] } })));
    expect(text).toMatch(/LỜI NÓI ĐẦU Đơn vị hình thành phông: UBND xã Thụy Hải \(1990 – 30\/06\/2025\)\. Tài liệu được chỉnh lý năm 2020\..*Số TT/);
  });
});
