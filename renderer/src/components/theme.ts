/**
 * The one antd theme of both entries (the commune app and the province archive's screens).
 *
 * zeroRuntime: the components' styles come from antd's own prebuilt stylesheet, imported here
 * with the theme that needs it, instead of being generated in JavaScript as each kind of
 * component first appears and looked up again on every render. The theme's tokens (our font
 * and size) still reach those styles, as CSS variables antd writes once.
 *
 * Motion follows the computer's setting: where the user asked for less motion (Windows "Show
 * animations" off, which Chromium and Electron report as `prefers-reduced-motion: reduce`),
 * dialogs, menus and messages appear at once instead of zooming and sliding — on an old
 * commune PC those animations are also work the processor is spared.
 */
import { useSyncExternalStore } from 'react';
import type { ThemeConfig } from 'antd';
import 'antd/dist/antd.css';

export const APP_THEME: ThemeConfig = {
  zeroRuntime: true,
  token: { fontFamily: "'Segoe UI', 'Noto Sans', Roboto, Arial, sans-serif", fontSize: 15 },
};

/**
 * Where antd's messages (toasts) appear: under the frame's header (64 px), not over it, where
 * they covered the unit's name and the operator's choice; at most three at once (printing
 * one paper after another stacked a message for each).
 */
export const APP_MESSAGES = { top: 72, maxCount: 3 } as const;

/** APP_THEME without antd's animations. */
const APP_THEME_STILL: ThemeConfig = { ...APP_THEME, token: { ...APP_THEME.token, motion: false } };

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

let query: MediaQueryList | undefined;

/** The one query the app watches (made once: the snapshot is read on every render). */
function reducedMotionQuery(): MediaQueryList | undefined {
  if (!query && typeof matchMedia === 'function') query = matchMedia(REDUCED_MOTION);
  return query;
}

function subscribe(onChange: () => void): () => void {
  const q = reducedMotionQuery();
  q?.addEventListener('change', onChange);
  return () => q?.removeEventListener('change', onChange);
}

const wantsStill = () => reducedMotionQuery()?.matches ?? false;

/** The app's theme as the computer's motion setting asks, following it when it changes. */
export function useAppTheme(): ThemeConfig {
  return useSyncExternalStore(subscribe, wantsStill, () => false) ? APP_THEME_STILL : APP_THEME;
}
