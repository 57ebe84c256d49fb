/**
 * The appraisal council (Hội đồng xác định giá trị tài liệu): the decision that set it up, its
 * members (name, position, role: chair, member, secretary), the meeting date and place, and its
 * opinion. Editable while the appraisal is open.
 */
import { useImperativeHandle, useState, type Ref } from 'react';
import { Button, Col, Form, Input, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Appraisal, CouncilMember } from '../../core/duties/types';
import { cleanMembers } from '../../core/duties/appraisal';
import { cleanMultiline } from '../../core/registers/validation';
import { cleanText } from '../../core/text';
import { useDb, useSession } from '../../db/context';
import { saveCouncil } from '../../db/repositories/appraisal-repository';
import { showDate, typedDate } from './labels';
import { useAction } from './useAction';

/** What the appraisal's drawer asks of the form: whether something typed is not saved yet, and to save it. */
export type CouncilHandle = { readonly dirty: () => boolean; readonly save: () => Promise<boolean> };

export function CouncilForm({ appraisal, readOnly, ref }: { appraisal: Appraisal; readOnly: boolean; ref?: Ref<CouncilHandle> }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const act = useAction();
  const [v, setV] = useState({ name: appraisal.name, councilDecision: appraisal.councilDecision, meetingDate: showDate(appraisal.meetingDate), meetingPlace: appraisal.meetingPlace, conclusion: appraisal.conclusion });
  const [members, setMembers] = useState<CouncilMember[]>(appraisal.members.length ? [...appraisal.members] : [{ name: '', position: '', role: t('appraisal.roleChair') }, { name: '', position: '', role: t('appraisal.roleMember') }, { name: '', position: '', role: t('appraisal.roleSecretary') }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = () =>
    act(
      () => saveCouncil(db, session, appraisal.id, { fondsId: appraisal.fondsId, name: v.name, councilDecision: v.councilDecision, members, meetingPlace: v.meetingPlace, conclusion: v.conclusion, note: appraisal.note, ...(v.meetingDate.trim() ? { meetingDate: typedDate(v.meetingDate) } : {}) }),
      t('appraisal.councilSaved'),
      setErrors,
    );
  // Typed but not saved: compared as saving would clean them (blank member rows are not members).
  const dirty =
    !readOnly &&
    (cleanText(v.name) !== appraisal.name ||
      cleanText(v.councilDecision) !== appraisal.councilDecision ||
      (v.meetingDate.trim() ? typedDate(v.meetingDate) : undefined) !== appraisal.meetingDate ||
      cleanText(v.meetingPlace) !== appraisal.meetingPlace ||
      cleanMultiline(v.conclusion) !== appraisal.conclusion ||
      JSON.stringify(cleanMembers(members)) !== JSON.stringify(appraisal.members));
  useImperativeHandle(ref, () => ({ dirty: () => dirty, save: async () => (await save()) !== undefined }));
  const edit = (key: string) => errors[key] && setErrors({ ...errors, [key]: '' });
  const text = (key: keyof typeof v, label: string, span: number, area = false) => (
    <Col xs={24} md={span}>
      <Form.Item label={label} validateStatus={errors[key] ? 'error' : undefined} help={errors[key]} style={{ marginBottom: 8 }}>
        {area ? <Input.TextArea aria-label={label} disabled={readOnly} value={v[key]} autoSize={{ minRows: 2, maxRows: 5 }} onChange={(e) => { setV({ ...v, [key]: e.target.value }); edit(key); }} /> : <Input aria-label={label} disabled={readOnly} value={v[key]} onChange={(e) => { setV({ ...v, [key]: e.target.value }); edit(key); }} />}
      </Form.Item>
    </Col>
  );
  const member = (i: number, k: keyof CouncilMember, label: string) => <Input aria-label={`${label} ${i + 1}`} placeholder={label} disabled={readOnly} value={members[i]![k]} onChange={(e) => setMembers(members.map((m, j) => (j === i ? { ...m, [k]: e.target.value } : m)))} />;
  return (
    <Form layout="vertical" component="div" data-testid="council-form">
      <Row gutter={12}>
        {text('name', t('appraisal.name'), 24)}
        {text('councilDecision', t('appraisal.councilDecision'), 24)}
        {text('meetingDate', t('appraisal.meetingDate'), 8)}
        {text('meetingPlace', t('appraisal.meetingPlace'), 16)}
      </Row>
      <Form.Item label={t('appraisal.members')} validateStatus={errors.members ? 'error' : undefined} help={errors.members} style={{ marginBottom: 8 }}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {members.map((_, i) => (
            <Row gutter={8} key={i}>
              <Col span={8}>{member(i, 'name', t('appraisal.memberName'))}</Col>
              <Col span={8}>{member(i, 'position', t('appraisal.memberPosition'))}</Col>
              <Col span={6}>{member(i, 'role', t('appraisal.memberRole'))}</Col>
              <Col span={2}>{!readOnly && <Button aria-label={t('appraisal.removeMember')} onClick={() => setMembers(members.filter((__, j) => j !== i))}>×</Button>}</Col>
            </Row>
          ))}
          {!readOnly && <Button size="small" onClick={() => setMembers([...members, { name: '', position: '', role: t('appraisal.roleMember') }])}>{t('appraisal.addMember')}</Button>}
        </Space>
      </Form.Item>
      <Row gutter={12}>{text('conclusion', t('appraisal.conclusion'), 24, true)}</Row>
      {!readOnly && <Button onClick={() => void save()} data-testid="save-council">{t('appraisal.saveCouncil')}</Button>}
    </Form>
  );
}
