// The archive screens over HTTP: after a key is confirmed or a custody recorded, the dry run is made
// again on the files of the receipt on screen — ImportPanel keeps no copy of its own, so the client
// sends again the very upload it sent (same bytes, same names); like the server, it keeps one dry
// run's upload. A dry run that is gone (applied, discarded, replaced) says so in Vietnamese.
import { createInstance, type TFunction } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { httpUpperApi, request } from '../../renderer/src/upper-api/http';
import { AppError } from '../../renderer/src/core/errors';
import { errorMessage } from '../../renderer/src/i18n';
import { vi as viText } from '../../renderer/src/i18n/vi';

let t: TFunction;
beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({ resources: { vi: { translation: viText } }, lng: 'vi', interpolation: { escapeValue: false } });
  t = i18n.t;
});

type Seen = { path: string; files?: string; body: string };

/** Dry-run tokens, unique across the stand-ins (the same server before and after a dropped connection). */
let next = 1;

/** A stand-in for the archive server: numbered dry runs, and every request it saw. */
function fakeServer(options: { failNextPrepare?: boolean } = {}) {
  const seen: Seen[] = [];
  let fail = options.failNextPrepare ?? false;
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    const path = new URL(url, 'http://archive.local').pathname;
    const headers = (init.headers ?? {}) as Record<string, string>;
    const body = init.body instanceof Blob ? await init.body.text() : String(init.body ?? '');
    seen.push({ path, ...(headers['x-luutru-files'] ? { files: decodeURIComponent(headers['x-luutru-files']) } : {}), body });
    const json = (status: number, value: unknown) => new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
    if (path === '/api/import/prepare') {
      if (fail) {
        fail = false;
        return json(503, { error: { code: 'archive.connectionLost' } });
      }
      return json(200, { token: `t${next++}`, receipt: { files: [], canApply: true } });
    }
    if (path === '/api/import/apply') return json(200, { written: 1, held: 0 });
    return json(200, {});
  });
  vi.stubGlobal('fetch', fetch);
  return { seen, prepares: () => seen.filter((s) => s.path === '/api/import/prepare'), discards: () => seen.filter((s) => s.path === '/api/import/discard').map((s) => JSON.parse(s.body).token) };
}

const api = () => httpUpperApi({ baseUrl: 'http://archive.local', receiver: { unitId: 'u', name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên', operator: 'Trần Văn Bình' }, role: 'import' });
const files = () => [
  { name: '12345_2026-01-10_1-p1.luutru.json', data: new TextEncoder().encode('{"payload":"phần một"}') },
  { name: '12345_2026-01-10_1-p2.luutru.json', data: new TextEncoder().encode('{"payload":"phần hai"}') },
];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the dry run made again over HTTP', () => {
  it('sends the same files again; the server drops the earlier dry run, and it cannot be checked again here', async () => {
    const server = fakeServer();
    const a = api();
    const first = await a.prepareImport(files());
    const again = await a.prepareImportAgain(first.token);
    expect(again.token).not.toBe(first.token);
    const [one, two] = server.prepares();
    expect(two!.body).toBe(one!.body);
    expect(two!.body).toContain('phần một');
    expect(JSON.parse(two!.files!)).toEqual([
      { name: '12345_2026-01-10_1-p1.luutru.json', size: files()[0]!.data.byteLength },
      { name: '12345_2026-01-10_1-p2.luutru.json', size: files()[1]!.data.byteLength },
    ]);
    // The server keeps one dry run per archivist: the new one replaced it there, so no discard is sent.
    expect(server.discards()).toEqual([]);
    const e = await a.prepareImportAgain(first.token).catch((x: unknown) => x);
    expect((e as AppError).code).toBe('import.expired');
    // And again on the new one.
    await a.prepareImportAgain(again.token);
    expect(server.prepares()).toHaveLength(3);
  });

  it('keeps the files when the new dry run fails or is stopped, so the archivist can check again', async () => {
    fakeServer();
    const a = api();
    const first = await a.prepareImport(files());
    // The connection drops just as the dry run is asked again.
    vi.unstubAllGlobals();
    const failing = fakeServer({ failNextPrepare: true });
    await expect(a.prepareImportAgain(first.token)).rejects.toMatchObject({ code: 'archive.connectionLost' });
    // Stopped: the server's new dry run is discarded, the files stay.
    const stop = new AbortController();
    stop.abort();
    await expect(a.prepareImportAgain(first.token, undefined, stop.signal)).rejects.toMatchObject({ code: 'exchange.cancelled' });
    expect(failing.discards()).toHaveLength(1);
    const again = await a.prepareImportAgain(first.token);
    expect(failing.prepares()).toHaveLength(3);
    expect(failing.prepares()[2]!.body).toContain('phần hai');
    expect(again.token).not.toBe(first.token);
  });

  it('says the check has expired for a dry run that was applied, discarded or replaced, and asks nothing of the server', async () => {
    const server = fakeServer();
    const a = api();
    const applied = await a.prepareImport(files());
    await a.applyImport(applied.token);
    const discarded = await a.prepareImport(files());
    await a.discardImport(discarded.token);
    const replaced = await a.prepareImport(files());
    await a.prepareImport(files());
    const before = server.seen.length;
    for (const token of [applied.token, discarded.token, replaced.token, 'never']) {
      const e = await a.prepareImportAgain(token).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('import.expired');
      expect(errorMessage(t, e)).toBe('Kết quả kiểm tra đã hết hạn. Hãy chọn lại tệp.');
    }
    expect(server.seen.length).toBe(before);
  });
});

describe('the server out of reach', () => {
  it('says what to do by what was being done: a read to try again, an import to import again, another write to look whether it was kept', async () => {
    // Nothing listens on port 9 of this machine: the connection is refused.
    const lost = (method: 'GET' | 'POST', path: string) => request('http://127.0.0.1:9', method, path).then(() => '', (e: AppError) => e.code);
    expect(await lost('GET', '/api/held-search?q=ho+so')).toBe('archive.connectionLost.read');
    expect(await lost('POST', '/api/import/prepare')).toBe('archive.connectionLost');
    expect(await lost('POST', '/api/keys/trust')).toBe('archive.connectionLost.write');
  });
});
