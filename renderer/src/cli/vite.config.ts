// Build of the `luutru` CLI: one ESM file for Node 20 at dist-cli/luutru.mjs (the archive's database drivers
// and password hashing are loaded from node_modules).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: `${here}luutru.ts`,
    outDir: fileURLToPath(new URL('../../../dist-cli', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    // PGlite loads its WASM and data files next to its own module; pg and bcryptjs stay in node_modules too.
    rollupOptions: { external: [/^@electric-sql\/pglite/, /^pg($|\/)/, /^pg-copy-streams/, /^bcryptjs/], output: { format: 'es', entryFileNames: 'luutru.mjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
