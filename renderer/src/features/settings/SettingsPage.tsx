/** Settings: unit details, the operators of this PC, storage, app info. */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, List, Space, Tag, Typography } from 'antd';
import { ArchiveSettings } from './ArchiveSettings';
import { ClosingTextSettings } from './ClosingTextSettings';
import { SignerSettings } from './SignerSettings';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDb, useLocalState } from '../../db/context';
import { addOperator, listOperators, setCurrentOperator } from '../../db/repositories/unit-repository';
import { StorageStatus } from '../../components/StorageStatus';
import { StorageTables } from './StorageTables';
import { UnitProfileForm } from './UnitProfileForm';
import { usePlatform } from '../../platform/context';
import type { AppInfo } from '../../platform/types';
import { errorMessage } from '../../i18n';

export function SettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const db = useDb();
  const platform = usePlatform();
  const local = useLocalState();
  const unitId = local.status === 'ready' ? local.unit.id : '';
  const operators = useLiveQuery(() => listOperators(db, unitId), [db, unitId]);
  const [info, setInfo] = useState<AppInfo>();
  const [error, setError] = useState<string>();
  const [form] = Form.useForm<{ name: string; position: string }>();
  useEffect(() => {
    void platform.appInfo().then(setInfo);
  }, [platform]);
  if (local.status !== 'ready') return null;

  const add = async (v: { name: string; position: string }) => {
    try {
      const op = await addOperator(db, local.session, v.name ?? '', v.position ?? '');
      form.resetFields();
      setError(undefined);
      // Adding a person makes them the one working now (what follows is recorded under their name): said, not silent.
      void message.success(t('settings.operatorAdded', { name: op.name }));
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('settings.title')}</Typography.Title>
      <Card title={t('settings.unit')}>
        <UnitProfileForm unit={local.unit} />
      </Card>
      <Card title={t('settings.operators')}>
        <List
          dataSource={operators ?? []}
          renderItem={(o) => (
            <List.Item
              actions={[
                local.operator?.id === o.id ? (
                  <Tag color="green" key="c">{t('settings.current')}</Tag>
                ) : (
                  <Button key="u" size="small" onClick={() => void setCurrentOperator(db, o.id)}>
                    {t('settings.useThis')}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta title={o.name} description={o.position} />
            </List.Item>
          )}
        />
        {error && <Alert type="error" showIcon title={error} style={{ margin: '12px 0' }} />}
        <Form form={form} name="operator" layout="inline" onFinish={add} style={{ marginTop: 12 }}>
          <Form.Item name="name" label={t('setup.operatorName')}>
            <Input />
          </Form.Item>
          <Form.Item name="position" label={t('setup.operatorPosition')}>
            <Input />
          </Form.Item>
          <Button htmlType="submit">{t('settings.addOperator')}</Button>
        </Form>
      </Card>
      <SignerSettings unitName={local.unit.name} />
      <ArchiveSettings />
      <ClosingTextSettings />
      <Card title={t('home.storage')}>
        <StorageStatus />
        <StorageTables />
      </Card>
      <Card title={t('settings.app')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('settings.version')}>{info?.version}</Descriptions.Item>
          <Descriptions.Item label={t('settings.host')}>
            {info?.host === 'electron' ? t('settings.hostElectron') : t('settings.hostBrowser')}
          </Descriptions.Item>
          <Descriptions.Item label={t('settings.dataFolder')}>{info?.host === 'browser' ? t('settings.browserData', { place: info.dataFolder }) : info?.dataFolder}</Descriptions.Item>
        </Descriptions>
      </Card>
    </Space>
  );
}
