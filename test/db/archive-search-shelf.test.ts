// An archivist searching the archive index by where papers stand (the commune's own index, and the province's of the
// bundle it received): a box's row says where it stands — its number and its shelf place — as its files' rows do; "ML 2
// hộp 2" is inventory 2's box 02, not ML 1's; "hộp 2 quyết định" lists the decisions in box 02's files; a box found is
// followed by its files in their numbers' order, box by box, as the province archive's server lists them. A file moved
// into another box, or a box renumbered, is found by its new box, its documents too.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArchiveItem } from '../../renderer/src/core/processing/archive-items';
import { ArchiveIndexSearch } from '../../renderer/src/search/archive-search';
import { commune, upper, type TestProfile } from '../helpers/exchange-units';
import { send, worker } from '../helpers/index-worker';
import { addShelf, moveShelf, SHELF, type ShelfIds } from '../helpers/shelf-archive';

/** A hit as the card shows it: its kind, what and where. */
const row = (h: ArchiveItem) => `${h.kind} | ${h.what} | ${h.where}`;

const BOX2 = 'ML 1 · hộp 02 · Kho số 1 · Tầng 3';
const ML2BOX2 = 'ML 2 · hộp 02 · Kho số 2 · Giá 1';
const box2 = `box | ML 1 · hộp 02 | ${BOX2}`;
const ml2box2 = `box | ML 2 · hộp 02 | ${ML2BOX2}`;
const file = (number: string, title: string, where: string) => `dossier | ML ${number} — ${title} | ${where}`;
const doc = (line: string, title: string, where: string) => `doc | ${line} (${title}) | ${where}`;

let c: TestProfile;
let ids: ShelfIds;
beforeEach(async () => {
  c = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
  ids = await addShelf(c);
});

describe.each([
  ['the commune’s own index', 'own'],
  ['the province’s index of the bundle it received', 'received'],
] as const)('archive search by a box’s and an inventory’s numbers (%s)', (_, scope) => {
  /** The searcher of the scope, and what brings a change to it (its journal; a bundle sent). */
  async function searcher(): Promise<{ rows: (q: string) => Promise<string[]>; changed: () => Promise<void>; close: () => void }> {
    const { client } = worker();
    const holder = scope === 'own' ? c : await upper();
    if (scope === 'received') await send(c, holder, 'full');
    const search = new ArchiveIndexSearch(holder.db, undefined, client);
    return {
      rows: async (q) => ((await search.search(q, 200)) ?? []).map(row),
      changed: async () => (scope === 'received' ? send(c, holder, 'incremental') : undefined),
      close: () => search.close(),
    };
  }

  it('a box’s row says where it stands, its number and its place, as its files’ rows do; a box with no place written, its number', async () => {
    const s = await searcher();
    expect((await s.rows('hộp 2')).slice(0, 2)).toEqual([box2, ml2box2]);
    expect(await s.rows('hộp 5')).toEqual(['box | ML 2 · hộp 05 | ML 2 · hộp 05']);
    s.close();
  });

  it('a box found is followed by its files in their numbers’ order (a slip, numberless, first), box by box; not by the documents in them', async () => {
    const s = await searcher();
    expect(await s.rows('hộp 2')).toEqual([
      box2,
      ml2box2,
      `slip | Phiếu 4 — ${SHELF.slip} | ${BOX2}`,
      file('1 · HS 3', SHELF.land, BOX2),
      file('1 · HS 5', SHELF.letters, BOX2),
      file('1 · HS 7', SHELF.decisions, BOX2),
      file('2 · HS 1', SHELF.lease, ML2BOX2),
      file('2 · HS 2', SHELF.grant, ML2BOX2),
    ]);
    s.close();
  });

  it('"ML 2 hộp 2", "mục lục 2 hộp 2", "muc luc 2 hop 2": inventory 2’s box 02 and its files, not ML 1’s box 02', async () => {
    const s = await searcher();
    for (const q of ['ML 2 hộp 2', 'mục lục 2 hộp 2', 'muc luc 2 hop 2', 'Mục lục số 2 hộp số 02', 'hộp 2 ML 2'])
      expect(await s.rows(q), q).toEqual([ml2box2, file('2 · HS 1', SHELF.lease, ML2BOX2), file('2 · HS 2', SHELF.grant, ML2BOX2)]);
    expect(await s.rows('ML 1 hộp 2')).toEqual([box2, `slip | Phiếu 4 — ${SHELF.slip} | ${BOX2}`, file('1 · HS 3', SHELF.land, BOX2), file('1 · HS 5', SHELF.letters, BOX2), file('1 · HS 7', SHELF.decisions, BOX2)]);
    // An inventory alone: its boxes and files, none of ML 1's.
    const ml2 = await s.rows('ML 2');
    expect(ml2.filter((r) => !r.startsWith('doc')).sort()).toEqual([ml2box2, 'box | ML 2 · hộp 05 | ML 2 · hộp 05', file('2 · HS 1', SHELF.lease, ML2BOX2), file('2 · HS 2', SHELF.grant, ML2BOX2)].sort());
    expect(ml2.filter((r) => r.startsWith('doc'))).toEqual([doc(SHELF.rent, SHELF.lease, ML2BOX2)]);
    s.close();
  });

  it('"hộp 2 quyết định": the decisions in box 02’s files — a file’s title, then the documents box by box, file by file —, none of box 20', async () => {
    const s = await searcher();
    const decisions = [file('1 · HS 7', SHELF.decisions, BOX2), doc(SHELF.reclaim, SHELF.land, BOX2), doc(SHELF.approve, SHELF.letters, BOX2), doc(SHELF.rent, SHELF.lease, ML2BOX2)];
    expect(await s.rows('hộp 2 quyết định')).toEqual(decisions);
    expect(await s.rows('hop 02 quyet dinh')).toEqual(decisions);
    expect(await s.rows('hộp 2 quyết đ')).toEqual(decisions);
    expect(await s.rows('ML 2 hộp 2 quyết định')).toEqual([doc(SHELF.rent, SHELF.lease, ML2BOX2)]);
    expect(await s.rows('hộp 20 quyết định')).toEqual([doc(SHELF.reward, SHELF.summary, 'ML 1 · hộp 20 · Kho số 1 · Tầng 2')]);
    s.close();
  });

  it('a file moved into another box, and that box renumbered: found by the new box, its documents and the box’s others’ too', async () => {
    const s = await searcher();
    expect(await s.rows('hộp 2 quyết định')).toHaveLength(4);
    await moveShelf(c, ids);
    await s.changed();
    const box21 = 'ML 1 · hộp 21 · Kho số 1 · Tầng 2';
    expect(await s.rows('hộp 21')).toEqual([`box | ML 1 · hộp 21 | ${box21}`, file('1 · HS 5', SHELF.letters, box21), file('1 · HS 30', SHELF.summary, box21)]);
    expect(await s.rows('hộp 21 quyết định')).toEqual([doc(SHELF.approve, SHELF.letters, box21), doc(SHELF.reward, SHELF.summary, box21)]);
    expect(await s.rows('hộp 2 quyết định')).toEqual([file('1 · HS 7', SHELF.decisions, BOX2), doc(SHELF.reclaim, SHELF.land, BOX2), doc(SHELF.rent, SHELF.lease, ML2BOX2)]);
    expect(await s.rows('hộp 20 quyết định')).toEqual([]);
    s.close();
  });
});
