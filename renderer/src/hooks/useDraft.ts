/**
 * Keeps a form's values as a draft in IndexedDB while the person types, so that a
 * reload, a crash or closing the window mid-edit loses nothing. Restores on mount — unless
 * the person has already typed by the time the draft is read (a slow start): what they typed
 * wins, and the old draft is neither shown nor allowed to overwrite the fields.
 *
 * What was typed in the last moment before the page goes away (a reload within the debounce) is
 * also put in localStorage, synchronously, when the page is hidden: an IndexedDB write started
 * then may be cut off with the page (a clerk's last words were lost on a quick reload). That copy
 * is taken back on the next mount, and dropped once the same value is in IndexedDB. A value whose
 * IndexedDB write has started but not finished counts as not yet kept: a reload a moment after the
 * debounce (the write waiting behind another on a loaded PC) cut that write off and lost it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDb } from '../db/context';
import { clearDraft, loadDraft, saveDraft } from '../db/repositories/draft-repository';

const DEBOUNCE_MS = 250;

/** The localStorage copy of one draft of one database. */
const stashKey = (dbName: string, key: string) => `luutru-draft:${dbName}:${key}`;

function readStash<T>(name: string): T | undefined {
  try {
    const text = globalThis.localStorage?.getItem(name);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

function writeStash(name: string, text: string): void {
  try {
    globalThis.localStorage?.setItem(name, text);
  } catch {
    // Full or unavailable: the IndexedDB write started beside it is all there is.
  }
}

function dropStash(name: string, ifText?: string): void {
  try {
    if (ifText === undefined || globalThis.localStorage?.getItem(name) === ifText) globalThis.localStorage?.removeItem(name);
  } catch {
    // Nothing kept to drop.
  }
}

export function useDraft<T>(key: string, initial: T) {
  const db = useDb();
  const [value, setValue] = useState<T>(initial);
  // The newest value even before React re-renders: quick typing fires several changes per frame.
  const latest = useRef<T>(initial);
  const [restored, setRestored] = useState<'pending' | 'restored' | 'none'>('pending');
  const pending = useRef<T | undefined>(undefined);
  /** The value whose IndexedDB write is under way (until it is done). */
  const saving = useRef<T | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const typed = useRef(false);

  const stash = stashKey(db.name, key);
  /** Writes `value` (the one in localStorage) to IndexedDB, then drops the localStorage copy if it is still that value. */
  const keepFromStash = useCallback(
    (value: T) => {
      const text = JSON.stringify(value);
      void saveDraft(db, key, value).then(() => dropStash(stash, text), () => undefined);
    },
    [db, key, stash],
  );

  useEffect(() => {
    let live = true;
    typed.current = false;
    void loadDraft<T>(db, key).then((stored) => {
      if (!live) return;
      // A copy left when the page went away is newer than the stored draft: it goes into IndexedDB now.
      const stashed = readStash<T>(stash);
      const draft = stashed ?? stored;
      if (draft !== undefined && !typed.current) {
        latest.current = { ...initial, ...draft };
        setValue(latest.current);
        setRestored('restored');
        if (stashed !== undefined) keepFromStash(stashed);
      } else {
        setRestored('none');
        // Typed over already: what was typed is saved as the draft, the old copy goes.
        if (stashed !== undefined) dropStash(stash);
      }
    });
    return () => {
      live = false;
    };
    // Runs once per key: `initial` is a fresh object each render and must not retrigger loading.
  }, [db, key, stash, keepFromStash]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    const value = pending.current;
    if (value === undefined) return;
    pending.current = undefined;
    saving.current = value;
    const done = () => {
      if (saving.current === value) saving.current = undefined;
    };
    void saveDraft(db, key, value).then(done, done);
  }, [db, key]);

  useEffect(() => {
    const onHide = () => {
      // What is typed and not yet written, or being written: the page may be gone before IndexedDB has it.
      const value = pending.current ?? saving.current;
      if (value === undefined) return;
      // Kept at once, dropped when IndexedDB has it.
      writeStash(stash, JSON.stringify(value));
      if (timer.current) clearTimeout(timer.current);
      timer.current = undefined;
      pending.current = undefined;
      keepFromStash(value);
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush, stash, keepFromStash]);

  /** Sets the form's value and keeps it as the draft (a moment later). `keep: false` only shows it (`startNext`). */
  const update = useCallback(
    (next: T, options?: { readonly keep?: boolean }) => {
      typed.current = true;
      latest.current = next;
      setValue(next);
      if (options?.keep === false) return;
      pending.current = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, DEBOUNCE_MS);
    },
    [flush],
  );

  const discard = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    pending.current = undefined;
    saving.current = undefined;
    dropStash(stash);
    await clearDraft(db, key);
  }, [db, key, stash]);

  /**
   * Shows the next entry while the one before is still being written: that one stays the kept
   * draft until `written()` (the next one, with what was typed into it meanwhile, is kept then), or
   * comes back with `refused()` (as `back`, by default the value shown now). A form so starts the
   * next entry the moment Enter saves one, and a window closed mid-save still has the entry being saved.
   */
  const startNext = useCallback(
    (next: T, back: T = latest.current) => {
      update(next, { keep: false });
      return { written: () => update(latest.current), refused: () => update(back) };
    },
    [update],
  );

  /** Changes some fields of the newest value (safe when several changes happen before a re-render). */
  const patch = useCallback((fields: Partial<T>) => update({ ...latest.current, ...fields }), [update]);

  const read = useCallback(() => latest.current, []);

  return { value, update, patch, read, discard, restored, startNext } as const;
}
