/**
 * What a page holds typed and not saved, asked about before the app leaves it: a clerk who typed in one of the
 * settings' sections and went to another page lost it without a word. A page says, while it holds such changes, what
 * they are (`useLeaveGuard`); the side menu asks (`useLeaveQuestion`) before it moves on, and so do the browser's Back
 * and Forward (the address changes first: it is put back, then asked); a reload or closing the window is refused to
 * the browser, which asks in its own words (the Electron shell's main process asks in ours: electron/main/handlers/leave.ts).
 */
import { useEffect, useRef, type FocusEvent } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { confirmIrreversible } from '../components/Confirm';
import { typedQuestionWords, type TypedPart } from './typed-tabs';

/** Each section holding changes: the parts named (a section, a drawer's tabs), and its way back to them on "Ở lại" (false: it has none). */
const guards = new Map<symbol, { readonly parts: readonly TypedPart[]; readonly back: { readonly current: (() => void) | undefined } }>();
/** The route the app itself is going to (asked already, or nothing to ask): its address change goes through. */
let going: string | undefined;
/** The shell's question before leaving for a route (set while the shell is mounted); `back`: the move came from the browser's history. */
let askBeforeLeaving: ((next: string, back: boolean) => void) | undefined;

const decoded = (hash: string) => {
  try {
    return decodeURIComponent(hash.replace(/^#\/?/, ''));
  } catch {
    return hash.replace(/^#\/?/, '');
  }
};
const routeOfUrl = (url: string) => decoded(new URL(url).hash);
const currentRoute = () => decoded(location.hash);
const page = (route: string) => route.split('/')[0];

if (typeof window !== 'undefined') {
  // Added when this module loads, before the app subscribes to the address: a change the app did not make, away from a
  // page holding changes, is put back and asked about — the app's own listeners never see it.
  window.addEventListener('hashchange', (e) => {
    const next = routeOfUrl(e.newURL);
    if (going !== undefined && next === going) {
      going = undefined;
      return;
    }
    if (unsavedChanges().length === 0 || !askBeforeLeaving || page(routeOfUrl(e.oldURL)) === page(next)) return;
    e.stopImmediatePropagation();
    // The page's address pushed again where the browser now stands: the entry moved to stays behind it, so "Ở lại"
    // leaves the history as it was before (Back asks again) and "Rời" goes back to it (see leaveFor).
    history.pushState(history.state, '', e.oldURL);
    askBeforeLeaving(next, true);
  });
  // A reload or closing the window: refused while changes are held, so the browser (or the Electron shell) asks.
  window.addEventListener('beforeunload', (e) => {
    if (unsavedChanges().length === 0) return;
    e.preventDefault();
    e.returnValue = '';
  });
}

/**
 * While `what` is given, leaving the page asks first: a section's name (saved by its "Lưu"), or the parts holding the
 * changes with the button that uses each (a drawer's tabs, useTypedTabs). `back`: the way back to the changes once the
 * clerk stays — the tab and field holding them, in a drawer; without it the cursor goes back where it last was in the page.
 */
export function useLeaveGuard(what: string | readonly TypedPart[] | undefined, back?: () => void): void {
  const latest = useRef(back);
  latest.current = back;
  useEffect(() => {
    if (what === undefined) return;
    const parts = typeof what === 'string' ? [{ name: what }] : what;
    if (parts.length === 0) return;
    const key = Symbol('unsaved');
    guards.set(key, { parts, back: latest });
    return () => void guards.delete(key);
  }, [what]);
}

/** The parts holding changes not saved, in the order they said so, each once. */
export function unsavedChanges(): TypedPart[] {
  const seen = new Map<string, TypedPart>();
  for (const g of guards.values()) for (const p of g.parts) seen.set(JSON.stringify(p), p);
  return [...seen.values()];
}

/** Whether a section holding changes knows its way back to them. */
function knowsWayBack(): boolean {
  return [...guards.values()].some((g) => g.back.current !== undefined);
}

/** Back to the changes of the first section holding some that knows its way to them; false if none does. */
function backToChanges(): boolean {
  const back = [...guards.values()].find((g) => g.back.current !== undefined)?.back.current;
  back?.();
  return back !== undefined;
}

/**
 * The side menu's way to another page: straight there, unless the page holds changes not saved — then asked first,
 * opening on "Ở lại", which takes the clerk back to the changes (useLeaveGuard's `back`) or else gives the cursor back
 * where it last was in the page (it went to the menu's item). `onFocusCapture` goes on the page's container, to know
 * where that was.
 */
export function useLeaveQuestion(route: string, navigate: (route: string) => void): { leaveFor: (next: string) => void; onFocusCapture: (e: FocusEvent) => void } {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const typedIn = useRef<HTMLElement | null>(null);
  // The app's own move: its address change is let through (asked already, or nothing to ask).
  const go = (next: string) => {
    if (currentRoute() !== next) going = next;
    navigate(next);
  };
  // Left by the browser's history: back to the entry it moved to (the page's address was pushed over it).
  const leave = (next: string, back: boolean) => {
    if (!back) return go(next);
    going = next;
    history.back();
  };
  const leaveFor = (next: string, back = false) => {
    const unsaved = unsavedChanges();
    if (unsaved.length === 0 || page(next) === page(route)) return leave(next, back);
    let left = false;
    confirmIrreversible(modal, {
      title: t('app.unsavedTitle'),
      content: t('app.unsavedContent', typedQuestionWords(t, unsaved)),
      okText: t('app.unsavedLeave'),
      cancelText: t('app.unsavedStay'),
      okButtonProps: { danger: true },
      // A section that knows its way back places the cursor itself (see useAskBeforeDropping); without one, the cursor
      // is given back to what asked (the menu's item) before going back where it last was in the page, if still there.
      ...(knowsWayBack() ? {} : { focusable: { focusTriggerAfterClose: true } }),
      onOk: () => {
        left = true;
        leave(next, back);
      },
      // Stayed: back to the changes (a drawer's tab and field), or else where the cursor last was in the page.
      afterClose: () => {
        if (left || backToChanges()) return;
        if (typedIn.current?.isConnected) typedIn.current.focus({ preventScroll: true });
      },
    });
  };
  const onFocusCapture = (e: FocusEvent) => void (typedIn.current = e.target instanceof HTMLElement ? e.target : null);
  // Back, Forward or an address typed: asked the same way (the latest leaveFor, which knows the page's route).
  const latest = useRef(leaveFor);
  latest.current = leaveFor;
  useEffect(() => {
    const ask = (next: string, back: boolean) => latest.current(next, back);
    askBeforeLeaving = ask;
    return () => void (askBeforeLeaving === ask && (askBeforeLeaving = undefined));
  }, []);
  return { leaveFor, onFocusCapture };
}
