/**
 * The app's confirmation: antd's Popconfirm answered from the keyboard as every one of them is — open, the cursor on
 * its first button, "Quay lại" (Enter keeps things as they are, Tab reaches the one that acts); closed, back on the
 * button that asked (hooks/useConfirmFocus). A confirmation left to antd kept the cursor on the page behind it: Tab
 * went on past it and closed it unanswered, and once answered the cursor fell to the page.
 */
import { Popconfirm, type PopconfirmProps } from 'antd';
import { useConfirmFocus } from '../hooks/useConfirmFocus';

export function Confirm({ onOpenChange, ...props }: PopconfirmProps) {
  const focus = useConfirmFocus();
  return (
    <Popconfirm
      {...props}
      onOpenChange={(open: boolean) => {
        focus(open);
        onOpenChange?.(open);
      }}
    />
  );
}
