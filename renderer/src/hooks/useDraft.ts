/**
 * Keeps a form's values as a draft in IndexedDB while the person types, so that a
 * reload, a crash or closing the window mid-edit loses nothing. Restores on mount — unless
 * the person has already typed by the time the draft is read (a slow start): what they typed
 * wins, and the old draft is neither shown nor allowed to overwrite the fields.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDb } from '../db/context';
import { clearDraft, loadDraft, saveDraft } from '../db/repositories/draft-repository';

const DEBOUNCE_MS = 250;

export function useDraft<T>(key: string, initial: T) {
  const db = useDb();
  const [value, setValue] = useState<T>(initial);
  // The newest value even before React re-renders: quick typing fires several changes per frame.
  const latest = useRef<T>(initial);
  const [restored, setRestored] = useState<'pending' | 'restored' | 'none'>('pending');
  const pending = useRef<T | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const typed = useRef(false);

  useEffect(() => {
    let live = true;
    typed.current = false;
    void loadDraft<T>(db, key).then((draft) => {
      if (!live) return;
      if (draft !== undefined && !typed.current) {
        latest.current = { ...initial, ...draft };
        setValue(latest.current);
        setRestored('restored');
      } else setRestored('none');
    });
    return () => {
      live = false;
    };
    // Runs once per key: `initial` is a fresh object each render and must not retrigger loading.
  }, [db, key]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    if (pending.current !== undefined) {
      void saveDraft(db, key, pending.current);
      pending.current = undefined;
    }
  }, [db, key]);

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  const update = useCallback(
    (next: T) => {
      typed.current = true;
      latest.current = next;
      setValue(next);
      pending.current = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, DEBOUNCE_MS);
    },
    [flush],
  );

  const discard = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    pending.current = undefined;
    await clearDraft(db, key);
  }, [db, key]);

  /** Changes some fields of the newest value (safe when several changes happen before a re-render). */
  const patch = useCallback((fields: Partial<T>) => update({ ...latest.current, ...fields }), [update]);

  const read = useCallback(() => latest.current, []);

  return { value, update, patch, read, discard, restored } as const;
}
