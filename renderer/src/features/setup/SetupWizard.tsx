/**
 * First-run setup: the office describes itself (unit profile), its first fonds and
 * the first operator. What is typed is kept as a draft until setup is finished. Each step
 * starts with the cursor in its first field; the examples shown follow the chosen level.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Select, Space, Steps, Typography } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { useTranslation } from 'react-i18next';
import { UNIT_LEVELS, UNIT_PROFILE_KEYS, cleanUnitInput, isCommuneLevel, proposedFondsName, proposedFondsStartYear, validateSetup, type SetupInput, type UnitLevel } from '../../core/unit';
import type { FieldIssue } from '../../core/errors';
import { useDb } from '../../db/context';
import { completeSetup } from '../../db/repositories/unit-repository';
import { useDraft } from '../../hooks/useDraft';
import { errorMessage, issueMessage } from '../../i18n';

export type SetupFormValues = {
  level: UnitLevel;
  name: string;
  shortName: string;
  adminCode: string;
  legacyAdminCode: string;
  agencyId: string;
  parentName: string;
  fondsName: string;
  fondsNumber: string;
  fondsStartYear: number;
  operatorName: string;
  operatorPosition: string;
};

/** The field that takes the cursor when a step is shown (the review step: the finish button). */
const FIRST_OF_STEP: readonly (keyof SetupFormValues | undefined)[] = ['name', 'fondsName', undefined];

const STEP_FIELDS: readonly (readonly (keyof SetupFormValues)[])[] = [
  UNIT_PROFILE_KEYS,
  ['fondsName', 'fondsNumber', 'fondsStartYear', 'operatorName', 'operatorPosition'],
  [],
];

function toInput(v: SetupFormValues): SetupInput {
  return cleanUnitInput({
    unit: {
      level: v.level,
      name: v.name ?? '',
      shortName: v.shortName ?? '',
      adminCode: v.adminCode ?? '',
      legacyAdminCode: v.legacyAdminCode ?? '',
      agencyId: v.agencyId ?? '',
      parentName: v.parentName ?? '',
    },
    fonds: { name: v.fondsName ?? '', number: v.fondsNumber ?? '', startYear: Number(v.fondsStartYear) },
    operator: { name: v.operatorName ?? '', position: v.operatorPosition ?? '' },
  });
}

export function SetupWizard() {
  const { t } = useTranslation();
  const db = useDb();
  const year = new Date().getFullYear();
  const initial = useMemo<SetupFormValues>(
    () => ({
      level: 'commune',
      name: '',
      shortName: '',
      adminCode: '',
      legacyAdminCode: '',
      agencyId: '',
      parentName: '',
      fondsName: '',
      fondsNumber: '',
      fondsStartYear: proposedFondsStartYear('commune', year),
      operatorName: '',
      operatorPosition: '',
    }),
    [year],
  );
  const draft = useDraft<SetupFormValues & { step?: number }>('setup', initial);
  const [form] = Form.useForm<SetupFormValues>();
  const { message } = App.useApp();
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const submitRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  /** What the fonds step was last opened with (proposed, not typed). */
  const lastProposal = useRef<{ name?: string; year?: number }>({});
  const level: UnitLevel = Form.useWatch('level', form) ?? draft.value.level ?? 'commune';
  const example = (field: 'name' | 'shortName' | 'parentName' | 'fondsName' | 'operatorPosition') => t(`setup.examples.${level}.${field}`);

  // A step that appears hides the one that had the focus: put the cursor in its first field —
  // unless the person is already in a field of this step (on a slow start the form can be used
  // before this runs: taking the focus then closed the level list they had just opened, and the
  // level they picked in it was lost).
  useEffect(() => {
    const active = document.activeElement;
    const typing = active instanceof HTMLElement && active.matches('input, textarea, [role=combobox]') && active.offsetParent !== null;
    if (typing && document.getElementById('setup')?.contains(active)) return;
    const first = FIRST_OF_STEP[step];
    // On opening, the page stays at its top: the choices above the form (restore from a backup,
    // try a sample) are the first thing to see on a reinstalled PC; the cursor waits in the field.
    const preventScroll = !opened.current;
    opened.current = true;
    const field = first ? document.getElementById(`setup_${first}`) : null;
    if (field) field.focus({ preventScroll });
    else submitRef.current?.focus({ preventScroll });
    // A fonds name the step opened with as proposed is selected: typing replaces it.
    if (field instanceof HTMLInputElement && field.value !== '' && field.value === lastProposal.current.name) field.select();
  }, [step]);

  // A draft found (and nothing typed meanwhile, see useDraft) fills the form and its step.
  // None found: the form keeps what it has; setting it again from a render's copy could
  // undo a field typed since, or send the person back a step.
  useEffect(() => {
    if (draft.restored !== 'restored') return;
    form.setFieldsValue(draft.value);
    setStep(draft.value.step ?? 0);
  }, [draft.restored]);

  const showIssues = (issues: FieldIssue[], only?: readonly string[]) => {
    const relevant = only ? issues.filter((i) => only.includes(i.field)) : issues;
    const names = only ?? STEP_FIELDS.flat();
    form.setFields(
      names.map((name) => ({
        name: name as keyof SetupFormValues,
        errors: relevant.filter((i) => i.field === name).map((i) => issueMessage(t, i)),
      })),
    );
    // The cursor goes to the first field marked, in the form's order, brought into sight: Enter in the last field left it
    // there, the summary of what to correct above the window's top.
    const first = names.find((name) => relevant.some((i) => i.field === name));
    if (first) form.scrollToField(first as keyof SetupFormValues, { block: 'center', focus: true });
    return relevant;
  };

  const values = (): SetupFormValues => ({ ...draft.value, ...form.getFieldsValue(true) });

  const goNext = () => {
    const v = values();
    const issues = validateSetup(toInput(v), year);
    const stepIssues = showIssues(issues, STEP_FIELDS[step]);
    if (stepIssues.length > 0) {
      setError(t('errors.setup.invalid', { count: stepIssues.length }));
      return;
    }
    setError(undefined);
    const next = step + 1;
    // The fonds step opens with what follows from the unit: its fonds's name, and a commune's start year (the reform's),
    // unless the person wrote them already — the name selected, so typing replaces it.
    // A proposal still as it was made follows a unit corrected since; a value typed, or read back from the draft, stays.
    const proposed: Partial<SetupFormValues> = {};
    const name = (v.fondsName ?? '').trim();
    if (step === 0 && (name === '' || name === lastProposal.current.name)) proposed.fondsName = proposedFondsName(v.level, v.shortName ?? '', v.name ?? '');
    if (step === 0 && !form.isFieldTouched('fondsStartYear') && [initial.fondsStartYear, lastProposal.current.year].includes(Number(v.fondsStartYear))) proposed.fondsStartYear = proposedFondsStartYear(v.level, year);
    lastProposal.current = { name: proposed.fondsName ?? lastProposal.current.name, year: proposed.fondsStartYear ?? lastProposal.current.year };
    if (Object.keys(proposed).length > 0) form.setFieldsValue(proposed);
    setStep(next);
    draft.update({ ...v, ...proposed, step: next });
  };

  const goBack = () => {
    const prev = Math.max(0, step - 1);
    setStep(prev);
    draft.update({ ...values(), step: prev });
  };

  const finish = async () => {
    const v = values();
    const input = toInput(v);
    const issues = validateSetup(input, year);
    if (issues.length > 0) {
      showIssues(issues);
      setError(t('errors.setup.invalid', { count: issues.length }));
      return;
    }
    setBusy(true);
    try {
      await completeSetup(db, input);
      await draft.discard();
      void navigator.storage?.persist?.();
      void message.success(t('setup.done'));
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const review = toInput(values());

  return (
    <div className="setup-page">
      <Card className="setup-card">
        <Typography.Title level={3}>{t('setup.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
        <Steps
          current={step}
          size="small"
          items={[{ title: t('setup.stepUnit') }, { title: `${t('setup.stepFonds')} · ${t('setup.stepOperator')}` }, { title: t('setup.stepReview') }]}
          style={{ marginBottom: 24 }}
        />
        {draft.restored === 'restored' && <Alert type="info" showIcon title={t('common.draftRestored')} style={{ marginBottom: 16 }} />}
        {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} data-testid="setup-error" />}
        <Form
          form={form}
          name="setup"
          layout="vertical"
          initialValues={initial}
          onValuesChange={(_, all) => draft.update({ ...draft.value, ...all, step })}
          onFinish={step === 2 ? finish : goNext}
          requiredMark
        >
          <div hidden={step !== 0}>
            <Form.Item name="level" label={t('setup.level')} required>
              <Select options={UNIT_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
            </Form.Item>
            <Form.Item name="name" label={t('setup.name')} required>
              <Input placeholder={example('name')} />
            </Form.Item>
            <Form.Item name="shortName" label={t('setup.shortName')}>
              <Input placeholder={example('shortName')} />
            </Form.Item>
            <Space wrap size="large" style={{ display: 'flex' }}>
              <Form.Item name="adminCode" label={t('setup.adminCode')} extra={t('setup.adminCodeHelp')} required>
                <Input inputMode="numeric" style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name="legacyAdminCode" label={t('setup.legacyAdminCode')} extra={t('setup.legacyAdminCodeHelp')}>
                <Input inputMode="numeric" style={{ width: 200 }} />
              </Form.Item>
            </Space>
            <Form.Item name="agencyId" label={t('setup.agencyId')} extra={t('setup.agencyIdHelp')}>
              <Input />
            </Form.Item>
            <Form.Item name="parentName" label={t('setup.parentName')}>
              <Input placeholder={example('parentName')} />
            </Form.Item>
          </div>
          <div hidden={step !== 1}>
            <Form.Item name="fondsName" label={t('setup.fondsName')} required>
              <Input placeholder={example('fondsName')} />
            </Form.Item>
            {/* Top-aligned: the help under "Phông số" made the two labels sit at different heights. */}
            <Space wrap size="large" align="start" style={{ display: 'flex' }}>
              <Form.Item name="fondsNumber" label={t('setup.fondsNumber')} extra={t('setup.fondsNumberHelp')}>
                <Input style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name="fondsStartYear" label={t('setup.fondsStartYear')} extra={isCommuneLevel(level) ? t('setup.fondsStartYearHelp') : undefined} required>
                <NumberInput report="raw" min={1945} max={year} style={{ width: 200 }} />
              </Form.Item>
            </Space>
            <Form.Item name="operatorName" label={t('setup.operatorName')} extra={t('setup.operatorHelp')} required>
              <Input placeholder={t('setup.operatorNamePlaceholder')} />
            </Form.Item>
            <Form.Item name="operatorPosition" label={t('setup.operatorPosition')}>
              <Input placeholder={example('operatorPosition')} />
            </Form.Item>
          </div>
          {step === 2 && (
            <>
              <Typography.Paragraph>{t('setup.review')}</Typography.Paragraph>
              <Descriptions bordered column={1} size="small" data-testid="setup-review">
                <Descriptions.Item label={t('setup.level')}>{t(`level.${review.unit.level}`)}</Descriptions.Item>
                <Descriptions.Item label={t('setup.name')}>{review.unit.name}</Descriptions.Item>
                <Descriptions.Item label={t('setup.shortName')}>{review.unit.shortName || t('common.none')}</Descriptions.Item>
                <Descriptions.Item label={t('setup.adminCode')}>{review.unit.adminCode}</Descriptions.Item>
                <Descriptions.Item label={t('setup.legacyAdminCode')}>{review.unit.legacyAdminCode || t('common.none')}</Descriptions.Item>
                <Descriptions.Item label={t('setup.agencyId')}>{review.unit.agencyId || t('common.none')}</Descriptions.Item>
                <Descriptions.Item label={t('setup.parentName')}>{review.unit.parentName || t('common.none')}</Descriptions.Item>
                <Descriptions.Item label={t('setup.fondsName')}>{review.fonds.name}</Descriptions.Item>
                <Descriptions.Item label={t('setup.fondsNumber')}>{review.fonds.number || t('common.none')}</Descriptions.Item>
                <Descriptions.Item label={t('setup.fondsStartYear')}>{review.fonds.startYear}</Descriptions.Item>
                <Descriptions.Item label={t('setup.operatorName')}>
                  {review.operator.name}
                  {review.operator.position ? ` — ${review.operator.position}` : ''}
                </Descriptions.Item>
              </Descriptions>
            </>
          )}
          <Space style={{ marginTop: 24 }}>
            {step > 0 && <Button onClick={goBack}>{t('common.back')}</Button>}
            <Button type="primary" htmlType="submit" loading={busy} data-testid="setup-submit" ref={submitRef}>
              {step === 2 ? t('setup.finish') : t('common.next')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
