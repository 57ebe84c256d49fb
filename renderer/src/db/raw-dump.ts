/**
 * A copy of a database the app could not open or upgrade, read with raw IndexedDB at
 * whatever version is on disk (Dexie refused it), streamed as JSON lines: a header, each
 * store's structure, its rows 1,000 at a time. Not a backup (no signature, not restorable
 * by the app): it keeps the clerk's data safe for a technician. CryptoKeys are written as a
 * marker (a private key never leaves IndexedDB).
 */
import type { ByteSink } from '../platform/types';

const encoder = new TextEncoder();
const CHUNK = 1000;

function plain(value: unknown): unknown {
  if (value instanceof CryptoKey) return { $cryptoKey: { type: value.type, algorithm: value.algorithm.name } };
  if (value instanceof Date) return { $date: value.toISOString() };
  // Other units' blocks are kept as UTF-8 JSON bytes.
  if (value instanceof Uint8Array) return { $utf8: new TextDecoder().decode(value) };
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/**
 * A row's Blob fields (the signed files kept as received) read into their text first: `plain` is
 * synchronous. Blobs are only ever a row's own fields, so only those are looked at, and rows
 * without one are passed on as they are.
 */
async function withBlobsRead(row: unknown): Promise<unknown> {
  if (!row || typeof row !== 'object' || !Object.values(row).some((v) => v instanceof Blob)) return row;
  return Object.fromEntries(await Promise.all(Object.entries(row).map(async ([k, v]) => [k, v instanceof Blob ? { $blobText: await v.text() } : v] as const)));
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((ok, fail) => {
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
}

/** Writes every store of `name` (opened without a version: as it is on disk) into `sink`; returns the rows written. */
export async function dumpRawDatabase(name: string, sink: ByteSink, now: Date = new Date()): Promise<number> {
  const db = await request(indexedDB.open(name));
  let rows = 0;
  try {
    const line = (v: unknown) => sink.write(encoder.encode(`${JSON.stringify(v)}\n`));
    await line({ kind: 'raw-dump', format: 'luutru-raw-dump', database: name, version: db.version, exportedAt: now.toISOString(), stores: [...db.objectStoreNames] });
    for (const storeName of [...db.objectStoreNames]) {
      const store = db.transaction(storeName).objectStore(storeName);
      await line({ kind: 'store', name: storeName, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes: [...store.indexNames] });
      let after: IDBValidKey | undefined;
      for (;;) {
        const s = db.transaction(storeName).objectStore(storeName);
        const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
        const [values, keys] = await Promise.all([request(s.getAll(range, CHUNK)), request(s.getAllKeys(range, CHUNK))]);
        if (values.length === 0) break;
        await line({ kind: 'rows', store: storeName, keys: plain(keys), rows: plain(await Promise.all(values.map(withBlobsRead))) });
        rows += values.length;
        if (values.length < CHUNK) break;
        after = keys[keys.length - 1];
      }
    }
    await sink.close();
    return rows;
  } catch (e) {
    await sink.abort().catch(() => undefined);
    throw e;
  } finally {
    db.close();
  }
}
