/**
 * A settings section's "Chưa lưu" beside its button while it holds typing not saved, and the leave question the side
 * menu asks meanwhile (hooks/useLeaveGuard.ts), naming the section `what`.
 */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLeaveGuard } from '../../hooks/useLeaveGuard';

export function UnsavedMark({ dirty, what, testId }: { dirty: boolean; what: string; testId?: string }) {
  const { t } = useTranslation();
  useLeaveGuard(dirty ? what : undefined);
  return dirty ? <Typography.Text type="warning" data-testid={testId}>{t('settings.unsaved')}</Typography.Text> : null;
}
