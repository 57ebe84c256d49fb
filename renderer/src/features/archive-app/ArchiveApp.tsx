/**
 * The province archive's screens as its server serves them on the LAN: sign-in, then the same
 * upper-level and exchange screens as the app (overview, statistics, consolidated search and
 * inventory; import; trusted keys; what to review), reading the shared PostgreSQL store
 * through the HTTP seam. No IndexedDB: every workstation sees one store.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { App as AntApp, Button, ConfigProvider, Layout, Menu, Select, Space, Spin, Typography } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useTranslation } from 'react-i18next';
import { SessionProvider } from '../../db/context';
import { useHashRoute } from '../../hooks/useHashRoute';
import { isLanguage, type Language } from '../../i18n';
import { UpperApiProvider } from '../../upper-api/context';
import { httpUpperApi, request } from '../../upper-api/http';
import { ImportPanel } from '../exchange/ImportPanel';
import { ReviewPanel } from '../exchange/ReviewPanel';
import { TrustedKeysPanel } from '../exchange/TrustedKeysPanel';
import { UpperLevelPage } from '../upper-level/UpperLevelPage';
import { LoginPage } from './LoginPage';
import { APP_MESSAGES, useAppTheme } from '../../components/theme';

export type ArchiveMe = {
  readonly account: { readonly username: string; readonly displayName: string; readonly role: 'view' | 'import' | 'administer' };
  readonly unit: { readonly id: string; readonly name: string; readonly adminCode: string; readonly parentName: string };
};

type Route = { readonly key: string; readonly label: string; readonly render: () => ReactNode };

export function ArchiveApp({ onLanguage }: { onLanguage: (l: Language) => void }) {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi';
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
  const theme = useAppTheme();
  return (
    <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={theme}>
      <AntApp message={APP_MESSAGES}>
        <Frame language={language} onLanguage={onLanguage} />
      </AntApp>
    </ConfigProvider>
  );
}

function Frame({ language, onLanguage }: { language: Language; onLanguage: (l: Language) => void }) {
  const { t } = useTranslation();
  const [me, setMe] = useState<ArchiveMe | null | undefined>(undefined);
  const [route, navigate] = useHashRoute('upper');

  useEffect(() => {
    request<ArchiveMe>('', 'GET', '/api/me').then(setMe, () => setMe(null));
  }, []);

  const api = useMemo(
    () => (me ? httpUpperApi({ receiver: { unitId: me.unit.id, name: me.unit.name, parentName: me.unit.parentName, operator: me.account.displayName }, role: me.account.role, onSignedOut: () => setMe(null) }) : undefined),
    [me],
  );

  const routes = useMemo<Route[]>(
    () => [
      { key: 'upper', label: t('archive.navUpper'), render: () => <UpperLevelPage /> },
      { key: 'import', label: t('archive.navImport'), render: () => <ImportPanel /> },
      { key: 'keys', label: t('archive.navKeys'), render: () => <TrustedKeysPanel /> },
      { key: 'review', label: t('archive.navReview'), render: () => <ReviewPanel /> },
    ],
    [t],
  );

  const languageSwitch = (
    <Select
      aria-label={t('common.language')}
      value={language}
      onChange={onLanguage}
      size="small"
      options={[
        { value: 'vi', label: 'Tiếng Việt' },
        { value: 'en', label: 'English' },
      ]}
      style={{ width: 120 }}
    />
  );

  if (me === undefined) return <Spin fullscreen />;
  if (me === null || !api)
    return (
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header className="app-header">
          <Typography.Text className="app-title">{t('archive.title')}</Typography.Text>
          {languageSwitch}
        </Layout.Header>
        <Layout.Content>
          <LoginPage onSignedIn={setMe} />
        </Layout.Content>
      </Layout>
    );

  const logout = () => void request('', 'POST', '/api/logout').finally(() => setMe(null));
  const current = routes.find((r) => r.key === route.split('/')[0]) ?? routes[0]!;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={230} theme="light" breakpoint="lg" collapsedWidth={0}>
        <div className="app-brand">{t('archive.title')}</div>
        <Menu mode="inline" selectedKeys={[current.key]} items={routes.map((r) => ({ key: r.key, label: r.label }))} onClick={(e) => navigate(e.key)} />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text className="app-unit" data-testid="header-unit">
            {me.unit.name}
          </Typography.Text>
          <Space>
            <Typography.Text data-testid="header-account">{t('archive.signedInAs', { name: me.account.displayName, role: t(`archive.role.${me.account.role}`) })}</Typography.Text>
            {languageSwitch}
            <Button size="small" onClick={logout} data-testid="logout">
              {t('archive.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">
          <SessionProvider session={{ unitId: me.unit.id, operator: me.account.displayName }}>
            <UpperApiProvider api={api}>{current.render()}</UpperApiProvider>
          </SessionProvider>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
