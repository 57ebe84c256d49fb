// Several windows of the app: who holds the window lock and what each window tells the clerk,
// with a Web Locks stand-in (granted in one task, its callback called in a later one, as in
// Chromium) and Node's BroadcastChannel.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchWindows, type WindowNotice } from '../../renderer/src/platform/app-windows';
import type { Dexie } from 'dexie';

type Waiter = { cb: () => Promise<void> | void; done: (v?: unknown) => void; fail: (e: unknown) => void; signal?: AbortSignal; client: string };

/** One lock name, exclusive; a request waits its turn; abort refuses only a request not granted yet. */
class FakeLocks {
  held = false;
  /** The page (client) the next requests come from, as Chromium's LockInfo.clientId names it. */
  client = 'page-1';
  private holder = '';
  private queue: Waiter[] = [];
  request(_name: string, options: { signal?: AbortSignal }, cb: () => Promise<void> | void): Promise<unknown> {
    return new Promise((done, fail) => {
      const w: Waiter = { cb, done, fail, signal: options.signal, client: this.client };
      options.signal?.addEventListener('abort', () => {
        const i = this.queue.indexOf(w);
        if (i >= 0) {
          this.queue.splice(i, 1);
          fail(new DOMException('aborted', 'AbortError'));
        }
      });
      this.queue.push(w);
      this.grant();
    });
  }
  query() {
    return Promise.resolve({ held: this.held ? [{ name: 'luutru-window', clientId: this.holder }] : [], pending: this.queue.map((w) => ({ name: 'luutru-window', clientId: w.client })) });
  }
  private grant(): void {
    if (this.held) return;
    const w = this.queue.shift();
    if (!w) return;
    this.held = true;
    this.holder = w.client;
    // The grant is decided now; the callback runs in a later task.
    setTimeout(async () => {
      try {
        w.done(await w.cb());
      } finally {
        this.held = false;
        this.grant();
      }
    }, 0);
  }
}

/** What the watcher asks of the database: a versionchange subscription and close. */
const dbStub = () => ({ on: (e?: string) => (e ? { unsubscribe: () => undefined } : undefined), close: () => undefined }) as unknown as Dexie;

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('windows of the app on one PC', () => {
  let locks: FakeLocks;
  beforeEach(() => {
    locks = new FakeLocks();
    vi.stubGlobal('navigator', { locks });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('a window alone never says another is open, not even while its lock is granted but its callback not yet run', async () => {
    const seen: WindowNotice[] = [];
    const stop = watchWindows(dbStub(), (n) => seen.push(n));
    await settle();
    // The notice would have flashed above the first screen and moved its buttons under the pointer.
    expect(seen).toEqual(['alone']);
    stop();
  });

  it('a second window, waiting for the lock the first holds, says the app is open elsewhere', async () => {
    const stopFirst = watchWindows(dbStub(), () => undefined);
    await settle();
    locks.client = 'page-2';
    const second: WindowNotice[] = [];
    const stopSecond = watchWindows(dbStub(), (n) => second.push(n));
    await settle();
    expect(second.at(-1)).toBe('elsewhere');
    stopFirst();
    await settle();
    expect(second.at(-1)).toBe('alone');
    stopSecond();
  });

  it('a window stopped right after the lock was granted lets it go: the next window is told it is alone', async () => {
    const first: WindowNotice[] = [];
    const stop = watchWindows(dbStub(), (n) => first.push(n));
    // Stopped before the granted callback ran (a page that unmounts at once, as on a quick setup).
    stop();
    await settle();
    expect(first).not.toContain('alone');
    expect(locks.held).toBe(false);

    const second: WindowNotice[] = [];
    const stop2 = watchWindows(dbStub(), (n) => second.push(n));
    await settle();
    expect(second.at(-1)).toBe('alone');
    stop2();
  });

  it('a page that starts a new watcher before stopping the old one keeps hearing the other windows', async () => {
    const seen: WindowNotice[] = [];
    const oldWatcher = watchWindows(dbStub(), () => undefined);
    await settle();
    const newWatcher = watchWindows(dbStub(), (n) => seen.push(n));
    oldWatcher();
    await settle();
    // Another window says hello on the shared channel: this page's watcher hears it.
    const other = new BroadcastChannel('luutru-windows');
    other.postMessage({ type: 'hello', from: 'another-window' });
    await settle();
    expect(seen.at(-1)).toBe('elsewhere');
    other.postMessage({ type: 'bye', from: 'another-window' });
    await settle();
    expect(seen.at(-1)).toBe('alone');
    other.close();
    newWatcher();
  });

  it('the screen after setup starts a new watcher while the old one lets go of the lock: no notice of another window flashes', async () => {
    const oldWatcher = watchWindows(dbStub(), () => undefined);
    await settle();
    const seen: WindowNotice[] = [];
    // Same page: the new watcher waits for the lock its own older watcher still holds for a moment.
    const newWatcher = watchWindows(dbStub(), (n) => seen.push(n));
    oldWatcher();
    await settle();
    expect(seen).not.toContain('elsewhere');
    expect(seen.at(-1)).toBe('alone');
    newWatcher();
  });
});
