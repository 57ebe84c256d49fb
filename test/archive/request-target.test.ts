// The archive server reads a request's path and query from the request line only (no host name
// is needed or assumed: the server answers whatever name the archive's LAN gives it).
import { describe, expect, it } from 'vitest';
import { requestTarget } from '../../renderer/src/archive/http-util';

describe('requestTarget', () => {
  it('splits the path from the query and decodes the query', () => {
    const t = requestTarget('/api/search?q=quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh&limit=20');
    expect([t.pathname, t.searchParams.get('q'), t.searchParams.get('limit')]).toEqual(['/api/search', 'quyết định', '20']);
  });

  it('takes a missing or non-path target as the root', () => {
    expect([requestTarget(undefined).pathname, requestTarget('http://elsewhere/x').pathname, requestTarget('*').pathname]).toEqual(['/', '/', '/']);
  });
});
