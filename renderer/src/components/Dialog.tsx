/**
 * The app's dialog: antd's Modal that opens with the cursor in the field to type in, so a clerk
 * types at once and Enter confirms. A field's own `autoFocus` is not enough: React runs it before
 * antd has put the dialog into the page (not in the document yet, nothing is focused), and antd's
 * focus lock then puts the focus on the dialog's first button — the × — so Enter closed the
 * dialog instead of confirming it. The opening animation hid this (the content appears one render
 * later); with less motion (theme.ts), or a dialog opened a second time, nothing did.
 *
 * Once the dialog is open (antd's `afterOpenChange`), its field — `openOn`, or else the first text
 * field of its body — takes the focus, unless the user already reached a control of the dialog
 * (typed in a field, tabbed to a button).
 */
import type { RefObject } from 'react';
import { Modal, type ModalProps } from 'antd';
import { useAskBeforeDropping } from '../hooks/useAskBeforeDropping';

type Focusable = { focus(options?: FocusOptions): void };

const CONTROL = 'input, textarea, select, button, a[href], [contenteditable="true"]';
const FIELD = 'input:not([disabled]):not([type="hidden"]):not([readonly]), textarea:not([disabled]):not([readonly])';

/** The dialog on top: antd puts each open dialog's wrap at the end of the page, the newest last. */
function topDialog(): Element | undefined {
  const open = [...document.querySelectorAll('.ant-modal-wrap')].filter((w) => w.getClientRects().length > 0);
  return open[open.length - 1]?.querySelector('.ant-modal') ?? undefined;
}

function focusDialogField(field: Focusable | null | undefined): void {
  const dialog = topDialog();
  const active = document.activeElement;
  const atControl = active instanceof HTMLElement && dialog?.contains(active) === true && !active.classList.contains('ant-modal-close') && active.matches(CONTROL);
  if (atControl) return;
  const target = field ?? dialog?.querySelector<HTMLElement>(`.ant-modal-body :is(${FIELD})`);
  target?.focus({ preventScroll: true });
}

export type DialogProps = ModalProps & {
  /** The field the dialog opens on; without it, the first text field of its body. */
  readonly openOn?: RefObject<Focusable | null>;
  /**
   * Something typed in it is not saved: closing it without its OK (Esc, ×, its close button) asks first, on "Quay lại"
   * (one Esc lost a whole handover record's typing).
   */
  readonly typed?: boolean;
};

export function Dialog({ openOn, afterOpenChange, typed, onCancel, ...props }: DialogProps) {
  const cancel = useAskBeforeDropping(typed, onCancel);
  return (
    <Modal
      {...props}
      onCancel={cancel}
      afterOpenChange={(open) => {
        if (open) focusDialogField(openOn?.current);
        afterOpenChange?.(open);
      }}
    />
  );
}
