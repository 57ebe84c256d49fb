import { describe, expect, it } from 'vitest';
import { dateIssue, impossibleDate, impossibleMomentIssue, parseTypedDate, parseTypedMoment } from '../../renderer/src/core/typed-date';
import { validateLoan } from '../../renderer/src/core/duties/loans';
import { createInstance } from 'i18next';
import { issueMessage } from '../../renderer/src/i18n';
import { vi } from '../../renderer/src/i18n/vi';

describe('dates typed by a clerk', () => {
  it.each([
    ['5/3', '2026-03-05'],
    ['05/03/2026', '2026-03-05'],
    ['5-3-26', '2026-03-05'],
    ['5.3.2025', '2025-03-05'],
    ['050326', '2026-03-05'],
    ['05032026', '2026-03-05'],
    ['2026-03-05', '2026-03-05'],
    ['29/2/2024', '2024-02-29'],
  ])('%s → %s', (typed, iso) => expect(parseTypedDate(typed, 2026)).toBe(iso));

  it.each(['', '31/02/2026', '29/2/2026', '13/13', 'hôm qua', '1/2/3/4'])('refuses %j', (typed) => expect(parseTypedDate(typed, 2026)).toBeUndefined());
});

// The moment a key is revoked from, typed: a date, then an hour and minutes (local time).
describe('parseTypedMoment', () => {
  const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).toISOString();
  it.each<[string, string | undefined]>([
    ['04/12/2026 21:09', local(2026, 12, 4, 21, 9)],
    ['4/12/2026 9:05', local(2026, 12, 4, 9, 5)],
    ['04/12/2026 21h09', local(2026, 12, 4, 21, 9)],
    ['04/12/2026', local(2026, 12, 4)],
    ['05 03 26', local(2026, 3, 5)],
    ['5/3 8:00', local(2026, 3, 5, 8)],
    ['05 03 20', local(2020, 3, 5)],
    ['04/12/2026 21', local(2026, 12, 4, 21)],
    ['abc', undefined],
    ['31/02/2026 10:00', undefined],
    ['04/12/2026 25:00', undefined],
    ['04/12/2026 21:75', undefined],
    ['', undefined],
  ])('"%s"', (text, want) => {
    expect(parseTypedMoment(text, 2026)).toBe(want);
  });
});

describe('a date whose day or month does not exist is named, not only refused', () => {
  it('names the day the month lacks, with how many days it has; leap years counted', () => {
    expect(impossibleDate('31/02/2026')).toEqual({ day: 31, month: 2, year: 2026, days: 28 });
    expect(impossibleDate('29/02/2025')).toEqual({ day: 29, month: 2, year: 2025, days: 28 });
    expect(impossibleDate('29/02/2024')).toBeUndefined();
    expect(impossibleDate('31/4/26')).toEqual({ day: 31, month: 4, year: 2026, days: 30 });
    expect(impossibleDate('310226')).toEqual({ day: 31, month: 2, year: 2026, days: 28 });
    // Without a year: only a day the month never has, said without a year (the form's year decides 29/2).
    expect(impossibleDate('30/2')).toEqual({ day: 30, month: 2, days: 29 });
    expect(impossibleDate('31/4')).toEqual({ day: 31, month: 4, days: 30 });
    expect(impossibleDate('29/2')).toBeUndefined();
    // A year, or a month and year, is not a day that does not exist (dossier dates may be typed so).
    for (const text of ['2025', '1998', '3/2025', '03/25', '0325']) expect(impossibleDate(text)).toBeUndefined();
    expect(impossibleDate('12/13/2026')).toEqual({ day: 12, month: 13, year: 2026 });
    // Real dates, and what is not a date at all, are not this.
    expect(impossibleDate('28/02/2026')).toBeUndefined();
    expect(impossibleDate('hôm qua')).toBeUndefined();
    expect(impossibleDate('0/02/2026')).toBeUndefined();
  });

  it('a moment typed with its time (a key revoked from "31/02/2026 21:09") names its day too', () => {
    expect(impossibleMomentIssue('from', '31/02/2026 21:09')).toEqual({ field: 'from', code: 'date.noSuchDay', params: { day: 31, month: 2, year: 2026, days: 28 } });
    expect(impossibleMomentIssue('from', '31/04/2026')).toEqual({ field: 'from', code: 'date.noSuchDay', params: { day: 31, month: 4, year: 2026, days: 30 } });
    expect(impossibleMomentIssue('from', '05/13/2026 08:30')).toEqual({ field: 'from', code: 'date.noSuchMonth', params: { month: 13 } });
    // A moment that reads, or one that does not read at all: the form's own sentence.
    expect(impossibleMomentIssue('from', '28/02/2026 21:09')).toBeUndefined();
    expect(impossibleMomentIssue('from', 'hôm qua 9 giờ')).toBeUndefined();
  });

  it('gives the form its sentence: the day named, or the form’s own when the date does not read', async () => {
    expect(dateIssue('loanDate', '31/02/2026')).toEqual({ field: 'loanDate', code: 'date.noSuchDay', params: { day: 31, month: 2, year: 2026, days: 28 } });
    expect(dateIssue('loanDate', '5/13/2026')).toEqual({ field: 'loanDate', code: 'date.noSuchMonth', params: { month: 13 } });
    expect(dateIssue('date', 'mùng 5', 'dossier.date.invalid')).toEqual({ field: 'date', code: 'dossier.date.invalid' });
    expect(dateIssue('startDate', '2025', 'dossier.date.invalid')).toEqual({ field: 'startDate', code: 'dossier.date.invalid' });
    expect(dateIssue('dueDate', '31/6')).toEqual({ field: 'dueDate', code: 'date.noSuchDayInMonth', params: { day: 31, month: 6, days: 30 } });
    const i18n = createInstance();
    await i18n.init({ resources: { vi: { translation: vi } }, lng: 'vi', interpolation: { escapeValue: false } });
    expect(issueMessage(i18n.t, dateIssue('loanDate', '31/02/2026'))).toBe('Tháng 2/2026 không có ngày 31 (tháng này có 28 ngày). Hãy kiểm tra lại ngày.');
    // Through a form's rules: the loan's dates.
    const issues = validateLoan(
      { unitId: 'u', requesterName: 'Trần Văn Nam', organisation: '', idDocument: 'CCCD 034090001111', purpose: 'Tra cứu', form: 'read', copies: 0, approvedBy: 'Vũ Văn Hùng, Chủ tịch UBND xã', requestDate: '31/02/2026', loanDate: '2026-03-01', dueDate: '2026-03-05', returnCondition: '', note: '' },
      1,
      '2026-03-10',
    );
    expect(issues).toEqual([{ field: 'requestDate', code: 'date.noSuchDay', params: { day: 31, month: 2, year: 2026, days: 28 } }]);
  });
});
