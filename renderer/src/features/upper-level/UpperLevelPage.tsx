/**
 * The upper level's view (lưu trữ lịch sử cấp tỉnh, or a merged commune): per sending
 * unit, its last bundle, sequence gaps, days since contact, record counts, statistics charts,
 * the consolidated inventory and search across every unit.
 */
import { Alert, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDb, useSession } from '../../db/context';
import { originOverview, type OriginOverview } from '../../db/repositories/upper-level-repository';
import { unitNames } from '../../db/repositories/exchange-repository';
import { formatCount, formatDateTime } from '../../core/format';
import { UpperStats } from './UpperStats';
import { UpperSearch } from './UpperSearch';
import { UpperInventory } from './UpperInventory';
import { ArchiveSearch } from '../processing/ArchiveSearch';
import { getMetresPerBox, holdingsByOrigin } from '../../db/repositories/dossier-repository';
import { UpperReports } from '../duties/UpperReports';

export function UpperLevelPage() {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const session = useSession();
  const rows = useLiveQuery(() => originOverview(db, session.unitId, new Date()), [db, session.unitId]);
  const holdings = useLiveQuery(() => holdingsByOrigin(db), [db]);
  const metresPerBox = useLiveQuery(() => getMetresPerBox(db), [db]);
  const units = useLiveQuery(() => unitNames(db), [db]);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('upper.title')}</Typography.Title>
      <Alert type="info" showIcon title={t('upper.intro')} />
      <Card title={t('upper.origins')}>
        <Table<OriginOverview>
          data-testid="upper-origins"
          size="small"
          rowKey="unitId"
          loading={!rows}
          dataSource={rows ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t('upper.empty')} /> }}
          columns={[
            {
              title: t('upper.unit'),
              key: 'name',
              render: (_, r) => (
                <>
                  {r.name}
                  {r.carriedBy.length > 0 && <Tag style={{ marginLeft: 6 }}>{t('upper.carriedBy', { names: r.carriedBy.join(', ') })}</Tag>}
                  {r.lineages > 1 && <Tag color="orange" style={{ marginLeft: 6 }}>{t('upper.lineages')}</Tag>}
                </>
              ),
            },
            { title: t('upper.code'), dataIndex: 'adminCode', width: 90 },
            { title: t('upper.lastBundle'), dataIndex: 'lastCreatedAt', width: 150, render: (v: string) => formatDateTime(v) },
            { title: t('upper.lastSequence'), dataIndex: 'lastSequence', width: 90, align: 'right' },
            {
              title: t('upper.gaps'),
              dataIndex: 'missing',
              render: (m: number[]) => (m.length ? <Tag color="red">{m.join(', ')}</Tag> : <Tag color="green">{t('upper.noGaps')}</Tag>),
            },
            { title: t('upper.daysSince'), dataIndex: 'daysSinceContact', width: 130, align: 'right' },
            {
              title: t('upper.counts'),
              key: 'counts',
              render: (_, r) =>
                Object.entries(r.counts)
                  // The unit's own profile and its users are not holdings.
                  .filter(([table, n]) => n > 0 && table !== 'units' && table !== 'operators')
                  .map(([table, n]) => `${t(`table.${table}`)}: ${formatCount(n, i18n.language)}`)
                  .join(' · '),
            },
          ]}
        />
      </Card>
      {rows && rows.length > 0 && holdings && metresPerBox !== undefined && <UpperStats rows={rows} holdings={holdings} metresPerBox={metresPerBox} />}
      {rows && rows.length > 0 && <UpperInventory rows={rows} />}
      {rows && rows.length > 0 && <UpperReports units={rows.map((r) => ({ unitId: r.unitId, name: r.name }))} />}
      {units && <UpperSearch units={units} />}
      {units && <ArchiveSearch units={units} title={t('processing.upperSearchTitle')} />}
    </Space>
  );
}
