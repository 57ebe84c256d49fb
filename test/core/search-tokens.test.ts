// Tokens of the search index and terms of a query: folding, separators, joins, prefixes.
import { describe, expect, it } from 'vitest';
import { entryWords, indexTokens, isIndexedPrefix, PREFIX_MARK, queryTerms } from '../../renderer/src/search/tokens';

describe('entryWords', () => {
  it.each<[text: string, words: string[]]>([
    ['Quyết Định Đức', ['quyet', 'dinh', 'duc']],
    ['15/QĐ-UBND', ['15', '15qd', '15qdubnd', 'qd', 'qdubnd', 'ubnd']],
    ['05/01/2026', ['05', '0501', '05012026', '01', '012026', '2026']],
    ['tài chính - kế toán', ['tai', 'chinh', 'ke', 'toan']],
    ['V/v  đôn đốc', ['v', 'vv', 'don', 'doc']],
    ['a.b.c.d.e.f', ['a', 'b', 'c', 'd', 'e', 'f', 'abcdef']],
    ['', []],
  ])('%j', (text, words) => {
    expect(entryWords(text)).toEqual(words);
  });

  it('keeps each word once, at its first place', () => {
    expect(entryWords('ke hoach ke hoach 2026')).toEqual(['ke', 'hoach', '2026']);
  });
});

describe('indexTokens', () => {
  const p = (s: string) => PREFIX_MARK + s;

  it('follows each word with its first letter, when not seen before', () => {
    expect(indexTokens(['quyet', 'qua', 'd'])).toEqual(['quyet', p('q'), 'qua', 'd', p('d')]);
  });

  it('gives words starting with a digit their first two characters too', () => {
    expect(indexTokens(['2026', '20', '05012026', '5'])).toEqual(['2026', p('2'), p('20'), '20', '05012026', p('0'), p('05'), '5', p('5')]);
  });
});

describe('isIndexedPrefix', () => {
  it.each<[prefix: string, indexed: boolean]>([
    ['d', true],
    ['du', false],
    ['2', true],
    ['20', true],
    ['202', false],
  ])('%j → %j', (prefix, indexed) => {
    expect(isIndexedPrefix(prefix)).toBe(indexed);
  });
});

describe('queryTerms', () => {
  it.each<[query: string, words: string[], prefix: string | undefined]>([
    ['Quyết Định', ['quyet'], 'dinh'],
    ['quyet dinh ', ['quyet', 'dinh'], undefined],
    ['15/QĐ', [], '15qd'],
    ['qd-ubnd 2026', ['qdubnd'], '2026'],
    ['ke hoach su d', ['ke', 'hoach', 'su'], 'd'],
    ['duc duc', ['duc'], undefined],
    ['ke hoach k', ['ke', 'hoach'], undefined],
    ['  / - ', [], undefined],
    ['', [], undefined],
  ])('%j', (query, words, prefix) => {
    const terms = queryTerms(query);
    expect(terms.words).toEqual(words);
    expect(terms.prefix).toBe(prefix);
  });
});
