// The search client against the worker's message handler run in-process (replies arrive
// asynchronously, as from a Worker): chunked build with progress, updates, scope, and
// searches superseded while the user keeps typing.
import { describe, expect, it } from 'vitest';
import { SearchClient, type BuildProgress } from '../../renderer/src/search/search-client';
import { createSearchHost } from '../../renderer/src/search/search-host';
import { fakeWorker as stubWorker, type FakeWorker } from '../helpers/fake-worker';

/** A client whose worker is the real search host behind a MessageChannel; returns the stand-in too. */
function connected(): { client: SearchClient; worker: FakeWorker } {
  const worker = stubWorker(createSearchHost());
  return { client: new SearchClient(() => worker), worker };
}

const entries = Array.from({ length: 25 }, (_, i) => ({ id: `e${i}`, text: i % 2 ? `quyet dinh so ${i}` : `ke hoach so ${i}` }));

describe('SearchClient', () => {
  it('builds in chunks, reporting progress, then searches', async () => {
    const { client, worker } = connected();
    const progress: BuildProgress[] = [];
    const size = await client.build(entries, { chunkSize: 10, onProgress: (p) => progress.push(p) });
    expect(size).toBe(25);
    expect(progress).toEqual([
      { done: 0, total: 25 },
      { done: 10, total: 25 },
      { done: 20, total: 25 },
      { done: 25, total: 25 },
    ]);
    expect(worker.calls.filter((c) => c.method === 'add')).toHaveLength(3);
    expect(await client.search('so 7')).toEqual(['e7']);
    expect(await client.search('quyết định', { limit: 3 })).toEqual(['e1', 'e3', 'e5']);
  });

  it('a build replaces the previous index', async () => {
    const { client } = connected();
    await client.build(entries);
    await client.build([{ id: 'x', text: 'thong bao' }]);
    expect(await client.search('quyet')).toEqual([]);
    expect(await client.search('thong bao')).toEqual(['x']);
  });

  it('stops a build when its signal is aborted', async () => {
    const { client } = connected();
    const abort = new AbortController();
    const build = client.build(entries, { chunkSize: 10, signal: abort.signal, onProgress: (p) => p.done === 10 && abort.abort() });
    await expect(build).rejects.toMatchObject({ name: 'AbortError' });
    expect((await client.search('so', { limit: 100 }))?.length).toBe(10);
  });

  it('upsert, remove and scope reach the index', async () => {
    const { client } = connected();
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
    const { client, worker } = connected();
    await client.build(entries);
    const typed = ['q', 'qu', 'quy', 'quye', 'quyet d'].map((q) => client.search(q, { limit: 2 }));
    expect(await Promise.all(typed)).toEqual([null, null, null, null, ['e1', 'e3']]);
    expect(worker.calls.filter((c) => c.method === 'search').map((c) => c.args[0])).toEqual(['q', 'quyet d']);
  });

  it('rejects what is pending when the worker fails or is stopped', async () => {
    const workers: FakeWorker[] = [];
    const client = new SearchClient(() => {
      const w = stubWorker(createSearchHost());
      workers.push(w);
      return w;
    });
    const pending = client.upsert({ id: 'a', text: 'quyet dinh' });
    workers[0]!.crash('boom');
    await expect(pending).rejects.toMatchObject({ code: 'worker.crashed', params: { worker: 'search', message: 'boom' } });
    expect(workers[0]!.terminated).toBe(true);
    // The next call starts a fresh worker (with an empty index) instead of waiting forever.
    await client.upsert({ id: 'b', text: 'ke hoach' });
    expect(workers).toHaveLength(2);
    expect(await client.search('ke hoach')).toEqual(['b']);
    const running = client.search('quyet');
    const superseded = client.search('quyet d');
    client.dispose();
    expect(await superseded).toBeNull();
    await expect(running).rejects.toMatchObject({ code: 'worker.stopped' });
  });

  it('rejects a call the worker could not handle', async () => {
    const { client } = connected();
    const broken = { id: 'x', text: null } as unknown as { id: string; text: string };
    await expect(client.upsert(broken)).rejects.toThrow();
    expect(await client.search('anything')).toEqual([]);
  });
});
