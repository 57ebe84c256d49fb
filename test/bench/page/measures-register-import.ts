/**
 * Register import of an old Excel register of 100,000 rows: read, dry run and import, each
 * timed, with the longest main-thread task seen meanwhile (what the clerk feels as a freeze).
 * Baseline, same run: a raw IndexedDB put of the same rows in one transaction.
 */
import { LuutruDb } from '../../../renderer/src/db/schema';
import { completeSetup } from '../../../renderer/src/db/repositories/unit-repository';
import { ensureYearRegisters } from '../../../renderer/src/db/repositories/register-repository';
import { importIncomingRows } from '../../../renderer/src/db/repositories/entry-repository';
import { deriveIncoming } from '../../../renderer/src/db/register-derived';
import { newId } from '../../../renderer/src/core/ids';
import { detectHeaderRow, importableIncoming, planRegisterImport, rowsAfterHeader, suggestMapping } from '../../../renderer/src/core/register-import';
import { readWorkbook } from '../../../renderer/src/spreadsheet/read-workbook';
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

const round = (v: number) => Math.round(v);

const import100k: Measure = {
  name: 'register-import-100k',
  unit: 'ms (import)',
  budget: 1.5,
  async run() {
    const bytes = await buildLargeIncomingWorkbook(ROWS, YEAR);
    const name = 'bench-register-import';
    await LuutruDb.delete(name);
    const db = new LuutruDb(name);
    await db.open();
    const unit = await completeSetup(db, thuyHaiSetup, new Date(YEAR, 10, 20));
    const session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
    const register = (await ensureYearRegisters(db, session, YEAR, new Date(YEAR, 10, 20))).find((r) => r.kind === 'incoming')!;

    const read = await withFreezes(() => readWorkbook(bytes));
    const rows = read.result.sheets[0]!.rows;
    const plan = await withFreezes(async () => {
      const header = detectHeaderRow(rows, { kind: 'incoming' })!;
      return planRegisterImport(rowsAfterHeader(rows, header), suggestMapping(header.headers, 'incoming'), {
        register,
        today: TODAY,
        existingKeys: new Set(),
        usedNumbers: new Set(),
      });
    });
    if (plan.result.kind !== 'incoming') throw new Error('not incoming');
    const chosen = importableIncoming(plan.result);
    const write = await withFreezes(() => importIncomingRows(db, session, register.id, chosen, { today: TODAY, fileName: 'bench.xlsx' }));
    if (write.result !== ROWS) throw new Error(`imported ${write.result} of ${ROWS}`);
    db.close();
    await LuutruDb.delete(name);

    // Baseline: the same rows, stamped, put raw into an empty store of the same schema.
    const baseName = 'bench-register-import-raw';
    await LuutruDb.delete(baseName);
    const base = new LuutruDb(baseName);
    await base.open();
    base.close();
    const records = chosen.map((input) => ({ ...input, ...deriveIncoming(input), registerId: register.id, id: newId(), origin: unit.id, clock: '000000000000001.000000', deleted: false, changedBy: 'bench' }));
    const baseline = await rawPut(baseName, records);
    await LuutruDb.delete(baseName);
    return {
      value: write.ms,
      baseline,
      extra: {
        rows: ROWS,
        fileMb: Math.round((bytes.byteLength / 1024 / 1024) * 10) / 10,
        readMs: round(read.ms),
        readLongestTaskMs: round(read.longestTask),
        planMs: round(plan.ms),
        planLongestTaskMs: round(plan.longestTask),
        importMs: round(write.ms),
        importLongestTaskMs: round(write.longestTask),
      },
    };
  },
};

export const registerImportMeasures: Measure[] = [import100k];
