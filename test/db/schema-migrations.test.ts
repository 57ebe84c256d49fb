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
    await v2.table('settings').put({ key: 'localUnitId', value: 'u1' });
    await v2.table('incomingDocs').put({ id: 'd1', registerId: 'r1', arrivalNumber: 7, summary: 'V/v chuyển đổi số', origin: 'u1', clock: 'c', deleted: false, changedBy: 'x' });
    v2.close();

    const db = new LuutruDb('mig-v3');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect((await db.incomingDocs.get('d1'))?.arrivalNumber).toBe(7);
    for (const t of ['signingKeys', 'trustedKeys', 'revokedKeys', 'keyRotations', 'exportLog'])
      expect(db.tables.map((x) => x.name)).toContain(t);
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
    await v3.table('settings').put({ key: 'localUnitId', value: 'u1' });
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
    await v4.table('settings').put({ key: 'localUnitId', value: 'u1' });
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

describe('schema v6 (bundle authority)', () => {
  it('moves seen bundles to received bundles with their key lineage, held records to held claims, dates rotations by sequence and counts other units’ records', async () => {
    const v5 = new Dexie('mig-v6');
    v5.version(1).stores({ settings: '&key', drafts: '&key, updatedAt', journal: '++seq, at, *recordIds', units: 'id, clock', fonds: 'id, unitId, clock', operators: 'id, unitId, clock' });
    v5.version(2).stores({ registers: 'id, [unitId+kind+year], clock', issuingBodies: 'id, unitId, clock', incomingDocs: 'id, &[registerId+arrivalNumber], clock', outgoingDocs: 'id, &[registerId+number], clock' });
    v5.version(3).stores({ signingKeys: '&kid, unitId', trustedKeys: '&kid, unitId', revokedKeys: '&kid', keyRotations: '&[newKid+signedByKid]', seenBundles: '&[origin+sequence+partKey], origin', exportLog: '++id, sequence', heldRecords: '&[table+id], table' });
    v5.version(4).stores({ incomingDocs: 'id, &[registerId+arrivalNumber], clock, dupKey, openDeadline', outgoingDocs: 'id, &[registerId+number], clock, dupKey' });
    v5.version(5).stores({ dossiers: 'id, [fondsId+year], unitId, boxId, clock', boxes: 'id, fondsId, unitId, clock', processingJobs: 'id, fondsId, unitId, clock' });
    await v5.open();
    const jwk = { kty: 'OKP', crv: 'Ed25519', x: 'A'.repeat(43) };
    const k1 = 'K'.repeat(43);
    const k2 = 'L'.repeat(43);
    await v5.table('settings').put({ key: 'localUnitId', value: 'self' });
    await v5.table('trustedKeys').put({ unitId: 'u2', kid: k1, jwk, originName: 'Ủy ban nhân dân xã Thụy Trình', confirmedBy: 'Bình', confirmedAt: '2026-01-01T00:00:00.000Z' });
    const seen = (sequence: number, kid: string) => ({
      origin: 'u2', sequence, partKey: 0, payloadSha256: String(sequence).repeat(64).slice(0, 64), originName: 'Ủy ban nhân dân xã Thụy Trình', adminCode: '23456',
      signerKid: kid, createdAt: `2026-0${sequence}-01T00:00:00.000Z`, importedAt: `2026-0${sequence}-02T00:00:00.000Z`, importedBy: 'Bình', fileName: `f${sequence}`, range: { kind: 'full' }, counts: {},
    });
    await v5.table('seenBundles').bulkPut([seen(1, k1), seen(2, k1), seen(3, k2)]);
    const announcement = { kind: 'key-rotation', unitId: 'u2', previousKid: k1, newKey: jwk, newKid: k2, effectiveAt: '2026-02-01T00:00:00.000Z' };
    await v5.table('keyRotations').put({ newKid: k2, signedByKid: k1, announcement });
    const meta = { origin: 'u2', clock: '000000000000001.000000', deleted: false, changedBy: 'x' };
    await v5.table('incomingDocs').bulkPut([
      { id: 'd1', registerId: 'r1', arrivalNumber: 7, dupKey: '', ...meta },
      { id: 'd2', registerId: 'r1', arrivalNumber: 8, dupKey: '', ...meta, deleted: true },
      { id: 'mine', registerId: 'r9', arrivalNumber: 1, dupKey: '', ...meta, origin: 'self' },
    ]);
    await v5.table('heldRecords').put({ table: 'incomingDocs', id: 'd3', record: { id: 'd3', registerId: 'r1', arrivalNumber: 7, ...meta }, conflictKey: 'u2|r1||7', heldAt: '2026-03-01T00:00:00.000Z' });
    v5.close();

    const db = new LuutruDb('mig-v6');
    await db.open();
    const received = await db.receivedBundles.where('origin').equals('u2').sortBy('sequence');
    expect(received.map((r) => [r.sequence, r.lineage])).toEqual([
      [1, k1],
      [2, k1],
      [3, k1],
    ]);
    expect(await db.table('seenBundles').count()).toBe(0);
    expect(await db.keyRotations.toArray()).toEqual([{ newKid: k2, signedByKid: k1, announcement, sequence: 2, receivedAt: '2026-02-02T00:00:00.000Z' }]);
    expect((await db.trustedKeys.get(k1))?.adminCode).toBe('23456');
    expect(await db.heldClaims.toArray()).toEqual([
      { table: 'incomingDocs', id: 'd3', origin: 'u2', record: { id: 'd3', registerId: 'r1', arrivalNumber: 7, ...meta }, reason: 'number-conflict', numberKey: 'r1|7', heldAt: '2026-03-01T00:00:00.000Z' },
    ]);
    expect(await db.table('heldRecords').count()).toBe(0);
    expect(await db.originStats.toArray()).toEqual([{ origin: 'u2', counts: { incomingDocs: 1 } }]);
    db.close();
  });
});

describe('schema v8 (backup log)', () => {
  it('upgrades a v5 profile keeping its dossiers, re-derives old duplicate keys and adds the backup log, found newest first', async () => {
    const v5 = new Dexie('mig-v8');
    v5.version(1).stores({ settings: '&key', drafts: '&key, updatedAt', journal: '++seq, at, *recordIds', units: 'id, clock', fonds: 'id, unitId, clock', operators: 'id, unitId, clock' });
    v5.version(2).stores({ registers: 'id, [unitId+kind+year], clock', issuingBodies: 'id, unitId, clock', incomingDocs: 'id, &[registerId+arrivalNumber], clock', outgoingDocs: 'id, &[registerId+number], clock' });
    v5.version(3).stores({ signingKeys: '&kid, unitId', trustedKeys: '&kid, unitId', revokedKeys: '&kid', keyRotations: '&[newKid+signedByKid]', seenBundles: '&[origin+sequence+partKey], origin', exportLog: '++id, sequence', heldRecords: '&[table+id], table' });
    v5.version(4).stores({ incomingDocs: 'id, &[registerId+arrivalNumber], clock, dupKey, openDeadline', outgoingDocs: 'id, &[registerId+number], clock, dupKey' });
    v5.version(5).stores({ dossiers: 'id, [fondsId+year], unitId, boxId, clock', boxes: 'id, fondsId, unitId, clock', processingJobs: 'id, fondsId, unitId, clock' });
    await v5.open();
    const meta = { origin: 'u1', clock: 'c', deleted: false, changedBy: 'x' };
    await v5.table('settings').put({ key: 'localUnitId', value: 'u1' });
    await v5.table('dossiers').put({ id: 'h1', unitId: 'u1', fondsId: 'f1', year: 2025, title: 'Hồ sơ hội nghị tổng kết năm 2025', ...meta });
    // An entry written by the v4 app: its duplicate key lacks the document year added since.
    await v5.table('incomingDocs').put({ id: 'd1', registerId: 'r1', arrivalNumber: 7, sender: 'UBND huyện Thái Thụy', number: '15', notation: 'QĐ-UBND', documentDate: '2026-03-02', progress: 'done', dupKey: '15|qd-ubnd|ubnd huyen thai thuy', ...meta });
    v5.close();

    const db = new LuutruDb('mig-v8');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(8);
    expect((await db.dossiers.get('h1'))?.title).toBe('Hồ sơ hội nghị tổng kết năm 2025');
    expect(await db.incomingDocs.where('dupKey').equals('15|qd-ubnd|ubnd huyen thai thuy|2026').primaryKeys()).toEqual(['d1']);
    const row = { kind: 'backup', status: 'done', fileName: '12345_2026-11-25_1430.luutru-backup', operator: 'Nguyễn Thị Lan', rows: 10, journalSeq: 3 } as const;
    await db.backupLog.add({ ...row, at: '2026-11-20T08:00:00.000Z' });
    await db.backupLog.add({ ...row, at: '2026-11-25T08:00:00.000Z' });
    expect((await db.backupLog.orderBy('at').reverse().first())?.at).toBe('2026-11-25T08:00:00.000Z');
    db.close();
  });
});

describe('schema v10 (other units’ records in blocks)', () => {
  it('moves other units’ records out of the tables into blocks and leaves this unit’s own where they are', async () => {
    const db0 = new LuutruDb('mig-v10');
    // Open at the current version, write as an older app would have (foreign records in the tables), then re-run v10.
    await db0.open();
    db0.close();
    const v6 = new Dexie('mig-v10');
    await v6.open();
    const meta = (origin: string) => ({ origin, clock: '000000000000001.000000', deleted: false, changedBy: 'x' });
    await v6.table('settings').put({ key: 'localUnitId', value: 'self' });
    await v6.table('incomingDocs').bulkPut([
      { id: 'own', registerId: 'r0', arrivalNumber: 1, dupKey: '', ...meta('self') },
      ...Array.from({ length: 600 }, (_, i) => ({ id: `a${i}`, registerId: 'rA', arrivalNumber: i + 1, dupKey: '', ...meta('uA') })),
      { id: 'b1', registerId: 'rB', arrivalNumber: 1, dupKey: '', ...meta('uB') },
    ]);
    v6.close();
    const { migrateToV10 } = await import('../../renderer/src/db/migrations/v10-foreign-blocks');
    const db = new LuutruDb('mig-v10');
    await db.open();
    await db.transaction('rw', db.tables, (tx) => migrateToV10(tx));
    expect(await db.incomingDocs.toCollection().primaryKeys()).toEqual(['own']);
    expect((await db.foreignDirs.toArray()).map((d) => [d.origin, d.ids.length, d.nextBlock]).sort()).toEqual([
      ['uA', 600, 2],
      ['uB', 1, 1],
    ]);
    expect((await db.foreignDirs.get(['uA', 'incomingDocs']))?.numberKeys[0]).toBe('rA|1');
    expect((await db.foreignDirs.get(['uA', 'incomingDocs']))?.parents.registerId?.[0]).toBe('rA');
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
    await v5.table('settings').put({ key: 'localUnitId', value: 'u1' });
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

describe('schema v12 (the archive’s duties)', () => {
  it('upgrades a v6 profile: dossiers get their deposit and expiry index fields; the duty stores exist', async () => {
    const v6 = new Dexie('mig-v12');
    v6.version(1).stores({ settings: '&key', drafts: '&key, updatedAt', journal: '++seq, at, *recordIds', units: 'id, clock', fonds: 'id, unitId, clock', operators: 'id, unitId, clock' });
    v6.version(2).stores({ registers: 'id, [unitId+kind+year], clock', issuingBodies: 'id, unitId, clock', incomingDocs: 'id, &[registerId+arrivalNumber], clock', outgoingDocs: 'id, &[registerId+number], clock' });
    v6.version(3).stores({ signingKeys: '&kid, unitId', trustedKeys: '&kid, unitId', revokedKeys: '&kid', keyRotations: '&[newKid+signedByKid]', seenBundles: '&[origin+sequence+partKey], origin', exportLog: '++id, sequence', heldRecords: '&[table+id], table' });
    v6.version(4).stores({ incomingDocs: 'id, &[registerId+arrivalNumber], clock, dupKey, openDeadline', outgoingDocs: 'id, &[registerId+number], clock, dupKey' });
    v6.version(5).stores({ dossiers: 'id, [fondsId+year], unitId, boxId, clock', boxes: 'id, fondsId, unitId, clock', processingJobs: 'id, fondsId, unitId, clock' });
    v6.version(6).stores({
      receivedBundles: '&payloadSha256, origin, [origin+lineage+sequence], carriedIn',
      bundleArchive: '&payloadSha256, origin, receivedAt',
      heldClaims: '&[table+id+origin], table, reason, parentKey, numberKey, origin',
      custody: '&[carrierUnitId+carriedUnitId], carriedUnitId',
      ownership: '&[table+id]',
      forks: '++id, origin, [origin+lineage+sequence]',
      originStats: '&origin',
      registers: 'id, [unitId+kind+year], clock, issuingBodyId',
    });
    await v6.open();
    await v6.table('settings').put({ key: 'localUnitId', value: 'u1' });
    const meta = { origin: 'u1', clock: '000000000000001.000000', deleted: false, changedBy: 'x' };
    const base = { unitId: 'u1', fondsId: 'f1', heading: '', headingCode: '', title: 't', keeper: '', access: 'open', language: '', condition: '', note: '', source: 'plan', ...meta };
    await v6.table('dossiers').bulkPut([
      { ...base, id: 'h1', year: 2015, notation: '01', retention: 5, status: 'closed', endDate: '2015-12-20' },
      { ...base, id: 'h2', year: 2025, notation: '02', retention: 'permanent', status: 'open' },
      { ...base, id: 'h3', year: 2016, notation: '03', retention: 10, status: 'closed', deleted: true },
    ]);
    v6.close();

    const db = new LuutruDb('mig-v12');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(12);
    const rows = await db.dossiers.bulkGet(['h1', 'h2', 'h3']);
    expect(rows.map((d) => [d?.depositFrom, d?.expiresYear])).toEqual([['2015-12-20', 2020], ['2025-12-31', undefined], [undefined, undefined]]);
    expect(await db.dossiers.where('[unitId+expiresYear]').between(['u1', 0], ['u1', 2025]).primaryKeys()).toEqual(['h1']);
    for (const t of ['retentionSchedules', 'retentionItems', 'depositBatches', 'depositReceipts', 'appraisals', 'appraisalItems', 'loans', 'loanItems', 'statReports']) expect(await db.table(t).count()).toBe(0);
    expect(db.loans.schema.indexes.map((i) => i.name)).toContain('[unitId+openDue]');
    db.close();
  });
});

/** The store specs of the current schema, one table's spec replaced: a profile as an earlier version left it. */
function specsWith(replace: Record<string, string>): Record<string, string> {
  const current = new LuutruDb('spec-reader');
  const spec = (i: { src: string; unique?: boolean; multi?: boolean; auto?: boolean }, primary: boolean) => `${i.auto ? '++' : i.unique && !primary ? '&' : primary && i.unique === false ? '' : ''}${i.multi ? '*' : ''}${i.src}`;
  const out: Record<string, string> = {};
  for (const t of current.tables) out[t.name] = [spec(t.schema.primKey, true), ...t.schema.indexes.map((x) => spec(x, false))].join(', ');
  current.close();
  return { ...out, ...replace };
}

describe('schema v13 (dossier list windows)', () => {
  it('upgrades a v12 profile: dossiers get their list keys and are found by fonds, year and notation order, and by arranging step', async () => {
    const v12 = new Dexie('mig-v13');
    v12.version(12).stores(specsWith({ dossiers: 'id, [fondsId+year], unitId, boxId, clock, [jobId+position], [jobId+tempNumber], [unitId+depositFrom], [unitId+expiresYear], depositBatchId, retentionItemId' }));
    await v12.open();
    const meta = { origin: 'u1', clock: '000000000000001.000000', deleted: false, changedBy: 'x' };
    const base = { unitId: 'u1', fondsId: 'f1', year: 2025, heading: 'I. TỔNG HỢP', headingCode: 'TH', title: 'Tập lưu quyết định', keeper: '', access: 'open', language: '', condition: '', note: '', source: 'plan', retention: 10, status: 'open', ...meta };
    await v12.table('dossiers').bulkPut([
      { ...base, id: 'h10', notation: '10.TH' },
      { ...base, id: 'h2', notation: '02.TH', status: 'closed', sheetCount: 12, endDate: '2025-12-20' },
      { ...base, id: 'h3', notation: '03.TH', deleted: true },
      { ...base, id: 'h9', notation: '09.TH', status: 'closed', inventoryNumber: 1, fileNumber: 1 },
      { ...base, id: 'x1', notation: '01.TH', year: 2024 },
    ]);
    v12.close();

    const db = new LuutruDb('mig-v13');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(13);
    const live = await db.dossiers.where('[fondsId+year+liveKey]').between(['f1', 2025, Dexie.minKey], ['f1', 2025, Dexie.maxKey]).toArray();
    expect(live.map((d) => d.notation)).toEqual(['02.TH', '09.TH', '10.TH']);
    const all = await db.dossiers.where('[fondsId+year+listKey]').between(['f1', 2025, Dexie.minKey], ['f1', 2025, Dexie.maxKey]).primaryKeys();
    expect(all).toEqual(['h2', 'h3', 'h9', 'h10']);
    expect(await db.dossiers.where('[fondsId+arrangeStage+year]').equals(['f1', 'number', 2025]).primaryKeys()).toEqual(['h2']);
    expect(await db.dossiers.where('[fondsId+arrangeStage+year]').equals(['f1', 'box', 2025]).primaryKeys()).toEqual(['h9']);
    // The v12 fields are still derived (a deleted dossier has no expiry year).
    expect((await db.dossiers.get('h3'))?.expiresYear).toBeUndefined();
    db.close();
  });
});

describe('schema v14 (the file plan by heading)', () => {
  it('upgrades a v13 profile: its dossiers are listed by major heading, then notation; the notation order stays for the next number', async () => {
    const v13 = new Dexie('mig-v14');
    v13.version(13).stores(specsWith({ dossiers: 'id, [fondsId+year], unitId, boxId, clock, [jobId+position], [jobId+tempNumber], [unitId+depositFrom], [unitId+expiresYear], depositBatchId, retentionItemId, [fondsId+year+listKey], [fondsId+year+liveKey], [fondsId+arrangeStage+year]' }));
    await v13.open();
    const meta = { origin: 'u1', clock: '000000000000001.000000', deleted: false, changedBy: 'x' };
    const base = { unitId: 'u1', fondsId: 'f1', year: 2025, title: 'Tập', keeper: '', access: 'open', language: '', condition: '', note: '', source: 'plan', retention: 10, status: 'open', ...meta };
    await v13.table('dossiers').bulkPut([
      { ...base, id: 'd1', heading: 'IV. ĐỊA CHÍNH - XÂY DỰNG', headingCode: 'ĐCXD', notation: '01.ĐCXD', listKey: 'old', liveKey: 'old' },
      { ...base, id: 't1', heading: 'I. TỔNG HỢP', headingCode: 'TH', notation: '01.TH', listKey: 'old', liveKey: 'old' },
      { ...base, id: 't2', heading: 'I. TỔNG HỢP', headingCode: 'TH', notation: '02.TH', deleted: true, listKey: 'old' },
      { ...base, id: 'v1', heading: 'II. VĂN PHÒNG', headingCode: 'VP', notation: '01.VP', listKey: 'old', liveKey: 'old' },
    ]);
    v13.close();

    const db = new LuutruDb('mig-v14');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(14);
    const range = (index: string) => db.dossiers.where(index).between(['f1', 2025, Dexie.minKey], ['f1', 2025, Dexie.maxKey]).primaryKeys();
    expect(await range('[fondsId+year+livePlanKey]')).toEqual(['t1', 'v1', 'd1']);
    expect(await range('[fondsId+year+planKey]')).toEqual(['t1', 't2', 'v1', 'd1']);
    // By notation alone (what the next number and the form's hints read), as before.
    expect(await range('[fondsId+year+liveKey]')).toEqual(['d1', 't1', 'v1']);
    db.close();
  });
});
