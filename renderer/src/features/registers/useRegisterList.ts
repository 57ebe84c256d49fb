/**
 * The list of a register screen, a window at a time: the index worker (search/persisted) says
 * how many entries the filters and the search keep and which numbers stand at the positions on
 * screen; only those rows (plus a margin) are read, through the register's number index. The
 * index is kept current from the change journal (one small live query on its last seq, so a
 * save here or in another window shows at once), and everything is let go when the page goes.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { liveQuery } from 'dexie';
import { useDb } from '../../db/context';
import { entriesAt } from '../../db/repositories/entry-repository';
import type { RegisterScope } from '../../db/repositories/entry-index-source';
import { lastJournalSeq } from '../../db/repositories/journal-repository';
import type { IncomingDoc, OutgoingDoc } from '../../db/register-records';
import { indexClient, type IndexStatus, type ListWindow, type ViewFilter } from '../../search/persisted/index-client';

export type ListRow = IncomingDoc | OutgoingDoc;
export type FacetValue = { readonly value: string; readonly count: number };

/** Rows read beyond the visible ones, on each side. */
const MARGIN = 40;
/** Rows kept around the visible ones (the rest are read again when scrolled back to). */
const KEEP = 400;

export type RegisterList = {
  /** Entries in the register; undefined until the index has answered. */
  readonly total: number | undefined;
  /** Entries the filters and the search keep. */
  readonly count: number | undefined;
  /** The index is being built (first opening, or after a large import): entries done of about how many. */
  readonly building: IndexStatus['building'];
  /** Loaded rows by position in the list. */
  readonly rows: ReadonlyMap<number, ListRow>;
  /** Values held by entries, most held first, per field (typeName, sender…). */
  readonly facets: Readonly<Record<string, readonly FacetValue[]>>;
  /** Lowest and highest number of a live (not cancelled) entry. */
  readonly span: { readonly first: number; readonly last: number } | undefined;
  /** The table tells which positions are on screen. */
  showRange(start: number, end: number): void;
  /** Every row of the list (up to `max`), read window by window; `onProgress` hears how many so far. */
  readAll(max: number, onProgress?: (read: number) => void): Promise<ListRow[]>;
};

type Shown = { readonly viewId: number; readonly count: number; readonly rows: ReadonlyMap<number, ListRow> };

/** Runs the latest asked job only: while one runs, asks pile up and only the last one runs next. */
function latestOnly(): (job: () => Promise<void>) => void {
  let running = false;
  let next: (() => Promise<void>) | undefined;
  const run = (job: () => Promise<void>) => {
    if (running) {
      next = job;
      return;
    }
    running = true;
    void job()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        const j = next;
        next = undefined;
        if (j) run(j);
      });
  };
  return run;
}

export function useRegisterList(scope: RegisterScope | undefined, filter: ViewFilter, facetFields: readonly string[]): RegisterList {
  const db = useDb();
  const client = indexClient();
  const [handle, setHandle] = useState<number>();
  const [status, setStatus] = useState<IndexStatus>();
  const [shown, setShown] = useState<Shown>();
  const [facets, setFacets] = useState<Record<string, FacetValue[]>>({});
  const [span, setSpan] = useState<{ first: number; last: number }>();
  const [relist, setRelist] = useState(0);
  /** Opened again after a failed list (the worker restarted after a crash, and forgot our handle). */
  const [reopened, setReopened] = useState(0);
  const failures = useRef(0);
  const range = useRef({ start: 0, end: 30 });
  const shownRef = useRef<Shown | undefined>(undefined);
  shownRef.current = shown;
  const listJobs = useMemo(latestOnly, [handle]);
  const windowJobs = useMemo(latestOnly, [handle]);
  const table = scope?.table;
  const registerId = scope?.registerId;

  // Open the register's index for as long as the page shows it; follow the journal.
  useEffect(() => {
    setShown(undefined);
    setStatus(undefined);
    setFacets({});
    setSpan(undefined);
    if (!table || !registerId) return;
    let live = true;
    let h: number | undefined;
    void client.open(db.name, { kind: 'register', table, registerId }, (s) => live && setStatus(s)).then(
      (r) => {
        if (!live) return void client.release(r.handle);
        h = r.handle;
        setHandle(r.handle);
        setStatus(r.status);
      },
      () => undefined,
    );
    const sub = liveQuery(() => lastJournalSeq(db)).subscribe({
      next: () => {
        if (h !== undefined) void client.sync(h).then((s) => live && setStatus(s), () => undefined);
      },
    });
    return () => {
      live = false;
      sub.unsubscribe();
      if (h !== undefined) void client.release(h).catch(() => undefined);
      setHandle(undefined);
    };
  }, [client, db, table, registerId, reopened]);

  const rowsOf = useCallback(
    async (w: ListWindow | undefined): Promise<Map<number, ListRow>> => {
      const out = new Map<number, ListRow>();
      if (!w || !table || !registerId) return out;
      const rows = await entriesAt(db, table, registerId, w.ordinals, w.ids);
      rows.forEach((r, i) => r && out.set(w.from + i, r));
      return out;
    },
    [db, table, registerId],
  );

  // The list: again when the filters change or the index moved on.
  const filterKey = JSON.stringify(filter);
  const generation = status?.generation;
  useEffect(() => {
    if (handle === undefined || generation === undefined) return;
    let live = true;
    listJobs(async () => {
      const { start, end } = range.current;
      try {
        const r = await client.list(handle, JSON.parse(filterKey) as ViewFilter, { from: Math.max(0, start - MARGIN), to: end + MARGIN });
        // A shorter list (a search) than where the table was scrolled: the table will show its end.
        const w = start >= r.count && r.count > 0 ? await client.window(r.viewId, Math.max(0, r.count - (end - start) - MARGIN), r.count) : r.window;
        const rows = await rowsOf(w);
        failures.current = 0;
        if (live) setShown({ viewId: r.viewId, count: r.count, rows });
      } catch {
        // Never leave the list on an answer to an older question: open the index again (a few times).
        if (live && failures.current++ < 5) setTimeout(() => live && setReopened((n) => n + 1), 100 * failures.current);
      }
    });
    return () => {
      live = false;
    };
  }, [client, handle, filterKey, generation, relist, listJobs, rowsOf]);

  // Values to filter by and to suggest, and the span of numbers, as the index moves on.
  const fieldsKey = facetFields.join('|');
  useEffect(() => {
    if (handle === undefined || generation === undefined) return;
    let live = true;
    void Promise.all([Promise.all(fieldsKey.split('|').filter(Boolean).map(async (f) => [f, await client.facet(handle, f)] as const)), client.span(handle)]).then(
      ([pairs, s]) => {
        if (!live) return;
        setFacets(Object.fromEntries(pairs));
        setSpan(s);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client, handle, generation, fieldsKey]);

  const showRange = useCallback(
    (start: number, end: number) => {
      range.current = { start, end };
      const cur = shownRef.current;
      if (!cur) return;
      let missing = false;
      for (let i = start; i < Math.min(end, cur.count) && !missing; i++) if (!cur.rows.has(i)) missing = true;
      if (!missing) return;
      windowJobs(async () => {
        const now = shownRef.current;
        if (!now || now.viewId !== cur.viewId) return;
        const { start: s, end: e } = range.current;
        const w = await client.window(now.viewId, Math.max(0, s - MARGIN), e + MARGIN);
        // The worker let this list go (it keeps a few): compute it again.
        if (!w) return setRelist((n) => n + 1);
        const fresh = await rowsOf(w);
        setShown((prev) => {
          if (!prev || prev.viewId !== now.viewId) return prev;
          const rows = new Map<number, ListRow>();
          for (const [i, r] of prev.rows) if (i >= s - KEEP && i < e + KEEP) rows.set(i, r);
          for (const [i, r] of fresh) rows.set(i, r);
          return { ...prev, rows };
        });
      });
    },
    [client, rowsOf, windowJobs],
  );

  const readAll = useCallback(
    async (max: number, onProgress?: (read: number) => void) => {
      const cur = shownRef.current;
      const out: ListRow[] = [];
      if (!cur) return out;
      for (let from = 0; from < Math.min(cur.count, max); from += 1000) {
        const w = await client.window(cur.viewId, from, Math.min(from + 1000, max));
        if (!w) break;
        for (const r of (await rowsOf(w)).values()) out.push(r);
        onProgress?.(out.length);
      }
      return out;
    },
    [client, rowsOf],
  );

  return { total: status?.total, count: shown?.count, building: status?.building, rows: shown?.rows ?? new Map(), facets, span, showRange, readAll };
}
