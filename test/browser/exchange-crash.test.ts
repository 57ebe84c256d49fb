// Killing the browser in the middle of applying an import leaves the old state or the
// new, never a mix: a commune sends a big bundle, the provincial archive clicks "Nhập dữ
// liệu", and the whole Chromium process is SIGKILLed a moment later (a power cut, a
// frozen PC switched off). After a restart of the same profile the archive has either
// none of the records or all of them, and its bundle history agrees with its data.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startServer, type Browser, type Server } from './harness';
import { chooseImportFiles, exportFullBundleThroughUi, setupUnitThroughUi } from './flows';

const N = 50_000;

let server: Server;
let usb: string;
let files: string[];
let communeId: string;

/** Adds `n` incoming documents straight into the commune's IndexedDB (registers have no UI yet). */
async function addIncomingDocs(page: Page, n: number): Promise<string> {
  return page.evaluate(async (n) => {
    const idb: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open('luutru');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const get = (store: string, key: IDBValidKey) =>
      new Promise<{ value: string }>((ok, fail) => {
        const r = idb.transaction(store).objectStore(store).get(key);
        r.onsuccess = () => ok(r.result as { value: string });
        r.onerror = () => fail(r.error);
      });
    const origin = (await get('settings', 'localUnitId')).value;
    const registerId = crypto.randomUUID();
    const wall = String(Date.now()).padStart(15, '0');
    await new Promise<void>((ok, fail) => {
      const tx = idb.transaction(['registers', 'incomingDocs'], 'readwrite');
      // The register the documents are entered in (an entry travels only with its own unit's register).
      tx.objectStore('registers').put({ id: registerId, unitId: origin, kind: 'incoming', year: 2026, name: 'Sổ đăng ký văn bản đến năm 2026', origin, clock: `${wall}.000000`, deleted: false, changedBy: 'Nguyễn Thị Lan' });
      const store = tx.objectStore('incomingDocs');
      for (let i = 1; i <= n; i++)
        store.put({
          id: crypto.randomUUID(),
          registerId,
          arrivalNumber: i,
          summary: `V/v triển khai công tác văn thư, lưu trữ năm 2026 (văn bản số ${i})`,
          sender: 'Ủy ban nhân dân tỉnh Hưng Yên',
          origin,
          clock: `${wall}.${String(i).padStart(6, '0')}`,
          deleted: false,
          changedBy: 'Nguyễn Thị Lan',
        });
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    idb.close();
    return origin;
  }, n);
}

/** The SHA-256 of each picked file's bytes, sorted: the files the archive must keep, byte for byte. */
const pickedDigests = () => files.map((f) => createHash('sha256').update(readFileSync(f)).digest('hex')).sort();

type Stored = {
  incomingDocs: number;
  /** How the commune's entry blocks are kept: their signed bytes, or text. */
  blockForms: string[];
  /** Signed files kept as picked (Blobs): the SHA-256 of each one's bytes, sorted. */
  filesAsPicked: string[];
  fromCommune: { units: number; fonds: number };
  seen: { origin: string; sequence: number; partKey: number }[];
  importEntries: number;
};

/**
 * What the archive's database holds of the commune, read with raw IndexedDB (not through the
 * app): other units' records are kept in blocks (foreignBlocks, a JSON array per block).
 */
async function stored(page: Page, origin: string): Promise<Stored> {
  return page.evaluate(async (origin) => {
    const idb: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open('luutru');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((ok, fail) => {
        const r = idb.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result as T[]);
        r.onerror = () => fail(r.error);
      });
    // A block is kept as UTF-8 JSON bytes, or as text where it was changed.
    const blocks = await all<{ origin: string; table: string; json?: string; bytes?: Uint8Array }>('foreignBlocks');
    const text = (b: { json?: string; bytes?: Uint8Array }) => b.json ?? new TextDecoder().decode(b.bytes);
    const held = (table: string) => blocks.filter((b) => b.origin === origin && b.table === table).flatMap((b) => JSON.parse(text(b)) as { origin: string }[]);
    const units = held('units');
    const fonds = held('fonds');
    const seen = await all<{ origin: string; sequence: number; partKey: number }>('receivedBundles');
    const kept = await all<{ origin: string; blob?: Blob }>('bundleArchive');
    const journal = await all<{ action: string }>('journal');
    const out = {
      incomingDocs: held('incomingDocs').length,
      blockForms: [...new Set(blocks.filter((b) => b.origin === origin && b.table === 'incomingDocs').map((b) => (b.bytes instanceof Uint8Array ? 'bytes' : 'text')))],
      filesAsPicked: (
        await Promise.all(
          kept
            .filter((k) => k.origin === origin && k.blob instanceof Blob)
            .map(async (k) => Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', await k.blob!.arrayBuffer())), (x) => x.toString(16).padStart(2, '0')).join('')),
        )
      ).sort(),
      fromCommune: { units: units.filter((u) => u.origin === origin).length, fonds: fonds.filter((f) => f.origin === origin).length },
      seen: seen.map((s) => ({ origin: s.origin, sequence: s.sequence, partKey: s.partKey })).sort((a, b) => a.partKey - b.partKey),
      importEntries: journal.filter((e) => e.action === 'bundle.import').length,
    };
    idb.close();
    return out;
  }, origin);
}

/** The Chromium browser process of this profile (started by openApp), by its command line. */
function browserPid(profileDir: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const main = lines.filter((l) => l.includes(`--user-data-dir=${profileDir}`) && !l.includes('--type='));
  if (main.length !== 1) throw new Error(`expected one browser process for ${profileDir}, found ${main.length}`);
  return Number(main[0]!.trim().split(/\s+/)[0]);
}

async function killBrowser(b: Browser): Promise<void> {
  const pid = browserPid(b.profileDir);
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await b.context.close().catch(() => undefined);
}

async function archiveWithReceipt(): Promise<Browser> {
  const b = await openApp(server);
  const { page } = b;
  await setupUnitThroughUi(page, 'Lưu trữ lịch sử tỉnh Hưng Yên', '33', 'Lưu trữ lịch sử cấp tỉnh');
  await chooseImportFiles(page, server.url, files);
  // A big export comes in parts, each asking about the same key: trusting it once answers all.
  await page.getByTestId('read-aloud').first().check();
  await page.getByTestId('trust-key').first().click();
  await page.getByTestId('import-needs-confirmation').first().waitFor({ state: 'detached', timeout: 60_000 });
  await expect.poll(() => page.getByTestId('import-apply').textContent(), { timeout: 60_000 }).toBe(`Nhập dữ liệu (${N + 4} bản ghi)`);
  return b;
}

beforeAll(async () => {
  server = await startServer();
  usb = mkdtempSync(join(tmpdir(), 'luutru-usb-'));
  const b = await openApp(server);
  try {
    await setupUnitThroughUi(b.page, 'Ủy ban nhân dân xã Thụy Hải', '12345');
    communeId = await addIncomingDocs(b.page, N);
    files = (await exportFullBundleThroughUi(b.page, server.url, usb)).paths;
  } finally {
    await b.close();
  }
}, 180_000);
afterAll(async () => {
  await server?.close();
  if (usb) rmSync(usb, { recursive: true, force: true });
});

describe('a crash while applying an import', () => {
  const outcomes: { delayMs: number; killedBeforeSuccess: boolean; incomingDocs: number }[] = [];
  let applyMs = 0;
  afterAll(() => console.log('apply took', Math.round(applyMs), 'ms; crash outcomes', JSON.stringify(outcomes)));

  it('without a crash, the apply writes everything (and says how long it takes here)', async () => {
    const b = await archiveWithReceipt();
    try {
      const t0 = Date.now();
      await b.page.getByTestId('import-apply').click();
      await b.page.getByText(`Đã nhập ${N + 4} bản ghi; 0 bản ghi được giữ lại chờ xem xét.`).first().waitFor({ timeout: 110_000 });
      applyMs = Date.now() - t0;
      const s = await stored(b.page, communeId);
      expect(s.incomingDocs).toBe(N);
      expect(s.importEntries).toBe(1);
      // Kept as received: the entries' signed bytes in blocks, each part's file as it was picked.
      expect(s.blockForms).toEqual(['bytes']);
      expect(s.filesAsPicked).toEqual(pickedDigests());
    } finally {
      await b.close();
    }
  }, 120_000);

  // Kill moments: just after the click, and at about half and nine tenths of a normal apply (near the commit).
  it.each([
    { moment: 'right after the click', delay: () => 100 },
    { moment: 'half way', delay: () => applyMs * 0.5 },
    { moment: 'near the commit', delay: () => applyMs * 0.9 },
  ])('SIGKILL $moment leaves none or all of the records, and the bundle history agrees', async ({ delay }) => {
    expect(applyMs).toBeGreaterThan(0);
    const delayMs = Math.round(delay());
    const b = await archiveWithReceipt();
    let reopened: Browser | undefined;
    try {
      await b.page.getByTestId('import-apply').click();
      await b.page.waitForTimeout(delayMs);
      const success = await b.page.getByText(/^Đã nhập \d+ bản ghi/).count();
      await killBrowser(b);

      reopened = await openApp(server, b.profileDir);
      await reopened.page.getByTestId('header-unit').waitFor();
      const s = await stored(reopened.page, communeId);
      outcomes.push({ delayMs, killedBeforeSuccess: success === 0, incomingDocs: s.incomingDocs });
      expect([0, N]).toContain(s.incomingDocs);
      if (s.incomingDocs === 0) {
        expect(s).toEqual({ incomingDocs: 0, blockForms: [], filesAsPicked: [], fromCommune: { units: 0, fonds: 0 }, seen: [], importEntries: 0 });
      } else {
        expect(s.blockForms).toEqual(['bytes']);
        expect(s.filesAsPicked).toEqual(pickedDigests());
        expect(s.fromCommune).toEqual({ units: 1, fonds: 1 });
        expect(s.seen).toEqual(files.map((_, i) => ({ origin: communeId, sequence: 1, partKey: files.length > 1 ? i + 1 : 0 })));
        expect(s.importEntries).toBe(1);
      }
      // The archive's own view says the same after the restart.
      await reopened.page.goto(`${server.url}#/upper`);
      const page = reopened.page;
      if (s.incomingDocs === 0) await page.getByText('Chưa nhận gói dữ liệu nào.', { exact: false }).waitFor();
      else await expect.poll(() => page.getByTestId('upper-origins').locator('.ant-table-row').first().textContent()).toContain(`Văn bản đến: ${N.toLocaleString('vi-VN')}`);
    } finally {
      await b.close(true).catch(() => undefined);
      await reopened?.close();
    }
  }, 120_000);

  it('at least one kill landed before the app reported the import as done', () => {
    expect(outcomes.some((o) => o.killedBeforeSuccess)).toBe(true);
  });
});
