// An archivist at the province types a box's number as people say it — "hộp 2", "hop 02", "hộp số 2" — and the archive's
// server (PGlite and a real PostgreSQL server) finds box 02 first, then the files in it: not box 20, nor the other boxes of
// inventory 2, nor files that only hold a "2" somewhere, as the app's own archive index answers for the same bundle (a box
// and the files in it hold its number as one word, "hop2"). A "hop 2" that is no box's ("tong hop 2": TỔNG HỢP typed
// without marks) finds what its words as typed find, on both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveHeldSearch } from '../../renderer/src/archive/reads';
import type { ArchiveDb } from '../../renderer/src/archive/sql';
import type { ArchiveItem } from '../../renderer/src/core/processing/archive-items';
import { writeChanges } from '../../renderer/src/db/changes';
import { listFonds } from '../../renderer/src/db/repositories/unit-repository';
import type { UpperLevelApi } from '../../renderer/src/upper-api/types';
import { archiveImportAll, ENGINES, openArchive } from '../helpers/archive-db';
import { commune } from '../helpers/exchange-units';
import { appHolding, exportedFiles } from '../helpers/upper-app';

type File = { name: string; data: Uint8Array };

const LAND = 'Hồ sơ quản lý đất đai của xã Thụy Hải năm 2025';
const LETTERS = 'Tập công văn đi năm 2025';
const SUMMARY = 'Hồ sơ tổng kết công tác năm 2025';

let files: File[];
let ids: Record<'box2' | 'box20' | 'ml2box1' | 'ml2box3' | 'land' | 'letters' | 'summary' | 'ml2first' | 'ml2second' | 'treasury', string>;
let api: UpperLevelApi;

beforeAll(async () => {
  const thuyHai = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
  const unitId = thuyHai.session.unitId;
  const fondsId = (await listFonds(thuyHai.db, unitId))[0]!.id;
  await writeChanges(thuyHai.db, thuyHai.session, { action: 'test.add' }, ['boxes', 'dossiers'], async (ch) => {
    const box = (inventoryNumber: number, number: number, shelf: string) => ch.create('boxes', { unitId, fondsId, inventoryNumber, number, note: '', store: 'Kho số 1', shelf }).id;
    const base = { unitId, fondsId, year: 2025, heading: 'II. ĐỊA CHÍNH', headingCode: 'ĐC', retention: 'permanent', keeper: 'Nguyễn Thị Lan', status: 'closed', access: 'open', language: 'Tiếng Việt', condition: 'Tốt', note: '', startDate: '2025-01-01', endDate: '2025-12-31', source: 'plan' };
    const dossier = (fields: object) => ch.create('dossiers', { ...base, ...fields }).id;
    const [box2, box20, ml2box1, ml2box3] = [box(1, 2, 'Tầng 3'), box(1, 20, 'Tầng 2'), box(2, 1, 'Tầng 4'), box(2, 3, 'Tầng 4')];
    ids = {
      box2,
      box20,
      ml2box1,
      ml2box3,
      letters: dossier({ notation: '06.VT', title: LETTERS, inventoryNumber: 1, fileNumber: 6, boxId: box2 }),
      land: dossier({ notation: '05.ĐC', title: LAND, inventoryNumber: 1, fileNumber: 5, boxId: box2 }),
      summary: dossier({ notation: '01.TH', heading: 'I. TỔNG HỢP', headingCode: 'TH', title: SUMMARY, inventoryNumber: 1, fileNumber: 1, boxId: box20 }),
      ml2first: dossier({ notation: '02.ĐC', title: 'Hồ sơ giao đất năm 2025', retention: 10, inventoryNumber: 2, fileNumber: 1, boxId: ml2box1 }),
      ml2second: dossier({ notation: '03.ĐC', title: 'Hồ sơ cho thuê đất năm 2025', retention: 10, inventoryNumber: 2, fileNumber: 2, boxId: ml2box3 }),
      // Not boxed, its title holding a box's and a place's word ("kho", "giá") that no box holds with its others.
      treasury: dossier({ notation: '07.TC', heading: 'III. TÀI CHÍNH', headingCode: 'TC', title: 'Hồ sơ đối chiếu với Kho bạc Nhà nước về bảng giá đất năm 2025' }),
    };
  });
  files = await exportedFiles(thuyHai, '2026-01-15T08:00:00Z');
  // The app taking in the same bundle.
  ({ api } = await appHolding(files));
});

afterAll(() => api?.closeSearch());

const byId = (items: readonly ArchiveItem[] | null) => [...(items ?? [])].map((h) => h.id).sort();

describe.each(ENGINES)('archive search of a box by its number as typed ($name)', (engine) => {
  let db: ArchiveDb;
  beforeAll(async () => {
    ({ db } = await openArchive(engine));
    await archiveImportAll(db, files);
  });
  afterAll(async () => db?.close());

  /** What the server finds for a query, checked against what the app's index finds (the same hits, boxes first on both). */
  async function sameAsApp(query: string): Promise<ArchiveItem[]> {
    const mine = await archiveHeldSearch(db, query, { limit: 200 });
    const theirs = await api.searchHeld(query, { limit: 200 });
    expect(byId(mine), query).toEqual(byId(theirs));
    const boxes = (items: readonly ArchiveItem[] | null) => (items ?? []).filter((h) => h.kind === 'box').map((h) => h.id);
    expect(boxes(mine), query).toEqual(boxes(theirs));
    return mine;
  }

  it('"hộp 2", "hop 02", "hộp số 2": box 02 first, then the files in it — not box 20 nor inventory 2’s boxes', async () => {
    for (const q of ['hộp 2', 'hop 02', 'Hộp số 2', 'hop so 02']) {
      const hits = await sameAsApp(q);
      expect(hits.map((h) => [h.kind, h.what]), q).toEqual([
        ['box', 'ML 1 · hộp 02'],
        ['dossier', `ML 1 · HS 5 — ${LAND}`],
        ['dossier', `ML 1 · HS 6 — ${LETTERS}`],
      ]);
      expect(hits.map((h) => h.id), q).not.toContain(`b:${ids.box20}`);
    }
    // With a word of a title: the file in box 02 alone.
    expect((await sameAsApp('hộp 2 đất đai')).map((h) => h.id)).toEqual([`d:${ids.land}`]);
    // Box 20 and inventory 2's boxes by their own numbers.
    expect((await sameAsApp('hộp 20')).map((h) => h.id)).toEqual([`b:${ids.box20}`, `d:${ids.summary}`]);
    expect((await sameAsApp('ML 2 hộp 3')).map((h) => h.id)).toEqual([`b:${ids.ml2box3}`, `d:${ids.ml2second}`]);
  });

  it('"kho bạc", "bảng giá đất": a box’s or a place’s word no box holds with the others finds the files by their words (it found nothing)', async () => {
    for (const q of ['kho bac', 'Kho bạc Nhà nước', 'bang gia dat']) expect((await sameAsApp(q)).map((h) => h.id), q).toEqual([`d:${ids.treasury}`]);
  });

  it('"tong hop 2", no box’s number: TỔNG HỢP typed without marks, found by its words as typed', async () => {
    const hits = await sameAsApp('tong hop 2');
    expect(hits.map((h) => h.id)).toEqual([`d:${ids.summary}`]);
    expect(hits[0]?.where).toBe('ML 1 · hộp 20 · Kho số 1 · Tầng 2');
  });
});
