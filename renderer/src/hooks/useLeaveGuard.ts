/**
 * What a page holds typed and not saved, asked about before the side menu leaves it: a clerk who typed in one of
 * the settings' sections and went to another page lost it without a word. A page says, while it holds such
 * changes, what they are (`useLeaveGuard`); the menu asks (`unsavedChanges`) before it moves on.
 */
import { useEffect } from 'react';

const guards = new Map<symbol, string>();

/** While `what` is given (the section's name), leaving the page asks first. */
export function useLeaveGuard(what: string | undefined): void {
  useEffect(() => {
    if (what === undefined) return;
    const key = Symbol(what);
    guards.set(key, what);
    return () => void guards.delete(key);
  }, [what]);
}

/** The sections holding changes not saved, in the order they said so. */
export function unsavedChanges(): string[] {
  return [...new Set(guards.values())];
}
