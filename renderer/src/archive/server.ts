/**
 * The province archive's server on the LAN (máy chủ lưu trữ): serves the archive screens
 * (dist/archive.html, the same React screens as the app, reading through the HTTP seam) and
 * the JSON API they call. Every request from an address outside the allow-list is refused
 * before anything else; every /api request except login needs a session (HttpOnly,
 * SameSite=Strict cookie) or an API key (Authorization: Bearer), and a role: view to read,
 * import to take in bundles, confirm keys and custody and settle held claims, administer to
 * revoke keys. Writes also need the X-Luutru-Request header (no other site can send it).
 * Logs say who did what, never a password or a token.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { AppError, isAppError } from '../core/errors';
import { KeyRecoverySchema, REPLICATED_TABLES, UuidSchema, type ReplicatedTable } from '../core/bundle/schema';
import { COMPARED_IN_JOURNAL, KEY_COMPARISONS } from '../core/bundle/rotation';
import { readWarnings } from '../core/bundle/identity';
import type { ConfirmationReceipt } from '../db/exchange/receipt';
import { authenticate, login, logout, type Account } from './auth';
import { allows, type Role } from '../core/archive-roles';
import { allowList, cookieOf, isAllowed, readBody, readJson, requestTarget, sendJson, serveStatic, type RequestTarget } from './http-util';
import { applyArchiveImport, decideArchiveOwnership, prepareArchiveImport, type ArchivePreparedImport, type ImportFile } from './import';
import { archiveForks, archiveHeldClaims, archiveHeldFind, archiveHoldings, archiveInventory, archiveKeyList, archiveOverview, archiveReceivedBundles, archiveSearch, archiveStatReports, archiveUnitDuties, archiveUnitNames } from './reads';
import type { ArchiveDb } from './sql';
import { archiveHeldBox, archiveHeldDossier } from './held-view';
import { custodyList, keyRefusals, recordCustody, refuseKey, requireUnit, revokeKey, trustKey } from './trust';

export type ArchiveServerOptions = {
  readonly db: ArchiveDb;
  readonly host: string;
  readonly port: number;
  /** CIDR list, e.g. "127.0.0.1/32,192.168.1.0/24". */
  readonly allow: string;
  /** The built app (dist/). */
  readonly distDir: string;
  readonly log?: (line: string) => void;
  /** Import upload limit in bytes (default 512 MB). */
  readonly maxUpload?: number;
  /** PEM certificate and key: serve HTTPS (passwords and session cookies never cross the LAN in clear). */
  readonly tls?: { readonly cert: Buffer; readonly key: Buffer };
};

export type ArchiveServer = { readonly url: string; close(): Promise<void> };

const COOKIE = 'luutru_session';
const cookieFlags = (tls: boolean) => `HttpOnly; SameSite=Strict; Path=/${tls ? '; Secure' : ''}`;
const PREPARED_TTL_MS = 30 * 60_000;
const LOGIN_WINDOW_MS = 15 * 60_000;
const LOGIN_MAX_FAILURES = 8;

type Ctx = { req: IncomingMessage; res: ServerResponse; url: RequestTarget; account: Account };
type Handler = (ctx: Ctx) => Promise<unknown>;
type Route = { readonly method: 'GET' | 'POST'; readonly role: Role; readonly handle: Handler };

/** A key confirmation sent by the screen (trusted or refused), and its unit and key as the stores take them. */
function confirmationOf(body: Record<string, unknown>): { readonly c: ConfirmationReceipt; readonly unit: { unitId: string; originName: string; adminCode: string; jwk: ConfirmationReceipt['signerKey'] } } {
  const c = body.confirmation as ConfirmationReceipt | undefined;
  if (!c || typeof c !== 'object' || !c.origin || !c.signerKey) throw new AppError('archive.request.invalid');
  return { c, unit: { unitId: str(c.origin.unitId, 100), originName: str(c.origin.name, 500), adminCode: str(c.origin.adminCode ?? '', 20), jwk: c.signerKey } };
}

const str = (v: unknown, max = 2000): string => {
  if (typeof v !== 'string' || v.length > max) throw new AppError('archive.request.invalid');
  return v;
};

/** A search's query, unit and length as asked in its address (the query cut at 500 characters, 200 hits unless said). */
function searchArgs(url: RequestTarget): [string, { origin: string | undefined; limit: number }] {
  return [(url.searchParams.get('q') ?? '').slice(0, 500), { origin: url.searchParams.get('origin') || undefined, limit: Number(url.searchParams.get('limit') ?? 200) || 200 }];
}

/** A year asked for (of the reports, of the duties): none, or a year of four digits (anything else is a bad request, said so). */
function reportYear(v: string | null): number | undefined {
  if (v === null || v === '') return undefined;
  if (!/^\d{4}$/.test(v)) throw new AppError('archive.request.year', { year: v.slice(0, 20) });
  return Number(v);
}

/** The record a held view asks for (`?id=`): a record's id (a UUID); anything else is a bad request, said so. */
function recordId(v: string | null): string {
  if (v === null || !UuidSchema.safeParse(v).success) throw new AppError('archive.request.id', { id: (v ?? '').slice(0, 40) });
  return v;
}

export async function startArchiveServer(options: ArchiveServerOptions): Promise<ArchiveServer> {
  const { db } = options;
  const log = options.log ?? ((l: string) => process.stdout.write(`${l}\n`));
  const { list, entries } = allowList(options.allow);
  await requireUnit(db);
  const prepared = new Map<string, { p: ArchivePreparedImport; username: string; at: number }>();
  const failures = new Map<string, number[]>();

  const journal = (account: Account, action: string, detail: string) =>
    db.query('INSERT INTO journal (at, operator, action, detail, changes) VALUES ($1, $2, $3, $4, $5::jsonb)', [new Date().toISOString(), account.displayName, action, detail, '[]']);

  const take = (token: unknown, account: Account) => {
    const t = str(token, 100);
    const entry = prepared.get(t);
    if (!entry || entry.username !== account.username || Date.now() - entry.at > PREPARED_TTL_MS) throw new AppError('import.expired');
    return { t, entry };
  };

  const routes: Record<string, Route> = {
    'GET /api/me': { method: 'GET', role: 'view', handle: async ({ account }) => ({ account, unit: await requireUnit(db) }) },
    'GET /api/version': { method: 'GET', role: 'view', handle: async () => ({ version: (await db.query<{ v: number | null }>('SELECT max(seq)::float8 AS v FROM journal'))[0]?.v ?? 0 }) },
    'GET /api/overview': { method: 'GET', role: 'view', handle: () => archiveOverview(db, new Date()) },
    'GET /api/holdings': { method: 'GET', role: 'view', handle: () => archiveHoldings(db) },
    'GET /api/unit-names': { method: 'GET', role: 'view', handle: () => archiveUnitNames(db) },
    'GET /api/search': { method: 'GET', role: 'view', handle: ({ url }) => archiveSearch(db, ...searchArgs(url)) },
    'GET /api/held-search': {
      method: 'GET',
      role: 'view',
      // The hits, as before; whether others follow the first `limit` in a header (the body stays the list the app reads).
      async handle({ url, res }) {
        const found = await archiveHeldFind(db, ...searchArgs(url));
        res.setHeader('x-luutru-more', found.more ? '1' : '0');
        return found.items;
      },
    },
    // A hit of archive search opened: a dossier (slip) with its documents, a box with its files; null when no longer held.
    'GET /api/held-dossier': { method: 'GET', role: 'view', handle: ({ url }) => archiveHeldDossier(db, recordId(url.searchParams.get('id'))) },
    'GET /api/held-box': { method: 'GET', role: 'view', handle: ({ url }) => archiveHeldBox(db, recordId(url.searchParams.get('id'))) },
    'GET /api/inventory': { method: 'GET', role: 'view', handle: ({ url }) => archiveInventory(db, url.searchParams.get('unit') || undefined) },
    'GET /api/stat-reports': { method: 'GET', role: 'view', handle: ({ url }) => archiveStatReports(db, reportYear(url.searchParams.get('year')), new Date()) },
    // No year: every year, to date (as it answered before it took one).
    'GET /api/duties': { method: 'GET', role: 'view', handle: ({ url }) => archiveUnitDuties(db, undefined, reportYear(url.searchParams.get('year'))) },
    'GET /api/held': { method: 'GET', role: 'view', handle: ({ url }) => archiveHeldClaims(db, Number(url.searchParams.get('offset') ?? 0) || 0, Number(url.searchParams.get('limit') ?? 50) || 50) },
    'GET /api/received': { method: 'GET', role: 'view', handle: ({ url }) => archiveReceivedBundles(db, Number(url.searchParams.get('offset') ?? 0) || 0, Number(url.searchParams.get('limit') ?? 20) || 20, url.searchParams.get('origin') ?? undefined) },
    'GET /api/forks': { method: 'GET', role: 'view', handle: () => archiveForks(db) },
    'GET /api/custody': { method: 'GET', role: 'view', handle: () => custodyList(db) },
    'GET /api/keys': { method: 'GET', role: 'view', handle: () => archiveKeyList(db) },
    'POST /api/import/prepare': {
      method: 'POST',
      role: 'import',
      async handle({ req, account }) {
        let meta: { name: string; size: number }[];
        try {
          meta = JSON.parse(decodeURIComponent(String(req.headers['x-luutru-files'] ?? '')));
          if (!Array.isArray(meta) || meta.length === 0 || meta.length > 500 || meta.some((m) => typeof m?.name !== 'string' || !Number.isInteger(m?.size) || m.size < 0)) throw new Error('bad');
        } catch {
          throw new AppError('archive.request.invalid');
        }
        const body = await readBody(req, options.maxUpload ?? 512 * 1_048_576);
        if (meta.reduce((s, m) => s + m.size, 0) !== body.length) throw new AppError('archive.upload.incomplete');
        let at = 0;
        const files: ImportFile[] = meta.map((m) => {
          const data = new Uint8Array(body.buffer, body.byteOffset + at, m.size);
          at += m.size;
          return { name: m.name.slice(0, 255), data };
        });
        const p = await prepareArchiveImport(db, files);
        for (const [k, v] of prepared) if (Date.now() - v.at > PREPARED_TTL_MS || v.username === account.username) prepared.delete(k);
        const token = randomBytes(18).toString('base64url');
        prepared.set(token, { p, username: account.username, at: Date.now() });
        log(`import prepared by ${account.username}: ${files.length} file(s), ${p.receipt.writes} writes`);
        return { token, receipt: p.receipt };
      },
    },
    'POST /api/import/apply': {
      method: 'POST',
      role: 'import',
      async handle({ req, account }) {
        const body = await readJson(req);
        const { t, entry } = take(body.token, account);
        const accepted = Array.isArray(body.lostKeyAccepted) ? body.lostKeyAccepted.filter((x: unknown): x is string => typeof x === 'string') : [];
        const r = await applyArchiveImport(db, entry.p, account.displayName, new Date(), undefined, accepted);
        prepared.delete(t);
        log(`import applied by ${account.username}: ${r.written} written, ${r.held} held, ${r.recorded} bundles`);
        return { written: r.written, held: r.held };
      },
    },
    'POST /api/import/discard': {
      method: 'POST',
      role: 'import',
      async handle({ req, account }) {
        const body = await readJson(req);
        const entry = prepared.get(str(body.token, 100));
        if (entry?.username === account.username) prepared.delete(String(body.token));
        return { ok: true };
      },
    },
    'POST /api/keys/trust': {
      method: 'POST',
      role: 'import',
      async handle({ req, account }) {
        const body = await readJson(req);
        const { c, unit } = confirmationOf(body);
        // How the words were compared is kept with the key: one of the two ways the screen offers, said by it.
        const compared = KEY_COMPARISONS.find((k) => k === body.compared);
        if (!compared) throw new AppError('archive.request.invalid');
        // How it was confirmed is stored (the keys list marks a key its unit reported lost by it): only the three kinds.
        if (c.kind !== 'first-contact' && c.kind !== 'new-key' && c.kind !== 'key-recovery') throw new AppError('archive.request.invalid');
        // A recovery's announcement, as the bundle carried it (checked again here: it is compared with the next recovery).
        const recovery = c.kind === 'key-recovery' && c.recovery !== undefined ? KeyRecoverySchema.safeParse(c.recovery) : undefined;
        if (recovery && !recovery.success) throw new AppError('archive.request.invalid');
        // The warnings its card showed, kept with the key as read and trusted over (the key list says so).
        const over = readWarnings(c.warnings);
        if (!over) throw new AppError('archive.request.invalid');
        const row = await trustKey(db, {
          ...unit,
          confirmedBy: account.displayName,
          confirmedAs: c.kind,
          compared,
          confirmedOver: over,
          ...(recovery?.data ? { recovery: recovery.data } : {}),
        });
        await journal(account, 'key.trust', `${row.originName} ${row.kid}; ${COMPARED_IN_JOURNAL[compared]}`);
        return { ok: true };
      },
    },
    'POST /api/keys/refuse': {
      method: 'POST',
      role: 'import',
      async handle({ req, account }) {
        const body = await readJson(req);
        const r = await refuseKey(db, {
          ...confirmationOf(body).unit,
          refusedBy: account.displayName,
          reason: str(body.reason, 2000),
        });
        await journal(account, 'key.refuse', `${r.originName} ${r.kid}: ${r.reason}`);
        return { ok: true };
      },
    },
    'GET /api/keys/refusals': {
      method: 'GET',
      role: 'view',
      // Without a kid, every refusal (the trusted-keys page lists them).
      handle: async ({ url }) => keyRefusals(db, url.searchParams.has('kid') ? str(url.searchParams.get('kid'), 100) : undefined),
    },
    'POST /api/keys/revoke': {
      method: 'POST',
      role: 'administer',
      async handle({ req, account }) {
        const b = await readJson(req);
        await revokeKey(db, str(b.kid, 100), str(b.reason, 500), { from: str(b.from, 40), revokedBy: account.displayName });
        await journal(account, 'key.revoke', String(b.kid));
        return { ok: true };
      },
    },
    'POST /api/custody': {
      method: 'POST',
      role: 'import',
      async handle({ req, account }) {
        const b = await readJson(req);
        const carried = Array.isArray(b.carried) ? b.carried : [];
        const input = (b.input ?? {}) as Record<string, unknown>;
        for (const c of carried)
          await recordCustody(db, {
            carrierUnitId: str((b.carrier as { unitId?: unknown })?.unitId, 100),
            carriedUnitId: str((c as { unitId?: unknown })?.unitId, 100),
            kind: str(input.kind, 20) as 'merger' | 'transfer',
            effectiveDate: str(input.effectiveDate, 20),
            basis: str(input.basis, 500),
            confirmedBy: account.displayName,
          });
        await journal(account, 'custody.record', `${carried.length}`);
        return { ok: true };
      },
    },
    'POST /api/held/decide': {
      method: 'POST',
      role: 'import',
      async handle({ req, account }) {
        const b = await readJson(req);
        const table = str(b.table, 40) as ReplicatedTable;
        if (!REPLICATED_TABLES.includes(table)) throw new AppError('archive.request.invalid');
        await decideArchiveOwnership(db, account.displayName, table, str(b.id, 100), str(b.owner, 100));
        return { ok: true };
      },
    },
  };

  const tooManyFailures = (ip: string) => {
    const now = Date.now();
    const recent = (failures.get(ip) ?? []).filter((t) => now - t < LOGIN_WINDOW_MS);
    failures.set(ip, recent);
    return recent.length >= LOGIN_MAX_FAILURES;
  };

  async function api(req: IncomingMessage, res: ServerResponse, url: RequestTarget, ip: string): Promise<string> {
    const key = `${req.method} ${url.pathname}`;
    if (key === 'POST /api/login') {
      const b = await readJson(req, 10_000);
      // Per address and account: guessing one account's password is slowed down, other people at that PC are not locked out.
      const who = `${ip}|${String(b.username ?? '').trim().toLowerCase().slice(0, 100)}`;
      if (tooManyFailures(who)) throw new AppError('archive.login.tooMany', { minutes: LOGIN_WINDOW_MS / 60_000 });
      try {
        const r = await login(db, str(b.username, 100), str(b.password, 200));
        sendJson(res, 200, { account: r.account, unit: await requireUnit(db) }, { 'set-cookie': `${COOKIE}=${r.token}; ${cookieFlags(!!options.tls)}; Max-Age=${12 * 3600}` });
        return r.account.username;
      } catch (e) {
        if (isAppError(e) && e.code === 'archive.login.failed') failures.get(who)!.push(Date.now());
        throw e;
      }
    }
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    const presented = bearer ?? cookieOf(req, COOKIE);
    const account = await authenticate(db, presented);
    if (!account) throw new AppError('archive.auth.required');
    if (key === 'POST /api/logout') {
      if (!bearer && presented) await logout(db, presented);
      sendJson(res, 200, { ok: true }, { 'set-cookie': `${COOKIE}=; ${cookieFlags(!!options.tls)}; Max-Age=0` });
      return account.username;
    }
    const route = routes[key];
    if (!route) throw new AppError('archive.request.notFound');
    if (!allows(account.role, route.role)) throw new AppError('archive.auth.forbidden', { role: route.role });
    sendJson(res, 200, await route.handle({ req, res, url, account }));
    return account.username;
  }

  const statusOf = (code: string) =>
    code === 'archive.auth.required' || code === 'archive.login.failed' ? 401
    : code === 'archive.auth.forbidden' ? 403
    : code === 'archive.request.notFound' ? 404
    : code === 'archive.request.tooLarge' ? 413
    : code === 'archive.login.tooMany' ? 429
    : code === 'archive.db.connectionLost' ? 503
    : 400;

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now();
    const ip = req.socket.remoteAddress ?? '';
    if (!isAllowed(list, ip)) {
      log(`refused ${ip}: outside the allow-list`);
      sendJson(res, 403, { error: { code: 'archive.ip.refused', params: { ip } } });
      return;
    }
    const url = requestTarget(req.url);
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
      void serveStatic(res, options.distDir, url.pathname === '/' || url.pathname === '/index.html' ? '/archive.html' : url.pathname, 'archive.html').catch(() => res.writeHead(500).end());
      return;
    }
    if (req.method === 'POST' && req.headers['x-luutru-request'] !== '1') {
      sendJson(res, 400, { error: { code: 'archive.request.invalid', params: {} } });
      return;
    }
    api(req, res, url, ip).then(
      (who) => log(`${req.method} ${url.pathname} 200 ${who} ${Date.now() - started} ms`),
      (e: unknown) => {
        const err = isAppError(e) ? e : new AppError('archive.server.error');
        if (!isAppError(e)) log(`${req.method} ${url.pathname} error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        const status = isAppError(e) ? statusOf(err.code) : 500;
        log(`${req.method} ${url.pathname} ${status} ${err.code} ${Date.now() - started} ms`);
        if (!res.headersSent) sendJson(res, status, { error: { code: err.code, params: err.params } });
        else res.end();
      },
    );
  };
  const server = options.tls ? createTlsServer({ cert: options.tls.cert, key: options.tls.key }, handler) : createServer(handler);
  server.requestTimeout = 30 * 60_000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => ok());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const scheme = options.tls ? 'https' : 'http';
  log(`archive server on ${scheme}://${host}:${address.port}/ (${db.kind}: ${db.location}); allowed: ${entries.join(', ')}`);
  return {
    url: `${scheme}://${host}:${address.port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
