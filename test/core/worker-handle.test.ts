// A worker's progress callbacks travel on their own port, so a call made just before the reply
// can arrive after it. A page that hears such a late call would show a finished job as running
// (a print button left disabled, a bar stuck at 100 %). Calls through `during` stop at settlement.
import { describe, expect, it } from 'vitest';
import { callback, workerHandle } from '../../renderer/src/workers/worker-handle';
import { fakeWorker } from '../helpers/fake-worker';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A worker whose job tells progress, replies, and then tells progress once more, late. */
const host = {
  async render(pages: number, onProgress?: (fraction: number) => void): Promise<number> {
    for (let i = 1; i <= pages; i++) {
      onProgress?.(i / pages);
      await pause(5);
    }
    setTimeout(() => onProgress?.(1), 10);
    return pages;
  },
  async fail(onProgress?: (fraction: number) => void): Promise<never> {
    onProgress?.(0.5);
    await pause(5);
    setTimeout(() => onProgress?.(0.9), 10);
    throw new Error('hỏng');
  },
};

describe('workerHandle', () => {
  it('a progress callback given with `during` is heard while the call runs, and not after it settles', async () => {
    const handle = workerHandle<typeof host>('pdf', () => fakeWorker(host));
    const heard: number[] = [];
    let busy = true;
    const pages = await handle.call((api, during) => api.render(3, during((f) => { heard.push(f); busy = f < 1 || busy; })));
    busy = false;
    const atReply = [...heard];
    await pause(60);
    expect(pages).toBe(3);
    expect(atReply.length).toBeGreaterThan(0);
    expect(heard).toEqual(atReply);
    expect(busy).toBe(false);
  });

  it('after a failed call, its late progress is not heard either', async () => {
    const handle = workerHandle<typeof host>('pdf', () => fakeWorker(host));
    const heard: number[] = [];
    await expect(handle.call((api, during) => api.fail(during((f) => heard.push(f))))).rejects.toThrow('hỏng');
    const atFailure = [...heard];
    await pause(60);
    expect(heard).toEqual(atFailure);
    expect(heard).not.toContain(0.9);
  });

  it('a callback given with `callback` keeps being heard after the call (status of a build that goes on)', async () => {
    const handle = workerHandle<typeof host>('index', () => fakeWorker(host));
    const heard: number[] = [];
    await handle.call((api) => api.render(2, callback((f: number) => heard.push(f))));
    await expect.poll(() => heard.length, { timeout: 2_000 }).toBe(3);
    expect(heard.at(-1)).toBe(1);
  });

  it('a worker that dies mid-call rejects with worker.crashed and drops the progress that follows', async () => {
    const worker = fakeWorker(host);
    const handle = workerHandle<typeof host>('pdf', () => worker);
    const heard: number[] = [];
    const call = handle.call((api, during) => api.render(50, during((f) => heard.push(f))));
    await expect.poll(() => heard.length).toBeGreaterThan(0);
    worker.crash('out of memory');
    await expect(call).rejects.toMatchObject({ code: 'worker.crashed' });
    const atCrash = heard.length;
    await pause(30);
    expect(heard.length).toBe(atCrash);
  });
});
