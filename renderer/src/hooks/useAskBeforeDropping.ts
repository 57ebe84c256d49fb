/**
 * Closing what holds typing (a dialog, a drawer) asks first: the same question, on "Quay lại", wherever it is.
 */
import { useRef } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { confirmIrreversible } from '../components/Confirm';

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
