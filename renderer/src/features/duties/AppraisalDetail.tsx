/**
 * One appraisal, step by step: the council; its decision on each dossier (destroy with the reason,
 * or keep longer with a new period and why); the printed list (PL II), explanation (PL III) and
 * council minutes; the council's decision recorded; then the destruction decision (number, date,
 * who signed) recorded when the head of the agency signs it, and carried out — often weeks later —
 * with the destruction minutes.
 */
import { useEffect, useRef, useState } from 'react';
import { focusWhenReady } from '../../components/focus';
import { Alert, Button, Col, Drawer, Form, Input, Row, Select, Space, Steps, Table, Tag, Typography } from 'antd';
import { Confirm } from '../../components/Confirm';
import { Field } from '../registers/entry-inputs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { EXPIRED_REASON, signerLooksLikeName } from '../../core/duties/appraisal';
import { fondsForeword } from '../../core/duties/fonds';
import { isIsoDate } from '../../core/registers/dates';
import { parseRetention } from '../../core/dossiers/rules';
import type { AppraisalItem } from '../../core/duties/types';
import { fileSlug, formatDate } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { appraisalDetail, decideAppraisal, destroyAppraisal, recordDestructionDecision, removeFromAppraisal, reopenAppraisal, setItemDecision } from '../../db/repositories/appraisal-repository';
import { ReasonConfirm } from '../../components/ReasonConfirm';
import { listBoxes } from '../../db/repositories/dossier-repository';
import { retentionLabel } from '../dossiers/retention-label';
import { appraisalPapers } from './appraisal-papers';
import { CouncilForm, type CouncilHandle } from './CouncilForm';
import { fileLabel, typedDate } from './labels';
import { useAction } from './useAction';
import { useFormUnit, useOutputs } from './useOutputs';
import { getFonds } from '../../db/repositories/unit-repository';
import { Dialog } from '../../components/Dialog';
import { typedOver } from '../../hooks/useFilledIn';

type Paper = 'appraisal-discard-list' | 'discard-explanation' | 'council-minutes' | 'destruction-minutes';
/** File names a clerk recognises. */
const FILE: Record<Paper, string> = { 'appraisal-discard-list': 'danh-muc-tai-lieu-het-gia-tri', 'discard-explanation': 'thuyet-minh-tai-lieu-het-gia-tri', 'council-minutes': 'bien-ban-hop-hoi-dong', 'destruction-minutes': 'bien-ban-huy-tai-lieu' };

/** The destruction decision recorded on an appraisal, as its form shows it ('' for what is not recorded). */
function savedDecision(a: { decisionNumber?: string; decisionDate?: string; decisionSigner?: string } | undefined) {
  return { decisionNumber: a?.decisionNumber ?? '', decisionDate: a?.decisionDate ? formatDate(a.decisionDate) : '', decisionSigner: a?.decisionSigner ?? '' };
}

/** What is typed of the destruction so far, for its minutes printed before it is recorded (a date that does not read yet is left out). */
function draftDestruction(d: { decisionNumber: string; decisionDate: string; decisionSigner: string; destroyedOn: string; destructionPlace: string; destructionMethod: string }) {
  const date = (text: string) => {
    const iso = typedDate(text);
    return isIsoDate(iso) ? iso : undefined;
  };
  const decisionDate = date(d.decisionDate);
  const destroyedOn = date(d.destroyedOn);
  return {
    ...(d.decisionNumber.trim() ? { decisionNumber: d.decisionNumber.trim() } : {}),
    ...(decisionDate ? { decisionDate } : {}),
    ...(destroyedOn ? { destroyedOn } : {}),
    decisionSigner: d.decisionSigner.trim(),
    destructionPlace: d.destructionPlace.trim(),
    destructionMethod: d.destructionMethod.trim(),
  };
}

export function AppraisalDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const act = useAction();
  const unit = useFormUnit();
  const out = useOutputs();
  const year = new Date().getFullYear();
  const detail = useLiveQuery(() => appraisalDetail(db, id), [db, id]);
  const fonds = useLiveQuery(async () => (detail ? getFonds(db, detail.appraisal.fondsId) : undefined), [db, detail?.appraisal.fondsId]);
  const boxes = useLiveQuery(async () => (detail ? listBoxes(db, detail.appraisal.fondsId) : []), [db, detail?.appraisal.fondsId]);
  /** An item's opinion as its dialog opens on it. */
  const opinionOf = (item: AppraisalItem) => ({ decision: item.decision, reason: item.reason, retention: item.newRetention !== undefined ? retentionLabel(t, item.newRetention) : '' });
  const [editing, setEditing] = useState<{ item: AppraisalItem; decision: 'destroy' | 'keep'; reason: string; retention: string }>();
  const [d, setD] = useState({ decisionNumber: '', decisionDate: '', decisionSigner: '', destroyedOn: '', destructionPlace: '', destructionMethod: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [opinionErrors, setOpinionErrors] = useState<Record<string, string>>({});
  const council = useRef<CouncilHandle>(null);
  const councilBox = useRef<HTMLDivElement>(null);
  /** Asked to close with something typed and not saved (the council's details, or the destruction's). */
  const [closing, setClosing] = useState<'council' | 'destruction'>();
  // The destruction decision as recorded (when it is, and again after each save): the form starts from it.
  const saved = savedDecision(detail?.appraisal);
  useEffect(() => {
    setD((x) => ({ ...x, ...saved }));
  }, [saved.decisionNumber, saved.decisionDate, saved.decisionSigner]);
  if (!detail) return null;
  const a = detail.appraisal;
  const open = a.status === 'open';
  const step = a.status === 'open' ? 0 : a.status === 'decided' ? (a.decisionNumber ? 2 : 1) : 3;
  const toDestroy = detail.items.filter((i) => i.decision === 'destroy').length;
  /** The decision typed differs from the one recorded. */
  const decisionTyped = (['decisionNumber', 'decisionDate', 'decisionSigner'] as const).some((k) => d[k].trim() !== saved[k]);
  /** The destruction's own details typed (the day, place, method). */
  const detailsTyped = (['destroyedOn', 'destructionPlace', 'destructionMethod'] as const).some((k) => d[k].trim() !== '');
  const destructionTyped = a.status === 'decided' && (decisionTyped || detailsTyped);

  /** The council's details as typed are saved before anything reads them (a decision, a printed paper); false if they were refused. */
  const councilSaved = async () => !open || !council.current?.dirty() || (await council.current.save());
  const print = async (kind: Paper) => {
    if (!(await councilSaved())) return;
    // Read again: what was just saved is not in the live query's value yet.
    const fresh = (await appraisalDetail(db, id)) ?? detail;
    // Before the destruction is recorded, its minutes carry what is typed so far (dots for the rest), to be signed at the destruction.
    const typed = fresh.appraisal.status === 'decided' ? draftDestruction(d) : {};
    void out.pdf({ kind, input: appraisalPapers(t, { ...fresh, appraisal: { ...fresh.appraisal, ...typed } }, fonds, unit, new Map((boxes ?? []).map((b) => [b.id, b.number])), session.operator) }, `${FILE[kind]}-${fileSlug(a.name, 40)}.pdf`);
  };
  const decide = async () => {
    if (!(await councilSaved())) return;
    await act(() => decideAppraisal(db, session, a.id, year), t('appraisal.decided'));
  };
  const close = () => (council.current?.dirty() ? setClosing('council') : destructionTyped ? setClosing('destruction') : onClose());
  /** Opened again: the cursor in the council's first field, editable once the drawer shows it open (it fell to the page). */
  const reopen = async (reason: string) => {
    if (await act(async () => { await reopenAppraisal(db, session, a.id, reason); return true; }, t('appraisal.reopened')))
      focusWhenReady(() => councilBox.current?.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled])'));
  };
  /** The opinion changed in its dialog from the item's own (closing it then asks first). */
  const opinionTyped = !!editing && typedOver(opinionOf(editing.item), { decision: editing.decision, reason: editing.reason, retention: editing.retention });
  const saveItem = async () => {
    if (!editing) return;
    const retention = editing.decision === 'keep' ? parseRetention(editing.retention) : undefined;
    const done = await act(() => setItemDecision(db, session, editing.item.id, editing.decision, editing.reason, retention, year), t('appraisal.decisionSaved'), setOpinionErrors);
    if (done) setEditing(undefined);
  };
  const destroy = () => act(() => destroyAppraisal(db, session, a.id, { ...d, decisionDate: typedDate(d.decisionDate), destroyedOn: typedDate(d.destroyedOn) }), t('appraisal.destroyed'), setErrors);
  /** The decision alone, signed and not carried out yet: kept with the appraisal for the day of the destruction. */
  const saveDecision = () =>
    act(
      () => recordDestructionDecision(db, session, a.id, { decisionNumber: d.decisionNumber, decisionDate: typedDate(d.decisionDate), decisionSigner: d.decisionSigner }),
      (r) => t('appraisal.decisionRecorded', { number: r.decisionNumber }),
      setErrors,
    );
  // A name typed where the signer's title goes is said as it is typed (the papers read "Quyết định số … của <chức vụ>").
  const warnings: Partial<Record<keyof typeof d, string>> = signerLooksLikeName(d.decisionSigner) ? { decisionSigner: t('appraisal.signerIsName', { typed: d.decisionSigner.trim() }) } : {};
  const dField = (key: keyof typeof d, label: string, span: number, placeholder?: string) => (
    <Col xs={24} md={span}>
      <Field label={label} error={errors[key] || undefined} warning={warnings[key]}>
        <Input
          aria-label={label}
          value={d[key]}
          placeholder={placeholder}
          onChange={(e) => {
            setD({ ...d, [key]: e.target.value });
            if (errors[key]) setErrors({ ...errors, [key]: '' });
          }}
        />
      </Field>
    </Col>
  );

  return (
    <Drawer open onClose={close} width="min(1000px, 96vw)" title={a.name} data-testid="appraisal-drawer" destroyOnHidden>
      <Steps size="small" current={step} items={[{ title: t('appraisal.stepCouncil') }, { title: t('appraisal.stepDecision') }, { title: t('appraisal.stepDestructionDecision') }, { title: t('appraisal.stepDestroyed') }]} style={{ marginBottom: 16 }} />
      <div ref={councilBox}>
        <CouncilForm key={a.id} appraisal={a} readOnly={!open} ref={council} />
      </div>
      <Table<AppraisalItem>
        size="small"
        rowKey="id"
        data-testid="appraisal-items"
        tableLayout="fixed"
        style={{ marginTop: 16 }}
        dataSource={[...detail.items]}
        pagination={false}
        columns={[
          { title: t('appraisal.file'), key: 'f', width: 110, render: (_, i) => { const x = detail.dossiers.get(i.dossierId); return x ? fileLabel(t, x) : ''; } },
          { title: t('dossiers.title'), key: 't', render: (_, i) => detail.dossiers.get(i.dossierId)?.title ?? '' },
          { title: t('dossiers.retention'), key: 'r', width: 90, render: (_, i) => { const x = detail.dossiers.get(i.dossierId); return x ? retentionLabel(t, x.retention) : ''; } },
          { title: t('appraisal.opinion'), key: 'o', width: 220, render: (_, i) => (i.decision === 'destroy' ? <><Tag color="red">{t('appraisal.destroy')}</Tag>{i.reason}</> : <><Tag color="green">{t('appraisal.keepFor', { period: i.newRetention !== undefined ? retentionLabel(t, i.newRetention) : '' })}</Tag>{i.reason}</>) },
          ...(open
            ? [{ title: t('common.actions'), key: 'a', width: 190, render: (_: unknown, i: AppraisalItem) => (
                <Space size={4} wrap>
                  <Button size="small" onClick={() => setEditing({ item: i, ...opinionOf(i) })} data-testid="edit-opinion">{t('appraisal.editOpinion')}</Button>
                  <Confirm title={t('appraisal.removeConfirm')} okText={t('appraisal.removeOk')} cancelText={t('appraisal.back')} onConfirm={() => void act(() => removeFromAppraisal(db, session, i.id), t('appraisal.removed'))}>
                    <Button size="small">{t('appraisal.remove')}</Button>
                  </Confirm>
                </Space>
              ) }]
            : []),
        ]}
      />
      <Space wrap style={{ margin: '12px 0' }}>
        <Button loading={out.busy} onClick={() => void print('appraisal-discard-list')} data-testid="print-discard-list">{t('appraisal.printList')}</Button>
        <Button loading={out.busy} onClick={() => void print('discard-explanation')} data-testid="print-explanation">{t('appraisal.printExplanation')}</Button>
        <Button loading={out.busy} onClick={() => void print('council-minutes')} data-testid="print-council-minutes">{t('appraisal.printMinutes')}</Button>
        {a.status !== 'open' && <Button loading={out.busy} onClick={() => void print('destruction-minutes')} data-testid="print-destruction-minutes">{t('appraisal.printDestruction')}</Button>}
      </Space>
      {fonds && fondsForeword(fonds).length === 0 && <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>{t('appraisal.historyHint')}</Typography.Paragraph>}
      {open && (
        <Confirm title={t('appraisal.decideConfirm')} okText={t('appraisal.decide')} cancelText={t('appraisal.back')} onConfirm={() => void decide()}>
          <Button type="primary" data-testid="decide-appraisal">{t('appraisal.decide')}</Button>
        </Confirm>
      )}
      {a.status === 'decided' && (
        <div data-testid="reopen-appraisal" style={{ maxWidth: 520, marginBottom: 12 }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>{t('appraisal.reopenHelp')}</Typography.Paragraph>
          <ReasonConfirm reasonLabel={t('appraisal.reopenReason')} question={a.decisionNumber ? t('appraisal.reopenConfirmDecision', { number: a.decisionNumber }) : t('appraisal.reopenConfirm')} actionLabel={t('appraisal.reopen')} keepLabel={t('appraisal.reopenKeep')} onConfirm={reopen} />
        </div>
      )}
      {a.status === 'decided' && toDestroy === 0 && <Alert type="info" showIcon title={t('appraisal.nothingToDestroyInfo')} />}
      {a.status === 'decided' && toDestroy > 0 && (
        <Form layout="vertical" component="div" data-testid="destruction-form">
          <Alert type="warning" showIcon title={t('appraisal.destroyHelp')} style={{ marginBottom: 12 }} />
          <Row gutter={12}>
            {dField('decisionNumber', t('appraisal.decisionNumber'), 8)}
            {dField('decisionDate', t('appraisal.decisionDate'), 8)}
            {/* The minutes read "Quyết định số … của <signer> về việc hủy": the signer's title, not a name and a title. */}
            {dField('decisionSigner', t('appraisal.decisionSigner'), 8, t('appraisal.decisionSignerHint'))}
          </Row>
          <Space wrap style={{ marginBottom: 12 }}>
            <Button onClick={() => void saveDecision()} disabled={!decisionTyped} data-testid="save-destruction-decision">{t('appraisal.saveDecision')}</Button>
            <Typography.Text type="secondary">{a.decisionNumber ? t('appraisal.decisionOnRecord', { number: a.decisionNumber, date: a.decisionDate ? formatDate(a.decisionDate) : '' }) : t('appraisal.decisionHelp')}</Typography.Text>
          </Space>
          <Row gutter={12}>
            {dField('destroyedOn', t('appraisal.destroyedOn'), 8)}
            {dField('destructionPlace', t('appraisal.destructionPlace'), 8)}
            {dField('destructionMethod', t('appraisal.destructionMethod'), 8)}
          </Row>
          <Confirm title={t('appraisal.destroyConfirm', { count: toDestroy })} okText={t('appraisal.destroyOk', { count: toDestroy })} okButtonProps={{ danger: true }} cancelText={t('appraisal.back')} onConfirm={() => void destroy()}>
            <Button danger type="primary" data-testid="destroy-appraisal">{t('appraisal.destroyButton')}</Button>
          </Confirm>
        </Form>
      )}
      <Dialog open={!!editing} title={t('appraisal.opinionTitle')} onCancel={() => { setEditing(undefined); setOpinionErrors({}); }} typed={opinionTyped} onOk={() => void saveItem()} okText={t('common.save')} cancelText={t('appraisal.close')} okButtonProps={{ 'data-testid': 'save-opinion' } as never} destroyOnHidden>
        {editing && (
          <Form layout="vertical" component="div">
            <Form.Item label={t('appraisal.opinion')}>
              <Select aria-label={t('appraisal.opinion')} value={editing.decision} onChange={(x: 'destroy' | 'keep') => { setEditing({ ...editing, decision: x, reason: x === 'destroy' ? EXPIRED_REASON : '' }); setOpinionErrors({}); }} options={[{ value: 'destroy', label: t('appraisal.destroy') }, { value: 'keep', label: t('appraisal.keep') }]} />
            </Form.Item>
            {editing.decision === 'keep' && (
              <Form.Item label={t('appraisal.newRetention')} extra={opinionErrors.newRetention ? undefined : t('appraisal.newRetentionHelp')} validateStatus={opinionErrors.newRetention ? 'error' : undefined} help={opinionErrors.newRetention || undefined}>
                <Input aria-label={t('appraisal.newRetention')} value={editing.retention} onChange={(e) => { setEditing({ ...editing, retention: e.target.value }); setOpinionErrors({ ...opinionErrors, newRetention: '' }); }} />
              </Form.Item>
            )}
            <Form.Item label={t(editing.decision === 'keep' ? 'appraisal.keepReason' : 'appraisal.reason')} validateStatus={opinionErrors.reason ? 'error' : undefined} help={opinionErrors.reason || undefined}>
              <Input aria-label={t(editing.decision === 'keep' ? 'appraisal.keepReason' : 'appraisal.reason')} value={editing.reason} onChange={(e) => { setEditing({ ...editing, reason: e.target.value }); setOpinionErrors({ ...opinionErrors, reason: '' }); }} onPressEnter={() => void saveItem()} />
            </Form.Item>
          </Form>
        )}
      </Dialog>
      <Dialog
        open={closing !== undefined}
        title={t('appraisal.unsavedTitle')}
        onCancel={() => setClosing(undefined)}
        data-testid="appraisal-unsaved"
        footer={[
          <Button key="back" onClick={() => setClosing(undefined)}>{t('appraisal.back')}</Button>,
          <Button key="drop" danger onClick={() => { setClosing(undefined); onClose(); }} data-testid="close-without-saving">{t('appraisal.closeWithoutSaving')}</Button>,
          ...(closing === 'council'
            ? [<Button key="save" type="primary" data-testid="save-and-close" onClick={() => void council.current?.save().then((ok) => { setClosing(undefined); if (ok) onClose(); })}>{t('appraisal.saveAndClose')}</Button>]
            : []),
          // Only the decision typed (the destruction not yet done): it can be kept for that day.
          ...(closing === 'destruction' && decisionTyped && !detailsTyped
            ? [<Button key="save" type="primary" data-testid="save-decision-and-close" onClick={() => void saveDecision().then((ok) => { setClosing(undefined); if (ok) onClose(); })}>{t('appraisal.saveDecisionAndClose')}</Button>]
            : []),
        ]}
      >
        {t(closing === 'council' ? 'appraisal.unsavedCouncil' : 'appraisal.unsavedDestruction')}
      </Dialog>
    </Drawer>
  );
}
