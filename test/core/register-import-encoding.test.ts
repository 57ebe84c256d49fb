// Cells whose legacy encoding is uncertain: listed with their readings side by side, read
// again as the clerk chooses (per column or per cell), and the choice for a column travels
// with the mapping. On the re-saved Calibri fixture, end to end through the dry run.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { fromUnicode } from '../../renderer/src/core/legacy-text/encode';
import { describe, expect, it } from 'vitest';
import {
  applyEncodingChoices,
  detectHeaderRow,
  planRegisterImport,
  readingOf,
  rowsAfterHeader,
  suggestMapping,
  uncertainCells,
  type ImportRow,
} from '../../renderer/src/core/register-import';
import { readWorkbook } from '../../renderer/src/spreadsheet/read-workbook';
import { RESAVED_FIXTURE } from '../fixtures/registers/make-hostile-xlsx';

async function resaved() {
  const sheet = (await readWorkbook(readFileSync(RESAVED_FIXTURE))).sheets[0]!;
  const header = detectHeaderRow(sheet.rows)!;
  return { rows: rowsAfterHeader(sheet.rows, header), mapping: suggestMapping(header.headers, 'incoming') };
}

const ctx = {
  register: { kind: 'incoming' as const, year: 2025, status: 'closed' as const, secret: false, lastNumber: 0 },
  today: '2026-01-15',
  existingKeys: new Map(),
  usedNumbers: new Set<number>(),
};

/** A row whose column B is uncertain, read the likeliest way (as read-workbook leaves it). */
function uncertainRow(rowNumber: number, written: string, guess: 'unicode' | 'tcvn3' | 'vni' = 'unicode'): ImportRow {
  const text = readingOf(written, guess);
  return { rowNumber, cells: [{ text: 'x', raw: 'x' }, { text, raw: text, encoding: guess, uncertain: { written } }] };
}

describe('uncertain cells', () => {
  it('are listed for the mapped columns with the three readings side by side', async () => {
    const { rows, mapping } = await resaved();
    const found = uncertainCells(rows, mapping);
    expect(found.total).toBe(1);
    expect(found.cells).toEqual([
      { cell: 'I2', rowNumber: 2, column: 8, field: 'receivedSignature', readings: { unicode: 'Tó', tcvn3: 'Tú', vni: 'Tĩ' }, chosen: 'unicode' },
    ]);
    expect(found.byColumn).toEqual({ 8: 1 });
  });

  it('unmapped columns are not asked about', async () => {
    const { rows, mapping } = await resaved();
    const { receivedSignature: _dropped, ...columns } = mapping.columns;
    expect(uncertainCells(rows, { ...mapping, columns }).total).toBe(0);
  });

  it('a column choice reads every uncertain cell of the column that way; a cell choice wins over it', () => {
    const rows = [uncertainRow(2, 'Tó'), uncertainRow(3, 'Sè'), uncertainRow(4, 'ñaõ', 'vni')];
    const byColumn = applyEncodingChoices(rows, { columns: { 1: 'tcvn3' } });
    expect(byColumn.map((r) => r.cells[1]?.text)).toEqual(['Tú', 'Số', 'ủaừ']);
    const withCell = applyEncodingChoices(rows, { columns: { 1: 'tcvn3' }, cells: { B4: 'vni' } });
    expect(withCell.map((r) => [r.cells[1]?.text, r.cells[1]?.encoding])).toEqual([
      ['Tú', 'tcvn3'],
      ['Số', 'tcvn3'],
      ['đã', 'vni'],
    ]);
    // Still listed (the clerk may change their mind), with the reading now in use.
    expect(uncertainCells(withCell, { kind: 'incoming', columns: { sender: 1 } }).cells.map((c) => [c.cell, c.chosen])).toEqual([
      ['B2', 'tcvn3'],
      ['B3', 'tcvn3'],
      ['B4', 'vni'],
    ]);
    expect(applyEncodingChoices(rows, {})).toBe(rows);
  });

  it('the dry run imports what the clerk chose: "Tú", not "Tó"', async () => {
    const { rows, mapping } = await resaved();
    const before = planRegisterImport(rows, mapping, ctx);
    expect(before.rows[0]?.input).toMatchObject({ receivedSignature: 'Tó', recipient: 'Tú', notation: 'QĐ-UBND' });
    const chosen = { ...mapping, encodings: { 8: 'tcvn3' as const } };
    const after = planRegisterImport(applyEncodingChoices(rows, { columns: chosen.encodings }), chosen, ctx);
    expect(after.rows[0]?.input).toMatchObject({ receivedSignature: 'Tú' });
    expect(after.rows.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });
});

describe('a short cell in a Unicode font', () => {
  /** A sheet of TCVN3 senders in ".VnTime" (or, `resaved`, in Calibri as a re-save leaves them) and one short name typed in Times New Roman. */
  async function sheetWith(resaved: boolean) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sổ');
    for (const [i, sender] of ['Hội Nông dân xã Thụy Hải', 'Phòng Tài chính – Kế hoạch', 'Công an xã Thụy Hải'].entries()) {
      const cell = ws.getCell(i + 1, 1);
      cell.value = fromUnicode(sender, 'tcvn3');
      cell.font = { name: resaved ? 'Calibri' : '.VnTime' };
    }
    const typed = ws.getCell(4, 2);
    typed.value = 'Tó';
    typed.font = { name: resaved ? 'Calibri' : 'Times New Roman' };
    const bytes = await wb.xlsx.writeBuffer();
    return (await readWorkbook(new Uint8Array(bytes as ArrayBuffer))).sheets[0]!;
  }

  it('in a file whose other cells are in .VnTime reads as typed, not asked about ("Tó" was listed with a reason about re-saved files)', async () => {
    const sheet = await sheetWith(false);
    expect(sheet.rows[0]?.cells[0]?.text).toBe('Hội Nông dân xã Thụy Hải');
    const cell = sheet.rows[3]?.cells[1];
    expect(cell?.text).toBe('Tó');
    expect(cell?.encoding).toBe('unicode');
    expect(cell?.uncertain).toBeUndefined();
  });

  it('in a file re-saved in Calibri is still asked about: its font says nothing there', async () => {
    const cell = (await sheetWith(true)).rows[3]?.cells[1];
    expect(cell?.uncertain).toEqual({ written: 'Tó' });
  });
});
