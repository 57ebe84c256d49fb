// Document types and abbreviations of Phụ lục III, and số/ký hiệu (Phụ lục I §II.3):
// building "15/QĐ-UBND", and reading back what clerks type or spreadsheets hold.
import { describe, expect, it } from 'vitest';
import {
  abbrForTypeName,
  COPY_TYPES,
  copyTypeByAbbr,
  DOCUMENT_TYPES,
  documentTypeByAbbr,
  documentTypeByCode,
  documentTypeByName,
  splitTypeAndSummary,
} from '../../renderer/src/core/registers/doc-types';
import {
  buildNotation,
  buildSymbol,
  joinNumberNotation,
  parseNotation,
  parseSymbol,
  oddDocumentNumber,
  oddNotationChars,
  type NotationParts,
} from '../../renderer/src/core/registers/notation';

/** Phụ lục III, NĐ 30/2020, typed from the decree (docs reference §1.2), in the order of Art. 7. */
const PHU_LUC_III: readonly [name: string, abbr: string | null][] = [
  ['Nghị quyết', 'NQ'],
  ['Quyết định', 'QĐ'],
  ['Chỉ thị', 'CT'],
  ['Quy chế', 'QC'],
  ['Quy định', 'QyĐ'],
  ['Thông cáo', 'TC'],
  ['Thông báo', 'TB'],
  ['Hướng dẫn', 'HD'],
  ['Chương trình', 'CTr'],
  ['Kế hoạch', 'KH'],
  ['Phương án', 'PA'],
  ['Đề án', 'ĐA'],
  ['Dự án', 'DA'],
  ['Báo cáo', 'BC'],
  ['Biên bản', 'BB'],
  ['Tờ trình', 'TTr'],
  ['Hợp đồng', 'HĐ'],
  ['Công văn', null],
  ['Công điện', 'CĐ'],
  ['Bản ghi nhớ', 'BGN'],
  ['Bản thỏa thuận', 'BTT'],
  ['Giấy ủy quyền', 'GUQ'],
  ['Giấy mời', 'GM'],
  ['Giấy giới thiệu', 'GGT'],
  ['Giấy nghỉ phép', 'GNP'],
  ['Phiếu gửi', 'PG'],
  ['Phiếu chuyển', 'PC'],
  ['Phiếu báo', 'PB'],
  ['Thư công', null],
];

describe('document types of Phụ lục III', () => {
  it('has exactly the 29 types of Art. 7, in the decree order, 27 of them with an abbreviation', () => {
    expect(DOCUMENT_TYPES.map((t) => [t.name, t.abbr])).toEqual(PHU_LUC_III);
    expect(new Set(DOCUMENT_TYPES.map((t) => t.code)).size).toBe(29);
    const abbrs = DOCUMENT_TYPES.flatMap((t) => (t.abbr ? [t.abbr] : []));
    expect(abbrs).toHaveLength(27);
    expect(new Set(abbrs).size).toBe(27);
  });

  it.each(PHU_LUC_III)('%s → %s', (name, abbr) => {
    expect(documentTypeByName(name)?.abbr).toBe(abbr);
    expect(abbrForTypeName(name)).toBe(abbr);
    if (abbr) expect(documentTypeByAbbr(abbr)?.name).toBe(name);
  });

  it('every code resolves to its own type', () => {
    for (const t of DOCUMENT_TYPES) expect(documentTypeByCode(t.code)).toBe(t);
  });

  it.each<[typed: string, expected: string | undefined]>([
    ['qđ', 'Quyết định'],
    ['QĐ', 'Quyết định'],
    ['QYĐ', 'Quy định'],
    ['qyđ', 'Quy định'],
    ['ttr', 'Tờ trình'],
    ['CTR', 'Chương trình'],
    [' KH ', 'Kế hoạch'],
    ['HD', 'Hướng dẫn'],
    ['HĐ', 'Hợp đồng'],
    ['DA', 'Dự án'],
    ['ĐA', 'Đề án'],
    ['TC', 'Thông cáo'],
    // the common mistakes named in the reference: there is no CV for công văn
    ['CV', undefined],
    ['', undefined],
  ])('documentTypeByAbbr(%j) → %s', (typed, expected) => {
    expect(documentTypeByAbbr(typed)?.name).toBe(expected);
  });

  it.each<[typed: string, expected: string | undefined]>([
    ['Quyết định', 'Quyết định'],
    ['quyet dinh', 'Quyết định'],
    ['QUYẾT ĐỊNH', 'Quyết định'],
    ['Quyết định (cá biệt)', 'Quyết định'],
    ['Quyết định'.normalize('NFD'), 'Quyết định'],
    ['  Giấy   ủy quyền ', 'Giấy ủy quyền'],
    ['Giấy uỷ quyền', 'Giấy ủy quyền'],
    ['Quy dinh', 'Quy định'],
    ['Văn bản', undefined],
  ])('documentTypeByName(%j) → %s', (typed, expected) => {
    expect(documentTypeByName(typed)?.name).toBe(expected);
  });

  it('copies: SY, TrS, SL in any case', () => {
    expect(COPY_TYPES.map((c) => [c.name, c.abbr])).toEqual([
      ['Bản sao y', 'SY'],
      ['Bản trích sao', 'TrS'],
      ['Bản sao lục', 'SL'],
    ]);
    expect(copyTypeByAbbr('trs')?.name).toBe('Bản trích sao');
    expect(copyTypeByAbbr('sy')?.name).toBe('Bản sao y');
    expect(copyTypeByAbbr('QĐ')).toBeUndefined();
  });
});

describe('buildNotation / buildSymbol', () => {
  it.each<{ parts: NotationParts; expected: string }>([
    { parts: { number: 15, typeAbbr: 'QĐ', issuerAbbr: 'UBND' }, expected: '15/QĐ-UBND' },
    { parts: { number: 5, typeAbbr: 'QĐ', issuerAbbr: 'UBND' }, expected: '05/QĐ-UBND' },
    { parts: { number: 5, typeAbbr: null, issuerAbbr: 'UBND', unitSuffix: 'VP' }, expected: '05/UBND-VP' },
    { parts: { number: 12, issuerAbbr: 'UBND', unitSuffix: 'VX' }, expected: '12/UBND-VX' },
    { parts: { number: 3, typeAbbr: 'QyĐ', issuerAbbr: 'HĐND' }, expected: '03/QyĐ-HĐND' },
    { parts: { number: 1, typeAbbr: 'NQ', issuerAbbr: 'HĐND' }, expected: '01/NQ-HĐND' },
    { parts: { number: 7, typeAbbr: 'SY', issuerAbbr: 'UBND' }, expected: '07/SY-UBND' },
    { parts: { number: 124, typeAbbr: 'TB', issuerAbbr: 'UBND' }, expected: '124/TB-UBND' },
    { parts: { number: 12, typeAbbr: null, issuerAbbr: 'UBND' }, expected: '12/UBND' },
    // a number given as text is written as the clerk wrote it
    { parts: { number: ' 015 ', typeAbbr: 'QĐ', issuerAbbr: 'UBND' }, expected: '015/QĐ-UBND' },
    // no spaces inside the symbol; NFD abbreviation comes out NFC
    { parts: { number: 2, typeAbbr: 'Q Đ', issuerAbbr: 'HĐND'.normalize('NFD') }, expected: '02/QĐ-HĐND' },
  ])('$expected', ({ parts, expected }) => {
    const built = buildNotation(parts);
    expect(built).toBe(expected);
    expect(built).toBe(built.normalize('NFC'));
  });

  it.each<[Parameters<typeof buildSymbol>[0], string]>([
    [{ typeAbbr: 'QĐ', issuerAbbr: 'UBND' }, 'QĐ-UBND'],
    [{ typeAbbr: null, issuerAbbr: 'UBND', unitSuffix: 'VP' }, 'UBND-VP'],
    [{ issuerAbbr: 'UBND' }, 'UBND'],
    [{ typeAbbr: 'TTr', issuerAbbr: 'UBND', unitSuffix: '' }, 'TTr-UBND'],
  ])('buildSymbol(%j) → %s', (parts, expected) => {
    expect(buildSymbol(parts)).toBe(expected);
  });

  it.each<[number: string | number, notation: string, expected: string]>([
    ['15', 'QĐ-UBND', '15/QĐ-UBND'],
    [5, 'UBND-VP', '05/UBND-VP'],
    ['', 'QĐ-UBND', 'QĐ-UBND'],
    ['15', '', '15'],
    ['', '', ''],
    [' 15 ', ' QĐ-UBND ', '15/QĐ-UBND'],
  ])('joinNumberNotation(%j, %j) → %j', (number, notation, expected) => {
    expect(joinNumberNotation(number, notation)).toBe(expected);
  });
});

describe('parseNotation of what people type', () => {
  type Expect = {
    number: string;
    numberValue?: number;
    notation: string;
    typeName?: string;
    typeAbbr?: string;
    issuerAbbr?: string;
    unitSuffix?: string;
    year?: number;
    isCopy?: boolean;
  };
  it.each<[raw: string, expected: Expect]>([
    ['15/QĐ-UBND', { number: '15', numberValue: 15, notation: 'QĐ-UBND', typeName: 'Quyết định', typeAbbr: 'QĐ', issuerAbbr: 'UBND' }],
    ['Số: 15/QĐ-UBND', { number: '15', numberValue: 15, notation: 'QĐ-UBND', typeName: 'Quyết định', issuerAbbr: 'UBND' }],
    ['SỐ: 15/QĐ-UBND', { number: '15', notation: 'QĐ-UBND', typeName: 'Quyết định' }],
    ['Số:15/QĐ-UBND', { number: '15', notation: 'QĐ-UBND', typeName: 'Quyết định' }],
    ['So 15/QĐ-UBND', { number: '15', notation: 'QĐ-UBND', typeName: 'Quyết định' }],
    [' số 15 / qđ-ubnd ', { number: '15', numberValue: 15, notation: 'QĐ-UBND', typeName: 'Quyết định', issuerAbbr: 'UBND' }],
    ['Số: 15/QĐ-UBND'.normalize('NFD'), { number: '15', notation: 'QĐ-UBND', typeName: 'Quyết định' }],
    ['15／QĐ-UBND', { number: '15', notation: 'QĐ-UBND', typeName: 'Quyết định' }],
    ['15∕QĐ–UBND', { number: '15', notation: 'QĐ-UBND', typeName: 'Quyết định' }],
    ['15/QĐ - UBND.', { number: '15', notation: 'QĐ-UBND', issuerAbbr: 'UBND' }],
    ['15\u00a0/\u00a0QĐ-UBND', { number: '15', notation: 'QĐ-UBND' }],
    ['015/QĐ-UBND', { number: '015', numberValue: 15, notation: 'QĐ-UBND' }],
    ['15/2024/QĐ-UBND', { number: '15', numberValue: 15, notation: '2024/QĐ-UBND', year: 2024, typeName: 'Quyết định', issuerAbbr: 'UBND' }],
    ['12/UBND-VP', { number: '12', numberValue: 12, notation: 'UBND-VP', typeName: undefined, issuerAbbr: 'UBND', unitSuffix: 'VP' }],
    // Legal normative kinds a commune receives, read in a numbered ký hiệu with its year; without one "TT" is an issuer.
    ['Số: 15/2026/NĐ-CP', { number: '15', notation: '2026/NĐ-CP', year: 2026, typeName: 'Nghị định', typeAbbr: 'NĐ', issuerAbbr: 'CP' }],
    ['15/2026/nd-cp', { number: '15', notation: '2026/NĐ-CP', typeName: 'Nghị định', typeAbbr: 'NĐ', issuerAbbr: 'CP' }],
    ['05/2025/TT-BNV', { number: '05', notation: '2025/TT-BNV', typeName: 'Thông tư', typeAbbr: 'TT', issuerAbbr: 'BNV' }],
    ['01/2024/TTLT-BNV-BTC', { number: '01', notation: '2024/TTLT-BNV-BTC', typeName: 'Thông tư liên tịch', issuerAbbr: 'BNV', unitSuffix: 'BTC' }],
    ['12/TT-VP', { number: '12', notation: 'TT-VP', typeName: undefined, issuerAbbr: 'TT', unitSuffix: 'VP' }],
    ['25/2024/QH15', { number: '25', notation: '2024/QH15', typeName: undefined, issuerAbbr: 'QH15' }],
    ['12/ubnd-vp', { number: '12', notation: 'UBND-VP', issuerAbbr: 'UBND', unitSuffix: 'VP' }],
    ['12/Ubnd-Vp', { number: '12', notation: 'UBND-VP', issuerAbbr: 'UBND', unitSuffix: 'VP' }],
    ['03/QyĐ-HĐND', { number: '03', numberValue: 3, notation: 'QyĐ-HĐND', typeName: 'Quy định', typeAbbr: 'QyĐ', issuerAbbr: 'HĐND' }],
    ['03/QYĐ-HĐND', { number: '03', notation: 'QyĐ-HĐND', typeName: 'Quy định', typeAbbr: 'QyĐ' }],
    ['07/TTr-UBND', { number: '07', notation: 'TTr-UBND', typeName: 'Tờ trình', typeAbbr: 'TTr' }],
    ['07/ttr-ubnd', { number: '07', notation: 'TTr-UBND', typeName: 'Tờ trình', typeAbbr: 'TTr' }],
    // Phụ lục III distinguishes HD (Hướng dẫn) from HĐ (Hợp đồng), DA (Dự án) from ĐA (Đề án)
    ['04/HD-UBND', { number: '04', notation: 'HD-UBND', typeName: 'Hướng dẫn', typeAbbr: 'HD' }],
    ['04/HĐ-UBND', { number: '04', notation: 'HĐ-UBND', typeName: 'Hợp đồng', typeAbbr: 'HĐ' }],
    ['04/hđ-ubnd', { number: '04', notation: 'HĐ-UBND', typeName: 'Hợp đồng', typeAbbr: 'HĐ' }],
    ['02/DA-UBND', { number: '02', notation: 'DA-UBND', typeName: 'Dự án', typeAbbr: 'DA' }],
    ['02/ĐA-UBND', { number: '02', notation: 'ĐA-UBND', typeName: 'Đề án', typeAbbr: 'ĐA' }],
    // typed without Vietnamese marks: unambiguous abbreviations are still recognised
    ['15/QD-UBND', { number: '15', notation: 'QĐ-UBND', typeName: 'Quyết định', typeAbbr: 'QĐ', issuerAbbr: 'UBND' }],
    ['So 3/qyd-hdnd', { number: '3', notation: 'QyĐ-HDND', typeName: 'Quy định', issuerAbbr: 'HDND' }],
    ['09/SY-UBND', { number: '09', notation: 'SY-UBND', typeAbbr: 'SY', isCopy: true, typeName: undefined, issuerAbbr: 'UBND' }],
    ['09/trs-ubnd', { number: '09', notation: 'TrS-UBND', typeAbbr: 'TrS', isCopy: true }],
    ['QĐ-UBND', { number: '', notation: 'QĐ-UBND', typeName: 'Quyết định', issuerAbbr: 'UBND' }],
    ['15', { number: '15', numberValue: 15, notation: '' }],
    // a printed form whose number is still blank
    ['Số:     /QĐ-UBND', { number: '', notation: 'QĐ-UBND', typeName: 'Quyết định', issuerAbbr: 'UBND' }],
    ['Số:', { number: '', notation: '' }],
    ['15a/QĐ-UBND', { number: '15a', notation: 'QĐ-UBND' }],
    // An incoming ký hiệu is copied as written: a group with a capital in it keeps its case ("TTg" of Thủ tướng became "TTG");
    // one typed all in small letters is put in capitals.
    ['45/TTg-KGVX', { number: '45', notation: 'TTg-KGVX', issuerAbbr: 'TTg', unitSuffix: 'KGVX' }],
    ['7/QĐ-TTg', { number: '7', notation: 'QĐ-TTg', typeName: 'Quyết định', issuerAbbr: 'TTg' }],
    ['12/ubnd-vp', { number: '12', notation: 'UBND-VP', issuerAbbr: 'UBND', unitSuffix: 'VP' }],
    ['12/Ubnd-Vp', { number: '12', notation: 'UBND-VP', issuerAbbr: 'UBND', unitSuffix: 'VP' }],
    ['', { number: '', notation: '' }],
  ])('%j', (raw, expected) => {
    const p = parseNotation(raw);
    const { typeName, isCopy, ...rest } = expected;
    expect(p).toMatchObject(rest);
    if ('typeName' in expected) expect(p.typeName).toBe(typeName);
    if (p.docType) expect(p.typeName).toBe(p.docType.name);
    expect(p.isCopy).toBe(isCopy ?? false);
    if (!/^\d+$/.test(expected.number)) expect(p.numberValue).toBeUndefined();
  });

  it('names the characters a số, ký hiệu does not hold, each once (said under the field, never refused)', () => {
    expect(oddNotationChars('SNV-VP#@!')).toBe('# @ !');
    expect(oddNotationChars('SNV-VP##')).toBe('#');
    for (const fine of ['QĐ-UBND', '2026/NĐ-CP', 'UBND-VP', 'TTg-KGVX', 'QĐ-UBND (bản sao)', 'KH&ĐT', '01.TCCB', 'QĐ-UBND'.normalize('NFD'), '']) expect(oddNotationChars(fine)).toBe('');
  });

  it('tells a số a paper does not write: in words or with letters, not figures (said under the field, never refused)', () => {
    for (const odd of ['ba mươi', 'O3', '33ab', 'số 15', '1.5']) expect(oddDocumentNumber(odd), odd).toBe(true);
    // Figures, one inserted between two ("15a"), nothing yet, or a whole số, ký hiệu that leaving the field splits.
    for (const fine of ['15', '015', '15a', '15B', '  7 ', '', '15/QĐ-UBND']) expect(oddDocumentNumber(fine), fine).toBe(false);
  });

  it('reads a stored ký hiệu with its year in front as the year, not as a number', () => {
    expect(parseSymbol('2026/NĐ-CP')).toMatchObject({ number: '', year: 2026, notation: '2026/NĐ-CP', typeName: 'Nghị định', issuerAbbr: 'CP' });
    expect(parseSymbol('2024/QĐ-UBND')).toMatchObject({ number: '', year: 2024, typeName: 'Quyết định', issuerAbbr: 'UBND' });
    expect(parseSymbol('2024/QH15')).toMatchObject({ number: '', year: 2024, issuerAbbr: 'QH15' });
    expect(parseSymbol('2024/QH15').typeName).toBeUndefined();
    expect(parseSymbol('QĐ-UBND')).toMatchObject({ number: '', typeName: 'Quyết định' });
    // A whole số, ký hiệu typed in the ký hiệu's box is read whole.
    expect(parseSymbol('15/QĐ-UBND')).toMatchObject({ number: '15', typeName: 'Quyết định' });
  });

  it.each([
    { number: 15, typeAbbr: 'QĐ', issuerAbbr: 'UBND' },
    { number: 5, typeAbbr: null, issuerAbbr: 'UBND', unitSuffix: 'VP' },
    { number: 3, typeAbbr: 'QyĐ', issuerAbbr: 'HĐND' },
    { number: 40, typeAbbr: 'HĐ', issuerAbbr: 'UBND' },
  ] satisfies NotationParts[])('round trip: parseNotation(buildNotation(%j)) gives the parts back', (parts) => {
    const p = parseNotation(buildNotation(parts));
    expect(p.numberValue).toBe(parts.number);
    expect(p.typeAbbr ?? null).toBe(parts.typeAbbr);
    expect(p.issuerAbbr).toBe(parts.issuerAbbr);
    expect(p.unitSuffix).toBe(parts.unitSuffix);
  });
});

describe('splitTypeAndSummary (register cell "Tên loại và trích yếu nội dung")', () => {
  it.each<[cell: string, type: string | undefined, summary?: string]>([
    ['Quyết định về việc phê duyệt kế hoạch', 'Quyết định', 'về việc phê duyệt kế hoạch'],
    ['quyết định về việc phê duyệt', 'Quyết định', 'về việc phê duyệt'],
    ['Quyết định: về việc khen thưởng', 'Quyết định', 'về việc khen thưởng'],
    ['Quyết định về việc'.normalize('NFD'), 'Quyết định', 'về việc'],
    ['Quyết  định   về việc cấp đất', 'Quyết định', 'về việc cấp đất'],
    ['QĐ về việc cấp đất', 'Quyết định', 'về việc cấp đất'],
    ['Quy định về quản lý nghĩa trang', 'Quy định', 'về quản lý nghĩa trang'],
    ['QyĐ về quản lý nghĩa trang', 'Quy định', 'về quản lý nghĩa trang'],
    ['Hướng dẫn thực hiện', 'Hướng dẫn', 'thực hiện'],
    ['HD thực hiện', 'Hướng dẫn', 'thực hiện'],
    ['Hợp đồng thuê khoán', 'Hợp đồng', 'thuê khoán'],
    ['HĐ thuê khoán', 'Hợp đồng', 'thuê khoán'],
    ['Đề án phát triển du lịch', 'Đề án', 'phát triển du lịch'],
    ['Dự án xây dựng đường', 'Dự án', 'xây dựng đường'],
    ['Thông cáo báo chí', 'Thông cáo', 'báo chí'],
    ['Thông báo kết luận', 'Thông báo', 'kết luận'],
    ['Giấy mời họp giao ban', 'Giấy mời', 'họp giao ban'],
    ['TTr đề nghị phê duyệt', 'Tờ trình', 'đề nghị phê duyệt'],
    ['V/v xin ý kiến về quy hoạch', 'Công văn', 'V/v xin ý kiến về quy hoạch'],
    ['v/v báo cáo số liệu', 'Công văn', 'v/v báo cáo số liệu'],
    ['Công văn V/v báo cáo', 'Công văn', 'V/v báo cáo'],
    // a bare type name keeps the cell as summary
    ['Báo cáo', 'Báo cáo', 'Báo cáo'],
    // words that only look like an abbreviation are not one
    ['Kế toán trưởng đề nghị', undefined],
    ['Về việc tăng cường', undefined],
    ['', undefined],
  ])('%j → %s', (cell, type, summary) => {
    const r = splitTypeAndSummary(cell);
    expect(r?.type.name).toBe(type);
    if (summary !== undefined) expect(r?.summary).toBe(summary);
  });
});
