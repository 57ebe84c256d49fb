/**
 * A Web Worker stand-in for Node tests: the "worker side" is an object exposed with Comlink
 * on one end of a MessageChannel (replies arrive asynchronously, as from a real Worker), and
 * the test can make the worker fail (`crash`) the way a real one reports it, with an 'error' event.
 */
import { expose } from 'comlink';
import type { WorkerLike } from '../../renderer/src/workers/worker-handle';

export type FakeWorker = WorkerLike & {
  /** Calls the worker side received, by method name, in order. */
  readonly calls: { method: string; args: unknown[] }[];
  crash(message: string): void;
  readonly terminated: boolean;
};

export function fakeWorker<T extends object>(host: T): FakeWorker {
  const { port1, port2 } = new MessageChannel();
  const calls: { method: string; args: unknown[] }[] = [];
  const recorded = new Proxy(host, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver) as unknown;
      if (typeof v !== 'function' || typeof key !== 'string') return v;
      return (...args: unknown[]) => {
        calls.push({ method: key, args });
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  expose(recorded, port2 as unknown as Parameters<typeof expose>[1]);
  const errorListeners = new Set<(e: Event) => void>();
  let terminated = false;
  return {
    calls,
    get terminated() {
      return terminated;
    },
    postMessage: (m, t) => port1.postMessage(m, t ?? []),
    addEventListener(type, listener) {
      if (type === 'error' || type === 'messageerror') errorListeners.add(listener);
      else port1.addEventListener(type, listener as never);
    },
    removeEventListener(type, listener) {
      if (type === 'error' || type === 'messageerror') errorListeners.delete(listener);
      else port1.removeEventListener(type, listener as never);
    },
    terminate() {
      terminated = true;
      port1.close();
      port2.close();
    },
    crash(message) {
      const event = Object.assign(new Event('error'), { message });
      for (const l of [...errorListeners]) l(event);
    },
  };
}
