// Makes the old-database fixtures (test/fixtures/db/luutru-v<N>.json), each WRITTEN BY THE APP
// OF THAT SCHEMA VERSION: the commit that introduced the version is unpacked outside the repo
// (git archive into /tmp), a small maker page (scripts/db-fixtures/maker-v<N>.ts) is built
// against THAT tree's own db/ code with vite, run in Chromium to write realistic data through
// that version's repositories, and the IndexedDB content is exported with its real structure
// (scripts/db-fixtures/export-idb.ts). Re-run after a new schema version lands by adding it below.
// Usage: node scripts/make-db-fixtures.mjs [version ...]
import { execFileSync, execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from './serve.mjs';

/**
 * Schema version → the commit that introduced it (git log -- renderer/src/db/schema.ts), or the
 * first one after it that builds: v3's schema commit (3ca41e5) imports core/bundle, which landed
 * in the next commit (a750d78).
 */
const VERSIONS = { 1: '3bb4769', 2: 'f42982b', 3: 'a750d78', 4: 'c640ca8', 5: 'bb783e9' };

const repo = resolve('.');
const wanted = process.argv.slice(2).map(Number);
const chromiumPath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
mkdirSync(join(repo, 'test/fixtures/db'), { recursive: true });

for (const [version, commit] of Object.entries(VERSIONS)) {
  if (wanted.length && !wanted.includes(Number(version))) continue;
  const dir = mkdtempSync(join(tmpdir(), `luutru-fixture-v${version}-`));
  try {
    execSync(`git archive ${commit} | tar -x -C ${dir}`, { cwd: repo, stdio: 'inherit' });
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
    const maker = join(dir, 'fixture-maker');
    mkdirSync(maker);
    copyFileSync(join(repo, `scripts/db-fixtures/maker-v${version}.ts`), join(maker, 'main.ts'));
    copyFileSync(join(repo, 'scripts/db-fixtures/export-idb.ts'), join(maker, 'export-idb.ts'));
    writeFileSync(join(maker, 'common.ts'), readFileSync(join(repo, 'scripts/db-fixtures/common.ts'), 'utf8').replace("'../../test/fixtures/generate'", JSON.stringify(join(repo, 'test/fixtures/generate.ts'))));
    writeFileSync(join(maker, 'index.html'), '<!doctype html><meta charset="utf-8"><body>loading<script type="module" src="./main.ts"></script></body>');
    writeFileSync(
      join(maker, 'vite.config.mjs'),
      `export default { root: ${JSON.stringify(maker)}, base: './', define: { __APP_VERSION__: '"fixture-v${version}"' }, logLevel: 'error', build: { outDir: ${JSON.stringify(join(dir, 'fixture-dist'))}, emptyOutDir: true, target: 'chrome120', chunkSizeWarningLimit: 8000 } };\n`,
    );
    execFileSync(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(maker, 'vite.config.mjs')], { cwd: dir, stdio: 'inherit' });
    const { url, close } = await serveDist({ dir: join(dir, 'fixture-dist'), port: 0 });
    const profile = mkdtempSync(join(tmpdir(), 'luutru-fixture-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'], headless: true });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (e) => console.error(`v${version} page error:`, e.message));
      await page.goto(url);
      await page.waitForFunction(() => document.body.textContent === 'ready');
      await page.evaluate(() => globalThis.fixture.make());
      const data = await page.evaluate(() => globalThis.fixture.exportIdb());
      const out = { madeBy: { schemaVersion: Number(version), commit: execSync(`git rev-parse ${commit}`, { cwd: repo }).toString().trim(), maker: `scripts/db-fixtures/maker-v${version}.ts` }, ...data };
      writeFileSync(join(repo, `test/fixtures/db/luutru-v${version}.json`), `${JSON.stringify(out, null, 1)}\n`);
      const rows = data.stores.reduce((a, s) => a + s.rows.length, 0);
      console.log(`v${version} (${commit}): IndexedDB version ${data.version}, ${data.stores.length} stores, ${rows} rows`);
    } finally {
      await context.close();
      await close();
      rmSync(profile, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
