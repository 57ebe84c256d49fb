/**
 * Sao lưu và khôi phục: back up now (the clerk chooses where — a USB stick), with a
 * progress bar; the reminder's settings; restore from a file; the automatic daily backup
 * of the desktop app; the history of backups and restores made on this PC.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, List, Progress, Space, Tag, Typography } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDateTime } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { listBackupLog } from '../../db/backup/backup-log';
import { reminderSettings, saveReminderSettings, type ReminderSettings } from '../../db/backup/reminder';
import { usePlatform } from '../../platform/context';
import { errorMessage } from '../../i18n';
import { runBackup, useBackupStore } from './backup-controller';
import { RestorePanel } from './RestorePanel';
import { AutoBackupCard } from './AutoBackupCard';
import { BackupStatusLine } from './BackupReminderCard';
import { focusWhenReady } from '../../components/focus';

function BackupNowCard() {
  const { t } = useTranslation();
  const db = useDb();
  const platform = usePlatform();
  const session = useSession();
  const task = useBackupStore((s) => s.task);
  const [result, setResult] = useState<{ type: 'success' | 'info' | 'error'; text: string }>();
  const backup = async () => {
    setResult(undefined);
    try {
      const r = await runBackup(db, platform, { operator: session.operator, filterLabel: t('backup.fileFilter') });
      // Downloaded (no place chosen: a browser without a save dialog), where it went is said, and that it still goes to the USB.
      setResult(r ? { type: 'success', text: t(r.saved.saved && r.saved.downloaded ? 'backup.doneDownloaded' : 'backup.done', { rows: r.rows, file: r.saved.saved ? r.saved.path : '' }) } : { type: 'info', text: t('backup.cancelled') });
    } catch (e) {
      setResult({ type: 'error', text: errorMessage(t, e) });
    }
    // The button was disabled while it ran, and the cursor fell to the page: back on it.
    focusWhenReady(() => document.querySelector<HTMLElement>('[data-testid="backup-now"]'));
  };
  return (
    <Card title={t('backup.makeTitle')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('backup.intro')}</Typography.Paragraph>
        <BackupStatusLine />
        <Button type="primary" size="large" onClick={() => void backup()} loading={task?.kind === 'backup'} disabled={task !== undefined} data-testid="backup-now">
          {t('backup.now')}
        </Button>
        {task?.kind === 'backup' && (
          <div data-testid="backup-progress">
            <Progress percent={task.total ? Math.floor((task.done / task.total) * 100) : 0} />
            <Typography.Text type="secondary">{t('backup.running', { done: task.done, total: task.total })}</Typography.Text>
          </div>
        )}
        {result && <Alert type={result.type} showIcon title={result.text} data-testid="backup-result" role={result.type === 'error' ? 'alert' : 'status'} />}
      </Space>
    </Card>
  );
}

function ReminderCard() {
  const { t } = useTranslation();
  const db = useDb();
  const { message } = App.useApp();
  const settings = useLiveQuery(() => reminderSettings(db), [db]);
  if (!settings) return null;
  const save = async (v: Partial<ReminderSettings>) => {
    // A field still red is not saved as some other number.
    if (v.days === undefined || v.entries === undefined) return void message.error(t('common.fixNumbers'));
    await saveReminderSettings(db, { days: v.days, entries: v.entries });
    void message.success(t('backup.reminderSaved'));
  };
  return (
    <Card title={t('backup.reminder')}>
      <Form layout="inline" initialValues={settings} onFinish={save} name="backup-reminder">
        <Form.Item name="days" label={t('backup.reminderDays')}>
          <NumberInput aria-label={t('backup.reminderDays')} min={1} max={365} style={{ width: 90 }} />
        </Form.Item>
        <Form.Item name="entries" label={t('backup.reminderEntries')}>
          <NumberInput aria-label={t('backup.reminderEntries')} min={1} max={10000} style={{ width: 110 }} />
        </Form.Item>
        <Button htmlType="submit">{t('common.save')}</Button>
      </Form>
    </Card>
  );
}

function HistoryCard() {
  const { t } = useTranslation();
  const db = useDb();
  const rows = useLiveQuery(() => listBackupLog(db, 20), [db]);
  return (
    <Card title={t('backup.history')}>
      <List
        size="small"
        dataSource={rows ?? []}
        locale={{ emptyText: t('backup.never') }}
        data-testid="backup-history"
        renderItem={(r) => (
          <List.Item>
            <Space wrap>
              <Typography.Text type="secondary">{formatDateTime(r.at)}</Typography.Text>
              <Tag>{t(`backup.kind.${r.kind}`)}</Tag>
              {r.status === 'in-progress' && <Tag color="red">{t('backup.inProgress')}</Tag>}
              <Typography.Text>{r.fileName}</Typography.Text>
              <Typography.Text type="secondary">
                {t('backup.rows', { count: r.rows })}
                {r.bytes ? ` · ${formatBytes(r.bytes)}` : ''}
                {r.operator ? ` · ${r.operator}` : ''}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

export function BackupPage() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('backup.title')}</Typography.Title>
      <BackupNowCard />
      <ReminderCard />
      <AutoBackupCard />
      <Card title={t('restore.title')}>
        <RestorePanel operator={session.operator} />
      </Card>
      <HistoryCard />
    </Space>
  );
}
