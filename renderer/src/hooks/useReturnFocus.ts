/**
 * Puts the cursor back where it was when a drawer or dialog opened (the row the clerk opened),
 * once it has closed: without it the focus fell to the page, and the next arrow key or Enter did
 * nothing. `remember` when opening, `restore` when closing; an element no longer on the page
 * (a row scrolled out of its window) is left alone.
 */
import { useCallback, useMemo, useRef } from 'react';

/** What gives the focus back as it closes: a drawer, a dialog, a confirmation (antd's Popconfirm is a popover). */
const OVERLAYS = '.ant-drawer, .ant-modal-wrap, .ant-popover';

export function useReturnFocus() {
  const from = useRef<HTMLElement | null>(null);
  // The restore under way, if any: opening again stops it (its row must not take the new drawer's cursor).
  const pending = useRef(0);
  const remember = useCallback(() => {
    pending.current += 1;
    from.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  }, []);
  /** `otherwise`: where the cursor goes when nothing was remembered (a drawer opened by a link, not from a row). */
  const restore = useCallback((otherwise?: () => HTMLElement | null) => {
    const el = from.current ?? otherwise?.() ?? null;
    from.current = null;
    if (!el) return;
    const run = ++pending.current;
    // A closing drawer lets go of the focus over a few frames (its close button, then the page): the
    // row takes it back until it holds it, unless the clerk has meanwhile put it somewhere else —
    // another drawer or dialog opened at once included: only the overlays on screen now are closing
    // (a dialog kept hidden in the page is not, and may be the next one opened).
    const closing = [...document.querySelectorAll(OVERLAYS)].filter((o) => o.getClientRects().length > 0);
    const settle = (tries: number) => {
      if (run !== pending.current) return;
      const now = document.activeElement;
      if (!el.isConnected || now === el) return;
      if (now && now !== document.body && !closing.some((o) => o.contains(now))) return;
      el.focus({ preventScroll: true });
      if (tries > 0) setTimeout(() => settle(tries - 1), 50);
    };
    setTimeout(() => settle(8), 0);
  }, []);
  // One object for the life of the page: handlers built on it stay the same (memoised rows do not render again).
  return useMemo(() => ({ remember, restore }), [remember, restore]);
}
