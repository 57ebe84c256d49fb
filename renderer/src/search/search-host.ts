/**
 * What the search worker does with each message, apart from the worker itself so it can
 * be tested in Node: one register index, and the scope set by the list's filters.
 */
import { RegisterIndex } from './register-index';
import type { SearchRequest, SearchResponse } from './protocol';

export type SearchHost = { handle(request: SearchRequest): SearchResponse };

export function createSearchHost(): SearchHost {
  let index = new RegisterIndex();
  let scope: ReadonlySet<string> | null = null;
  const inScope = (id: string) => scope === null || scope.has(id);

  function run(req: SearchRequest): SearchResponse {
    switch (req.type) {
      case 'reset':
        index = new RegisterIndex();
        return { id: req.id, type: 'done', size: 0 };
      case 'add':
        index.add(req.entries);
        return { id: req.id, type: 'done', size: index.size };
      case 'remove':
        for (const id of req.ids) index.remove(id);
        return { id: req.id, type: 'done', size: index.size };
      case 'scope':
        scope = req.ids === null ? null : new Set(req.ids);
        return { id: req.id, type: 'done', size: index.size };
      case 'search':
        return { id: req.id, type: 'found', ids: index.search(req.query, { limit: req.limit, ...(scope ? { filter: inScope } : {}) }) };
    }
  }

  return {
    handle(req) {
      try {
        return run(req);
      } catch (e) {
        return { id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e) };
      }
    },
  };
}
