// An archivist at the province opens a hit of archive search on the archive's server (PGlite and a real PostgreSQL
// server): a dossier shows what the app's own upper level shows for the same bundles — its description, its box, the
// documents listed in it in their order (a linked one read through its register entry, a linked outgoing one's author
// the commune that issued it; one taken out is not listed), and for a file still open what its documents give; a box
// shows the files in it by their numbers. A dossier or box taken out is no longer held (null, as in the app). Over HTTP
// (the served screens' seam): a view-role archivist reads them, an id not of a record's shape is refused in Vietnamese,
// and the search says whether other hits follow the first ones (x-luutru-more).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createInstance } from 'i18next';
import { archiveHeldBox, archiveHeldDossier } from '../../renderer/src/archive/held-view';
import { createAccount } from '../../renderer/src/archive/auth';
import { startArchiveServer, type ArchiveServer } from '../../renderer/src/archive/server';
import type { ArchiveDb } from '../../renderer/src/archive/sql';
import { AppError } from '../../renderer/src/core/errors';
import { writeChanges } from '../../renderer/src/db/changes';
import { listFonds } from '../../renderer/src/db/repositories/unit-repository';
import { errorMessage } from '../../renderer/src/i18n';
import { vi as viText } from '../../renderer/src/i18n/vi';
import { httpUpperApi } from '../../renderer/src/upper-api/http';
import type { UpperLevelApi } from '../../renderer/src/upper-api/types';
import { archiveImportAll, ENGINES, openArchive } from '../helpers/archive-db';
import { commune, type TestProfile } from '../helpers/exchange-units';
import { appHolding, exportedFiles } from '../helpers/upper-app';

type File = { name: string; data: Uint8Array };

const UNIT = 'Ủy ban nhân dân xã Thụy Hải';
let thuyHai: TestProfile;
let ids: { box: string; closed: string; open: string; removed: string; typed: string; incoming: string; outgoing: string };
let files: File[];
let api: UpperLevelApi;

beforeAll(async () => {
  thuyHai = await commune(UNIT, '12345');
  const unitId = thuyHai.session.unitId;
  const fondsId = (await listFonds(thuyHai.db, unitId))[0]!.id;
  await writeChanges(thuyHai.db, thuyHai.session, { action: 'test.add' }, ['registers', 'incomingDocs', 'outgoingDocs', 'boxes', 'dossiers', 'dossierDocs'], async (ch) => {
    const inReg = ch.create('registers', { unitId, kind: 'incoming', year: 2025, name: 'Sổ đăng ký văn bản đến năm 2025' });
    const outReg = ch.create('registers', { unitId, kind: 'outgoing', year: 2025, name: 'Sổ đăng ký văn bản đi năm 2025' });
    const entry = ch.create('incomingDocs', { registerId: inReg.id, arrivalNumber: 1, arrivalDate: '2025-03-04', typeName: 'Công văn', number: '215', notation: 'STNMT-QLĐĐ', documentDate: '2025-03-01', sender: 'Sở Tài nguyên và Môi trường tỉnh Hưng Yên', summary: 'V/v rà soát hiện trạng rừng ngập mặn ven biển' });
    const sent = ch.create('outgoingDocs', {
      registerId: outReg.id, number: 12, notation: 'BC-UBND', documentDate: '2025-06-10', typeName: 'Báo cáo', summary: 'Kết quả rà soát đất nuôi trồng thủy sản', signerPosition: 'Chủ tịch', signerName: 'Phạm Văn Hùng',
      recipients: ['UBND huyện Thái Thụy'], retainedCopyHolder: 'Văn phòng', copyCount: 3, receivedSignature: '', note: '', urgency: 'normal', secrecy: 'none', pageCount: 2, language: 'Tiếng Việt',
    });
    const box = ch.create('boxes', { unitId, fondsId, inventoryNumber: 1, number: 2, note: '', store: 'Kho số 1', shelf: 'Tầng 3' });
    const base = { unitId, fondsId, year: 2025, heading: 'I. TỔNG HỢP', headingCode: 'TH', retention: 'permanent', keeper: 'Nguyễn Thị Lan', access: 'open', language: 'Tiếng Việt', condition: 'Tốt', note: '', source: 'plan', inventoryNumber: 1, boxId: box.id };
    const closed = ch.create('dossiers', { ...base, notation: '04.TH', title: 'Hồ sơ quản lý đất đai của xã Thụy Hải năm 2025', status: 'closed', fileNumber: 4, startDate: '2025-01-01', endDate: '2025-12-31', sheetCount: 40 });
    // Still being formed: its period and sheets are what its documents give.
    const open = ch.create('dossiers', { ...base, notation: '02.TH', title: 'Hồ sơ tiếp công dân năm 2025', status: 'open', fileNumber: 2 });
    const removed = ch.create('dossiers', { ...base, notation: '03.TH', title: 'Hồ sơ lập trùng', status: 'open', fileNumber: 3 });
    const doc = (dossierId: string, position: number, fields: object) => ch.create('dossierDocs', { unitId, fondsId, dossierId, position, number: '', author: '', summary: '', note: '', ...fields }).id;
    ids = {
      box: box.id,
      closed: closed.id,
      open: open.id,
      removed: removed.id,
      // Listed out of their creation order: the list's order is their positions'.
      outgoing: doc(closed.id, 3, { outgoingDocId: sent.id, sheetFrom: 9, sheetTo: 10 }),
      typed: doc(closed.id, 1, { number: '37/QĐ-UBND', date: '2025-05-20', author: 'UBND xã Thụy Hải', summary: 'Quyết định thu hồi đất nuôi trồng thủy sản', sheetFrom: 1, sheetTo: 4 }),
      incoming: doc(closed.id, 2, { incomingDocId: entry.id, sheetFrom: 5, sheetTo: 8 }),
    };
    doc(closed.id, 4, { number: '9/TB', author: 'UBND xã', summary: 'Thông báo nhập nhầm' });
    doc(open.id, 1, { number: '3/TB', date: '2025-02-03', author: 'UBND xã Thụy Hải', summary: 'Thông báo lịch tiếp công dân', sheetFrom: 1, sheetTo: 2 });
    doc(open.id, 2, { number: '8/BC', date: '2025-09-30', author: 'UBND xã Thụy Hải', summary: 'Báo cáo kết quả tiếp công dân', sheetFrom: 3, sheetTo: 7 });
  });
  await writeChanges(thuyHai.db, thuyHai.session, { action: 'test.remove' }, ['dossiers', 'dossierDocs'], async (ch) => {
    const docs = await thuyHai.db.dossierDocs.toArray();
    await ch.remove('dossierDocs', docs.find((d) => d.summary === 'Thông báo nhập nhầm')!.id, 'Nhập nhầm');
    await ch.remove('dossiers', ids.removed, 'Lập trùng');
  });
  files = await exportedFiles(thuyHai, '2026-01-15T08:00:00Z');
  // The app's own upper level taking in the same bundle.
  ({ api } = await appHolding(files));
});
afterAll(() => api?.closeSearch());

describe.each(ENGINES)('a hit of archive search opened at the archive ($name)', (engine) => {
  let db: ArchiveDb;
  beforeAll(async () => {
    ({ db } = await openArchive(engine));
    await archiveImportAll(db, files);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('a dossier: as the app shows it, its documents in their order, linked ones read through their entries, one taken out not listed', async () => {
    const view = await archiveHeldDossier(db, ids.closed);
    expect(view).toEqual(await api.heldDossier(ids.closed));
    expect(view?.dossier).toMatchObject({ id: ids.closed, notation: '04.TH', title: 'Hồ sơ quản lý đất đai của xã Thụy Hải năm 2025', sheetCount: 40 });
    expect(view?.box).toMatchObject({ id: ids.box, number: 2, store: 'Kho số 1', shelf: 'Tầng 3' });
    expect(view?.docs.map((r) => [r.id, r.ordinal, r.number, r.author, r.summary, r.sheets, r.linked])).toEqual([
      [ids.typed, 1, '37/QĐ-UBND', 'UBND xã Thụy Hải', 'Quyết định thu hồi đất nuôi trồng thủy sản', '01-04', false],
      [ids.incoming, 2, '215/STNMT-QLĐĐ', 'Sở Tài nguyên và Môi trường tỉnh Hưng Yên', 'Công văn V/v rà soát hiện trạng rừng ngập mặn ven biển', '05-08', true],
      [ids.outgoing, 3, '12/BC-UBND', UNIT, 'Báo cáo Kết quả rà soát đất nuôi trồng thủy sản', '09-10', true],
    ]);
    expect(view?.totals).toMatchObject({ documents: 3, sheets: 10 });
    // Closed: its figures are its own, nothing is taken from its documents.
    expect(view?.listed).toBeUndefined();
  });

  it('a file still open: what its documents give (period, sheets), as the app’s drawer shows them', async () => {
    const view = await archiveHeldDossier(db, ids.open);
    expect(view).toEqual(await api.heldDossier(ids.open));
    expect(view?.listed).toEqual({ startDate: '2025-02-03', endDate: '2025-09-30', startPrecision: 'day', endPrecision: 'day', sheetCount: 7 });
  });

  it('a box: its files by their numbers, one taken out not among them; what is not held (removed, unknown) is null', async () => {
    const box = await archiveHeldBox(db, ids.box);
    expect(box).toEqual(await api.heldBox(ids.box));
    expect(box?.dossiers.map((d) => d.notation)).toEqual(['02.TH', '04.TH']);
    expect(await archiveHeldDossier(db, ids.removed)).toBeNull();
    expect(await api.heldDossier(ids.removed)).toBeNull();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect([await archiveHeldDossier(db, unknown), await archiveHeldBox(db, unknown), await archiveHeldBox(db, ids.closed)]).toEqual([null, null, null]);
  });
});

describe('the held views over HTTP', () => {
  let db: ArchiveDb;
  let server: ArchiveServer;
  let cookie: string;
  beforeAll(async () => {
    ({ db } = await openArchive(ENGINES[0]!));
    await archiveImportAll(db, files);
    await createAccount(db, { username: 'an', displayName: 'Lê Thị An', role: 'view', password: 'An-chỉ-xem-2026' });
    server = await startArchiveServer({ db, host: '127.0.0.1', port: 0, allow: '127.0.0.1/32', distDir: 'dist', log: () => undefined });
    const res = await fetch(`${server.url}api/login`, { method: 'POST', headers: { 'x-luutru-request': '1', 'content-type': 'application/json' }, body: JSON.stringify({ username: 'an', password: 'An-chỉ-xem-2026' }) });
    cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await server?.close();
    await db?.close();
  });

  /** The served screens' seam, as a signed-in browser calls it (the session cookie sent with each request). */
  function seam(): UpperLevelApi {
    const real = globalThis.fetch;
    vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => real(url, { ...init, headers: { ...(init.headers as Record<string, string>), cookie } }));
    return httpUpperApi({ receiver: { unitId: '', name: '', parentName: '', operator: 'Lê Thị An' }, role: 'view', baseUrl: server.url.replace(/\/$/, '') });
  }

  it('a view-role archivist reads a dossier and a box; gone is null', async () => {
    const http = seam();
    expect(await http.heldDossier(ids.closed)).toEqual(await archiveHeldDossier(db, ids.closed));
    expect(await http.heldBox(ids.box)).toEqual(await archiveHeldBox(db, ids.box));
    expect(await http.heldDossier(ids.removed)).toBeNull();
    vi.unstubAllGlobals();
  });

  it('an id not of a record’s shape is refused, said in Vietnamese; no session, no view', async () => {
    for (const path of ['api/held-dossier?id=1%27%20OR%201=1', 'api/held-box?id=', 'api/held-dossier']) {
      const res = await fetch(`${server.url}${path}`, { headers: { cookie } });
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('archive.request.id');
    }
    expect((await fetch(`${server.url}api/held-dossier?id=${ids.closed}`)).status).toBe(401);
    const i18n = createInstance();
    await i18n.init({ resources: { vi: { translation: viText } }, lng: 'vi', interpolation: { escapeValue: false } });
    expect(errorMessage(i18n.t, new AppError('archive.request.id', { id: 'abc' }))).toBe('Mã "abc" không phải mã của một hồ sơ hay hộp: hãy tìm lại rồi mở từ danh sách kết quả.');
  });

  it('the search says whether other hits follow the first ones', async () => {
    const http = seam();
    const first = await http.findHeld('ho so', { limit: 1 });
    expect(first?.items).toHaveLength(1);
    expect(first?.more).toBe(true);
    const all = await http.findHeld('ho so', { limit: 200 });
    expect(all?.more).toBe(false);
    expect(all?.items.length).toBeGreaterThan(1);
    // The app's own index does not say it: the card counts, as before.
    expect((await api.findHeld('ho so', { limit: 200 }))?.more).toBeUndefined();
    vi.unstubAllGlobals();
  });
});
