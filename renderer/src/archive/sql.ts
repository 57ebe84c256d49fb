/**
 * One small SQL interface over the two engines the province archive runs on: PGlite (WASM
 * PostgreSQL in this process, file-backed — the embedded default) and a PostgreSQL server
 * through `pg` (node-postgres). Everything above it speaks the same SQL to both. A lost
 * server connection becomes AppError('archive.db.connectionLost'), a Vietnamese sentence.
 * Node only: never imported by the browser bundle (lint rule).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, isAppError } from '../core/errors';

/** Queries inside or outside a transaction. */
export type Sql = {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements, no parameters (migrations). */
  exec(text: string): Promise<void>;
  /** COPY rows (text format, already escaped with `copyText`) into a table: one text, or pieces made as COPY reads them. */
  copyIn(table: string, columns: readonly string[], text: string | Iterable<string>): Promise<void>;
};

export type ArchiveDb = Sql & {
  readonly kind: 'pglite' | 'postgres';
  /** Where it is: the data folder, or the server URL without its password. */
  readonly location: string;
  /** Runs `work` in ONE transaction: all of it is written, or nothing. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** Error codes of a connection that went away (server stopped, network cut, backend killed). */
const CONNECTION_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT']);

/** A database error as the people using the archive see it. */
export function toAppError(e: unknown): unknown {
  if (isAppError(e)) return e;
  const err = e as { code?: string; message?: string } | undefined;
  const code = err?.code ?? '';
  const msg = err?.message ?? '';
  if (CONNECTION_CODES.has(code) || /Connection terminated|connection.*(closed|lost|ended)|Client has encountered a connection error|terminating connection/i.test(msg))
    return new AppError('archive.db.connectionLost');
  if (code === '23505') return new AppError('import.constraint');
  return e;
}

async function guard<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    throw toAppError(e);
  }
}

/** A value for COPY's text format (\N is NULL; backslash, tab and newlines escaped). */
export function copyText(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  return String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** The file naming the process that holds a PGlite data folder open. */
export const LOCK_FILE = 'luutru-dang-mo.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code;
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The process id a lock file names; undefined when it is gone, 0 while its holder has not written it yet. */
function holderOf(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : 0;
  } catch (e) {
    if (code(e) === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Holds a PGlite data folder for this process: PGlite is one process's database, and a second
 * process writing the same files (an account added with `user add` while `serve` ran) lost what it
 * wrote and may damage the rest. Refused while another live process holds it; a folder left held by
 * a process that ended is taken over (moved aside in one step, so two programs never both take it).
 * Gives the release, which lets go only of a hold that is still this process's.
 */
function holdFolder(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  const mine = String(process.pid);
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      writeFileSync(file, mine, { flag: 'wx' });
      return () => {
        if (holderOf(file) === process.pid) rmSync(file, { force: true });
      };
    } catch (e) {
      if (code(e) !== 'EEXIST') throw e;
    }
    const pid = holderOf(file);
    if (pid === undefined) continue;
    // Made this instant by a program that has not written its id yet: asked again in a moment.
    if (pid === 0 && attempt < 10) {
      pause(20);
      continue;
    }
    if (pid !== 0 && pid !== process.pid && alive(pid)) throw new AppError('archive.db.inUse', { folder: dataDir, pid });
    try {
      renameSync(file, `${file}.${mine}.cu`);
      rmSync(`${file}.${mine}.cu`, { force: true });
    } catch (e) {
      // Taken over by another program meanwhile: asked again.
      if (code(e) !== 'ENOENT') throw e;
    }
  }
  throw new AppError('archive.db.inUse', { folder: dataDir, pid: holderOf(file) || 'không rõ' });
}

/** PGlite on a data folder, or in memory; with pg_trgm when asked. */
async function createPglite(dataDir: string | undefined, trigram: boolean) {
  const { PGlite } = await import('@electric-sql/pglite');
  const extensions = trigram ? { pg_trgm: (await import('@electric-sql/pglite/contrib/pg_trgm')).pg_trgm } : undefined;
  return PGlite.create({ ...(dataDir ? { dataDir } : {}), ...(extensions ? { extensions } : {}) });
}

/**
 * Opens PGlite on a data folder (created and initialised on first use, held for this process: `holdFolder`); in memory
 * without one (tests). `trigram` loads pg_trgm (the bench compares it).
 */
export async function openPglite(dataDir?: string, options: { trigram?: boolean } = {}): Promise<ArchiveDb> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // Held first: a program refused does not load the database engine.
  const release = dataDir ? holdFolder(dataDir) : () => undefined;
  const pg = await createPglite(dataDir, options.trigram ?? false).catch((e: unknown) => {
    release();
    throw e;
  });
  type Q = { query: (t: string, p?: unknown[], o?: { blob?: Blob }) => Promise<{ rows: unknown[] }>; exec: (t: string) => Promise<unknown> };
  const wrap = (q: Q): Sql => ({
    async query<R>(text: string, params: readonly unknown[] = []) {
      return (await guard(q.query(text, [...params]))).rows as R[];
    },
    async exec(text) {
      await guard(q.exec(text));
    },
    async copyIn(table, columns, text) {
      await guard(q.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], { blob: new Blob(typeof text === 'string' ? [text] : [...text]) }));
    },
  });
  const base = wrap(pg as unknown as Q);
  return {
    ...base,
    kind: 'pglite',
    location: dataDir ?? 'memory',
    transaction: (work) => guard(pg.transaction((tx) => work(wrap(tx as unknown as Q)))),
    close: () => pg.close().finally(release),
  };
}

/** Connects to a PostgreSQL server (a pool; one connection per transaction). */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<ArchiveDb> {
  const { default: pg } = await import('pg');
  const { from: copyFrom } = await import('pg-copy-streams');
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 8, application_name: 'luutru-archive' });
  // An idle connection that dies (server restarted) must not crash the process.
  pool.on('error', () => undefined);
  type Client = { query: (t: string, p?: unknown[]) => Promise<{ rows: unknown[] }> };
  const wrap = (c: Client & { query: (stream: unknown) => NodeJS.WritableStream }, viaPool: boolean): Sql => ({
    async query<R>(text: string, params: readonly unknown[] = []) {
      return (await guard(c.query(text, [...params]))).rows as R[];
    },
    async exec(text) {
      await guard(c.query(text));
    },
    async copyIn(table, columns, text) {
      if (viaPool) throw new Error('copyIn needs a transaction');
      const stream = c.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
      // Pieces are made as the server takes them: it parses one while the next is made.
      await guard(pipeline(Readable.from(typeof text === 'string' ? [text] : text, { highWaterMark: 4 }), stream));
    },
  });
  const watched = new WeakSet<object>();
  const safeUrl = url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  const first = await guard(pool.connect());
  first.release();
  return {
    ...wrap(pool as never, true),
    kind: 'postgres',
    location: safeUrl,
    async transaction(work) {
      const client = await guard(pool.connect());
      // A connection ended by the server while in use reports through the query that fails; its
      // 'error' event must not also crash the process.
      if (!watched.has(client)) {
        watched.add(client);
        client.on('error', () => undefined);
      }
      let lost = false;
      try {
        await guard(client.query('BEGIN'));
        const out = await work(wrap(client as never, false));
        await guard(client.query('COMMIT'));
        return out;
      } catch (e) {
        const err = toAppError(e);
        lost = isAppError(err) && err.code === 'archive.db.connectionLost';
        if (!lost) await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        // A connection that failed mid-transaction is thrown away, not reused.
        client.release(lost || undefined);
      }
    },
    close: () => pool.end(),
  };
}

/** `postgres://…` or `postgresql://…` opens a server; anything else is a PGlite data folder. */
export function openArchiveDb(target: string): Promise<ArchiveDb> {
  return /^postgres(ql)?:\/\//.test(target) ? openPostgres(target) : openPglite(target);
}
