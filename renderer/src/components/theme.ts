/**
 * The one antd theme of both entries (the commune app and the province archive's screens).
 *
 * zeroRuntime: the components' styles come from antd's own prebuilt stylesheet, imported here
 * with the theme that needs it, instead of being generated in JavaScript as each kind of
 * component first appears and looked up again on every render. The theme's tokens (our font
 * and size) still reach those styles, as CSS variables antd writes once.
 */
import type { ThemeConfig } from 'antd';
import 'antd/dist/antd.css';

export const APP_THEME: ThemeConfig = {
  zeroRuntime: true,
  token: { fontFamily: "'Segoe UI', 'Noto Sans', Roboto, Arial, sans-serif", fontSize: 15 },
};
