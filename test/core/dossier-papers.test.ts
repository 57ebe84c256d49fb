// The papers of one closed dossier, as its drawer prints them: the cover keeps the file's số, ký hiệu
// of the plan once numbered, and the closing certificate says its sheets, its list's sheet, the day
// it was closed and who keeps it.
import { describe, expect, it } from 'vitest';
import { closingOf, coverOf, paperCode } from '../../renderer/src/features/dossiers/dossier-papers';
import { closingCertificateDefinition } from '../../renderer/src/pdf/definitions/closing-certificate';
import { closingLinesOf, DEFAULT_CLOSING_LINES, unclosedBrace, unknownClosingPlaceholders } from '../../renderer/src/core/dossiers/closing-text';
import type { Dossier } from '../../renderer/src/core/dossiers/types';
import { pdfText, pdfWriter, expectTinosOnly } from '../helpers/pdf';

const render = pdfWriter('luutru-dossier-papers-');
const dossier = {
  id: 'd1', origin: 'u', clock: '', deleted: false, changedBy: 'Cán bộ', unitId: 'u', fondsId: 'f', year: 2026, heading: 'I. TỔNG HỢP', headingCode: 'TH',
  notation: '03.TH', title: 'Hồ sơ hội nghị tổng kết công tác năm 2026', retention: 'permanent', keeper: 'Nguyễn Thị Lan', status: 'closed', closedAt: '2026-12-05',
  startDate: '2026-01-05', endDate: '2026-11-20', sheetCount: 35, inventoryNumber: 1, fileNumber: 9, access: 'open', language: 'Tiếng Việt', condition: 'Tốt', note: '', source: 'plan',
} as unknown as Dossier;
const docs = [{ ordinal: 1, number: '01/KH-UBND', date: '05/01/2026', author: 'UBND xã Thụy Hải', summary: 'Kế hoạch tổ chức hội nghị', sheets: '1-20', note: '', linked: false }];

describe("one closed dossier's papers", () => {
  it('cover and certificate name the file by its số, ký hiệu; a backlog file by its archive code', () => {
    expect(coverOf(dossier, { name: 'Ủy ban nhân dân xã Thụy Hải', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên' }, { number: '15' }, docs)).toMatchObject({ code: '03.TH', from: '05/01/2026', to: '20/11/2026', sheets: 35, fondsNumber: '15', inventoryNumber: 1, fileNumber: 9, docs });
    expect(paperCode({ notation: '', inventoryNumber: 1, fileNumber: 9 }, '15')).toBe('15.1.9');
    // Ends known only to the month or the year print so ("01/03/2025" was printed for "3/2025").
    expect(coverOf({ ...dossier, startDate: '2025-03-01', startPrecision: 'month', endDate: '2026-01-01', endPrecision: 'year' } as Dossier, undefined, { number: '' }, [])).toMatchObject({ from: '03/2025', to: '2026' });
    // Numbered, a file of the plan is also named by where it is shelved (it was named by its số, ký hiệu alone).
    expect(closingOf(dossier, { number: '15' }, docs)).toEqual({ code: '03.TH', shelved: { fondsNumber: '15', inventoryNumber: 1, fileNumber: 9 }, title: dossier.title, sheets: 35, listSheets: 1, features: '', closedOn: '2026-12-05', preparer: 'Nguyễn Thị Lan' });
    expect(closingOf({ ...dossier, inventoryNumber: undefined, fileNumber: undefined } as Dossier, { number: '15' }, docs).shelved).toBeUndefined();
    // A backlog file is named by its archive code already: said once.
    const backlog = closingOf({ ...dossier, notation: '' } as Dossier, { number: '15' }, docs);
    expect([backlog.code, backlog.shelved]).toEqual(['15.1.9', undefined]);
    // Its fonds without a number yet: named by where it is shelved (the code read "….1.9").
    const unnumberedFonds = closingOf({ ...dossier, notation: '' } as Dossier, { number: '' }, docs);
    expect([unnumberedFonds.code, unnumberedFonds.shelved]).toEqual(['', { fondsNumber: '', inventoryNumber: 1, fileNumber: 9 }]);
    expect(closingOf({ ...dossier, condition: 'Có 2 tờ bị rách' }, { number: '15' }, []).listSheets).toBeUndefined();
    // Not closed: no day (the certificate leaves dots to write it by hand).
    expect(closingOf({ ...dossier, closedAt: undefined } as Dossier, { number: '15' }, docs).closedOn).toBeUndefined();
  });

  it('prints the closing certificate with the sheets in words, the date and the keeper', async () => {
    const file = await render('chung-tu.pdf', closingCertificateDefinition({ agencyName: 'Ủy ban nhân dân xã Thụy Hải', dossiers: [closingOf(dossier, { number: '15' }, docs)] }));
    const text = pdfText(file);
    for (const s of ['CHỨNG TỪ KẾT THÚC', 'Hồ sơ: 03.TH', '(Phông số 15, mục lục số 1, hồ sơ số 9)', 'Hồ sơ này gồm có: 35 tờ (viết bằng chữ: Ba mươi lăm tờ),', 'được đánh số từ tờ 01 đến tờ 35.', 'Mục lục văn bản: 01 tờ.', 'Ngày 05 tháng 12 năm 2026', 'Nguyễn Thị Lan']) expect(text).toContain(s);
    // A fonds without its number yet: the inventory and the file.
    const unnumbered = await render('chung-tu-khong-so-phong.pdf', closingCertificateDefinition({ agencyName: 'Ủy ban nhân dân xã Thụy Hải', dossiers: [closingOf(dossier, { number: '' }, docs)] }));
    expect(pdfText(unnumbered)).toContain('(Mục lục số 1, hồ sơ số 9)');
    const backlog = await render('chung-tu-chinh-ly.pdf', closingCertificateDefinition({ agencyName: 'Ủy ban nhân dân xã Thụy Hải', dossiers: [closingOf({ ...dossier, notation: '' } as Dossier, { number: '' }, docs)] }));
    expect(pdfText(backlog)).toContain('Hồ sơ: Mục lục số 1, hồ sơ số 9');
    expect(pdfText(backlog)).not.toContain('….1.9');
    expectTinosOnly(file);
  });

  it('prints the office’s own wording, its pages where a line names them, dots where the file has none', async () => {
    const lines = closingLinesOf([DEFAULT_CLOSING_LINES[0], '  Số trang: {pages} trang.  ', '', DEFAULT_CLOSING_LINES[1]]);
    expect(lines).toEqual([DEFAULT_CLOSING_LINES[0], 'Số trang: {pages} trang.', DEFAULT_CLOSING_LINES[1]]);
    // The usual lines typed back, or none, are the usual wording.
    expect([closingLinesOf([...DEFAULT_CLOSING_LINES, ' ']), closingLinesOf(['', ' '])]).toEqual([[], []]);
    expect(closingOf({ ...dossier, pageCount: 70 } as Dossier, { number: '15' }, docs).pages).toBe(70);
    const file = await render('chung-tu-trang.pdf', closingCertificateDefinition({ agencyName: 'Ủy ban nhân dân xã Thụy Hải', lines, dossiers: [closingOf({ ...dossier, pageCount: 70 } as Dossier, { number: '15' }, docs), closingOf(dossier, { number: '15' }, docs)] }));
    expect(pdfText(file, 1)).toContain('Hồ sơ này gồm có: 35 tờ (viết bằng chữ: Ba mươi lăm tờ), Số trang: 70 trang. được đánh số từ tờ 01 đến tờ 35.');
    expect(pdfText(file, 1)).not.toContain('Mục lục văn bản');
    expect(pdfText(file, 2)).toContain('Số trang: ………… trang.');
  });

  it('a name in braces the app does not know is found, each once (it would print as dots)', () => {
    expect(unknownClosingPlaceholders(DEFAULT_CLOSING_LINES)).toEqual([]);
    expect(unknownClosingPlaceholders(['Gồm {sheet} tờ, {số trang} trang', '{sheet} {pages}'])).toEqual(['{sheet}', '{số trang}']);
    // A brace left open, closed twice or doubled (an i18next habit) prints as typed: found.
    expect(['Gồm {sheets tờ', 'Gồm {sheets}} tờ', 'Gồm {{sheets}} tờ', 'Gồm } tờ'].map(unclosedBrace)).toEqual([true, true, true, true]);
    expect(DEFAULT_CLOSING_LINES.some(unclosedBrace)).toBe(false);
  });

  it('heads the certificate with the parent body over the office, and dates it at the office’s place, as the other forms', async () => {
    const file = await render('chung-tu-noi.pdf', closingCertificateDefinition({ agencyName: 'Ủy ban nhân dân xã Thụy Hải', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên', place: 'Thụy Hải', dossiers: [closingOf(dossier, { number: '15' }, docs), closingOf({ ...dossier, closedAt: '2026-02-05' } as Dossier, { number: '15' }, docs), { ...closingOf(dossier, { number: '15' }, docs), closedOn: undefined }] }));
    const text = pdfText(file).replace(/\s+/g, ' ');
    // The forms' own date line: a zero before months 1–2 only (NĐ 30 Phụ lục I).
    for (const s of ['ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN ỦY BAN NHÂN DÂN XÃ THỤY HẢI', 'Thụy Hải, ngày 05 tháng 12 năm 2026', 'Thụy Hải, ngày 05 tháng 02 năm 2026', 'Thụy Hải, ngày …… tháng …… năm ……']) expect(text).toContain(s);
  });
});
