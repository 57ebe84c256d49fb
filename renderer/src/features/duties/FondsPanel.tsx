/**
 * Phông lưu trữ: the fonds this office holds after the 2025 reform — its own, open or closed,
 * each with its creating bodies and dates, and those received from the communes it replaced
 * (read-only, their inventories and numbers kept) — with the fonds history written once.
 */
import { useState } from 'react';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { closedSince, creatorPeriod } from '../../core/duties/fonds';
import { useDb, useSession } from '../../db/context';
import { fondsOverview, type FondsRow } from '../../db/repositories/fonds-repository';
import { FondsDialog } from './FondsDialog';
import { showDate } from './labels';

export function FondsPanel() {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const rows = useLiveQuery(() => fondsOverview(db, session.unitId), [db, session.unitId]) ?? [];
  const [open, setOpen] = useState<FondsRow | 'new'>();
  return (
    <Card size="small" title={t('fondsAdmin.title')} extra={<Button onClick={() => setOpen('new')} data-testid="add-fonds">{t('fondsAdmin.add')}</Button>}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>{t('fondsAdmin.help')}</Typography.Paragraph>
      <Table<FondsRow>
        size="small"
        rowKey="id"
        data-testid="fonds-table"
        dataSource={rows}
        pagination={false}
        onRow={(f) => ({ onClick: () => setOpen(f), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('fondsAdmin.name'), key: 'n', render: (_, f) => <>{f.name}{f.number && <Typography.Text type="secondary"> ({t('dossiers.fondsNumber', { number: f.number })})</Typography.Text>}{!f.own && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{t('dossiers.receivedFrom', { unit: f.unitName })}</Typography.Text>}</> },
          { title: t('fondsAdmin.creators'), key: 'c', render: (_, f) => (f.creators ?? []).map((c) => `${c.name} (${creatorPeriod(c)})`).join('; ') },
          {
            title: t('fondsAdmin.years'),
            key: 'y',
            width: 160,
            render: (_, f) => (
              <>
                {`${f.startYear} – ${f.endYear ?? ''}`}
                {/* Its files reach back further than it says it began (backlog papers processed into it): said, to be corrected in the fonds. */}
                {f.documentsFrom !== undefined && <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }} data-testid="fonds-earlier">{t('fondsAdmin.documentsFrom', { year: f.documentsFrom })}</Typography.Text>}
              </>
            ),
          },
          { title: t('fondsAdmin.dossiers'), dataIndex: 'dossierCount', width: 90, align: 'right' },
          {
            title: t('fondsAdmin.status'),
            key: 's',
            width: 200,
            // A fonds taken over (a commune merged into this one) is said so, with its day and basis — "Đang mở" read as if
            // its commune still went on; its own closing, when the commune wrote one, is shown beside it.
            render: (_, f) => (
              <Space orientation="vertical" size={2}>
                {f.takenOver && <Tag color="blue" title={f.takenOver.basis} data-testid="fonds-taken-over">{t(`fondsAdmin.takenOver_${f.takenOver.kind}`, { date: showDate(f.takenOver.effectiveDate) })}</Tag>}
                {f.status === 'closed' ? <Tag>{t('fondsAdmin.closedOn', { date: closedSince(f) })}</Tag> : !f.takenOver && <Tag color="green">{t('fondsAdmin.open')}</Tag>}
              </Space>
            ),
          },
        ]}
      />
      <Space />
      {open && <FondsDialog fonds={open === 'new' ? undefined : open} onClose={() => setOpen(undefined)} />}
    </Card>
  );
}
