/**
 * Page-side export of a whole IndexedDB database as plain JSON, with its real structure
 * (version, stores, key paths, indexes) — used by make-db-fixtures.mjs inside the OLD app's
 * page, and read back by test/browser/old-databases.test.ts. A CryptoKey cannot leave
 * IndexedDB (the unit's private key is non-extractable), so it is written as a marker
 * {"$cryptoKey": {type, algorithm, usages}}; the loader puts a fresh key of that kind there.
 */
export type IdbIndex = { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean };
export type IdbStore = { name: string; keyPath: string | string[] | null; autoIncrement: boolean; indexes: IdbIndex[]; rows: unknown[] };
export type IdbExport = { format: 'luutru-idb-fixture'; name: string; version: number; stores: IdbStore[] };

function mark(value: unknown): unknown {
  if (value instanceof CryptoKey) return { $cryptoKey: { type: value.type, algorithm: value.algorithm.name, usages: [...value.usages] } };
  if (Array.isArray(value)) return value.map(mark);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v)]));
  return value;
}

export async function exportIdb(name: string): Promise<IdbExport> {
  const db: IDBDatabase = await new Promise((ok, fail) => {
    const r = indexedDB.open(name);
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  const stores: IdbStore[] = [];
  for (const storeName of [...db.objectStoreNames].sort()) {
    const tx = db.transaction(storeName);
    const store = tx.objectStore(storeName);
    const rows: unknown[] = await new Promise((ok, fail) => {
      const r = store.getAll();
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    stores.push({
      name: storeName,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes: [...store.indexNames].sort().map((i) => {
        const idx = store.index(i);
        return { name: idx.name, keyPath: idx.keyPath, unique: idx.unique, multiEntry: idx.multiEntry };
      }),
      rows: rows.map(mark),
    });
  }
  const out: IdbExport = { format: 'luutru-idb-fixture', name, version: db.version, stores };
  db.close();
  return out;
}
