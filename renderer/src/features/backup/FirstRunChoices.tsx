/**
 * The first screen's other ways in, above the setup wizard: restore the unit from a
 * backup (a reinstalled or new PC), or try the app with a sample commune.
 */
import { useState } from 'react';
import { Alert, Button, Card, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/context';
import { createSampleProfile } from '../../db/sample/make-sample';
import { errorMessage } from '../../i18n';
import { RestorePanel } from './RestorePanel';

export function FirstRunChoices() {
  const { t } = useTranslation();
  const db = useDb();
  const [open, setOpen] = useState<'restore' | undefined>();
  const [sample, setSample] = useState<{ done: number; total: number }>();
  const [error, setError] = useState<string>();

  const trySample = async (profile: 'commune' | 'archive') => {
    setError(undefined);
    setSample({ done: 0, total: 1 });
    try {
      await createSampleProfile(db, { profile, onProgress: (done, total) => setSample({ done, total }) });
    } catch (e) {
      setError(errorMessage(t, e));
      setSample(undefined);
    }
  };

  return (
    <div className="setup-page first-run">
      <Card className="setup-card" data-testid="first-run">
        <Typography.Title level={4}>{t('firstRun.title')}</Typography.Title>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('restore.firstRun')}</Typography.Text>
          <Button onClick={() => setOpen(open === 'restore' ? undefined : 'restore')} data-testid="first-run-restore">
            {t('firstRun.restore')}
          </Button>
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
          {sample && (
            <div data-testid="sample-progress">
              <Progress percent={Math.floor((sample.done / Math.max(1, sample.total)) * 100)} />
              <Typography.Text type="secondary">{t('firstRun.sampleCreating', sample)}</Typography.Text>
            </div>
          )}
          {error && <Alert type="error" showIcon title={error} role="alert" />}
        </Space>
      </Card>
    </div>
  );
}
