/**
 * A live query's answer kept with the key it was read for: dexie-react-hooks keeps the last answer while a new key is
 * read, so a page opened on another fonds (or a drawer on another box) showed, for a moment, what the last one held —
 * a fonds with jobs read as one without, a box's files under another box. Undefined until the answer is the key's.
 */
import { useLiveQuery } from 'dexie-react-hooks';

export function useLiveQueryFor<K, T>(key: K, query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const read = useLiveQuery(async () => ({ key, value: await query() }), [key, ...deps]);
  return read !== undefined && Object.is(read.key, key) ? read.value : undefined;
}
