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
import { useRef, type RefObject } from 'react';
import { App, Modal, type ModalProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { confirmIrreversible } from './Confirm';

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

/**
 * `close` guarded for a dialog or drawer holding typed text: while `typed`, it first asks whether to drop it, on "Quay
 * lại" (Enter or Esc keeps the typing); answered "Đóng, bỏ những gì đã gõ", it closes.
 */
export function useAskBeforeDropping<E>(typed: boolean | undefined, close: ((e: E) => void) | undefined): (e: E) => void {
  const { modal } = App.useApp();
  const { t } = useTranslation();
  const asking = useRef(false);
  return (e) => {
    if (!typed) return close?.(e);
    // Asked once: a second Esc while the question is up answers it ("Quay lại").
    if (asking.current) return;
    asking.current = true;
    confirmIrreversible(modal, {
      title: t('app.dropTypedTitle'),
      content: t('app.dropTypedContent'),
      okText: t('app.dropTypedOk'),
      okButtonProps: { danger: true, 'data-testid': 'drop-typed' } as never,
      cancelText: t('app.dropTypedBack'),
      onOk: () => close?.(e),
      afterClose: () => void (asking.current = false),
    });
  };
}

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
