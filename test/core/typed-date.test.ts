import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../../renderer/src/core/typed-date';

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
