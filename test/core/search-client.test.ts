// The search client against the worker's message handler run in-process (replies arrive
// asynchronously, as from a Worker): chunked build with progress, updates, scope, and
// searches superseded while the user keeps typing.
import { describe, expect, it } from 'vitest';
import { SearchClient, type BuildProgress, type SearchWorkerLike } from '../../renderer/src/search/search-client';
import { createSearchHost } from '../../renderer/src/search/search-host';
import type { SearchRequest, SearchResponse } from '../../renderer/src/search/protocol';

/** A stand-in Worker: handles each message on a later task, in order, and records it. */
function fakeWorker(): SearchWorkerLike & { readonly sent: SearchRequest[] } {
  const host = createSearchHost();
  const sent: SearchRequest[] = [];
  const worker: SearchWorkerLike & { sent: SearchRequest[] } = {
    sent,
    onmessage: null,
    postMessage(message) {
      sent.push(message);
      setTimeout(() => worker.onmessage?.(new MessageEvent<SearchResponse>('message', { data: host.handle(message) })), 0);
    },
    terminate() {},
  };
  return worker;
}

const entries = Array.from({ length: 25 }, (_, i) => ({ id: `e${i}`, text: i % 2 ? `quyet dinh so ${i}` : `ke hoach so ${i}` }));

describe('SearchClient', () => {
  it('builds in chunks, reporting progress, then searches', async () => {
    const worker = fakeWorker();
    const client = new SearchClient(worker);
    const progress: BuildProgress[] = [];
    const size = await client.build(entries, { chunkSize: 10, onProgress: (p) => progress.push(p) });
    expect(size).toBe(25);
    expect(progress).toEqual([
      { done: 0, total: 25 },
      { done: 10, total: 25 },
      { done: 20, total: 25 },
      { done: 25, total: 25 },
    ]);
    expect(worker.sent.filter((m) => m.type === 'add')).toHaveLength(3);
    expect(await client.search('so 7')).toEqual(['e7']);
    expect(await client.search('quyết định', { limit: 3 })).toEqual(['e1', 'e3', 'e5']);
  });

  it('a build replaces the previous index', async () => {
    const client = new SearchClient(fakeWorker());
    await client.build(entries);
    await client.build([{ id: 'x', text: 'thong bao' }]);
    expect(await client.search('quyet')).toEqual([]);
    expect(await client.search('thong bao')).toEqual(['x']);
  });

  it('stops a build when its signal is aborted', async () => {
    const client = new SearchClient(fakeWorker());
    const abort = new AbortController();
    const build = client.build(entries, { chunkSize: 10, signal: abort.signal, onProgress: (p) => p.done === 10 && abort.abort() });
    await expect(build).rejects.toMatchObject({ name: 'AbortError' });
    expect((await client.search('so', { limit: 100 }))?.length).toBe(10);
  });

  it('upsert, remove and scope reach the index', async () => {
    const client = new SearchClient(fakeWorker());
    await client.build(entries);
    await client.upsert({ id: 'e2', text: 'quyet dinh moi' });
    expect(await client.search('moi')).toEqual(['e2']);
    await client.remove(['e2', 'e1']);
    expect(await client.search('moi')).toEqual([]);
    await client.setScope(['e3', 'e4', 'e5']);
    expect(await client.search('quyet', { limit: 100 })).toEqual(['e3', 'e5']);
    await client.setScope(null);
    expect((await client.search('quyet', { limit: 100 }))?.length).toBe(11);
  });

  it('drops searches superseded while one runs: only the latest query is run next', async () => {
    const worker = fakeWorker();
    const client = new SearchClient(worker);
    await client.build(entries);
    const typed = ['q', 'qu', 'quy', 'quye', 'quyet d'].map((q) => client.search(q, { limit: 2 }));
    expect(await Promise.all(typed)).toEqual([null, null, null, null, ['e1', 'e3']]);
    expect(worker.sent.filter((m) => m.type === 'search').map((m) => (m.type === 'search' ? m.query : ''))).toEqual(['q', 'quyet d']);
  });

  it('rejects what is pending when the worker fails or is stopped', async () => {
    const worker = fakeWorker();
    const client = new SearchClient(worker);
    const pending = client.upsert({ id: 'a', text: 'quyet dinh' });
    worker.onerror?.({ message: 'boom' } as ErrorEvent); // Node has no ErrorEvent; the client reads only the message
    await expect(pending).rejects.toThrow('boom');
    const running = client.search('quyet');
    const superseded = client.search('quyet d');
    client.dispose();
    expect(await superseded).toBeNull();
    await expect(running).rejects.toThrow('stopped');
  });

  it('rejects a call the worker could not handle', async () => {
    const worker = fakeWorker();
    const client = new SearchClient(worker);
    const broken = { id: 'x', text: null } as unknown as { id: string; text: string };
    await expect(client.upsert(broken)).rejects.toThrow();
    expect(await client.search('anything')).toEqual([]);
  });
});
