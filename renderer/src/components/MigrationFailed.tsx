/**
 * Shown instead of the app when the database cannot be opened or upgraded: says that the old
 * data is still there, untouched (a failed IndexedDB upgrade is rolled back whole), and offers
 * to save a copy of it to a file for a technician — never a blank screen.
 */
import { useState } from 'react';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DB_NAME } from '../db/schema';
import { dumpRawDatabase } from '../db/raw-dump';
import type { PlatformApi } from '../platform/types';
import { errorMessage } from '../i18n';

export function MigrationFailed({ error, platform }: { error: unknown; platform: PlatformApi }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string>();
  const [failed, setFailed] = useState<string>();
  const save = async () => {
    setFailed(undefined);
    try {
      const stamp = new Date().toISOString().slice(0, 10);
      const name = `du-lieu-cu_${stamp}.luutru-raw.json`;
      const sink = await platform.saveStream({ suggestedName: name, filters: [{ name: t('migration.save'), extensions: ['json'] }] });
      if (!sink) return;
      const rows = await dumpRawDatabase(DB_NAME, sink);
      setSaved(t('migration.saved', { count: rows, file: name }));
    } catch (e) {
      setFailed(errorMessage(t, e));
    }
  };
  return (
    <div className="setup-page">
      <Card className="setup-card" data-testid="migration-failed">
        <Typography.Title level={3}>{t('migration.failedTitle')}</Typography.Title>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type="error" showIcon title={t('migration.failed')} />
          <Button type="primary" onClick={() => void save()} data-testid="migration-save">
            {t('migration.save')}
          </Button>
          {saved && <Alert type="success" showIcon title={saved} data-testid="migration-saved" />}
          {failed && <Alert type="error" showIcon title={failed} />}
          <Typography.Text type="secondary">
            {t('migration.detail')}: {error instanceof Error ? `${error.name}: ${error.message}` : String(error)}
          </Typography.Text>
        </Space>
      </Card>
    </div>
  );
}
