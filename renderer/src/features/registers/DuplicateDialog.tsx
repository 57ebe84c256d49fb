/**
 * The Phụ lục VI duplicate warning: the earlier entries, a link to each, and the clerk's decision.
 * Going back is the default (focused, primary): a second Enter pressed out of habit must not
 * register the same document twice; registering anyway takes a deliberate click or Tab + Enter.
 * Letters and spaces typed on (the next document's sender, typed before the warning showed) do
 * nothing here: a space pressed "Quay lại sửa" and the rest of the name went into the Số field.
 */
import type { KeyboardEvent } from 'react';
import { Button, List, Modal, Typography } from 'antd';
import { typesCharacter } from './entry-inputs';

/** A key that types a character (a letter, a digit, a space) is swallowed; Enter, Esc, Tab and the arrows act. */
function swallowTyping(e: KeyboardEvent) {
  if (typesCharacter(e)) {
    e.preventDefault();
    e.stopPropagation();
  }
}
import { useTranslation } from 'react-i18next';

export function DuplicateDialog({ open, items, text, onConfirm, onCancel, onOpen, afterClose }: {
  open: boolean;
  /** What the entries listed have in common with the one typed (the register's own sentence). */
  text: string;
  items: readonly { id: string; title: string }[];
  onConfirm: () => void;
  onCancel: () => void;
  onOpen: (id: string) => void;
  /** Runs once the dialog has closed (the form puts the focus where it belongs). */
  afterClose?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={t('registers.duplicateTitle')}
      onCancel={onCancel}
      afterClose={afterClose}
      focusable={{ focusTriggerAfterClose: false }}
      destroyOnHidden
      modalRender={(node) => <div onKeyDownCapture={swallowTyping}>{node}</div>}
      footer={[
        <Button key="save" onClick={onConfirm} data-testid="duplicate-save">{t('registers.duplicateSave')}</Button>,
        <Button key="back" type="primary" autoFocus onClick={onCancel} data-testid="duplicate-back">{t('registers.duplicateBack')}</Button>,
      ]}
    >
      <Typography.Paragraph>{text}</Typography.Paragraph>
      <List
        size="small"
        dataSource={[...items]}
        renderItem={(item) => (
          <List.Item actions={[<Button key="open" type="link" onClick={() => onOpen(item.id)}>{t('registers.duplicateOpen')}</Button>]}>
            <span data-testid="duplicate-item">{item.title}</span>
          </List.Item>
        )}
      />
    </Modal>
  );
}
