// The pieces of the persisted list index, pure and in Node: posting lists as sorted arrays or
// bitmaps, term pages found by their first tokens, the pair collector, the per-entry columns
// with their value dictionaries, and what a typed query asks.
import { describe, expect, it } from 'vitest';
import { containerOf, containerValues, countBits, newBitmap, orContainer, setBit, SPARSE_MAX, writeBits } from '../../renderer/src/search/persisted/bitmap';
import { FacetDictionary, NO_DAY, SegmentColumns, type ColumnSpec } from '../../renderer/src/search/persisted/columns';
import { PostingsBuilder } from '../../renderer/src/search/persisted/postings-builder';
import { encodePages, PAGE_BYTES, pageFor, pagesForPrefix, TermPage } from '../../renderer/src/search/persisted/term-pages';
import { compileText, tokensMatch } from '../../renderer/src/search/persisted/text-query';
import { tokensOf } from '../../renderer/src/search/persisted/scope-state';
import { followUpStatus, followUpStatusOf } from '../../renderer/src/core/registers/follow-up';
import { dayNumber } from '../../renderer/src/core/registers/entry-index';

const range = (from: number, to: number, step = 1) => Array.from({ length: Math.ceil((to - from) / step) }, (_, i) => from + i * step);

describe('posting lists', () => {
  it.each([
    ['a few entries stay a sorted list', [3, 9, 70], false],
    [`up to ${SPARSE_MAX} entries stay a list`, range(0, SPARSE_MAX * 3, 3), false],
    ['more become a bitmap', range(0, SPARSE_MAX + 1), true],
  ])('%s', (_, values, dense) => {
    const c = containerOf(values);
    expect(c.dense).toBe(dense);
    expect(containerValues(c)).toEqual(values);
    const bm = newBitmap();
    orContainer(bm, c);
    expect(countBits(bm)).toBe(values.length);
    const out = new Uint32Array(values.length);
    expect(writeBits(bm, 65_536, out, 0)).toBe(values.length);
    expect([...out]).toEqual(values.map((v) => 65_536 + v));
  });
});

describe('term pages', () => {
  const tokens = range(0, 600).map((i) => `w${String(i).padStart(4, '0')}`);
  const entries = tokens.map((t, i) => [t, containerOf(i % 97 === 0 ? range(0, 5000) : [i, i + 1])] as const);
  const { first, pages } = encodePages(entries, 2048);
  const read = pages.map((p) => new TermPage(p));

  it('cuts the words into pages and finds each word and its list on the page its first token points to', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const [i, t] of tokens.entries()) {
      const page = read[pageFor(first, t)]!;
      expect(containerValues(page.find(t)!)).toEqual(i % 97 === 0 ? range(0, 5000) : [i, i + 1]);
    }
    expect(pageFor(first, 'a')).toBe(-1);
    expect(read[pageFor(first, 'w0003x')]!.find('w0003x')).toBeUndefined();
  });

  it('keeps every stored page within PAGE_BYTES (about 8 KB), table and tokens included, even of thousands of rare words', () => {
    // Numbers as the archive holds them ("phiếu 1204", "hộp 187"): many tokens with a list of one or two each.
    const rare = range(0, 20_000).map((i) => [`${100_000 + i}`, containerOf([i % 65_536])] as const);
    const { first: firstRare, pages: rarePages } = encodePages(rare);
    const stored = (p: (typeof rarePages)[number]) => p.data.byteLength + p.index.byteLength + p.tokens.length * 2;
    expect(Math.max(...rarePages.map(stored))).toBeLessThanOrEqual(PAGE_BYTES);
    expect(rarePages.length).toBeGreaterThan(1);
    const read = rarePages.map((p) => new TermPage(p));
    expect(containerValues(read[pageFor(firstRare, '112345')]!.find('112345')!)).toEqual([12_345]);
  });

  it('gives a common word’s bitmap (8 KB, over a page’s budget) a page of its own, read back whole', () => {
    const entries = [['an', containerOf([1, 2])], ['ba', containerOf(range(0, 5000))], ['ca', containerOf([3])]] as const;
    const { first: f, pages } = encodePages(entries);
    expect(f).toEqual(['an', 'ba', 'ca']);
    const dense = new TermPage(pages[1]!);
    expect(dense.tokens).toEqual(['ba']);
    expect(containerValues(dense.find('ba')!)).toEqual(range(0, 5000));
  });

  it('finds every word starting with a prefix, across pages', () => {
    const pagesOf = pagesForPrefix(first, 'w01');
    const found = pagesOf.flatMap((p) => read[p]!.withPrefix('w01')).length;
    expect(found).toBe(100);
    expect(pagesForPrefix(first, 'x').flatMap((p) => read[p]!.withPrefix('x'))).toEqual([]);
  });
});

describe('collecting postings', () => {
  it('groups pairs by token, sorted, without repeats, whatever the order they came in', () => {
    const b = new PostingsBuilder();
    for (const [t, l] of [['nam', 5], ['ba', 9], ['nam', 1], ['nam', 5], ['ba', 2], ['an', 7]] as const) b.add(t, l);
    expect(b.build().map(([t, c]) => [t, containerValues(c)])).toEqual([
      ['an', [7]],
      ['ba', [2, 9]],
      ['nam', [1, 5]],
    ]);
  });

  it('grows past its first arrays', () => {
    const b = new PostingsBuilder();
    for (let i = 0; i < 100_000; i++) b.add(`t${i % 3}`, i % 65_536);
    const built = b.build();
    expect(built.map(([t]) => t)).toEqual(['t0', 't1', 't2']);
    expect(built.every(([, c]) => c.dense)).toBe(true);
  });
});

describe('columns', () => {
  const spec: ColumnSpec = { facets: ['sender', 'typeName'], flags: ['deleted'], days: ['deadline'], keepIds: true };

  it('keep each entry’s values, codes past 255 and 65,535 included, through storage', () => {
    const s = SegmentColumns.empty(spec);
    s.set(0, { flags: 2, days: [20_000], codes: [1, 300], id: 'a' });
    s.set(7, { flags: 0, days: [NO_DAY], codes: [70_000, 2], id: 'b' });
    s.set(3, { flags: 0, days: [1], codes: [4, 4], id: 'c' });
    s.set(3, undefined);
    const { columns, ids } = s.encode();
    const back = SegmentColumns.decode(spec, columns, ids);
    expect(back.count).toBe(2);
    expect(back.values(0)).toEqual({ flags: 3, days: [20_000], codes: [1, 300], id: 'a' });
    expect(back.values(7)).toEqual({ flags: 1, days: [NO_DAY], codes: [70_000, 2], id: 'b' });
    expect(back.values(3)).toBeUndefined();
  });

  it('refuse columns written for another spec', () => {
    const { columns } = SegmentColumns.empty(spec).encode();
    expect(() => SegmentColumns.decode({ ...spec, facets: ['sender'] }, columns, undefined)).toThrow();
  });

  it('the dictionary hands out codes and lists the values held, most held first', () => {
    const d = new FacetDictionary();
    const a = d.codeOf('Sở Nội vụ');
    const b = d.codeOf('UBND huyện');
    expect(d.codeOf('Sở Nội vụ')).toBe(a);
    d.count(a, 1);
    d.count(b, 1);
    d.count(b, 1);
    d.count(d.codeOf('Công an xã'), 1);
    d.count(d.codeOf('Công an xã'), -1);
    expect(d.held()).toEqual([
      { value: 'UBND huyện', count: 2 },
      { value: 'Sở Nội vụ', count: 1 },
    ]);
    expect(d.find('Không có')).toBe(-1);
  });
});

describe('follow-up status from what the index keeps', () => {
  const today = '2026-03-10';
  it.each([
    [{ progress: 'pending', handlingDeadline: '2026-03-09' }, 'overdue'],
    [{ progress: 'pending', handlingDeadline: '2026-03-13' }, 'due-soon'],
    [{ progress: 'in-progress', dueDate: '2026-03-20' }, 'on-time'],
    [{ progress: 'done', handlingDeadline: '2026-03-01' }, 'done'],
    [{ progress: 'pending' }, 'none'],
    [{ progress: 'pending', handlingDeadline: '2026-03-01', deleted: true }, 'none'],
  ] as const)('%o is %s, by the entry and by its day numbers alike', (doc, status) => {
    expect(followUpStatus(doc, today)).toBe(status);
    const deadline = dayNumber('handlingDeadline' in doc ? doc.handlingDeadline : 'dueDate' in doc ? doc.dueDate : undefined);
    const daysLeft = deadline === undefined ? undefined : deadline - dayNumber(today)!;
    expect(followUpStatusOf({ deleted: 'deleted' in doc, done: doc.progress === 'done', daysLeft })).toBe(status);
  });
});

describe('what a query asks', () => {
  const entry = tokensOf('15 15/qd-ubnd 15qdubnd quyet dinh khen thuong dang van duc 05/01/2026');
  it.each([
    ['', null],
    ['   ', null],
    ['quyết định', true],
    ['QUYET DINH ', true],
    ['quyet th', true],
    ['quyet tx', false],
    ['15/QĐ', true],
    ['qdubnd', true],
    ['0501', true],
    ['d', true],
    ['duc ', true],
    ['du ', false],
    ['!!!', false],
  ])('"%s" → %s', (query, expected) => {
    const q = compileText(query);
    if (expected === null) expect(q).toBeNull();
    else expect(tokensMatch(q!, entry)).toBe(expected);
  });

  it('an empty bitmap stays empty when set bits are counted', () => {
    const bm = newBitmap();
    setBit(bm, 65_535);
    expect(countBits(bm)).toBe(1);
  });
});
