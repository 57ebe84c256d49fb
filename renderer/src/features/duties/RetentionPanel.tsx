/**
 * Bảng thời hạn bảo quản: the schedule versions (the starter set marked "cần kiểm tra" until a
 * person checks it against the official text), their items, a new version from an old one, and
 * .xlsx export and import (an import is a new version, written whole or not at all). Only the
 * version in force today is "Đang áp dụng"; a replaced one is shown read-only.
 */
import { useState } from 'react';
import { Alert, Button, Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { versionStanding } from '../../core/duties/retention';
import type { RetentionItem, RetentionSchedule } from '../../core/duties/types';
import { fileSlug, isoDate } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { listItems, listSchedules, loadStarterSchedule, saveSchedule } from '../../db/repositories/retention-repository';
import { retentionScheduleToXlsx } from '../../spreadsheet/retention-xlsx';
import { retentionLabel } from '../dossiers/retention-label';
import { RetentionItemDialog } from './RetentionItemDialog';
import { RetentionVersionDialog } from './RetentionVersionDialog';
import { showDate } from './labels';
import { useAction } from './useAction';
import { useOutputs } from './useOutputs';

export function RetentionPanel() {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const act = useAction();
  const out = useOutputs();
  const schedules = useLiveQuery(() => listSchedules(db, session.unitId), [db, session.unitId]);
  const [chosen, setChosen] = useState<string>();
  const today = isoDate(new Date());
  const standing = (s: RetentionSchedule) => versionStanding(s, schedules ?? [], today);
  const current = schedules?.find((s) => s.id === chosen) ?? schedules?.find((s) => standing(s) === 'inForce') ?? schedules?.[0];
  const readOnly = current !== undefined && standing(current) === 'superseded';
  const items = useLiveQuery(() => (current ? listItems(db, current.id) : []), [db, current?.id]) ?? [];
  const [item, setItem] = useState<RetentionItem | 'new'>();
  const [version, setVersion] = useState<'new' | 'import'>();

  if (!schedules) return null;
  const actions = (
    <Space wrap>
      <Button onClick={() => setVersion('import')} data-testid="import-schedule">{t('retention.import')}</Button>
      {/* A new version follows the one in force, not one it replaced. */}
      {current && !readOnly && <Button onClick={() => setVersion('new')}>{t('retention.newVersion')}</Button>}
      {current && <Button loading={out.busy} onClick={() => void out.xlsx(`bang-thoi-han-${fileSlug(current.version)}.xlsx`, () => retentionScheduleToXlsx(current, items))} data-testid="export-schedule">{t('retention.export')}</Button>}
    </Space>
  );
  if (schedules.length === 0)
    return (
      <Card size="small" title={t('retention.title')}>
        <Empty description={t('retention.empty')}>
          <Space>
            <Button type="primary" onClick={() => void act(() => loadStarterSchedule(db, session), t('retention.starterLoaded'))} data-testid="load-starter">{t('retention.loadStarter')}</Button>
            {actions}
          </Space>
        </Empty>
        {version && <RetentionVersionDialog mode={version} onClose={() => setVersion(undefined)} />}
      </Card>
    );
  const label = (s: RetentionSchedule) => `${s.name} — ${t('retention.version', { version: s.version })} (${showDate(s.validFrom)}${s.validTo ? ` – ${showDate(s.validTo)}` : ''})`;
  return (
    <Card size="small" title={t('retention.title')} extra={actions}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Select aria-label={t('retention.versions')} value={current?.id} onChange={setChosen} options={schedules.map((s) => ({ value: s.id, label: label(s) }))} style={{ width: '100%' }} />
        {current && (
          <>
            <Space wrap>
              {current.verified ? <Tag color="green">{t('retention.verified')}</Tag> : <Tag color="red" data-testid="unverified-tag">{t('retention.unverified')}</Tag>}
              <Tag color={{ inForce: 'blue', upcoming: 'gold', superseded: 'default' }[standing(current)]} data-testid="standing-tag">{t(`retention.${standing(current)}`)}</Tag>
              <Typography.Text type="secondary">{current.basis}</Typography.Text>
              {/* A replaced version can still be marked as checked against its issued text (only that). */}
              <Button size="small" data-testid="mark-verified" onClick={() => void act(() => saveSchedule(db, session, { ...current, verified: !current.verified }, current.id), t(current.verified ? 'retention.markedUnverified' : 'retention.markedVerified'))}>{t(current.verified ? 'retention.markUnverified' : 'retention.markVerified')}</Button>
            </Space>
            {readOnly && <Alert type="info" showIcon title={t('retention.supersededHelp')} data-testid="superseded-help" />}
            {!current.verified && <Alert type="warning" showIcon title={t('retention.unverifiedHelp')} />}
            {current.note && <Typography.Paragraph type="secondary">{current.note}</Typography.Paragraph>}
            <Table<RetentionItem>
              size="small"
              rowKey="id"
              data-testid="retention-items"
              dataSource={items}
              pagination={items.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
              onRow={(i) => (readOnly ? {} : { onClick: () => setItem(i), style: { cursor: 'pointer' } })}
              title={readOnly ? undefined : () => <Space><Typography.Text type="secondary">{t('retention.editHint')}</Typography.Text><Button size="small" onClick={() => setItem('new')} data-testid="add-item">{t('retention.addItem')}</Button></Space>}
              columns={[
                { title: t('retention.group'), dataIndex: 'group', width: 170 },
                { title: t('retention.code'), dataIndex: 'code', width: 70 },
                { title: t('retention.itemTitle'), dataIndex: 'title' },
                { title: t('dossiers.retention'), key: 'r', width: 110, render: (_, i) => retentionLabel(t, i.retention) },
                { title: t('retention.basis'), dataIndex: 'basis', width: 260 },
              ]}
            />
          </>
        )}
      </Space>
      {item && current && !readOnly && <RetentionItemDialog schedule={current} item={item === 'new' ? undefined : item} nextOrder={items.length} onClose={() => setItem(undefined)} />}
      {version && <RetentionVersionDialog mode={version} from={current} onClose={() => setVersion(undefined)} />}
    </Card>
  );
}
