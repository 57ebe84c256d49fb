/**
 * One way to talk to a Web Worker: Comlink for the calls (typed, promise-based, callbacks
 * for progress through `proxy`), plus what Comlink leaves out — a worker that fails to load,
 * throws outside a call or dies must not leave the UI waiting forever. Every call in flight
 * then rejects with `AppError('worker.crashed')`, and the next call starts a fresh worker.
 */
import { proxy, releaseProxy, transfer, wrap, type ProxyMarked, type Remote } from 'comlink';
import { AppError } from '../core/errors';
import { shareAppErrors } from './app-errors';

shareAppErrors();

/** What a handle needs of a Worker (a real one in the app, a MessagePort pair in Node tests). */
export type WorkerLike = {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  terminate(): void;
};

/**
 * Wraps a callback (progress) the worker calls back during one call only. Its calls travel
 * on their own port, so one sent just before the reply can arrive after it; once the call has
 * settled they are dropped, so a late progress call cannot show a finished job as running.
 */
export type During = <A extends unknown[]>(fn: (...args: A) => void) => ((...args: A) => void) & ProxyMarked;

export type WorkerHandle<T> = {
  /**
   * Runs `fn` against the worker's API; rejects with AppError('worker.crashed') if the worker
   * dies meanwhile. `during` wraps the call's progress callbacks (see `During`).
   */
  call<R>(fn: (api: Remote<T>, during: During) => Promise<R>): Promise<R>;
  /** Stops the worker; calls in flight reject, the next call starts a new one. */
  terminate(): void;
};

type Live<T> = { readonly worker: WorkerLike; readonly api: Remote<T>; readonly inFlight: Set<(e: AppError) => void> };

export function workerHandle<T>(name: string, spawn: () => WorkerLike): WorkerHandle<T> {
  let live: Live<T> | undefined;

  const fail = (current: Live<T>, error: AppError) => {
    if (live === current) live = undefined;
    current.worker.terminate();
    for (const reject of [...current.inFlight]) reject(error);
    current.inFlight.clear();
  };

  const start = (): Live<T> => {
    const worker = spawn();
    const current: Live<T> = { worker, api: wrap<T>(worker), inFlight: new Set() };
    const crashed = (event: Event) => {
      // An ErrorEvent carries a message; a messageerror does not (and Node has no ErrorEvent class).
      const message = (event as { message?: unknown }).message ?? event.type;
      fail(current, new AppError('worker.crashed', { worker: name, message: String(message || 'failed').slice(0, 200) }));
    };
    worker.addEventListener('error', crashed);
    worker.addEventListener('messageerror', crashed);
    return current;
  };

  return {
    call<R>(fn: (api: Remote<T>, during: During) => Promise<R>): Promise<R> {
      live ??= start();
      const current = live;
      let settled = false;
      const during: During = (f) =>
        proxy((...args: Parameters<typeof f>) => {
          if (!settled) f(...args);
        });
      return new Promise<R>((resolve, reject) => {
        const onCrash = (e: AppError) => {
          settled = true;
          reject(e);
        };
        current.inFlight.add(onCrash);
        fn(current.api, during).then(
          (value) => {
            settled = true;
            current.inFlight.delete(onCrash);
            resolve(value);
          },
          (error: unknown) => {
            settled = true;
            current.inFlight.delete(onCrash);
            reject(error);
          },
        );
      });
    },
    terminate() {
      if (!live) return;
      const current = live;
      current.api[releaseProxy]();
      fail(current, new AppError('worker.stopped', { worker: name }));
    },
  };
}

/** A callback the worker may call back at any time, also after the call that gave it (status of a build). */
export const callback = proxy;
/** Marks buffers of a reply or argument to be moved, not copied. */
export const moved = transfer;
