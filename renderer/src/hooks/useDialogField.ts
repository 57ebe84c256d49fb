/**
 * The field a dialog opens on, so a clerk types at once and Enter confirms. A field's own
 * `autoFocus` is not enough: React runs it before antd has put the dialog into the page (it is
 * not in the document yet, so nothing is focused), and antd's focus lock then puts the focus on
 * the dialog's first button — the × — so Enter closed the dialog instead of confirming it. With
 * the opening animation this was hidden by the content appearing one render later; with less
 * motion (components/theme.ts), or a dialog opened a second time, it was not.
 *
 * Once the dialog is open (antd's `afterOpenChange`), the field takes the focus — unless the user
 * has already moved it to a control of the dialog (typed, or tabbed to a button).
 */
import { useCallback, useRef } from 'react';

type Focusable = { focus(options?: FocusOptions): void };

const CONTROL = 'input, textarea, select, button, a[href], [contenteditable="true"]';
const FIELD = 'input:not([disabled]):not([type="hidden"]):not([readonly]), textarea:not([disabled]):not([readonly])';

/** The dialog on top: antd puts each open dialog's wrap at the end of the page, the newest last. */
function topDialog(): Element | undefined {
  const open = [...document.querySelectorAll('.ant-modal-wrap')].filter((w) => w.getClientRects().length > 0);
  return open[open.length - 1]?.querySelector('.ant-modal') ?? undefined;
}

/** Focuses `field` (or the first text field of the dialog on top) unless the user is already at a control of that dialog. */
export function focusDialogField(open: boolean, field?: Focusable | null): void {
  if (!open) return;
  const dialog = topDialog();
  const active = document.activeElement;
  const atControl = active instanceof HTMLElement && dialog?.contains(active) === true && !active.classList.contains('ant-modal-close') && active.matches(CONTROL);
  if (atControl) return;
  const target = field ?? dialog?.querySelector<HTMLElement>(`.ant-modal-body :is(${FIELD})`);
  target?.focus({ preventScroll: true });
}

/** `afterOpenChange` for a dialog whose first text field is the one to type in. */
export const focusFirstField = (open: boolean): void => focusDialogField(open);

/** A ref for the field a dialog opens on, and the `afterOpenChange` that focuses it. */
export function useDialogField<T extends Focusable>() {
  const ref = useRef<T>(null);
  const afterOpenChange = useCallback((open: boolean) => focusDialogField(open, ref.current), []);
  return { ref, afterOpenChange };
}
