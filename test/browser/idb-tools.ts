// Page-side IndexedDB helpers for e2e tests: per-table content hashes read with raw IndexedDB
// (no app code), a stand-in save picker writing into the origin-private file system (the same
// streamed FileSystemWritableFileStream a real picker gives), and reading such a file back.
import type { BrowserContext, Page } from 'playwright-core';

/** SHA-256 of each store's rows (JSON, primary-key order), read with raw IndexedDB. */
export async function tableDigests(page: Page, dbName = 'luutru'): Promise<Record<string, string>> {
  return page.evaluate(async (name) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const out: Record<string, string> = {};
    for (const store of [...db.objectStoreNames].sort()) {
      const rows: unknown[] = await new Promise((ok, fail) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const json = JSON.stringify(rows, (_k, v: unknown) => (v instanceof CryptoKey ? `CryptoKey:${v.type}` : v));
      const d = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(json)));
      out[store] = `${rows.length}:${Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    }
    db.close();
    return out;
  }, dbName);
}

export function without<T>(rec: Record<string, T>, ...names: string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(rec).filter(([k]) => !names.includes(k)));
}

/**
 * Makes `showSaveFilePicker` write into the origin-private file system (a real streamed writable).
 * It checks `types` as Chromium does (a suffix of letters, digits, "+" and "." only; Chromium throws
 * a TypeError for ".luutru-backup"), so a call the real picker would refuse fails here too.
 */
export async function installOpfsSavePicker(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async (opts: { suggestedName: string; types?: { accept: Record<string, string[]> }[] }) => {
      for (const t of opts.types ?? [])
        for (const ext of Object.values(t.accept).flat())
          if (!/^\.[A-Za-z0-9+.]{1,16}$/.test(ext)) throw new TypeError(`Failed to execute 'showSaveFilePicker' on 'Window': Extension '${ext}' contains invalid characters.`);
      const root = await navigator.storage.getDirectory();
      (window as unknown as { __saved: string[] }).__saved = [...((window as unknown as { __saved?: string[] }).__saved ?? []), opts.suggestedName];
      return root.getFileHandle(opts.suggestedName, { create: true });
    };
  });
}

/** Removes the File System Access API so the browser host falls back to a download. */
export async function removeSavePicker(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
}

/** Names of the files in the origin-private file system. */
export async function opfsFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const names: string[] = [];
    for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    return names.sort();
  });
}

/** The bytes of a file in the origin-private file system, fetched in base64 pieces. */
export async function readOpfsFile(page: Page, name: string): Promise<Uint8Array> {
  const size = await page.evaluate(async (n) => (await (await (await navigator.storage.getDirectory()).getFileHandle(n)).getFile()).size, name);
  const out = new Uint8Array(size);
  const piece = 4 * 1024 * 1024;
  for (let at = 0; at < size; at += piece) {
    const b64 = await page.evaluate(
      async ([n, from, len]) => {
        const f = await (await (await navigator.storage.getDirectory()).getFileHandle(n as string)).getFile();
        const bytes = new Uint8Array(await f.slice(from as number, (from as number) + (len as number)).arrayBuffer());
        let s = '';
        for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(s);
      },
      [name, at, piece] as const,
    );
    out.set(Buffer.from(b64, 'base64'), at);
  }
  return out;
}

/** The old-database fixture format written by scripts/make-db-fixtures.mjs (scripts/db-fixtures/export-idb.ts). */
export type IdbFixture = {
  readonly madeBy: { readonly schemaVersion: number; readonly commit: string };
  readonly name: string;
  readonly version: number;
  readonly stores: readonly {
    readonly name: string;
    readonly keyPath: string | string[] | null;
    readonly autoIncrement: boolean;
    readonly indexes: readonly { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
    readonly rows: readonly Record<string, unknown>[];
  }[];
};

/**
 * Puts a fixture database into the profile exactly as the old app left it: the same IndexedDB
 * version, stores, key paths and indexes, and rows. A `$cryptoKey` marker (a private key cannot
 * be exported) gets a fresh non-extractable key of the same kind. Call on a page of the app's
 * origin that does not run the app.
 */
export async function loadIdbFixture(page: Page, fixture: IdbFixture): Promise<void> {
  await page.evaluate(async (f) => {
    const revive = async (v: unknown): Promise<unknown> => {
      if (Array.isArray(v)) return Promise.all(v.map(revive));
      if (v && typeof v === 'object') {
        const marker = (v as { $cryptoKey?: { type: string; usages: KeyUsage[] } }).$cryptoKey;
        if (marker) return ((await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair)[marker.type === 'private' ? 'privateKey' : 'publicKey'];
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) out[k] = await revive(x);
        return out;
      }
      return v;
    };
    const rows = await Promise.all(f.stores.map((s) => Promise.all(s.rows.map(revive))));
    await new Promise<void>((ok, fail) => {
      const r = indexedDB.open(f.name, f.version);
      r.onupgradeneeded = () => {
        for (const s of f.stores) {
          const store = r.result.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
          for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
        }
      };
      r.onsuccess = () => {
        const db = r.result;
        const tx = db.transaction([...db.objectStoreNames], 'readwrite');
        f.stores.forEach((s, i) => rows[i]!.forEach((row) => tx.objectStore(s.name).put(row)));
        tx.oncomplete = () => {
          db.close();
          ok();
        };
        tx.onerror = () => fail(tx.error);
      };
      r.onerror = () => fail(r.error);
    });
  }, fixture);
}

/** Every store's rows as plain data (CryptoKeys as the fixture's marker), and the database version. */
export async function dumpIdb(page: Page, name = 'luutru'): Promise<{ version: number; stores: Record<string, Record<string, unknown>[]> }> {
  return page.evaluate(async (dbName) => {
    const mark = (v: unknown): unknown => {
      if (v instanceof CryptoKey) return { $cryptoKey: { type: v.type, algorithm: v.algorithm.name, usages: [...v.usages] } };
      if (Array.isArray(v)) return v.map(mark);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mark(x)]));
      return v;
    };
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open(dbName);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const stores: Record<string, Record<string, unknown>[]> = {};
    for (const s of [...db.objectStoreNames]) {
      stores[s] = (await new Promise<unknown[]>((ok, fail) => {
        const r = db.transaction(s).objectStore(s).getAll();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      })).map(mark) as Record<string, unknown>[];
    }
    const version = db.version;
    db.close();
    return { version, stores };
  }, name);
}

/**
 * Puts rows into one store as they are given (raw IndexedDB, no app code): a record as an earlier
 * version of the app could have kept it. The rows are plain data (as `dumpIdb` gives them).
 */
export async function putRows(page: Page, store: string, rows: readonly Record<string, unknown>[], name = 'luutru'): Promise<void> {
  await page.evaluate(async ({ dbName, storeName, given }) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open(dbName);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const tx = db.transaction(storeName, 'readwrite');
    for (const row of given) tx.objectStore(storeName).put(row);
    await new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, { dbName: name, storeName: store, given: rows });
}

/**
 * Keeps one store busy (raw IndexedDB: a read-write transaction reading on and on) until the
 * returned function is called: the app's reads of that store wait meanwhile, as on a slow or
 * loaded PC where a page's data comes late.
 */
export async function holdStore(page: Page, store: string, name = 'luutru'): Promise<() => Promise<void>> {
  await page.evaluate(async ({ dbName, storeName }) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open(dbName);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const flag = window as unknown as { luutruHeld?: boolean };
    flag.luutruHeld = true;
    const tx = db.transaction(storeName, 'readwrite');
    const readOn = () => {
      if (flag.luutruHeld) tx.objectStore(storeName).count().onsuccess = readOn;
    };
    readOn();
    tx.oncomplete = () => db.close();
  }, { dbName: name, storeName: store });
  return async () => {
    await page.evaluate(() => {
      (window as unknown as { luutruHeld?: boolean }).luutruHeld = false;
    });
  };
}
