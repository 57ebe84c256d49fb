// Build of the `luutru` CLI: one self-contained ESM file for Node 20 at dist-cli/luutru.mjs.
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
    rollupOptions: { output: { format: 'es', entryFileNames: 'luutru.mjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
