// Spreadsheets sent with bad intent or by mistake: a zip bomb whose headers lie about its
// sizes, a 5 MB cell, an empty workbook. Each is refused or reported early, with bounded
// work, and says what is wrong in words a clerk can act on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../renderer/src/core/errors';
import { detectHeaderRow, planRegisterImport, rowsAfterHeader, suggestMapping } from '../../renderer/src/core/register-import';
import { readWorkbook, type ReadProgress } from '../../renderer/src/spreadsheet/read-workbook';
import {
  BOMB_DECLARED_BYTES,
  buildEmptyWorkbook,
  buildHugeCellWorkbook,
  buildZipBomb,
  EMPTY_FIXTURE,
  HUGE_CELL_CHARS,
  HUGE_CELL_FIXTURE,
  MERGED_FIXTURE,
  RESAVED_FIXTURE,
  buildMergedSenderWorkbook,
  buildResavedCalibriWorkbook,
  ZIP_BOMB_FIXTURE,
} from '../fixtures/registers/make-hostile-xlsx';

const MB = 1024 * 1024;

async function failure(work: Promise<unknown>): Promise<AppError> {
  const e = await work.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

describe('hostile fixtures', () => {
  it('are what make-hostile-xlsx.ts writes, byte for byte', async () => {
    expect(Buffer.from(await buildZipBomb()).equals(readFileSync(ZIP_BOMB_FIXTURE))).toBe(true);
    expect(Buffer.from(await buildHugeCellWorkbook()).equals(readFileSync(HUGE_CELL_FIXTURE))).toBe(true);
    expect(Buffer.from(await buildEmptyWorkbook()).equals(readFileSync(EMPTY_FIXTURE))).toBe(true);
    expect(Buffer.from(await buildMergedSenderWorkbook()).equals(readFileSync(MERGED_FIXTURE))).toBe(true);
    expect(Buffer.from(await buildResavedCalibriWorkbook()).equals(readFileSync(RESAVED_FIXTURE))).toBe(true);
  });
});

describe('a zip bomb whose headers lie about its sizes', () => {
  it('is refused while inflating, as soon as a part gives more bytes than it declared', async () => {
    const bytes = readFileSync(ZIP_BOMB_FIXTURE);
    const seen: ReadProgress[] = [];
    const e = await failure(readWorkbook(bytes, { onProgress: (p) => seen.push(p) }));
    expect(e.code).toBe('spreadsheet.sizeMismatch');
    // The bytes actually inflated were counted, and counting stopped near the declared size
    // (one slice of input past it at most: 16 KB, at most ~16.5 MB out), far below the 160 MB the part holds.
    const inflated = Math.max(...seen.filter((p) => p.stage === 'unzip').map((p) => p.done));
    expect(inflated).toBeGreaterThan(BOMB_DECLARED_BYTES);
    expect(inflated).toBeLessThan(BOMB_DECLARED_BYTES + 17 * MB);
  });

  it('is refused by the unpacked-size limit when the declared sizes are honest but too big', async () => {
    const bytes = readFileSync(HUGE_CELL_FIXTURE);
    const e = await failure(readWorkbook(bytes, { limits: { maxUnpackedBytes: 1 * MB } }));
    expect(e.code).toBe('spreadsheet.unpackedTooLarge');
  });
});

describe('a cell of 5 MB', () => {
  it('is not converted nor kept: the row is an error naming the cell, sheet!A1 style, and its row', async () => {
    const book = await readWorkbook(readFileSync(HUGE_CELL_FIXTURE));
    const sheet = book.sheets[0]!;
    const cell = sheet.rows.find((r) => r.rowNumber === 3)?.cells[5];
    expect(cell?.tooLong).toBe(HUGE_CELL_CHARS);
    expect(cell?.text.length).toBeLessThan(1000);
    const header = detectHeaderRow(sheet.rows)!;
    const plan = planRegisterImport(rowsAfterHeader(sheet.rows, header), suggestMapping(header.headers, 'incoming'), {
      register: { kind: 'incoming', year: 2025, status: 'closed', secret: false, lastNumber: 0 },
      today: '2026-01-15',
      existingKeys: new Map(),
      usedNumbers: new Set(),
      sheetName: sheet.name,
    });
    expect(plan.rows.map((r) => r.status)).toEqual(['ok', 'error', 'ok']);
    expect(plan.rows[1]?.issues).toEqual([
      { field: 'summary', code: 'registerImport.cell.tooLong', params: { address: "'Sổ đến 2025'!F3", cell: 'F3', row: 3, length: HUGE_CELL_CHARS, max: 4000 } },
    ]);
  });
});

describe('an empty workbook', () => {
  it('is refused as empty, not sent on to look for a header row', async () => {
    const e = await failure(readWorkbook(readFileSync(EMPTY_FIXTURE)));
    expect(e.code).toBe('spreadsheet.empty');
  });
});

describe('merged cells', () => {
  it('a sender merged down over three documents is the sender of each; a title merged across stays in column A', async () => {
    const sheet = (await readWorkbook(readFileSync(MERGED_FIXTURE))).sheets[0]!;
    expect(sheet.rows[0]?.cells.map((c) => c.text)).toEqual(['SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2025']);
    expect(sheet.rows.slice(2).map((r) => r.cells[2]?.text)).toEqual(['Sở Tư pháp tỉnh Hưng Yên', 'Sở Tư pháp tỉnh Hưng Yên', 'Sở Tư pháp tỉnh Hưng Yên']);
    const header = detectHeaderRow(sheet.rows)!;
    const plan = planRegisterImport(rowsAfterHeader(sheet.rows, header), suggestMapping(header.headers, 'incoming'), {
      register: { kind: 'incoming', year: 2025, status: 'closed', secret: false, lastNumber: 0 },
      today: '2026-01-15',
      existingKeys: new Map(),
      usedNumbers: new Set(),
    });
    expect(plan.rows.map((r) => [r.status, r.input && 'sender' in r.input ? r.input.sender : undefined])).toEqual([
      ['ok', 'Sở Tư pháp tỉnh Hưng Yên'],
      ['ok', 'Sở Tư pháp tỉnh Hưng Yên'],
      ['ok', 'Sở Tư pháp tỉnh Hưng Yên'],
    ]);
  });
});

describe('a TCVN3 register re-saved in Calibri', () => {
  it('reads clear cells, lets a clear column settle its short cells, and marks the rest uncertain', async () => {
    const sheet = (await readWorkbook(readFileSync(RESAVED_FIXTURE))).sheets[0]!;
    const at = (row: number, col: number) => sheet.rows.find((r) => r.rowNumber === row)?.cells[col];
    expect(at(2, 2)).toMatchObject({ text: 'UBND huyện Thái Thụy', encoding: 'tcvn3' });
    expect(at(2, 3)).toMatchObject({ text: '15/QĐ-UBND', encoding: 'tcvn3' });
    // G2 "Tó" (TCVN3 "Tú"): three clear TCVN3 cells under it in its column settle it.
    expect(at(2, 6)).toEqual({ text: 'Tú', raw: 'Tú', fontName: 'Calibri', encoding: 'tcvn3' });
    // I2 "Tó" in the "Ký nhận" column: one clear cell ("Hïng") is not enough; the clerk decides.
    expect(at(2, 8)).toMatchObject({ text: 'Tó', encoding: 'unicode', uncertain: { written: 'Tó' } });
    expect(at(3, 8)).toMatchObject({ text: 'Hùng', encoding: 'tcvn3' });
  });
});
