/** Adding or correcting an item of a schedule version: group, number, title, period, legal basis. Enter saves. */
import { useState } from 'react';
import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatRetention } from '../../core/dossiers/rules';
import { itemFromForm } from '../../core/duties/retention';
import type { RetentionItem, RetentionSchedule } from '../../core/duties/types';
import { useDb, useSession } from '../../db/context';
import { DutyInvalidError } from '../../db/repositories/duties-settings';
import { saveItem } from '../../db/repositories/retention-repository';
import { useEnterToSave } from '../registers/entry-inputs';
import { useAction } from './useAction';
import { Dialog } from '../../components/Dialog';
import { useFilledIn } from '../../hooks/useFilledIn';

export function RetentionItemDialog({ schedule, item, nextOrder, onClose }: { schedule: RetentionSchedule; item?: RetentionItem; nextOrder: number; onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const act = useAction();
  const { v, setV, typed } = useFilledIn(() => ({ group: item?.group ?? '', code: item?.code ?? '', title: item?.title ?? '', retention: item ? formatRetention(item.retention) : '', basis: item?.basis ?? schedule.basis, note: item?.note ?? '' }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    const saved = await act(
      async () => {
        // A period that cannot be read is refused here, with what to type; the rest in saveItem.
        const { fields, issues } = itemFromForm(v, { unitId: session.unitId, scheduleId: schedule.id, order: item?.order ?? nextOrder });
        if (issues.length > 0) throw new DutyInvalidError(issues);
        return saveItem(db, session, fields, item?.id);
      },
      t('retention.itemSaved'),
      setErrors,
    );
    if (saved) onClose();
  };
  const enter = useEnterToSave(() => void submit());
  const field = (key: keyof typeof v, label: string, span: number) => (
    <Col xs={24} md={span}>
      <Form.Item label={label} validateStatus={errors[key] ? 'error' : undefined} help={errors[key]} style={{ marginBottom: 8 }}>
        <Input aria-label={label} value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
      </Form.Item>
    </Col>
  );
  return (
    <Dialog open width={760} title={t(item ? 'retention.editItem' : 'retention.addItem')} onCancel={onClose} typed={typed} onOk={() => void submit()} okText={t('common.save')} okButtonProps={{ 'data-testid': 'save-item' } as never} destroyOnHidden>
      <Form layout="vertical" component="div" onKeyDownCapture={enter.onKeyDownCapture}>
        <Row gutter={12}>
          {field('group', t('retention.group'), 16)}
          {field('code', t('retention.code'), 8)}
          {field('title', t('retention.itemTitle'), 24)}
          {field('retention', t('dossiers.retention'), 8)}
          {field('basis', t('retention.basis'), 16)}
          {field('note', t('dossiers.note'), 24)}
        </Row>
      </Form>
    </Dialog>
  );
}
