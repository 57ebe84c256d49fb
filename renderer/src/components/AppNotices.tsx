/**
 * Banners the app frame shows on every page: sample data (with the one-step removal),
 * a write refused because storage is full, another window open, data replaced in
 * another window; and the note after a restore that the unit now has a new key.
 */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Modal, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDb } from '../db/context';
import { sampleMark } from '../db/sample/sample-flag';
import { removeSampleProfile } from '../db/sample/make-sample';
import { STORAGE_FULL_EVENT } from '../db/storage-errors';
import { watchWindows, announceToOtherWindows, type WindowNotice } from '../platform/app-windows';
import { useBackupStore } from '../features/backup/backup-controller';
import { errorMessage } from '../i18n';
import { confirmIrreversible } from './Confirm';

export function AppNotices() {
  const { t } = useTranslation();
  const db = useDb();
  const { modal, message } = App.useApp();
  const sample = useLiveQuery(() => sampleMark(db), [db]);
  const [full, setFull] = useState(false);
  const [windows, setWindows] = useState<WindowNotice>('alone');
  const restored = useBackupStore((s) => s.restored);

  useEffect(() => {
    const onFull = () => setFull(true);
    globalThis.addEventListener(STORAGE_FULL_EVENT, onFull);
    return () => globalThis.removeEventListener(STORAGE_FULL_EVENT, onFull);
  }, []);
  useEffect(() => watchWindows(db, (n) => setWindows((prev) => (prev === 'reload' ? prev : n))), [db]);

  const removeSample = () =>
    confirmIrreversible(modal, {
      title: t('sample.removeTitle'),
      content: t('sample.removeText'),
      okText: t('sample.remove'),
      okButtonProps: { danger: true, 'data-testid': 'sample-remove-ok' } as never,
      cancelText: t('common.back'),
      onOk: async () => {
        try {
          await removeSampleProfile(db);
          announceToOtherWindows('sample-removed');
          window.location.hash = '#/home';
          void message.success(t('sample.removed'));
        } catch (e) {
          void message.error(errorMessage(t, e));
        }
      },
    });

  // Nothing shown, nothing laid out: an empty banner area pushed every page's title down.
  const any = sample || full || windows !== 'alone';
  return (
    <>
      {any && (
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
          {sample && (
            <Alert
              type="warning"
              banner
              title={t('sample.banner')}
              data-testid="sample-banner"
              action={
                <Button size="small" danger onClick={removeSample} data-testid="sample-remove">
                  {t('sample.remove')}
                </Button>
              }
            />
          )}
          {full && <Alert type="error" showIcon closable onClose={() => setFull(false)} title={t('storageSpace.full')} data-testid="storage-full" role="alert" />}
          {windows === 'elsewhere' && <Alert type="info" showIcon title={t('windows.elsewhere')} data-testid="open-elsewhere" />}
          {windows === 'reload' && (
            <Alert
              type="warning"
              showIcon
              title={t('windows.upgraded')}
              data-testid="reload-needed"
              action={<Button onClick={() => window.location.reload()}>{t('windows.reload')}</Button>}
            />
          )}
        </Space>
      )}
      <Modal open={restored !== undefined} title={t('restore.title')} onOk={() => useBackupStore.getState().set({ restored: undefined })} cancelButtonProps={{ style: { display: 'none' } }} closable={false} okButtonProps={{ 'data-testid': 'restored-ok' } as never}>
        <Alert type="success" showIcon title={t('restore.done', { total: restored?.total ?? 0, unit: restored?.unit ?? '' })} style={{ marginBottom: 12 }} data-testid="restored" />
        {/* The sample is never sent up: no new key to announce (the preview said nothing of it either). */}
        {!restored?.sample && <Alert type="info" showIcon title={t('restore.newKey')} />}
      </Modal>
    </>
  );
}
