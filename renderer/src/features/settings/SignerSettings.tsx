/**
 * Who signs the office's papers (người đứng đầu): the title printed over the head's signature on
 * the register books, the statistics report, the processing report, the discard note and the key
 * fingerprint paper, and the name under it. A people's committee starts with "TM. ỦY BAN NHÂN
 * DÂN / CHỦ TỊCH"; a deputy signing for the chair types "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
 * PHÓ CHỦ TỊCH". Kept on this PC (and in its backups), never sent in a bundle.
 */
import { useEffect, useState } from 'react';
import { App, Button, Card, Form, Input, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { defaultSignerTitle } from '../../core/unit';
import { useDb, useSession } from '../../db/context';
import { getSigner, setSigner } from '../../db/repositories/unit-repository';
import { errorMessage } from '../../i18n';
import { UnsavedMark } from './UnsavedMark';

export function SignerSettings({ unitName }: { unitName: string }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const stored = useLiveQuery(() => getSigner(db, unitName), [db, unitName]);
  const [title, setTitle] = useState('');
  const [name, setName] = useState('');
  // The stored signer is shown once read (a title never set shows the default, to change or keep).
  useEffect(() => {
    if (!stored) return;
    setTitle(stored.title);
    setName(stored.name);
  }, [stored?.title, stored?.name]);
  const save = async () => {
    try {
      const saved = await setSigner(db, { title, name }, session);
      setTitle(saved.title || defaultSignerTitle(unitName));
      setName(saved.name);
      void message.success(t('settings.signerSaved'));
    } catch (e) {
      void message.error(errorMessage(t, e));
    }
  };
  // What is typed and not saved yet is said beside the button (leaving the page loses it).
  const dirty = !!stored && (title !== stored.title || name !== stored.name);
  return (
    <Card title={t('settings.signer')} data-testid="signer-settings">
      <Form layout="vertical" component="div">
        <Form.Item label={t('settings.signerTitle')} extra={t('settings.signerTitleHelp', { example: defaultSignerTitle(unitName).replace('\n', ' / ') })}>
          <Input.TextArea aria-label={t('settings.signerTitle')} value={title} onChange={(e) => setTitle(e.target.value)} autoSize={{ minRows: 2, maxRows: 3 }} style={{ maxWidth: 420 }} data-testid="signer-title" />
        </Form.Item>
        <Form.Item label={t('settings.signerName')} extra={t('settings.signerNameHelp')}>
          <Input aria-label={t('settings.signerName')} value={name} onChange={(e) => setName(e.target.value)} onPressEnter={() => void save()} style={{ width: 280 }} data-testid="signer-name" />
        </Form.Item>
        <Space>
          <Button type={dirty ? 'primary' : 'default'} onClick={() => void save()} data-testid="signer-save">{t('settings.signerSave')}</Button>
          <UnsavedMark dirty={dirty} what={t('settings.signer')} testId="signer-unsaved" />
        </Space>
      </Form>
    </Card>
  );
}
