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
    await db.incomingDocs.put(doc);
    await expect(db.incomingDocs.add({ ...doc, id: 'd2' })).rejects.toMatchObject({ name: 'ConstraintError' });
    await db.incomingDocs.add({ ...doc, id: 'd3', registerId: 'r2' });
    expect(await db.incomingDocs.count()).toBe(2);
    db.close();
  });
});
