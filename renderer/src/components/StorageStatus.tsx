/** Shows whether the browser keeps our data persistently, and how much is used. */
import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../core/format';

type Info = { persisted: boolean | undefined; usage?: number; quota?: number };

export function StorageStatus() {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<Info>();
  /** The browser said no to the last request (it decides by itself, e.g. by how often the app is used). */
  const [refused, setRefused] = useState(false);

  const refresh = useCallback(async () => {
    const storage = navigator.storage;
    const persisted = storage?.persisted ? await storage.persisted() : undefined;
    const estimate = storage?.estimate ? await storage.estimate() : undefined;
    setInfo({ persisted, usage: estimate?.usage, quota: estimate?.quota });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const request = async () => {
    const granted = (await navigator.storage?.persist?.()) === true;
    // A refusal is said (the button seemed to do nothing): what it means and what to do instead.
    setRefused(!granted);
    await refresh();
  };

  if (!info) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="storage-status">
      {info.persisted === undefined ? (
        <Alert type="warning" showIcon title={t('storage.unsupported')} />
      ) : info.persisted ? (
        <Alert type="success" showIcon title={t('storage.persisted')} data-state="persisted" />
      ) : (
        <Alert
          type="warning"
          showIcon
          data-state="not-persisted"
          // The button under the sentence, not beside it: in a half-width card (1024 px) a button at the side
          // squeezed the sentence into a column a few words wide. In the title, not a description: antd sets an
          // alert's title larger when it has one, and this warning stood out in a bigger font than its neighbours.
          title={
            <>
              {t('storage.notPersisted')}
              <div style={{ marginTop: 6 }}>
                <Button onClick={() => void request()}>{t('storage.request')}</Button>
              </div>
              {refused && <Typography.Paragraph type="danger" style={{ marginTop: 8, marginBottom: 0 }} data-testid="storage-refused">{t('storage.refused')}</Typography.Paragraph>}
            </>
          }
        />
      )}
      {info.usage !== undefined && info.quota !== undefined && (
        <Typography.Text type="secondary">
          {t('storage.used', { used: formatBytes(info.usage, i18n.language), quota: formatBytes(info.quota, i18n.language) })}
        </Typography.Text>
      )}
    </Space>
  );
}
