/**
 * The upper-level seam over HTTP: the screens of the province archive served on the LAN
 * talk to its server (renderer/src/archive/server.ts), PostgreSQL behind it. A request that
 * cannot reach the server becomes AppError('archive.connectionLost', '….read' for a read) — a Vietnamese sentence
 * saying what to do — and an ended session calls `onSignedOut` so the app shows the login.
 * Changes: this client's own writes re-run the watched queries at once; other workstations'
 * writes are seen by asking the server for its journal position every few seconds.
 */
import { AppError } from '../core/errors';
import type { ArchiveItem, OnProgress, Receiver, UnitDuties, UpperLevelApi } from './types';
import { NO_DUTIES } from '../core/duties/upper-duties';
import { allows, type Role } from '../core/archive-roles';
import type { ImportReceipt } from '../db/exchange/receipt';

/** `role`: the signed-in archivist's (GET /api/me). */
export type HttpApiOptions = { readonly receiver: Receiver; readonly role: Role; readonly baseUrl?: string; readonly pollMs?: number; readonly onSignedOut?: () => void };

/** A dry run's upload: the files' bytes in one body, and each file's name and size. */
type Upload = { readonly blob: Blob; readonly meta: readonly { readonly name: string; readonly size: number }[] };

type ErrorBody = { error?: { code?: unknown; params?: unknown } };

/** `onHeaders`: hears the answer's headers (what a read says beside its body: x-luutru-more). */
export async function request<T>(baseUrl: string, method: 'GET' | 'POST', path: string, body?: BodyInit, headers: Record<string, string> = {}, onHeaders?: (h: Headers) => void): Promise<T> {
  // A read lost says to try again (it spoke of choosing the files again and importing, over a search or a report); a
  // write other than an import, to look whether it was kept (trusting or revoking a key, deciding an owner).
  const lost = method === 'GET' ? 'archive.connectionLost.read' : path.startsWith('/api/import/') ? 'archive.connectionLost' : 'archive.connectionLost.write';
  let res: Response;
  try {
    res = await fetch(`${baseUrl}${path}`, {
      method,
      credentials: 'same-origin',
      headers: method === 'POST' ? { 'x-luutru-request': '1', ...headers } : headers,
      ...(body !== undefined ? { body } : {}),
    });
  } catch {
    throw new AppError(lost);
  }
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new AppError(res.ok ? lost : 'archive.server.error');
  }
  if (!res.ok) {
    const e = (json as ErrorBody).error;
    const params = typeof e?.params === 'object' && e.params !== null ? (e.params as Record<string, string | number>) : {};
    const code = typeof e?.code === 'string' ? e.code : 'archive.server.error';
    throw new AppError(code === 'archive.db.connectionLost' && method === 'GET' ? 'archive.db.connectionLost.read' : code, params);
  }
  onHeaders?.(res.headers);
  return json as T;
}

export function httpUpperApi(options: HttpApiOptions): UpperLevelApi {
  const base = options.baseUrl ?? '';
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  // One poll per client, however many queries are watched: other workstations' writes move the journal.
  let timer: ReturnType<typeof setInterval> | undefined;
  let version: number | undefined;
  const poll = () =>
    void request<{ version: number }>(base, 'GET', '/api/version').then(
      (r) => {
        // The first answer also re-runs the queries: a write between a query and that answer is not missed.
        if (r.version !== version) changed();
        version = r.version;
      },
      () => undefined,
    );
  const startPolling = () => {
    timer ??= setInterval(poll, options.pollMs ?? 4000);
  };
  const stopPolling = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  const call = async <T>(method: 'GET' | 'POST', path: string, body?: BodyInit, headers?: Record<string, string>, onHeaders?: (h: Headers) => void): Promise<T> => {
    try {
      return await request<T>(base, method, path, body, headers, onHeaders);
    } catch (e) {
      if (e instanceof AppError && e.code === 'archive.auth.required') options.onSignedOut?.();
      throw e;
    }
  };
  const get = <T>(path: string) => call<T>('GET', path);
  const post = async <T>(path: string, value: unknown): Promise<T> => {
    const out = await call<T>('POST', path, JSON.stringify(value), { 'content-type': 'application/json' });
    changed();
    return out;
  };
  const q = (params: Record<string, string | number | undefined>) => {
    const s = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
    return s.toString();
  };

  /**
   * The dry run the server holds for this archivist and what it was made on (the upload as sent),
   * for prepareImportAgain: the server keeps one per archivist, a new one dropping the earlier.
   */
  let held: { readonly token: string; readonly sent: Upload } | undefined;
  const forget = (token: string) => {
    if (held?.token === token) held = undefined;
  };
  const upload = async (sent: Upload, onProgress: OnProgress | undefined, signal: AbortSignal | undefined) => {
    onProgress?.({ stage: 'upload', done: 0, total: sent.meta.length });
    const r = await call<{ token: string; receipt: ImportReceipt }>('POST', '/api/import/prepare', sent.blob, { 'x-luutru-files': encodeURIComponent(JSON.stringify(sent.meta)) });
    // The server's dry run wrote nothing; a cancelled one is dropped there too.
    if (signal?.aborted) {
      await post('/api/import/discard', { token: r.token }).catch(() => undefined);
      throw new AppError('exchange.cancelled');
    }
    held = { token: r.token, sent };
    return r;
  };

  return {
    kind: 'http',
    receiver: options.receiver,
    may: { import: allows(options.role, 'import'), administer: allows(options.role, 'administer') },
    overview: () => get('/api/overview'),
    holdings: () => get('/api/holdings'),
    unitNames: () => get('/api/unit-names'),
    search: (query, o) => get(`/api/search?${q({ q: query, origin: o.origin, limit: o.limit })}`),
    searchHeld: (query, o) => get(`/api/held-search?${q({ q: query, origin: o.origin, limit: o.limit })}`),
    // Whether others follow: the server's header (one it does not send leaves the card counting, as before).
    async findHeld(query, o) {
      let more: boolean | undefined;
      const items = await call<ArchiveItem[]>('GET', `/api/held-search?${q({ q: query, origin: o.origin, limit: o.limit })}`, undefined, undefined, (h) => {
        const v = h.get('x-luutru-more');
        more = v === '1' ? true : v === '0' ? false : undefined;
      });
      return { items, ...(more !== undefined ? { more } : {}) };
    },
    heldDossier: (id) => get(`/api/held-dossier?${q({ id })}`),
    heldBox: (id) => get(`/api/held-box?${q({ id })}`),
    closeSearch: () => undefined,
    inventory: (unit) => get(`/api/inventory?${q({ unit })}`),
    statReports: (year) => get(`/api/stat-reports?${q({ year })}`),
    // The server counts every unit received (a hundred ids would not fit an address); those asked for are kept.
    async unitDuties(unitIds, year) {
      const all = await get<Record<string, UnitDuties>>(year === undefined ? '/api/duties' : `/api/duties?${q({ year })}`);
      return Object.fromEntries(unitIds.map((id) => [id, all[id] ?? NO_DUTIES]));
    },
    async prepareImport(files, onProgress, signal) {
      const meta = files.map((f) => ({ name: f.name, size: f.data.byteLength }));
      return upload({ blob: new Blob(files.map((f) => f.data as Uint8Array<ArrayBuffer>), { type: 'application/octet-stream' }), meta }, onProgress, signal);
    },
    async prepareImportAgain(token, onProgress, signal) {
      if (held?.token !== token) throw new AppError('import.expired');
      // The server drops the earlier dry run itself when it makes this one.
      return upload(held.sent, onProgress, signal);
    },
    applyImport: async (token, _onProgress, lostKeyAccepted = []) => {
      const r = await post<{ written: number; held: number }>('/api/import/apply', { token, lostKeyAccepted });
      forget(token);
      return r;
    },
    discardImport: async (token) => {
      forget(token);
      await post('/api/import/discard', { token });
    },
    trustKey: async (confirmation, compared) => void (await post('/api/keys/trust', { confirmation, compared })),
    refuseKey: async (confirmation, reason) => void (await post('/api/keys/refuse', { confirmation, reason })),
    keyRefusals: (kid) => get(`/api/keys/refusals?${q({ kid })}`),
    recordCustody: async (carrier, carried, input) => void (await post('/api/custody', { carrier, carried, input })),
    revokeKey: async (kid, reason, from) => void (await post('/api/keys/revoke', { kid, reason, from })),
    trustedKeys: () => get('/api/keys'),
    heldClaims: (offset, limit) => get(`/api/held?${q({ offset, limit })}`),
    receivedBundles: (offset, limit, origin) => get(`/api/received?${q({ offset, limit, origin })}`),
    decideOwner: async (table, id, owner) => void (await post('/api/held/decide', { table, id, owner })),
    forks: () => get('/api/forks'),
    custody: () => get('/api/custody'),
    watch(query, onValue, onError) {
      let stopped = false;
      const run = () =>
        void query().then(
          (v) => !stopped && onValue(v),
          (e: unknown) => !stopped && onError(e),
        );
      listeners.add(run);
      startPolling();
      run();
      return () => {
        stopped = true;
        listeners.delete(run);
        if (listeners.size === 0) stopPolling();
      };
    },
  };
}
