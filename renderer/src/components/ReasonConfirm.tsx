/**
 * An irreversible action that needs a reason (cancelling an entry, removing a dossier from the
 * plan): the reason, then a confirmation whose buttons say what they do ("Hủy văn bản" /
 * "Không hủy", never "Hủy" for both). From the keyboard: type the reason, Enter, Enter. The reason
 * is one line of text kept with the record (and sent in its bundle, at most 500 characters): its box
 * wraps a long one and counts what is left; Enter never breaks the line (a line break was dropped on
 * save, the reason read as one line).
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { Button, Input, Popconfirm, Space } from 'antd';
import { isPlainEnter } from './keys';
import { focusConfirmAction } from './focus';
import { BUNDLE_LIMITS } from '../core/bundle/schema';
import { useReportTyped } from '../hooks/useFilledIn';

export type ReasonConfirmProps = {
  /** Label of the reason field, above it (as a placeholder only, it went once the clerk typed), marked as needed. */
  readonly reasonLabel: string;
  /** Question of the confirmation. */
  readonly question: string;
  /** The action, on the button and on the confirming button ("Hủy văn bản"). */
  readonly actionLabel: string;
  /** The way out ("Không hủy"). */
  readonly keepLabel: string;
  readonly onConfirm: (reason: string) => Promise<void>;
  /** The cursor in the reason's box once shown (it is shown on asking: "Không tin cậy khóa này…"). */
  readonly autoFocus?: boolean;
  /** Told whether a reason is typed: the drawer holding it asks before closing over it (one Esc lost it). */
  readonly onTyped?: (typed: boolean) => void;
};

export function ReasonConfirm({ reasonLabel, question, actionLabel, keepLabel, onConfirm, autoFocus, onTyped }: ReasonConfirmProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const ready = reason.trim() !== '';
  useReportTyped(ready, onTyped);
  const open = asking && ready;
  // The cursor on the action once the question is placed, the question in view (see focusConfirmAction).
  useEffect(() => {
    if (open) focusConfirmAction();
  }, [open]);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!isPlainEnter(e)) return;
    // No line break: the reason is one line (a wrapped box).
    e.preventDefault();
    if (!e.shiftKey && ready) setAsking(true);
  };
  const confirm = async () => {
    setAsking(false);
    await onConfirm(reason);
    setReason('');
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <label htmlFor={id} className="reason-label">{reasonLabel}</label>
      <Input.TextArea id={id} aria-label={reasonLabel} aria-required autoFocus={autoFocus} value={reason} onKeyDown={onKeyDown} onChange={(e) => setReason(e.target.value.replace(/[\r\n]+/g, ' '))} autoSize={{ minRows: 2 }} maxLength={BUNDLE_LIMITS.maxShortText} showCount />
      <Popconfirm
        open={open}
        onOpenChange={(open) => setAsking(open && ready)}
        title={question}
        okText={actionLabel}
        cancelText={keepLabel}
        okButtonProps={{ danger: true }}
        // Under its button, so the reason being confirmed stays in sight above it (on top, it covered the field).
        placement="bottomLeft"
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        <Button danger disabled={!ready}>{actionLabel}</Button>
      </Popconfirm>
    </Space>
  );
}
