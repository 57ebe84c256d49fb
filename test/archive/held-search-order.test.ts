// An archivist at the province types words of a file's title and of its box together ("hộp 02 đất đai") and finds the
// file on land in box 02 — not one in another box, nor a TỔNG HỢP file whose "hợp" reads as "hộp" — on the archive's
// server (PGlite and a real PostgreSQL server), also once a later bundle moves the file or renumbers its box. A common
// query gives the first hits of the whole list in the order the card shows (unit, inventory, number), the same first ones
// whatever the limit, and says when there are more. Only the word being typed is read as the start of a word.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveHeldFind, archiveHeldSearch } from '../../renderer/src/archive/reads';
import type { ArchiveDb } from '../../renderer/src/archive/sql';
import { writeChanges } from '../../renderer/src/db/changes';
import { listFonds } from '../../renderer/src/db/repositories/unit-repository';
import { archiveImportAll, ENGINES, openArchive } from '../helpers/archive-db';
import { commune, type TestProfile } from '../helpers/exchange-units';
import { exportedFiles } from '../helpers/upper-app';

type File = { name: string; data: Uint8Array };

const LAND = 'Hồ sơ quản lý đất đai của xã Thụy Hải năm 2025';
const LEASE = 'Hồ sơ giao đất đai, cho thuê đất năm 2025';
const SUMMARY = 'Hồ sơ tổng kết công tác năm 2025';
const LETTERS = 25;

let thuyHai: TestProfile;
let ids: { box2: string; box3: string; land: string; lease: string; summary: string };
let first: File[];
let second: File[];

beforeAll(async () => {
  thuyHai = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
  const unitId = thuyHai.session.unitId;
  const fondsId = (await listFonds(thuyHai.db, unitId))[0]!.id;
  await writeChanges(thuyHai.db, thuyHai.session, { action: 'test.add' }, ['boxes', 'dossiers'], async (ch) => {
    const box = (number: number) => ch.create('boxes', { unitId, fondsId, inventoryNumber: 1, number, note: '', store: 'Kho số 1', shelf: 'Tầng 3' }).id;
    const box2 = box(2);
    const box3 = box(3);
    const base = { unitId, fondsId, year: 2025, heading: 'II. ĐỊA CHÍNH', headingCode: 'ĐC', retention: 'permanent', keeper: 'Nguyễn Thị Lan', status: 'closed', access: 'open', language: 'Tiếng Việt', condition: 'Tốt', note: '', startDate: '2025-01-01', endDate: '2025-12-31', source: 'plan', inventoryNumber: 1 };
    const dossier = (fields: object) => ch.create('dossiers', { ...base, ...fields }).id;
    // Made last number first: the order they are stored in is not the order they are listed in.
    for (let k = LETTERS; k >= 1; k--) dossier({ notation: `${10 + k}.VT`, title: `Tập công văn đi số ${k} năm 2025`, fileNumber: 10 + k, boxId: k % 2 ? box2 : box3 });
    ids = {
      box2,
      box3,
      land: dossier({ notation: '05.ĐC', title: LAND, fileNumber: 5, boxId: box2 }),
      lease: dossier({ notation: '06.ĐC', title: LEASE, fileNumber: 6, boxId: box3 }),
      summary: dossier({ notation: '01.TH', heading: 'I. TỔNG HỢP', headingCode: 'TH', title: SUMMARY, fileNumber: 1, boxId: box3 }),
    };
  });
  first = await exportedFiles(thuyHai, '2026-01-15T08:00:00Z');
  // A later bundle moves the lease file into box 02, and renumbers box 03 as 04.
  await writeChanges(thuyHai.db, thuyHai.session, { action: 'test.move' }, ['boxes', 'dossiers'], async (ch) => {
    const lease = (await ch.get<Record<string, unknown>>('dossiers', ids.lease))!;
    ch.updateKnown('dossiers', lease, { ...lease, boxId: ids.box2 });
    const box3 = (await ch.get<Record<string, unknown>>('boxes', ids.box3))!;
    ch.updateKnown('boxes', box3, { ...box3, number: 4 });
  });
  second = await exportedFiles(thuyHai, '2026-02-15T08:00:00Z');
});

const found = async (db: ArchiveDb, q: string) => (await archiveHeldSearch(db, q, { limit: 200 })).map((h) => h.id);

describe.each(ENGINES)('archive search by a file’s words and its box’s, in order ($name)', (engine) => {
  let db: ArchiveDb;
  beforeAll(async () => {
    ({ db } = await openArchive(engine));
    await archiveImportAll(db, first);
  });
  afterAll(async () => db?.close());

  it('words of a title and of its box together find the file in that box, not one in another box nor a TỔNG HỢP file', async () => {
    expect(await found(db, 'hộp 02 đất đai')).toEqual([`d:${ids.land}`]);
    expect(await found(db, 'hop 02 dat da')).toEqual([`d:${ids.land}`]);
    expect(await found(db, 'đất đai hộp 03')).toEqual([`d:${ids.lease}`]);
    // Box 03's TỔNG HỢP 01.TH is no file of a box 01; with no box 01, "hop 01" is asked as typed, as the app's search asks
    // it ("hợp"): whatever holds "hop" and a word starting "01", the TỔNG HỢP file among them.
    expect(await found(db, 'tong hop 01')).toEqual([`d:${ids.summary}`]);
    expect(await found(db, 'hop 01')).toContain(`d:${ids.summary}`);
    // Without a box word too, as the app's index: its box's place is among a file's words.
    expect(await found(db, 'tang 3 quan ly dat dai')).toEqual([`d:${ids.land}`]);
  });

  it('a later bundle moving the file, or renumbering its box, is found by its new box', async () => {
    await archiveImportAll(db, second);
    expect(await found(db, 'hộp 02 đất đai')).toEqual([`d:${ids.land}`, `d:${ids.lease}`]);
    expect(await found(db, 'hộp 03 đất đai')).toEqual([]);
    // The TỔNG HỢP file was not in the bundle: its words were made again with its box's.
    expect(await found(db, 'hop 04 tong ket')).toEqual([`d:${ids.summary}`]);
  });

  it('a common query: the first hits of the whole list in the card’s order, the same whatever the limit, and whether there are more', async () => {
    const all = await archiveHeldFind(db, 'tap cong van di', { limit: 200 });
    expect(all.more).toBe(false);
    expect(all.items.map((h) => h.what)).toEqual(Array.from({ length: LETTERS }, (_, i) => `ML 1 · HS ${11 + i} — Tập công văn đi số ${i + 1} năm 2025`));
    const ten = await archiveHeldFind(db, 'tap cong van di', { limit: 10 });
    expect(ten.more).toBe(true);
    expect(ten.items).toEqual(all.items.slice(0, 10));
    expect((await archiveHeldFind(db, 'tap cong van di', { limit: LETTERS })).more).toBe(false);
    // A box word: the boxes, then the files box by box, in their numbers' order.
    const boxes = await archiveHeldFind(db, 'hop 0', { limit: 3 });
    expect(boxes.items.map((h) => h.what)).toEqual(['ML 1 · hộp 02', 'ML 1 · hộp 04', `ML 1 · HS 5 — ${LAND}`]);
    expect(boxes.more).toBe(true);
  });

  it('only the word being typed is read as the start of a word', async () => {
    expect(await found(db, 'dat da')).toEqual([`d:${ids.land}`, `d:${ids.lease}`]);
    // "da" typed before another word is the whole word "da": no file holds it.
    expect(await found(db, 'da dai')).toEqual([]);
    expect(await found(db, 'quan l dat')).toEqual([]);
    expect(await found(db, 'quan ly dat')).toEqual([`d:${ids.land}`]);
  });
});
