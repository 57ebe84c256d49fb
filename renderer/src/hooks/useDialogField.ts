/**
 * The field a dialog opens on. `autoFocus` alone is not enough: when the computer asks for less
 * motion (components/theme.ts), antd shows the dialog without its opening animation and its
 * focus lock puts the focus on the dialog's first button — the × — before the field's own
 * autoFocus can take it, so Enter would close the dialog instead of confirming it. Once the
 * dialog is open, the field takes the focus unless the user has already moved it to another
 * field of the dialog.
 */
import { useCallback, useRef } from 'react';

type Focusable = { focus(options?: FocusOptions): void };

export function useDialogField<T extends Focusable>() {
  const ref = useRef<T>(null);
  const afterOpenChange = useCallback((open: boolean) => {
    if (!open) return;
    const active = document.activeElement;
    const inDialogField = active instanceof HTMLElement && active.closest('.ant-modal-body') !== null;
    if (!inDialogField) ref.current?.focus({ preventScroll: true });
  }, []);
  return { ref, afterOpenChange };
}
