// The words a box is asked and found by in archive search: its number as one word ("hop2"), in the box and the
// dossiers standing in it, and a query naming a box's number asked so — "hộp 2" is box 02, not whatever holds a "2".
import { describe, expect, it } from 'vitest';
import { archiveQuery, boxNumberQuery, boxNumberWord, boxSearchText, dossierSearchText, fileNumbersQuery, isBoxNumberWord, isBoxTerm } from '../../renderer/src/core/processing/search-text';
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
    // Words typed before it are finished.
    ['ML 1 hộp 2', { words: ['hop2', 'ml', '1'] }],
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
