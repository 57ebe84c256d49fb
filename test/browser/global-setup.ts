/**
 * E2E global setup, in vitest's main process: builds the app once for the whole run (unless
 * E2E_SKIP_BUILD=1 and dist/ exists), instead of once per e2e file, as a production build.
 *
 * The build runs in the background while the unit and archive files run (they come first); each
 * e2e file waits for it in its setup file (test/browser/app-built.ts), which asks this process
 * on a local port and hears "go" once dist/ is built, or why the build failed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

function build(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync('dist/index.html')) return Promise.resolve();
  return new Promise((ok, fail) => {
    // The build people get (`npm run build`): vitest sets NODE_ENV=test, which Vite would follow
    // into a development build of React (slower, and not what runs in the office).
    const child = spawn('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`vite build exited with ${code}`))));
  });
}

export default async function setup(project: TestProject) {
  const built = build().then(
    () => 'go',
    (e: unknown) => `the app could not be built for the e2e tests: ${e instanceof Error ? e.message : String(e)}`,
  );
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    void built.then((answer) => socket.end(`${answer}\n`));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the e2e build gate has no port');
  project.provide('e2eBuildPort', address.port);
  return async () => {
    await built;
    await new Promise<void>((ok) => server.close(() => ok()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBuildPort: number;
  }
}
