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

/** Makes `showSaveFilePicker` write into the origin-private file system (a real streamed writable). */
export async function installOpfsSavePicker(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async (opts: { suggestedName: string }) => {
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
