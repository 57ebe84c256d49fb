/** Bench page entry: exposes the measures to the runner (scripts/bench.mjs). */
import { foundationMeasures } from './measures-foundation';
import { bundleMeasures } from './measures-bundle';
import { searchMeasures } from './measures-search';
import { registerMeasures } from './measures-registers';
import { backupMeasures } from './measures-backup';
import { registerImportMeasures } from './measures-register-import';
import { processingMeasures } from './measures-processing';
import { processingScrollMeasures } from './measures-processing-scroll';
import { registerOpenMeasures } from './measures-register-open';
import type { Measure } from './types';

const measures: Measure[] = [...foundationMeasures, ...bundleMeasures, ...registerMeasures, ...registerImportMeasures, ...searchMeasures, ...backupMeasures, ...processingMeasures, ...processingScrollMeasures, ...registerOpenMeasures];

(globalThis as unknown as { luutruBench: unknown }).luutruBench = {
  names: () => measures.map((m) => m.name),
  async run(name: string) {
    const m = measures.find((x) => x.name === name);
    if (!m) throw new Error(`unknown measure ${name}`);
    const r = await m.run();
    return { name: m.name, unit: m.unit, budget: m.budget ?? null, ...r };
  },
};
document.getElementById('status')!.textContent = 'ready';
