// Builds the benchmark page (runs the app's own modules in real Chromium).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: './',
  define: { __APP_VERSION__: JSON.stringify('bench') },
  build: { outDir: fileURLToPath(new URL('../../dist-bench', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 8000, target: 'chrome120', ...(process.env.BENCH_PROFILE ? { minify: false } : {}) },
  // Workers import exceljs lazily: module workers, as the app builds them.
  worker: { format: 'es' },
  logLevel: 'error',
});
