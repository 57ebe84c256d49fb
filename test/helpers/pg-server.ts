/**
 * A private PostgreSQL server for the tests (vitest globalSetup): Debian's postgresql
 * (/usr/lib/postgresql/<v>/bin) initialised in a temporary folder, listening on 127.0.0.1 on
 * a free port only, trust authentication, stopped and deleted when the run ends. As root it
 * runs as the `postgres` user. LUUTRU_TEST_PG_URL points the tests at an existing server
 * instead. Without either the tests fail, saying what to install: they are never skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => ok(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

export type TestPgServer = { readonly url: string; stop(): void };

/** Starts a server (or uses LUUTRU_TEST_PG_URL). */
export async function startTestPgServer(options: { durable?: boolean; settings?: Readonly<Record<string, string>> } = {}): Promise<TestPgServer> {
  if (process.env.LUUTRU_TEST_PG_URL) return { url: process.env.LUUTRU_TEST_PG_URL, stop: () => undefined };
  const bin = binDir();
  if (!bin) throw new Error('PostgreSQL is not installed: the archive tests need a real server. Run: apt-get install -y postgresql (or set LUUTRU_TEST_PG_URL).');
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'luutru-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const as = (cmd: string, args: string[]) => (root ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args]) as [string, string[]];
  const run = (cmd: string, args: string[]) => {
    const [c, a] = as(cmd, args);
    execFileSync(c, a, { stdio: 'pipe' });
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const port = await freePort();
  // Tests trade durability for speed; the bench keeps the server's defaults (fsync on), as an archive runs it.
  const speed = options.durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  const settings = Object.entries(options.settings ?? {}).map(([k, v]) => ` -c ${k}=${v}`).join('');
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${speed}${settings}`, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      const [c, a] = as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      spawnSync(c, a, { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
