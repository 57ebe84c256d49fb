/**
 * The home screen's backup card: when the last backup was made, and a reminder after
 * the configured days or changes.
 */
import { Alert, Button, Card, Col, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../core/format';
import { useDb } from '../../db/context';
import { backupStatus } from '../../db/backup/reminder';

/** "Last backup: …" and, when due, the reminder sentence. */
export function BackupStatusLine() {
  const { t } = useTranslation();
  const db = useDb();
  const status = useLiveQuery(() => backupStatus(db), [db]);
  if (!status) return null;
  const { last, lastMade, due } = status;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="backup-status" data-due={due ?? 'no'}>
      {/* The last backup file made, and a restore after it on a line of its own (a restore read as the last backup). */}
      <Typography.Text>
        <b>{t('backup.last')}:</b> {lastMade ? t('backup.lastAt', { when: formatDateTime(lastMade.at), file: lastMade.fileName }) : t('backup.never')}
      </Typography.Text>
      {last?.kind === 'restore' && (
        <Typography.Text data-testid="backup-restored">
          <b>{t('backup.restoredLabel')}:</b> {t('backup.restoredAt', { when: formatDateTime(last.at), created: formatDate(new Date(last.backupCreatedAt ?? last.at)) })}
        </Typography.Text>
      )}
      {due === 'never' && <Alert type="warning" showIcon title={t('backup.dueNever')} />}
      {due === 'days' && <Alert type="warning" showIcon title={t('backup.dueDays', { days: status.daysSince })} />}
      {due === 'entries' && <Alert type="warning" showIcon title={t('backup.dueEntries', { count: status.changesSince })} />}
      {/* Counted from what the data was last saved to or came from: a restore says so (it read "Đã sao lưu hôm nay" under "Chưa sao lưu lần nào"). */}
      {!due && last && <Typography.Text type="secondary">{t(last.kind === 'restore' ? (status.daysSince ? 'backup.okRestored' : 'backup.okRestoredToday') : status.daysSince ? 'backup.ok' : 'backup.okToday', { days: status.daysSince, count: status.changesSince })}</Typography.Text>}
    </Space>
  );
}

/** (When the browser refused persistent storage, the storage card beside it says so and asks for a backup.) */
export function BackupReminderCard() {
  const { t } = useTranslation();
  return (
    <Col xs={24}>
      <Card title={t('backup.title')} data-testid="home-backup">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <BackupStatusLine />
          <Button onClick={() => (window.location.hash = '#/backup')} data-testid="home-open-backup">
            {t('backup.open')}
          </Button>
        </Space>
      </Card>
    </Col>
  );
}
