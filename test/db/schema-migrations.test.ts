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
