// An archivist at the province searches the units' papers by where they stand, on the archive's server (PGlite and a
// real PostgreSQL server), and gets, row for row and in the same order, what the app's own archive index gives for the
// same bundles: a box's row says where it stands, its number and its place; "ML 2 hộp 2" is inventory 2's box 02, not
// ML 1's; "hộp 2 quyết định" lists the decisions in box 02's files; a box found is followed by its files in their
// numbers' order, box by box. A later bundle moving a file into another box and renumbering that box: the file, its
// documents and the documents of the box's other file (not in the bundle) are found by the new box.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveHeldSearch } from '../../renderer/src/archive/reads';
import type { ArchiveDb } from '../../renderer/src/archive/sql';
import type { ArchiveItem } from '../../renderer/src/core/processing/archive-items';
import type { UpperLevelApi } from '../../renderer/src/upper-api/types';
import { archiveImportAll, ENGINES, openArchive } from '../helpers/archive-db';
import { commune, importAndApply, type TestProfile } from '../helpers/exchange-units';
import { addShelf, moveShelf, SHELF } from '../helpers/shelf-archive';
import { appHolding, exportedFiles } from '../helpers/upper-app';

type File = { name: string; data: Uint8Array };

let first: File[];
let second: File[];

beforeAll(async () => {
  const thuyHai = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
  const ids = await addShelf(thuyHai);
  first = await exportedFiles(thuyHai, '2026-01-15T08:00:00Z');
  await moveShelf(thuyHai, ids);
  second = await exportedFiles(thuyHai, '2026-02-15T08:00:00Z');
});

/** A hit as the card shows it: its kind, what and where. */
const row = (h: ArchiveItem) => `${h.kind} | ${h.what} | ${h.where}`;
const BOX2 = 'ML 1 · hộp 02 · Kho số 1 · Tầng 3';
const ML2BOX2 = 'ML 2 · hộp 02 · Kho số 2 · Giá 1';
const file = (number: string, title: string, where: string) => `dossier | ML ${number} — ${title} | ${where}`;
const doc = (line: string, title: string, where: string) => `doc | ${line} (${title}) | ${where}`;

describe.each(ENGINES)('archive search by a box’s and an inventory’s numbers, as the app lists it ($name)', (engine) => {
  let db: ArchiveDb;
  let app: TestProfile;
  let api: UpperLevelApi;
  beforeAll(async () => {
    ({ db } = await openArchive(engine));
    await archiveImportAll(db, first);
    ({ app, api } = await appHolding(first));
  });
  afterAll(async () => {
    api?.closeSearch();
    await db?.close();
  });

  /** The server's rows for a query, the app's the same, in the same order. */
  async function rows(query: string): Promise<string[]> {
    const mine = (await archiveHeldSearch(db, query, { limit: 200 })).map(row);
    expect(mine, query).toEqual(((await api.searchHeld(query, { limit: 200 })) ?? []).map(row));
    return mine;
  }

  it('a box’s row says where it stands, as its files’ rows do; its files follow it by their numbers (a slip first), box by box, not the documents in them', async () => {
    expect(await rows('hộp 2')).toEqual([
      `box | ML 1 · hộp 02 | ${BOX2}`,
      `box | ML 2 · hộp 02 | ${ML2BOX2}`,
      `slip | Phiếu 4 — ${SHELF.slip} | ${BOX2}`,
      file('1 · HS 3', SHELF.land, BOX2),
      file('1 · HS 5', SHELF.letters, BOX2),
      file('1 · HS 7', SHELF.decisions, BOX2),
      file('2 · HS 1', SHELF.lease, ML2BOX2),
      file('2 · HS 2', SHELF.grant, ML2BOX2),
    ]);
    expect(await rows('hộp 5')).toEqual(['box | ML 2 · hộp 05 | ML 2 · hộp 05']);
  });

  it('"ML 2 hộp 2", "mục lục 2 hộp 2", "muc luc 2 hop 2": inventory 2’s box 02 and its files only', async () => {
    for (const q of ['ML 2 hộp 2', 'mục lục 2 hộp 2', 'muc luc 2 hop 2', 'hộp số 02 mục lục số 2'])
      expect(await rows(q), q).toEqual([`box | ML 2 · hộp 02 | ${ML2BOX2}`, file('2 · HS 1', SHELF.lease, ML2BOX2), file('2 · HS 2', SHELF.grant, ML2BOX2)]);
  });

  it('"hộp 2 quyết định": the decisions in box 02’s files, box by box, file by file; "ML 2 hộp 2 quyết định" those of inventory 2’s', async () => {
    const decisions = [file('1 · HS 7', SHELF.decisions, BOX2), doc(SHELF.reclaim, SHELF.land, BOX2), doc(SHELF.approve, SHELF.letters, BOX2), doc(SHELF.rent, SHELF.lease, ML2BOX2)];
    expect(await rows('hộp 2 quyết định')).toEqual(decisions);
    expect(await rows('hop 02 quyet d')).toEqual(decisions);
    expect(await rows('ML 2 hộp 2 quyết định')).toEqual([doc(SHELF.rent, SHELF.lease, ML2BOX2)]);
    expect(await rows('hộp 20 quyết định')).toEqual([doc(SHELF.reward, SHELF.summary, 'ML 1 · hộp 20 · Kho số 1 · Tầng 2')]);
  });

  it('a later bundle moving a file into box 20 and renumbering it 21: the file, its documents and the box’s other file’s are found by box 21', async () => {
    await archiveImportAll(db, second);
    await importAndApply(app, second);
    const box21 = 'ML 1 · hộp 21 · Kho số 1 · Tầng 2';
    expect(await rows('hộp 21')).toEqual([`box | ML 1 · hộp 21 | ${box21}`, file('1 · HS 5', SHELF.letters, box21), file('1 · HS 30', SHELF.summary, box21)]);
    expect(await rows('hộp 21 quyết định')).toEqual([doc(SHELF.approve, SHELF.letters, box21), doc(SHELF.reward, SHELF.summary, box21)]);
    expect(await rows('hộp 2 quyết định')).toEqual([file('1 · HS 7', SHELF.decisions, BOX2), doc(SHELF.reclaim, SHELF.land, BOX2), doc(SHELF.rent, SHELF.lease, ML2BOX2)]);
    expect(await rows('hộp 20 quyết định')).toEqual([]);
  });
});
