/**
 * Scrolling the slip list of a 20,000-slip job (the app's SlipList: windowed reads by index range
 * from IndexedDB) from top to bottom and back in steps of one screen per frame, with a
 * PerformanceObserver counting long tasks (> 50 ms) and the longest gap between frames. Baseline,
 * same run: the registers' virtual table (EntryTable) over the same 20,000 rows held in memory.
 * Value: long tasks while scrolling (goal 0).
 */
import { createRoot, type Root } from 'react-dom/client';
import { BenchFrame } from './frame';
import { I18nextProvider } from 'react-i18next';
import { LuutruDb } from '../../../renderer/src/db/schema';
import { DbProvider, SessionProvider } from '../../../renderer/src/db/context';
import { completeSetup, listFonds } from '../../../renderer/src/db/repositories/unit-repository';
import { saveJob } from '../../../renderer/src/db/repositories/processing-repository';
import { SlipList } from '../../../renderer/src/features/processing/SlipList';
import { EntryTable } from '../../../renderer/src/features/registers/EntryTable';
import { initI18n } from '../../../renderer/src/i18n';
import { newId } from '../../../renderer/src/core/ids';
import type { Dossier } from '../../../renderer/src/core/dossiers/types';
import { pick, seededRng, vocab } from '../../fixtures/generate';
import { thuyHaiSetup } from '../../fixtures/setup-input';
import type { Measure } from './types';

const SLIPS = 20_000;
const frame = () => new Promise<number>((ok) => requestAnimationFrame(ok));

/** Scrolls the element top to bottom and back, a screen per frame; long tasks and the worst frame gap. */
async function scrollThrough(find: () => HTMLElement | null): Promise<{ longTasks: number; longest: number; worstFrame: number; frames: number }> {
  let el: HTMLElement | null = null;
  for (let i = 0; i < 200 && !(el = find()); i++) await new Promise((ok) => setTimeout(ok, 50));
  if (!el) throw new Error('list not rendered');
  await new Promise((ok) => setTimeout(ok, 500));
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  let last = await frame();
  let worst = 0;
  let frames = 0;
  const step = el.clientHeight;
  for (const down of [true, false]) {
    const target = down ? el.scrollHeight : 0;
    while (down ? el.scrollTop + el.clientHeight < target - 1 : el.scrollTop > 0) {
      el.scrollTop += down ? step : -step;
      const now = await frame();
      worst = Math.max(worst, now - last);
      last = now;
      frames++;
    }
  }
  // Let the last window read land before counting.
  await new Promise((ok) => setTimeout(ok, 300));
  observer.disconnect();
  return { longTasks: tasks.length, longest: Math.round(Math.max(0, ...tasks)), worstFrame: Math.round(worst), frames };
}

const scroll: Measure = {
  name: 'processing-slip-list-scroll-20k',
  unit: 'long tasks while scrolling',
  // One round is ≈ 2,800 frames each side and three minutes on this shared machine.
  maxRepeats: 1,
  async run() {
    const name = 'bench-slip-scroll';
    await LuutruDb.delete(name);
    const db = new LuutruDb(name);
    await db.open();
    const unit = await completeSetup(db, thuyHaiSetup, new Date(2026, 10, 20));
    const session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
    const fondsId = (await listFonds(db, unit.id))[0]!.id;
    const job = await saveJob(db, session, { unitId: unit.id, fondsId, name: 'Đợt lớn', receivedMetres: 400, processedMetres: 0, discardedMetres: 0, status: 'open', note: '', intakeDate: '2026-01-05' }, '2026-11-20');
    const rng = seededRng(21);
    const slips: Dossier[] = Array.from({ length: SLIPS }, (_, i) => ({
      id: newId(), origin: unit.id, clock: `000000000000001.${String(i).padStart(6, '0')}`, deleted: false, changedBy: 'bench',
      unitId: unit.id, fondsId, jobId: job.id, source: 'backlog', tempNumber: i + 1, position: i + 1, heading: 'I. Tổng hợp', headingCode: '', notation: '',
      title: `Hồ sơ ${pick(rng, vocab.topics)} thôn ${pick(rng, vocab.hamlets)}`, year: 2000, startDate: '2000-01-01', endDate: '2000-12-31', startPrecision: 'year', endPrecision: 'year',
      retention: 10, keeper: '', status: 'open', access: 'open', language: 'Tiếng Việt', condition: '', note: '', sheetCount: 30,
    }));
    for (let i = 0; i < slips.length; i += 5000) await db.dossiers.bulkAdd(slips.slice(i, i + 5000));
    const i18n = await initI18n('vi');
    const host = document.createElement('div');
    host.style.width = '1200px';
    document.body.appendChild(host);
    let root: Root = createRoot(host);
    root.render(
      <I18nextProvider i18n={i18n}>
        <BenchFrame>
          <DbProvider db={db}>
            <SessionProvider session={session}>
              <SlipList job={job} height={700} />
            </SessionProvider>
          </DbProvider>
        </BenchFrame>
      </I18nextProvider>,
    );
    const ours = await scrollThrough(() => host.querySelector<HTMLElement>('[data-testid="slip-list-body"]'));
    root.unmount();
    root = createRoot(host);
    root.render(
      <I18nextProvider i18n={i18n}>
        <EntryTable count={slips.length} rowAt={(i) => slips[i]} onRange={() => undefined} height={700} empty="" onOpen={() => undefined} columns={[{ key: 't', title: 'Số phiếu', width: 80, render: (d) => d.tempNumber }, { key: 'title', title: 'Tiêu đề', width: { min: 300, grow: 1 }, render: (d) => d.title }, { key: 'p', title: 'Thời gian', width: 150, render: () => '2000' }]} />
      </I18nextProvider>,
    );
    const base = await scrollThrough(() => host.querySelector<HTMLElement>('.entry-table [aria-label]'));
    root.unmount();
    host.remove();
    db.close();
    await LuutruDb.delete(name);
    return { value: ours.longTasks, baseline: base.longTasks, extra: { goal: 0, longestTaskMs: ours.longest, worstFrameMs: ours.worstFrame, frames: ours.frames, baselineLongestTaskMs: base.longest, baselineWorstFrameMs: base.worstFrame, slips: SLIPS } };
  },
};

export const processingScrollMeasures: Measure[] = [scroll];
