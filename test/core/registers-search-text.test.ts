// Full-text search over register entries: what a clerk types in the search box must hit,
// with or without marks, with or without separators and leading zeros.
import { describe, expect, it } from 'vitest';
import { incomingSearchText, outgoingSearchText } from '../../renderer/src/core/registers/search-text';
import { incomingIndexDoc, outgoingIndexDoc } from '../../renderer/src/core/registers/entry-index';
import { foldText, toneNeutral } from '../../renderer/src/core/text';
import { emptyIncomingInput, emptyOutgoingInput, type IncomingInput, type OutgoingInput } from '../../renderer/src/core/registers/types';

const incoming: IncomingInput = {
  ...emptyIncomingInput('2026-01-05'),
  arrivalNumber: 5,
  sender: 'UBND huyện Đức Thọ',
  number: '15',
  notation: 'QĐ-UBND',
  documentDate: '2026-01-03',
  typeName: 'Quyết định',
  summary: 'Về việc phê duyệt kế hoạch sử dụng đất',
  recipient: 'Công chức Địa chính',
  signerName: 'Trần Quốc Hưng',
  handlingDeadline: '2026-01-20',
  progressNote: 'Đã trình Chủ tịch',
  replyNotation: '21/BC-UBND',
};

const outgoing: OutgoingInput = {
  ...emptyOutgoingInput('2026-02-09'),
  number: 7,
  notation: 'UBND-VP',
  typeName: 'Công văn',
  summary: 'V/v đôn đốc thu thuế sử dụng đất phi nông nghiệp',
  signerPosition: 'Phó Chủ tịch',
  signerName: 'Lê Thị Ngọc Ánh',
  recipients: ['Thôn Đông', 'Thôn Đoài'],
  retainedCopyHolder: 'Văn phòng',
  copyCount: 12,
};

/** How the search box compares: the query folded like the index. */
const hits = (text: string, query: string): boolean => text.includes(foldText(query).trim());

describe('incomingSearchText', () => {
  const text = incomingSearchText(incoming);

  it('is folded: no capitals, no marks, đ → d', () => {
    expect(text).toBe(foldText(text));
    expect(text).toMatch(/^[\x20-\x7e]+$/);
  });

  it.each<[query: string, found: boolean]>([
    ['duc', true],
    ['Đức Thọ', true],
    ['DUC THO', true],
    ['05', true],
    ['5', true],
    ['15/QĐ-UBND', true],
    ['15/qd-ubnd', true],
    ['15qdubnd', true],
    ['QĐ-UBND', true],
    ['qdubnd', true],
    ['05/01/2026', true],
    ['03/01/2026', true],
    ['20/01/2026', true],
    ['su dung dat', true],
    ['sử dụng đất', true],
    ['dia chinh', true],
    ['hung', true],
    ['21/bc-ubnd', true],
    ['chu tich', true],
    ['2026-01-05', false],
    ['16/qd-ubnd', false],
    ['thai thuy', false],
  ])('%j → %s', (query, found) => {
    expect(hits(text, query)).toBe(found);
  });

  it('text typed decomposed (NFD) is found the same way', () => {
    const nfd = incomingSearchText({ ...incoming, sender: incoming.sender.normalize('NFD') });
    expect(hits(nfd, 'duc tho')).toBe(true);
  });

  it('leaves out empty fields instead of padding with spaces', () => {
    const bare = incomingSearchText({ ...emptyIncomingInput('2026-01-05'), sender: 'Sở Nội vụ', summary: 'Về việc' });
    expect(bare).toBe('05/01/2026 so noi vu ve viec');
  });
});

describe('outgoingSearchText', () => {
  const text = outgoingSearchText(outgoing);

  it.each<[query: string, found: boolean]>([
    ['07/UBND-VP', true],
    ['7/ubnd-vp', true],
    ['07ubndvp', true],
    ['ubnd-vp', true],
    ['09/02/2026', true],
    ['don doc', true],
    ['đôn đốc', true],
    ['ngoc anh', true],
    ['thon doai', true],
    ['van phong', true],
    ['12', true],
    ['Công văn', true],
    ['08/ubnd-vp', false],
  ])('%j → %s', (query, found) => {
    expect(hits(text, query)).toBe(found);
  });

  it('an entry not numbered yet still indexes its notation', () => {
    const { number: _n, ...unnumbered } = outgoing;
    const t = outgoingSearchText(unnumbered);
    expect(hits(t, 'ubnd-vp')).toBe(true);
    expect(hits(t, '07')).toBe(false);
  });
});

describe('a cancelled entry in the register index', () => {
  const doc = { ...incoming, arrivalNumber: 5, registerId: 'r-1', id: 'e-5', deleted: false };
  it('is found by why it was cancelled, typed without marks; a live entry is not found by a reason it never had', () => {
    const cancelled = incomingIndexDoc({ ...doc, deleted: true, deletedReason: 'Vào sổ nhầm: văn bản gửi UBND xã khác' });
    expect(hits(cancelled.text, 'vao so nham')).toBe(true);
    expect(hits(cancelled.text, 'phe duyet ke hoach')).toBe(true);
    expect(hits(incomingIndexDoc(doc).text, 'vao so nham')).toBe(false);
    // A reason kept on a live entry (one cancelled, then written again by a later version) is not its words.
    expect(hits(incomingIndexDoc({ ...doc, deletedReason: 'Vào sổ nhầm' }).text, 'vao so nham')).toBe(false);
    const out = outgoingIndexDoc({ ...outgoing, number: 7, registerId: 'r-2', id: 'o-7', deleted: true, deletedReason: 'Cấp trùng số' });
    expect(hits(out.text, 'cap trung so')).toBe(true);
  });
});

describe('toneNeutral', () => {
  it('reads a word the same whichever vowel carries its tone mark, and keeps different words apart', () => {
    expect(toneNeutral('Thụy Hải')).toBe(toneNeutral('Thuỵ Hải'));
    expect(toneNeutral('hòa bình')).toBe(toneNeutral('hoà bình'));
    expect(toneNeutral('Quý')).toBe(toneNeutral('Qúy'));
    expect(toneNeutral('Thụy Hải'.normalize('NFD'))).toBe(toneNeutral('Thụy Hải'));
    expect(toneNeutral('Hương')).not.toBe(toneNeutral('Hường'));
    expect(toneNeutral('Hải')).not.toBe(toneNeutral('Hài'));
    expect(toneNeutral('Thái Thụy 15/QĐ-UBND')).toBe(toneNeutral('Thái Thuỵ 15/QĐ-UBND'));
  });
});
