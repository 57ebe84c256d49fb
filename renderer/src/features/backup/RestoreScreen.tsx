/**
 * Full-screen states around a restore: the progress while it runs (the tables the app
 * frame reads are being replaced), and an unfinished restore found at start, which
 * offers to choose the backup again rather than showing half the data.
 */
import { Alert, Card, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../core/format';
import type { BackupLogRow } from '../../db/backup/backup-log';
import { RestorePanel } from './RestorePanel';
import type { Task } from './backup-controller';

export function RestoreProgressScreen({ task }: { task: Task }) {
  const { t } = useTranslation();
  const text =
    task.stage === 'verify' ? t('restore.verifying') : task.stage === 'upgrade' ? t('restore.upgrading') : t('restore.running', { done: task.done, total: task.total });
  return (
    <div className="setup-page">
      <Card className="setup-card" data-testid="restore-running">
        <Typography.Title level={3}>{t('restore.title')}</Typography.Title>
        <Progress percent={task.total ? Math.floor((task.done / task.total) * 100) : 0} />
        <Typography.Paragraph>{text}</Typography.Paragraph>
        <Alert type="info" showIcon title={t('restore.keepWorking')} />
      </Card>
    </div>
  );
}

/** While the sample profile is written (its unit exists before its registers and dossiers). */
export function SampleProgressScreen({ task }: { task: Task }) {
  const { t } = useTranslation();
  return (
    <div className="setup-page">
      <Card className="setup-card" data-testid="sample-progress">
        <Typography.Title level={3}>{t('firstRun.sample')}</Typography.Title>
        <Progress percent={task.total ? Math.floor((task.done / task.total) * 100) : 0} />
        <Typography.Paragraph>{t('firstRun.sampleCreating', { done: task.done, total: task.total })}</Typography.Paragraph>
      </Card>
    </div>
  );
}

export function UnfinishedRestoreScreen({ row }: { row: BackupLogRow }) {
  const { t } = useTranslation();
  return (
    <div className="setup-page">
      <Card className="setup-card" data-testid="restore-unfinished">
        <Typography.Title level={3}>{t('restore.unfinishedTitle')}</Typography.Title>
        <Alert type="error" showIcon title={t('restore.unfinished', { file: row.fileName, when: formatDateTime(row.at) })} style={{ marginBottom: 16 }} />
        <RestorePanel operator={row.operator} />
      </Card>
    </div>
  );
}
