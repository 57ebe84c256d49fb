// The app runs on PCs with no network: it must make no request to anything but its own origin.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openApp, startServer, type Server } from './harness';
import { completeSetupThroughUi } from './flows';
import { CSP } from '../../electron/main/security-csp';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

it('makes zero network requests outside its own origin while setting up and browsing', async () => {
  const b = await openApp(server);
  const foreign: string[] = [];
  const origin = new URL(server.url).origin;
  b.context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  try {
    await b.page.reload();
    await completeSetupThroughUi(b.page);
    for (const route of ['journal', 'settings', 'home']) {
      await b.page.goto(`${server.url}#/${route}`);
      await b.page.waitForLoadState('networkidle');
    }
    expect(foreign).toEqual([]);
    // The browser host enforces the same policy the desktop shell sends as a header.
    expect(await b.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CSP);
  } finally {
    await b.close();
  }
});
