/** Small helpers the page measures share. */

export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** JS heap of the page in MB after a full collection (the runner starts Chromium with --expose-gc and precise memory info). */
export async function heapMb(): Promise<number | null> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  await sleep(100);
  gc?.();
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? Math.round(memory.usedJSHeapSize / 1e6) : null;
}

/** Runs the figure and its baseline back to back, alternating which goes first by round. */
export async function inTurn<A, B>(round: number, ours: () => Promise<A>, base: () => Promise<B>): Promise<{ ours: A; base: B }> {
  if (round % 2 === 0) {
    const a = await ours();
    return { ours: a, base: await base() };
  }
  const b = await base();
  return { ours: await ours(), base: b };
}
