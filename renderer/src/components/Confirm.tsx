/**
 * The app's confirmation: antd's Popconfirm answered from the keyboard as every one of them is — open, the cursor on
 * its first button, "Quay lại" (focusConfirmBack: Enter keeps things as they are, Tab reaches the one that acts);
 * closed with the cursor lost on its hidden button, back on the button that asked (useReturnFocus, as a closing drawer
 * or dialog gives it back). A confirmation left to antd kept the cursor on the page behind it: Tab went on past it and
 * closed it unanswered, and once answered the cursor fell to the page.
 */
import { Popconfirm, type PopconfirmProps } from 'antd';
import { focusConfirmBack } from './focus';
import { useReturnFocus } from '../hooks/useReturnFocus';

export function Confirm({ onOpenChange, ...props }: PopconfirmProps) {
  const back = useReturnFocus();
  return (
    <Popconfirm
      {...props}
      onOpenChange={(open: boolean) => {
        if (open) {
          back.remember();
          focusConfirmBack();
        } else back.restore();
        onOpenChange?.(open);
      }}
    />
  );
}
