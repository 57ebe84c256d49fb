/**
 * Mounts a page's sections one after another, one per task, once `ready` is true: the first
 * sections paint, then the next ones join. A page with a table, statistics of fifty units,
 * the inventory, reports and two search cards rendered in one go froze the window for 0.3 s
 * and more; in stages, each rendered as a transition (in slices), no single task holds the
 * thread that long.
 */
import { startTransition, useEffect, useState } from 'react';

/** How many of `count` sections may be mounted now (0 until `ready`). */
export function useStagedMount(count: number, ready = true): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (!ready || shown >= count) return;
    // After the next frame has painted, in a task of its own.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      // A transition: React renders the new section in slices of a few milliseconds, yielding
      // between them, so even a section of hundreds of rows never holds the window (as one
      // update it rendered in one task: 96–130 ms with fifty units' statistics and lists).
      timer = setTimeout(() => startTransition(() => setShown((n) => Math.min(count, n + 1))), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready, shown, count]);
  return shown;
}
