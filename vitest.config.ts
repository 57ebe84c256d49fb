// Node-side tests: core, db (fake-indexeddb), electron handlers, and the Chromium e2e
// suite (test/browser), which serves the app built once per run (see test/browser/global-setup.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    setupFiles: ['test/setup-node.ts', 'test/temp-root.ts'],
    testTimeout: 20_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Two files at a time (vitest would take one on a 2-core machine). The e2e files run after the
    // Node ones (their group comes second), two at a time too: one file leaves the machine idle
    // while its browser waits on IndexedDB, a worker or a timer (a quarter of the two cores idle):
    // 648 s for the 25 e2e files against 815 s one at a time, back to back (2026-12-06).
    maxWorkers: 2,
    projects: [
      // The Node files of a worker share their loaded modules (`isolate: false`): each file no longer
      // loads Dexie, pdfmake and its fonts, zod… again. unit + archive here: 110 s against 188 s, and
      // 137–141 s with the files in a shuffled order, every test passing. Each file still gets an
      // empty IndexedDB of its own (test/setup-node.ts); tests that stub a global undo it after.
      { extends: true, test: { name: 'unit', include: ['test/{core,db,electron,cli}/**/*.test.ts'], isolate: false } },
      // The province archive on PostgreSQL: PGlite in memory and a private PostgreSQL server the run starts and stops.
      { extends: true, test: { name: 'archive', include: ['test/archive/**/*.test.ts'], globalSetup: ['test/archive/global-setup.ts'], testTimeout: 60_000, isolate: false } },
      {
        extends: true,
        // The UI answers through workers and IndexedDB: on a loaded 2-core CI machine that can take
        // seconds, so a polled expectation waits up to 15 s (it still fails if the UI never gets there).
        // The app is built once, in the background while the Node files run; each file waits for it.
        test: {
          name: 'e2e',
          include: ['test/browser/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          globalSetup: ['test/browser/global-setup.ts'],
          setupFiles: ['test/temp-root.ts', 'test/browser/app-built.ts'],
          testTimeout: 120_000,
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
