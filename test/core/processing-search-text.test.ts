// The words a box is asked and found by in archive search: its number as one word ("hop2"), in the box, the dossiers
// standing in it and their documents, and a query naming a box's number asked so — "hộp 2" is box 02, not whatever holds
// a "2"; an inventory's alike ("ml2": "ML 2 hộp 2" is inventory 2's box 02). A box's row says where it stands; a box query
// lists its hits box by box, by file number, the documents after (ShelfOrder), and those only when it asks of them.
import { describe, expect, it } from 'vitest';
import { archiveQuery, asksOfDocuments, boxNumberQuery, boxNumberWord, boxSearchText, dossierSearchText, fileNumbersQuery, isBoxNumberWord, isBoxTerm, shelfWords } from '../../renderer/src/core/processing/search-text';
import { boxItem, documentItem, dossierItem, type ArchiveItemWithText } from '../../renderer/src/core/processing/archive-items';
import type { DossierDoc } from '../../renderer/src/core/processing/types';
import { queryTerms } from '../../renderer/src/search/tokens';
import type { Box, Dossier } from '../../renderer/src/core/dossiers/types';

const terms = (q: string) => queryTerms(archiveQuery(q));

describe('a box asked by its number', () => {
  it.each([
    ['hộp 2', { words: ['hop2'] }],
    ['Hộp 02', { words: ['hop2'] }],
    ['hop 2', { words: ['hop2'] }],
    ['hộp số 2', { words: ['hop2'] }],
    ['HOP SO 02', { words: ['hop2'] }],
    ['hộp2', { words: ['hop2'] }],
    ['hộp 20', { words: ['hop20'] }],
    // Typed with combining marks (NFD), as some keyboards send them.
    ['ho\u0302\u0323p 2', { words: ['hop2'] }],
    // With words, the last one typed is still the start of one.
    ['hộp 2 quyết đ', { words: ['hop2', 'quyet'], prefix: 'd' }],
    // Words typed before it are finished; an inventory's number is its one word too.
    ['ML 1 hộp 2', { words: ['ml1', 'hop2'] }],
    // With a file's numbers.
    ['ml 1 hs 5 hộp 2', { words: ['ml1', 'hs5', 'hop2'] }],
  ])('%s is asked as its number, whole', (q, want) => {
    expect(terms(q)).toEqual(want);
  });

  it.each(['hộp 0', 'hộp', 'hộp số', 'họp 2', 'hợp 2', 'tổng hợp 2', 'hopdong 2', '2', 'ML 2', 'chop 2'])('%s names no box number: asked as typed', (q) => {
    expect(boxNumberQuery(q)).toBe(q);
    expect(archiveQuery(q)).toBe(fileNumbersQuery(q));
  });

  it('a box and a dossier standing in it hold the box number as one word; a dossier with no box does not', () => {
    const box = { id: 'b', number: 2, inventoryNumber: 2, note: '', store: 'Kho số 1', rack: 'Giá 12' } as unknown as Box;
    const dossier = { id: 'd', title: 'Tập công văn', notation: '', heading: '', note: '', keeper: '', startDate: '2025-01-01', endDate: '2025-12-31', inventoryNumber: 2, fileNumber: 4 } as unknown as Dossier;
    expect(boxSearchText(box).split(' ')).toContain('hop2');
    expect(dossierSearchText(dossier, box).split(' ')).toContain('hop2');
    expect(dossierSearchText(dossier)).not.toMatch(/hop\d/);
    // ML 2's box 05 is not box 02.
    expect(boxSearchText({ ...box, number: 5 }).split(' ')).not.toContain('hop2');
  });

  it('the words the server takes as naming a box, as the index folds them: a box word or a box number, not "hợp"\'s "hop2x" nor a title\'s word', () => {
    for (const w of ['hop', 'kho', 'gia', 'khoang', 'tang', boxNumberWord(2), boxNumberWord(20)]) expect(isBoxTerm(w), w).toBe(true);
    for (const w of ['hộp', 'giá', 'hopdong', 'hop0', 'hop2x', 'dat', '2']) expect(isBoxTerm(w), w).toBe(false);
    expect([boxNumberWord(7), 'hop', 'hop02'].map(isBoxNumberWord)).toEqual([true, false, false]);
  });
});

describe('an inventory asked by its number', () => {
  it.each([
    ['ML 2 hộp 2', { words: ['ml2', 'hop2'] }],
    ['mục lục 2 hộp 2', { words: ['ml2', 'hop2'] }],
    ['muc luc 2 hop 2', { words: ['ml2', 'hop2'] }],
    ['Mục lục số 2 hộp số 02', { words: ['ml2', 'hop2'] }],
    ['hộp 2 ML 2 quyết đ', { words: ['ml2', 'hop2', 'quyet'], prefix: 'd' }],
    ['ML 2', { words: ['ml2'] }],
    ['ML 12', { words: ['ml12'] }],
  ])('%s is asked as its number, whole', (q, want) => {
    expect(terms(q)).toEqual(want);
  });

  it('a box, a file in it and a document of that file hold the inventory’s and the box’s numbers as one word each; a file with none, nothing', () => {
    const box = { id: 'b', origin: 'u', number: 2, inventoryNumber: 2, note: '', store: 'Kho số 1' } as unknown as Box;
    const dossier = { id: 'd', origin: 'u', title: 'Tập quyết định', notation: '', heading: '', note: '', keeper: '', inventoryNumber: 2, fileNumber: 4 } as unknown as Dossier;
    const doc = { id: 'x', dossierId: 'd', position: 1, number: '9/QĐ', date: '2025-03-02', author: 'UBND xã', summary: 'Quyết định giao đất', note: '' } as unknown as DossierDoc;
    expect(boxSearchText(box).split(' ')).toEqual(expect.arrayContaining(['ml2', 'hop2']));
    expect(dossierSearchText(dossier, box).split(' ')).toEqual(expect.arrayContaining(['ml2', 'hop2']));
    expect(documentItem(doc, dossier, box, undefined).text.split(' ')).toEqual(expect.arrayContaining(['ml2', 'hop2']));
    // A slip put in a box before it is numbered: the box's inventory; a file not boxed: its own; neither: nothing.
    expect(shelfWords({}, box)).toBe('ml2 hop2');
    expect(shelfWords({ inventoryNumber: 1 }, box)).toBe('ml1 ml2 hop2');
    expect(shelfWords({ inventoryNumber: 1 })).toBe('ml1');
    expect(shelfWords({})).toBe('');
    expect(documentItem(doc, { ...dossier, inventoryNumber: undefined } as unknown as Dossier, undefined, undefined).text).not.toMatch(/\b(ml|hop)\d/);
  });
});

describe('a box query’s rows', () => {
  it('a box’s row says where it stands as its files’ rows do: its number, then its place; with no place written, its number', () => {
    const box = { id: 'b', origin: 'u', number: 2, inventoryNumber: 1, note: '', store: 'Kho số 1', shelf: '3' } as unknown as Box;
    expect(boxItem(box).where).toBe('ML 1 · hộp 02 · Kho số 1 · Tầng 3');
    expect(boxItem(box).where).toBe(dossierItem({ id: 'd', origin: 'u', title: 'T', notation: '01', fileNumber: 1, inventoryNumber: 1 } as unknown as Dossier, box).where);
    expect(boxItem({ ...box, store: undefined, shelf: undefined, inventoryNumber: undefined } as unknown as Box).where).toBe('Hộp 02');
  });

  it('list box by box (inventory, number), in a box by file number (a slip first), then the documents box by box, file by file, by place; what stands in no box after', () => {
    const box = (inventoryNumber: number, number: number) => ({ id: `b${inventoryNumber}-${number}`, origin: 'u', inventoryNumber, number, note: '' }) as unknown as Box;
    const file = (fileNumber: number | undefined, b: Box | undefined) => ({ id: `d${fileNumber ?? 'slip'}`, origin: 'u', title: 'T', notation: '', inventoryNumber: b?.inventoryNumber ?? 1, ...(fileNumber !== undefined ? { fileNumber } : { tempNumber: 3, source: 'backlog' }) }) as unknown as Dossier;
    const doc = (d: Dossier, position: number) => ({ id: `x${d.id}-${position}`, dossierId: d.id, position, number: '', author: '', summary: '', note: '' }) as unknown as DossierDoc;
    const [b12, b13, b21] = [box(1, 2), box(1, 13), box(2, 1)];
    const [f5, f3, slip, f40, f1, loose] = [file(5, b12), file(3, b12), file(undefined, b12), file(40, b13), file(1, b21), file(9, undefined)];
    const items: ArchiveItemWithText[] = [
      documentItem(doc(f1, 1), f1, b21, undefined),
      dossierItem(loose, undefined),
      documentItem(doc(f5, 2), f5, b12, undefined),
      boxItem(b21),
      dossierItem(f40, b13),
      documentItem(doc(f5, 1), f5, b12, undefined),
      dossierItem(f5, b12),
      boxItem(b12),
      documentItem(doc(loose, 1), loose, undefined, undefined),
      dossierItem(f1, b21),
      dossierItem(f3, b12),
      dossierItem(slip, b12),
      documentItem(doc(f3, 7), f3, b12, undefined),
    ];
    const sorted = [...items].sort((a, b) => a.order.box - b.order.box || a.order.file - b.order.file);
    expect(sorted.filter((i) => i.kind === 'box').map((i) => i.id)).toEqual(['b:b1-2', 'b:b2-1']);
    expect(sorted.filter((i) => i.kind !== 'box').map((i) => i.id)).toEqual(['d:dslip', 'd:d3', 'd:d5', 'd:d40', 'd:d1', 'd:d9', 'x:xd3-7', 'x:xd5-1', 'x:xd5-2', 'x:xd1-1', 'x:xd9-1']);
    // Whole numbers below 2³¹ (the app's index keeps them as 32-bit days), at the largest numbers a form allows.
    const big = box(999, 99_999);
    const last = documentItem(doc(file(99_999, big), 16_383), file(99_999, big), big, undefined).order;
    for (const n of [last.box, last.file]) expect(Number.isInteger(n) && n >= 0 && n < 2 ** 31, String(n)).toBe(true);
  });

  it.each([
    ['hop2', false],
    ['ml2 hop2', false],
    ['hs5 hop2 kho', false],
    ['hop2 quyet', true],
    ['hop2 2025', true],
  ])('a box query "%s" asks of the documents in it: %s', (asked, want) => {
    expect(asksOfDocuments(asked.split(' '))).toBe(want);
  });
});
