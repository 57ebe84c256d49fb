/**
 * E2E harness: serves the app built by the global setup (global-setup.ts) from
 * dist/ on 127.0.0.1 and drives Debian's Chromium with playwright-core. Each test
 * gets a fresh --user-data-dir (a new user); pass the same dir to test a restart.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
// @ts-expect-error plain ESM script without types
import { serveDist } from '../../scripts/serve.mjs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  }
}

/** The app is built once per run by the e2e global setup (global-setup.ts); each file waits for it (app-built.ts). */
export function buildOnce(): void {
  if (!existsSync('dist/index.html')) throw new Error('dist/index.html is missing: the e2e global setup builds the app (run the e2e project through vitest)');
}

export type Server = { url: string; close(): Promise<void> };

export async function startServer(): Promise<Server> {
  buildOnce();
  return (await serveDist({ dir: 'dist', port: 0 })) as Server;
}

export type Browser = { context: BrowserContext; page: Page; profileDir: string; close(keepProfile?: boolean): Promise<void> };

/**
 * Launches Chromium with a (new, unless given) profile and opens the app (or `startUrl`, e.g. about:blank).
 * The browser reports that its user asked for less motion, so the app shows dialogs and menus
 * without animating them (components/theme.ts): a click lands where the element stays. `motion`
 * opens it as a browser that did not ask, animations and all (sample.test.ts, motion.test.ts).
 */
export async function openApp(server: Server, profileDir?: string, startUrl: string = server.url, { motion = false }: { motion?: boolean } = {}): Promise<Browser> {
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'luutru-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1366, height: 800 },
    locale: 'vi-VN',
    reducedMotion: motion ? 'no-preference' : 'reduce',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  reportPageErrorsOnFailure(context);
  await page.goto(startUrl);
  return {
    context,
    page,
    profileDir: dir,
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * What the pages said went wrong (uncaught errors, console errors and warnings) is printed
 * when the test fails, so a failure seen only in CI says more than which wait timed out.
 */
function reportPageErrorsOnFailure(context: BrowserContext): void {
  const said: string[] = [];
  const started = Date.now();
  const keep = (line: string) => {
    said.push(`+${((Date.now() - started) / 1000).toFixed(1)} s ${line.slice(0, 500)}`);
    if (said.length > 40) said.shift();
  };
  const watch = (page: Page) => {
    page.on('pageerror', (e) => keep(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') keep(`console ${m.type()}: ${m.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  try {
    onTestFailed(() => {
      if (said.length > 0) console.error(`What the page said before the failure (last ${said.length}):\n${said.join('\n')}`);
    });
  } catch {
    // Opened outside a test (in a hook): nothing to attach the report to.
  }
}
