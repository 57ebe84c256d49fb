/**
 * Opening the upper level after an import of 200k (1M with BENCH_LARGE=1) records from
 * 20,000-entry commune bundles (measures-bundle-import.ts leaves them in the app's database):
 * the app's UpperLevelPage with the app's providers and its IndexedDB seam, timed from
 * render to the first painted row of the units' list, the longest main-thread task until
 * then and over the next 2 s, and the JS heap after (garbage collected first; page still
 * open). Baseline, same round, alternating which goes first: the same page whose seam
 * answers the overview, holdings and names from memory (what painting the page costs with
 * no reading). The consolidated search has its own measures (measures-upper-search.ts).
 */
import { createRoot } from 'react-dom/client';
import { BenchFrame } from './frame';
import { I18nextProvider } from 'react-i18next';
import type { LuutruDb } from '../../../renderer/src/db/schema';
import { DbProvider, SessionProvider } from '../../../renderer/src/db/context';
import { PlatformProvider } from '../../../renderer/src/platform/context';
import { browserPlatform } from '../../../renderer/src/platform/browser';
import { UpperApiProvider } from '../../../renderer/src/upper-api/context';
import { indexedDbUpperApi } from '../../../renderer/src/upper-api/indexeddb';
import type { UpperLevelApi } from '../../../renderer/src/upper-api/types';
import { UpperLevelPage } from '../../../renderer/src/features/upper-level/UpperLevelPage';
import { initI18n } from '../../../renderer/src/i18n';
import { appDb, bundleImportMeasures, ensureImported, OPERATOR } from './measures-bundle-import';
import { upperSearchMeasures } from './measures-upper-search';
import type { Measure } from './types';
import { heapMb, longTasks, sleep } from './page-tools';

const frame = () => new Promise<number>((ok) => requestAnimationFrame(ok));
const r0 = Math.round;


/** A seam answering the page's three overview reads from memory (the baseline). */
function memoryApi(real: UpperLevelApi, data: { overview: unknown; holdings: unknown; names: unknown }): UpperLevelApi {
  return {
    ...real,
    overview: async () => data.overview as never,
    holdings: async () => data.holdings as never,
    unitNames: async () => data.names as never,
    watch(query, onValue, onError) {
      query().then(onValue, onError);
      return () => undefined;
    },
  };
}

type Opened = { firstRowMs: number; longestTaskMs: number; settleLongestTaskMs: number; settle: string; heapMb: number | null; rowText: string; slowestRead: string };

/**
 * The seam with each read timed from its call to its answer: the slowest read until the first
 * row, named (an opening much slower than the others is then told apart: the page's own work, or
 * the database answering late).
 */
function timedApi(real: UpperLevelApi, reads: { name: string; ms: number }[]): UpperLevelApi {
  const timed =
    <A extends unknown[], R>(name: string, f: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      const t0 = performance.now();
      try {
        return await f(...a);
      } finally {
        reads.push({ name, ms: performance.now() - t0 });
      }
    };
  return {
    ...real,
    overview: timed('overview', real.overview.bind(real)),
    holdings: timed('holdings', real.holdings.bind(real)),
    unitNames: timed('unitNames', real.unitNames.bind(real)),
    watch(query, onValue, onError) {
      return real.watch(timed('watched read', query), onValue, onError);
    },
  };
}

/** Renders the page, waits for its first painted row, lets it settle 2 s, reads the heap, unmounts. */
async function openPage(db: LuutruDb, api: UpperLevelApi, archiveId: string): Promise<Opened> {
  const i18n = await initI18n('vi');
  const host = document.createElement('div');
  host.style.width = '1366px';
  document.body.appendChild(host);
  const tasks = longTasks();
  const root = createRoot(host);
  const reads: { name: string; ms: number }[] = [];
  api = timedApi(api, reads);
  const t0 = performance.now();
  root.render(
    <PlatformProvider api={browserPlatform}>
      <DbProvider db={db}>
        <I18nextProvider i18n={i18n}>
          <BenchFrame>
            <SessionProvider session={{ unitId: archiveId, operator: OPERATOR }}>
              <UpperApiProvider api={api}>
                <UpperLevelPage />
              </UpperApiProvider>
            </SessionProvider>
          </BenchFrame>
        </I18nextProvider>
      </DbProvider>
    </PlatformProvider>,
  );
  let row: Element | null = null;
  while (!(row = host.querySelector('[data-testid="upper-origins"] .ant-table-row'))) {
    await frame();
    if (performance.now() - t0 > 600_000) throw new Error('the units list did not appear in 10 minutes');
  }
  // The frame after the row is in the document: it has been painted.
  const painted = await frame();
  const firstRowMs = painted - t0;
  const slowest = reads.reduce<{ name: string; ms: number } | undefined>((a, r) => (!a || r.ms > a.ms ? r : a), undefined);
  const slowestRead = slowest ? `${slowest.name} ${Math.round(slowest.ms)} ms (of ${reads.length} reads answered by the first row)` : 'none';
  await sleep(2000);
  await tasks.stop();
  const before = tasks.longestWithin([[t0, painted]]);
  const after = tasks.longestWithin([[painted, Infinity]]);
  const settle = `longest frame: style and layout ${after.layoutMs} ms; scripts ${after.scripts || 'not named'}`;
  const heap = await heapMb();
  const rowText = row.textContent ?? '';
  root.unmount();
  host.remove();
  return { firstRowMs, longestTaskMs: before.ms, settleLongestTaskMs: after.ms, settle, heapMb: heap, rowText, slowestRead };
}

function openMeasure(records: number, label: string, large: boolean): Measure {
  let memory: { overview: unknown; holdings: unknown; names: unknown } | undefined;
  /** Each round's first row and slowest read (the line keeps the last round's text: every round's is in it). */
  const roundsRead: string[] = [];
  return {
    name: `upper-open-${label}`,
    unit: 'ms (first row painted)',
    large,
    maxRepeats: 3,
    async run(round) {
      const { archiveId } = await ensureImported(records);
      const db = await appDb();
      const api = indexedDbUpperApi(db, { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên' }, { unitId: archiveId, operator: OPERATOR });
      if (round === 0) {
        memory = undefined;
        roundsRead.length = 0;
      }
      memory ??= { overview: await api.overview(new Date()), holdings: await api.holdings(), names: await api.unitNames() };
      // An untimed open first: the components' styles are generated once per page load (as the
      // app's other screens have done before a clerk opens this one), so neither side measured
      // pays that alone — in one round, the side opened first did.
      if (round === 0) await openPage(db, memoryApi(api, memory), archiveId);
      const heapBeforeMb = await heapMb();
      let ours: Opened | undefined;
      let base: Opened | undefined;
      if (round % 2 === 0) {
        ours = await openPage(db, api, archiveId);
        base = await openPage(db, memoryApi(api, memory), archiveId);
      } else {
        base = await openPage(db, memoryApi(api, memory), archiveId);
        ours = await openPage(db, api, archiveId);
      }
      if (!/Văn bản đến/.test(ours.rowText)) throw new Error(`the units list shows no counts: ${ours.rowText.slice(0, 200)}`);
      roundsRead.push(`round ${round + 1}: first row ${r0(ours.firstRowMs)} ms, slowest read ${ours.slowestRead}`);
      return {
        value: ours.firstRowMs,
        baseline: base.firstRowMs,
        extra: {
          records,
          longestTaskMs: r0(ours.longestTaskMs),
          settleLongestTaskMs: r0(ours.settleLongestTaskMs),
          settleLongestTask: ours.settle,
          slowestReads: roundsRead.join('; '),
          heapBeforeMb,
          heapAfterMb: ours.heapMb,
          baselineLongestTaskMs: r0(base.longestTaskMs),
          baselineHeapAfterMb: base.heapMb,
          goalMs: 1000,
          goalHeapMb: 300,
        },
      };
    },
  };
}

const [import200k, import1m] = bundleImportMeasures as [Measure, Measure];
export const upperMeasures: Measure[] = [
  import200k,
  openMeasure(200_000, '200k', false),
  ...upperSearchMeasures(200_000, '200k', false),
  import1m,
  openMeasure(1_000_000, '1m', true),
  ...upperSearchMeasures(1_000_000, '1m', true),
];
