// Which entries get a ĐẾN stamp slip, over a whole register: the live entries between two
// arrival numbers, by default the register's whole span. A register of a million entries must
// not overflow the call stack (Math.min(...numbers) threw RangeError there).
import { describe, expect, it } from 'vitest';
import { arrivalNumberSpan, entriesForStamps, numberRange, outputRangeIssue, stampsOfRange } from '../../renderer/src/core/registers/numbering';

const doc = (arrivalNumber: number, deleted = false) => ({ arrivalNumber, deleted });

describe('the span of a register for stamp slips', () => {
  it('is the lowest and highest number of the live entries', () => {
    expect(arrivalNumberSpan([doc(7), doc(3), doc(12, true), doc(9)])).toEqual({ from: 3, to: 9 });
    expect(arrivalNumberSpan([doc(1, true)])).toBeUndefined();
    expect(arrivalNumberSpan([])).toBeUndefined();
  });

  it('takes the live entries in the chosen numbers, by default all of them', () => {
    const docs = [doc(1), doc(2, true), doc(3), doc(4), doc(5)];
    expect(entriesForStamps(docs, 3, 4).map((d) => d.arrivalNumber)).toEqual([3, 4]);
    expect(entriesForStamps(docs, null, 2).map((d) => d.arrivalNumber)).toEqual([1]);
    expect(entriesForStamps(docs).map((d) => d.arrivalNumber)).toEqual([1, 3, 4, 5]);
  });

  it('says which numbers of the range get no slip: the cancelled ones and those no document holds', () => {
    const docs = [doc(1), doc(2, true), doc(3), doc(7), doc(9, true), doc(10)];
    const r = stampsOfRange(docs, 1, 12);
    expect([r.entries.map((d) => d.arrivalNumber), r.skipped, r.unused]).toEqual([[1, 3, 7, 10], [2, 9], [4, 5, 6, 8]]);
    // A range of numbers no document holds: nothing to print, none of it cancelled.
    expect(stampsOfRange(docs, 4, 6)).toEqual({ entries: [], skipped: [], unused: [] });
    // The range's own entries only, all cancelled (as the dialog reads them): said as cancelled.
    expect(stampsOfRange([doc(1, true)], 1, 1)).toEqual({ entries: [], skipped: [1], unused: [] });
  });

  it('refuses numbers that hold nothing: the ends reversed, or outside the register (a blank page of slips came out)', () => {
    const span = { from: 1, to: 321 };
    expect(outputRangeIssue(321, 303, span)).toEqual({ code: 'registers.rangeReversed', params: { from: '321', to: '303' } });
    expect(outputRangeIssue(400, 410, span)).toEqual({ code: 'registers.rangeOutside', params: { first: '01', last: '321' } });
    expect(outputRangeIssue(400, null, span)).toEqual({ code: 'registers.rangeOutside', params: { first: '01', last: '321' } });
    expect(outputRangeIssue(null, 5, { from: 9, to: 20 })).toEqual({ code: 'registers.rangeOutside', params: { first: '09', last: '20' } });
    expect(outputRangeIssue(2, 1, { from: 1, to: 1 })).toEqual({ code: 'registers.rangeOutsideOne', params: { first: '01' } });
    expect(outputRangeIssue(15, 12, { from: 9, to: 20 })).toEqual({ code: 'registers.rangeReversed', params: { from: '15', to: '12' } });
    // A range reaching into the register, either end left empty, or no register span yet: printed.
    expect(outputRangeIssue(300, 410, span)).toBeUndefined();
    expect(outputRangeIssue(null, null, span)).toBeUndefined();
    expect(outputRangeIssue(3, 3, span)).toBeUndefined();
    expect(outputRangeIssue(5, 9, undefined)).toBeUndefined();
  });

  it('works over a register of a million entries', () => {
    const docs = Array.from({ length: 1_000_000 }, (_, i) => doc(1_000_000 - i, i % 1000 === 0));
    expect(arrivalNumberSpan(docs)).toEqual({ from: 1, to: 999_999 });
    expect(entriesForStamps(docs, 999_990, null)).toHaveLength(10);
    expect(numberRange(docs.map((d) => d.arrivalNumber))).toEqual({ min: 1, max: 1_000_000 });
  });
});
