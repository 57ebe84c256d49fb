/**
 * The dossier list of a fonds' year, a window at a time: the count from an index, and only the
 * rows near the screen (plus a margin) read from the notation-ordered index, live (a save here
 * or in another window shows at once). A search reads the year in small batches and keeps only
 * the ids found; the rows shown are then read by id. A fonds received from another unit is in
 * its blocks: the page reads it whole once (its years and count come from the same read) and the
 * list orders and windows it in memory (dossier-list-repository.ts).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Dossier } from '../../core/dossiers/types';
import { useDb } from '../../db/context';
import { countDossierList, dossierListWindow, dossiersInOrder, orderForList, searchDossierList, type DossierListFilter } from '../../db/repositories/dossier-list-repository';

/** Positions read per step; the window spans the rows on screen plus a step each side. */
const STEP = 40;

export type DossierList = {
  /** Dossiers the list holds (with the search); undefined until counted. */
  readonly count: number | undefined;
  /** The dossier at a position, when read. */
  rowAt(index: number): Dossier | undefined;
  /** The table tells which positions are on screen. */
  showRange(start: number, end: number): void;
  /** The rows read now (around the screen), e.g. to name their boxes. */
  readonly held: readonly Dossier[];
};

type Shown = { readonly key: string; readonly from: number; readonly rows: readonly Dossier[] };

/** `receivedDossiers`: a received fonds' dossiers as the page read them (undefined while read). */
export function useDossierList(filter: DossierListFilter | undefined, text: string, received: boolean, receivedDossiers?: readonly Dossier[]): DossierList {
  const db = useDb();
  const [range, setRange] = useState({ from: 0, to: 3 * STEP });
  const key = filter ? `${filter.fondsId}|${filter.year}|${filter.showDeleted}|${text}|${received}` : '';
  const searching = text.trim() !== '';

  // The range is the table's: when the list changes (another year, filter or search) the table
  // keeps its scroll position within the new list and reports the rows on screen again. Resetting
  // it here would leave a table scrolled down with rows that are never read.

  const whole = useMemo(() => (filter && received && receivedDossiers ? orderForList(receivedDossiers, filter, text) : undefined), [filter, received, receivedDossiers, text]);
  const found = useLiveQuery(async () => (filter && !received && searching ? { key, ids: await searchDossierList(db, filter, text) } : undefined), [db, key]);
  const counted = useLiveQuery(async () => (filter && !received && !searching ? { key, n: await countDossierList(db, filter) } : undefined), [db, key]);

  const ids = found?.key === key ? found.ids : undefined;
  const count = !filter ? 0 : received ? whole?.length : searching ? ids?.length : counted?.key === key ? counted.n : undefined;

  const windowRows = useLiveQuery(async (): Promise<Shown | undefined> => {
    if (!filter || received || count === undefined) return undefined;
    const rows = searching ? (ids ? await dossiersInOrder(db, ids.slice(range.from, range.to)) : undefined) : await dossierListWindow(db, filter, range.from, range.to, count);
    return rows ? { key, from: range.from, rows } : undefined;
  }, [db, key, range.from, range.to, count, ids]);

  // Keep the last window while the next one is read, so rows never blank out while scrolling.
  const [shown, setShown] = useState<Shown>();
  useEffect(() => {
    if (windowRows) setShown(windowRows);
  }, [windowRows]);

  const showRange = useCallback((start: number, end: number) => {
    const from = Math.max(0, Math.floor(start / STEP) * STEP - STEP);
    const to = Math.ceil(end / STEP) * STEP + STEP;
    setRange((r) => (r.from === from && r.to === to ? r : { from, to }));
  }, []);

  const rowAt = useMemo(() => {
    if (received) return (i: number) => whole?.[i];
    const s = shown?.key === key ? shown : undefined;
    return (i: number) => (s && i >= s.from && i < s.from + s.rows.length ? s.rows[i - s.from] : undefined);
  }, [received, whole, shown, key]);

  const held = useMemo(() => (received ? (whole ?? []) : shown?.key === key ? shown.rows : []), [received, whole, shown, key]);
  return { count, rowAt, showRange, held };
}
