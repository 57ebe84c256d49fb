/**
 * Writes to a scope's index are serialised across windows (each window has its own index
 * worker): the Web Locks API where there is one, else a queue in this context (Node tests).
 */
export type RunLocked = <T>(name: string, work: () => Promise<T>) => Promise<T>;

type LockManagerLike = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

export function scopeLocks(): RunLocked {
  const manager = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (manager) return (name, work) => manager.request(`luutru-index:${name}`, work);
  const tails = new Map<string, Promise<unknown>>();
  return <T,>(name: string, work: () => Promise<T>) => {
    const run = (tails.get(name) ?? Promise.resolve()).then(work, work);
    tails.set(name, run.catch(() => undefined));
    return run;
  };
}
