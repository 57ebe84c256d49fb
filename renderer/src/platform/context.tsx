/** React context that hands the PlatformApi to components. */
import { createContext, useContext, type ReactNode } from 'react';
import type { PlatformApi } from './types';

const PlatformContext = createContext<PlatformApi | null>(null);

export function PlatformProvider({ api, children }: { api: PlatformApi; children: ReactNode }) {
  return <PlatformContext.Provider value={api}>{children}</PlatformContext.Provider>;
}

export function usePlatform(): PlatformApi {
  const api = useContext(PlatformContext);
  if (!api) throw new Error('PlatformProvider missing');
  return api;
}
