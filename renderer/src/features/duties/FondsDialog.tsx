/**
 * One fonds: its name, number, years, creating bodies with their dates, the creators' history and
 * the fonds history (written once, reused by inventory forewords and the thuyết minh); closing it
 * from a date on a basis, after which it takes no new dossier and no new number. A fonds received
 * from another unit is shown read-only.
 */
import { useState } from 'react';
import { Alert, Button, Col, Divider, Form, Input, Row, Space } from 'antd';
import { Confirm } from '../../components/Confirm';
import { useTranslation } from 'react-i18next';
import type { FondsCreator } from '../../core/unit';
import { useDb, useSession } from '../../db/context';
import { closeFonds, saveFonds, type FondsRow } from '../../db/repositories/fonds-repository';
import { showDate, typedDate } from './labels';
import { useAction } from './useAction';
import { Dialog } from '../../components/Dialog';
import { typedOver, useFilledIn } from '../../hooks/useFilledIn';
import { Field } from '../registers/entry-inputs';

export function FondsDialog({ fonds, onClose }: { fonds?: FondsRow; onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const act = useAction();
  const readOnly = fonds !== undefined && !fonds.own;
  const { v, setV, typed: fieldsTyped } = useFilledIn(() => ({ name: fonds?.name ?? '', number: fonds?.number ?? '', startYear: fonds ? String(fonds.startYear) : '', endYear: fonds?.endYear !== undefined ? String(fonds.endYear) : '', creatorHistory: fonds?.creatorHistory ?? '', history: fonds?.history ?? '' }));
  const [creatorsAtOpening] = useState<FondsCreator[]>(() => (fonds?.creators?.length ? [...fonds.creators] : [{ name: '', from: '' }]));
  const [creators, setCreators] = useState(creatorsAtOpening);
  const [closing, setClosing] = useState({ date: '', basis: '' });
  // Something typed and not saved (closing the dialog then asks first): a field, a creating body (an empty line added is
  // not one), the closing's date or basis.
  const written = (list: readonly FondsCreator[]) => list.filter((c) => c.name || c.from || c.to);
  const typed = fieldsTyped || typedOver(written(creatorsAtOpening), written(creators)) || typedOver({ date: '', basis: '' }, closing);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const year = new Date().getFullYear();
  const save = async () => {
    const endYear = v.endYear.trim() ? Number(v.endYear) : undefined;
    const clean = creators.filter((c) => c.name.trim() || c.from.trim()).map((c) => ({ name: c.name, from: /^\d{1,2}\//.test(c.from) ? typedDate(c.from) : c.from, ...(c.to?.trim() ? { to: /^\d{1,2}\//.test(c.to) ? typedDate(c.to) : c.to } : {}) }));
    const saved = await act(
      () => saveFonds(db, session, { unitId: session.unitId, name: v.name, number: v.number, status: fonds?.status ?? 'open', startYear: Number(v.startYear || 'x'), ...(endYear !== undefined ? { endYear } : {}), creators: clean, creatorHistory: v.creatorHistory, history: v.history }, fonds?.id, year),
      t('fondsAdmin.saved'),
      setErrors,
    );
    if (saved) onClose();
  };
  const close = async () => {
    const done = await act(() => closeFonds(db, session, fonds!.id, typedDate(closing.date), closing.basis), t('fondsAdmin.closed'), setErrors);
    if (done) onClose();
  };
  const field = (key: keyof typeof v, label: string, span: number, area = false) => (
    <Col xs={24} md={span}>
      {/* The entry forms' Field: a click on its label puts the cursor in its box. */}
      <Field label={label} error={errors[key]}>
        {area ? <Input.TextArea aria-label={label} disabled={readOnly} value={v[key]} autoSize={{ minRows: 2, maxRows: 8 }} onChange={(e) => setV({ ...v, [key]: e.target.value })} /> : <Input aria-label={label} disabled={readOnly} value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} />}
      </Field>
    </Col>
  );
  const creator = (i: number, k: keyof FondsCreator, label: string) => <Input aria-label={`${label} ${i + 1}`} placeholder={label} disabled={readOnly} value={creators[i]![k] ?? ''} onChange={(e) => setCreators(creators.map((c, j) => (j === i ? { ...c, [k]: e.target.value } : c)))} />;
  return (
    <Dialog open width={820} title={fonds ? fonds.name : t('fondsAdmin.add')} onCancel={onClose} typed={typed} onOk={readOnly ? onClose : () => void save()} okText={readOnly ? t('common.close') : t('common.save')} okButtonProps={{ 'data-testid': 'save-fonds' } as never} destroyOnHidden>
      {readOnly && <Alert type="info" showIcon title={t('fondsAdmin.receivedHelp', { unit: fonds.unitName })} style={{ marginBottom: 12 }} />}
      {fonds?.status === 'closed' && <Alert type="warning" showIcon title={t('fondsAdmin.closedHelp', { date: showDate(fonds.closedAt), basis: fonds.closingBasis ?? '' })} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" component="div" data-testid="fonds-form">
        <Row gutter={12}>
          {field('name', t('fondsAdmin.name'), 16)}
          {field('number', t('fondsAdmin.number'), 8)}
          {field('startYear', t('fondsAdmin.startYear'), 6)}
          {field('endYear', t('fondsAdmin.endYear'), 6)}
        </Row>
        <Form.Item label={t('fondsAdmin.creators')} extra={t('fondsAdmin.creatorsHelp')} validateStatus={Object.keys(errors).some((k) => k.startsWith('creators')) ? 'error' : undefined} help={Object.entries(errors).find(([k]) => k.startsWith('creators'))?.[1]} style={{ marginBottom: 8 }}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            {creators.map((_, i) => (
              <Row gutter={8} key={i}>
                <Col span={12}>{creator(i, 'name', t('fondsAdmin.creatorName'))}</Col>
                <Col span={5}>{creator(i, 'from', t('fondsAdmin.creatorFrom'))}</Col>
                <Col span={5}>{creator(i, 'to', t('fondsAdmin.creatorTo'))}</Col>
                <Col span={2}>{!readOnly && <Button aria-label={t('fondsAdmin.removeCreator')} onClick={() => setCreators(creators.filter((__, j) => j !== i))}>×</Button>}</Col>
              </Row>
            ))}
            {!readOnly && <Button size="small" onClick={() => setCreators([...creators, { name: '', from: '' }])}>{t('fondsAdmin.addCreator')}</Button>}
          </Space>
        </Form.Item>
        <Row gutter={12}>
          {field('creatorHistory', t('fondsAdmin.creatorHistory'), 24, true)}
          {field('history', t('fondsAdmin.history'), 24, true)}
        </Row>
      </Form>
      {fonds?.own && fonds.status === 'open' && (
        <>
          <Divider titlePlacement="start">{t('fondsAdmin.closeTitle')}</Divider>
          <Alert type="warning" showIcon title={t('fondsAdmin.closeHelp')} style={{ marginBottom: 8 }} />
          <Row gutter={12}>
            <Col xs={24} md={8}><Form.Item label={t('fondsAdmin.closedAt')} htmlFor="fonds-closedAt" validateStatus={errors.closedAt ? 'error' : undefined} help={errors.closedAt}><Input id="fonds-closedAt" aria-label={t('fondsAdmin.closedAt')} placeholder="30/06/2025" value={closing.date} onChange={(e) => setClosing({ ...closing, date: e.target.value })} /></Form.Item></Col>
            <Col xs={24} md={16}><Form.Item label={t('fondsAdmin.closingBasis')} htmlFor="fonds-closingBasis" validateStatus={errors.closingBasis ? 'error' : undefined} help={errors.closingBasis}><Input id="fonds-closingBasis" aria-label={t('fondsAdmin.closingBasis')} value={closing.basis} onChange={(e) => setClosing({ ...closing, basis: e.target.value })} /></Form.Item></Col>
          </Row>
          <Confirm title={t('fondsAdmin.closeConfirm')} okText={t('fondsAdmin.close')} cancelText={t('common.back')} okButtonProps={{ danger: true }} onConfirm={() => void close()}><Button danger data-testid="close-fonds">{t('fondsAdmin.close')}</Button></Confirm>
        </>
      )}
    </Dialog>
  );
}
