// The real-looking old registers of test/fixtures/registers/ read through read-workbook and
// planned: TCVN3, VNI and tổ hợp text comes back as Vietnamese, and each planted mistake is
// reported on its row. Also the bounds of the reader (size, rows, not-an-xlsx files).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectHeaderRow, planRegisterImport, rowsAfterHeader, suggestMapping } from '../../renderer/src/core/register-import';
import type { RegisterImportPlan } from '../../renderer/src/core/register-import';
import { AppError } from '../../renderer/src/core/errors';
import { READ_LIMITS, readWorkbook } from '../../renderer/src/spreadsheet/read-workbook';
import type { SheetData } from '../../renderer/src/spreadsheet/read-workbook';
import { buildIncomingFixture, buildOutgoingFixture, INCOMING_FIXTURE, OUTGOING_FIXTURE } from '../fixtures/registers/make-xlsx';

const incomingBytes = readFileSync(INCOMING_FIXTURE);
const outgoingBytes = readFileSync(OUTGOING_FIXTURE);

async function firstSheet(bytes: Uint8Array): Promise<SheetData> {
  const wb = await readWorkbook(bytes);
  const sheet = wb.sheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

function cellText(sheet: SheetData, rowNumber: number, col: number): string {
  return sheet.rows.find((r) => r.rowNumber === rowNumber)?.cells[col]?.text ?? '';
}

async function plan(bytes: Uint8Array, kind: 'incoming' | 'outgoing'): Promise<RegisterImportPlan> {
  const sheet = await firstSheet(bytes);
  const header = detectHeaderRow(sheet.rows);
  if (!header) throw new Error('no header');
  expect(header).toMatchObject({ rowNumber: 3, kind });
  return planRegisterImport(rowsAfterHeader(sheet.rows, header), suggestMapping(header.headers, header.kind), {
    register: { kind, year: 2025, status: 'closed', secret: false, lastNumber: 0 },
    today: '2026-01-31',
    existingKeys: new Map(),
    usedNumbers: new Set(),
    sheetName: sheet.name,
  });
}

describe('so-den-2025-tcvn3.xlsx', () => {
  it('is what make-xlsx.ts writes, byte for byte', async () => {
    expect(Buffer.from(await buildIncomingFixture()).equals(incomingBytes)).toBe(true);
    expect(Buffer.from(await buildOutgoingFixture()).equals(outgoingBytes)).toBe(true);
  });

  it('reads TCVN3 cells as Vietnamese, by their .VnTime / .VnTimeH font', async () => {
    const sheet = await firstSheet(incomingBytes);
    expect(sheet.name).toBe('Sổ đến 2025');
    expect(sheet.rows).toHaveLength(65);
    expect(sheet.rows[0]?.cells[0]).toMatchObject({ text: 'ỦY BAN NHÂN DÂN XÃ THỤY HẢI', encoding: 'tcvn3', fontName: '.VnTimeH' });
    expect(cellText(sheet, 2, 0)).toBe('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2025');
    expect(sheet.rows[2]?.cells.map((c) => c.text)).toEqual([
      'Ngày đến',
      'Số đến',
      'Tác giả',
      'Số, ký hiệu văn bản',
      'Ngày tháng văn bản',
      'Tên loại và trích yếu nội dung',
      'Đơn vị hoặc người nhận',
      'Ngày chuyển',
      'Ký nhận',
      'Ghi chú',
    ]);
    // TCVN3 has no "Ủ": legacy files wrote the old spelling "Uỷ", kept as written.
    expect(sheet.rows[4]?.cells[2]).toMatchObject({ text: 'Uỷ ban nhân dân huyện Thái Thụy', encoding: 'tcvn3' });
    expect(sheet.rows[4]?.cells[0]).toMatchObject({ text: '01/01/2025', raw: new Date(Date.UTC(2025, 0, 1)) });
    // Rich text: "QUYẾT ĐỊNH" in .VnTimeH, the rest in .VnTime.
    expect(cellText(sheet, 7, 5)).toBe('QUYẾT ĐỊNH về việc ban hành danh mục hồ sơ năm 2025');
    // Running number by formula: the cached result.
    expect(sheet.rows[7]?.cells[1]).toMatchObject({ text: '4', raw: 4 });
  });

  it('reads VNI cells and composes Unicode tổ hợp', async () => {
    const sheet = await firstSheet(incomingBytes);
    expect(sheet.rows[9]?.cells[2]).toMatchObject({ text: 'Ủy ban nhân dân huyện Thái Thụy', encoding: 'vni', fontName: 'VNI-Times' });
    const nfd = sheet.rows[13]?.cells[5];
    expect(nfd).toMatchObject({ encoding: 'unicode', decomposed: true });
    expect(nfd?.text).toBe(nfd?.text.normalize('NFC'));
    expect(nfd?.text).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵêềếểễệôốồổỗộơớờởỡợưứừửữựđ]/u);
  });

  it('plans 54 rows to import, 5 errors, 1 duplicate and 2 skipped rows', async () => {
    const p = await plan(incomingBytes, 'incoming');
    expect(p.issues).toEqual([]);
    expect(p.totals).toEqual({ rows: 62, ok: 54, error: 5, duplicate: 1, empty: 2, warned: 0, byEncoding: { unicode: 10, tcvn3: 45, vni: 5 }, decomposed: 5 });
    const notOk = p.rows.filter((r) => r.status !== 'ok').map((r) => [r.rowNumber, r.status, r.skipReason ?? r.issues.map((i) => i.code).join(',')]);
    expect(notOk).toEqual([
      [4, 'empty', 'columnNumbers'],
      [17, 'error', 'registerImport.date.invalid'],
      [25, 'error', 'registerImport.number.missing'],
      [35, 'empty', 'blank'],
      [39, 'duplicate', 'registerImport.duplicate.inFile'],
      [46, 'error', 'registerImport.number.twiceInFile'],
      [47, 'error', 'registerImport.number.twiceInFile'],
      [53, 'error', 'registerImport.date.monthFirst'],
    ]);
    expect(p.rows.find((r) => r.rowNumber === 17)?.issues[0]?.params).toEqual({ text: '31/02/2025', row: 17, cell: 'A17', address: "'Sổ đến 2025'!A17" });
    expect(p.rows.find((r) => r.rowNumber === 39)?.duplicateOfRow).toBe(15);
    expect(p.lastNumber).toBe(60);
  });

  it('gives entries in proper Vietnamese with the paper book numbers', async () => {
    const p = await plan(incomingBytes, 'incoming');
    if (p.kind !== 'incoming') throw new Error('kind');
    const byRow = (n: number) => p.rows.find((r) => r.rowNumber === n)?.input;
    expect(byRow(5)).toMatchObject({ arrivalNumber: 1, arrivalDate: '2025-01-01', sender: 'Uỷ ban nhân dân huyện Thái Thụy', documentDate: '2024-12-31' });
    expect(byRow(7)).toMatchObject({ arrivalNumber: 3, sender: 'UBND huyện Thái Thụy', notation: 'QĐ-UBND', typeName: 'Quyết định', summary: 'về việc ban hành danh mục hồ sơ năm 2025' });
    expect(byRow(11)).toMatchObject({ arrivalNumber: 7 });
    expect(byRow(10)).toMatchObject({ arrivalNumber: 6, sender: 'Ủy ban nhân dân huyện Thái Thụy', typeName: 'Công văn' });
    expect(byRow(26)).toMatchObject({ arrivalNumber: 22 });
    for (const r of p.rows) {
      const input = r.input;
      if (!input) continue;
      for (const v of Object.values(input)) if (typeof v === 'string') expect(v).toBe(v.normalize('NFC'));
      // No TCVN3 or VNI byte-letters left over.
      expect(`${input.sender} ${input.summary}`).not.toMatch(/[µ¸¶·¹¨©®ª«¬­Þßçïø§]/u);
    }
  });
});

describe('so-di-2025-vni.xlsx', () => {
  it('plans the outgoing register typed in VNI: 9 entries and one row without a number', async () => {
    const p = await plan(outgoingBytes, 'outgoing');
    expect(p.totals).toMatchObject({ rows: 11, ok: 9, error: 1, duplicate: 0, empty: 1, byEncoding: { unicode: 0, tcvn3: 0, vni: 10 } });
    expect(p.rows.find((r) => r.status === 'error')).toMatchObject({ rowNumber: 13, issues: [{ code: 'registerImport.number.missing' }] });
    expect(p.rows[1]?.input).toMatchObject({ number: 1, notation: 'UBND-VP', typeName: 'Công văn', signerPosition: 'Chủ tịch', recipients: ['Ủy ban MTTQ Việt Nam huyện', 'Tài chính - Kế toán'] });
  });
});

describe('readWorkbook bounds and refusals', () => {
  async function codeOf(bytes: Uint8Array, limits = READ_LIMITS): Promise<string> {
    try {
      await readWorkbook(bytes, { limits });
      return 'read';
    } catch (e) {
      return e instanceof AppError ? `${e.code} ${JSON.stringify(e.params)}` : String(e);
    }
  }

  it('refuses files over the size, unpacked size and row limits', async () => {
    expect(await codeOf(incomingBytes, { ...READ_LIMITS, maxBytes: 1024 * 1024 * 0.01 })).toBe('spreadsheet.tooLarge {"maxMb":0}');
    expect(await codeOf(incomingBytes, { ...READ_LIMITS, maxUnpackedBytes: 20_000 })).toBe('spreadsheet.unpackedTooLarge {"maxMb":0}');
    expect(await codeOf(incomingBytes, { ...READ_LIMITS, maxRows: 50 })).toBe('spreadsheet.tooManyRows {"max":50}');
    expect(READ_LIMITS).toEqual({ maxBytes: 50 * 1024 * 1024, maxUnpackedBytes: 500 * 1024 * 1024, maxEntryBytes: 300 * 1024 * 1024, maxRows: 200_000, maxCellChars: 4000 });
  });

  it('tells an old .xls (or password-protected file), a non-spreadsheet and a damaged file apart', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await codeOf(ole)).toBe('spreadsheet.legacyXls {}');
    expect(await codeOf(new TextEncoder().encode('Ngày đến;Số đến\n05/01/2025;1'))).toBe('spreadsheet.notXlsx {}');
    expect(await codeOf(incomingBytes.subarray(0, incomingBytes.length - 30))).toBe('spreadsheet.unreadable {}');
    const renamed = Buffer.from(incomingBytes);
    renamed.write('xl/workbooX.xml', renamed.lastIndexOf('xl/workbook.xml'), 'latin1');
    expect(await codeOf(renamed)).toBe('spreadsheet.notXlsx {}');
  });
});
