import { describe, expect, it } from 'vitest';
import { parseTypedDate, parseTypedMoment } from '../../renderer/src/core/typed-date';

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
