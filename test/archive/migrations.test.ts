// The archive's schema migrations, each on a database of the version before (like the Dexie ones):
// v1 keeps records and bookkeeping; v2 adds accounts next to the data; v3 adds search and computes
// the tokens of entries already stored, so an archive upgraded in place finds its old entries; v4 adds
// the vocabulary the word being typed is spelled out from, and the first-letter tokens; v5 keeps a recovered
// key's announcement beside it; v6 how a key's fingerprint words were compared; v8 the warnings a key was trusted over;
// v9 the words archive search finds dossiers and boxes stored before by; v10 those it finds the documents inside dossiers by
// (made with their dossier and the register entry they link to); v11 a dossier's words with its box's, a box's with its
// number as one word ("hộp 2" is box 02), and the order's index; v12 a box's and a dossier's words with their inventory's
// number as one word ("ML 1 hộp 2"), a document's with its file's inventory and box numbers ("hộp 2 quyết định").
// A second run changes nothing; a database newer than the program is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, login } from '../../renderer/src/archive/auth';
import { migrate, schemaVersion, SCHEMA_VERSION } from '../../renderer/src/archive/migrations';
import { archiveHeldSearch, archiveSearch } from '../../renderer/src/archive/reads';
import type { ArchiveDb } from '../../renderer/src/archive/sql';
import { initUnit, trustedKeys, trustKey } from '../../renderer/src/archive/trust';
import { fixtureKey } from '../../scripts/make-bundle-fixtures';
import { ENGINES } from '../helpers/archive-db';

const entry = {
  id: '0190aaaa-0000-7000-8000-000000001001',
  origin: '0190aaaa-0000-7000-8000-000000000001',
  clock: '0000019a1c2b3c4d-0000',
  deleted: false,
  changedBy: 'Lan',
  registerId: '0190aaaa-0000-7000-8000-000000000501',
  arrivalNumber: 7,
  arrivalDate: '2025-03-04',
  typeName: 'Quyết định',
  sender: 'Sở Tài nguyên và Môi trường tỉnh Hưng Yên',
  number: '15',
  notation: 'QĐ-STNMT',
  summary: 'V/v đo đạc, chỉnh lý bản đồ địa chính xã Thụy Hải',
};

describe.each(ENGINES)('archive schema migrations ($name)', (engine) => {
  let db: ArchiveDb;
  beforeAll(async () => {
    db = await engine.open();
  });
  afterAll(async () => db?.close());

  it('v1: records, held claims, bundles received and the rest, on an empty database', async () => {
    expect(await migrate(db, 1)).toEqual({ from: 0, to: 1 });
    await initUnit(db, { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', adminCode: '33' });
    await db.query(`INSERT INTO records (tbl, id, origin, clock, deleted, link1, num_key, body) VALUES ('incomingDocs', $1, $2, $3, false, $4, $5, $6::jsonb)`, [
      entry.id,
      entry.origin,
      entry.clock,
      entry.registerId,
      `${entry.registerId}|7`,
      JSON.stringify(entry),
    ]);
    await db.query(`INSERT INTO origin_stats (origin, tbl, n) VALUES ($1, 'incomingDocs', 1)`, [entry.origin]);
    // One record per register number, as IndexedDB's unique index.
    await expect(
      db.transaction((tx) =>
        tx.query(`INSERT INTO records (tbl, id, origin, clock, deleted, num_key, body) VALUES ('incomingDocs', 'other', $1, $2, false, $3, '{}'::jsonb)`, [entry.origin, entry.clock, `${entry.registerId}|7`]),
      ),
    ).rejects.toMatchObject({ code: 'import.constraint' });
  });

  it('v2: archivist accounts on a v1 archive, its data untouched', async () => {
    expect(await migrate(db, 2)).toEqual({ from: 1, to: 2 });
    await createAccount(db, { username: 'binh', displayName: 'Trần Văn Bình', role: 'administer', password: 'mot-hai-ba-bon' });
    expect((await login(db, 'binh', 'mot-hai-ba-bon')).account.role).toBe('administer');
    expect((await db.query<{ n: number }>('SELECT n FROM origin_stats'))[0]?.n).toBe(1);
  });

  it('v3: the entries stored before are searchable by whole words, without diacritics', async () => {
    expect(await archiveSearch(db, 'chinh ly', { limit: 10 }).catch((e: unknown) => e)).toBeInstanceOf(Error);
    expect(await migrate(db, 3)).toEqual({ from: 2, to: 3 });
    // The program of today asks a v4 archive (it migrates before serving): v3's index is asked directly.
    const found = (q: string) => db.query<{ id: string }>('SELECT id FROM records WHERE search @@ $1::tsquery', [q]);
    expect((await found("'chinh' & 'ly' & 'ban' & 'do' & 'dia'")).map((r) => r.id)).toEqual([entry.id]);
    expect(await found("'thuy' & 'trinh'")).toEqual([]);
  });

  it('v4: the entries stored before are found by the word being typed — its first letter, the start of a word, a notation', async () => {
    expect(await migrate(db, 4)).toEqual({ from: 3, to: 4 });
    expect((await archiveSearch(db, 'chinh ly ban d', { limit: 10 })).map((h) => h.id)).toEqual([entry.id]);
    expect((await archiveSearch(db, 'thuy ha', { limit: 10 })).map((h) => h.id)).toEqual([entry.id]);
    expect((await archiveSearch(db, '15/qđ', { limit: 10 })).map((h) => h.summary)).toEqual([`Quyết định ${entry.summary}`]);
    expect(await archiveSearch(db, 'thuy ho', { limit: 10 })).toEqual([]);
  });

  it('v5: a key trusted before keeps reading as it was; a key confirmed as a recovery keeps its announcement', async () => {
    const old = await fixtureKey(1);
    await db.query(
      `INSERT INTO trusted_keys (kid, unit_id, jwk, origin_name, admin_code, confirmed_by, confirmed_at, confirmed_as, note) VALUES ($1, $2, $3::jsonb, 'Ủy ban nhân dân xã Thụy Hải', '12345', 'Bình', '2026-01-02T08:00:00.000Z', 'first-contact', NULL)`,
      [old.kid, entry.origin, JSON.stringify(old.jwk)],
    );
    expect(await migrate(db, 5)).toEqual({ from: 4, to: 5 });
    const fresh = await fixtureKey(12);
    const recovery = { kind: 'key-recovery' as const, unitId: entry.origin, newKid: fresh.kid, previousKid: old.kid, backupCreatedAt: '2026-01-04T09:00:00.000Z', resumedAfterSequence: 3 };
    // Written as a v5 program did (the program now writes a column v6 adds).
    await db.query(
      `INSERT INTO trusted_keys (kid, unit_id, jwk, origin_name, admin_code, confirmed_by, confirmed_at, confirmed_as, note, recovery) VALUES ($1, $2, $3::jsonb, 'Ủy ban nhân dân xã Thụy Hải', '12345', 'Bình', '2026-01-05T08:00:00.000Z', 'key-recovery', NULL, $4::jsonb)`,
      [fresh.kid, entry.origin, JSON.stringify(fresh.jwk), JSON.stringify(recovery)],
    );
    const keys = await trustedKeys(db);
    expect(keys.map((k) => [k.kid, k.confirmedAs, k.recovery])).toEqual([
      [old.kid, 'first-contact', undefined],
      [fresh.kid, 'key-recovery', recovery],
    ]);
  });

  it('v6: the keys trusted before read as not saying how they were compared; a key trusted now keeps it', async () => {
    // With v7 (the keys refused: a table of its own, tested with the refusals).
    expect(await migrate(db, 7)).toEqual({ from: 5, to: 7 });
    expect((await trustedKeys(db)).map((k) => k.compared)).toEqual([undefined, undefined]);
  });

  it('v8: the keys trusted before read as trusted over no warning; a key trusted now over its card\'s warnings keeps them', async () => {
    expect(await migrate(db, 8)).toEqual({ from: 7, to: 8 });
    expect((await trustedKeys(db)).every((k) => k.confirmedOver === undefined)).toBe(true);
    // A key trusted now keeps how its words were compared (v6); a unit's new key was trusted over nothing.
    const next = await fixtureKey(13);
    await trustKey(db, { unitId: entry.origin, originName: 'Ủy ban nhân dân xã Thụy Hải', jwk: next.jwk, confirmedBy: 'Bình', confirmedAs: 'new-key', compared: 'words-typed' });
    const kept = (await trustedKeys(db)).find((k) => k.kid === next.kid);
    expect([kept?.compared, kept?.confirmedOver]).toEqual(['words-typed', undefined]);
    const alike = await fixtureKey(14);
    const read = [{ code: 'identity.sameName' as const, otherUnitId: entry.origin, otherName: 'Ủy ban nhân dân xã Thụy Hải' }];
    await trustKey(db, { unitId: '0190f0f0-0000-7000-8000-000000000041', originName: 'Ủy ban nhân dân xã Thụy Hải', adminCode: '12399', jwk: alike.jwk, confirmedBy: 'Bình', confirmedAs: 'first-contact', compared: 'words-read-aloud', confirmedOver: read });
    expect((await trustedKeys(db)).find((k) => k.kid === alike.kid)?.confirmedOver).toEqual([{ code: 'identity.sameName', otherUnitId: entry.origin, otherName: 'Ủy ban nhân dân xã Thụy Hải' }]);
  });

  it('v9: the dossiers and boxes stored before are found by archive search', async () => {
    const dossier = { id: '0190aaaa-0000-7000-8000-000000002001', origin: entry.origin, clock: entry.clock, deleted: false, changedBy: 'Lan', unitId: entry.origin, fondsId: 'f1', year: 2025, heading: 'I. TỔNG HỢP', notation: '01.TH', title: 'Hồ sơ hội nghị tổng kết công tác năm 2025', retention: 'permanent', keeper: 'Nguyễn Thị Lan', status: 'closed', note: '', inventoryNumber: 1, fileNumber: 4, boxId: '0190aaaa-0000-7000-8000-000000003001' };
    const box = { id: dossier.boxId, origin: entry.origin, clock: entry.clock, deleted: false, changedBy: 'Lan', unitId: entry.origin, fondsId: 'f1', inventoryNumber: 1, number: 2, store: 'Kho số 1', shelf: 'Tầng 3', note: '' };
    // Written as a v8 program did: no words for archive search.
    for (const [tbl, r, link2] of [['dossiers', dossier, dossier.boxId], ['boxes', box, null]] as const) {
      await db.query(`INSERT INTO records (tbl, id, origin, clock, deleted, link1, link2, body) VALUES ($1, $2, $3, $4, false, 'f1', $5, $6::jsonb)`, [tbl, r.id, r.origin, r.clock, link2, JSON.stringify(r)]);
    }
    expect(await archiveHeldSearch(db, 'hoi nghi tong ket', { limit: 10 }).catch((e: unknown) => e)).toBeInstanceOf(Error);
    expect(await migrate(db, 9)).toEqual({ from: 8, to: 9 });
    expect((await archiveHeldSearch(db, 'hoi nghi tong ket', { limit: 10 })).map((h) => [h.kind, h.what, h.where])).toEqual([['dossier', 'ML 1 · HS 4 — Hồ sơ hội nghị tổng kết công tác năm 2025', 'ML 1 · hộp 02 · Kho số 1 · Tầng 3']]);
    // A place: the box standing there, then the files in it.
    expect((await archiveHeldSearch(db, 'kho 1 tang 3', { limit: 10 })).map((h) => [h.kind, h.what])).toEqual([
      ['box', 'ML 1 · hộp 02'],
      ['dossier', 'ML 1 · HS 4 — Hồ sơ hội nghị tổng kết công tác năm 2025'],
    ]);
    // The register entry stored at v1 is not among them (it is the consolidated search's).
    expect(await archiveHeldSearch(db, 'chinh ly ban do', { limit: 10 })).toEqual([]);
  });

  it('v10: the documents stored before inside dossiers are found by archive search, a linked one by its entry’s words, named with their dossier and box', async () => {
    const dossierId = '0190aaaa-0000-7000-8000-000000002001';
    const doc = { origin: entry.origin, clock: entry.clock, deleted: false, changedBy: 'Lan', unitId: entry.origin, fondsId: 'f1', dossierId, note: '' };
    const typed = { ...doc, id: '0190aaaa-0000-7000-8000-000000004001', position: 1, number: '12/BC-UBND', date: '2025-12-10', author: 'UBND xã Thụy Hải', summary: 'Báo cáo tổng kết công tác năm 2025' };
    const linked = { ...doc, id: '0190aaaa-0000-7000-8000-000000004002', position: 2, number: '', author: '', summary: '', incomingDocId: entry.id };
    // Written as a v9 program did: documents without words.
    for (const r of [typed, linked]) await db.query(`INSERT INTO records (tbl, id, origin, clock, deleted, link1, body) VALUES ('dossierDocs', $1, $2, $3, false, $4, $5::jsonb)`, [r.id, r.origin, r.clock, dossierId, JSON.stringify(r)]);
    expect(await archiveHeldSearch(db, 'chinh ly ban do', { limit: 10 })).toEqual([]);
    expect(await migrate(db, 10)).toEqual({ from: 9, to: 10 });
    const where = 'ML 1 · hộp 02 · Kho số 1 · Tầng 3';
    expect((await archiveHeldSearch(db, 'chinh ly ban do', { limit: 10 })).map((h) => [h.kind, h.what, h.where, h.dossierId])).toEqual([
      ['doc', '15/QĐ-STNMT — Quyết định V/v đo đạc, chỉnh lý bản đồ địa chính xã Thụy Hải (Hồ sơ hội nghị tổng kết công tác năm 2025)', where, dossierId],
    ]);
    // Its title finds the file, then its documents (each holds its file's title among its words, as the app's index).
    expect((await archiveHeldSearch(db, 'hoi nghi tong ket', { limit: 10 })).map((h) => [h.kind, h.what])).toEqual([
      ['dossier', 'ML 1 · HS 4 — Hồ sơ hội nghị tổng kết công tác năm 2025'],
      ['doc', '12/BC-UBND — Báo cáo tổng kết công tác năm 2025 (Hồ sơ hội nghị tổng kết công tác năm 2025)'],
      ['doc', '15/QĐ-STNMT — Quyết định V/v đo đạc, chỉnh lý bản đồ địa chính xã Thụy Hải (Hồ sơ hội nghị tổng kết công tác năm 2025)'],
    ]);
  });

  it('v11: a dossier stored before is found by its words and its box’s together, a box by its number, hits listed from an index of their order', async () => {
    // Stored by a v10 program: the dossier's words without its box's, the box's without its number as one word ("hop2"),
    // nor the documents' (v12 gives them theirs).
    await db.exec("UPDATE records SET held_search = array_to_tsvector(array_remove(tsvector_to_array(held_search), 'hop2')) WHERE tbl IN ('boxes', 'dossierDocs')");
    const boxWord = async () => (await db.query<{ held: boolean }>("SELECT held_search @@ 'hop2'::tsquery AS held FROM records WHERE tbl = 'boxes'")).map((r) => r.held);
    expect(await boxWord()).toEqual([false]);
    expect(await archiveHeldSearch(db, 'hop 02 hoi nghi tong ket', { limit: 10 })).toEqual([]);
    expect(await migrate(db, 11)).toEqual({ from: 10, to: 11 });
    expect((await archiveHeldSearch(db, 'hop 02 hoi nghi tong ket', { limit: 10 })).map((h) => [h.kind, h.what])).toEqual([['dossier', 'ML 1 · HS 4 — Hồ sơ hội nghị tổng kết công tác năm 2025']]);
    // The box holds its number as one word: "hộp 2" is box 02, then the file in it.
    expect(await boxWord()).toEqual([true]);
    expect((await archiveHeldSearch(db, 'hộp 2', { limit: 10 })).map((h) => [h.kind, h.what])).toEqual([
      ['box', 'ML 1 · hộp 02'],
      ['dossier', 'ML 1 · HS 4 — Hồ sơ hội nghị tổng kết công tác năm 2025'],
    ]);
    expect((await archiveHeldSearch(db, 'tang 3 hoi nghi', { limit: 10 })).map((h) => h.kind)).toEqual(['dossier']);
    expect(await db.query("SELECT indexname FROM pg_indexes WHERE indexname IN ('records_held_order', 'records_held_search') ORDER BY indexname")).toEqual([{ indexname: 'records_held_order' }, { indexname: 'records_held_search' }]);
  });

  it('v12: a box and a file stored before are found by their inventory’s number and the box’s ("ML 1 hộp 2"), a document by its box’s ("hộp 2 quyết định")', async () => {
    // Stored by a v11 program: no inventory's number as one word ("ml1"), a document without its box's number ("hop2").
    await db.exec(`UPDATE records SET held_search = array_to_tsvector(array_remove(tsvector_to_array(held_search), 'ml1')) WHERE tbl IN ('boxes', 'dossiers', 'dossierDocs');
      UPDATE records SET held_search = array_to_tsvector(array_remove(tsvector_to_array(held_search), 'hop2')) WHERE tbl = 'dossierDocs'`);
    expect(await archiveHeldSearch(db, 'ML 1 hộp 2', { limit: 10 })).toEqual([]);
    expect(await archiveHeldSearch(db, 'hộp 2 quyết định', { limit: 10 })).toEqual([]);
    expect(await migrate(db)).toEqual({ from: 11, to: 12 });
    expect((await archiveHeldSearch(db, 'ML 1 hộp 2', { limit: 10 })).map((h) => [h.kind, h.what, h.where])).toEqual([
      ['box', 'ML 1 · hộp 02', 'ML 1 · hộp 02 · Kho số 1 · Tầng 3'],
      ['dossier', 'ML 1 · HS 4 — Hồ sơ hội nghị tổng kết công tác năm 2025', 'ML 1 · hộp 02 · Kho số 1 · Tầng 3'],
    ]);
    expect((await archiveHeldSearch(db, 'hộp 2 quyết định', { limit: 10 })).map((h) => [h.kind, h.what])).toEqual([
      ['doc', '15/QĐ-STNMT — Quyết định V/v đo đạc, chỉnh lý bản đồ địa chính xã Thụy Hải (Hồ sơ hội nghị tổng kết công tác năm 2025)'],
    ]);
    expect(await archiveHeldSearch(db, 'ML 2 hộp 2', { limit: 10 })).toEqual([]);
    expect(await db.query("SELECT indexname FROM pg_indexes WHERE indexname IN ('records_held_order', 'records_held_search') ORDER BY indexname")).toEqual([{ indexname: 'records_held_order' }, { indexname: 'records_held_search' }]);
  });

  it('runs once: a second run changes nothing; a newer database is refused', async () => {
    expect(await migrate(db)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    expect(await schemaVersion(db)).toBe(SCHEMA_VERSION);
    await db.query("INSERT INTO schema_migrations (version, description, applied_at) VALUES (99, 'future', '')");
    await expect(migrate(db)).rejects.toMatchObject({ code: 'archive.db.tooNew', params: { version: 99 } });
    await db.query('DELETE FROM schema_migrations WHERE version = 99');
  });
});
