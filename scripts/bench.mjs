// npm run bench: builds the bench page, runs every measure in real Chromium (fresh
// on-disk profile) and prints one JSON line per measure: figure, same-run baseline, ratio.
// Filter with: npm run bench -- <substring>
import { execFileSync } from 'node:child_process';
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
process.exitCode = failed ? 1 : 0;

function round(v, digits = 1) {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
