/**
 * Opens the sources of the persisted indexes by scope (for the index worker and its tests):
 * the app database of that name, opened once, and the source for the scope asked (a register's
 * list, one unit's entries in the upper level's consolidated search, or one unit's dossiers in
 * archive search).
 */
import { LuutruDb } from '../schema';
import type { OpenSource } from '../../search/persisted/index-host';
import { registerIndexSource, registerScopeKey } from './entry-index-source';
import { upperIndexSource, upperScopeKey } from './upper-index-source';
import { archiveIndexSource, archiveScopeKey } from './archive-index-source';

export function openIndexSources(open: (name: string) => LuutruDb = (name) => new LuutruDb(name)): OpenSource {
  const dbs = new Map<string, Promise<LuutruDb>>();
  return async (dbName, ref) => {
    let db = dbs.get(dbName);
    if (!db) {
      const fresh = open(dbName);
      dbs.set(dbName, (db = fresh.open().then(() => fresh)));
    }
    if (ref.kind === 'archive') return { key: archiveScopeKey(ref), source: archiveIndexSource(await db, ref) };
    if (ref.kind === 'upper') return { key: upperScopeKey(ref), source: upperIndexSource(await db, ref) };
    return { key: registerScopeKey(ref), source: await registerIndexSource(await db, ref) };
  };
}
