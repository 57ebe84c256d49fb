// Builds the Node part of the bench (the province archive on PostgreSQL) into dist-bench-node/archive-bench.mjs.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: `${here}archive-bench.ts`,
    outDir: fileURLToPath(new URL('../../../dist-bench-node', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { external: [/^@electric-sql\/pglite/, /^pg($|\/)/, /^pg-copy-streams/, /^bcryptjs/], output: { format: 'es', entryFileNames: 'archive-bench.mjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
