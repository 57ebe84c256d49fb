/**
 * A value once it has stayed the same for `ms` — what is typed in a search is read when the typing pauses, not at
 * each key — and a way to take it at once (Enter in the search).
 */
import { useCallback, useEffect, useState } from 'react';

export function usePaused<T>(value: T, ms: number): readonly [T, (taken?: T) => void] {
  const [paused, setPaused] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setPaused(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  // `taken`: the value as the event that takes it has it (a clear sends its empty text before the value is rendered).
  const now = useCallback((taken?: T) => setPaused(taken ?? value), [value]);
  return [paused, now] as const;
}
