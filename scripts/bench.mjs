// npm run bench: builds the bench page, runs every measure in real Chromium (fresh
// on-disk profile) and prints one JSON line per measure: figure, same-run baseline, ratio.
// Then the Node part: the province archive on PostgreSQL (PGlite and a private server;
// test/bench/node/archive-bench.ts), same line format, measure and baseline interleaved and
// repeated (BENCH_REPEATS). Filter with: npm run bench -- <substring> (e.g. "archive").
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from './serve.mjs';

const filter = process.argv[2] ?? '';
execFileSync('npx', ['vite', 'build', '--config', 'test/bench/vite.config.ts'], { stdio: 'inherit' });
const chromiumPath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromiumPath) throw new Error('Chromium not found: apt-get install -y chromium');
const { url, close } = await serveDist({ dir: 'dist-bench', port: 0 });
const profile = mkdtempSync(join(tmpdir(), 'luutru-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(0);
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const names = (await page.evaluate(() => globalThis.luutruBench.names())).filter((n) => n.includes(filter));
  for (const name of names) {
    try {
      const r = await page.evaluate((n) => globalThis.luutruBench.run(n), name);
      const ratio = r.baseline > 0 ? r.value / r.baseline : null;
      const line = { measure: r.name, value: round(r.value), baseline: round(r.baseline), unit: r.unit, ratio: ratio === null ? null : round(ratio, 3), budget: r.budget, withinBudget: r.budget === null || ratio === null ? null : ratio <= r.budget, ...r.extra };
      console.log(JSON.stringify(line));
    } catch (e) {
      failed = true;
      console.log(JSON.stringify({ measure: name, error: String(e) }));
    }
  }
} finally {
  await context.close();
  await close();
  rmSync(profile, { recursive: true, force: true });
}
// The Node part: only when a measure of it matches the filter.
const NODE_MEASURES = ['archive-import-1m-pglite', 'archive-search-p95-1m-pglite', 'archive-import-1m-postgres', 'archive-search-p95-1m-postgres'];
if (NODE_MEASURES.some((n) => n.includes(filter))) {
  execFileSync('npx', ['vite', 'build', '--config', 'test/bench/node/vite.config.ts'], { stdio: 'inherit' });
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', 'dist-bench-node/archive-bench.mjs', filter], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;

function round(v, digits = 1) {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
