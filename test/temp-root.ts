// Every test file writes its temporary files (PDFs, bundles on a "USB", browser profiles, CLI
// output) under a directory of its own, removed when the file ends: Node's tmpdir() reads TMPDIR
// on each call, so the helpers' mkdtempSync(join(tmpdir(), …)) land there without knowing. A run
// left some 1,600 luutru-* directories behind in /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const base = process.env.LUUTRU_TMP_BASE ?? tmpdir();
process.env.LUUTRU_TMP_BASE = base;
const root = mkdtempSync(join(base, 'luutru-test-'));
process.env.TMPDIR = root;

afterAll(() => {
  process.env.TMPDIR = base;
  rmSync(root, { recursive: true, force: true, maxRetries: 3 });
});
