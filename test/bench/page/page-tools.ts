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

/** A worker's JS heap in MB after a full collection, by its name ('luutru-index'); the runner (scripts/bench.mjs) asks Chromium for it. Null when no such worker runs. */
export async function workerHeapMb(name: string): Promise<number | null> {
  const ask = (globalThis as { luutruBenchWorkerHeapMb?: (name: string) => Promise<number | null> }).luutruBenchWorkerHeapMb;
  return ask ? ask(name) : null;
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

/**
 * Long main-thread tasks, kept with their start so only those inside given windows count, and the
 * long animation frames with the scripts that ran in them and where style and layout began: what
 * the longest task was, and how much of it was the page's layout rather than script.
 */
export function longTasks() {
  const tasks: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  });
  observer.observe({ type: 'longtask' });
  type Script = { invoker: string; sourceFunctionName: string; sourceURL: string; duration: number };
  type Frame = { start: number; duration: number; layoutMs: number; scripts: Script[] };
  const frames: Frame[] = [];
  const frameObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as { startTime: number; duration: number; styleAndLayoutStart: number; scripts: Script[] }[])
      frames.push({
        start: e.startTime,
        duration: e.duration,
        layoutMs: e.styleAndLayoutStart > 0 ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
        scripts: e.scripts.map((x) => ({ invoker: x.invoker, sourceFunctionName: x.sourceFunctionName, sourceURL: x.sourceURL.split('/').pop() ?? '', duration: Math.round(x.duration) })),
      });
  });
  try {
    frameObserver.observe({ type: 'long-animation-frame' });
  } catch {
    // Not in this browser: the figure stays unattributed.
  }
  /** Starting inside a window, or (`overlapping`) running during one at all: the task that started a call counts too. */
  const within =
    (windows: readonly (readonly [number, number])[], overlapping = false) =>
    (t: { start: number; duration: number }) =>
      windows.some(([a, b]) => (overlapping ? t.start < b && t.start + t.duration > a : t.start >= a && t.start < b));
  return {
    /** Stops observing (after the last entries are delivered). */
    async stop(): Promise<void> {
      await sleep(50);
      for (const e of observer.takeRecords()) tasks.push({ start: e.startTime, duration: e.duration });
      observer.disconnect();
      frameObserver.disconnect();
    },
    /** The longest task starting inside the windows (`overlapping`: running during them), and the scripts and layout of the longest frame there. */
    longestWithin(windows: readonly (readonly [number, number])[], { overlapping = false }: { overlapping?: boolean } = {}): { ms: number; scripts: string; layoutMs: number } {
      const ms = Math.max(0, ...tasks.filter(within(windows, overlapping)).map((t) => t.duration));
      const frame = frames.filter(within(windows, overlapping)).sort((a, b) => b.duration - a.duration)[0];
      const scripts = (frame?.scripts ?? []).sort((a, b) => b.duration - a.duration).slice(0, 3).map((x) => `${x.invoker} ${x.sourceFunctionName}@${x.sourceURL} ${x.duration} ms`).join('; ');
      return { ms, scripts, layoutMs: Math.round(frame?.layoutMs ?? 0) };
    },
  };
}

/** Each query's time, asked one after another as typed (each answer awaited before the next). */
export async function typedPass(queries: readonly string[], ask: (q: string) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    await ask(q);
    times.push(performance.now() - t0);
  }
  return times;
}

/** The slowest queries of a pass, "query: ms", slowest first. */
export function slowest(queries: readonly string[], times: readonly number[], n = 5): string {
  return [...times.keys()]
    .sort((x, y) => times[y]! - times[x]!)
    .slice(0, n)
    .map((k) => `${queries[k]}: ${Math.round(times[k]!)} ms`)
    .join('; ');
}
