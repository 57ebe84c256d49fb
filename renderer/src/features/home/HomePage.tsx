/** Home: who and where we are, storage status, recent changes. Later features add their cards here. */
import { Card, Col, Descriptions, List, Row, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDb, useLocalState } from '../../db/context';
import { listFonds } from '../../db/repositories/unit-repository';
import { recentJournal } from '../../db/repositories/journal-repository';
import { actionLine } from '../../i18n/journal-labels';
import { StorageStatus } from '../../components/StorageStatus';
import { formatDateTime } from '../../core/format';
import type { ReactNode } from 'react';
import { FollowUpCard } from '../registers/FollowUpCard';
import { BackupReminderCard } from '../backup/BackupReminderCard';
import { DutiesHomeCard } from '../duties/DutiesHomeCard';
import { isUpperLevel } from '../../core/unit';
import { UpperHomeCard } from './UpperHomeCard';

export function HomePage({ extraCards }: { extraCards?: ReactNode }) {
  const { t } = useTranslation();
  const db = useDb();
  const local = useLocalState();
  const unitId = local.status === 'ready' ? local.unit.id : '';
  const fonds = useLiveQuery(() => listFonds(db, unitId), [db, unitId]);
  const recent = useLiveQuery(() => recentJournal(db, 8), [db]);
  if (local.status !== 'ready') return null;
  const { unit, operator } = local;
  return (
    <>
      <Typography.Title level={3}>{t('home.welcome', { name: operator?.name ?? '' })}</Typography.Title>
      <Row gutter={[16, 16]}>
        {isUpperLevel(unit.level) && (
          <Col xs={24}>
            <UpperHomeCard />
          </Col>
        )}
        <Col xs={24} lg={12}>
          <Card title={t('home.unit')} data-testid="home-unit">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('setup.name')}>{unit.name}</Descriptions.Item>
              <Descriptions.Item label={t('setup.level')}>{t(`level.${unit.level}`)}</Descriptions.Item>
              <Descriptions.Item label={t('setup.adminCode')}>{unit.adminCode}</Descriptions.Item>
              {unit.legacyAdminCode && (
                <Descriptions.Item label={t('setup.legacyAdminCode')}>{unit.legacyAdminCode}</Descriptions.Item>
              )}
              {unit.parentName && <Descriptions.Item label={t('setup.parentName')}>{unit.parentName}</Descriptions.Item>}
              <Descriptions.Item label={t('home.fonds')}>
                {(fonds ?? []).filter((f) => f.status === 'open').map((f) => f.name).join('; ')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('home.storage')}>
            <StorageStatus />
          </Card>
        </Col>
        <BackupReminderCard />
        <Col xs={24}>
          <DutiesHomeCard />
        </Col>
        <Col xs={24}>
          <FollowUpCard onOpen={() => { window.location.hash = '#/incoming'; }} onOpenEntry={(id) => { window.location.hash = `#/incoming/${id}`; }} />
        </Col>
        {extraCards}
        <Col xs={24}>
          <Card title={t('home.recent')}>
            <List
              size="small"
              dataSource={recent ?? []}
              locale={{ emptyText: t('home.noRecent') }}
              renderItem={(e) => (
                <List.Item>
                  <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>&nbsp;·&nbsp;{e.operator}&nbsp;·&nbsp;
                  {/* Read as the journal reads it: what the line is about, its detail in words (a count said "18" here). */}
                  {actionLine(t, e)}
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
