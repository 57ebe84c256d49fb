/**
 * What the search worker does, apart from the worker itself so it can be tested in Node:
 * one register index, and the scope set by the list's filters. The worker exposes this
 * object through Comlink (search.worker.ts).
 */
import { RegisterIndex, type SearchEntry } from './register-index';

export type SearchHost = {
  /** Drops the index: a build starts. Returns the new size (0). */
  reset(): number;
  /** Adds or replaces entries (a chunk of a build, or entries saved since); returns the size. */
  add(entries: readonly SearchEntry[]): number;
  remove(ids: readonly string[]): number;
  /** Restricts later searches to these ids (the list's filters); null lifts it. */
  scope(ids: readonly string[] | null): number;
  search(query: string, limit: number): string[];
};

export function createSearchHost(): SearchHost {
  let index = new RegisterIndex();
  let scope: ReadonlySet<string> | null = null;
  const inScope = (id: string) => scope === null || scope.has(id);
  return {
    reset() {
      index = new RegisterIndex();
      return 0;
    },
    add(entries) {
      index.add(entries);
      return index.size;
    },
    remove(ids) {
      for (const id of ids) index.remove(id);
      return index.size;
    },
    scope(ids) {
      scope = ids === null ? null : new Set(ids);
      return index.size;
    },
    search(query, limit) {
      return index.search(query, { limit, ...(scope ? { filter: inScope } : {}) });
    },
  };
}
