// Thời gian tài liệu typed the way archivists write it on a phiếu tin: the range it means, how
// it prints back, and a clear refusal for what is not a period.
import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod, periodText, type PeriodError } from '../../renderer/src/core/processing/period';

const TODAY = '2026-11-20';

/** [typed, start, end, start precision, end precision, printed back] */
const READS: [string, string, string, string, string, string][] = [
  ['1998', '1998-01-01', '1998-12-31', 'year', 'year', '1998'],
  [' 1998 ', '1998-01-01', '1998-12-31', 'year', 'year', '1998'],
  ['1998-2001', '1998-01-01', '2001-12-31', 'year', 'year', '1998 – 2001'],
  ['1998 - 2001', '1998-01-01', '2001-12-31', 'year', 'year', '1998 – 2001'],
  ['1998–2001', '1998-01-01', '2001-12-31', 'year', 'year', '1998 – 2001'],
  ['1998 — 2001', '1998-01-01', '2001-12-31', 'year', 'year', '1998 – 2001'],
  ['1998 đến 2001', '1998-01-01', '2001-12-31', 'year', 'year', '1998 – 2001'],
  ['Từ năm 1998 đến năm 2001', '1998-01-01', '2001-12-31', 'year', 'year', '1998 – 2001'],
  ['năm 1998', '1998-01-01', '1998-12-31', 'year', 'year', '1998'],
  ['3/1998', '1998-03-01', '1998-03-31', 'month', 'month', '03/1998'],
  ['03/1998', '1998-03-01', '1998-03-31', 'month', 'month', '03/1998'],
  ['3.1998', '1998-03-01', '1998-03-31', 'month', 'month', '03/1998'],
  ['3-1998', '1998-03-01', '1998-03-31', 'month', 'month', '03/1998'],
  ['2/2000', '2000-02-01', '2000-02-29', 'month', 'month', '02/2000'],
  ['2/1999', '1999-02-01', '1999-02-28', 'month', 'month', '02/1999'],
  ['tháng 3 năm 1998', '1998-03-01', '1998-03-31', 'month', 'month', '03/1998'],
  ['T3/1998', '1998-03-01', '1998-03-31', 'month', 'month', '03/1998'],
  ['3/98', '1998-03-01', '1998-03-31', 'month', 'month', '03/1998'],
  ['3/1998 - 12/1999', '1998-03-01', '1999-12-31', 'month', 'month', '03/1998 – 12/1999'],
  ['3/1998-12/1999', '1998-03-01', '1999-12-31', 'month', 'month', '03/1998 – 12/1999'],
  ['Từ tháng 3 năm 1998 đến tháng 12 năm 1999', '1998-03-01', '1999-12-31', 'month', 'month', '03/1998 – 12/1999'],
  ['3 - 12/1998', '1998-03-01', '1998-12-31', 'month', 'month', '03/1998 – 12/1998'],
  ['3-12/1998', '1998-03-01', '1998-12-31', 'month', 'month', '03/1998 – 12/1998'],
  ['1998 - 3/1999', '1998-01-01', '1999-03-31', 'year', 'month', '1998 – 03/1999'],
  ['12/03/1998', '1998-03-12', '1998-03-12', 'day', 'day', '12/03/1998'],
  ['12/3/1998', '1998-03-12', '1998-03-12', 'day', 'day', '12/03/1998'],
  ['12.03.1998', '1998-03-12', '1998-03-12', 'day', 'day', '12/03/1998'],
  ['12-03-1998', '1998-03-12', '1998-03-12', 'day', 'day', '12/03/1998'],
  ['12/03/98', '1998-03-12', '1998-03-12', 'day', 'day', '12/03/1998'],
  ['05/01/05', '2005-01-05', '2005-01-05', 'day', 'day', '05/01/2005'],
  ['1998-03-12', '1998-03-12', '1998-03-12', 'day', 'day', '12/03/1998'],
  ['ngày 12 tháng 3 năm 1998', '1998-03-12', '1998-03-12', 'day', 'day', '12/03/1998'],
  ['12/03/1998 - 15/04/1998', '1998-03-12', '1998-04-15', 'day', 'day', '12/03/1998 – 15/04/1998'],
  ['12-03-1998 - 15-04-1998', '1998-03-12', '1998-04-15', 'day', 'day', '12/03/1998 – 15/04/1998'],
  ['12/3 - 15/4/1998', '1998-03-12', '1998-04-15', 'day', 'day', '12/03/1998 – 15/04/1998'],
  ['5 - 20/3/1998', '1998-03-05', '1998-03-20', 'day', 'day', '05/03/1998 – 20/03/1998'],
  ['12/03/1998 đến 1999', '1998-03-12', '1999-12-31', 'day', 'year', '12/03/1998 – 1999'],
  ['29/02/2000', '2000-02-29', '2000-02-29', 'day', 'day', '29/02/2000'],
  ['2026', '2026-01-01', '2026-12-31', 'year', 'year', '2026'],
  ['11/2026', '2026-11-01', '2026-11-30', 'month', 'month', '11/2026'],
  ['1945 - 1954', '1945-01-01', '1954-12-31', 'year', 'year', '1945 – 1954'],
];

const REFUSALS: [string, PeriodError][] = [
  ['', 'period.required'],
  ['   ', 'period.required'],
  ['không rõ', 'period.unreadable'],
  ['3', 'period.unreadable'],
  ['12/3', 'period.unreadable'],
  ['1998/2001/3', 'period.unreadable'],
  ['13/1998', 'period.noSuchMonth'],
  ['0/1998', 'period.noSuchMonth'],
  ['31/02/1998', 'period.noSuchDay'],
  ['29/02/1999', 'period.noSuchDay'],
  ['32/01/1998', 'period.noSuchDay'],
  ['2001-1998', 'period.endBeforeStart'],
  ['12/1999 - 3/1998', 'period.endBeforeStart'],
  ['15/04/1998 - 12/03/1998', 'period.endBeforeStart'],
  ['2027', 'period.future'],
  ['12/2026', 'period.future'],
  ['21/11/2026', 'period.future'],
  ['1998 - 2030', 'period.future'],
  ['1700', 'period.tooOld'],
];

describe('parsePeriod', () => {
  it.each(READS)('reads "%s"', (typed, start, end, sp, ep, printed) => {
    const r = parsePeriod(typed, TODAY);
    expect(r).toEqual({ ok: true, value: { startDate: start, endDate: end, startPrecision: sp, endPrecision: ep } });
    if (r.ok) expect(formatPeriod(r.value.startDate, r.value.endDate, r.value.startPrecision, r.value.endPrecision)).toBe(printed);
  });

  it.each(REFUSALS)('refuses "%s" with %s', (typed, code) => {
    expect(parsePeriod(typed, TODAY)).toMatchObject({ ok: false, code });
  });

  it('names the month or the day that does not exist, with its month\'s length (it said only "ngày hoặc tháng không có thật")', () => {
    expect(parsePeriod('31/02/2011', TODAY)).toEqual({ ok: false, code: 'period.noSuchDay', params: { day: 31, month: 2, year: 2011, days: 28 } });
    expect(parsePeriod('13/2011', TODAY)).toEqual({ ok: false, code: 'period.noSuchMonth', params: { month: 13 } });
    // In a range, the end that is wrong.
    expect(parsePeriod('3/2011 - 30/02/2012', TODAY)).toEqual({ ok: false, code: 'period.noSuchDay', params: { day: 30, month: 2, year: 2012, days: 29 } });
    expect(parsePeriod('0/1998', TODAY)).toEqual({ ok: false, code: 'period.noSuchMonth', params: { month: 0 } });
    expect(parsePeriod('3/2011 - 14/2012', TODAY)).toEqual({ ok: false, code: 'period.noSuchMonth', params: { month: 14 } });
  });

  it('reads back what it prints, for every case', () => {
    for (const [typed] of READS) {
      const first = parsePeriod(typed, TODAY);
      if (!first.ok) throw new Error(typed);
      expect(parsePeriod(periodText(first.value), TODAY)).toEqual(first);
    }
  });
});

describe('formatPeriod', () => {
  it('prints old dossiers (no precision stored) as full dates and nothing when unknown', () => {
    expect(formatPeriod('2025-01-05', '2025-12-20')).toBe('05/01/2025 – 20/12/2025');
    expect(formatPeriod('2025-01-05', '2025-01-05')).toBe('05/01/2025');
    expect(formatPeriod(undefined, undefined)).toBe('');
    expect(formatPeriod('2025-01-05', undefined)).toBe('05/01/2025');
  });
});
