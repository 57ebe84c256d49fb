/**
 * The first screen's other ways in, above the setup wizard: restore the unit from a
 * backup (a reinstalled or new PC), or try the app with a sample commune.
 */
import { useState } from 'react';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/context';
import { runSample, useBackupStore } from './backup-controller';
import { errorMessage } from '../../i18n';
import { RestorePanel } from './RestorePanel';

export function FirstRunChoices() {
  const { t } = useTranslation();
  const db = useDb();
  const [open, setOpen] = useState<'restore' | undefined>();
  const sample = useBackupStore((s) => (s.task?.kind === 'sample' ? s.task : undefined));
  const [error, setError] = useState<string>();

  const trySample = async (profile: 'commune' | 'archive') => {
    setError(undefined);
    try {
      await runSample(db, profile);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  return (
    <div className="setup-page first-run">
      <Card className="setup-card" data-testid="first-run">
        <Typography.Title level={4}>{t('firstRun.title')}</Typography.Title>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {/* The question and its button on one line: the setup form below starts higher. */}
          <Space wrap align="center">
            <Typography.Text type="secondary">{t('restore.firstRun')}</Typography.Text>
            <Button onClick={() => setOpen(open === 'restore' ? undefined : 'restore')} data-testid="first-run-restore">
              {t('firstRun.restore')}
            </Button>
          </Space>
          {open === 'restore' && <RestorePanel operator="" />}
          <Typography.Text type="secondary">{t('firstRun.sampleHelp')}</Typography.Text>
          <Space wrap>
            <Button onClick={() => void trySample('commune')} disabled={sample !== undefined} data-testid="first-run-sample">
              {t('firstRun.sample')}
            </Button>
            <Button onClick={() => void trySample('archive')} disabled={sample !== undefined} data-testid="first-run-sample-archive">
              {t('firstRun.sampleArchive')}
            </Button>
          </Space>
          {error && <Alert type="error" showIcon title={error} role="alert" />}
        </Space>
      </Card>
    </div>
  );
}
