/**
 * Opening the dossier page on a fonds of 20,000 dossiers in this year's plan, each with three
 * documents listed: the app's DossiersPage with the app's providers, timed from render to the
 * first painted row of the list, the longest main-thread task until then and over the next 2 s,
 * and the JS heap after (garbage collected first; page still open). Baseline, same round,
 * alternating which goes first: a bare indexed read of the first 50 dossiers of the year
 * (`[fondsId+year]`, limit 50) — the least any list could do before showing a row. Also the same
 * page opened on a fonds with no dossier (its empty list): what the page costs with nothing to read.
 */
import { createRoot } from 'react-dom/client';
import { BenchFrame } from './frame';
import { I18nextProvider } from 'react-i18next';
import { LuutruDb } from '../../../renderer/src/db/schema';
import { DbProvider, SessionProvider } from '../../../renderer/src/db/context';
import { PlatformProvider } from '../../../renderer/src/platform/context';
import { browserPlatform } from '../../../renderer/src/platform/browser';
import { completeSetup, listFonds } from '../../../renderer/src/db/repositories/unit-repository';
import { DossiersPage } from '../../../renderer/src/features/dossiers/DossiersPage';
import { initI18n } from '../../../renderer/src/i18n';
import { thuyHaiSetup } from '../../fixtures/setup-input';
import { seedDossiers } from '../../fixtures/dossier-seed';
import type { Measure } from './types';
import { heapMb, sleep } from './page-tools';

const frame = () => new Promise<number>((ok) => requestAnimationFrame(ok));
const r0 = Math.round;
const OPERATOR = 'Nguyễn Thị Lan';
/** A row of the list, before (antd table) and after (windowed list) the list read windows. */
const ROW = '[data-testid="dossier-table"] .ant-table-row, [data-testid="dossier-row"]';


type Opened = { firstRowMs: number; longestTaskMs: number; settleLongestTaskMs: number; heapMb: number | null };

async function openPage(db: LuutruDb, unitId: string, ready = ROW): Promise<Opened> {
  const i18n = await initI18n('vi');
  const host = document.createElement('div');
  host.style.width = '1366px';
  document.body.appendChild(host);
  const tasks: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  });
  observer.observe({ type: 'longtask' });
  const root = createRoot(host);
  const t0 = performance.now();
  root.render(
    <PlatformProvider api={browserPlatform}>
      <DbProvider db={db}>
        <I18nextProvider i18n={i18n}>
          <BenchFrame>
            <SessionProvider session={{ unitId, operator: OPERATOR }}>
              <DossiersPage />
            </SessionProvider>
          </BenchFrame>
        </I18nextProvider>
      </DbProvider>
    </PlatformProvider>,
  );
  while (!host.querySelector(ready)?.textContent) {
    await frame();
    if (performance.now() - t0 > 600_000) throw new Error('the dossier list did not show a row in 10 minutes');
  }
  const painted = await frame();
  await sleep(2000);
  for (const e of observer.takeRecords()) tasks.push({ start: e.startTime, duration: e.duration });
  observer.disconnect();
  const longest = (from: number, to: number) => Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
  const heap = await heapMb();
  root.unmount();
  host.remove();
  return { firstRowMs: painted - t0, longestTaskMs: longest(t0, painted), settleLongestTaskMs: longest(painted, Infinity), heapMb: heap };
}

function dossiersOpen(count: number, label: string): Measure {
  let seeded: { db: LuutruDb; unitId: string; fondsId: string; seedMs: number; empty: LuutruDb; emptyUnitId: string } | undefined;
  return {
    name: `dossiers-open-${label}`,
    unit: 'ms (first row painted)',
    maxRepeats: 3,
    async run(round) {
      const year = new Date().getFullYear();
      if (!seeded) {
        const name = `bench-dossiers-open-${label}`;
        await LuutruDb.delete(name);
        const db = new LuutruDb(name);
        await db.open();
        const unit = await completeSetup(db, thuyHaiSetup, new Date(year, 0, 5));
        const fondsId = (await listFonds(db, unit.id))[0]!.id;
        const t0 = performance.now();
        const dossiers = seedDossiers({ unitId: unit.id, fondsId, years: [year], perYear: count, deletedEvery: 50, closedEvery: 3 });
        for (let i = 0; i < dossiers.length; i += 5000) await db.dossiers.bulkAdd(dossiers.slice(i, i + 5000));
        for (let i = 0; i < dossiers.length; i += 2000) {
          const docs = dossiers.slice(i, i + 2000).flatMap((d, k) =>
            [1, 2, 3].map((position) => ({
              id: `${d.id}-doc-${position}`, origin: unit.id, clock: `000000000000002.${String(i + k).padStart(6, '0')}`, deleted: false, changedBy: OPERATOR,
              unitId: unit.id, fondsId, dossierId: d.id, position, number: `${position + k}/QĐ-UBND`, date: `${year}-0${position}-1${position}`, author: 'UBND xã Thụy Hải', summary: `Quyết định về việc ${d.title.toLowerCase()}`, note: '',
            })),
          );
          await db.dossierDocs.bulkAdd(docs as never);
        }
        const seedMs = performance.now() - t0;
        await LuutruDb.delete(`${name}-empty`);
        const empty = new LuutruDb(`${name}-empty`);
        await empty.open();
        const emptyUnit = await completeSetup(empty, thuyHaiSetup, new Date(year, 0, 5));
        seeded = { db, unitId: unit.id, fondsId, seedMs, empty, emptyUnitId: emptyUnit.id };
      }
      const { db, unitId, fondsId } = seeded;
      const heapBeforeMb = await heapMb();
      const bare = async () => {
        const t0 = performance.now();
        const rows = await db.dossiers.where('[fondsId+year]').between([fondsId, year], [fondsId, year], true, true).limit(50).toArray();
        if (rows.length !== 50) throw new Error('bare read found no rows');
        await frame();
        return performance.now() - t0;
      };
      let ours: Opened;
      let base: number;
      if (round % 2 === 0) {
        ours = await openPage(db, unitId);
        base = await bare();
      } else {
        base = await bare();
        ours = await openPage(db, unitId);
      }
      const bare0 = await openPage(seeded.empty, seeded.emptyUnitId, '[data-testid="dossier-table"] .ant-empty');
      return {
        value: ours.firstRowMs,
        baseline: base,
        extra: {
          dossiers: count,
          documents: count * 3,
          longestTaskMs: r0(ours.longestTaskMs),
          settleLongestTaskMs: r0(ours.settleLongestTaskMs),
          heapBeforeMb,
          heapAfterMb: ours.heapMb,
          emptyPageShownMs: r0(bare0.firstRowMs),
          emptyPageLongestTaskMs: r0(bare0.longestTaskMs),
          seedMs: r0(seeded.seedMs),
          goalMs: 1000,
          goalLongestTaskMs: 100,
        },
      };
    },
  };
}

export const dossiersOpenMeasures: Measure[] = [dossiersOpen(20_000, '20k')];
