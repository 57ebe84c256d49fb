/**
 * Foundation measures: writing N register rows through the repositories (stamped
 * with id/origin/clock, plus the journal entry, in one change set per 5k chunk)
 * against a raw IndexedDB put of the same rows into the same store layout.
 */
import { LuutruDb } from '../../../renderer/src/db/schema';
import { writeChanges } from '../../../renderer/src/db/changes';
import { newId } from '../../../renderer/src/core/ids';
import { seededRng } from '../../fixtures/generate';
import { generateIncomingDocFields } from '../../fixtures/generate-registers';
import type { Measure } from './types';

const CHUNK = 25_000;

function rows(n: number) {
  const rng = seededRng(42);
  return Array.from({ length: n }, (_, i) => generateIncomingDocFields(rng, i, 'bench-register', 2026, { perYear: n, heavy: true }));
}

async function freshDb(name: string): Promise<LuutruDb> {
  await LuutruDb.delete(name);
  const db = new LuutruDb(name);
  await db.open();
  return db;
}

async function rawPut(dbName: string, storeName: string, records: unknown[]): Promise<void> {
  const idb: IDBDatabase = await new Promise((ok, fail) => {
    const r = indexedDB.open(dbName);
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  await new Promise<void>((ok, fail) => {
    const tx = idb.transaction(storeName, 'readwrite');
    const store = tx.objectStore(storeName);
    for (const rec of records) store.put(rec);
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
  });
  idb.close();
}

export const foundationMeasures: Measure[] = [10_000, 100_000].map((n) => ({
  name: `repository-write-${n / 1000}k`,
  unit: 'ms',
  budget: 1.3,
  // 100k: a minute and a half a round on this machine; with BENCH_LARGE=1.
  large: n >= 100_000,
  async run(round: number) {
    const data = rows(n);
    // Baseline: the same rows (with the same envelope fields) put raw in one transaction.
    const baselineSide = async () => {
      const baseDb = await freshDb(`bench-raw-${n}`);
      baseDb.close();
      const stamped = data.map((d) => ({ ...d, id: newId(), origin: 'bench-unit', clock: '000000000000001.000000', deleted: false, changedBy: 'Bench' }));
      const t0 = performance.now();
      await rawPut(`bench-raw-${n}`, 'incomingDocs', stamped);
      const ms = performance.now() - t0;
      await LuutruDb.delete(`bench-raw-${n}`);
      return ms;
    };
    const measureSide = async () => {
      const db = await freshDb(`bench-repo-${n}`);
      const session = { unitId: 'bench-unit', operator: 'Bench' };
      const t1 = performance.now();
      for (let i = 0; i < data.length; i += CHUNK) {
        const chunk = data.slice(i, i + CHUNK);
        await writeChanges(db, session, { action: 'bench.write' }, ['incomingDocs'], async (c) => {
          for (const row of chunk) c.create('incomingDocs', row);
        });
      }
      const ms = performance.now() - t1;
      const journal = await db.journal.count();
      const count = await db.incomingDocs.count();
      db.close();
      await LuutruDb.delete(`bench-repo-${n}`);
      if (count !== n) throw new Error(`wrote ${count} of ${n}`);
      return { ms, journal };
    };
    // Interleaved: which side goes first alternates from round to round.
    let baseline: number;
    let measured: { ms: number; journal: number };
    if (round % 2 === 0) {
      baseline = await baselineSide();
      measured = await measureSide();
    } else {
      measured = await measureSide();
      baseline = await baselineSide();
    }
    return { value: measured.ms, baseline, extra: { rows: n, journalEntries: measured.journal, rowsPerSecond: Math.round((n / measured.ms) * 1000) } };
  },
}));
