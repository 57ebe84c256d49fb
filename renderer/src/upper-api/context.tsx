/** React context for the upper-level seam (IndexedDB in the commune app, HTTP in the served province archive). */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { UpperLevelApi } from './types';

const UpperApiContext = createContext<UpperLevelApi | null>(null);

export function UpperApiProvider({ api, children }: { api: UpperLevelApi; children: ReactNode }) {
  return <UpperApiContext.Provider value={api}>{children}</UpperApiContext.Provider>;
}

export function useUpperApi(): UpperLevelApi {
  const api = useContext(UpperApiContext);
  if (!api) throw new Error('UpperApiProvider missing');
  return api;
}

/**
 * A query through the seam, kept up to date (like useLiveQuery): undefined until the first
 * answer; `error` holds the last failure (e.g. the archive server could not be reached).
 */
export function useUpperQuery<T>(query: (api: UpperLevelApi) => Promise<T>, deps: readonly unknown[]): { data: T | undefined; error: unknown } {
  const api = useUpperApi();
  const [state, setState] = useState<{ data: T | undefined; error: unknown }>({ data: undefined, error: undefined });
  useEffect(
    () => api.watch(() => query(api), (data) => setState({ data, error: undefined }), (error) => setState((s) => ({ data: s.data, error }))),
    // The query is recreated on each render; `deps` say when it means something else.
    [api, ...deps],
  );
  return state;
}

/**
 * useUpperQuery of an answer kept with the `key` it was asked for (as useLiveQueryFor): undefined until the answer for
 * this key came, not the last key's left on screen meanwhile.
 */
export function useUpperQueryFor<K, T>(key: K, query: (api: UpperLevelApi) => Promise<T>): { data: T | undefined; error: unknown } {
  const asked = useUpperQuery(async (api) => ({ key, value: await query(api) }), [key]);
  return { data: asked.data !== undefined && Object.is(asked.data.key, key) ? asked.data.value : undefined, error: asked.error };
}
