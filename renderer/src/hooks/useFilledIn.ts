/**
 * A dialog's fields, and what they were filled in with at its opening: `typed` once the clerk changed one — the
 * Dialog's `typed`, so closing it without its OK (Esc, ×, its close button) asks before dropping what was typed.
 * What the app writes in (all the fields at an opening, a name read from a file) goes through `fill`: not typed.
 */
import { useCallback, useEffect, useState } from 'react';

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Whether what a form holds now differs from what it was filled in with: strings, numbers, lists and plain objects
 * compared by what they hold; a field absent and an empty one alike.
 */
export function typedOver(filled: unknown, now: unknown): boolean {
  if (filled === now) return false;
  if (Array.isArray(filled) || Array.isArray(now)) {
    return !Array.isArray(filled) || !Array.isArray(now) || filled.length !== now.length || filled.some((x, i) => typedOver(x, now[i]));
  }
  if (isRecord(filled) && isRecord(now)) return [...new Set([...Object.keys(filled), ...Object.keys(now)])].some((k) => typedOver(filled[k], now[k]));
  return (filled ?? '') !== (now ?? '');
}

export function useFilledIn<T extends Record<string, unknown>>(initial: T | (() => T)) {
  const [state, setState] = useState(() => {
    const values = typeof initial === 'function' ? initial() : initial;
    return { filled: values, v: values };
  });
  /** Fields written in by the app (all of them at an opening, or some): what was typed is then measured from them. */
  const fill = useCallback((values: Partial<T>) => setState((s) => ({ filled: { ...s.filled, ...values }, v: { ...s.v, ...values } })), []);
  /** The fields as the clerk changed them. */
  const setV = useCallback((v: T) => setState((s) => ({ ...s, v })), []);
  return { v: state.v, setV, fill, typed: typedOver(state.filled, state.v) };
}

/**
 * Tells the drawer holding a form whether something is typed in it (`onTyped`, a state setter), and that nothing is once
 * the form is gone: the drawer asks before closing over it (useAskBeforeDropping). `action`: the label of the button
 * that uses what is typed, where the form knows it better than its tab (adding a document, or saving its correction):
 * the question names it.
 */
export function useReportTyped(typed: boolean, onTyped: ((typed: boolean, action?: string) => void) | undefined, action?: string): void {
  useEffect(() => onTyped?.(typed, action), [typed, onTyped, action]);
  useEffect(() => () => onTyped?.(false), [onTyped]);
}
