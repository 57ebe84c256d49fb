/**
 * Công tác lưu trữ: the archive's duties over time, one tab each — deposit, appraisal and
 * destruction, use of records, the yearly statistics, the retention schedule and the fonds. The
 * tab is part of the address (#/archive/deposit …) so the home screen links straight to it.
 */
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHashRoute } from '../../hooks/useHashRoute';
import { AppraisalPanel } from './AppraisalPanel';
import { DepositPanel } from './DepositPanel';
import { FondsPanel } from './FondsPanel';
import { LoansPanel } from './LoansPanel';
import { RetentionPanel } from './RetentionPanel';
import { StatisticsPanel } from './StatisticsPanel';

export const DUTY_TABS = ['deposit', 'appraisal', 'loans', 'statistics', 'retention', 'fonds'] as const;
type Tab = (typeof DUTY_TABS)[number];

const PANELS: Record<Tab, () => React.JSX.Element> = {
  deposit: () => <DepositPanel />,
  appraisal: () => <AppraisalPanel />,
  loans: () => <LoansPanel />,
  statistics: () => <StatisticsPanel />,
  retention: () => <RetentionPanel />,
  fonds: () => <FondsPanel />,
};

export function ArchiveDutiesPage() {
  const { t } = useTranslation();
  const [route, navigate] = useHashRoute('archive/deposit');
  const sub = route.split('/')[1];
  const tab: Tab = (DUTY_TABS as readonly string[]).includes(sub ?? '') ? (sub as Tab) : 'deposit';
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t('duties.title')}</Typography.Title>
      <Tabs activeKey={tab} onChange={(k) => navigate(`archive/${k}`)} destroyOnHidden items={DUTY_TABS.map((k) => ({ key: k, label: t(`duties.tab_${k}`), children: PANELS[k]() }))} />
    </>
  );
}
