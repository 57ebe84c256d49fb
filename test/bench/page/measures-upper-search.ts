/**
 * The upper level's consolidated search after an import of 200k (1M with BENCH_LARGE=1) records
 * from 20,000-entry commune bundles (measures-bundle-import.ts leaves them in the app's
 * database), through the app's IndexedDB seam, as the search screen asks it:
 * - upper-search-first-<size>: the first search (every unit's index built in the index worker
 *   from nothing, then the query). Baseline, same round, alternating which goes first: a bare
 *   read of the same entries (searchableEntries: every own and received entry, parsed). The
 *   main thread's heap after each (garbage collected; the search still open), and, first round,
 *   the search it replaces (the in-memory index built on the first query: every entry read,
 *   a map of every result row, FlexSearch in the search worker), timed with its heap.
 * - upper-search-p95-<size>: 54 queries typed letter by letter once the indexes are built, on a
 *   new index worker (as after opening the app: the scopes opened by a search for another word, no
 *   term page of these words read yet); the p95 of a query's answer (hits read by id, rows made),
 *   each query the first time, split in two: findP95Ms for the index worker's one call that finds
 *   the hits, restP95Ms for the rest (the rows read on the page). The same queries asked again
 *   give againP95Ms (their pages cached).
 *   Baseline, same round, before or after ours by round: the same queries on the in-memory index
 *   it replaces (built untimed, let go before ours run: kept beside them, its million rows on the
 *   page slowed our garbage collections — p95 51.5 ms against 15.7 ms alone, 2026-12-01).
 * - upper-search-reopen-<size>: the first search after a reload (a new index worker reading the
 *   persisted indexes: no entry read again, no build). Baseline: the bare read of the entries.
 */
import { Dexie } from 'dexie';
import { LuutruDb, DB_NAME } from '../../../renderer/src/db/schema';
import { searchableEntries } from '../../../renderer/src/db/repositories/upper-level-repository';
import { incomingSearchText, outgoingSearchText } from '../../../renderer/src/core/registers/search-text';
import { indexDbName } from '../../../renderer/src/search/persisted/search-db';
import { indexClient } from '../../../renderer/src/search/persisted/index-client';
import { SearchClient } from '../../../renderer/src/search/search-client';
import { indexedDbUpperApi } from '../../../renderer/src/upper-api/indexeddb';
import { hitOf, type SearchHit } from '../../../renderer/src/upper-api/search-hit';
import type { UpperLevelApi } from '../../../renderer/src/upper-api/types';
import { ensureImported, OPERATOR } from './measures-bundle-import';
import { percentile, r1 } from '../stats';
import type { Measure } from './types';
import { heapMb, inTurn, longTasks, slowest, typedPass, workerHeapMb } from './page-tools';
import { foreignCounts } from '../../../renderer/src/db/repositories/foreign-repository';
import { getEntry } from '../../../renderer/src/db/repositories/entry-repository';
import { getRegister } from '../../../renderer/src/db/repositories/register-repository';

const r0 = Math.round;
const LIMIT = 200;


/** What an archivist types, letter by letter from the third (54 queries). */
const PHRASES = ['quyết định thành lập', 'ke hoach trien khai', 'so noi vu', 'ubnd tinh', 'báo cáo'];
const TYPED = PHRASES.flatMap((p) => Array.from({ length: p.length - 2 }, (_, i) => p.slice(0, i + 3)));
/** The first search after opening (opens the scopes), sharing no word with the typed ones. */
const OPENING = 'xyz';

async function openApi(archiveId: string): Promise<{ db: LuutruDb; api: UpperLevelApi }> {
  const db = new LuutruDb(DB_NAME);
  await db.open();
  return { db, api: indexedDbUpperApi(db, { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên' }, { unitId: archiveId, operator: OPERATOR }) };
}

/** A reload as far as the search sees it: the index worker goes (a new one starts on the next call). */
function restartWorker(): void {
  indexClient().dispose();
}

/** Drops the persisted indexes (the index worker first, so their database is not held open). */
async function dropIndexes(): Promise<void> {
  restartWorker();
  await Dexie.delete(indexDbName(DB_NAME));
}

async function bareRead(db: LuutruDb): Promise<{ ms: number; entries: number; heapMb: number | null }> {
  const t0 = performance.now();
  const live = await searchableEntries(db);
  const ms = performance.now() - t0;
  // Taken while the entries are still held (what holding them all costs).
  const heap = await heapMb();
  return { ms, entries: live.length, heapMb: heap };
}

/** The search this one replaces: every entry read on the main thread, a row per entry in a map, FlexSearch in its worker. */
async function inMemorySearch(db: LuutruDb): Promise<{ buildMs: number; search(q: string): Promise<SearchHit[] | null>; heapMb: number | null; dispose(): void }> {
  const t0 = performance.now();
  const client = new SearchClient();
  const byId = new Map<string, SearchHit>();
  const live = await searchableEntries(db);
  for (const d of live) byId.set(d.id, hitOf(d));
  await client.build(live.map((d) => ({ id: d.id, text: 'arrivalNumber' in d ? incomingSearchText(d) : outgoingSearchText(d) })));
  const search = async (q: string) => (await client.search(q, { limit: LIMIT }))?.map((id) => byId.get(id)!) ?? null;
  await search('ke hoach');
  const buildMs = performance.now() - t0;
  return { buildMs, search, heapMb: await heapMb(), dispose: () => client.dispose() };
}

async function firstSearch(api: UpperLevelApi): Promise<{ ms: number; hits: number; progressEvents: number; heapMb: number | null; indexWorkerHeapMb: number | null }> {
  let progressEvents = 0;
  const t0 = performance.now();
  const hits = await api.search('ke hoach', { limit: LIMIT }, (p) => p.stage === 'index' && progressEvents++);
  const ms = performance.now() - t0;
  return { ms, hits: hits?.length ?? 0, progressEvents, heapMb: await heapMb(), indexWorkerHeapMb: await workerHeapMb('luutru-index') };
}

function firstMeasure(records: number, label: string, large: boolean): Measure {
  return {
    name: `upper-search-first-${label}`,
    unit: 'ms (first search, indexes built)',
    large,
    maxRepeats: large ? 1 : 2,
    async run(round) {
      const { archiveId } = await ensureImported(records);
      const { db, api } = await openApi(archiveId);
      await dropIndexes();
      const heapBeforeMb = await heapMb();
      const { ours, base } = await inTurn(round, () => firstSearch(api), () => bareRead(db));
      api.closeSearch();
      let old: Record<string, unknown> = {};
      if (round === 0) {
        const mem = await inMemorySearch(db);
        old = { oldFirstSearchMs: r0(mem.buildMs), oldHeapAfterMb: mem.heapMb };
        mem.dispose();
      }
      db.close();
      return {
        value: ours.ms,
        baseline: base.ms,
        extra: { records, entries: base.entries, hits: ours.hits, progressEvents: ours.progressEvents, heapBeforeMb, heapAfterMb: ours.heapMb, indexWorkerHeapMb: ours.indexWorkerHeapMb, baselineHeapAfterMb: base.heapMb, goalHeapMb: 300, ...old },
      };
    },
  };
}

function p95Measure(records: number, label: string, large: boolean): Measure {
  return {
    name: `upper-search-p95-${label}`,
    unit: `ms (p95 of ${TYPED.length} typed queries, first time each)`,
    large,
    maxRepeats: large ? 1 : 2,
    async run(round) {
      const { archiveId } = await ensureImported(records);
      const { db, api } = await openApi(archiveId);
      // Built (or loaded) untimed: the first search is the measure above's.
      await api.search('ke hoach', { limit: LIMIT });
      let hits = 0;
      let baselineHits = 0;
      const ours = async () => {
        // As after opening the app: a new index worker, the scopes opened by a first search, no term page read yet.
        api.closeSearch();
        restartWorker();
        await api.search(OPENING, { limit: LIMIT });
        // Each answer in two: the hits found (the index worker's one call), the rest (the rows read on the page).
        const client = indexClient();
        const firsts = client.firsts.bind(client);
        const finds: number[] = [];
        client.firsts = async (...args) => {
          const t0 = performance.now();
          const r = await firsts(...args);
          finds.push(performance.now() - t0);
          return r;
        };
        const first = await typedPass(TYPED, async (q) => {
          hits += (await api.search(q, { limit: LIMIT }))?.length ?? 0;
        });
        client.firsts = firsts;
        if (finds.length !== first.length) throw new Error(`${finds.length} index calls for ${first.length} queries`);
        const rest = first.map((t, i) => t - finds[i]!);
        // The same queries again: their term pages are in the worker's cache now.
        const again = await typedPass(TYPED, (q) => api.search(q, { limit: LIMIT }));
        return { first, finds, rest, again, heapMb: await heapMb(), indexWorkerHeapMb: await workerHeapMb('luutru-index') };
      };
      const theirs = async () => {
        const mem = await inMemorySearch(db);
        const times = await typedPass(TYPED, async (q) => {
          baselineHits += (await mem.search(q))?.length ?? 0;
        });
        mem.dispose();
        return times;
      };
      const { ours: o, base } = await inTurn(round, ours, theirs);
      api.closeSearch();
      db.close();
      return {
        value: percentile(o.first, 95),
        baseline: percentile(base, 95),
        extra: {
          records,
          queries: TYPED.length,
          medianMs: r1(percentile(o.first, 50)),
          maxMs: r0(Math.max(...o.first)),
          slowest: slowest(TYPED, o.first),
          findP95Ms: r1(percentile(o.finds, 95)),
          restP95Ms: r1(percentile(o.rest, 95)),
          slowestFinds: slowest(TYPED, o.finds),
          againP95Ms: r1(percentile(o.again, 95)),
          againMaxMs: r0(Math.max(...o.again)),
          baselineMedianMs: r1(percentile(base, 50)),
          hits,
          baselineHits,
          heapAfterMb: o.heapMb,
          indexWorkerHeapMb: o.indexWorkerHeapMb,
          goalMs: 50,
        },
      };
    },
  };
}

function reopenMeasure(records: number, label: string, large: boolean): Measure {
  return {
    name: `upper-search-reopen-${label}`,
    unit: 'ms (first search after a reload)',
    large,
    maxRepeats: large ? 1 : 3,
    async run(round) {
      const { archiveId } = await ensureImported(records);
      const { db, api } = await openApi(archiveId);
      // Built once (the first round, if the measures before did not leave them).
      await api.search('ke hoach', { limit: LIMIT });
      api.closeSearch();
      restartWorker();
      const { ours, base } = await inTurn(round, () => firstSearch(api), () => bareRead(db));
      api.closeSearch();
      db.close();
      return { value: ours.ms, baseline: base.ms, extra: { records, hits: ours.hits, rebuilt: ours.progressEvents > 0 ? 1 : 0, heapAfterMb: ours.heapMb, baselineHeapAfterMb: base.heapMb } };
    },
  };
}

/**
 * upper-open-hit-<size>: a hit of the consolidated search opened in the entry drawer
 * (UpperSearch's OpenedEntry): the entry read through its unit's directory, and its register.
 * Baseline, same round, before or after ours by round: the same reads through every unit's
 * directory of entries, as the drawer read them before (2026-12-01). The hit is of the middle
 * unit, the longest task of ours is reported.
 */
function openHitMeasure(records: number, label: string, large: boolean): Measure {
  return {
    name: `upper-open-hit-${label}`,
    unit: 'ms (a hit opened: its entry and register)',
    large,
    maxRepeats: large ? 1 : 3,
    async run(round) {
      const { archiveId } = await ensureImported(records);
      const { db, api } = await openApi(archiveId);
      const origins = [...(await foreignCounts(db, 'incomingDocs')).keys()].sort();
      const origin = origins[Math.floor(origins.length / 2)]!;
      const hits = (await api.search('ke hoach', { origin, limit: LIMIT })) ?? [];
      const hit = hits[hits.length - 1];
      if (!hit) throw new Error('no hit to open');
      const open = async (withUnit: boolean) => {
        const tasks = longTasks();
        const t0 = performance.now();
        const entry = await getEntry(db, hit.id, withUnit ? hit.origin : undefined);
        const register = entry && (await getRegister(db, entry.registerId));
        const t1 = performance.now();
        await tasks.stop();
        if (!entry || !register || entry.origin !== origin) throw new Error(`the hit ${hit.id} was not read`);
        return { ms: t1 - t0, longest: tasks.longestWithin([[t0, t1]]) };
      };
      const { ours, base } = await inTurn(round, () => open(true), () => open(false));
      api.closeSearch();
      db.close();
      return {
        value: ours.ms,
        baseline: base.ms,
        extra: { records, units: origins.length, longestTaskMs: r0(ours.longest.ms), longestTaskScripts: ours.longest.scripts, baselineLongestTaskMs: r0(base.longest.ms), goalMs: 1000, goalLongestTaskMs: 100 },
      };
    },
  };
}

export const upperSearchMeasures = (records: number, label: string, large: boolean): Measure[] => [firstMeasure(records, label, large), p95Measure(records, label, large), reopenMeasure(records, label, large), openHitMeasure(records, label, large)];
