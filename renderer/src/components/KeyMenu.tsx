/**
 * The app's menu button: antd's Dropdown opened by a click, or from the keyboard (Enter on its button, then ↑/↓ and
 * Enter: it opens with the cursor on its first item), made anew at each opening (it opens on its first item, not on
 * the last one used), and giving the cursor back to its button as it closes, on Escape or on a choice (it fell to the
 * page: a keyboard user began again from the top). Given back at once, so a dialog the choice opens counts the button
 * as where the cursor was, and gives it back there when it closes (as antd's dialogs do); a print preview too.
 */
import { useRef } from 'react';
import { Dropdown, type DropdownProps } from 'antd';
import { focusLost } from './focus';

export function KeyMenu({ onOpenChange, ...props }: Omit<DropdownProps, 'trigger' | 'autoFocus' | 'destroyOnHidden'>) {
  const trigger = useRef<HTMLElement | null>(null);
  return (
    <Dropdown
      {...props}
      trigger={['click']}
      autoFocus
      destroyOnHidden
      onOpenChange={(open, info) => {
        if (open) trigger.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
        else if (trigger.current?.isConnected && (focusLost() || document.activeElement?.closest('.ant-dropdown'))) trigger.current.focus({ preventScroll: true });
        onOpenChange?.(open, info);
      }}
    />
  );
}
