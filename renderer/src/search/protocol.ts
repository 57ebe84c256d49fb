/** Messages between the UI and the search worker. */
import type { SearchEntry } from './register-index';

export type SearchRequest =
  /** Drops the index: a build starts. */
  | { readonly id: number; readonly type: 'reset' }
  /** Adds or replaces entries (a chunk of a build, or entries saved since). */
  | { readonly id: number; readonly type: 'add'; readonly entries: readonly SearchEntry[] }
  | { readonly id: number; readonly type: 'remove'; readonly ids: readonly string[] }
  /** Restricts later searches to these ids (the list's filters); null lifts it. */
  | { readonly id: number; readonly type: 'scope'; readonly ids: readonly string[] | null }
  | { readonly id: number; readonly type: 'search'; readonly query: string; readonly limit: number };

export type SearchResponse =
  | { readonly id: number; readonly type: 'done'; readonly size: number }
  | { readonly id: number; readonly type: 'found'; readonly ids: readonly string[] }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
