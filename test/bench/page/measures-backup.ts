/**
 * Backup and restore measures: a commune with N incoming documents (plus its setup, journal
 * and registers) is backed up through the real writer into a file of the origin-private file
 * system through a FileSystemWritableFileStream (the browser host's streamed save), against a raw IndexedDB read of the same rows (one
 * getAll in one transaction) measured in the same run; then the file is checked and restored
 * into a fresh database (both reads, the writes and the read-back of every table's content
 * hash), against a raw IndexedDB put of the same rows in one transaction.
 */
import { LuutruDb } from '../../../renderer/src/db/schema';
import { completeSetup } from '../../../renderer/src/db/repositories/unit-repository';
import { writeBackup } from '../../../renderer/src/db/backup/write-backup';
import { checkBackup, restoreBackup } from '../../../renderer/src/db/backup/restore';
import { encodeHlc } from '../../../renderer/src/core/hlc';
import { newId } from '../../../renderer/src/core/ids';
import type { ByteSink, ByteSource } from '../../../renderer/src/platform/types';
import { seededRng } from '../../fixtures/generate';
import { generateIncomingDocFields } from '../../fixtures/generate-registers';
import type { Measure } from './types';

async function freshDb(name: string): Promise<LuutruDb> {
  await LuutruDb.delete(name);
  const db = new LuutruDb(name);
  await db.open();
  return db;
}

function rawOpen(name: string): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const r = indexedDB.open(name);
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
}

async function rawGetAll(name: string, store: string): Promise<number> {
  const idb = await rawOpen(name);
  const rows: unknown[] = await new Promise((ok, fail) => {
    const r = idb.transaction(store).objectStore(store).getAll();
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  idb.close();
  return rows.length;
}

async function rawPut(name: string, store: string, records: readonly unknown[]): Promise<void> {
  const idb = await rawOpen(name);
  await new Promise<void>((ok, fail) => {
    const tx = idb.transaction(store, 'readwrite');
    const s = tx.objectStore(store);
    for (const rec of records) s.put(rec);
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
  });
  idb.close();
}

function records(n: number, unitId: string, registerId: string) {
  const rng = seededRng(17);
  const wall = Date.UTC(2026, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    ...generateIncomingDocFields(rng, i, registerId, 2026, { perYear: n, heavy: true }),
    id: newId(),
    origin: unitId,
    clock: encodeHlc({ wallMs: wall + i, counter: 0 }),
    deleted: false,
    changedBy: 'Nguyễn Thị Lan',
  }));
}

type Writable = { write(d: Uint8Array): Promise<void>; close(): Promise<void>; abort(): Promise<void> };

/** A file in the origin-private file system written through a FileSystemWritableFileStream: the browser host's streamed save. */
async function opfsSink(name: string): Promise<ByteSink> {
  const root = await navigator.storage.getDirectory();
  const handle = (await root.getFileHandle(name, { create: true })) as unknown as { createWritable(): Promise<Writable> };
  const w = await handle.createWritable();
  return {
    write: (chunk) => w.write(chunk),
    async close() {
      await w.close();
      return { saved: true, path: name };
    },
    abort: () => w.abort(),
  };
}

/** The saved file read back as a disk-backed File, as the browser host reads a chosen file. */
function fileSource(file: File): ByteSource {
  return {
    name: file.name,
    size: file.size,
    async *chunks() {
      const reader = file.stream().getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    },
  };
}

async function opfsFile(name: string): Promise<File> {
  return (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile();
}

const cache = new Map<number, { rows: ReturnType<typeof records>; file: string }>();

/** The commune's database with `n` entries (made once per size, not timed). */
async function commune(n: number): Promise<{ name: string; rows: ReturnType<typeof records> }> {
  const name = `bench-backup-src-${n}`;
  const db = await freshDb(name);
  const unit = await completeSetup(db, {
    unit: { level: 'commune', name: 'Ủy ban nhân dân xã Thụy Hải', shortName: 'UBND xã Thụy Hải', adminCode: '12345', legacyAdminCode: '', agencyId: '', parentName: '' },
    fonds: { name: 'Phông lưu trữ UBND xã Thụy Hải', number: '', startYear: 2025 },
    operator: { name: 'Nguyễn Thị Lan', position: '' },
  });
  db.close();
  const rows = records(n, unit.id, newId());
  for (let i = 0; i < rows.length; i += 25_000) await rawPut(name, 'incomingDocs', rows.slice(i, i + 25_000));
  return { name, rows };
}

export const backupMeasures: Measure[] = [10_000, 100_000].flatMap((n): Measure[] => [
  {
    name: `backup-${n / 1000}k`,
    unit: 'ms',
    budget: 1.5,
    // 100k: about a minute a round each; with BENCH_LARGE=1.
    large: n >= 100_000,
    async run() {
      const { name, rows } = await commune(n);
      const t0 = performance.now();
      const read = await rawGetAll(name, 'incomingDocs');
      const baseline = performance.now() - t0;
      if (read !== n) throw new Error(`raw read ${read} of ${n}`);
      const db = new LuutruDb(name);
      await db.open();
      const fileName = `bench-${n}.luutru-backup`;
      const t1 = performance.now();
      const result = await writeBackup(db, await opfsSink(fileName), { operator: 'Nguyễn Thị Lan', appVersion: 'bench' });
      const value = performance.now() - t1;
      db.close();
      await LuutruDb.delete(name);
      if (result.manifest.tables.incomingDocs?.rows !== n) throw new Error('backup lost rows');
      cache.set(n, { rows, file: fileName });
      return { value, baseline, extra: { rows: n, totalRecords: result.rows, bytes: result.bytes } };
    },
  },
  {
    name: `backup-restore-${n / 1000}k`,
    unit: 'ms',
    budget: 1.5,
    // 100k: about a minute a round each; with BENCH_LARGE=1.
    large: n >= 100_000,
    async run() {
      const made = cache.get(n);
      if (!made) throw new Error(`run backup-${n / 1000}k first`);
      const baseName = `bench-restore-raw-${n}`;
      (await freshDb(baseName)).close();
      const t0 = performance.now();
      await rawPut(baseName, 'incomingDocs', made.rows);
      const baseline = performance.now() - t0;
      await LuutruDb.delete(baseName);
      const db = await freshDb(`bench-restore-${n}`);
      const file = await opfsFile(made.file);
      const source = fileSource(file);
      const t1 = performance.now();
      const summary = await checkBackup(db, source);
      const t2 = performance.now();
      await restoreBackup(db, source, summary, { operator: 'Nguyễn Thị Lan' });
      const value = performance.now() - t1;
      const count = await db.incomingDocs.count();
      db.close();
      await LuutruDb.delete(`bench-restore-${n}`);
      if (count !== n) throw new Error(`restored ${count} of ${n}`);
      const writeAndVerifyMs = performance.now() - t2;
      // The file stays for the next round (the bench profile is a temporary folder, removed at the end).
      return { value, baseline, extra: { rows: n, checkMs: Math.round(t2 - t1), writeAndVerifyMs: Math.round(writeAndVerifyMs), bytes: file.size } };
    },
  },
]);
