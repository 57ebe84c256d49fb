/** The current page, kept in location.hash so a reload stays on the same page. */
import { useCallback, useSyncExternalStore } from 'react';

function subscribe(cb: () => void) {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useHashRoute(fallback: string): [string, (route: string) => void] {
  const hash = useSyncExternalStore(subscribe, () => location.hash.replace(/^#\/?/, ''));
  const navigate = useCallback((route: string) => {
    location.hash = `/${route}`;
  }, []);
  return [hash || fallback, navigate];
}
