// Metres of shelf are typed the Vietnamese way ("12,5") as often as the English way ("12.5").
import { describe, expect, it } from 'vitest';
import { fileSlug, formatDecimal, parseDecimal, parseWholeNumber } from '../../renderer/src/core/format';

describe('decimals typed by a clerk', () => {
  it.each<[string, number | undefined]>([
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 3 ', 3],
    ['0,25', 0.25],
    ['0.125', 0.125],
    ['1.5', 1.5],
    ['1500', 1500],
    ['1,500', 1.5],
    ['1234.567', 1234.567],
    ['', undefined],
    ['  ', undefined],
  ])('"%s" → %s', (text, want) => {
    expect(parseDecimal(text)).toBe(want);
  });

  it.each(['12,5m', 'mười', '1.250,5', '1,2,3', ','])('"%s" is not a number', (text) => {
    expect(parseDecimal(text)).toBeNaN();
  });

  // Thousands grouped with a dot (Vietnamese) or a decimal point (English): never guessed.
  it.each(['1.500', '12.500', '999.000', '-1.500'])('"%s" could be read two ways and is refused', (text) => {
    expect(parseDecimal(text)).toBeNaN();
  });

  it.each<[number, string, string]>([
    [12.5, 'vi', '12,5'],
    [12.5, 'en', '12.5'],
    [1250, 'vi', '1250'],
    [0.125, 'vi', '0,13'],
  ])('%s in %s prints as %s', (n, lang, want) => {
    expect(formatDecimal(n, lang)).toBe(want);
  });
});

describe('file names made from Vietnamese names', () => {
  it('are ASCII words joined by hyphens, shortened between words, never inside a number or word', () => {
    const name = 'Chỉnh lý tài liệu tồn đọng giai đoạn 1995–2005';
    expect(fileSlug(name)).toBe('chinh-ly-tai-lieu-ton-dong-giai-doan-1995-2005');
    expect(fileSlug(name, 40)).toBe('chinh-ly-tai-lieu-ton-dong-giai-doan');
    expect(fileSlug(name, 41)).toBe('chinh-ly-tai-lieu-ton-dong-giai-doan-1995');
    expect(fileSlug('Đợt', 2)).toBe('do');
  });
});

// Box capacities, inventory numbers, label sizes: whole numbers, grouped the Vietnamese way when large.
describe('whole numbers typed by a clerk', () => {
  it.each<[string, number | undefined]>([
    ['800', 800],
    [' 5000 ', 5000],
    ['5.000', 5000],
    ['5 000', 5000],
    ['1.250.000', 1250000],
    ['0', 0],
    ['', undefined],
    ['   ', undefined],
  ])('"%s" → %s', (text, want) => {
    expect(parseWholeNumber(text)).toBe(want);
  });

  // Never rounded, clamped or read past a letter: the field says what to type instead.
  it.each(['abc', '5a', '12,5', '1,500', '-3', '5.00', '50.0000', '1.5', '+5', '9999999999999999'])('"%s" is not a whole number', (text) => {
    expect(parseWholeNumber(text)).toBeNaN();
  });
});
