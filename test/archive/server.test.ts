// The archive server on the LAN: addresses outside the allow-list are refused before anything
// else; no data without a session or an API key; roles decide who imports; writes need the
// request header no other site can send; too many wrong passwords lock the address out for a
// while; and the logs never hold a password or a token. An import through the HTTP API (the
// same calls the served screens make) takes in a commune's real export.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createApiKey } from '../../renderer/src/archive/auth';
import { allowList } from '../../renderer/src/archive/http-util';
import { migrate } from '../../renderer/src/archive/migrations';
import { startArchiveServer, type ArchiveServer } from '../../renderer/src/archive/server';
import { openPglite, type ArchiveDb } from '../../renderer/src/archive/sql';
import { trustedKeys } from '../../renderer/src/archive/trust';
import { fixtureKey } from '../../scripts/make-bundle-fixtures';
import { resetArchive } from '../helpers/archive-db';
import { communeExport } from '../helpers/commune-export';

let db: ArchiveDb;
let server: ArchiveServer;
const logs: string[] = [];
const PASSWORDS = { binh: 'Bình-mật-khẩu-2026', an: 'An-chỉ-xem-2026', lan: 'Lan-nhập-dữ-liệu' };

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  await resetArchive(db);
  await createAccount(db, { username: 'binh', displayName: 'Trần Văn Bình', role: 'administer', password: PASSWORDS.binh });
  await createAccount(db, { username: 'an', displayName: 'Lê Thị An', role: 'view', password: PASSWORDS.an });
  await createAccount(db, { username: 'lan', displayName: 'Nguyễn Thị Lan', role: 'import', password: PASSWORDS.lan });
  server = await startArchiveServer({ db, host: '127.0.0.1', port: 0, allow: '127.0.0.1/32', distDir: 'dist', log: (l) => logs.push(l) });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

type Answer = { status: number; body: { error?: { code: string; params: Record<string, unknown> } } & Record<string, unknown>; cookie?: string };

async function call(path: string, init: { method?: string; body?: BodyInit; headers?: Record<string, string>; cookie?: string; base?: string } = {}): Promise<Answer> {
  const res = await fetch(`${init.base ?? server.url}${path.slice(1)}`, {
    method: init.method ?? 'GET',
    headers: { ...(init.method === 'POST' ? { 'x-luutru-request': '1' } : {}), ...(init.cookie ? { cookie: init.cookie } : {}), ...init.headers },
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
  const text = await res.text();
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  return { status: res.status, body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : { text }, ...(cookie ? { cookie } : {}) };
}

async function signIn(username: keyof typeof PASSWORDS): Promise<string> {
  const r = await call('/api/login', { method: 'POST', body: JSON.stringify({ username, password: PASSWORDS[username] }), headers: { 'content-type': 'application/json' } });
  expect(r.status).toBe(200);
  return r.cookie!;
}

describe('who may reach the archive', () => {
  it('refuses an address outside the allow-list, for the app and the API alike', async () => {
    const lan = await startArchiveServer({ db, host: '127.0.0.1', port: 0, allow: '10.0.0.0/8,192.168.1.0/24', distDir: 'dist', log: (l) => logs.push(l) });
    try {
      for (const path of ['/', '/api/overview', '/api/login']) {
        const r = await call(path, { base: lan.url, ...(path === '/api/login' ? { method: 'POST', body: '{}' } : {}) });
        expect(r.status).toBe(403);
        expect(r.body.error?.code).toBe('archive.ip.refused');
      }
    } finally {
      await lan.close();
    }
    expect(() => allowList('192.168.1.0/33')).toThrow(expect.objectContaining({ code: 'archive.allow.invalid' }));
    expect(() => allowList('lan')).toThrow(expect.objectContaining({ code: 'archive.allow.invalid' }));
  });

  it('gives no data without a session or a key; a wrong password and an unknown user get one answer', async () => {
    expect((await call('/api/overview')).body.error?.code).toBe('archive.auth.required');
    expect((await call('/api/overview', { headers: { authorization: 'Bearer ltk_guessed' } })).status).toBe(401);
    expect((await call('/api/overview', { cookie: 'luutru_session=lts_forged' })).status).toBe(401);
    const wrong = await call('/api/login', { method: 'POST', body: JSON.stringify({ username: 'binh', password: 'sai-mat-khau-roi' }) });
    const unknown = await call('/api/login', { method: 'POST', body: JSON.stringify({ username: 'khong-co', password: 'sai-mat-khau-roi' }) });
    expect([wrong.status, wrong.body.error?.code]).toEqual([401, 'archive.login.failed']);
    expect([unknown.status, unknown.body.error?.code]).toEqual([401, 'archive.login.failed']);
  });

  it('a session reads; the view role may not import; writes need the request header; an API key works for scripts', async () => {
    const an = await signIn('an');
    expect((await call('/api/overview', { cookie: an })).status).toBe(200);
    expect((await call('/api/me', { cookie: an })).body).toMatchObject({ account: { username: 'an', role: 'view' }, unit: { name: 'Lưu trữ lịch sử tỉnh Hưng Yên' } });
    const refused = await call('/api/import/discard', { method: 'POST', cookie: an, body: JSON.stringify({ token: 'x' }) });
    expect([refused.status, refused.body.error?.code]).toEqual([403, 'archive.auth.forbidden']);
    // Nor record a key as not trusted.
    expect((await call('/api/keys/refuse', { method: 'POST', cookie: an, body: '{}' })).body.error?.code).toBe('archive.auth.forbidden');
    const lan = await signIn('lan');
    const noHeader = await fetch(`${server.url}api/import/discard`, { method: 'POST', headers: { cookie: lan }, body: '{"token":"x"}' });
    expect(noHeader.status).toBe(400);
    const revoke = await call('/api/keys/revoke', { method: 'POST', cookie: lan, body: JSON.stringify({ kid: 'k', reason: 'r', from: '2026-01-01T00:00:00Z' }) });
    expect(revoke.body.error?.code).toBe('archive.auth.forbidden');
    const key = await createApiKey(db, 'an', 'báo cáo');
    expect((await call('/api/holdings', { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);
    // The units' reports and duties are read with the view role (the duties of every year, or of one); a year that is
    // not four digits is a bad request, said so (the year as typed, cut short).
    const reports = await call('/api/stat-reports', { cookie: an });
    expect([reports.status, reports.body.years, reports.body.reports, (reports.body.unit as { name: string }).name]).toEqual([200, [], [], 'Lưu trữ lịch sử tỉnh Hưng Yên']);
    const badYear = await call('/api/stat-reports?year=20x5', { cookie: an });
    expect([badYear.status, badYear.body.error?.code, badYear.body.error?.params]).toEqual([400, 'archive.request.year', { year: '20x5' }]);
    expect((await call('/api/duties', { cookie: an })).status).toBe(200);
    expect((await call('/api/duties?year=2025', { cookie: an })).status).toBe(200);
    for (const bad of ['25', '2025.0', '-2025', `2${'0'.repeat(40)}`]) {
      const refused = await call(`/api/duties?year=${bad}`, { cookie: an });
      expect([refused.status, refused.body.error?.code, refused.body.error?.params]).toEqual([400, 'archive.request.year', { year: bad.slice(0, 20) }]);
    }
    // The search of dossiers and boxes too; without a session nothing; a query of no word finds nothing, a limit out of range is held in range.
    expect((await call('/api/held-search?q=ho%20so')).status).toBe(401);
    expect((await call('/api/held-search?q=%20%2C', { cookie: an })).body).toEqual([]);
    expect((await call('/api/held-search?q=ho%20so&limit=1e400', { cookie: an })).status).toBe(200);
    // Whether more follow the hits, in a header (the body is the list of hits).
    expect((await fetch(`${server.url}api/held-search?q=ho%20so&limit=1`, { headers: { cookie: an } })).headers.get('x-luutru-more')).toBe('0');
    const out = await call('/api/logout', { method: 'POST', cookie: an });
    expect(out.status).toBe(200);
    expect((await call('/api/overview', { cookie: an })).status).toBe(401);
  });

  it('serves HTTPS with a certificate: the session cookie is then Secure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luutru-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'pipe' });
    const tls = await startArchiveServer({ db, host: '127.0.0.1', port: 0, allow: '127.0.0.1/32', distDir: 'dist', log: () => undefined, tls: { cert: readFileSync(join(dir, 'cert.pem')), key: readFileSync(join(dir, 'key.pem')) } });
    try {
      expect(tls.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
      const answer = await new Promise<{ status: number; cookie: string }>((ok, fail) => {
        const req = httpsRequest(`${tls.url}api/login`, { method: 'POST', ca: readFileSync(join(dir, 'cert.pem')), headers: { 'x-luutru-request': '1', 'content-type': 'application/json' } }, (res) => {
          res.resume();
          ok({ status: res.statusCode ?? 0, cookie: String(res.headers['set-cookie']?.[0] ?? '') });
        });
        req.on('error', fail);
        req.end(JSON.stringify({ username: 'binh', password: PASSWORDS.binh }));
      });
      expect(answer.status).toBe(200);
      expect(answer.cookie).toMatch(/HttpOnly; SameSite=Strict; Path=\/; Secure/);
    } finally {
      await tls.close();
    }
  });

  it('locks an address out after too many wrong passwords', async () => {
    let last: Answer | undefined;
    for (let i = 0; i < 10; i++) last = await call('/api/login', { method: 'POST', body: JSON.stringify({ username: 'lan', password: `doan-sai-lan-${i}` }) });
    expect([last!.status, last!.body.error?.code]).toEqual([429, 'archive.login.tooMany']);
  });

  it('never writes a password or a token into its log', () => {
    const all = logs.join('\n');
    for (const p of Object.values(PASSWORDS)) expect(all).not.toContain(p);
    expect(all).not.toMatch(/lts_|ltk_/);
    expect(all).toMatch(/POST \/api\/login 401 archive\.login\.failed/);
  });
});

describe('an import through the HTTP API', () => {
  it('uploads the files, asks for the key, applies in one step and shows the commune', async () => {
    const { files, profile } = await communeExport('Ủy ban nhân dân xã Thụy Hải', '12345', { incoming: 25, outgoing: 5, dossiers: 2 });
    const cookie = await signIn('binh');
    const upload = () =>
      call('/api/import/prepare', {
        method: 'POST',
        cookie,
        body: new Blob(files.map((f) => f.data as Uint8Array<ArrayBuffer>)),
        headers: { 'x-luutru-files': encodeURIComponent(JSON.stringify(files.map((f) => ({ name: f.name, size: f.data.byteLength })))) },
      });
    const first = await upload();
    const receipt = first.body.receipt as { files: { status: string; confirmations?: unknown[] }[]; writes: number };
    expect(receipt.files[0]!.status).toBe('needs-confirmation');
    // A key not trusted is recorded with why, as on the screen, and read back by its key (the next file of it is met with it).
    const asked = receipt.files[0]!.confirmations![0] as { kid: string };
    expect((await call('/api/keys/refuse', { method: 'POST', cookie, body: JSON.stringify({ confirmation: asked, reason: 'Chưa đối chiếu được với giấy của xã' }) })).status).toBe(200);
    const refusals = (await call(`/api/keys/refusals?kid=${encodeURIComponent(asked.kid)}`, { cookie })).body as unknown as { reason: string }[];
    expect(refusals.map((r) => r.reason)).toEqual(['Chưa đối chiếu được với giấy của xã']);
    // How the words were compared is said by the screen and kept with the key: a request that does not say is refused.
    const unsaid = await call('/api/keys/trust', { method: 'POST', cookie, body: JSON.stringify({ confirmation: receipt.files[0]!.confirmations![0] }) });
    expect([unsaid.status, unsaid.body.error?.code]).toEqual([400, 'archive.request.invalid']);
    // The warnings its card showed are kept with the key: anything but such warnings is refused.
    const odd = await call('/api/keys/trust', { method: 'POST', cookie, body: JSON.stringify({ confirmation: { ...receipt.files[0]!.confirmations![0] as object, warnings: [{ code: 'identity.other' }] }, compared: 'words-read-aloud' }) });
    expect([odd.status, odd.body.error?.code]).toEqual([400, 'archive.request.invalid']);
    expect((await call('/api/keys/trust', { method: 'POST', cookie, body: JSON.stringify({ confirmation: receipt.files[0]!.confirmations![0], compared: 'words-read-aloud' }) })).status).toBe(200);
    expect((await trustedKeys(db)).map((k) => k.compared)).toContain('words-read-aloud');
    const second = await upload();
    expect((second.body.receipt as { writes: number }).writes).toBeGreaterThan(30);
    const short = await call('/api/import/prepare', { method: 'POST', cookie, body: new Blob([files[0]!.data.slice(0, 100) as Uint8Array<ArrayBuffer>]), headers: { 'x-luutru-files': encodeURIComponent(JSON.stringify([{ name: 'a', size: 5000 }])) } });
    expect(short.body.error?.code).toBe('archive.upload.incomplete');
    const applied = await call('/api/import/apply', { method: 'POST', cookie, body: JSON.stringify({ token: second.body.token }) });
    expect(applied.body).toMatchObject({ written: (second.body.receipt as { writes: number }).writes });
    // The token is used up: applying twice is refused, not done twice.
    expect((await call('/api/import/apply', { method: 'POST', cookie, body: JSON.stringify({ token: second.body.token }) })).body.error?.code).toBe('import.expired');
    const overview = (await call('/api/overview', { cookie })).body as unknown as { name: string; counts: Record<string, number> }[];
    expect(overview.map((o) => [o.name, o.counts.incomingDocs])).toEqual([['Ủy ban nhân dân xã Thụy Hải', 25]]);
    const doc = (await profile.db.incomingDocs.toArray())[3]!;
    const hits = (await call(`/api/search?q=${encodeURIComponent(doc.summary)}&limit=50`, { cookie })).body as unknown as { id: string }[];
    expect(hits.map((h) => h.id)).toContain(doc.id);
    expect(((await call('/api/version', { cookie })).body as { version: number }).version).toBeGreaterThan(0);
  });

  it('keeps a recovered key’s announcement as the bundle carried it, and refuses one that is not an announcement', async () => {
    const cookie = await signIn('binh');
    const fresh = await fixtureKey(12);
    const unitId = '0190aaaa-0000-7000-8000-0000000000a1';
    const recovery = { kind: 'key-recovery', unitId, newKid: fresh.kid, backupCreatedAt: '2026-01-04T09:00:00.000Z', resumedAfterSequence: 3 };
    const confirmation = { kind: 'key-recovery', origin: { unitId, name: 'Ủy ban nhân dân xã Thụy Liên', adminCode: '13579' }, signerKey: fresh.jwk, recovery };
    const bad = await call('/api/keys/trust', { method: 'POST', cookie, body: JSON.stringify({ confirmation: { ...confirmation, recovery: { ...recovery, resumedAfterSequence: 'ba' } }, compared: 'words-typed' }) });
    expect([bad.status, bad.body.error?.code]).toEqual([400, 'archive.request.invalid']);
    // An announcement of another key is refused, not dropped.
    const other = await call('/api/keys/trust', { method: 'POST', cookie, body: JSON.stringify({ confirmation: { ...confirmation, recovery: { ...recovery, newKid: (await fixtureKey(13)).kid } }, compared: 'words-typed' }) });
    expect([other.status, other.body.error?.code]).toEqual([400, 'bundle.recovery.invalid']);
    // A lost key's replacement is typed from the paper: "read aloud" is refused here too, not only by the screen.
    const readAloud = await call('/api/keys/trust', { method: 'POST', cookie, body: JSON.stringify({ confirmation, compared: 'words-read-aloud' }) });
    expect([readAloud.status, readAloud.body.error?.code]).toEqual([400, 'key.compareByTyping']);
    expect((await call('/api/keys/trust', { method: 'POST', cookie, body: JSON.stringify({ confirmation, compared: 'words-typed' }) })).status).toBe(200);
    expect((await trustedKeys(db)).find((k) => k.kid === fresh.kid)?.recovery).toEqual(recovery);
  });
});
