/** Data exchange (trao đổi dữ liệu): export to USB, import from USB, trusted keys, what imports held for review. */
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { TrustedKeysPanel } from './TrustedKeysPanel';
import { ReviewPanel } from './ReviewPanel';
import { useHashRoute } from '../../hooks/useHashRoute';
import { useLocalState } from '../../db/context';
import { isUpperLevel } from '../../core/unit';

const TABS = ['export', 'import', 'keys', 'review'] as const;

export function ExchangePage() {
  const { t } = useTranslation();
  // The tab is in the address (`#/exchange/import`): a link names it (the upper level's home sends the archivist to
  // receiving), a click puts it there, and a reload or Back comes back to it (it was the page's own state, lost on reload).
  const [route, navigate] = useHashRoute('exchange');
  const named = route.split('/')[1];
  // A commune records on the review tab the fonds it took over (an archive above communes receives deposits instead).
  const local = useLocalState();
  // Else where the unit's work starts: a commune sends, an archive above communes receives (it opened on sending).
  const upper = local.status === 'ready' && isUpperLevel(local.unit.level);
  const tab = TABS.find((k) => k === named) ?? (upper ? 'import' : 'export');
  const commune = local.status === 'ready' && !upper ? { unitId: local.unit.id, name: local.unit.name, adminCode: local.unit.adminCode } : undefined;
  return (
    <>
      <Typography.Title level={3}>{t('nav.exchange')}</Typography.Title>
      <Tabs
        // Without one named, the unit's: read a moment after the page opens, so not a default fixed at once.
        activeKey={tab}
        onChange={(k) => navigate(`exchange/${k}`)}
        items={[
          { key: 'export', label: t('exchange.tabExport'), children: <ExportPanel /> },
          { key: 'import', label: t('exchange.tabImport'), children: <ImportPanel /> },
          { key: 'keys', label: t('exchange.tabKeys'), children: <TrustedKeysPanel /> },
          { key: 'review', label: t('exchange.tabReview'), children: <ReviewPanel takeOverBy={commune} /> },
        ]}
      />
    </>
  );
}
