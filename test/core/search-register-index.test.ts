// The register search index (FlexSearch with our tokens and intersection), in Node without
// the worker: what a clerk types must find the right entries, best first.
import { describe, expect, it } from 'vitest';
import { incomingSearchText, outgoingSearchText } from '../../renderer/src/core/registers/search-text';
import { emptyIncomingInput, emptyOutgoingInput, type IncomingInput, type OutgoingInput } from '../../renderer/src/core/registers/types';
import { RegisterIndex, type SearchEntry } from '../../renderer/src/search/register-index';
import { entryWords, queryTerms } from '../../renderer/src/search/tokens';
import { seededRng, pick } from '../fixtures/generate';
import { generateIncomingDocFields, generateOutgoingDocFields } from '../fixtures/generate-registers';

const inc = (over: Partial<IncomingInput>): IncomingInput => ({ ...emptyIncomingInput('2026-01-05'), ...over });
const out = (over: Partial<OutgoingInput>): OutgoingInput => ({ ...emptyOutgoingInput('2026-01-05'), ...over });

/** A small register: decisions, land-use plans, a notice, a letter mentioning a decision in its note. */
const DOCS: Record<string, string> = {
  A: incomingSearchText(
    inc({
      arrivalNumber: 12,
      arrivalDate: '2026-01-05',
      sender: 'Sở Nội vụ tỉnh Thái Bình',
      number: '15',
      notation: 'QĐ-UBND',
      documentDate: '2026-01-02',
      typeName: 'Quyết định',
      summary: 'Quyết định về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc',
      recipient: 'Chủ tịch UBND xã',
      signerPosition: 'Giám đốc',
      signerName: 'Đặng Văn Đức',
    }),
  ),
  B: incomingSearchText(
    inc({
      arrivalNumber: 13,
      arrivalDate: '2026-01-06',
      sender: 'Phòng Tài nguyên và Môi trường huyện',
      number: '07',
      notation: 'KH-TNMT',
      documentDate: '2026-01-06',
      typeName: 'Kế hoạch',
      summary: 'Kế hoạch sử dụng đất năm 2026',
      recipient: 'Địa chính - Xây dựng',
    }),
  ),
  C: incomingSearchText(
    inc({
      arrivalNumber: 14,
      arrivalDate: '2026-02-10',
      sender: 'UBND huyện Thái Thụy',
      number: '120',
      notation: 'UBND-VP',
      documentDate: '2026-02-09',
      typeName: 'Công văn',
      summary: 'V/v đôn đốc chuyển đổi số',
      recipient: 'Văn phòng - Thống kê',
      note: 'Quyết định kèm theo lưu tại Văn phòng',
    }),
  ),
  D: outgoingSearchText(
    out({
      number: 5,
      notation: 'TB-UBND',
      documentDate: '2026-01-05',
      typeName: 'Thông báo',
      summary: 'Thông báo lịch tiếp công dân quý I năm 2026',
      signerPosition: 'Phó Chủ tịch',
      signerName: 'Trần Thị Lan',
      recipients: ['Các thôn'],
    }),
  ),
  E: outgoingSearchText(
    out({
      number: 6,
      notation: 'KH-UBND',
      documentDate: '2026-01-07',
      typeName: 'Kế hoạch',
      summary: 'Kế hoạch sử dụng đất giai đoạn 2026-2030',
      signerPosition: 'Chủ tịch',
      signerName: 'Lê Văn Dũng',
      recipients: ['Phòng Tài nguyên và Môi trường huyện'],
    }),
  ),
  F: incomingSearchText(
    inc({
      arrivalNumber: 15,
      arrivalDate: '2026-02-11',
      sender: 'Phòng Giáo dục và Đào tạo huyện',
      number: '31',
      notation: 'GDĐT-VP',
      documentDate: '2026-02-10',
      typeName: 'Công văn',
      summary: 'V/v hỗ trợ sửa chữa phòng học',
      recipient: 'Văn hóa - Xã hội',
    }),
  ),
};

function build(docs: Record<string, string> = DOCS): RegisterIndex {
  const index = new RegisterIndex();
  index.add(Object.entries(docs).map(([id, text]) => ({ id, text })));
  return index;
}

const sorted = (ids: string[]) => [...ids].sort();

describe('RegisterIndex.search', () => {
  const index = build();

  it.each<[query: string, expected: string[]]>([
    // diacritics and case
    ['quyet dinh', ['A', 'C']],
    ['Quyết Định', ['A', 'C']],
    ['QUYẾT ĐỊNH', ['A', 'C']],
    ['QUYET', ['A', 'C']],
    // đ/Đ fold to d: Đức (a name) and dục (giáo dục) alike
    ['duc', ['A', 'F']],
    ['Đức', ['A', 'F']],
    ['đặng văn đức', ['A']],
    ['dao tao', ['F']],
    // notations, with or without separators, whole or by head or tail
    ['15/qd', ['A']],
    ['15/QĐ-UBND', ['A']],
    ['qd-ubnd', ['A']],
    ['QĐ-UBND', ['A']],
    ['15qdubnd', ['A']],
    ['kh-ubnd', ['E']],
    ['gdđt-vp', ['F']],
    ['06/kh', ['E']],
    // dates, whole or by month
    ['05/01/2026', ['A', 'D']],
    ['06/01/2026', ['B']],
    ['02/2026', ['C', 'F']],
    // every word required
    ['ke hoach tnmt', ['B']],
    ['ke hoach ubnd', ['E']],
    ['duc giao', ['F']],
    ['thong bao quy i', ['D']],
    ['quyet dinh thong bao', []],
    // the last word by prefix, the ones before whole
    ['ke hoach su d', ['B', 'E']],
    ['ke hoach su dun', ['B', 'E']],
    ['ke hoa', ['B', 'E']],
    ['ke ho', ['B', 'E']],
    ['20', ['A', 'B', 'C', 'D', 'E', 'F']],
    ['12', ['A', 'C']],
    ['k', ['A', 'B', 'C', 'E']],
    ['chuyen doi s', ['C']],
    ['15/q', ['A']],
    ['05/01/20', ['A', 'D']],
    ['ke hoach su d ', []],
    ['ke hoa su dung', []],
    ['tha', ['A', 'C']],
    // nothing to find
    ['hoa toc', []],
    ['xyz', []],
    ['', []],
    ['  / - ', []],
  ])('%j → %j', (query, expected) => {
    expect(sorted(index.search(query, { limit: 1000 }))).toEqual(expected);
  });

  it('ranks an entry whose words stand early (type, summary) before one that only has them in a note', () => {
    expect(index.search('quyet dinh')).toEqual(['A', 'C']);
  });

  it('ranks the sender before a recipient', () => {
    // B is sent by Phòng TN&MT; E only lists it among its recipients, at the end of its text.
    expect(index.search('tai nguyen moi truong')).toEqual(['B', 'E']);
  });

  it('keeps at most `limit` ids and only those the filter accepts', () => {
    expect(index.search('2026', { limit: 2 })).toHaveLength(2);
    expect(index.search('ke hoach', { filter: (id) => id === 'E' })).toEqual(['E']);
    expect(index.search('ke hoach', { limit: 0 })).toEqual([]);
  });
});

describe('RegisterIndex updates', () => {
  it('upsert replaces an entry: the old words stop hitting, the new ones hit', () => {
    const index = build();
    index.upsert({ id: 'B', text: incomingSearchText(inc({ sender: 'Sở Nội vụ', summary: 'Kế hoạch kiểm tra công tác văn thư', typeName: 'Kế hoạch' })) });
    expect(sorted(index.search('su dung dat'))).toEqual(['E']);
    expect(index.search('kiem tra van thu')).toEqual(['B']);
    expect(sorted(index.search('ke hoach'))).toEqual(['B', 'E']);
    expect(index.size).toBe(6);
  });

  it('remove drops an entry from every search; it can come back', () => {
    const index = build();
    expect(index.remove('A')).toBe(true);
    expect(index.remove('A')).toBe(false);
    expect(index.search('15/qd')).toEqual([]);
    expect(index.search('quyet dinh')).toEqual(['C']);
    expect(index.size).toBe(5);
    index.upsert({ id: 'A', text: DOCS.A! });
    expect(index.search('15/qd')).toEqual(['A']);
  });

  it('fills the limit past removed entries', () => {
    const index = new RegisterIndex();
    index.add(Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, text: `ke hoach so ${i}` })));
    for (let i = 0; i < 250; i += 2) index.remove(`e${i}`);
    const found = index.search('ke hoach', { limit: 100 });
    expect(found).toHaveLength(100);
    expect(found.every((id) => Number(id.slice(1)) % 2 === 1 || Number(id.slice(1)) >= 250)).toBe(true);
  });

  it('adding the same id twice keeps one entry', () => {
    const index = new RegisterIndex();
    index.add([
      { id: 'x', text: 'quyet dinh' },
      { id: 'x', text: 'ke hoach' },
    ]);
    expect(index.size).toBe(1);
    expect(index.search('quyet')).toEqual([]);
    expect(index.search('ke hoach')).toEqual(['x']);
  });
});

describe('RegisterIndex agrees with a naive scan', () => {
  /** Oracle: every whole word among the entry's words, the prefix starting one of them. */
  function naive(entries: readonly SearchEntry[], query: string): string[] {
    const { words, prefix } = queryTerms(query);
    if (words.length === 0 && prefix === undefined) return [];
    return entries
      .filter((e) => {
        const have = entryWords(e.text);
        return words.every((w) => have.includes(w)) && (prefix === undefined || have.some((h) => h.startsWith(prefix)));
      })
      .map((e) => e.id);
  }

  it('on generated incoming and outgoing entries, for phrases, notations, dates and prefixes', () => {
    const rng = seededRng(11);
    const entries: SearchEntry[] = [];
    const fields: string[] = [];
    for (let i = 0; i < 400; i++) {
      const year = 2024 + (i % 3);
      if (i % 2) {
        const d = generateIncomingDocFields(rng, i, 'in', year, { perYear: 400 });
        entries.push({ id: `i${i}`, text: incomingSearchText(d) });
        fields.push(d.summary, d.sender, d.signerName, `${d.number}/${d.notation}`, d.notation, d.arrivalDate.split('-').reverse().join('/'));
      } else {
        const d = generateOutgoingDocFields(rng, i, 'out', year, { perYear: 400 });
        entries.push({ id: `o${i}`, text: outgoingSearchText(d) });
        fields.push(d.summary, d.signerName, d.notation, ...d.recipients);
      }
    }
    const index = new RegisterIndex();
    index.add(entries);
    for (let i = 0; i < 120; i += 3) index.remove(entries[i]!.id);
    const live = entries.filter((_, i) => i >= 120 || i % 3 !== 0);

    for (let q = 0; q < 300; q++) {
      const words = pick(rng, fields).split(/\s+/);
      const start = Math.floor(rng() * words.length);
      let query = words.slice(start, start + 1 + Math.floor(rng() * 3)).join(' ');
      if (rng() < 0.3) query = query.slice(0, Math.max(1, query.length - Math.floor(rng() * 4)));
      const expected = naive(live, query);
      const found = index.search(query, { limit: Infinity });
      expect(sorted(found), query).toEqual(sorted(expected));
    }
  });
});
