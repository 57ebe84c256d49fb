// CI check of the packaging config: electron-builder --dir --linux against a stub
// electronDist (the Electron binary cannot be downloaded here), then check app.asar exists.
// Needs `npm run build` and `npm run build:electron` first.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

for (const f of ['dist/index.html', 'dist-electron/electron/main/index.js']) {
  if (!existsSync(f)) {
    console.error(`missing ${f}: run npm run build && npm run build:electron first`);
    process.exit(1);
  }
}
const stub = mkdtempSync(join(tmpdir(), 'luutru-electron-stub-'));
writeFileSync(join(stub, 'electron'), '#!/bin/sh\necho "stub electron"\n');
chmodSync(join(stub, 'electron'), 0o755);
writeFileSync(join(stub, 'LICENSE'), 'MIT (stub for packaging checks)\n');
writeFileSync(join(stub, 'version'), '41.7.1');
const out = mkdtempSync(join(tmpdir(), 'luutru-release-'));
const started = Date.now();
try {
  execFileSync(
    'npx',
    ['electron-builder', '--dir', '--linux', '--config', 'build/electron-builder.yml', `-c.electronDist=${stub}`, '-c.electronVersion=41.7.1', `-c.directories.output=${out}`],
    { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  const asar = join(out, 'linux-unpacked', 'resources', 'app.asar');
  if (!existsSync(asar)) {
    console.error(`packaging check failed: ${asar} was not written`);
    process.exit(1);
  }
  const mb = statSync(asar).size / 1e6;
  // The app is bundled: an app.asar far over this means node_modules (e.g. the archive server's packages) slipped in.
  if (mb > 60) {
    console.error(`packaging check failed: app.asar is ${mb.toFixed(1)} MB`);
    process.exit(1);
  }
  console.log(`packaging check ok: ${asar} (${mb.toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
} finally {
  rmSync(stub, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
