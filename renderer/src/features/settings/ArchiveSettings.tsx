/**
 * Archive settings of this office: how many metres of shelf one box counts as (mét giá), which
 * the statistics and the handover record use. No normative figure was found, so it is a setting.
 */
import { useEffect, useState } from 'react';
import { App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDecimal, parseDecimal } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { getMetresPerBox, setMetresPerBox } from '../../db/repositories/dossier-repository';
import { UnsavedMark } from './UnsavedMark';
import { errorMessage } from '../../i18n';

export function ArchiveSettings() {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const stored = useLiveQuery(() => getMetresPerBox(db), [db]);
  const [text, setText] = useState('');
  useEffect(() => {
    if (stored !== undefined) setText(formatDecimal(stored, i18n.language, 3));
  }, [stored, i18n.language]);
  const dirty = stored !== undefined && parseDecimal(text) !== stored;
  const save = async () => {
    try {
      await setMetresPerBox(db, parseDecimal(text) ?? Number.NaN, session);
      void message.success(t('settings.metresSaved'));
    } catch (e) {
      void message.error(errorMessage(t, e));
    }
  };
  return (
    <Card title={t('settings.archive')}>
      <Form layout="vertical" component="div">
        <Form.Item label={t('settings.metresPerBox')} extra={t('settings.metresPerBoxHelp')}>
          <Space>
            <Input aria-label={t('settings.metresPerBox')} inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} onPressEnter={() => void save()} suffix="m" style={{ width: 140 }} />
            <Button type={dirty ? 'primary' : 'default'} onClick={() => void save()}>{t('common.save')}</Button>
            <UnsavedMark dirty={dirty} what={t('settings.archive')} />
          </Space>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('settings.metresExample', { boxes: stored ? Math.round(1 / stored) : '' })}</Typography.Text>
    </Card>
  );
}
