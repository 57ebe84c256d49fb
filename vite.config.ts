// Vite build of the renderer (browser host and Electron both load dist/).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { withCspMeta } from './electron/main/security-csp';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  root: 'renderer',
  base: './',
  // One CSP for both hosts: written into index.html from the shell's own constant.
  plugins: [react(), { name: 'luutru-csp', transformIndexHtml: (html: string) => withCspMeta(html) }],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    target: 'chrome120',
    // The commune app (index.html) and the province archive's screens served by `luutru archive serve` (archive.html).
    rollupOptions: { input: { index: 'renderer/index.html', archive: 'renderer/archive.html' } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 5178, strictPort: false },
});
