// Export → re-read → map → plan gives back the same register: the .xlsx of a register maps
// itself (its header is the legal form text) and every entry comes back with the values of
// the book. Also the layout of the export and the results table, and the i18n sentences of
// the import codes.
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  detectHeaderRow,
  importableIncoming,
  importableOutgoing,
  planRegisterImport,
  rowsAfterHeader,
  suggestMapping,
  validateMapping,
} from '../../renderer/src/core/register-import';
import type { RegisterImportPlan } from '../../renderer/src/core/register-import';
import { addDays } from '../../renderer/src/core/registers/dates';
import { incomingBook, outgoingBook } from '../../renderer/src/core/registers/register-book';
import { emptyIncomingInput, emptyOutgoingInput } from '../../renderer/src/core/registers/types';
import type { IncomingDocFields, OutgoingDocFields, RegisterFields } from '../../renderer/src/core/registers/types';
import { registerImportEn } from '../../renderer/src/i18n/register-import.en';
import { registerImportVi } from '../../renderer/src/i18n/register-import.vi';
import { loadExcelJs } from '../../renderer/src/spreadsheet/exceljs';
import { readWorkbook } from '../../renderer/src/spreadsheet/read-workbook';
import { registerToXlsx, rowsToXlsx } from '../../renderer/src/spreadsheet/write-workbook';
import { generateIncoming, pick, seededRng, vocab } from '../fixtures/generate';

const UNIT = { name: 'Ủy ban nhân dân xã Thụy Hải', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên' };
const CREATED = new Date(Date.UTC(2026, 0, 2));
const COUNT = 40;

function incomingDocs(): IncomingDocFields[] {
  const rng = seededRng(7);
  return Array.from({ length: COUNT }, (_, i) => {
    const g = generateIncoming(rng, i, COUNT, 2025);
    return {
      ...emptyIncomingInput(g.arrivalDate),
      registerId: 'r-in',
      arrivalNumber: i + 1,
      sender: g.sender,
      number: g.number,
      notation: g.notation,
      documentDate: g.documentDate,
      typeName: g.typeName,
      summary: g.summary.replace(/\bperiod\b/, '2021-2025').replace(/\bterm_roman\b/, 'XXI').replace(/thứ n\b/, 'thứ 3'),
      recipient: g.recipient,
      ...(i % 4 === 0 ? {} : { transferDate: addDays(g.arrivalDate, i % 3) }),
      receivedSignature: i % 3 === 0 ? pick(rng, vocab.people) : '',
      note: i % 7 === 0 ? 'Bản chụp' : '',
    };
  });
}

function outgoingDocs(): OutgoingDocFields[] {
  const rng = seededRng(8);
  return Array.from({ length: COUNT }, (_, i) => {
    const g = generateIncoming(rng, i, COUNT, 2025);
    const abbr = vocab.documentTypes.find((t) => t.name === g.typeName)?.abbr ?? null;
    return {
      ...emptyOutgoingInput(g.arrivalDate),
      registerId: 'r-out',
      number: i + 1,
      notation: abbr ? `${abbr}-UBND` : 'UBND-VP',
      typeName: g.typeName,
      summary: g.summary.replace(/\bperiod\b/, '2021-2025').replace(/\bterm_roman\b/, 'XXI').replace(/thứ n\b/, 'thứ 3'),
      signerPosition: i % 2 ? 'Chủ tịch' : 'Phó Chủ tịch',
      signerName: pick(rng, vocab.people),
      recipients: [pick(rng, vocab.senders), pick(rng, vocab.recipients)],
      retainedCopyHolder: 'Văn thư UBND xã',
      copyCount: 2 + (i % 3),
      ...(i % 5 === 0 ? {} : { transferDate: g.arrivalDate }),
      receivedSignature: '',
      note: i % 6 === 0 ? 'Gửi qua hệ thống quản lý văn bản' : '',
    };
  });
}

async function replan(bytes: Uint8Array, register: Pick<RegisterFields, 'kind' | 'year'>): Promise<RegisterImportPlan> {
  const sheet = (await readWorkbook(bytes)).sheets[0];
  if (!sheet) throw new Error('no sheet');
  const header = detectHeaderRow(sheet.rows);
  if (!header) throw new Error('no header');
  const mapping = suggestMapping(header.headers, header.kind);
  expect(validateMapping(mapping)).toEqual([]);
  return planRegisterImport(rowsAfterHeader(sheet.rows, header), mapping, {
    register: { ...register, status: 'open', secret: false, lastNumber: 0 },
    today: '2026-01-31',
    existingKeys: new Map(),
    usedNumbers: new Set(),
  });
}

describe('register export → import round trip', () => {
  it('gives back the incoming book unchanged', async () => {
    const docs = incomingDocs();
    const book = incomingBook({ firstNumber: 1, lastNumber: COUNT }, docs);
    const bytes = await registerToXlsx(UNIT, { name: 'Sổ đăng ký văn bản đến', year: 2025, kind: 'incoming' }, book, { created: CREATED });
    const plan = await replan(bytes, { kind: 'incoming', year: 2025 });
    expect(plan.totals).toMatchObject({ ok: COUNT, error: 0, duplicate: 0, empty: 1 });
    if (plan.kind !== 'incoming') throw new Error('kind');
    const back = importableIncoming(plan).map((d) => ({ ...d, registerId: 'r-in' }));
    expect(incomingBook({ firstNumber: 1, lastNumber: COUNT }, back).rows).toEqual(book.rows);
    expect(back.map((d) => [d.arrivalNumber, d.sender, d.number, d.notation, d.documentDate])).toEqual(
      docs.map((d) => [d.arrivalNumber, d.sender, d.number, d.notation, d.documentDate]),
    );
  });

  it('gives back the outgoing book unchanged', async () => {
    const book = outgoingBook({ firstNumber: 1, lastNumber: COUNT }, outgoingDocs());
    const bytes = await registerToXlsx(UNIT, { name: 'Sổ đăng ký văn bản đi năm 2025', year: 2025, kind: 'outgoing' }, book, { created: CREATED });
    const plan = await replan(bytes, { kind: 'outgoing', year: 2025 });
    expect(plan.totals).toMatchObject({ ok: COUNT, error: 0, duplicate: 0, empty: 1 });
    if (plan.kind !== 'outgoing') throw new Error('kind');
    const back = importableOutgoing(plan).map((d) => ({ ...d, registerId: 'r-out' }));
    expect(outgoingBook({ firstNumber: 1, lastNumber: COUNT }, back).rows).toEqual(book.rows);
  });

  it('lays out the book: title block, bold bordered Times New Roman header, frozen, dates as dates', async () => {
    const book = incomingBook({ firstNumber: 1, lastNumber: COUNT }, incomingDocs());
    const bytes = await registerToXlsx(UNIT, { name: 'Sổ đăng ký văn bản đến', year: 2025, kind: 'incoming' }, book, { created: CREATED });
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect([1, 2, 4, 5, 6].map((r) => ws.getCell(r, 1).value)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN',
      'ỦY BAN NHÂN DÂN XÃ THỤY HẢI',
      'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
      'Năm 2025',
      `Từ ngày ${book.summary.fromDate} đến ngày ${book.summary.toDate} — từ số 01 đến số ${COUNT}`,
    ]);
    const head = ws.getCell(8, 6);
    expect(head.value).toBe('Tên loại và trích yếu nội dung');
    expect(head.font).toMatchObject({ name: 'Times New Roman', bold: true });
    expect(head.border?.top?.style).toBe('thin');
    expect(ws.getCell(9, 6).value).toBe('(6)');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 9 });
    expect(ws.getColumn(6).width).toBe(46);
    expect(ws.getCell(10, 1).value).toBeInstanceOf(Date);
    expect(ws.getCell(10, 2)).toMatchObject({ value: 1, numFmt: '00' });
    expect(ws.getCell(10, 6).alignment).toMatchObject({ wrapText: true });
  });
});

describe('rowsToXlsx', () => {
  it('writes a results table that reads back with its header and values', async () => {
    const bytes = await rowsToXlsx(
      'Kết quả tìm kiếm: quyết định đất đai',
      ['Sổ', { header: 'Số, ký hiệu', width: 18 }, 'Ngày', 'Trích yếu'],
      [
        ['Sổ đến 2025', '15/QĐ-UBND', new Date(Date.UTC(2025, 2, 5)), 'Quyết định thu hồi đất'],
        ['Sổ đi 2025', '03/UBND-ĐC', null, 'V/v đo đạc đất công ích'],
      ],
      { created: CREATED },
    );
    const sheet = (await readWorkbook(bytes)).sheets[0];
    expect(sheet?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Kết quả tìm kiếm: quyết định đất đai'],
      [],
      ['Sổ', 'Số, ký hiệu', 'Ngày', 'Trích yếu'],
      ['Sổ đến 2025', '15/QĐ-UBND', '05/03/2025', 'Quyết định thu hồi đất'],
      ['Sổ đi 2025', '03/UBND-ĐC', '', 'V/v đo đạc đất công ích'],
    ]);
    expect(sheet?.name).toBe('Kết quả tìm kiếm quyết định đất');
  });
});

describe('register-import catalogues', () => {
  const CODES = [
    'spreadsheet.tooLarge',
    'spreadsheet.unpackedTooLarge',
    'spreadsheet.tooManyRows',
    'spreadsheet.legacyXls',
    'spreadsheet.notXlsx',
    'spreadsheet.unreadable',
    'spreadsheet.sizeMismatch',
    'spreadsheet.empty',
    'registerImport.header.notFound',
    'registerImport.mapping.missing',
    'registerImport.mapping.columnTwice',
    'registerImport.mapping.overlap',
    'registerImport.mapping.unknownField',
    'registerImport.mapping.badColumn',
    'registerImport.mapping.kindMismatch',
    'registerImport.date.invalid',
    'registerImport.date.monthFirst',
    'registerImport.date.tooEarly',
    'registerImport.date.longBefore',
    'registerImport.cell.tooLong',
    'registerImport.cancelled',
    'registerImport.cancelledRow',
    'registerImport.expired',
    'registerImport.number.missing',
    'registerImport.number.invalid',
    'registerImport.number.inRegister',
    'registerImport.number.twiceInFile',
    'registerImport.count.invalid',
    'registerImport.urgency.unknown',
    'registerImport.duplicate.inRegister',
    'registerImport.duplicate.inFile',
  ];

  it('has a sentence for every code in both languages', () => {
    expect(Object.keys(registerImportVi.errors).sort()).toEqual([...CODES].sort());
    expect(Object.keys(registerImportEn.errors).sort()).toEqual([...CODES].sort());
  });

  it('names the field in the mapping sentences (i18next nesting)', async () => {
    const i18n = createInstance();
    await i18n.init({
      resources: { vi: { translation: registerImportVi }, en: { translation: registerImportEn } },
      lng: 'vi',
      interpolation: { escapeValue: false },
    });
    expect(i18n.t('errors.registerImport.mapping.missing', { field: 'arrivalDate' })).toBe(
      'Chưa chọn cột cho "Ngày đến". Hãy chọn cột chứa thông tin này trong tệp.',
    );
    expect(i18n.t('errors.registerImport.date.invalid', { text: '31/02/2025' })).toContain('Ngày "31/02/2025" không có thật');
    expect(i18n.t('errors.registerImport.cell.tooLong', { address: "'Sổ đến 2025'!F3", row: 3, length: 5242880, max: 4000 })).toContain(
      "Ô 'Sổ đến 2025'!F3 (dòng 3) dài 5.242.880 ký tự",
    );
    await i18n.changeLanguage('en');
    expect(i18n.t('errors.registerImport.number.twiceInFile', { number: 41, rows: '46, 47' })).toContain('rows 46, 47');
  });
});
