// The upper level's statistics per unit, saved as Excel: the figures the bars show, a row per unit
// and a total row, as real numbers; a unit with no backlog figure has empty cells, not 0.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Holdings } from '../../renderer/src/core/dossiers/inventory';
import { overviewUnitNames } from '../../renderer/src/core/bundle/overview';
import { unitStatsRows, upperStatsRows, upperStatsToXlsx } from '../../renderer/src/spreadsheet/upper-stats-xlsx';

const holdings = (over: Partial<Holdings> = {}): Holdings => ({ dossiers: 4, permanent: 2, fixedTerm: 2, closed: 4, boxes: 2, metres: 0.25, backlogReceivedMetres: 12.5, backlogProcessedMetres: 4, backlogRemainingMetres: 8.5, ...over });
const units = [
  { name: 'Ủy ban nhân dân xã Thụy Hải', incomingDocs: 120, outgoingDocs: 45, registers: 2, holdings: holdings() },
  { name: 'Ủy ban nhân dân phường Trần Hưng Đạo', incomingDocs: 30, outgoingDocs: 0, registers: 1, holdings: holdings({ dossiers: 1, boxes: 1, metres: 0.1, backlogReceivedMetres: 0, backlogProcessedMetres: 0, backlogRemainingMetres: 0 }) },
  { name: 'Ủy ban nhân dân xã Mới', incomingDocs: 0, outgoingDocs: 0, registers: 0, holdings: undefined },
];
const headers = {
  unit: 'Đơn vị', incomingDocs: 'Văn bản đến', outgoingDocs: 'Văn bản đi', registers: 'Sổ đăng ký', dossiers: 'Hồ sơ', boxes: 'Hộp', metres: 'Mét giá',
  backlogReceived: 'Tồn đọng đã tiếp nhận (mét giá)', backlogProcessed: 'Tồn đọng đã chỉnh lý (mét giá)', backlogRemaining: 'Tồn đọng còn lại (mét giá)', total: 'Tổng cộng', sheet: 'Thống kê theo đơn vị',
};

describe('statistics per unit as .xlsx', () => {
  it('a row per unit, an empty row, and the totals; no backlog figure is an empty cell, and the totals add those that have one', () => {
    expect(upperStatsRows(units, 'Tổng cộng')).toEqual([
      ['Ủy ban nhân dân xã Thụy Hải', 120, 45, 2, 4, 2, 0.25, 12.5, 4, 8.5],
      ['Ủy ban nhân dân phường Trần Hưng Đạo', 30, 0, 1, 1, 1, 0.1, null, null, null],
      ['Ủy ban nhân dân xã Mới', 0, 0, 0, 0, 0, 0, null, null, null],
      [],
      ['Tổng cộng', 150, 45, 3, 5, 3, 0.35, 12.5, 4, 8.5],
    ]);
    expect(upperStatsRows(units.slice(1), 'Tổng cộng').at(-1)).toEqual(['Tổng cộng', 30, 0, 1, 1, 1, 0.1, null, null, null]);
  });

  it('reads back in Excel with its title, headers and numbers', async () => {
    const bytes = await upperStatsToXlsx('Thống kê theo đơn vị đến ngày 06/12/2026', headers, units, new Date('2026-12-06T00:00:00Z'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(wb.worksheets[0]!.name).toBe('Thống kê theo đơn vị');
    expect(rows[0]![0]).toBe('Thống kê theo đơn vị đến ngày 06/12/2026');
    expect(rows[1]).toEqual(Object.values(headers).slice(0, 10));
    // The totals stand apart: sorting the units does not take them in.
    expect(rows.at(-3)![0]).toBe('Ủy ban nhân dân xã Mới');
    expect(rows.at(-2)!.filter((c) => c !== null && c !== undefined)).toEqual([]);
    expect(rows[2]).toEqual(['Ủy ban nhân dân xã Thụy Hải', 120, 45, 2, 4, 2, 0.25, 12.5, 4, 8.5]);
    // The totals are sums over the units' rows (a figure corrected in Excel changes its total), in bold, with their values now.
    const sum = (col: string, result: number) => ({ formula: `SUM(${col}4:${col}6)`, result });
    expect(rows.at(-1)).toEqual(['Tổng cộng', sum('B', 150), sum('C', 45), sum('D', 3), sum('E', 5), sum('F', 3), sum('G', 0.35), sum('H', 12.5), sum('I', 4), sum('J', 8.5)]);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('B4').value).toBe(120);
    expect(ws.getCell(`A${ws.rowCount}`).font?.bold).toBe(true);
    expect(ws.getCell(`J${ws.rowCount}`).font?.bold).toBe(true);
    expect(ws.getCell('A6').font?.bold).toBeFalsy();
  });

  it('names two units of one name apart by their codes, as the pickers do; a unit whose name is its own as it is', () => {
    const row = (unitId: string, name: string, adminCode: string) => ({ unitId, name, adminCode, counts: { incomingDocs: 3 } });
    const rows = [row('tl1', 'Ủy ban nhân dân xã Tân Lập', '12345'), row('tl2', 'Ủy ban nhân dân xã Tân Lập', '13579'), row('th', 'Ủy ban nhân dân xã Thụy Hải', '12400')];
    const sheet = upperStatsRows(unitStatsRows(rows, new Map([['th', holdings()]]), overviewUnitNames(rows)), 'Tổng cộng');
    expect(sheet.slice(0, 3).map((r) => r.slice(0, 2))).toEqual([
      ['Ủy ban nhân dân xã Tân Lập (12345)', 3],
      ['Ủy ban nhân dân xã Tân Lập (13579)', 3],
      ['Ủy ban nhân dân xã Thụy Hải', 3],
    ]);
    expect(sheet[2]).toEqual(['Ủy ban nhân dân xã Thụy Hải', 3, 0, 0, 4, 2, 0.25, 12.5, 4, 8.5]);
  });
});
