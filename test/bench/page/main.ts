/**
 * Bench page entry: exposes the measures to the runner (scripts/bench.mjs). Each measure is
 * run in `repeats` rounds, each round its figure and its baseline interleaved; the page
 * returns one JSON line (stats.ts `line`): medians, runs, spread, ratio on the medians.
 * Numeric extras are the median over the rounds that gave them; others are the last round's.
 */
import { foundationMeasures } from './measures-foundation';
import { bundleMeasures } from './measures-bundle';
import { searchMeasures } from './measures-search';
import { registerMeasures } from './measures-registers';
import { backupMeasures } from './measures-backup';
import { registerImportMeasures } from './measures-register-import';
import { processingMeasures } from './measures-processing';
import { processingScrollMeasures } from './measures-processing-scroll';
import { registerOpenMeasures } from './measures-register-open';
import { upperMeasures } from './measures-upper';
import { dossiersOpenMeasures } from './measures-dossiers-open';
import { archiveSearchMeasures } from './measures-archive-search';
import { formTypingMeasures } from './measures-form-typing';
import { bundleCheckMeasures } from './measures-bundle-check';
import { line, median } from '../stats';
import type { Measure } from './types';

const measures: Measure[] = [
  ...foundationMeasures,
  ...bundleMeasures,
  ...bundleCheckMeasures,
  ...registerMeasures,
  ...registerImportMeasures,
  ...searchMeasures,
  ...backupMeasures,
  ...processingMeasures,
  ...processingScrollMeasures,
  ...registerOpenMeasures,
  ...upperMeasures,
  ...dossiersOpenMeasures,
  ...archiveSearchMeasures,
  ...formTypingMeasures,
];

function mergeExtras(rounds: readonly Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(rounds.flatMap((r) => Object.keys(r)))) {
    const values = rounds.map((r) => r[key]).filter((v) => v !== undefined);
    out[key] = values.every((v) => typeof v === 'number') ? Math.round(median(values as number[]) * 10) / 10 : values.at(-1);
  }
  return out;
}

(globalThis as unknown as { luutruBench: unknown }).luutruBench = {
  names: (large: boolean) => measures.filter((m) => large || !m.large).map((m) => m.name),
  async run(name: string, repeats: number) {
    const m = measures.find((x) => x.name === name);
    if (!m) throw new Error(`unknown measure ${name}`);
    const rounds = Math.max(1, Math.min(repeats, m.maxRepeats ?? repeats));
    const values: number[] = [];
    const baselines: number[] = [];
    const extras: Record<string, unknown>[] = [];
    for (let r = 0; r < rounds; r++) {
      const result = await m.run(r);
      values.push(result.value);
      baselines.push(result.baseline);
      extras.push(result.extra ?? {});
    }
    return line(m.name, m.unit, values, baselines, m.budget ?? null, { rounds, ...mergeExtras(extras) });
  },
};
document.getElementById('status')!.textContent = 'ready';
