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
import { isChoosingKey } from './keys';

/** Frames the opened menu is waited for (antd puts it in and focuses it a few frames after the key). */
const OPENING_FRAMES = 8;

/**
 * The cursor on the first item of the menu just opened, for its first frames or until the person presses a key or the
 * pointer: the menu keeps the item used last as its own, and one opened again before the last was gone (under load)
 * came back on it — "↓↓ Enter" then ran another item. Focusing the item makes it the menu's own too (its focus tells
 * the menu), so antd's own focusing, a few frames after the key, lands there as well.
 */
function focusFirstItem(): void {
  let acted = false;
  const act = () => void (acted = true);
  const listen = (on: boolean) => (['keydown', 'pointerdown'] as const).forEach((type) => (on ? window.addEventListener(type, act, { capture: true }) : window.removeEventListener(type, act, { capture: true })));
  listen(true);
  let frames = OPENING_FRAMES;
  const step = () => {
    if (acted || frames-- <= 0) return listen(false);
    const open = [...document.querySelectorAll('.ant-dropdown:not(.ant-dropdown-hidden)')].at(-1);
    const first = open?.querySelector<HTMLElement>('.ant-dropdown-menu-item:not(.ant-dropdown-menu-item-disabled)');
    if (first && document.activeElement !== first && (open!.contains(document.activeElement) || focusLost())) first.focus({ preventScroll: true });
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

export function KeyMenu({ onOpenChange, menu, ...props }: Omit<DropdownProps, 'trigger' | 'autoFocus' | 'destroyOnHidden'>) {
  const trigger = useRef<HTMLElement | null>(null);
  return (
    <Dropdown
      {...props}
      // An item chosen with Enter is the whole key: its press does not go on to what takes the cursor as the menu closes
      // (its button, which opened the menu again over a dialog the choice opened; a dialog's first button).
      menu={menu && { ...menu, onKeyDown: (e) => (isChoosingKey(e.key) && e.preventDefault(), menu.onKeyDown?.(e)) }}
      trigger={['click']}
      autoFocus
      destroyOnHidden
      onOpenChange={(open, info) => {
        if (open) {
          trigger.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
          focusFirstItem();
        }
        else if (trigger.current?.isConnected && (focusLost() || document.activeElement?.closest('.ant-dropdown'))) trigger.current.focus({ preventScroll: true });
        onOpenChange?.(open, info);
      }}
    />
  );
}
