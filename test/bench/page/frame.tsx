/** What the measured screens are drawn in: the app's own antd theme (and with it antd's stylesheet), as in the app. */
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
