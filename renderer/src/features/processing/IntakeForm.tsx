/**
 * Intake of a batch of backlog paper (TT 16/2023 step 1): when, how many metres, bundles and
 * boxes, in what condition, from where, handed over by whom and received by whom. Saving the
 * first intake opens the job; Enter saves from any field. The handover record prints from here.
 */
import { useEffect, useState } from 'react';
import { Button, Col, Input, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDecimal, isoDate, parseDecimal, typedCount } from '../../core/format';
import type { ProcessingJob, ProcessingJobFields } from '../../core/dossiers/types';
import { parseTypedDate } from '../../core/typed-date';
import { useDb, useSession } from '../../db/context';
import { saveJob } from '../../db/repositories/processing-repository';
import { operatorNamed } from '../../db/repositories/unit-repository';
import { DossierInvalidError } from '../../db/repositories/dossier-repository';
import { validateJob } from '../../core/processing/job';
import { JOB_REQUIRED_FIELDS } from '../../core/dossiers/rules';
import { DateInput, Field, FormFrame, useEnterToSave } from '../registers/entry-inputs';
import { useAction } from './useAction';
import { withoutErrors } from '../../hooks/usePatchClearingErrors';


type Values = { name: string; intakeDate: string; receivedMetres: string; receivedBundles: string; receivedBoxes: string; intakeCondition: string; receivedFrom: string; handedOverBy: string; handedOverRole: string; receivedBy: string; receivedByRole: string };

function valuesOf(job: ProcessingJob | undefined, operator: string, language: string): Values {
  return {
    name: job?.name ?? '',
    // What the final report will print as the start (the job's start date when no intake was recorded); today for a new job.
    intakeDate: formatDate(job?.intakeDate ?? job?.startDate ?? isoDate(new Date())),
    receivedMetres: job ? formatDecimal(job.receivedMetres, language) : '',
    receivedBundles: job?.receivedBundles !== undefined ? String(job.receivedBundles) : '',
    receivedBoxes: job?.receivedBoxes !== undefined ? String(job.receivedBoxes) : '',
    intakeCondition: job?.intakeCondition ?? '',
    receivedFrom: job?.receivedFrom ?? '',
    handedOverBy: job?.handedOverBy ?? '',
    handedOverRole: job?.handedOverRole ?? '',
    receivedBy: job?.receivedBy ?? operator,
    receivedByRole: job?.receivedByRole ?? '',
  };
}


type IntakeFormProps = { fondsId: string; job?: ProcessingJob; onSaved?: (j: ProcessingJob) => void; readOnly?: boolean; extra?: React.ReactNode };

export function IntakeForm(props: IntakeFormProps) {
  return (
    <FormFrame testId="intake-form">
      <IntakeFormBody {...props} />
    </FormFrame>
  );
}

function IntakeFormBody({ fondsId, job, onSaved, readOnly = false, extra }: IntakeFormProps) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const session = useSession();
  const [v, setV] = useState<Values>(() => valuesOf(job, session.operator, i18n.language));
  // A new job's receiver is the person using the app: their role too, as given at setup (it was left to type,
  // and the handover after processing printed "Chức vụ: ……"). Never over what was typed meanwhile.
  useEffect(() => {
    if (job) return;
    let gone = false;
    void operatorNamed(db, session.unitId, session.operator).then((op) => {
      const role = op?.position ?? '';
      if (!gone && role) setV((cur) => (cur.receivedByRole || cur.receivedBy !== session.operator ? cur : { ...cur, receivedByRole: role }));
    });
    return () => {
      gone = true;
    };
  }, [db, job, session.unitId, session.operator]);
  const { run, busy, errors, setErrors } = useAction();
  // From the newest values (not this render's copy): a date tidied on leaving its field and the next key land together.
  // A field's red mark goes as its value changes (a stale "Chưa có ngày tiếp nhận" stayed under the date typed since), as in the other forms.
  const change = (k: keyof Values, value: string) => {
    setV((cur) => ({ ...cur, [k]: value }));
    setErrors(withoutErrors([k]));
  };
  const set = (k: keyof Values) => (e: { target: { value: string } }) => change(k, e.target.value);
  const save = async () => {
    const today = isoDate(new Date());
    const base: Partial<ProcessingJobFields> = job ? { ...job } : { processedMetres: 0, discardedMetres: 0, status: 'open', note: '' };
    const fields: Record<string, unknown> = {
      ...base,
      unitId: session.unitId,
      fondsId,
      name: v.name,
      intakeDate: v.intakeDate.trim() ? (parseTypedDate(v.intakeDate, new Date().getFullYear()) ?? v.intakeDate) : undefined,
      receivedMetres: parseDecimal(v.receivedMetres) ?? -1,
      receivedBundles: typedCount(v.receivedBundles),
      receivedBoxes: typedCount(v.receivedBoxes),
      intakeCondition: v.intakeCondition,
      receivedFrom: v.receivedFrom,
      handedOverBy: v.handedOverBy,
      handedOverRole: v.handedOverRole,
      receivedBy: v.receivedBy,
      receivedByRole: v.receivedByRole,
    };
    for (const k of ['id', 'origin', 'clock', 'deleted', 'changedBy', 'deletedReason']) delete fields[k];
    for (const k of Object.keys(fields)) if (fields[k] === undefined) delete fields[k];
    // An empty figure is said to be missing (not out of range), with whatever else is wrong; so is an
    // emptied date (it was left out of the save, which kept the old one and said "saved").
    const missing = [
      ...(!v.receivedMetres.trim() ? [{ field: 'receivedMetres', code: 'job.metresRequired' }] : []),
      ...(!v.intakeDate.trim() ? [{ field: 'intakeDate', code: 'job.intakeDateRequired' }] : []),
    ];
    const saved = await run(
      () =>
        missing.length > 0
          ? Promise.reject(new DossierInvalidError([...missing, ...validateJob({ ...(fields as ProcessingJobFields), ...(v.receivedMetres.trim() ? {} : { receivedMetres: 0 }) }, today).filter((i) => !missing.some((m) => m.field === i.field))]))
          : saveJob(db, session, fields as ProcessingJobFields, today, job?.id),
      (j) => (job ? t('processing.intakeSaved') : t('processing.jobCreated', { name: j.name })),
    );
    if (saved) onSaved?.(saved);
  };
  const enter = useEnterToSave(() => void save());
  const input = (k: keyof Values, label: string, props: Record<string, unknown> = {}) => (
    // The name and the metres received must be typed: marked, as the slip form's are (they were not).
    <Field label={label} error={errors[k]} required={JOB_REQUIRED_FIELDS.has(k)}>
      <Input id={`j-${k}`} aria-label={label} aria-required={JOB_REQUIRED_FIELDS.has(k) || undefined} value={v[k]} onChange={set(k)} autoComplete="off" disabled={readOnly} {...props} />
    </Field>
  );
  return (
    <div onKeyDownCapture={enter.onKeyDownCapture}>
      <Row gutter={12}>
        <Col xs={24} md={12}>{input('name', t('processing.jobName'), { placeholder: t('processing.jobNamePlaceholder') })}</Col>
        <Col xs={12} md={6}>
          <Field label={t('processing.intakeDate')} error={errors.intakeDate} required>
            <DateInput id="j-intakeDate" ariaLabel={t('processing.intakeDate')} value={v.intakeDate} onChange={(x) => change('intakeDate', x)} year={new Date().getFullYear()} required />
          </Field>
        </Col>
        <Col xs={12} md={6}>{input('receivedMetres', t('processing.receivedMetres'), { inputMode: 'decimal', suffix: 'm' })}</Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} md={4}>{input('receivedBundles', t('processing.receivedBundles'), { inputMode: 'numeric' })}</Col>
        <Col xs={12} md={4}>{input('receivedBoxes', t('processing.receivedBoxes'), { inputMode: 'numeric' })}</Col>
        <Col xs={24} md={8}>{input('receivedFrom', t('processing.receivedFrom'))}</Col>
        <Col xs={24} md={8}>{input('intakeCondition', t('processing.intakeCondition'))}</Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} md={6}>{input('handedOverBy', t('processing.handedOverBy'))}</Col>
        <Col xs={12} md={6}>{input('handedOverRole', t('processing.handedOverRole'))}</Col>
        <Col xs={12} md={6}>{input('receivedBy', t('processing.receivedBy'))}</Col>
        <Col xs={12} md={6}>{input('receivedByRole', t('processing.receivedByRole'))}</Col>
      </Row>
      <Space wrap>
        {!readOnly && <Button type="primary" loading={busy} onClick={() => void save()} data-testid="save-intake">{t('processing.saveIntake')}</Button>}
        {extra}
      </Space>
    </div>
  );
}
