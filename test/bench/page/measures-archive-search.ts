/**
 * Archive search (slips, dossiers, documents inside dossiers, boxes; search/archive-search.ts)
 * at the province archive over 200k searchable records (1M with BENCH_LARGE=1): communes'
 * signed bundles of 19,000 each (200 boxes, 3,760 dossiers, four documents in each, one in four
 * linked to an incoming register entry the bundle carries too) imported through the exchange
 * worker as the import screen does, and 5 % of the records the archive's own, written through
 * its write path; all untimed (test/fixtures/generate-archive.ts). Received records live in the
 * units' blocks, the archive's own in its tables.
 * - archive-search-<size>-first: the first query once the card is open (its first page of rows),
 *   every unit's index built in the index worker from nothing. Baseline, same round, alternating which goes first:
 *   a bare read of the same records (own tables read whole, every received block parsed), what
 *   the in-memory search this one replaced read before it could answer. Heap after each.
 * - archive-search-<size>-p95: 71 queries typed letter by letter (1–3 words, with and without
 *   marks, common and rare), the p95 of a query's answer as the card gives it (up to 200 hits
 *   found, the rows of the first page of 20 read), on a new index worker (as after opening the
 *   app: the scopes opened by a query for another word, no term page of these words read yet),
 *   each query the first time; asked again, againP95Ms (pages cached, blocks kept). Each answer
 *   split in two: finding the hits (the index worker; findP95Ms, slowestFinds) and reading the
 *   page's rows (rowsP95Ms, slowestRows).
 *   Baseline, same round, before or after ours by round: FlexSearch in the search worker over
 *   the same item texts (the index source's own), a map of every row on the page, built untimed
 *   and let go before ours run (kept beside them, its rows on the page slowed our collections) —
 *   the in-memory search, as the consolidated search bench compares with. Heap after our
 *   queries (the search still open) and the blocks and records the page keeps between queries.
 * - archive-search-<size>-reopen: the first query after a reload (a new index worker loading the
 *   persisted indexes). Baseline: the bare read.
 */
import { Dexie } from 'dexie';
import { LuutruDb, DB_NAME } from '../../../renderer/src/db/schema';
import { writeChanges } from '../../../renderer/src/db/changes';
import { listFonds } from '../../../renderer/src/db/repositories/unit-repository';
import { foreignRecords } from '../../../renderer/src/db/repositories/foreign-repository';
import { listDossiers } from '../../../renderer/src/db/repositories/dossier-repository';
import { countBoxes, liveCountOfYear, orderForList, yearsOfFonds } from '../../../renderer/src/db/repositories/dossier-list-repository';
import { blockRecords } from '../../../renderer/src/db/foreign/foreign-store';
import { archiveOrigins } from '../../../renderer/src/db/repositories/archive-search-repository';
import { archiveIndexSource } from '../../../renderer/src/db/repositories/archive-index-source';
import { ArchiveIndexSearch } from '../../../renderer/src/search/archive-search';
import { indexDbName } from '../../../renderer/src/search/persisted/search-db';
import { indexClient } from '../../../renderer/src/search/persisted/index-client';
import { SearchClient } from '../../../renderer/src/search/search-client';
import type { BundleRecord, BundleRecords } from '../../../renderer/src/core/bundle';
import { encodeHlc } from '../../../renderer/src/core/hlc';
import { newId } from '../../../renderer/src/core/ids';
import { archiveCounts, generateArchive, type Fields } from '../../fixtures/generate-archive';
import { communes, exchangeWorker, freshArchive, heldDatabase, holdDatabase, importFiles, OPERATOR, signedFiles, type Commune, type Imported } from './measures-bundle-import';
import { percentile, r1 } from '../stats';
import { heapMb, inTurn, longTasks, slowest, typedPass, workerHeapMb } from './page-tools';
import type { Measure } from './types';

const r0 = Math.round;
const LIMIT = 200;
/** Rows the card shows a page (it reads those only). */
const PAGE = 20;
/** Searchable records in one commune's bundle, and its boxes. */
const PER_COMMUNE = 19_000;
const COMMUNE_BOXES = 200;
/** One commune per this many searchable records: 19,000 in its bundle, the rest the archive's own. */
const SHARE = 20_000;
const WHAT = 'archive';

/** What an archivist types, letter by letter from the third: common and rare, with and without marks, 1–3 words (71 queries). */
const PHRASES = ['quyết định', 'bao cao tong ket', 'ngân sách', 'de an 06', 'trùng tu đình', 'phieu 1204', 'hộp 187', 'kho so 1 gia 7'];
const TYPED = PHRASES.flatMap((p) => Array.from({ length: p.length - 2 }, (_, i) => p.slice(0, i + 3)));
/** The first query after opening (opens the scopes), sharing no word with the typed ones. */
const OPENING = 'xyz';

const meta = (origin: string, i: number) => ({ origin, clock: encodeHlc({ wallMs: Date.UTC(2025, 0, 1) + i, counter: 0 }), deleted: false, changedBy: 'Nguyễn Thị Lan' });

/** One commune's bundle records: its fonds, processing job, boxes, dossiers, documents, and the register entries the documents link to. */
function communeRecords(c: Commune, k: number): BundleRecords {
  const fondsId = newId();
  const a = generateArchive(900 + k, c.unitId, fondsId, archiveCounts(PER_COMMUNE, COMMUNE_BOXES), { linked: true });
  let i = 0;
  const rec = (f: Fields) => ({ ...f, ...meta(c.unitId, i++) }) as unknown as BundleRecord;
  return {
    fonds: [rec({ id: fondsId, unitId: c.unitId, name: `Phông lưu trữ ${c.name}`, number: String(100 + k), status: 'open', startYear: 1995 })],
    registers: a.registers.map(rec),
    incomingDocs: a.entries.map(rec),
    processingJobs: [rec(a.job)],
    boxes: a.boxes.map(rec),
    dossiers: a.dossiers.map(rec),
    dossierDocs: a.docs.map(rec),
  };
}

/** The app's database holding `records` searchable records (imported untimed, if the measure before did not leave them). */
async function ensureArchive(records: number): Promise<Imported> {
  const held = heldDatabase(WHAT, records);
  if (held) return held;
  const count = Math.floor(records / SHARE);
  const senders = await communes(count);
  const { db, archiveId } = await freshArchive(senders);
  const { client, terminate } = exchangeWorker();
  try {
    for (const [k, c] of senders.entries()) {
      const files = await signedFiles(c, communeRecords(c, k));
      (globalThis as { gc?: () => void }).gc?.();
      await importFiles(client, files, archiveId, String(k));
    }
  } finally {
    terminate();
  }
  // The archive's own, through its write path in chunks (one change set each, as a processing job's slips come in).
  const fondsId = (await listFonds(db, archiveId))[0]!.id;
  const own = generateArchive(77, archiveId, fondsId, archiveCounts(records - count * PER_COMMUNE, (records - count * PER_COMMUNE) / 100));
  const session = { unitId: archiveId, operator: OPERATOR };
  const create = (table: 'processingJobs' | 'boxes' | 'dossiers' | 'dossierDocs', rows: readonly Fields[]) =>
    writeChanges(db, session, { action: 'bench.add' }, [table], async (ch) => {
      for (const { id, ...fields } of rows) ch.create(table, fields as never, id);
    });
  await create('processingJobs', [own.job]);
  await create('boxes', own.boxes);
  for (let i = 0; i < own.dossiers.length; i += 10_000) await create('dossiers', own.dossiers.slice(i, i + 10_000));
  for (let i = 0; i < own.docs.length; i += 10_000) await create('dossierDocs', own.docs.slice(i, i + 10_000));
  holdDatabase(WHAT, { records, archiveId });
  return heldDatabase(WHAT, records)!;
}

async function openDb(): Promise<LuutruDb> {
  const db = new LuutruDb(DB_NAME);
  await db.open();
  return db;
}

/** A reload as far as the search sees it: the index worker goes (a new one starts on the next call). */
const restartWorker = () => indexClient().dispose();

async function dropIndexes(): Promise<void> {
  restartWorker();
  await Dexie.delete(indexDbName(DB_NAME));
}

/** Every record the search covers, read and parsed: own tables whole, every received block. */
async function bareRead(db: LuutruDb): Promise<{ ms: number; records: number; heapMb: number | null }> {
  const t0 = performance.now();
  const read = await Promise.all([db.dossiers.toArray(), db.boxes.toArray(), db.dossierDocs.toArray(), foreignRecords(db, 'dossiers'), foreignRecords(db, 'boxes'), foreignRecords(db, 'dossierDocs')]);
  const ms = performance.now() - t0;
  const heap = await heapMb();
  return { ms, records: read.reduce((n, r) => n + r.length, 0), heapMb: heap };
}

/** The first query of a card just opened: its indexes built or loaded in the index worker. */
async function firstQuery(db: LuutruDb): Promise<{ ms: number; hits: number; rows: number; progressEvents: number; longestTaskMs: number; longestTaskScripts: string; heapMb: number | null }> {
  const tasks = longTasks();
  let progressEvents = 0;
  const search = new ArchiveIndexSearch(db);
  const t0 = performance.now();
  const found = await search.find('quyết định', LIMIT, () => progressEvents++);
  const hits = found && (await found.rows(0, PAGE));
  const t1 = performance.now();
  await tasks.stop();
  const longest = tasks.longestWithin([[t0, t1]]);
  const heap = await heapMb();
  search.close();
  return { ms: t1 - t0, hits: found?.count ?? 0, rows: hits?.length ?? 0, progressEvents, longestTaskMs: longest.ms, longestTaskScripts: longest.scripts, heapMb: heap };
}

/** The in-memory search: the same item texts (the index sources' own) in FlexSearch in the search worker, every row in a map on the page. */
async function inMemorySearch(db: LuutruDb): Promise<{ items: number; search(q: string): Promise<number>; heapMb: number | null; dispose(): void }> {
  const byId = new Map<string, { id: string; text: string }>();
  for (const origin of [null, ...(await archiveOrigins(db))]) for await (const part of archiveIndexSource(db, { origin }).scan(0, 5000)) for (const d of part) byId.set(d.id, { id: d.id, text: d.text });
  const client = new SearchClient();
  await client.build([...byId.values()]);
  return {
    items: byId.size,
    search: async (q) => (await client.search(q, { limit: LIMIT }))?.map((id) => byId.get(id)!).length ?? 0,
    heapMb: await heapMb(),
    dispose: () => client.dispose(),
  };
}

function firstMeasure(records: number, label: string, large: boolean): Measure {
  return {
    name: `archive-search-${label}-first`,
    unit: 'ms (first query, indexes built)',
    large,
    maxRepeats: large ? 1 : 2,
    async run(round) {
      await ensureArchive(records);
      const db = await openDb();
      await dropIndexes();
      const heapBeforeMb = await heapMb();
      const { ours, base } = await inTurn(round, () => firstQuery(db), () => bareRead(db));
      db.close();
      return {
        value: ours.ms,
        baseline: base.ms,
        extra: { records, read: base.records, hits: ours.hits, progressEvents: ours.progressEvents, longestTaskMs: r0(ours.longestTaskMs), longestTaskScripts: ours.longestTaskScripts, heapBeforeMb, heapAfterMb: ours.heapMb, baselineHeapAfterMb: base.heapMb, goalHeapMb: 300 },
      };
    },
  };
}

function p95Measure(records: number, label: string, large: boolean): Measure {
  return {
    name: `archive-search-${label}-p95`,
    unit: `ms (p95 of ${TYPED.length} typed queries, first time each)`,
    large,
    maxRepeats: large ? 1 : 2,
    async run(round) {
      await ensureArchive(records);
      const db = await openDb();
      // Built (or loaded) untimed: the first query is the measure above's.
      const warm = new ArchiveIndexSearch(db);
      await warm.search('ke hoach', LIMIT);
      warm.close();
      let items = 0;
      let baselineHeapMb: number | null = null;
      const ours = async () => {
        // As after opening the app: a new index worker, the scopes opened by a first query, no term page read yet.
        restartWorker();
        const search = new ArchiveIndexSearch(db);
        await search.search(OPENING, LIMIT);
        const tasks = longTasks();
        const windows: [number, number][] = [];
        /** Each answer in two: the hits found (the index worker), the first page's rows read (the page). */
        const finds: number[] = [];
        const reads: number[] = [];
        const perQuery: Record<string, number> = {};
        let hits = 0;
        let shownRows = 0;
        const first = await typedPass(TYPED, async (q) => {
          const t0 = performance.now();
          const answer = await search.find(q, LIMIT);
          const tFound = performance.now();
          const rows = answer && (await answer.rows(0, PAGE));
          const t1 = performance.now();
          finds.push(tFound - t0);
          reads.push(t1 - tFound);
          windows.push([t0, t1]);
          const found = answer?.count ?? 0;
          shownRows += rows?.length ?? 0;
          hits += found;
          if (PHRASES.includes(q)) perQuery[q] = found;
        });
        await tasks.stop();
        const longest = tasks.longestWithin(windows);
        // The same queries again: their term pages cached in the worker, their blocks on the page.
        const again = await typedPass(TYPED, async (q) => (await search.find(q, LIMIT))?.rows(0, PAGE));
        const heapAfterMb = await heapMb();
        const indexWorkerHeapMb = await workerHeapMb('luutru-index');
        const kept = search.kept;
        search.close();
        return { first, again, finds, reads, perQuery, hits, shownRows, longest, heapAfterMb, indexWorkerHeapMb, kept };
      };
      const theirs = async () => {
        const mem = await inMemorySearch(db);
        items = mem.items;
        baselineHeapMb = mem.heapMb;
        let hits = 0;
        const times = await typedPass(TYPED, async (q) => {
          hits += await mem.search(q);
        });
        mem.dispose();
        return { times, hits };
      };
      const { ours: o, base } = await inTurn(round, ours, theirs);
      db.close();
      return {
        value: percentile(o.first, 95),
        baseline: percentile(base.times, 95),
        extra: {
          records,
          items,
          queries: TYPED.length,
          medianMs: r1(percentile(o.first, 50)),
          maxMs: r0(Math.max(...o.first)),
          findP95Ms: r1(percentile(o.finds, 95)),
          rowsP95Ms: r1(percentile(o.reads, 95)),
          slowest: slowest(TYPED, o.first),
          slowestFinds: slowest(TYPED, o.finds),
          slowestRows: slowest(TYPED, o.reads),
          againP95Ms: r1(percentile(o.again, 95)),
          againMaxMs: r0(Math.max(...o.again)),
          baselineMedianMs: r1(percentile(base.times, 50)),
          baselineMaxMs: r0(Math.max(...base.times)),
          hits: o.hits,
          shownRows: o.shownRows,
          baselineHits: base.hits,
          hitsOfWholePhrases: JSON.stringify(o.perQuery),
          longestTaskMs: r0(o.longest.ms),
          longestTaskScripts: o.longest.scripts,
          heapAfterMb: o.heapAfterMb,
          indexWorkerHeapMb: o.indexWorkerHeapMb,
          baselineHeapMb,
          keptBlocks: o.kept.blocks,
          keptRows: o.kept.rows,
          goalMs: 50,
        },
      };
    },
  };
}

function reopenMeasure(records: number, label: string, large: boolean): Measure {
  return {
    name: `archive-search-${label}-reopen`,
    unit: 'ms (first query after a reload)',
    large,
    maxRepeats: large ? 1 : 3,
    async run(round) {
      await ensureArchive(records);
      const db = await openDb();
      // Built once (if the measures before did not leave them).
      const warm = new ArchiveIndexSearch(db);
      await warm.search('ke hoach', LIMIT);
      warm.close();
      restartWorker();
      const { ours, base } = await inTurn(round, () => firstQuery(db), () => bareRead(db));
      db.close();
      return { value: ours.ms, baseline: base.ms, extra: { records, hits: ours.hits, rebuilt: ours.progressEvents > 0 ? 1 : 0, longestTaskMs: r0(ours.longestTaskMs), heapAfterMb: ours.heapMb, baselineHeapAfterMb: base.heapMb } };
    },
  };
}

/** What the dossier page reads when a received fonds is picked (DossiersPage, useDossierList): a fonds is read whole from its unit's blocks. */
async function receivedFondsReads(db: LuutruDb, fondsId: string, year: number): Promise<{ ms: number; longestTaskMs: number; longestTaskScripts: string; dossiers: number; shown: number; boxes: number; years: number }> {
  const tasks = longTasks();
  const t0 = performance.now();
  // The page's reads and what it works out from them (the same functions): the fonds read once, its years, the year's list and count; its boxes counted.
  const [all, boxes] = await Promise.all([listDossiers(db, fondsId), countBoxes(db, fondsId, true)]);
  const years = yearsOfFonds(all);
  const shown = orderForList(all, { year, showDeleted: false });
  const live = liveCountOfYear(all, year);
  const t1 = performance.now();
  await tasks.stop();
  const longest = tasks.longestWithin([[t0, t1]]);
  if (shown.length !== live) throw new Error(`the list shows ${shown.length} of ${live} live dossiers`);
  return { ms: t1 - t0, longestTaskMs: longest.ms, longestTaskScripts: longest.scripts, dossiers: all.length, shown: shown.length, boxes, years: years.length };
}

/**
 * archive-received-fonds-<size>: the dossier page on a fonds received from a commune (3,760
 * dossiers over 25 years, 200 boxes), its year with the most dossiers: what the page reads and
 * works out (the fonds read once: its years, the year's list in notation order, its live count;
 * the boxes counted). A received fonds is still read whole from its unit's blocks, found through
 * the directories of every unit's dossiers. Baseline, same round: the least a whole read does,
 * the unit's dossier blocks read and parsed once. (2026-12-01, 200k, before the page read the
 * fonds once instead of three times: 436.7 ms against 118.2, longest task 52 ms.)
 */
function receivedFondsMeasure(records: number, label: string, large: boolean): Measure {
  return {
    name: `archive-received-fonds-${label}`,
    unit: 'ms (a received fonds\' year: the page\'s reads)',
    large,
    maxRepeats: large ? 1 : 3,
    async run(round) {
      await ensureArchive(records);
      const db = await openDb();
      const dossiers = (await foreignRecords(db, 'dossiers')) as unknown as { fondsId: string; year: number; origin: string }[];
      const fonds = dossiers[Math.floor(dossiers.length / 2)]!;
      const perYear = new Map<number, number>();
      for (const d of dossiers) if (d.fondsId === fonds.fondsId) perYear.set(d.year, (perYear.get(d.year) ?? 0) + 1);
      const year = [...perYear].sort((a, b) => b[1] - a[1])[0]![0];
      const bare = async () => {
        const t0 = performance.now();
        const rows = await db.foreignBlocks.where('[origin+table+block]').between([fonds.origin, 'dossiers', 0], [fonds.origin, 'dossiers', Number.MAX_SAFE_INTEGER]).toArray();
        const n = rows.flatMap(blockRecords).length;
        return { ms: performance.now() - t0, n };
      };
      const { ours, base } = await inTurn(round, () => receivedFondsReads(db, fonds.fondsId, year), bare);
      db.close();
      return {
        value: ours.ms,
        baseline: base.ms,
        extra: { records, units: new Set(dossiers.map((d) => d.origin)).size, dossiersReceived: dossiers.length, fondsDossiers: ours.dossiers, fondsYears: ours.years, year, yearShown: ours.shown, boxes: ours.boxes, bareRead: base.n, longestTaskMs: r0(ours.longestTaskMs), longestTaskScripts: ours.longestTaskScripts, goalMs: 1000, goalLongestTaskMs: 100 },
      };
    },
  };
}

const family = (records: number, label: string, large: boolean): Measure[] => [firstMeasure(records, label, large), p95Measure(records, label, large), reopenMeasure(records, label, large), receivedFondsMeasure(records, label, large)];

export const archiveSearchMeasures: Measure[] = [...family(200_000, '200k', false), ...family(1_000_000, '1m', true)];
