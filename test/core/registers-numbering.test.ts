// Số đến and số văn bản đi (Art. 15, 22 NĐ 30/2020): one continuous series per register and
// year, never reused, refused once the register is closed; series identity; "01".."09".
import { describe, expect, it } from 'vitest';
import { AppError } from '../../renderer/src/core/errors';
import {
  assignNumber,
  formatNumber,
  nextArrivalNumber,
  nextNumber,
  nextOutgoingNumber,
  numberGaps,
  numberRunList,
  numberRuns,
  raiseLastNumber,
  seriesKey,
  volumeOf,
  type NumberCounter,
} from '../../renderer/src/core/registers/numbering';
import type { RegisterFields } from '../../renderer/src/core/registers/types';

function register(over: Partial<RegisterFields> = {}): RegisterFields {
  return {
    unitId: 'xa-thuy-hai',
    kind: 'incoming',
    year: 2026,
    name: 'Sổ đăng ký văn bản đến năm 2026',
    secret: false,
    status: 'open',
    firstNumber: 1,
    lastNumber: 0,
    note: '',
    ...over,
  };
}

describe('nextNumber', () => {
  it.each<{ counter: NumberCounter; expected: number; why: string }>([
    { counter: { firstNumber: 1, lastNumber: 0 }, expected: 1, why: 'a new book starts at 01' },
    { counter: { firstNumber: 1, lastNumber: 41 }, expected: 42, why: 'continues after the highest number' },
    { counter: { firstNumber: 120, lastNumber: 119 }, expected: 120, why: 'electronic book taking over from paper at 120' },
    { counter: { firstNumber: 120, lastNumber: 130 }, expected: 131, why: 'taken-over book continues' },
    { counter: { firstNumber: 120, lastNumber: 0 }, expected: 120, why: 'a counter below firstNumber never goes back under it' },
    { counter: { firstNumber: 0, lastNumber: 0 }, expected: 1, why: 'firstNumber 0 is read as 1 (there is no số 00)' },
  ])('$why: $counter → $expected', ({ counter, expected }) => {
    expect(nextNumber(counter)).toBe(expected);
  });

  it.each<{ source: NumberCounter | number | readonly number[]; expected: number }>([
    { source: 0, expected: 1 },
    { source: 7, expected: 8 },
    { source: [], expected: 1 },
    { source: [1, 2, 3], expected: 4 },
    // Entry 5 was cancelled (tombstone) but its number stays used: the next one is 6, not 5.
    { source: [1, 2, 3, 4, 5], expected: 6 },
    { source: [3, 1, 2], expected: 4 },
    { source: { firstNumber: 1, lastNumber: 9 }, expected: 10 },
  ])('nextArrivalNumber and nextOutgoingNumber($source) → $expected', ({ source, expected }) => {
    expect(nextArrivalNumber(source)).toBe(expected);
    expect(nextOutgoingNumber(source)).toBe(expected);
  });
});

describe('assignNumber', () => {
  it('hands out 01, 02, 03 … continuously and raises lastNumber without touching the input', () => {
    let reg = register();
    const taken: number[] = [];
    for (let i = 0; i < 12; i++) {
      const before = reg;
      const { number, register: after } = assignNumber(reg);
      expect(before.lastNumber).toBe(number - 1);
      expect(after.lastNumber).toBe(number);
      taken.push(number);
      reg = after;
    }
    expect(taken).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(taken.map(formatNumber).slice(0, 3)).toEqual(['01', '02', '03']);
  });

  it('never reuses the number of a cancelled entry: the counter, not the entries, decides', () => {
    // Numbers 1..5 assigned; entry 5 was then cancelled. The register still says lastNumber 5.
    const reg = register({ lastNumber: 5 });
    expect(assignNumber(reg).number).toBe(6);
  });

  it('starts a taken-over book at its firstNumber', () => {
    expect(assignNumber(register({ firstNumber: 87, lastNumber: 86 })).number).toBe(87);
  });

  it('keeps the other fields of the register (id, clock, name) so the caller can write it back', () => {
    const reg = { ...register({ lastNumber: 3 }), id: 'r1', clock: 'c1' };
    const { register: after } = assignNumber(reg);
    expect(after).toEqual({ ...reg, lastNumber: 4 });
  });

  it('refuses a closed register with AppError register.closed and the year', () => {
    const closed = register({ status: 'closed', closedAt: '2026-12-31', lastNumber: 214 });
    let caught: unknown;
    try {
      assignNumber(closed);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code: 'register.closed', params: { year: 2026 } });
    expect(closed.lastNumber).toBe(214);
  });
});

describe('raiseLastNumber (after an import that keeps the paper book numbers)', () => {
  it.each<{ counter: NumberCounter; imported: number[]; expected: number }>([
    { counter: { firstNumber: 1, lastNumber: 0 }, imported: [1, 2, 3, 120], expected: 120 },
    { counter: { firstNumber: 1, lastNumber: 40 }, imported: [12, 13], expected: 40 },
    { counter: { firstNumber: 1, lastNumber: 40 }, imported: [], expected: 40 },
    { counter: { firstNumber: 1, lastNumber: 40 }, imported: [41, 45, 43], expected: 45 },
    { counter: { firstNumber: 50, lastNumber: 0 }, imported: [], expected: 49 },
    { counter: { firstNumber: 1, lastNumber: 2 }, imported: [Number.NaN, Number.POSITIVE_INFINITY, 7], expected: 7 },
  ])('$counter + $imported → $expected (never lower than before)', ({ counter, imported, expected }) => {
    const raised = raiseLastNumber(counter, imported);
    expect(raised).toBe(expected);
    expect(raised).toBeGreaterThanOrEqual(counter.lastNumber);
  });

  it('the next number after importing 1..120 is 121', () => {
    const imported = Array.from({ length: 120 }, (_, i) => i + 1);
    const lastNumber = raiseLastNumber({ firstNumber: 1, lastNumber: 0 }, imported);
    expect(assignNumber(register({ lastNumber })).number).toBe(121);
  });
});

describe('numberRuns', () => {
  it('writes numbers as runs with their leading zeros, at most ten runs', () => {
    expect(numberRuns([4, 1, 2, 3, 7, 10, 11, 12])).toBe('01–04, 07, 10–12');
    expect(numberRuns(Array.from({ length: 12 }, (_, i) => 2 * i + 1))).toBe('01, 03, 05, 07, 09, 11, 13, 15, 17, 19, …');
  });

  it('gives the runs one by one for a print that keeps each on one line, "…" last past the limit', () => {
    expect(numberRunList([12, 5, 6, 7, 8, 9, 9])).toEqual(['05–09', '12']);
    expect(numberRunList([1, 3, 4, 6, 8, 9, 10], 3)).toEqual(['01', '03–04', '06', '…']);
    expect(numberRunList([])).toEqual([]);
    expect(numberRuns([12, 5, 6, 7, 8, 9])).toBe('05–09, 12');
    expect(numberRuns([118, 119, 120, 121])).toBe('118–121');
  });
});

describe('numberGaps', () => {
  it.each<{ counter: NumberCounter; used: number[]; expected: number[] }>([
    { counter: { firstNumber: 1, lastNumber: 0 }, used: [], expected: [] },
    { counter: { firstNumber: 1, lastNumber: 5 }, used: [1, 2, 3, 4, 5], expected: [] },
    { counter: { firstNumber: 1, lastNumber: 5 }, used: [1, 2, 5], expected: [3, 4] },
    { counter: { firstNumber: 1, lastNumber: 5 }, used: [], expected: [1, 2, 3, 4, 5] },
    // numbers before a taken-over book's firstNumber live in the paper book: not gaps
    { counter: { firstNumber: 100, lastNumber: 103 }, used: [100, 103], expected: [101, 102] },
    // the last number was cancelled and its tombstone is among the used numbers: no gap
    { counter: { firstNumber: 1, lastNumber: 3 }, used: [3, 2, 1], expected: [] },
  ])('$counter, used $used → $expected', ({ counter, used, expected }) => {
    expect(numberGaps(counter, used)).toEqual(expected);
  });
});

describe('seriesKey: which registers share a number series', () => {
  type S = Parameters<typeof seriesKey>[0];
  const ubnd: S = { unitId: 'xa', kind: 'outgoing', year: 2026, issuingBodyId: 'ubnd', secret: false };
  const incoming: S = { unitId: 'xa', kind: 'incoming', year: 2026, secret: false };
  it.each<{ a: S; b: S; same: boolean; why: string }>([
    { a: ubnd, b: { ...ubnd }, same: true, why: 'the same body and year' },
    { a: ubnd, b: { ...ubnd, issuingBodyId: 'hdnd' }, same: false, why: 'HĐND xã and UBND xã keep separate series' },
    { a: ubnd, b: { ...ubnd, secret: true }, same: false, why: 'secret documents have their own series (Art. 15.2)' },
    { a: ubnd, b: { ...ubnd, year: 2027 }, same: false, why: 'numbers restart every year' },
    { a: ubnd, b: { ...ubnd, unitId: 'xa-khac' }, same: false, why: 'another commune' },
    { a: ubnd, b: { ...ubnd, kind: 'internal' }, same: false, why: 'internal documents are not in the outgoing series' },
    { a: incoming, b: { ...incoming, issuingBodyId: 'ubnd' }, same: true, why: 'incoming: one series per unit and year, whatever body' },
    { a: incoming, b: { ...incoming, year: 2025 }, same: false, why: 'incoming of another year' },
    { a: incoming, b: { ...incoming, unitId: 'xa-khac' }, same: false, why: 'incoming of another unit' },
    { a: incoming, b: { ...incoming, secret: true }, same: false, why: 'secret incoming register' },
    { a: incoming, b: { ...ubnd, issuingBodyId: undefined }, same: false, why: 'incoming vs outgoing' },
  ])('$why → same: $same', ({ a, b, same }) => {
    expect(seriesKey(a) === seriesKey(b)).toBe(same);
  });
});

describe('volumeOf: quyển số on the cover of a register book', () => {
  const base = { unitId: 'xa', kind: 'outgoing' as const, year: 2026, issuingBodyId: 'ubnd', secret: false };
  it('is the one recorded, else 01 for the first register of its series and 02 for the book continued after closing', () => {
    const first = { ...base, id: 'a', firstNumber: 1 };
    const second = { ...base, id: 'b', firstNumber: 121 };
    const hdnd = { ...base, id: 'c', issuingBodyId: 'hdnd', firstNumber: 1 };
    const all = [first, second, hdnd];
    expect(volumeOf(first, all)).toBe(1);
    expect(volumeOf(second, all)).toBe(2);
    expect(volumeOf(hdnd, all)).toBe(1);
    expect(volumeOf({ ...second, volume: 5 }, all)).toBe(5);
    expect(volumeOf(second, [first, { ...second }, { ...hdnd }].map((r) => (r.id === 'a' ? { ...r, deleted: true } : r)))).toBe(1);
  });
});

describe('formatNumber', () => {
  it.each<[number, string]>([
    [1, '01'],
    [5, '05'],
    [9, '09'],
    [10, '10'],
    [11, '11'],
    [99, '99'],
    [123, '123'],
    [2026, '2026'],
    [Number.NaN, ''],
  ])('%s → "%s"', (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });
});
