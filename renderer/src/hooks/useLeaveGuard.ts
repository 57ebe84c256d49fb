/**
 * What a page holds typed and not saved, asked about before the side menu leaves it: a clerk who typed in one of
 * the settings' sections and went to another page lost it without a word. A page says, while it holds such
 * changes, what they are (`useLeaveGuard`); the menu asks (`useLeaveQuestion`) before it moves on.
 */
import { useEffect, useRef, type FocusEvent } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { confirmIrreversible } from '../components/Confirm';

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

/**
 * The side menu's way to another page: straight there, unless the page holds changes not saved — then asked first,
 * opening on "Ở lại", which gives the cursor back where it last was in the page (it went to the menu's item; left, the
 * page and its field are gone). `onFocusCapture` goes on the page's container, to know where that was.
 */
export function useLeaveQuestion(route: string, navigate: (route: string) => void): { leaveFor: (next: string) => void; onFocusCapture: (e: FocusEvent) => void } {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const typedIn = useRef<HTMLElement | null>(null);
  const leaveFor = (next: string) => {
    const unsaved = unsavedChanges();
    if (unsaved.length === 0 || next === route.split('/')[0]) return navigate(next);
    confirmIrreversible(modal, {
      title: t('app.unsavedTitle'),
      content: t('app.unsavedContent', { what: unsaved.join(', ') }),
      okText: t('app.unsavedLeave'),
      cancelText: t('app.unsavedStay'),
      okButtonProps: { danger: true },
      onOk: () => navigate(next),
      afterClose: () => void (typedIn.current?.isConnected && typedIn.current.focus({ preventScroll: true })),
    });
  };
  const onFocusCapture = (e: FocusEvent) => void (typedIn.current = e.target instanceof HTMLElement ? e.target : null);
  return { leaveFor, onFocusCapture };
}
