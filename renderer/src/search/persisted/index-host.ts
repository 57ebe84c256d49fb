/**
 * What the index worker does, apart from the worker itself so Node tests run it as is: opens
 * scopes (a scope stays loaded while a page holds a handle on it, and is dropped from memory
 * when the last one is released), answers lists — the count and the first rows' ordinals in
 * one call, later windows of the same list by its id; the first entries of a list asked over
 * several scopes (the consolidated search: one scope per unit) — facet values and the span of a scope.
 */
import { PageCache } from './page-cache';
import { scopeLocks, type RunLocked } from './locks';
import { ScopeIndex, type IndexStatus } from './scope-index';
import { indexDbName, SearchDb } from './search-db';
import type { ViewFilter } from './scope-state';
import type { IndexSource } from './source';

/**
 * A scope to open: its kind and what it needs — a register: table and register id; the upper
 * level's consolidated search: one unit's entries (`origin` null: this unit's own); archive
 * search: one unit's dossiers, boxes and documents inside dossiers.
 */
export type ScopeRef =
  | { readonly kind: 'register'; readonly table: 'incomingDocs' | 'outgoingDocs'; readonly registerId: string }
  | { readonly kind: 'upper'; readonly origin: string | null }
  | { readonly kind: 'archive'; readonly origin: string | null };

/** Makes a scope's source from the app database's name (in the worker it opens that database). */
export type OpenSource = (dbName: string, ref: ScopeRef) => Promise<{ readonly key: string; readonly source: IndexSource }>;

export type ListWindow = { readonly from: number; readonly ordinals: number[]; readonly ids?: string[] };
export type ListResult = { readonly viewId: number; readonly count: number; readonly status: IndexStatus; readonly window?: ListWindow };
/** One scope's part of a list asked over several scopes: how many it holds, and its first entries taken. */
export type FirstsPart = { readonly handle: number; readonly count: number; readonly ordinals: number[]; readonly ids?: string[] };

export type IndexHost = {
  open(dbName: string, ref: ScopeRef, onStatus?: (s: IndexStatus) => void): Promise<{ handle: number; status: IndexStatus }>;
  /** Catches up with the journal; resolves to the status after. */
  sync(handle: number): Promise<IndexStatus>;
  /** Computes a list; with `window`, also the ordinals of its positions from..to (exclusive). */
  list(handle: number, filter: ViewFilter, window?: { from: number; to: number }): Promise<ListResult>;
  /** Positions from..to of a list computed before (undefined when it was dropped: compute it again). */
  window(viewId: number, from: number, to: number): Promise<ListWindow | undefined>;
  /** The first `limit` entries of the list over several scopes in turn (a scope is asked only while fewer were found). */
  firsts(handles: readonly number[], filter: ViewFilter, limit: number): Promise<FirstsPart[]>;
  facet(handle: number, field: string): Promise<{ value: string; count: number }[]>;
  span(handle: number): Promise<{ first: number; last: number } | undefined>;
  /** Resolves once no build runs (tests and the bench). */
  settled(handle: number): Promise<IndexStatus>;
  release(handle: number): Promise<void>;
};

type Open = { index: ScopeIndex; handles: Map<number, () => void>; ready: Promise<unknown> };
type View = { key: string; ordinals: Uint32Array; ids: boolean };

/** Lists kept for paging (each holds up to a 4-byte ordinal per entry of its scope). */
const KEPT_VIEWS = 4;

export function createIndexHost(openSource: OpenSource, options: { locks?: RunLocked; cache?: PageCache } = {}): IndexHost {
  const locks = options.locks ?? scopeLocks();
  const cache = options.cache ?? new PageCache();
  const dbs = new Map<string, SearchDb>();
  const scopes = new Map<string, Open>();
  const handles = new Map<number, string>();
  const views = new Map<number, View>();
  let nextHandle = 1;
  let nextView = 1;

  const scopeOf = async (handle: number): Promise<ScopeIndex> => {
    const key = handles.get(handle);
    const open = key === undefined ? undefined : scopes.get(key);
    if (!open) throw new Error(`index handle ${handle} is not open`);
    await open.ready;
    return open.index;
  };

  const cut = (view: View, open: ScopeIndex, from: number, to: number): ListWindow => {
    const start = Math.max(0, Math.min(from, view.ordinals.length));
    const ordinals = Array.from(view.ordinals.subarray(start, Math.max(start, Math.min(to, view.ordinals.length))));
    return { from: start, ordinals, ...(view.ids ? { ids: open.idsAt(ordinals) } : {}) };
  };

  /**
   * Reads at once (one read per index database, not one per scope) the term pages that the
   * scopes from `from` on need for a query and the cache lacks, for as many scopes as should
   * hold the `entries` left to find, twice over. Returns where the scopes read end (at least
   * the next scope: with no entries to cover, it reads its own pages when asked).
   */
  const readAhead = async (list: readonly number[], from: number, filter: ViewFilter, entries: number): Promise<number> => {
    const picked: ScopeIndex[] = [];
    let covered = 0;
    let to = from;
    for (; to < list.length && covered < 2 * entries; to++) {
      const index = await scopeOf(list[to]!);
      picked.push(index);
      covered += index.status().total;
    }
    type Wanted = { indexes: Map<string, ScopeIndex>; keys: [string, number, number, number][] };
    const wanted = new Map<SearchDb, Wanted>();
    for (const index of picked) {
      const keys = index.missingPages(filter);
      if (keys.length === 0) continue;
      const w: Wanted = wanted.get(index.store) ?? { indexes: new Map(), keys: [] };
      wanted.set(index.store, w);
      w.indexes.set(index.scope, index);
      w.keys.push(...keys);
    }
    for (const [db, w] of wanted) for (const row of await db.pages.bulkGet(w.keys)) if (row) w.indexes.get(row.scope)?.takePage(row);
    return Math.max(to, from + 1);
  };

  return {
    async open(dbName, ref, onStatus) {
      const { key, source } = await openSource(dbName, ref);
      const handle = nextHandle++;
      handles.set(handle, key);
      let open = scopes.get(key);
      if (!open) {
        let db = dbs.get(dbName);
        if (!db) dbs.set(dbName, (db = new SearchDb(indexDbName(dbName))));
        const index = new ScopeIndex(key, db, source, cache, locks);
        const ready = index.open();
        open = { index, handles: new Map(), ready };
        scopes.set(key, open);
        ready.catch(() => scopes.get(key)?.index === index && scopes.delete(key));
      }
      open.handles.set(handle, onStatus ? open.index.onStatus(onStatus) : () => undefined);
      await open.ready;
      return { handle, status: open.index.status() };
    },
    async sync(handle) {
      return (await scopeOf(handle)).sync();
    },
    async list(handle, filter, window) {
      const index = await scopeOf(handle);
      const ordinals = await index.view(filter);
      const viewId = nextView++;
      const view: View = { key: handles.get(handle)!, ordinals, ids: index.keepsIds };
      views.set(viewId, view);
      for (const id of views.keys()) if (views.size > KEPT_VIEWS) views.delete(id);
      return { viewId, count: ordinals.length, status: index.status(), ...(window ? { window: cut(view, index, window.from, window.to) } : {}) };
    },
    async window(viewId, from, to) {
      const view = views.get(viewId);
      const open = view ? scopes.get(view.key) : undefined;
      return view && open ? cut(view, open.index, from, to) : undefined;
    },
    async firsts(list, filter, limit) {
      const out: FirstsPart[] = [];
      let left = limit;
      let readTo = 1;
      let seen = 0;
      let found = 0;
      for (let i = 0; i < list.length && left > 0; i++) {
        // Entries to look through for the `left` still wanted: at the rate found so far; none found
        // yet, four times those seen (a rare word grows the reads to every unit in a few rounds,
        // and a common one after an empty first scope — the archive's own entries — no longer
        // reads the term pages of every unit: at 1M, 51 units' pages for words the first unit holds).
        if (i >= readTo) readTo = await readAhead(list, i, filter, found === 0 ? 4 * seen : (left * seen) / found);
        const handle = list[i]!;
        const index = await scopeOf(handle);
        const all = await index.view(filter);
        const ordinals = Array.from(all.subarray(0, left));
        out.push({ handle, count: all.length, ordinals, ...(index.keepsIds ? { ids: index.idsAt(ordinals) } : {}) });
        left -= ordinals.length;
        seen += index.status().total;
        found += all.length;
      }
      return out;
    },
    async facet(handle, field) {
      return (await scopeOf(handle)).facet(field);
    },
    async span(handle) {
      return (await scopeOf(handle)).span();
    },
    async settled(handle) {
      const index = await scopeOf(handle);
      await index.settled();
      return index.status();
    },
    async release(handle) {
      const key = handles.get(handle);
      handles.delete(handle);
      const open = key === undefined ? undefined : scopes.get(key);
      if (!open) return;
      open.handles.get(handle)?.();
      open.handles.delete(handle);
      if (open.handles.size > 0) return;
      open.index.close();
      scopes.delete(key!);
      for (const [id, v] of views) if (v.key === key) views.delete(id);
    },
  };
}
