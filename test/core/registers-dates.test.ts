// Register dates: stored "yyyy-mm-dd", counted in calendar days; date cells of legacy
// spreadsheets in the forms Vietnamese offices actually type.
import { describe, expect, it } from 'vitest';
import { addDays, arrivesBeforeLast, daysBetween, isIsoDate, parseDateCell, yearOf, type DateCellResult } from '../../renderer/src/core/registers/dates';

describe('isIsoDate', () => {
  it.each<[string, boolean]>([
    ['2026-01-05', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-02-31', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-5', false],
    ['05/01/2026', false],
    ['2026-01-05T00:00', false],
    ['', false],
    ['0999-01-01', false],
  ])('%j → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('parseDateCell', () => {
  const ok = (date: string, format: 'dmy' | 'dmy-short-year' | 'iso' | 'excel-serial'): DateCellResult => ({ ok: true, date, format });
  const invalid: DateCellResult = { ok: false, reason: 'invalid' };
  const empty: DateCellResult = { ok: false, reason: 'empty' };
  it.each<[cell: string | number | null | undefined, expected: DateCellResult]>([
    ['05/01/2026', ok('2026-01-05', 'dmy')],
    ['5/1/2026', ok('2026-01-05', 'dmy')],
    ['31/12/2025', ok('2025-12-31', 'dmy')],
    ['05.01.2026', ok('2026-01-05', 'dmy')],
    ['05-01-2026', ok('2026-01-05', 'dmy')],
    [' 5 / 1 / 2026 ', ok('2026-01-05', 'dmy')],
    ['5/1/26', ok('2026-01-05', 'dmy-short-year')],
    ['05.01.26', ok('2026-01-05', 'dmy-short-year')],
    ['1/7/99', ok('1999-07-01', 'dmy-short-year')],
    ['1/7/69', ok('2069-07-01', 'dmy-short-year')],
    ['1/7/70', ok('1970-07-01', 'dmy-short-year')],
    ['2026-01-05', ok('2026-01-05', 'iso')],
    ['2026-1-5', ok('2026-01-05', 'iso')],
    ['2026/01/05', ok('2026-01-05', 'iso')],
    // Excel serials: days since 30/12/1899; 45292 is 01/01/2024
    [45292, ok('2024-01-01', 'excel-serial')],
    [45351, ok('2024-02-29', 'excel-serial')],
    ['45292', ok('2024-01-01', 'excel-serial')],
    [45292.75, ok('2024-01-01', 'excel-serial')],
    [46027, ok('2026-01-05', 'excel-serial')],
    // a trailing time is dropped, the written date kept
    ['05/01/2026 14:03', ok('2026-01-05', 'dmy')],
    ['05/01/2026 14:03:22', ok('2026-01-05', 'dmy')],
    ['5/1/2026 8:30 AM', ok('2026-01-05', 'dmy')],
    ['05/01/2026 02:15 CH', ok('2026-01-05', 'dmy')],
    ['2026-01-05 08:30', ok('2026-01-05', 'iso')],
    ['2026-01-05T08:30:00', ok('2026-01-05', 'iso')],
    ['2026-01-05T08:30:00.000Z', ok('2026-01-05', 'iso')],
    ['2026-01-05T23:30:00+07:00', ok('2026-01-05', 'iso')],
    ['05/01/2026'.normalize('NFD'), ok('2026-01-05', 'dmy')],
    // impossible dates
    ['31/02/2026', invalid],
    ['29/02/2025', invalid],
    ['29/02/2024', ok('2024-02-29', 'dmy')],
    ['31/04/2026', invalid],
    ['13/13/2026', invalid],
    ['1/13/2026', invalid],
    ['00/01/2026', invalid],
    ['2026-02-30', invalid],
    // numbers too small to be a register date are not serials (số đến 125 in the wrong column)
    [125, invalid],
    ['2026', invalid],
    [Number.NaN, invalid],
    ['ngày mai', invalid],
    ['05/01', invalid],
    ['', empty],
    ['   ', empty],
    [null, empty],
    [undefined, empty],
  ])('%j', (cell, expected) => {
    expect(parseDateCell(cell)).toEqual(expected);
  });
});

describe('daysBetween and addDays (calendar days)', () => {
  it.each<[from: string, to: string, days: number]>([
    ['2026-01-05', '2026-01-05', 0],
    ['2026-01-05', '2026-01-06', 1],
    ['2026-01-06', '2026-01-05', -1],
    ['2026-01-31', '2026-02-01', 1],
    ['2025-12-31', '2026-01-01', 1],
    ['2025-12-25', '2026-01-05', 11],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-02-28', '2025-03-01', 1],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
    // across the European and American DST changes: still whole days
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2026-03-07', '2026-03-09', 2],
  ])('%s → %s: %i days, and back with addDays', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(addDays(from, days)).toBe(to);
    expect(addDays(to, -days)).toBe(from);
  });

  it.each<[string, number]>([
    ['2026-01-05', 2026],
    ['1999-12-31', 1999],
  ])('yearOf(%s) → %i', (iso, year) => {
    expect(yearOf(iso)).toBe(year);
  });
});

describe('arrivesBeforeLast (số đến in the order of receipt, NĐ 30 Art. 22.2)', () => {
  it('is true only for a whole date before the last entry’s day', () => {
    const last = { date: '2025-12-30' };
    expect(arrivesBeforeLast('2025-06-30', last)).toBe(true);
    expect(arrivesBeforeLast('2025-12-30', last)).toBe(false);
    expect(arrivesBeforeLast('2025-12-31', last)).toBe(false);
    // An empty register, or a date not typed whole yet (validation speaks of those), says nothing.
    expect(arrivesBeforeLast('2025-06-30', undefined)).toBe(false);
    expect(arrivesBeforeLast('30/06', last)).toBe(false);
    expect(arrivesBeforeLast('', last)).toBe(false);
  });
});
