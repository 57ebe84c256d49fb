/**
 * E2E harness: builds the app once (unless E2E_SKIP_BUILD=1 and dist/ exists), serves
 * dist/ on 127.0.0.1 and drives Debian's Chromium with playwright-core. Each test
 * gets a fresh --user-data-dir (a new user); pass the same dir to test a restart.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
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

let built = false;
export function buildOnce(): void {
  if (built) return;
  if (!(process.env.E2E_SKIP_BUILD === '1' && existsSync('dist/index.html'))) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  }
  built = true;
}

export type Server = { url: string; close(): Promise<void> };

export async function startServer(): Promise<Server> {
  buildOnce();
  return (await serveDist({ dir: 'dist', port: 0 })) as Server;
}

export type Browser = { context: BrowserContext; page: Page; profileDir: string; close(keepProfile?: boolean): Promise<void> };

/** Launches Chromium with a (new, unless given) profile and opens the app (or `startUrl`, e.g. about:blank). */
export async function openApp(server: Server, profileDir?: string, startUrl: string = server.url): Promise<Browser> {
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'luutru-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1366, height: 800 },
    locale: 'vi-VN',
  });
  const page = context.pages()[0] ?? (await context.newPage());
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
