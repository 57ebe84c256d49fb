/**
 * The desktop app's daily automatic backup: on/off, the folder, how many to keep. The
 * browser host has no such service and says so (the clerk uses "Sao lưu ngay").
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Space, Switch, Typography } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../platform/context';
import type { AutoBackupSettings } from '../../platform/types';
import { errorMessage } from '../../i18n';

export function AutoBackupCard() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const auto = platform.autoBackup;
  const [settings, setSettings] = useState<AutoBackupSettings>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void auto?.settings().then(setSettings);
  }, [auto]);
  const act = async (f: () => Promise<AutoBackupSettings>) => {
    try {
      setSettings(await f());
      setError(undefined);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };
  return (
    <Card title={t('backup.auto')}>
      {!auto ? (
        <Typography.Text type="secondary" data-testid="auto-backup-browser">{t('backup.autoBrowser')}</Typography.Text>
      ) : (
        settings && (
          <Space orientation="vertical">
            <Typography.Paragraph type="secondary">{t('backup.autoHelp')}</Typography.Paragraph>
            <Space>
              <Switch checked={settings.enabled} onChange={(enabled) => void act(() => auto.update({ enabled, keep: settings.keep }))} />
              {t('backup.autoEnabled')}
            </Space>
            <Space>
              {t('backup.autoFolder')}: <Typography.Text code>{settings.folder ?? t('backup.autoNoFolder')}</Typography.Text>
              <Button onClick={() => void act(() => auto.chooseFolder())}>{t('backup.autoChoose')}</Button>
            </Space>
            <Space>
              {t('backup.autoKeep')}
              <NumberInput aria-label={t('backup.autoKeep')} min={1} max={365} value={settings.keep} onChange={(keep) => keep && void act(() => auto.update({ enabled: settings.enabled, keep }))} />
            </Space>
            {error && <Alert type="error" showIcon title={error} />}
          </Space>
        )
      )}
    </Card>
  );
}
