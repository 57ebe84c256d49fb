/** Sign-in to the province archive's server (đăng nhập kho lưu trữ dùng chung). */
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n';
import { request } from '../../upper-api/http';
import type { ArchiveMe } from './ArchiveApp';

export function LoginPage({ onSignedIn }: { onSignedIn: (me: ArchiveMe) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(await request<ArchiveMe>('', 'POST', '/api/login', JSON.stringify(v), { 'content-type': 'application/json' }));
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="setup-page">
      <Card className="setup-card" style={{ maxWidth: 460 }} title={t('archive.loginTitle')}>
        <Typography.Paragraph type="secondary">{t('archive.loginHelp')}</Typography.Paragraph>
        <Form layout="vertical" onFinish={(v: { username: string; password: string }) => void submit(v)}>
          <Form.Item label={t('archive.username')} name="username" rules={[{ required: true, message: t('archive.username') }]}>
            <Input autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item label={t('archive.password')} name="password" rules={[{ required: true, message: t('archive.password') }]}>
            <Input.Password autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="login-error" />}
          <Button type="primary" htmlType="submit" loading={busy} data-testid="login-submit">
            {t('archive.login')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
