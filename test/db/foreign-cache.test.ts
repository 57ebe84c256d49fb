// Other units' directories kept between imports (db/foreign/foreign-cache.ts) are never planned on
// once the data moved under them: another window imported, a sample was removed, an apply failed
// half-way. Each case ends in the records a fresh reading of the database shows, nothing half-written.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../renderer/src/db/schema';
import { writeChanges } from '../../renderer/src/db/changes';
import { acknowledgeExport, exportBundle } from '../../renderer/src/db/exchange/export';
import { applyImport, prepareImport } from '../../renderer/src/db/exchange/import';
import { completeSetup } from '../../renderer/src/db/repositories/unit-repository';
import { foreignCounts, foreignRecord, foreignRecords } from '../../renderer/src/db/repositories/foreign-repository';
import { createSampleProfile, removeSampleProfile } from '../../renderer/src/db/sample/make-sample';
import { writeBackup } from '../../renderer/src/db/backup/write-backup';
import { checkBackup, restoreBackup } from '../../renderer/src/db/backup/restore';
import { dropForeignStore, foreignGeneration, lendForeignStore } from '../../renderer/src/db/foreign/foreign-cache';
import { joined, memorySink, memorySource, type StreamedFile } from '../../renderer/src/platform/testing';
import { databaseDigest } from '../helpers/db-digest';
import { archivedRowFile } from '../../renderer/src/db/exchange/archive';
import { addDocs, commune, importAll, upper, type TestProfile } from '../helpers/exchange-units';

const REG = '0190c0de-0000-7000-8000-0000000000c1';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The commune's entry `n` re-worded (a later version of the same record). */
async function reword(c: TestProfile, n: number, summary: string): Promise<void> {
  const doc = (await c.db.incomingDocs.toArray()).find((d) => d.arrivalNumber === n)!;
  await writeChanges(c.db, c.session, { action: 'test.edit' }, ['incomingDocs'], async (ch) => void ch.updateKnown('incomingDocs', doc, { ...doc, summary }));
}

/** The same upper-level profile opened a second time (another window, another worker). */
async function secondWindow(up: TestProfile): Promise<TestProfile> {
  return { db: await openDb(up.db.name), session: up.session };
}

/** Entries of the commune as the upper level's directories and blocks hold them (ids listed vs. records stored). */
async function held(up: TestProfile, origin: string): Promise<{ listed: number; stored: number }> {
  return { listed: (await foreignCounts(up.db, 'incomingDocs')).get(origin) ?? 0, stored: (await foreignRecords(up.db, 'incomingDocs')).filter((r) => r.origin === origin).length };
}

describe('directories kept between imports', () => {
  it('a dry run after another window imported reads the directories again', async () => {
    const a = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
    const up = await upper();
    const other = await secondWindow(up);
    await addDocs(a, REG, 1, 3);
    await applyImport(up.db, await importAll(up, (await exportBundle(a.db, { kind: 'full', operator: 'Lan' })).files), 'Bình');
    // The other window takes in entries 4–6 (and a re-worded 2).
    await addDocs(a, REG, 4, 3);
    await reword(a, 2, 'V/v sửa đổi kế hoạch');
    await applyImport(other.db, await prepareImport(other.db, (await exportBundle(a.db, { kind: 'full', operator: 'Lan' })).files, up.session.unitId), 'Bình');
    await addDocs(a, REG, 7, 1);
    const prepared = await prepareImport(up.db, (await exportBundle(a.db, { kind: 'full', operator: 'Lan' })).files, up.session.unitId);
    // Only entry 7 is new here: 4–6 and the re-worded 2 are already held (the other window wrote them).
    expect(prepared.receipt.tables.incomingDocs?.total).toMatchObject({ new: 1, updated: 0, unchanged: 6 });
    await applyImport(up.db, prepared, 'Bình');
    expect(await held(up, a.session.unitId)).toEqual({ listed: 7, stored: 7 });
  });

  it('a dry run made before another window imported is planned again when applied', async () => {
    const a = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
    const up = await upper();
    const other = await secondWindow(up);
    await addDocs(a, REG, 1, 3);
    await applyImport(up.db, await importAll(up, (await exportBundle(a.db, { kind: 'full', operator: 'Lan' })).files), 'Bình');
    await addDocs(a, REG, 4, 2);
    const older = await prepareImport(up.db, (await exportBundle(a.db, { kind: 'full', operator: 'Lan' })).files, up.session.unitId);
    expect(older.receipt.tables.incomingDocs?.total).toMatchObject({ new: 2 });
    // Meanwhile the other window takes in a later version of entry 4.
    await reword(a, 4, 'V/v bổ sung danh sách');
    await applyImport(other.db, await prepareImport(other.db, (await exportBundle(a.db, { kind: 'full', operator: 'Lan' })).files, up.session.unitId), 'Bình');
    const entry4 = (await a.db.incomingDocs.toArray()).find((d) => d.arrivalNumber === 4)!;
    // The older dry run, applied now, does not put back the earlier version of entry 4.
    const r = await applyImport(up.db, older, 'Bình');
    expect(r.written).toBe(0);
    expect((await foreignRecord(up.db, 'incomingDocs', entry4.id))?.summary).toBe('V/v bổ sung danh sách');
    expect(await held(up, a.session.unitId)).toEqual({ listed: 5, stored: 5 });
  });

  it('an apply that fails half-way writes nothing, and the next import does not build on what it had staged', async () => {
    const a = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
    const up = await upper();
    await addDocs(a, REG, 1, 3);
    await applyImport(up.db, await importAll(up, (await exportBundle(a.db, { kind: 'full', operator: 'Lan' })).files), 'Bình');
    await addDocs(a, REG, 4, 2);
    const full = await exportBundle(a.db, { kind: 'full', operator: 'Lan' });
    const prepared = await prepareImport(up.db, full.files, up.session.unitId);
    const before = await databaseDigest(up.db);
    // The journal entry, written after the records, fails (a full disk): the whole transaction is undone.
    vi.spyOn(up.db.journal, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(applyImport(up.db, prepared, 'Bình')).rejects.toThrow();
    expect(await databaseDigest(up.db)).toBe(before);
    // The commune goes on with an increment (entry 6 only): entries 4 and 5 were never taken in.
    await acknowledgeExport(a.db, full.sequence);
    await addDocs(a, REG, 6, 1);
    const inc = await exportBundle(a.db, { kind: 'incremental', operator: 'Lan' });
    await applyImport(up.db, await prepareImport(up.db, inc.files, up.session.unitId), 'Bình');
    expect(await held(up, a.session.unitId)).toEqual({ listed: 4, stored: 4 });
  });

  it('after a backup is restored, the next import reads the restored directories, not the ones kept before', async () => {
    const a = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
    const up = await upper();
    await addDocs(a, REG, 1, 3);
    await applyImport(up.db, await importAll(up, (await exportBundle(a.db, { kind: 'full', operator: 'Lan' })).files), 'Bình');
    const backup: StreamedFile = { name: 'b.luutru-backup', pieces: [], closed: false, aborted: false };
    await writeBackup(up.db, memorySink(backup), { operator: 'Trần Văn Bình', appVersion: 'test' });
    // Entries 4 and 5 are taken in after the backup; the backup (entries 1–3) is then restored.
    await addDocs(a, REG, 4, 2);
    const full = await exportBundle(a.db, { kind: 'full', operator: 'Lan' });
    await applyImport(up.db, await prepareImport(up.db, full.files, up.session.unitId), 'Bình');
    const bytes = joined(backup);
    await restoreBackup(up.db, memorySource('b', bytes), await checkBackup(up.db, memorySource('b', bytes)), { operator: 'Trần Văn Bình' });
    expect(await held(up, a.session.unitId)).toEqual({ listed: 3, stored: 3 });
    await acknowledgeExport(a.db, full.sequence);
    await addDocs(a, REG, 6, 1);
    const inc = await exportBundle(a.db, { kind: 'incremental', operator: 'Lan' });
    await applyImport(up.db, await prepareImport(up.db, inc.files, up.session.unitId), 'Bình');
    expect(await held(up, a.session.unitId)).toEqual({ listed: 4, stored: 4 });
  });

  it('after the sample archive is removed, its directories are read again and its bundle is taken in again as new', async () => {
    const db = await openDb(`foreign-cache-sample-${Math.random().toString(36).slice(2)}`);
    await createSampleProfile(db, { profile: 'archive', now: new Date('2026-03-02T09:00:00Z') });
    const files = await Promise.all((await db.bundleArchive.toArray()).map(async (b, i) => ({ name: `${i}.luutru.json`, data: new TextEncoder().encode(`${JSON.stringify(await archivedRowFile(b))}\n`) })));
    const sampleDocs = (await foreignRecords(db, 'incomingDocs')).length;
    expect(sampleDocs).toBeGreaterThan(0);
    await removeSampleProfile(db);
    // What the next import would plan on is read from the (now empty) database, not kept from the sample.
    const store = lendForeignStore(db, await foreignGeneration(db));
    expect(store.directory.loadedTables.size).toBe(0);
    dropForeignStore(db, store);
    const archive = await completeSetup(db, {
      unit: { level: 'province-archive', name: 'Lưu trữ lịch sử tỉnh Hưng Yên', shortName: '', adminCode: '33', legacyAdminCode: '', agencyId: '', parentName: '' },
      fonds: { name: 'Kho lưu trữ lịch sử tỉnh', number: '', startYear: 2025 },
      operator: { name: 'Trần Văn Bình', position: '' },
    });
    const up = { db, session: { unitId: archive.id, operator: 'Trần Văn Bình' } };
    const prepared = await importAll(up, files);
    expect(prepared.receipt.tables.incomingDocs?.total).toMatchObject({ new: sampleDocs, unchanged: 0 });
    await applyImport(db, prepared, 'Bình');
    expect((await foreignRecords(db, 'incomingDocs')).length).toBe(sampleDocs);
  }, 90_000);
});
