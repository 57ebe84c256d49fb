/**
 * Making a deposit batch of the chosen closed dossiers: the handover record's particulars (name
 * of the batch, date, basis, who hands over, the receiving archive and its representative,
 * condition), prefilled from the unit, the operator and the last batch.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, App, Col, Form, Input, Radio, Row, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../core/dossiers/types';
import { formatDate, isoDate } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { createDepositBatch, listBatches, type BatchInput } from '../../db/repositories/deposit-repository';
import { batchDestination, defaultDestination, depositBasis, goesOnward } from '../../core/duties/deposit';
import { yearsLabel, yearsSpanned } from '../../core/dossiers/inventory';
import type { DepositDestination } from '../../core/duties/types';
import { typedDate } from './labels';
import { getUnit, operatorNamed } from '../../db/repositories/unit-repository';
import { Dialog } from '../../components/Dialog';
import { DutyInvalidError } from '../../db/repositories/duties-settings';
import { errorMessage, fieldErrors } from '../../i18n';
import { useFocusAfterSave } from '../../hooks/useFocusAfterSave';
import { useEnterToSave } from '../registers/entry-inputs';
import { nextMessageKey } from '../../components/one-message';
import { typedOver } from '../../hooks/useFilledIn';

type Values = Omit<BatchInput, 'fondsId' | 'date'> & { date: string };

export function DepositBatchForm({ open, dossiers, onClose }: { open: boolean; dossiers: readonly Dossier[]; onClose: (made: boolean) => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const [refusal, setRefusal] = useState<string>();
  const focus = useFocusAfterSave();
  // null once read and not there (undefined is "not read yet").
  const unit = useLiveQuery(async () => (await getUnit(db, session.unitId)) ?? null, [db, session.unitId]);
  const operator = useLiveQuery(async () => (await operatorNamed(db, session.unitId, session.operator)) ?? null, [db, session.unitId, session.operator]);
  // The batches made, the last made first: the new one starts where the last went, with who received there last.
  const made = useLiveQuery(() => listBatches(db, session.unitId), [db, session.unitId]);
  const last = made?.[0];
  const [v, setV] = useState<Values>();
  /** As filled in at this opening: what differs from it was typed, and closing asks before dropping it. */
  const [filled, setFilled] = useState<Values>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const short = unit?.shortName || unit?.name || '';
  // Files already in the unit's own lưu trữ hiện hành go on to the historical archive only.
  const onward = goesOnward(dossiers);
  /** The unit's own lưu trữ hiện hành, as the last batch into it named it. */
  const currentArchive = made?.find((b) => batchDestination(b) === 'current')?.receiverArchive || t('deposit.defaultReceiver', { unit: short });
  /**
   * The two sides the app writes for a destination: as the last batch there named them; else who hands over is the unit
   * (straight into a historical archive the unit itself hands over; it took a section named in a batch kept at the unit),
   * and files going on are handed over by the unit's lưu trữ hiện hành.
   */
  const sidesOf = useCallback(
    (destination: DepositDestination) => {
      const before = made?.find((b) => batchDestination(b) === destination);
      const giverUnit = (onward ? currentArchive : before?.giverUnit) || unit?.name || '';
      if (before) return { giverUnit, receiverArchive: before.receiverArchive, receiverName: before.receiverName, receiverPosition: before.receiverPosition };
      return { giverUnit, receiverArchive: destination === 'current' ? currentArchive : '', receiverName: '', receiverPosition: '' };
    },
    [made, onward, currentArchive, unit?.name],
  );

  const years = yearsSpanned(dossiers);
  const span = yearsLabel(years);

  // Filled in once an opening has what it reads (the unit, its batches, who the operator is), then left to the clerk: a
  // change read meanwhile (the list behind read again) filled it in afresh over what was typed.
  const ready = open && unit !== undefined && made !== undefined && operator !== undefined;
  const filledAtOpening = useRef(false);
  useEffect(() => {
    if (!open) filledAtOpening.current = false;
    if (!ready || filledAtOpening.current) return;
    filledAtOpening.current = true;
    setErrors({});
    setRefusal(undefined);
    const destination = defaultDestination(dossiers, last);
    const values: Values = {
      number: '',
      name: t('deposit.defaultName', { years: span, unit: short }),
      date: formatDate(isoDate(new Date())),
      // The Law on Archives in force, then NĐ 30 and the file plan (it cited NĐ 30 alone); files going on, the Law alone.
      basis: depositBasis(isoDate(new Date()), onward, t('deposit.defaultPlanBasis', { years: span })).join('\n'),
      giverName: session.operator,
      giverPosition: operator?.position ?? '',
      destination,
      ...sidesOf(destination),
      condition: t('deposit.defaultCondition'),
      note: '',
    };
    setV(values);
    setFilled(values);
  }, [open, ready, dossiers, unit, operator, last, session.operator, t, short, sidesOf, onward, span]);

  // Enter in a field saves (a hook, so above the early return; it calls the submit of the last render).
  const submitRef = useRef<() => Promise<void>>(async () => undefined);
  // "Căn cứ" holds one basis a line: Enter adds a line there (it made the batch: one key sent the files out).
  const enter = useEnterToSave(
    useCallback(() => void submitRef.current(), []),
    useCallback((id: string) => (id === 'batch-basis' ? 'lines' : undefined), []),
  );
  if (!v) return null;
  // A destination picked is no typing: what the app fills in for it is compared (switching it alone asked before closing).
  const typed = typedOver(filled && v.destination ? { ...filled, destination: v.destination, ...sidesOf(v.destination) } : filled, v);
  const field = (key: keyof Values, label: string, span = 12, multiline = false) => (
    <Col xs={24} md={span}>
      <Form.Item label={label} validateStatus={errors[key] ? 'error' : undefined} help={errors[key]} style={{ marginBottom: 8 }}>
        {multiline ? (
          <Input.TextArea id={`batch-${key}`} aria-label={label} value={v[key]} autoSize={{ minRows: 2, maxRows: 4 }} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
        ) : (
          <Input
            aria-label={label}
            value={v[key]}
            onChange={(e) => setV({ ...v, [key]: e.target.value })}
          />
        )}
      </Form.Item>
    </Col>
  );
  // Where the papers go; each side's field the app filled in for the last choice follows, one typed otherwise stays.
  const setDestination = (destination: DepositDestination) => {
    const filled: Record<string, string> | undefined = v.destination && sidesOf(v.destination);
    const follows = Object.entries(sidesOf(destination)).filter(([k]) => !filled || v[k as keyof Values] === filled[k]);
    setV({ ...v, destination, ...Object.fromEntries(follows) });
  };
  // A field refused is marked and takes the cursor; a refusal of the batch itself (a dossier not
  // boxed…) stays at the top of the dialog — a toast was gone before it was read — and clears the
  // marks of an earlier try, which no longer hold (the fields are checked first).
  const submit = async () => {
    const fondsId = dossiers[0]?.fondsId ?? '';
    setRefusal(undefined);
    try {
      await createDepositBatch(db, session, { ...v, fondsId, date: typedDate(v.date) }, dossiers.map((d) => d.id));
      setErrors({});
      void message.success({ content: t('deposit.batchMade', { count: dossiers.length }), key: nextMessageKey(message) });
      onClose(true);
    } catch (e) {
      if (e instanceof DutyInvalidError) {
        setErrors(fieldErrors(t, e.issues));
        focus.firstInvalid();
      } else {
        setErrors({});
        setRefusal(errorMessage(t, e));
      }
    }
  };
  submitRef.current = submit;
  return (
    <Dialog open={open} width={820} title={t('deposit.batchTitle', { count: dossiers.length })} onCancel={() => onClose(false)} typed={typed} onOk={() => void submit()} okText={t('deposit.confirmBatch')} okButtonProps={{ 'data-testid': 'confirm-batch' } as never} destroyOnHidden
      // Its buttons stay in sight at 700 px high: the form scrolls inside the dialog (they were below the fold).
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto' } }}>
      {refusal && <Alert type="error" showIcon title={refusal} data-testid="batch-refusal" style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">{t('deposit.batchHelp')}</Typography.Paragraph>
      <div ref={focus.root} onKeyDownCapture={enter.onKeyDownCapture}>
        <Form layout="vertical" component="div" data-testid="batch-form">
          <Row gutter={12}>
            {/* Wide enough that "Ngày giao nhận" stays on one line (at 4 of 24 it wrapped). */}
            {field('name', t('deposit.name'), 14)}
            {field('date', t('deposit.date'), 5)}
            {field('number', t('deposit.number'), 5)}
            {field('basis', t('deposit.basis'), 24, true)}
            <Col xs={24}>
              <Form.Item label={t('deposit.destination')} validateStatus={errors.destination ? 'error' : undefined} help={errors.destination ?? (onward ? t('deposit.destinationOnward') : undefined)} style={{ marginBottom: 8 }}>
                <Radio.Group value={v.destination} onChange={(e) => setDestination(e.target.value as DepositDestination)} data-testid="batch-destination">
                  <Radio value="current" disabled={onward}>{t('deposit.destinationCurrent')}</Radio>
                  <Radio value="historical">{t('deposit.destinationHistorical')}</Radio>
                </Radio.Group>
              </Form.Item>
            </Col>
            {field('giverUnit', t('deposit.giverUnit'), 8)}
            {field('giverName', t('deposit.giverName'), 8)}
            {field('giverPosition', t('deposit.giverPosition'), 8)}
            {field('receiverArchive', t('deposit.receiverArchive'), 8)}
            {field('receiverName', t('deposit.receiverName'), 8)}
            {field('receiverPosition', t('deposit.receiverPosition'), 8)}
            {field('condition', t('deposit.condition'), 24)}
          </Row>
        </Form>
      </div>
    </Dialog>
  );
}
