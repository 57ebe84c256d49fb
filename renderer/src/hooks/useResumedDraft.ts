/**
 * A new entry (a register's document, a description slip) typed and not saved before the page went away comes back as
 * it was, from its draft: whether to say so beside its buttons — it came back silently, and the next one typed ran into
 * its words. Judged once, on the draft as it came back (`holds`: it holds typing of its own, not only what the last one
 * carried; judged again later — at midnight, when a blank form's day moves — it said so of the one being typed then),
 * and kept until `done()` (saved or cleared) or until it holds nothing of its own any more.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useResumedDraft<S>(
  draft: { readonly restored: 'pending' | 'restored' | 'none'; readonly read: () => S; readonly value: S },
  editing: boolean,
  holds: (form: S) => boolean,
): { readonly resumed: boolean; readonly done: () => void } {
  const holdsNow = !editing && holds(draft.value);
  const [resumed, setResumed] = useState(false);
  const judged = useRef(false);
  const { restored, read } = draft;
  useEffect(() => {
    if (editing || restored !== 'restored' || judged.current) return;
    judged.current = true;
    if (holds(read())) setResumed(true);
  }, [editing, restored, read, holds]);
  // Emptied by hand, it is no longer the entry from before: the next one typed is not said to be it.
  useEffect(() => {
    if (!holdsNow) setResumed(false);
  }, [holdsNow]);
  const done = useCallback(() => setResumed(false), []);
  return { resumed, done };
}
