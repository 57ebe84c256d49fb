/** Data exchange (trao đổi dữ liệu): export to USB, import from USB, trusted keys, what imports held for review. */
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { TrustedKeysPanel } from './TrustedKeysPanel';
import { ReviewPanel } from './ReviewPanel';

const TABS = ['export', 'import', 'keys', 'review'] as const;

/** The tab a link names after the page (`#/exchange/import`: the upper level's home sends the archivist to receiving), else export. */
function tabOfLink(): string {
  const named = window.location.hash.split('/')[2];
  return TABS.find((k) => k === named) ?? 'export';
}

export function ExchangePage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{t('nav.exchange')}</Typography.Title>
      <Tabs
        defaultActiveKey={tabOfLink()}
        items={[
          { key: 'export', label: t('exchange.tabExport'), children: <ExportPanel /> },
          { key: 'import', label: t('exchange.tabImport'), children: <ImportPanel /> },
          { key: 'keys', label: t('exchange.tabKeys'), children: <TrustedKeysPanel /> },
          { key: 'review', label: t('exchange.tabReview'), children: <ReviewPanel /> },
        ]}
      />
    </>
  );
}
