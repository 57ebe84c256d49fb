/**
 * Upper-level import at scale: signed bundles of 20,000 heavy incoming entries each (one per
 * commune, each commune its own key, confirmed beforehand), imported one after another
 * through the app's own path — the exchange worker's dry run (parse, verify, plan) then its
 * apply — into the app's database, as the archivist's import screen does. Baseline, same run:
 * a raw IndexedDB put of the same records, one row each, one transaction per bundle, into a
 * database of the same layout. Bundle by bundle the two alternate which goes first, so a
 * slower spell of the shared machine falls on both; each bundle is made and signed before,
 * untimed. Reported: both totals, records/s, per-bundle median and min–max, and the longest
 * main-thread task while the worker imported (what the archivist would feel as a freeze),
 * the task that hands the files to the worker included.
 * The database is left in place for the upper-level opening measures (measures-upper.tsx).
 */
import { LuutruDb, DB_NAME } from '../../../renderer/src/db/schema';
import { completeSetup } from '../../../renderer/src/db/repositories/unit-repository';
import { trustKey } from '../../../renderer/src/db/exchange/keys';
import { ExchangeClient } from '../../../renderer/src/features/exchange/exchange-client';
import type { ExchangeWorkerApi } from '../../../renderer/src/features/exchange/exchange.worker';
import { workerHandle } from '../../../renderer/src/workers/worker-handle';
import { createBundleFile, exportPublicJwk, generateSigningKeyPair, splitIntoParts, type BundleRecord } from '../../../renderer/src/core/bundle';
import type { BundleRecords } from '../../../renderer/src/core/bundle/schema';
import { encodeHlc } from '../../../renderer/src/core/hlc';
import { newId } from '../../../renderer/src/core/ids';
import { seededRng, vocab } from '../../fixtures/generate';
import { generateIncomingDocFields } from '../../fixtures/generate-registers';
import { median } from '../stats';
import { longTasks, workerHeapMb } from './page-tools';
import type { Measure } from './types';

export const PER_BUNDLE = 20_000;
export const OPERATOR = 'Trần Văn Bình';

/** What the last import left in the app's database (the upper-level measures open it). */
export type Imported = { readonly records: number; readonly archiveId: string };
/**
 * What the app's database holds and who put it there: the exchange worker writes to the one
 * database, so measures of other data (archive search's dossiers) take it over and say so.
 */
let held: (Imported & { readonly what: string }) | undefined;

/** Says the app's database now holds `what` (`records` of it, imported into the archive `archiveId`). */
export function holdDatabase(what: string, imported: Imported): void {
  held = { what, ...imported };
}

/** What the app's database holds if it is `what` with `records` records. */
export function heldDatabase(what: string, records: number): Imported | undefined {
  return held?.what === what && held.records === records ? held : undefined;
}

export type Commune = { unitId: string; name: string; adminCode: string; keys: CryptoKeyPair; jwk: Awaited<ReturnType<typeof exportPublicJwk>> };

/** `count` communes, each with its own signing key (to be trusted by the archive before their bundles are imported). */
export async function communes(count: number): Promise<Commune[]> {
  const out: Commune[] = [];
  for (let k = 0; k < count; k++) {
    const keys = await generateSigningKeyPair();
    const place = vocab.communes[k % vocab.communes.length]!;
    out.push({ unitId: newId(), name: `Ủy ban nhân dân xã ${place}${k >= vocab.communes.length ? ` ${Math.floor(k / vocab.communes.length) + 1}` : ''}`, adminCode: String(10_000 + k), keys, jwk: await exportPublicJwk(keys.publicKey) });
  }
  return out;
}

/** One commune's full bundle (its incoming register of `n` heavy entries), split into parts as the export does. */
export async function bundleOf(c: Commune, k: number, n: number): Promise<{ files: { name: string; data: Uint8Array }[]; docs: BundleRecord[] }> {
  const rng = seededRng(500 + k);
  const registerId = newId();
  const wall = Date.UTC(2025, 0, 1);
  const meta = (i: number) => ({ origin: c.unitId, clock: encodeHlc({ wallMs: wall + i, counter: 0 }), deleted: false, changedBy: 'Nguyễn Thị Lan' });
  const register = { id: registerId, ...meta(0), unitId: c.unitId, kind: 'incoming', year: 2025, name: 'Sổ đăng ký văn bản đến năm 2025' } as unknown as BundleRecord;
  const docs = Array.from({ length: n }, (_, i) => ({ ...generateIncomingDocFields(rng, i, registerId, 2025, { perYear: n, today: '2025-12-31', heavy: true }), id: newId(), ...meta(i + 1) }) as unknown as BundleRecord);
  return { files: await signedFiles(c, { registers: [register], incomingDocs: docs }), docs };
}

/** A commune's full bundle of these records, split into parts and signed as its export does. */
export async function signedFiles(c: Commune, records: BundleRecords): Promise<{ name: string; data: Uint8Array }[]> {
  const origin = { unitId: c.unitId, adminCode: c.adminCode, legacyAdminCode: '', agencyId: '', name: c.name, level: 'commune' as const, fonds: [] };
  const parts = splitIntoParts({ origin, signerKey: c.jwk, sequence: 1, range: { kind: 'full' }, createdAt: '2026-01-10T08:00:00.000Z', records });
  const files: { name: string; data: Uint8Array }[] = [];
  for (const [i, part] of parts.entries()) files.push({ name: `${c.adminCode}_2026-01-10_1-p${i + 1}.luutru.json`, data: await createBundleFile(part, c.keys.privateKey) });
  return files;
}

/**
 * The app window's own connection to its database: the app opens it at start and holds it
 * while it runs, through imports and page openings, so the measures hold one too. (With no
 * connection left open, Chromium may start its pre-close work on the database — a sweep and a
 * compaction, which after a million records written make the next opening wait seconds; the
 * app does not close its connection between an import and opening a page.)
 */
let appConnection: LuutruDb | undefined;

/** The app's database as the app window holds it open (see `appConnection`): not to be closed by a measure. */
export async function appDb(): Promise<LuutruDb> {
  if (!appConnection) {
    appConnection = new LuutruDb(DB_NAME);
    await appConnection.open();
  }
  return appConnection;
}

/** A fresh app database set up as the province archive, the communes' keys trusted. Its connection is the app's (`appDb`). */
export async function freshArchive(senders: readonly Commune[]): Promise<{ db: LuutruDb; archiveId: string }> {
  appConnection?.close();
  appConnection = undefined;
  await LuutruDb.delete(DB_NAME);
  const db = await appDb();
  const archive = await completeSetup(db, {
    unit: { level: 'province-archive', name: 'Lưu trữ lịch sử tỉnh Hưng Yên', shortName: '', adminCode: '33', legacyAdminCode: '', agencyId: '', parentName: '' },
    fonds: { name: 'Kho lưu trữ lịch sử tỉnh', number: '', startYear: 2025 },
    operator: { name: OPERATOR, position: '' },
  });
  for (const c of senders) await trustKey(db, { unitId: c.unitId, originName: c.name, jwk: c.jwk, confirmedBy: OPERATOR });
  return { db, archiveId: archive.id };
}

/** The exchange worker, as the import screen starts it. */
export function exchangeWorker() {
  const handle = workerHandle<ExchangeWorkerApi>('exchange', () => new Worker(new URL('../../../renderer/src/features/exchange/exchange.worker.ts', import.meta.url), { type: 'module', name: 'luutru-exchange' }));
  return { client: new ExchangeClient(handle), terminate: () => handle.terminate() };
}

/** One bundle's files through the app's import: the worker's dry run, then its apply (refused files throw). */
export async function importFiles(client: ExchangeClient, files: readonly { name: string; data: Uint8Array }[], archiveId: string, label: string) {
  const { token, receipt, timings } = await client.prepare(files, archiveId);
  const prepared = performance.now();
  const refused = receipt.files.find((f) => f.status !== 'accepted');
  if (refused) throw new Error(`bundle ${label} refused: ${JSON.stringify(refused).slice(0, 300)}`);
  const r = await client.apply(token, OPERATOR);
  return { timings, prepared, written: r.written };
}

function rawOpen(name: string): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const r = indexedDB.open(name);
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
}

async function rawPut(idb: IDBDatabase, records: readonly unknown[]): Promise<void> {
  await new Promise<void>((ok, fail) => {
    const tx = idb.transaction('incomingDocs', 'readwrite');
    const store = tx.objectStore('incomingDocs');
    for (const rec of records) store.put(rec);
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
  });
}

/** One pass: a fresh app database and a fresh baseline database, every bundle into both (`withBaseline` false: only the app's, for measures that need the data, not the figure). */
export async function importPass(bundles: number, round: number, withBaseline = true) {
  held = undefined;
  const senders = await communes(bundles);
  const { archiveId } = await freshArchive(senders);
  const baseName = 'bench-import-raw';
  await LuutruDb.delete(baseName);
  (await (async () => new LuutruDb(baseName).open())()).close();
  const idb = await rawOpen(baseName);
  const { client, terminate } = exchangeWorker();
  const tasks = longTasks();
  const windows: [number, number][] = [];
  const imports: number[] = [];
  const raws: number[] = [];
  let prepareMs = 0;
  /** The dry run's time by stage (read, verify, plan, receipt), summed over the bundles. */
  const stages: Record<string, number> = {};
  let bytes = 0;
  let written = 0;
  let workerHeap: number | null = null;
  try {
    for (const [k, c] of senders.entries()) {
      const { files, docs } = await bundleOf(c, k, PER_BUNDLE);
      bytes += files.reduce((s, f) => s + f.data.byteLength, 0);
      // The garbage of making the bundle collected now (the runner exposes gc), not inside a timed window.
      (globalThis as { gc?: () => void }).gc?.();
      const importOne = async () => {
        // The import starts in a task of its own, so that the task handing the files to the worker
        // (counted below: it runs during the window) holds nothing else.
        await new Promise((r) => setTimeout(r, 0));
        const t0 = performance.now();
        const r = await importFiles(client, files, archiveId, String(k));
        for (const [k, v] of Object.entries(r.timings)) stages[k] = (stages[k] ?? 0) + v;
        const t2 = performance.now();
        windows.push([t0, t2]);
        imports.push(t2 - t0);
        prepareMs += r.prepared - t0;
        written += r.written;
        // What follows (the baseline's put loop, making the next bundle) in tasks of their own: run
        // on in the task that took the import's last message, it was counted as the import's.
        await new Promise((r) => setTimeout(r, 0));
      };
      const rawOne = async () => {
        if (!withBaseline) return;
        const t0 = performance.now();
        await rawPut(idb, docs);
        raws.push(performance.now() - t0);
      };
      if ((k + round) % 2 === 0) {
        await importOne();
        await rawOne();
      } else {
        await rawOne();
        await importOne();
      }
    }
    // What the exchange worker keeps between imports (every unit's directory), after a full collection.
    workerHeap = await workerHeapMb('luutru-exchange');
  } finally {
    terminate();
    idb.close();
    await LuutruDb.delete(baseName);
  }
  await tasks.stop();
  const longest = tasks.longestWithin(windows, { overlapping: true });
  const records = bundles * PER_BUNDLE;
  if (written !== bundles * (PER_BUNDLE + 1)) throw new Error(`written ${written} of ${bundles * (PER_BUNDLE + 1)}`);
  holdDatabase('entries', { records, archiveId });
  return { imports, raws, records, bytes, prepareMs, stages, longestTaskMs: longest.ms, longestTaskScripts: longest.scripts, workerHeap };
}

/** The app's database holding `records` imported ones (imports them, untimed, if the import measure did not run). */
export async function ensureImported(records: number): Promise<Imported> {
  if (!heldDatabase('entries', records)) await importPass(records / PER_BUNDLE, 0, false);
  return heldDatabase('entries', records)!;
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const r0 = Math.round;

function importMeasure(bundles: number, label: string, large: boolean): Measure {
  return {
    name: `bundle-import-${label}`,
    unit: 'ms',
    large,
    // A pass is already 10 or 50 interleaved pairs (per bundle, below); more passes cost minutes each.
    maxRepeats: large ? 1 : 2,
    async run(round) {
      const p = await importPass(bundles, round);
      const value = sum(p.imports);
      return {
        value,
        baseline: sum(p.raws),
        extra: {
          records: p.records,
          bundles,
          perBundle: PER_BUNDLE,
          mbPerTenThousand: Math.round((p.bytes / 1e6 / (p.records / 10_000)) * 10) / 10,
          recordsPerSecond: r0((p.records / value) * 1000),
          rawRecordsPerSecond: r0((p.records / sum(p.raws)) * 1000),
          prepareMs: r0(p.prepareMs),
          ...Object.fromEntries(Object.entries(p.stages).map(([k, v]) => [`prepare${k[0]!.toUpperCase()}${k.slice(1)}`, r0(v)])),
          applyMs: r0(value - p.prepareMs),
          bundleMedianMs: r0(median(p.imports)),
          bundleMinMs: r0(Math.min(...p.imports)),
          bundleMaxMs: r0(Math.max(...p.imports)),
          rawBundleMedianMs: r0(median(p.raws)),
          rawBundleMinMs: r0(Math.min(...p.raws)),
          rawBundleMaxMs: r0(Math.max(...p.raws)),
          longestMainThreadTaskMs: r0(p.longestTaskMs),
          longestTaskScripts: p.longestTaskScripts,
          exchangeWorkerHeapMb: p.workerHeap,
        },
      };
    },
  };
}

export const bundleImportMeasures: Measure[] = [importMeasure(10, '200k', false), importMeasure(50, '1m', true)];
