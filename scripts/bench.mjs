// npm run bench: builds the bench page, runs every measure in real Chromium (fresh
// on-disk profile) and prints one JSON line per measure: medians of the figure and of its
// same-run baseline over BENCH_REPEATS rounds (default 3; a measure may cap its rounds), the
// two interleaved in each round, their runs and spread (flagged when too wide), the ratio of
// the medians, and the seconds the measure took.
// Then the Node part: the province archive on PostgreSQL (PGlite and a private server;
// test/bench/node/archive-bench.ts), same line format.
// BENCH_LARGE=1 adds the measures at a million records (and runs the archive at 1M): tens
// of minutes. Filter with: npm run bench -- <substring>[,<substring>…] (e.g. "archive", "import-1m,upper-open-1m").
// BENCH_PROFILE=<dir>: the page built unminified and each measure's CPU profiles written there,
// one per thread that ran JS (<measure>.<thread>-<n>.cpuprofile, for Chromium's DevTools Performance
// panel): the main thread's and every worker's, helpers started by a worker and workers already
// ended included (most work is in workers). Taken from a trace of the V8 sampler, all threads;
// the tracing slows the run (about twice here), so read the profiles, not the figures, of such a run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from './serve.mjs';

const filter = process.argv[2] ?? '';
const filters = filter.split(',');
const repeats = Number(process.env.BENCH_REPEATS ?? 3);
const large = process.env.BENCH_LARGE === '1';
const profileDir = process.env.BENCH_PROFILE;
execFileSync('npx', ['vite', 'build', '--config', 'test/bench/vite.config.ts'], { stdio: 'inherit' });
const chromiumPath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromiumPath) throw new Error('Chromium not found: apt-get install -y chromium');
const { url, close } = await serveDist({ dir: 'dist-bench', port: 0 });
const profile = mkdtempSync(join(tmpdir(), 'luutru-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
let failed = false;

/**
 * The V8 sampler's profiles in a trace (ProfileChunk events), one .cpuprofile per thread that
 * ran JS, named after the thread (CrRendererMain, DedicatedWorker thread, …) and numbered.
 */
function cpuProfilesOfTrace(trace) {
  const events = trace.traceEvents ?? trace;
  const threads = new Map();
  for (const e of events) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const profiles = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.id}`;
    if (e.name === 'Profile') profiles.set(key, { thread: threads.get(`${e.pid}:${e.tid}`) ?? 'thread', startTime: e.args.data.startTime, nodes: new Map(), samples: [], timeDeltas: [] });
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(key);
    if (!p) continue;
    const cpu = e.args.data.cpuProfile ?? {};
    // The trace leaves out what a .cpuprofile's call frames must have (DevTools reads them).
    for (const n of cpu.nodes ?? []) {
      const f = n.callFrame;
      p.nodes.set(n.id, { id: n.id, callFrame: { functionName: f.functionName ?? '', scriptId: String(f.scriptId ?? 0), url: f.url ?? '', lineNumber: f.lineNumber ?? -1, columnNumber: f.columnNumber ?? -1 }, children: [], parent: n.parent });
    }
    p.samples.push(...(cpu.samples ?? []));
    p.timeDeltas.push(...(e.args.data.timeDeltas ?? []));
  }
  const out = [];
  for (const [i, p] of [...profiles.values()].entries()) {
    if (p.samples.length === 0) continue;
    for (const n of p.nodes.values()) if (n.parent !== undefined) p.nodes.get(n.parent)?.children.push(n.id);
    const nodes = [...p.nodes.values()].map(({ parent: _parent, ...n }) => ({ ...n, hitCount: 0 }));
    const endTime = p.startTime + p.timeDeltas.reduce((a, b) => a + b, 0);
    out.push({ thread: `${p.thread.replace(/[^\w.-]+/g, '_')}-${i}`, profile: { nodes, startTime: p.startTime, endTime, samples: p.samples, timeDeltas: p.timeDeltas } });
  }
  return out;
}
/** Measures whose runs disagree too much to read a ratio from (said again at the end). */
const tooWide = [];
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(0);
  // A worker's JS heap after a full collection, asked by its name (the index worker's at 1M: the
  // page cannot see a worker's heap). Through the browser's DevTools protocol: attach to the
  // worker, collect, read the heap, detach.
  const browserCdp = await context.browser().newBrowserCDPSession();
  let messageId = 0;
  const inWorker = (sessionId, method) =>
    new Promise((ok, fail) => {
      const id = ++messageId;
      const onMessage = (e) => {
        if (e.sessionId !== sessionId) return;
        const m = JSON.parse(e.message);
        if (m.id !== id) return;
        browserCdp.off('Target.receivedMessageFromTarget', onMessage);
        if (m.error) fail(new Error(`${method}: ${m.error.message}`));
        else ok(m.result);
      };
      browserCdp.on('Target.receivedMessageFromTarget', onMessage);
      browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(fail);
    });
  await page.exposeFunction('luutruBenchWorkerHeapMb', async (name) => {
    const { targetInfos } = await browserCdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'worker' && t.title === name);
    if (!worker) return null;
    const { sessionId } = await browserCdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    try {
      await inWorker(sessionId, 'HeapProfiler.collectGarbage');
      const { usedSize } = await inWorker(sessionId, 'Runtime.getHeapUsage');
      return Math.round(usedSize / 1e6);
    } finally {
      await browserCdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  });
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const names = (await page.evaluate((l) => globalThis.luutruBench.names(l), large)).filter((n) => filters.some((f) => n.includes(f)));
  for (const name of names) {
    const t0 = Date.now();
    const tracePath = profileDir ? join(profileDir, `${name}.trace.json`) : undefined;
    if (tracePath) {
      mkdirSync(profileDir, { recursive: true });
      await context.browser().startTracing(page, { path: tracePath, categories: ['disabled-by-default-v8.cpu_profiler', '__metadata'] });
    }
    try {
      const line = JSON.parse(await page.evaluate(([n, r]) => globalThis.luutruBench.run(n, r), [name, repeats]));
      console.log(JSON.stringify({ ...line, seconds: Math.round((Date.now() - t0) / 1000) }));
      if (line.spreadTooWide) tooWide.push(name);
    } catch (e) {
      failed = true;
      console.log(JSON.stringify({ measure: name, error: String(e) }));
    } finally {
      if (tracePath) {
        await context.browser().stopTracing();
        for (const p of cpuProfilesOfTrace(JSON.parse(readFileSync(tracePath, 'utf8')))) writeFileSync(join(profileDir, `${name}.${p.thread}.cpuprofile`), JSON.stringify(p.profile));
        rmSync(tracePath);
      }
    }
  }
  if (tooWide.length) console.error(`[bench] spread too wide (run again on a quieter machine): ${tooWide.join(', ')}`);
} finally {
  await context.close();
  await close();
  rmSync(profile, { recursive: true, force: true });
}
// The Node part (archive-import-<size>-pglite|postgres, archive-search-p95-<size>-…): when the filter may match one.
if (filters.some((f) => f === '' || /^archive|pglite|postgres/.test(f))) {
  execFileSync('npx', ['vite', 'build', '--config', 'test/bench/node/vite.config.ts'], { stdio: 'inherit' });
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', 'dist-bench-node/archive-bench.mjs', filter], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, BENCH_REPEATS: String(repeats) } });
  if (r.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
