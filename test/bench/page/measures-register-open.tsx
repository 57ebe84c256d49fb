/**
 * Opening a large register's list (100k and 1M entries): the register screen's own list hook
 * (useRegisterList: the persisted index in its worker, a window of rows read by number) and
 * table (EntryTable), mounted until its first row shows. The first opening builds the index
 * (reported: build time); the value is the median of later openings (index read back from
 * IndexedDB). Baseline, same run, interleaved with the openings: a raw read of the register's
 * entries through its number index, 10,000 at a time and let go — the least the former screen
 * did before it could show anything (it kept them all, folded every text and built a search
 * index). Also: a text search's answer time, long tasks and heap during the openings, and
 * searching as a clerk types on the open register: the summaries of a few entries typed a
 * character at a time (every keystroke a query to the index worker for the count and the
 * first rows: typedQueryP95Ms), against the same call with nothing typed (listCallP95Ms).
 */
import { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { BenchFrame } from './frame';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { LuutruDb } from '../../../renderer/src/db/schema';
import { DbProvider } from '../../../renderer/src/db/context';
import { completeSetup } from '../../../renderer/src/db/repositories/unit-repository';
import { ensureYearRegisters } from '../../../renderer/src/db/repositories/register-repository';
import { deriveIncoming } from '../../../renderer/src/db/register-derived';
import { INCOMING_FACETS } from '../../../renderer/src/core/registers/entry-index';
import { newId } from '../../../renderer/src/core/ids';
import { EntryTable, incomingColumns } from '../../../renderer/src/features/registers/EntryTable';
import { useRegisterList } from '../../../renderer/src/features/registers/useRegisterList';
import type { IncomingDoc } from '../../../renderer/src/db/register-records';
import { indexClient, type ViewFilter } from '../../../renderer/src/search/persisted/index-client';
import { initI18n } from '../../../renderer/src/i18n';
import { seededRng } from '../../fixtures/generate';
import { generateIncomingDocFields } from '../../fixtures/generate-registers';
import { thuyHaiSetup } from '../../fixtures/setup-input';
import type { Measure } from './types';

const YEAR = 2026;
const REPEATS = 5;

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
const spread = (v: number[]) => Math.round(((Math.max(...v) - Math.min(...v)) / Math.max(1e-9, median(v))) * 100) / 100;
const heapMb = () => {
  const m = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return m ? Math.round(m.usedJSHeapSize / 1e6) : null;
};

/** Keystrokes of a clerk typing the first three words of some summaries: "k", "ke", "ke ", "ke h"… */
function typedQueries(summaries: readonly string[]): string[] {
  const out: string[] = [];
  for (const summary of summaries) {
    const text = summary.split(/\s+/).slice(0, 3).join(' ');
    for (let i = 1; i <= text.length; i++) out.push(text.slice(0, i));
  }
  return out;
}

const p95 = (v: readonly number[]) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor(v.length * 0.95))] ?? 0;

function List({ registerId, filter }: { registerId: string; filter: ViewFilter }) {
  const { t } = useTranslation();
  const scope = useMemo(() => ({ table: 'incomingDocs', registerId }) as const, [registerId]);
  const list = useRegisterList(scope, filter, INCOMING_FACETS);
  const columns = useMemo(() => incomingColumns(t), [t]);
  return (
    <div data-count={list.count ?? ''}>
      <EntryTable<IncomingDoc> count={list.count ?? 0} rowAt={(i) => list.rows.get(i) as IncomingDoc | undefined} onRange={list.showRange} columns={columns} onOpen={() => undefined} empty="" />
    </div>
  );
}

async function until(ok: () => boolean, what: string, limitMs = 600_000): Promise<void> {
  const t0 = performance.now();
  while (!ok()) {
    if (performance.now() - t0 > limitMs) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function registerOpen(entries: number, label: string, large: boolean): Measure {
  return {
    name: `register-open-${label}`,
    unit: 'ms to first row (median of reopenings)',
    // One round already reopens several times, interleaved with its baseline; seeding takes minutes.
    maxRepeats: 1,
    large,
    async run() {
      const name = `bench-register-open-${label}`;
      await LuutruDb.delete(name);
      await new Promise((ok) => (indexedDB.deleteDatabase(`${name}-index`).onsuccess = ok));
      const db = new LuutruDb(name);
      await db.open();
      const unit = await completeSetup(db, thuyHaiSetup, new Date(YEAR, 10, 20));
      const session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
      const register = (await ensureYearRegisters(db, session, YEAR, new Date(YEAR, 10, 20))).find((r) => r.kind === 'incoming')!;
      const rng = seededRng(3);
      const t0 = performance.now();
      for (let from = 0; from < entries; from += 10_000) {
        const chunk = Array.from({ length: Math.min(10_000, entries - from) }, (_, k) => {
          const i = from + k;
          const f = generateIncomingDocFields(rng, i, register.id, YEAR, { today: `${YEAR}-12-31`, perYear: entries });
          return { ...f, ...deriveIncoming(f), id: newId(), origin: unit.id, clock: `000000000000001.${String(i).padStart(7, '0')}`, deleted: false, changedBy: 'bench' };
        });
        await db.incomingDocs.bulkAdd(chunk);
      }
      await db.registers.update(register.id, { lastNumber: entries });
      const seedMs = performance.now() - t0;

      const i18n = await initI18n('vi');
      const host = document.createElement('div');
      host.style.width = '1366px';
      document.body.appendChild(host);
      const mount = async (filter: ViewFilter, want: (el: HTMLElement) => boolean) => {
        const root = createRoot(host);
        const start = performance.now();
        root.render(
          <I18nextProvider i18n={i18n}>
            <BenchFrame>
              <DbProvider db={db}>
                <List registerId={register.id} filter={filter} />
              </DbProvider>
            </BenchFrame>
          </I18nextProvider>,
        );
        await until(() => want(host), 'first row');
        return { ms: performance.now() - start, root };
      };
      const firstRow = (el: HTMLElement) => !!el.querySelector('[data-testid="entry-row"]')?.textContent;
      const all: ViewFilter = { without: ['deleted'] };

      // First opening: the index is built in the worker (rows show once it has answered).
      const first = await mount(all, (el) => firstRow(el) && el.querySelector('[data-count]')?.getAttribute('data-count') === String(entries));
      first.root.unmount();

      const opens: number[] = [];
      const raws: number[] = [];
      const tasks: number[] = [];
      const observer = new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e.duration)));
      const heapBefore = heapMb();
      let heapOpen: number | null = null;
      for (let r = 0; r < (entries > 100_000 ? 3 : REPEATS); r++) {
        observer.observe({ type: 'longtask', buffered: false });
        const o = await mount(all, firstRow);
        observer.disconnect();
        opens.push(o.ms);
        heapOpen = heapMb();
        o.root.unmount();
        const s = performance.now();
        for (let next = 0; ; ) {
          const page = await db.incomingDocs.where('[registerId+arrivalNumber]').between([register.id, next], [register.id, Infinity]).limit(10_000).toArray();
          if (page.length === 0) break;
          next = page[page.length - 1]!.arrivalNumber + 1;
        }
        raws.push(performance.now() - s);
      }
      // A text search over the register, answered by the index (mounted with the query).
      const searches: number[] = [];
      for (const q of ['ubnd huyen', 'ke hoach', 'quyet dinh']) {
        const o = await mount({ ...all, text: q }, (el) => (el.querySelector('[data-count]')?.getAttribute('data-count') ?? '') !== '');
        searches.push(o.ms);
        o.root.unmount();
      }
      // Typing into the search box of the open register: every keystroke is a list call.
      const client = indexClient();
      const { handle } = await client.open(db.name, { kind: 'register', table: 'incomingDocs', registerId: register.id });
      const picked = await db.incomingDocs.where('[registerId+arrivalNumber]').anyOf([7, 1_234, 33_333, 77_777, 98_765, 500_001, 999_999].filter((n) => n <= entries).map((n) => [register.id, n])).toArray();
      const typed: number[] = [];
      const plain: number[] = [];
      let typedHits = 0;
      for (const q of typedQueries(picked.map((d) => d.summary))) {
        const t1 = performance.now();
        const r = await client.list(handle, { ...all, text: q }, { from: 0, to: 40 });
        typed.push(performance.now() - t1);
        typedHits += r.count;
        const t2 = performance.now();
        await client.list(handle, all, { from: 0, to: 40 });
        plain.push(performance.now() - t2);
      }
      await client.release(handle);
      host.remove();
      db.close();
      await LuutruDb.delete(name);
      await new Promise((ok) => (indexedDB.deleteDatabase(`${name}-index`).onsuccess = ok));
      const round = (v: number) => Math.round(v);
      return {
        value: median(opens),
        baseline: median(raws),
        extra: {
          entries,
          firstOpenWithBuildMs: round(first.ms),
          opensMs: opens.map(round),
          openSpread: spread(opens),
          rawReadMs: raws.map(round),
          rawSpread: spread(raws),
          searchMs: searches.map(round),
          typedQueries: typed.length,
          typedQueryP50Ms: round(median(typed)),
          typedQueryP95Ms: round(p95(typed)),
          typedQueryMaxMs: round(Math.max(...typed)),
          typedAvgCount: round(typedHits / Math.max(1, typed.length)),
          listCallP95Ms: round(p95(plain)),
          typedGoalP95Ms: 50,
          longTasksDuringOpens: tasks.length,
          longestTaskMs: round(Math.max(0, ...tasks)),
          heapBeforeMb: heapBefore,
          heapOpenMb: heapOpen,
          seedMs: round(seedMs),
          flaggedSpread: spread(opens) > 0.5 || spread(raws) > 0.5,
        },
      };
    },
  };
}

export const registerOpenMeasures: Measure[] = [registerOpen(100_000, '100k', false), registerOpen(1_000_000, '1m', true)];
