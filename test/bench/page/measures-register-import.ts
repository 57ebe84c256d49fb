/**
 * Register import of an old Excel register of 100,000 rows, as the dialog runs it: read, dry
 * run and import in the import worker, each timed, with the longest main-thread task seen
 * meanwhile (what the clerk would feel as a freeze; the page must stay responsive), and the
 * longest task over 5 s of doing nothing, as the machine's noise floor.
 * Baseline, same run: a raw IndexedDB put of the same rows in one transaction.
 */
import { LuutruDb } from '../../../renderer/src/db/schema';
import { completeSetup } from '../../../renderer/src/db/repositories/unit-repository';
import { ensureYearRegisters } from '../../../renderer/src/db/repositories/register-repository';
import { suggestMapping } from '../../../renderer/src/core/register-import';
import { RegisterImportClient } from '../../../renderer/src/features/registers/register-import-client';
import { buildLargeIncomingWorkbook } from '../../fixtures/registers/large-register';
import { thuyHaiSetup } from '../../fixtures/setup-input';
import type { Measure } from './types';

const ROWS = 100_000;
const YEAR = 2025;
const TODAY = '2026-01-15';

/** Longest main-thread task (ms) while `work` runs. */
async function withFreezes<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; longestTask: number }> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  const result = await work();
  const ms = performance.now() - t0;
  // Entries of the last task arrive after it ends.
  await new Promise((r) => setTimeout(r, 50));
  for (const e of observer.takeRecords()) longest = Math.max(longest, e.duration);
  observer.disconnect();
  return { result, ms, longestTask: longest };
}

async function rawPut(dbName: string, records: unknown[]): Promise<number> {
  const idb: IDBDatabase = await new Promise((ok, fail) => {
    const r = indexedDB.open(dbName);
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  const t0 = performance.now();
  await new Promise<void>((ok, fail) => {
    const tx = idb.transaction('incomingDocs', 'readwrite');
    const store = tx.objectStore('incomingDocs');
    for (const rec of records) store.put(rec);
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
  });
  const ms = performance.now() - t0;
  idb.close();
  return ms;
}

/**
 * The longest main-thread task over `ms` of doing almost nothing (a timer every 50 ms): the
 * noise floor of the machine, since a loaded CPU stalls even tiny tasks.
 */
async function quietLongestTask(ms: number): Promise<number> {
  const timer = setInterval(() => undefined, 50);
  const r = await withFreezes(() => new Promise((resolve) => setTimeout(resolve, ms)));
  clearInterval(timer);
  return r.longestTask;
}

const round = (v: number) => Math.round(v);

const import100k: Measure = {
  name: 'register-import-100k',
  unit: 'ms (import)',
  budget: 1.5,
  // Two and a half minutes a round on this machine: with BENCH_LARGE=1.
  large: true,
  async run() {
    const bytes = await buildLargeIncomingWorkbook(ROWS, YEAR);
    const fileMb = Math.round((bytes.byteLength / 1024 / 1024) * 10) / 10;
    const name = 'bench-register-import';
    await LuutruDb.delete(name);
    const db = new LuutruDb(name);
    await db.open();
    const unit = await completeSetup(db, thuyHaiSetup, new Date(YEAR, 10, 20));
    const session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
    const register = (await ensureYearRegisters(db, session, YEAR, new Date(YEAR, 10, 20))).find((r) => r.kind === 'incoming')!;
    const client = new RegisterImportClient();
    const quiet = await quietLongestTask(5000);

    const read = await withFreezes(() => client.read(bytes, 'incoming').result);
    const header = read.result.sheets[0]!.header!;
    const plan = await withFreezes(
      () =>
        client.plan({ token: read.result.token, dbName: name, registerId: register.id, sheetIndex: 0, headerRowNumber: header.rowNumber, mapping: suggestMapping(header.headers, 'incoming'), today: TODAY })
          .result,
    );
    if (plan.result.importable.withoutDuplicates !== ROWS) throw new Error(`only ${plan.result.importable.withoutDuplicates} importable`);
    let progressEvents = 0;
    const write = await withFreezes(
      () => client.apply({ token: read.result.token, dbName: name, session, includeDuplicates: false, today: TODAY, fileName: 'bench.xlsx' }, () => progressEvents++).result,
    );
    if (write.result.count !== ROWS) throw new Error(`imported ${write.result.count} of ${ROWS}`);
    // The rows exactly as the import stored them, for the baseline.
    const stored = await db.incomingDocs.toArray();
    db.close();
    await LuutruDb.delete(name);

    // Baseline: the same stored rows put raw into an empty store of the same schema, one transaction.
    const baseName = 'bench-register-import-raw';
    await LuutruDb.delete(baseName);
    const base = new LuutruDb(baseName);
    await base.open();
    base.close();
    const baseline = await rawPut(baseName, stored);
    await LuutruDb.delete(baseName);
    return {
      value: write.ms,
      baseline,
      extra: {
        rows: ROWS,
        fileMb,
        readMs: round(read.ms),
        readLongestTaskMs: round(read.longestTask),
        planMs: round(plan.ms),
        planLongestTaskMs: round(plan.longestTask),
        importMs: round(write.ms),
        importLongestTaskMs: round(write.longestTask),
        importProgressEvents: progressEvents,
        quietLongestTaskMs: round(quiet),
      },
    };
  },
};

export const registerImportMeasures: Measure[] = [import100k];
