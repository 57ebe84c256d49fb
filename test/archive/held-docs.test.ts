// An archivist at the province looks for a paper inside the units' files: typing words of a document's summary
// finds that document on the archive's server (PGlite and a real PostgreSQL server) — a document typed during
// processing, and one linked to a register entry, by its entry's words — named with its dossier and where its
// box stands, exactly as the app's own archive index answers for the same bundles; a slip names its processing job
// on both; a document taken out, or inside a dossier taken out, is found nowhere. A dossier renamed in a later bundle
// finds its documents by its new title, not the old one. An archive whose documents were stored by the previous
// version finds them once migrated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION } from '../../renderer/src/archive/migrations';
import { archiveHeldSearch } from '../../renderer/src/archive/reads';
import type { ArchiveDb } from '../../renderer/src/archive/sql';
import type { ArchiveItem } from '../../renderer/src/core/processing/archive-items';
import { writeChanges } from '../../renderer/src/db/changes';
import { listFonds } from '../../renderer/src/db/repositories/unit-repository';
import type { UpperLevelApi } from '../../renderer/src/upper-api/types';
import { archiveImportAll, ENGINES, openArchive } from '../helpers/archive-db';
import { commune, importAndApply, type TestProfile } from '../helpers/exchange-units';
import { appHolding, exportedFiles } from '../helpers/upper-app';

type File = { name: string; data: Uint8Array };

const TITLE = 'Hồ sơ quản lý đất đai của xã Thụy Hải năm 2025';
const RENAMED = 'Hồ sơ giao đất, cho thuê đất của xã Thụy Hải năm 2025';
const JOB = 'Chỉnh lý tài liệu tồn đọng 2010–2020';

let thuyHai: TestProfile;
let ids: { dossier: string; typed: string; linked: string; slipDoc: string };
let first: File[];
let second: File[];
let app: TestProfile;
let api: UpperLevelApi;

beforeAll(async () => {
  thuyHai = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
  const unitId = thuyHai.session.unitId;
  const fondsId = (await listFonds(thuyHai.db, unitId))[0]!.id;
  await writeChanges(thuyHai.db, thuyHai.session, { action: 'test.add' }, ['registers', 'incomingDocs', 'processingJobs', 'boxes', 'dossiers', 'dossierDocs'], async (ch) => {
    const reg = ch.create('registers', { unitId, kind: 'incoming', year: 2025, name: 'Sổ đăng ký văn bản đến năm 2025' });
    const entry = ch.create('incomingDocs', { registerId: reg.id, arrivalNumber: 1, arrivalDate: '2025-03-04', typeName: 'Công văn', number: '215', notation: 'STNMT-QLĐĐ', documentDate: '2025-03-01', sender: 'Sở Tài nguyên và Môi trường tỉnh Hưng Yên', summary: 'V/v rà soát hiện trạng rừng ngập mặn ven biển' });
    const job = ch.create('processingJobs', { unitId, fondsId, name: JOB, receivedMetres: 12, processedMetres: 4.5, discardedMetres: 0, status: 'open', note: '' });
    const box = ch.create('boxes', { unitId, fondsId, inventoryNumber: 1, number: 2, note: '', store: 'Kho số 1', shelf: 'Tầng 3' });
    const base = { unitId, fondsId, year: 2025, heading: 'I. TỔNG HỢP', headingCode: 'TH', retention: 'permanent', keeper: 'Nguyễn Thị Lan', status: 'closed', access: 'open', language: 'Tiếng Việt', condition: 'Tốt', note: '', startDate: '2025-01-01', endDate: '2025-12-31' };
    const dossier = ch.create('dossiers', { ...base, notation: '01.TH', title: TITLE, source: 'plan', inventoryNumber: 1, fileNumber: 4, boxId: box.id });
    const slip = ch.create('dossiers', { ...base, notation: '', title: 'Tài liệu về phòng chống bão lụt', source: 'backlog', jobId: job.id, tempNumber: 12, position: 1, startDate: '2015-01-01', endDate: '2015-12-31' });
    const gone = ch.create('dossiers', { ...base, notation: '02.TH', title: 'Hồ sơ lập trùng', source: 'plan' });
    const doc = (dossierId: string, position: number, fields: object) => ch.create('dossierDocs', { unitId, fondsId, dossierId, position, number: '', author: '', summary: '', note: '', ...fields }).id;
    ids = {
      dossier: dossier.id,
      typed: doc(dossier.id, 1, { number: '37/QĐ-UBND', date: '2025-05-20', author: 'UBND xã Thụy Hải', summary: 'Quyết định thu hồi đất nuôi trồng thủy sản của hộ ông Phạm Văn Khoa' }),
      linked: doc(dossier.id, 2, { incomingDocId: entry.id }),
      slipDoc: doc(slip.id, 1, { number: '5/BC', date: '2015-09-12', author: 'Ban chỉ huy phòng chống lụt bão', summary: 'Báo cáo thiệt hại do cơn bão số 6 gây ra' }),
    };
    // Taken out below: a document typed by mistake, and a dossier made twice with its document.
    doc(dossier.id, 3, { number: '9/TB', author: 'UBND xã', summary: 'Thông báo lịch tiếp công dân nhập nhầm' });
    doc(gone.id, 1, { number: '1/KH', author: 'UBND xã', summary: 'Kế hoạch kiểm kê đất đai lập trùng' });
  });
  await writeChanges(thuyHai.db, thuyHai.session, { action: 'test.remove' }, ['dossiers', 'dossierDocs'], async (ch) => {
    const docs = await thuyHai.db.dossierDocs.toArray();
    await ch.remove('dossierDocs', docs.find((d) => d.summary.endsWith('nhập nhầm'))!.id, 'Nhập nhầm');
    await ch.remove('dossiers', (await thuyHai.db.dossiers.toArray()).find((d) => d.title === 'Hồ sơ lập trùng')!.id, 'Lập trùng');
  });
  first = await exportedFiles(thuyHai, '2026-01-15T08:00:00Z');
  // A later bundle renames the file (nothing else of it, nor any of its documents, changes).
  await writeChanges(thuyHai.db, thuyHai.session, { action: 'test.rename' }, ['dossiers'], async (ch) => {
    const before = (await ch.get<Record<string, unknown>>('dossiers', ids.dossier))!;
    ch.updateKnown('dossiers', before, { ...before, title: RENAMED });
  });
  second = await exportedFiles(thuyHai, '2026-02-15T08:00:00Z');
});

const byId = (items: readonly ArchiveItem[] | null) => [...(items ?? [])].sort((a, b) => a.id.localeCompare(b.id));
/** A hit as the card shows it: its kind, what and where. */
const row = (h: ArchiveItem) => [h.kind, h.what, h.where];

/** What the server finds for a query is what the app's index finds, row for row (the order aside). */
async function sameAsApp(db: ArchiveDb, query: string): Promise<ArchiveItem[]> {
  const mine = await archiveHeldSearch(db, query, { limit: 200 });
  expect(byId(mine), query).toEqual(byId(await api.searchHeld(query, { limit: 200 })));
  return mine;
}

const WHERE = 'ML 1 · hộp 02 · Kho số 1 · Tầng 3';

describe.each(ENGINES)('documents inside dossiers found at the archive ($name)', (engine) => {
  let db: ArchiveDb;
  beforeAll(async () => {
    ({ db } = await openArchive(engine));
    await archiveImportAll(db, first);
    // The app taking in the same bundles (its own, each engine's: the later bundle is taken in by both below), with its
    // archive index in this process (the app asks its index worker).
    ({ app, api } = await appHolding(first));
  });
  afterAll(async () => {
    api?.closeSearch();
    await db?.close();
  });

  it('a typed document by words of its summary, typed without marks: named with its dossier and its box, as the app names it', async () => {
    const hits = await sameAsApp(db, 'thu hoi dat nuoi trong thuy san');
    expect(hits.map(row)).toEqual([['doc', `37/QĐ-UBND — Quyết định thu hồi đất nuôi trồng thủy sản của hộ ông Phạm Văn Khoa (${TITLE})`, WHERE]]);
    expect(hits[0]).toMatchObject({ id: `x:${ids.typed}`, origin: thuyHai.session.unitId, dossierId: ids.dossier });
    // By its number and author too, and by its dossier's title with a word of its own (the last one as it is being typed).
    expect((await sameAsApp(db, '37/qđ-ubnd')).map((h) => h.id)).toEqual([`x:${ids.typed}`]);
    expect((await sameAsApp(db, 'quan ly dat dai pham van kh')).map((h) => h.id)).toEqual([`x:${ids.typed}`]);
  });

  it('a document linked to a register entry by the entry’s words; the file’s title finds the file and its documents', async () => {
    const hits = await sameAsApp(db, 'rung ngap man');
    expect(hits.map(row)).toEqual([['doc', `215/STNMT-QLĐĐ — Công văn V/v rà soát hiện trạng rừng ngập mặn ven biển (${TITLE})`, WHERE]]);
    expect(hits[0]?.id).toBe(`x:${ids.linked}`);
    const file = await sameAsApp(db, 'quan ly dat dai xa thuy hai');
    expect(file.map((h) => h.kind)).toEqual(['dossier', 'doc', 'doc']);
    expect(file[0]?.what).toBe(`ML 1 · HS 4 — ${TITLE}`);
  });

  it('a slip names its processing job, its document its title; a document taken out, or in a file taken out, is not found', async () => {
    expect((await sameAsApp(db, 'phong chong bao lut')).map(row)).toEqual([
      ['slip', `Phiếu 12 — Tài liệu về phòng chống bão lụt (đợt chỉnh lý: ${JOB})`, ''],
      ['doc', '5/BC — Báo cáo thiệt hại do cơn bão số 6 gây ra (Tài liệu về phòng chống bão lụt)', ''],
    ]);
    expect(await sameAsApp(db, 'lich tiep cong dan')).toEqual([]);
    expect(await sameAsApp(db, 'kiem ke dat dai')).toEqual([]);
  });

  it('a file renamed in a later bundle: its documents are found by the new title, no longer by the old one', async () => {
    await importAndApply(app, second);
    await archiveImportAll(db, second);
    const hits = await sameAsApp(db, 'giao dat cho thue thu hoi');
    expect(hits.map(row)).toEqual([['doc', `37/QĐ-UBND — Quyết định thu hồi đất nuôi trồng thủy sản của hộ ông Phạm Văn Khoa (${RENAMED})`, WHERE]]);
    expect(await sameAsApp(db, 'quan ly dat dai thu hoi')).toEqual([]);
  });

  it('an archive whose documents were stored by the previous version finds them once migrated', async () => {
    // As a v9 program left it: documents stored without words, and no lookup of them by their entry (nor v11's order).
    await db.exec("UPDATE records SET held_search = NULL WHERE tbl = 'dossierDocs'; DROP INDEX records_doc_entry; DROP INDEX records_held_order; DELETE FROM schema_migrations WHERE version >= 10");
    expect(await archiveHeldSearch(db, 'rung ngap man', { limit: 200 })).toEqual([]);
    expect(await migrate(db)).toEqual({ from: 9, to: SCHEMA_VERSION });
    expect((await sameAsApp(db, 'rung ngap man')).map(row)).toEqual([['doc', `215/STNMT-QLĐĐ — Công văn V/v rà soát hiện trạng rừng ngập mặn ven biển (${RENAMED})`, WHERE]]);
    expect((await sameAsApp(db, 'thiet hai con bao')).map((h) => h.id)).toEqual([`x:${ids.slipDoc}`]);
    expect(await sameAsApp(db, 'kiem ke dat dai')).toEqual([]);
  });
});
