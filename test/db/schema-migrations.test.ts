// One test per schema version: open a fixture database of the previous version and
// check the upgrade kept its data and added what the version promises.
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { LuutruDb } from '../../renderer/src/db/schema';

describe('schema v1 (foundation)', () => {
  it('creates the foundation stores on a fresh profile', async () => {
    const db = new LuutruDb('mig-v1');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);
    expect(db.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['settings', 'drafts', 'journal', 'units', 'fonds', 'operators']),
    );
    db.close();
    const raw = new Dexie('mig-v1');
    await raw.open();
    expect(raw.table('journal').schema.indexes.map((i) => i.name)).toContain('recordIds');
    raw.close();
  });
});

describe('schema v2 (registers)', () => {
  it('upgrades a v1 profile keeping its unit, and enforces unique arrival numbers per register', async () => {
    const v1 = new Dexie('mig-v2');
    v1.version(1).stores({
      settings: '&key',
      drafts: '&key, updatedAt',
      journal: '++seq, at, *recordIds',
      units: 'id, clock',
      fonds: 'id, unitId, clock',
      operators: 'id, unitId, clock',
    });
    await v1.open();
    await v1.table('units').put({ id: 'u1', name: 'Ủy ban nhân dân xã Thụy Hải', clock: '000000000000001.000000' });
    await v1.table('settings').put({ key: 'localUnitId', value: 'u1' });
    v1.close();

    const db = new LuutruDb('mig-v2');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect((await db.units.get('u1'))?.name).toBe('Ủy ban nhân dân xã Thụy Hải');
    const doc = { id: 'd1', registerId: 'r1', arrivalNumber: 1, origin: 'u1', clock: 'c', deleted: false, changedBy: 'x' };
    await db.table('incomingDocs').put(doc);
    await expect(db.table('incomingDocs').add({ ...doc, id: 'd2' })).rejects.toMatchObject({ name: 'ConstraintError' });
    await db.table('incomingDocs').add({ ...doc, id: 'd3', registerId: 'r2' });
    expect(await db.incomingDocs.count()).toBe(2);
    db.close();
  });
});

describe('schema v3 (signed bundles)', () => {
  it('upgrades a v2 profile with register data intact and adds the key and bundle stores', async () => {
    const v2 = new Dexie('mig-v3');
    v2.version(1).stores({ settings: '&key', drafts: '&key, updatedAt', journal: '++seq, at, *recordIds', units: 'id, clock', fonds: 'id, unitId, clock', operators: 'id, unitId, clock' });
    v2.version(2).stores({ registers: 'id, [unitId+kind+year], clock', issuingBodies: 'id, unitId, clock', incomingDocs: 'id, &[registerId+arrivalNumber], clock', outgoingDocs: 'id, &[registerId+number], clock' });
    await v2.open();
    await v2.table('incomingDocs').put({ id: 'd1', registerId: 'r1', arrivalNumber: 7, summary: 'V/v chuyển đổi số', origin: 'u1', clock: 'c', deleted: false, changedBy: 'x' });
    v2.close();

    const db = new LuutruDb('mig-v3');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect((await db.incomingDocs.get('d1'))?.arrivalNumber).toBe(7);
    for (const t of ['signingKeys', 'trustedKeys', 'revokedKeys', 'keyRotations', 'seenBundles', 'exportLog', 'heldRecords'])
      expect(db.tables.map((x) => x.name)).toContain(t);
    await db.seenBundles.put({ origin: 'u2', sequence: 1, partKey: 0, payloadSha256: 'a'.repeat(64), originName: 'X', adminCode: '1', signerKid: 'k', createdAt: '', importedAt: '', importedBy: '', fileName: '', range: { kind: 'full' }, counts: {} });
    expect(await db.seenBundles.where('origin').equals('u2').count()).toBe(1);
    db.close();
  });
});

describe('schema v4 (register indexes)', () => {
  it('derives the duplicate key and open deadline of entries already stored', async () => {
    const v3 = new Dexie('mig-v4');
    v3.version(1).stores({ settings: '&key', drafts: '&key, updatedAt', journal: '++seq, at, *recordIds', units: 'id, clock', fonds: 'id, unitId, clock', operators: 'id, unitId, clock' });
    v3.version(2).stores({ registers: 'id, [unitId+kind+year], clock', issuingBodies: 'id, unitId, clock', incomingDocs: 'id, &[registerId+arrivalNumber], clock', outgoingDocs: 'id, &[registerId+number], clock' });
    v3.version(3).stores({ signingKeys: '&kid, unitId', trustedKeys: '&kid, unitId', revokedKeys: '&kid', keyRotations: '&[newKid+signedByKid]', seenBundles: '&[origin+sequence+partKey], origin', exportLog: '++id, sequence', heldRecords: '&[table+id], table' });
    await v3.open();
    const meta = { origin: 'u1', clock: 'c', deleted: false, changedBy: 'x' };
    await v3.table('issuingBodies').put({ id: 'b1', unitId: 'u1', name: 'Ủy ban nhân dân xã Thụy Hải', abbreviation: 'UBND', active: true, ...meta });
    await v3.table('registers').put({ id: 'r2', unitId: 'u1', kind: 'outgoing', year: 2026, issuingBodyId: 'b1', ...meta });
    await v3.table('incomingDocs').put({ id: 'd1', registerId: 'r1', arrivalNumber: 7, sender: 'UBND huyện Thái Thụy', number: '15', notation: 'QĐ-UBND', progress: 'pending', handlingDeadline: '2026-04-01', ...meta });
    await v3.table('incomingDocs').put({ id: 'd2', registerId: 'r1', arrivalNumber: 8, sender: 'Sở Nội vụ', number: '', notation: '', progress: 'done', handlingDeadline: '2026-04-01', ...meta });
    await v3.table('outgoingDocs').put({ id: 'o1', registerId: 'r2', number: 3, notation: 'QĐ-UBND', ...meta });
    v3.close();

    const db = new LuutruDb('mig-v4');
    await db.open();
    expect(await db.incomingDocs.where('dupKey').equals('15|qd-ubnd|ubnd huyen thai thuy').primaryKeys()).toEqual(['d1']);
    expect(await db.incomingDocs.where('openDeadline').belowOrEqual('2026-12-31').primaryKeys()).toEqual(['d1']);
    expect((await db.outgoingDocs.get('o1'))?.dupKey).toBe('3|qd-ubnd|ubnd xa thuy hai');
    db.close();
  });
});

describe('schema v5 (dossiers, boxes, processing jobs)', () => {
  it('upgrades a v4 profile keeping its registers and adds the dossier stores, found by fonds and year', async () => {
    const v4 = new Dexie('mig-v5');
    v4.version(1).stores({ settings: '&key', drafts: '&key, updatedAt', journal: '++seq, at, *recordIds', units: 'id, clock', fonds: 'id, unitId, clock', operators: 'id, unitId, clock' });
    v4.version(2).stores({ registers: 'id, [unitId+kind+year], clock', issuingBodies: 'id, unitId, clock', incomingDocs: 'id, &[registerId+arrivalNumber], clock', outgoingDocs: 'id, &[registerId+number], clock' });
    v4.version(3).stores({ signingKeys: '&kid, unitId', trustedKeys: '&kid, unitId', revokedKeys: '&kid', keyRotations: '&[newKid+signedByKid]', seenBundles: '&[origin+sequence+partKey], origin', exportLog: '++id, sequence', heldRecords: '&[table+id], table' });
    v4.version(4).stores({ incomingDocs: 'id, &[registerId+arrivalNumber], clock, dupKey, openDeadline', outgoingDocs: 'id, &[registerId+number], clock, dupKey' });
    await v4.open();
    const meta = { origin: 'u1', clock: 'c', deleted: false, changedBy: 'x' };
    await v4.table('incomingDocs').put({ id: 'd1', registerId: 'r1', arrivalNumber: 7, dupKey: '', ...meta });
    v4.close();

    const db = new LuutruDb('mig-v5');
    await db.open();
    expect(await db.incomingDocs.count()).toBe(1);
    await db.dossiers.put({ id: 'h1', unitId: 'u1', fondsId: 'f1', year: 2025, boxId: 'x1', ...meta } as never);
    await db.boxes.put({ id: 'x1', unitId: 'u1', fondsId: 'f1', number: 1, note: '', ...meta });
    expect(await db.dossiers.where('[fondsId+year]').equals(['f1', 2025]).primaryKeys()).toEqual(['h1']);
    expect(await db.dossiers.where('boxId').equals('x1').primaryKeys()).toEqual(['h1']);
    expect(await db.processingJobs.count()).toBe(0);
    db.close();
  });
});

describe('schema v7 (backlog processing)', () => {
  it('upgrades a v5 profile keeping its dossiers and boxes, and finds slips by job order, temporary number and documents by dossier', async () => {
    const v5 = new Dexie('mig-v7');
    v5.version(1).stores({ settings: '&key', drafts: '&key, updatedAt', journal: '++seq, at, *recordIds', units: 'id, clock', fonds: 'id, unitId, clock', operators: 'id, unitId, clock' });
    v5.version(2).stores({ registers: 'id, [unitId+kind+year], clock', issuingBodies: 'id, unitId, clock', incomingDocs: 'id, &[registerId+arrivalNumber], clock', outgoingDocs: 'id, &[registerId+number], clock' });
    v5.version(3).stores({ signingKeys: '&kid, unitId', trustedKeys: '&kid, unitId', revokedKeys: '&kid', keyRotations: '&[newKid+signedByKid]', seenBundles: '&[origin+sequence+partKey], origin', exportLog: '++id, sequence', heldRecords: '&[table+id], table' });
    v5.version(4).stores({ incomingDocs: 'id, &[registerId+arrivalNumber], clock, dupKey, openDeadline', outgoingDocs: 'id, &[registerId+number], clock, dupKey' });
    v5.version(5).stores({ dossiers: 'id, [fondsId+year], unitId, boxId, clock', boxes: 'id, fondsId, unitId, clock', processingJobs: 'id, fondsId, unitId, clock' });
    await v5.open();
    const meta = { origin: 'u1', clock: 'c', deleted: false, changedBy: 'x' };
    await v5.table('dossiers').put({ id: 'h1', unitId: 'u1', fondsId: 'f1', year: 2025, notation: '01.TH', boxId: 'x1', ...meta });
    await v5.table('boxes').put({ id: 'x1', unitId: 'u1', fondsId: 'f1', number: 1, note: '', ...meta });
    v5.close();

    const db = new LuutruDb('mig-v7');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);
    expect((await db.dossiers.get('h1'))?.notation).toBe('01.TH');
    expect(await db.dossiers.where('boxId').equals('x1').primaryKeys()).toEqual(['h1']);
    await db.dossiers.bulkPut([
      { id: 's2', unitId: 'u1', fondsId: 'f1', year: 1998, jobId: 'j1', position: 2, tempNumber: 1, ...meta } as never,
      { id: 's1', unitId: 'u1', fondsId: 'f1', year: 1999, jobId: 'j1', position: 1, tempNumber: 2, ...meta } as never,
    ]);
    expect(await db.dossiers.where('[jobId+position]').between(['j1', 1], ['j1', 2], true, true).primaryKeys()).toEqual(['s1', 's2']);
    expect((await db.dossiers.where('[jobId+tempNumber]').between(['j1', Dexie.minKey], ['j1', Dexie.maxKey]).last())?.id).toBe('s1');
    // The plan's dossier has no job: it stays out of the job's order.
    expect(await db.dossiers.where('[jobId+position]').between(['j1', Dexie.minKey], ['j1', Dexie.maxKey]).count()).toBe(2);
    await db.dossierDocs.put({ id: 'v1', unitId: 'u1', fondsId: 'f1', dossierId: 's1', position: 1, number: '', author: '', summary: 'Quyết định', note: '', ...meta });
    expect(await db.dossierDocs.where('[dossierId+position]').between(['s1', Dexie.minKey], ['s1', Dexie.maxKey]).primaryKeys()).toEqual(['v1']);
    await db.boxes.put({ id: 'x2', unitId: 'u1', fondsId: 'f1', number: 2, note: '', jobId: 'j1', ...meta });
    expect(await db.boxes.where('jobId').equals('j1').primaryKeys()).toEqual(['x2']);
    db.close();
  });
});
