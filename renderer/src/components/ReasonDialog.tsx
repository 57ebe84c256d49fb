/**
 * The question before cancelling a record kept for the books (a deposit batch, a loan, a receipt): what is cancelled,
 * and the reason, needed — the dialog's "act" stays greyed until one is typed, and a reason typed is asked about before
 * Esc or "Không hủy" drops it (`Dialog`'s `typed`). One dialog for the three that were written alike.
 */
import type { ReactNode } from 'react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

export type ReasonDialogProps = {
  readonly open: boolean;
  readonly title: string;
  /** The reason's label, above its box (as a placeholder it went once the clerk typed), marked as needed. */
  readonly label: string;
  /** The button that cancels ("Hủy đợt nộp lưu"); "Không hủy" beside it, not "Hủy" for both ways. */
  readonly okText: string;
  readonly reason: string;
  readonly onReason: (reason: string) => void;
  readonly onCancel: () => void;
  readonly onOk: () => void;
  /** The OK button's test id, where a test presses it. */
  readonly okTestId?: string;
  /** Said above the reason (what cancelling does). */
  readonly children?: ReactNode;
};

export function ReasonDialog({ open, title, label, okText, reason, onReason, onCancel, onOk, okTestId, children }: ReasonDialogProps) {
  const { t } = useTranslation();
  const given = reason.trim() !== '';
  return (
    <Dialog
      open={open}
      title={title}
      onCancel={onCancel}
      typed={given}
      okButtonProps={{ danger: true, disabled: !given, ...(okTestId ? { 'data-testid': okTestId } : {}) } as never}
      okText={okText}
      cancelText={t('registers.cancelKeep')}
      onOk={onOk}
      destroyOnHidden
    >
      {children}
      <Form layout="vertical" component="div">
        <Form.Item label={label} required>
          <Input.TextArea aria-label={label} aria-required value={reason} onChange={(e) => onReason(e.target.value)} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
