/**
 * The app's menu button: antd's Dropdown opened by a click, or from the keyboard (Enter on its button, then ↑/↓ and
 * Enter: it opens with the cursor on its first item), made anew at each opening (it opens on its first item, not on
 * the last one used), and giving the cursor back to its button when it closes on Escape or on a choice that leaves the
 * cursor nowhere (it fell to the page: a keyboard user began again from the top).
 */
import { useRef } from 'react';
import { Dropdown, type DropdownProps } from 'antd';
import { focusBackOn } from './focus';

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
        // Once the menu has left the page (the dialog a choice opens takes the cursor itself: it is not lost then).
        else setTimeout(() => focusBackOn(trigger.current), 0);
        onOpenChange?.(open, info);
      }}
    />
  );
}
