// Vite build of the renderer (browser host and Electron both load dist/).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withCspMeta } from './electron/main/security-csp';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * antd's icons are drawn by renderer/src/components/icons (quiet for screen readers, which read
 * their English names aloud): each icon module of @ant-design/icons imports its component from
 * '../components/AntdIcon' or '../components/AntdIconLight', and gets ours, which wraps that very one.
 */
const quietIcons = { AntdIcon: 'antd-icon.ts', AntdIconLight: 'antd-icon-light.ts' } as const;
const quietAntdIcons = {
  name: 'luutru-quiet-antd-icons',
  enforce: 'pre' as const,
  resolveId(source: string, importer: string | undefined) {
    const m = /^\.\.\/components\/(AntdIcon|AntdIconLight)(?:\.js)?$/.exec(source);
    if (!m || !importer || !/[\\/]@ant-design[\\/]icons[\\/]es[\\/]icons[\\/]/.test(importer)) return null;
    return fileURLToPath(new URL(`./renderer/src/components/icons/${quietIcons[m[1] as keyof typeof quietIcons]}`, import.meta.url));
  },
};

/**
 * antd's tabs tell a screen reader the tab reached from the keyboard in English ("Tab 1 of 5", a hidden live line of
 * @rc-component/tabs that takes no locale): said here in the page's language. The build stops if the line is no longer
 * there (a new version of the package), rather than leaving English unnoticed.
 */
const TAB_POSITION = '`Tab ${currentPosition} of ${tabCount}`';
const tabsPosition = {
  name: 'luutru-tabs-position',
  transform(code: string, id: string) {
    if (!/[\\/]@rc-component[\\/]tabs[\\/]es[\\/]TabNavList[\\/]TabNode\.js$/.test(id)) return null;
    if (!code.includes(TAB_POSITION)) throw new Error(`luutru-tabs-position: ${TAB_POSITION} not found in ${id}`);
    return code.replace(TAB_POSITION, "(document.documentElement.lang === 'en' ? `Tab ${currentPosition} of ${tabCount}` : `Thẻ ${currentPosition} trong số ${tabCount}`)");
  },
};

export default defineConfig({
  root: 'renderer',
  base: './',
  // One CSP for both hosts: written into index.html from the shell's own constant.
  plugins: [react(), quietAntdIcons, tabsPosition, { name: 'luutru-csp', transformIndexHtml: (html: string) => withCspMeta(html) }],
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
