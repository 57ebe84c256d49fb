/** Resolves app://luutru/<path> to a file inside the built renderer folder, refusing traversal. */
import { join, normalize, resolve, sep } from 'node:path';

export function resolveAppPath(root: string, requestUrl: string): string | undefined {
  // Refuse any dot-segment, plain or percent-encoded, before the URL parser folds it away.
  if (/(^|[\\/]|%2f|%5c)(\.|%2e){2}([\\/]|%2f|%5c|$)/i.test(requestUrl.replace(/^app:\/\/luutru/, ''))) return undefined;
  let pathname: string;
  try {
    const u = new URL(requestUrl);
    if (u.protocol !== 'app:' || u.host !== 'luutru') return undefined;
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0') || pathname.split(/[\\/]/).includes('..')) return undefined;
  const rel = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^[\\/]+/, '');
  const base = resolve(root);
  const full = resolve(join(base, rel));
  return full.startsWith(base + sep) ? full : undefined;
}
