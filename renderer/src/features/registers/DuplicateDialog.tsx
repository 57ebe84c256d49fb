/** The Phụ lục VI duplicate warning: the earlier entries, a link to each, and the clerk's decision. */
import { Button, List, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function DuplicateDialog({ open, items, onConfirm, onCancel, onOpen }: {
  open: boolean;
  items: readonly { id: string; title: string }[];
  onConfirm: () => void;
  onCancel: () => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={t('registers.duplicateTitle')}
      onCancel={onCancel}
      destroyOnHidden
      footer={[
        <Button key="back" onClick={onCancel} data-testid="duplicate-back">{t('registers.duplicateBack')}</Button>,
        <Button key="save" type="primary" autoFocus onClick={onConfirm} data-testid="duplicate-save">{t('registers.duplicateSave')}</Button>,
      ]}
    >
      <Typography.Paragraph>{t('registers.duplicateText')}</Typography.Paragraph>
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
