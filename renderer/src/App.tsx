/**
 * The app frame: setup gate, side menu, header with operator and language, and the
 * page for the current route. Feature pages register themselves in `routes` below.
 */
import { useMemo, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, Layout, Menu, Select, Space, Spin, Typography } from 'antd';
import HomeOutlined from '@ant-design/icons/HomeOutlined';
import ImportOutlined from '@ant-design/icons/ImportOutlined';
import ExportOutlined from '@ant-design/icons/ExportOutlined';
import FolderOpenOutlined from '@ant-design/icons/FolderOpenOutlined';
import ContainerOutlined from '@ant-design/icons/ContainerOutlined';
import BankOutlined from '@ant-design/icons/BankOutlined';
import SwapOutlined from '@ant-design/icons/SwapOutlined';
import ClusterOutlined from '@ant-design/icons/ClusterOutlined';
import HistoryOutlined from '@ant-design/icons/HistoryOutlined';
import SaveOutlined from '@ant-design/icons/SaveOutlined';
import SettingOutlined from '@ant-design/icons/SettingOutlined';
import LeftOutlined from '@ant-design/icons/LeftOutlined';
import RightOutlined from '@ant-design/icons/RightOutlined';
import { SearchButtonIcon } from './components/icons/labelled-icons';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useTranslation } from 'react-i18next';
import { SessionProvider, useDb, useLocalState } from './db/context';
import { setCurrentOperator, listOperators } from './db/repositories/unit-repository';
import { useLiveQuery } from 'dexie-react-hooks';
import { SetupWizard } from './features/setup/SetupWizard';
import { HomePage } from './features/home/HomePage';
import { RegistersPage } from './features/registers/RegistersPage';
import { DossiersPage } from './features/dossiers/DossiersPage';
import { ProcessingPage } from './features/processing/ProcessingPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { JournalPage } from './features/journal/JournalPage';
import { ExchangePage } from './features/exchange/ExchangePage';
import { UpperLevelPage } from './features/upper-level/UpperLevelPage';
import { BackupPage } from './features/backup/BackupPage';
import { FirstRunChoices } from './features/backup/FirstRunChoices';
import { RestoreProgressScreen, SampleProgressScreen, UnfinishedRestoreScreen } from './features/backup/RestoreScreen';
import { useBackupStore } from './features/backup/backup-controller';
import { unfinishedRestore } from './db/backup/backup-log';
import { AppNotices } from './components/AppNotices';
import { useAutoBackup } from './features/backup/auto-backup';
import { usePlatform } from './platform/context';
import { ArchiveDutiesPage } from './features/duties/ArchiveDutiesPage';
import { useHashRoute } from './hooks/useHashRoute';
import { useLeaveQuestion } from './hooks/useLeaveGuard';
import { isChoosingKey } from './components/keys';
import { UpperApiProvider } from './upper-api/context';
import { indexedDbUpperApi } from './upper-api/indexeddb';
import { isLanguage, type Language } from './i18n';
import { useUiStore } from './stores/ui-store';
import { APP_MESSAGES, useAppTheme } from './components/theme';
import { isUpperLevel } from './core/unit';

/** The menu stays on screen while a long page scrolls (it went up with the page, leaving only its arrow). */
const SIDER_STYLE = { position: 'sticky', top: 0, height: '100vh', overflow: 'auto' } as const;

/** A page of the menu; its icon is what the menu shows when folded (below 1200 px). */
type Route = { readonly key: string; readonly label: string; readonly icon: ReactNode; readonly render: () => ReactNode };

export function App({ onLanguage }: { onLanguage: (l: Language) => void }) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi';
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
  const theme = useAppTheme();
  return (
    <ConfigProvider
      locale={language === 'vi' ? viVN : enUS}
      theme={theme}
      inputSearch={{ searchIcon: <SearchButtonIcon /> }}
    >
      <AntApp message={APP_MESSAGES}>
        <Shell language={language} onLanguage={onLanguage} t={t} />
      </AntApp>
    </ConfigProvider>
  );
}

function Shell({ language, onLanguage, t }: { language: Language; onLanguage: (l: Language) => void; t: (k: string) => string }) {
  const local = useLocalState();
  const db = useDb();
  const [route, navigate] = useHashRoute('home');
  // Changes typed and not saved on this page are asked about before the menu leaves it (they were lost without a word).
  const leave = useLeaveQuestion(route, navigate);
  const collapsed = useUiStore((s) => s.siderCollapsed);
  const setCollapsed = useUiStore((s) => s.setSiderCollapsed);
  const unitId = local.status === 'ready' ? local.unit.id : '';
  const operators = useLiveQuery(() => (unitId ? listOperators(db, unitId) : []), [db, unitId]);
  const restoring = useBackupStore((s) => (s.task?.kind === 'restore' ? s.task : undefined));
  const sampling = useBackupStore((s) => (s.task?.kind === 'sample' ? s.task : undefined));
  const unfinished = useLiveQuery(() => unfinishedRestore(db), [db]);
  useAutoBackup(db, usePlatform(), local.status === 'ready' ? local.session.operator : undefined);
  // The upper-level and exchange screens read this PC's IndexedDB through the seam (the province archive serves them over HTTP).
  const unitName = local.status === 'ready' ? local.unit.name : '';
  const parentName = local.status === 'ready' ? local.unit.parentName : '';
  const operator = local.status === 'ready' ? local.session.operator : '';
  const upperApi = useMemo(() => indexedDbUpperApi(db, { name: unitName, parentName }, { unitId, operator }), [db, unitId, unitName, parentName, operator]);

  const routes = useMemo<Route[]>(
    () => [
      { key: 'home', label: t('nav.home'), icon: <HomeOutlined />, render: () => <HomePage /> },
      { key: 'incoming', label: t('nav.incoming'), icon: <ImportOutlined />, render: () => <RegistersPage key="incoming" kind="incoming" /> },
      { key: 'outgoing', label: t('nav.outgoing'), icon: <ExportOutlined />, render: () => <RegistersPage key="outgoing" kind="outgoing" /> },
      { key: 'dossiers', label: t('nav.dossiers'), icon: <FolderOpenOutlined />, render: () => <DossiersPage /> },
      { key: 'processing', label: t('nav.processing'), icon: <ContainerOutlined />, render: () => <ProcessingPage /> },
      { key: 'archive', label: t('nav.archive'), icon: <BankOutlined />, render: () => <ArchiveDutiesPage /> },
      { key: 'exchange', label: t('nav.exchange'), icon: <SwapOutlined />, render: () => <ExchangePage /> },
      { key: 'upper', label: t('nav.upper'), icon: <ClusterOutlined />, render: () => <UpperLevelPage /> },
      { key: 'journal', label: t('nav.journal'), icon: <HistoryOutlined />, render: () => <JournalPage /> },
      { key: 'backup', label: t('nav.backup'), icon: <SaveOutlined />, render: () => <BackupPage /> },
      { key: 'settings', label: t('nav.settings'), icon: <SettingOutlined />, render: () => <SettingsPage /> },
    ],
    [t],
  );

  const languageSwitch = (
    <Select
      aria-label={t('common.language')}
      data-testid="language-switch"
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

  if (local.status === 'loading') return <Spin fullscreen />;
  // While a restore replaces the tables, and after one was interrupted, nothing else is shown.
  const gate = restoring ? (
    <RestoreProgressScreen task={restoring} />
  ) : sampling ? (
    <SampleProgressScreen task={sampling} />
  ) : unfinished ? (
    <UnfinishedRestoreScreen row={unfinished} />
  ) : undefined;
  if (local.status === 'new' || gate) {
    return (
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header className="app-header">
          <Typography.Text className="app-title">{t('app.name')}</Typography.Text>
          {languageSwitch}
        </Layout.Header>
        <Layout.Content>
          <AppNotices />
          {gate ?? (
            <>
              <FirstRunChoices />
              <SetupWizard />
            </>
          )}
        </Layout.Content>
      </Layout>
    );
  }
  const current = routes.find((r) => r.key === route.split('/')[0]) ?? routes[0]!;
  // An upper level's work is receiving bundles and reading them together: those two come first.
  const upperFirst = isUpperLevel(local.unit.level) ? ['home', 'upper', 'exchange'] : ['home'];
  const menu = [...upperFirst.map((k) => routes.find((r) => r.key === k)!), ...routes.filter((r) => !upperFirst.includes(r.key))];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* The trigger's arrow is named for what it does (a screen reader read antd's as "left"). */}
      {/* Folded to its icons below 1200 px (a 1024 px screen gives the forms the width they need); the arrow unfolds it,
          and once the clerk has folded or unfolded it the window's width no longer changes it (ui-store.ts). */}
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={(c, type) => setCollapsed(c, type === 'clickTrigger' ? 'chosen' : 'width')} breakpoint="xl" width={210} theme="light" style={SIDER_STYLE} trigger={
          // A button reached with Tab too (antd's trigger is a bare div: only the mouse could fold or unfold the menu).
          <span role="button" tabIndex={0} aria-label={collapsed ? t('app.expandMenu') : t('app.collapseMenu')} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), setCollapsed(!collapsed, 'chosen'))} data-testid="menu-trigger">
            {collapsed ? <RightOutlined aria-label={t('app.expandMenu')} /> : <LeftOutlined aria-label={t('app.collapseMenu')} />}
          </span>
        }>
        <div className={collapsed ? 'app-brand app-brand-folded' : 'app-brand'} data-testid="app-brand">{collapsed ? t('app.shortName') : local.unit.level === 'district' ? t('app.brand_district') : local.unit.level === 'province-archive' ? t('app.brand_province-archive') : t('app.name')}</div>
        <Menu
          mode="inline"
          selectedKeys={[current.key]}
          items={menu.map((r) => ({ key: r.key, label: r.label, icon: r.icon }))}
          onClick={(e) => leave.leaveFor(e.key)}
          // A page chosen with Enter is the whole key (as in the app's menus: KeyMenu): its press answered the leave
          // question that took the cursor ("Ở lại": the keyboard could not leave the page).
          onKeyDown={(e) => isChoosingKey(e.key) && e.preventDefault()}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text className="app-unit" data-testid="header-unit">{local.unit.name}</Typography.Text>
          <Space>
            <Select
              aria-label={t('common.operator')}
              size="small"
              value={local.operator?.id}
              onChange={(id: string) => void setCurrentOperator(db, id)}
              options={(operators ?? []).map((o) => ({ value: o.id, label: o.name }))}
              style={{ minWidth: 180 }}
            />
            {languageSwitch}
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content" onFocusCapture={leave.onFocusCapture}>
          <AppNotices />
          <SessionProvider session={local.session}>
            <UpperApiProvider api={upperApi}>{current.render()}</UpperApiProvider>
          </SessionProvider>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
