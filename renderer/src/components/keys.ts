/**
 * Enter pressed by the person to act, not the Enter an input method takes to end a word it is
 * composing (Vietnamese typed with an IME — Windows' own Vietnamese keyboard, macOS — shows the
 * word underlined until Enter or a space ends it): acting on that Enter saved or added what was
 * typed with its last word half made. Chromium marks such a key as composing; on Windows its
 * key is "Process" (code 229). The entry forms' `useEnterToSave` checks the same; antd's `onPressEnter`
 * checks the composing mark only.
 */
export function isPlainEnter(e: { readonly key: string; readonly keyCode?: number; readonly nativeEvent?: { readonly isComposing?: boolean } }): boolean {
  return e.key === 'Enter' && e.nativeEvent?.isComposing !== true && e.keyCode !== 229;
}

/** Keys that choose a menu's item: the menu acts on their keydown (its default, a press, is not to go on). */
export const isChoosingKey = (key: string): boolean => key === 'Enter' || key === ' ';
