/** What the measured screens are drawn in: the app's own antd theme (its stylesheet is imported by main.ts), as in the app. */
import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import { APP_THEME } from '../../../renderer/src/components/theme';

export function BenchFrame({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider theme={APP_THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
