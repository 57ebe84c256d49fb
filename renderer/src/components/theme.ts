/**
 * The one antd theme of both entries (the commune app and the province archive's screens).
 *
 * zeroRuntime: the components' styles come from antd's own prebuilt stylesheet
 * (antd/dist/antd.css, imported by each entry) instead of being generated in JavaScript as
 * each kind of component first appears and looked up again on every render. The theme's
 * tokens (our font and size) still reach those styles, as CSS variables antd writes once.
 */
import type { ThemeConfig } from 'antd';

export const APP_THEME: ThemeConfig = {
  zeroRuntime: true,
  token: { fontFamily: "'Segoe UI', 'Noto Sans', Roboto, Arial, sans-serif", fontSize: 15 },
};
