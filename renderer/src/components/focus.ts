/**
 * Whether the person is busy in a field already: typing in a text box, or with a list open.
 * A form that appears once its data is read (late on a slow or busy PC) must not take the cursor
 * then: taking it closed the list the clerk had just opened, and the click did nothing. A list
 * closed after a pick is not busy: the form that the pick brings may take the cursor.
 */
export function personBusyInField(): boolean {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active.offsetParent === null) return false;
  if (active.matches('[role=combobox]')) return active.getAttribute('aria-expanded') === 'true';
  return active.matches('input, textarea, [contenteditable=true]');
}

/**
 * Puts the cursor on what `find` returns once it is on the page and enabled — the next step after an
 * action, which appears or is enabled only when its data is read again — trying for about three seconds,
 * and leaving it be if the person has meanwhile put the cursor somewhere (not on the page, on a
 * button the action disabled, or in a dialog or confirmation on screen now, which is closing).
 */
export function focusWhenReady(find: () => HTMLElement | null | undefined, tries = 60): void {
  const closing = [...document.querySelectorAll('.ant-modal-wrap, .ant-popover')].filter((o) => o.getClientRects().length > 0);
  // What had the cursor when the action ran (its button): still there, it is not the person's new choice — on a busy
  // PC the page may not have disabled or removed it yet when the first try runs (it gave up then, the cursor left there).
  const trigger = document.activeElement;
  const idle = () => {
    const active = document.activeElement;
    return !active || active === document.body || active === trigger || (active as HTMLButtonElement).disabled === true || !active.isConnected || closing.some((o) => o.contains(active));
  };
  const settle = (left: number) => {
    if (!idle()) return;
    const el = find();
    if (el && !(el as HTMLButtonElement).disabled) el.focus();
    else if (left > 0) setTimeout(() => settle(left - 1), 50);
  };
  setTimeout(() => settle(tries), 0);
}
