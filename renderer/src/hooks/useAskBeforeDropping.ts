/**
 * Closing what holds typing (a dialog, a drawer) asks first: the same question, on "Quay lại", wherever it is.
 */
import { useRef } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { confirmIrreversible } from '../components/Confirm';
import { typedQuestionWords, type TypedPart } from './typed-tabs';

/**
 * `close` guarded for a dialog or drawer holding typed text: while `typed`, it first asks whether to drop it, on "Quay
 * lại" (Enter or Esc keeps the typing); answered "Đóng, bỏ những gì đã gõ", it closes. `typed` parts: where the typing
 * is and the button that uses it (a drawer's tabs, useTypedTabs), said as the page-leave question says them; `true` (a
 * dialog): "ở đây". `back`: what "Quay lại" does once the question has gone — a drawer's way back to the tab and field
 * holding the typing (useTypedTabs); without it the cursor goes back where it was on asking.
 */
export function useAskBeforeDropping<E>(typed: boolean | readonly TypedPart[] | undefined, close: ((e: E) => void) | undefined, back?: () => void): (e: E) => void {
  const { modal } = App.useApp();
  const { t } = useTranslation();
  const asking = useRef(false);
  return (e) => {
    if (!typed || (typed !== true && typed.length === 0)) return close?.(e);
    // Asked once: a second Esc while the question is up answers it ("Quay lại").
    if (asking.current) return;
    asking.current = true;
    let dropped = false;
    confirmIrreversible(modal, {
      title: t('app.dropTypedTitle'),
      content: typed === true ? t('app.dropTypedHere') : t('app.dropTypedContent', typedQuestionWords(t, typed)),
      okText: t('app.dropTypedOk'),
      okButtonProps: { danger: true, 'data-testid': 'drop-typed' } as never,
      cancelText: t('app.dropTypedBack'),
      // With a way back, it alone places the cursor (given back to what held it on asking, another tab, the cursor would
      // be taken from the field `back` put it in); without one, the cursor goes back where it was on asking.
      ...(back ? {} : { focusable: { focusTriggerAfterClose: true } }),
      onOk: () => {
        dropped = true;
        close?.(e);
      },
      afterClose: () => {
        asking.current = false;
        if (!dropped) back?.();
      },
    });
  };
}
