/** Edits this PC's unit profile (the same fields and rules as first-run setup). */
import { useState } from 'react';
import { Alert, App, Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { UNIT_LEVELS, UNIT_PROFILE_KEYS, cleanUnitInput, validateUnit, type UnitProfile, type UnitProfileFields } from '../../core/unit';
import { useDb, useSession } from '../../db/context';
import { updateUnit } from '../../db/repositories/unit-repository';
import { errorMessage, issueMessage } from '../../i18n';
import { UnsavedMark } from './UnsavedMark';

export function UnitProfileForm({ unit }: { unit: UnitProfile }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitProfileFields>();
  const [error, setError] = useState<string>();
  // The version this form shows: saving over a newer one saved in another window is refused.
  const [baseClock, setBaseClock] = useState(unit.clock);
  // Typed and not saved: said beside the button, and asked about before the menu leaves the page.
  const values = Form.useWatch([], form) as Partial<UnitProfileFields> | undefined;
  const dirty = values !== undefined && UNIT_PROFILE_KEYS.some((k) => (values[k] ?? '') !== (unit[k] ?? ''));

  const save = async (v: UnitProfileFields) => {
    const fields = cleanUnitInput({ unit: { ...unit, ...v }, fonds: { name: 'x', number: '', startYear: 2025 }, operator: { name: 'x', position: '' } }).unit;
    const issues = validateUnit(fields);
    form.setFields(
      UNIT_PROFILE_KEYS.map((name) => ({
        name,
        errors: issues.filter((i) => i.field === name).map((i) => issueMessage(t, i)),
      })),
    );
    if (issues.length) return;
    try {
      const saved = await updateUnit(db, session, fields, baseClock);
      setBaseClock(saved.clock);
      // The form shows what was kept (spaces trimmed, the agency id in capitals): it said "Chưa lưu" after saving.
      form.setFieldsValue(Object.fromEntries(UNIT_PROFILE_KEYS.map((k) => [k, saved[k]])));
      setError(undefined);
      void message.success(t('common.saved'));
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  return (
    <Form form={form} name="unit" layout="vertical" initialValues={unit} onFinish={save} style={{ maxWidth: 720 }}>
      <Form.Item name="level" label={t('setup.level')}>
        <Select options={UNIT_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('setup.name')}>
        <Input />
      </Form.Item>
      <Form.Item name="shortName" label={t('setup.shortName')}>
        <Input />
      </Form.Item>
      <Form.Item name="adminCode" label={t('setup.adminCode')} extra={t('setup.adminCodeHelp')}>
        <Input style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="legacyAdminCode" label={t('setup.legacyAdminCode')}>
        <Input style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="agencyId" label={t('setup.agencyId')} extra={t('setup.agencyIdHelp')}>
        <Input />
      </Form.Item>
      <Form.Item name="parentName" label={t('setup.parentName')}>
        <Input />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="unit-form-error" role="alert" />}
      <Space>
        <Button type="primary" htmlType="submit" data-testid="unit-save">
          {t('common.save')}
        </Button>
        <UnsavedMark dirty={dirty} what={t('settings.unit')} testId="unit-unsaved" />
      </Space>
    </Form>
  );
}
