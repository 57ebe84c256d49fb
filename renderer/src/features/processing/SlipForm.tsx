/**
 * Typing description slips (phiếu tin) from the keyboard — an archivist types hundreds a day.
 * The temporary number is given on saving; the heading is picked by typing its number ("II.3"),
 * code or words (marks ignored); the period is typed as written ("3/1998 - 12/1999"); Enter
 * saves and starts the next slip, keeping heading, retention, language, access and condition.
 * The same form corrects a slip. A draft keeps what was typed across a reload.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { App, AutoComplete, Button, Checkbox, Col, Input, Row, Select, Space, Typography } from 'antd';
import type { InputRef } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { RETENTION_SUGGESTIONS } from '../../core/dossiers/rules';
import type { Dossier, ProcessingJob } from '../../core/dossiers/types';
import { isoDate } from '../../core/format';
import { foldText } from '../../core/text';
import { entryName, matchNodes } from '../../core/processing/scheme';
import { DISCARD_REASONS } from '../../core/processing/types';
import { useDb, useSession } from '../../db/context';
import { DossierInvalidError } from '../../db/repositories/dossier-repository';
import { nextTempNumber, saveSlip } from '../../db/repositories/slip-repository';
import { useDraft } from '../../hooks/useDraft';
import { errorMessage, fieldErrors } from '../../i18n';
import { Field, FormFrame, SuggestInput, useEnterToSave } from '../registers/entry-inputs';
import { useFocusAfterSave } from '../../hooks/useFocusAfterSave';
import { FieldCell, type CellRule } from '../registers/EntryFields';
import { classLabel, emptySlipForm, mergeIssues, nextSlipForm, retentionOnPick, settledForm, slipFormOf, slipInputOf, type SlipFormState } from './slip-form-state';

type SlipFormProps = { job: ProcessingJob; editing?: Dossier; onSaved?: (d: Dossier) => void };

/** The slip's one-line fields, as memoised cells (a key typed elsewhere on the slip does not draw them). */
const CELLS = {
  period: { key: 'period', input: 'text', span: [12, 6] },
  sheets: { key: 'sheets', input: 'count', span: [8, 3] },
  autographs: { key: 'autographs', input: 'text', span: [16, 5] },
  language: { key: 'language', input: 'text', span: [12, 5] },
  condition: { key: 'condition', input: 'text', span: [12, 5] },
  annotation: { key: 'annotation', input: 'text', span: [12, 9] },
  note: { key: 'note', input: 'text', span: [24, 10] },
  discardBundle: { key: 'discardBundle', input: 'count', span: [8, 4] },
} as const satisfies Record<string, CellRule>;

/** A reason is picked from the keyboard by typing part of it, with or without its diacritics ("trung" finds "Trùng lặp"). */
const foldedLabelMatch = (typed: string, option?: { label?: string }) => foldText(option?.label ?? '').includes(foldText(typed));

/** A label line with nothing in it (a no-break space keeps its height; an element, so no empty tooltip on hover). */
const NO_LABEL = <span aria-hidden="true">{'\u00a0'}</span>;

/**
 * The key of a save's refusal message: a slip saved after it closes it (it stayed beside the success).
 * Successes open without it — one updated in place while the last was closing was never shown.
 */
const SAVE_MESSAGE = 'slip-save';

export function SlipForm(props: SlipFormProps) {
  return (
    <FormFrame testId={props.editing ? 'slip-edit-form' : 'slip-form'}>
      <SlipFormBody {...props} />
    </FormFrame>
  );
}

function SlipFormBody({ job, editing, onSaved }: SlipFormProps) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const scheme = useMemo(() => job.scheme ?? [], [job.scheme]);
  const initial = useMemo(() => (editing ? slipFormOf(editing, scheme) : emptySlipForm()), [editing, scheme]);
  const draft = useDraft<SlipFormState>(editing ? `slip-edit:${editing.id}` : `slip-entry:${job.id}`, initial);
  const v = draft.value;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const focus = useFocusAfterSave();
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const classRef = useRef<InputRef>(null);
  const titleRef = useRef<InputRef>(null);
  const next = useLiveQuery(() => nextTempNumber(db, job.id), [db, job.id]);
  const { patch, read } = draft;
  // Stable across renders (the draft's patch is): the one-line fields are memoised on it.
  const set = useCallback(<K extends keyof SlipFormState>(k: K, value: SlipFormState[K]) => patch({ [k]: value } as Partial<SlipFormState>), [patch]);
  // Options carry the heading's label as their value (what the field shows once picked).
  const classOptions = useMemo(() => matchNodes(scheme, v.classId && classLabel(scheme, v.classId) === v.classText ? '' : v.classText, 30).map((e) => ({ value: entryName(e), id: e.node.id })), [scheme, v.classText, v.classId]);

  const pickClass = useCallback((id: string) => {
    patch({ classId: id, classText: classLabel(scheme, id), ...retentionOnPick(scheme, read(), id) });
  }, [scheme, read, patch]);
  /** On leaving the heading field, a typed number or code that names one heading becomes it. */
  const settleClass = useCallback(() => {
    const cur = read();
    const settled = settledForm(scheme, cur);
    if (settled !== cur) patch({ classId: settled.classId, classText: settled.classText, retention: settled.retention, retentionFrom: settled.retentionFrom ?? '' });
  }, [scheme, read, patch]);
  const typeClass = useCallback((x: string) => {
    if (classLabel(scheme, read().classId) !== x) patch({ classText: x, classId: '' });
  }, [scheme, read, patch]);
  // Typed by the clerk: no longer a heading's suggestion, so a heading picked later keeps it.
  const setRetention = useCallback((x: string) => patch({ retention: x, retentionFrom: '' }), [patch]);
  const setText = set as (key: string, value: string) => void;
  const periodExtra = useMemo(() => ({ placeholder: t('processing.periodPlaceholder') }), [t]);
  // The heading and retention lists (antd's AutoComplete, the heaviest fields) drawn again only when theirs change.
  const classField = useMemo(() => (
    <Col xs={24} md={10}>
      <Field label={t('processing.classId')} error={errors.classId}>
        <AutoComplete
          id="s-class"
          value={v.classText}
          options={classOptions}
          onChange={typeClass}
          onSelect={(_: string, option: { id: string }) => pickClass(option.id)}
          onBlur={settleClass}
          defaultActiveFirstOption={false}
          style={{ width: '100%' }}
        >
          <Input ref={classRef} aria-label={t('processing.classId')} autoComplete="off" />
        </AutoComplete>
      </Field>
    </Col>
  ), [t, errors.classId, v.classText, classOptions, typeClass, pickClass, settleClass]);
  const retentionField = useMemo(() => (
    <Col xs={12} md={5}><Field label={t('processing.retention')} error={errors.retention}><SuggestInput id="s-retention" ariaLabel={t('processing.retention')} value={v.retention} onChange={setRetention} options={RETENTION_SUGGESTIONS} /></Field></Col>
  ), [t, errors.retention, v.retention, setRetention]);

  const save = useCallback(async () => {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    const today = isoDate(new Date());
    const cur = settledForm(scheme, draft.read());
    const { input, issues } = slipInputOf(cur, scheme, today);
    let started: { written: () => void; refused: () => void } | undefined;
    try {
      if (issues.length > 0) throw new DossierInvalidError(issues);
      if (!editing) {
        // The next slip starts now, not once the save is written (tens to hundreds of ms): what the
        // clerk types meanwhile goes into its title. It went into the field Enter was pressed in and
        // was wiped — and a Tab typed there reached the list, where the next Enter opened a saved slip.
        started = draft.startNext(nextSlipForm(cur), cur);
        titleRef.current?.focus();
      }
      const saved = await saveSlip(db, session, job.id, input, today, editing?.id).catch((e: unknown) => {
        if (e instanceof DossierInvalidError) throw new DossierInvalidError(mergeIssues(issues, e.issues));
        throw e;
      });
      setErrors({});
      if (editing) {
        await draft.discard();
        message.destroy(SAVE_MESSAGE);
        void message.success(t('processing.slipUpdated', { number: saved.tempNumber }));
      } else {
        started?.written();
        message.destroy(SAVE_MESSAGE);
        void message.success({ content: t('processing.slipSaved', { number: saved.tempNumber }), duration: 1.5 });
      }
      onSaved?.(saved);
    } catch (e) {
      // Refused after the next slip was started: the refused one comes back to be corrected.
      started?.refused();
      if (e instanceof DossierInvalidError) {
        const map = fieldErrors(t, e.issues);
        setErrors(map);
        // The cursor goes to the first field marked (it stayed where Enter was pressed, on a kept value the next key typed over).
        focus.firstInvalid();
        void message.error({ content: t('processing.slipInvalid', { count: Object.keys(map).length }), key: SAVE_MESSAGE });
      } else void message.error({ content: errorMessage(t, e), key: SAVE_MESSAGE });
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  }, [draft, scheme, db, session, job.id, editing, message, t, onSaved, focus]);
  const enter = useEnterToSave(() => void save());

  return (
    <div ref={focus.root} onKeyDownCapture={enter.onKeyDownCapture}>
      <Space style={{ marginBottom: 6 }} wrap>
        <Typography.Text strong data-testid="slip-number">{editing ? t('processing.slipNumber', { number: editing.tempNumber }) : t('processing.slipNext', { number: next ?? '…' })}</Typography.Text>
        {!editing && <Typography.Text type="secondary">{t('processing.slipHelp')}</Typography.Text>}
      </Space>
      <Row gutter={12}>
        {classField}
        <Col xs={24} md={14}>
          <Field label={t('processing.slipTitle')} error={errors.title}>
            <Input.TextArea id="s-title" aria-label={t('processing.slipTitle')} ref={titleRef as never} value={v.title} onChange={(e) => set('title', e.target.value)} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Field>
        </Col>
      </Row>
      <Row gutter={12}>
        <FieldCell rule={CELLS.period} idPrefix="s-" label={t('processing.period')} value={v.period} error={errors.period} onChange={setText} extra={periodExtra} />
        {retentionField}
        <FieldCell rule={CELLS.sheets} idPrefix="s-" label={t('processing.sheets')} value={v.sheets} error={errors.sheetCount} onChange={setText} />
        <FieldCell rule={CELLS.autographs} idPrefix="s-" label={t('processing.autographs')} value={v.autographs} error={errors.autographs} onChange={setText} />
        <FieldCell rule={CELLS.language} idPrefix="s-" label={t('processing.language')} value={v.language} error={errors.language} onChange={setText} />
      </Row>
      <Row gutter={12}>
        <FieldCell rule={CELLS.condition} idPrefix="s-" label={t('processing.condition')} value={v.condition} error={errors.condition} onChange={setText} />
        <FieldCell rule={CELLS.annotation} idPrefix="s-" label={t('processing.annotation')} value={v.annotation} error={errors.annotation} onChange={setText} />
        <FieldCell rule={CELLS.note} idPrefix="s-" label={t('processing.note')} value={v.note} error={errors.note} onChange={setText} />
      </Row>
      {/* Top-aligned, the boxes on the fields' input line (under an empty label): an error under the
          reason or ticking "Loại ra" moves nothing already on screen. */}
      <Row gutter={12}>
        <Col xs={24} md={6}><Field label={NO_LABEL}><Checkbox id="s-restricted" checked={v.restricted} onChange={(e) => set('restricted', e.target.checked)}>{t('processing.restricted')}</Checkbox></Field></Col>
        <Col xs={24} md={6}><Field label={NO_LABEL}><Checkbox id="s-discard" checked={v.discard} onChange={(e) => set('discard', e.target.checked)} data-testid="slip-discard">{t('processing.discard')}</Checkbox></Field></Col>
        {v.discard && (
          <>
            <Col xs={16} md={8}>
              <Field label={t('processing.discardReason')} error={errors.discardReason}>
                <Select id="s-discardReason" aria-label={t('processing.discardReason')} value={v.discardReason || undefined} onChange={(x) => set('discardReason', x)} options={DISCARD_REASONS.map((r) => ({ value: r, label: t(`processing.reason_${r}`) }))} showSearch={{ filterOption: foldedLabelMatch }} data-testid="slip-discard-reason" />
              </Field>
            </Col>
            <FieldCell rule={CELLS.discardBundle} idPrefix="s-" label={t('processing.discardBundle')} value={v.discardBundle} error={errors.discardBundle} onChange={setText} />
          </>
        )}
      </Row>
      {errors.fondsId && <Typography.Text type="danger">{errors.fondsId}</Typography.Text>}
      <Space style={{ marginTop: 8 }}>
        <Button type="primary" onClick={() => void save()} loading={saving} data-testid={editing ? 'save-slip-edit' : 'save-slip'}>{t('processing.saveSlip')}</Button>
        {!editing && <Button onClick={() => { draft.update(emptySlipForm()); setErrors({}); classRef.current?.focus(); }}>{t('processing.clearSlip')}</Button>}
      </Space>
    </div>
  );
}
