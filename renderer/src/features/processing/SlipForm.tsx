/**
 * Typing description slips (phiếu tin) from the keyboard — an archivist types hundreds a day.
 * The temporary number is given on saving; the heading is picked by typing its number ("II.3"),
 * code or words (marks ignored); the period is typed as written ("3/1998 - 12/1999"); Enter
 * saves and starts the next slip, keeping heading, retention, language, access and condition.
 * The same form corrects a slip. A draft keeps what was typed across a reload.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { App, AutoComplete, Button, Checkbox, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import type { InputRef } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { RETENTION_SUGGESTIONS } from '../../core/dossiers/rules';
import type { Dossier, ProcessingJob } from '../../core/dossiers/types';
import { isoDate } from '../../core/format';
import { entryName, matchNodes } from '../../core/processing/scheme';
import { DISCARD_REASONS } from '../../core/processing/types';
import { useDb, useSession } from '../../db/context';
import { DossierInvalidError } from '../../db/repositories/dossier-repository';
import { getSlip, nextTempNumber, saveSlip } from '../../db/repositories/slip-repository';
import { useDraft } from '../../hooks/useDraft';
import { useResumedDraft } from '../../hooks/useResumedDraft';
import { errorMessage, fieldErrors } from '../../i18n';
import { Field, FormFrame, ResumedNote, SuggestInput, UnsavedNote, useEnterToSave } from '../registers/entry-inputs';
import { useFocusAfterSave } from '../../hooks/useFocusAfterSave';
import { personBusyInField } from '../../components/focus';
import { usePatchClearingErrors } from '../../hooks/usePatchClearingErrors';
import { foldedLabelMatch } from '../../components/folded-match';
import { FieldCell, type CellRule } from '../registers/EntryFields';
import { classLabel, emptySlipForm, holdsSlipTyping, lastSlipSummary, nextSlipForm, retentionOnPick, settledForm, slipFormOf, slipInputOf, type SlipFormState } from './slip-form-state';

type SlipFormProps = {
  job: ProcessingJob;
  editing?: Dossier;
  onSaved?: (d: Dossier) => void;
  /** Opens a saved slip to correct it (the last one saved, from the line naming it). */
  onOpen?: (d: Dossier) => void;
};

/** The slip's one-line fields, as memoised cells (a key typed elsewhere on the slip does not draw them). */
const CELLS = {
  period: { key: 'period', input: 'text', span: [12, 6], required: true },
  sheets: { key: 'sheets', input: 'count', span: [8, 3] },
  autographs: { key: 'autographs', input: 'text', span: [16, 5] },
  language: { key: 'language', input: 'text', span: [12, 5] },
  condition: { key: 'condition', input: 'text', span: [12, 5] },
  annotation: { key: 'annotation', input: 'text', span: [12, 9] },
  note: { key: 'note', input: 'text', span: [24, 10] },
} as const satisfies Record<string, CellRule>;


/** The error a slip field carries: the heading's box and the sheets' are named by the slip's fields they fill. */
const slipErrorKey = (field: string) => (field === 'classText' ? 'classId' : field === 'sheets' ? 'sheetCount' : field);

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

function SlipFormBody({ job, editing, onSaved, onOpen }: SlipFormProps) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  // The slip saved last from this form, read as it is now (corrected since, or deleted): what the
  // clerk just typed stays in view above the fields — the list below is off the first screen.
  const [lastSavedId, setLastSavedId] = useState<string>();
  const lastSaved = useLiveQuery(async () => (lastSavedId ? ((await getSlip(db, lastSavedId)) ?? null) : null), [db, lastSavedId]);
  const scheme = useMemo(() => job.scheme ?? [], [job.scheme]);
  const initial = useMemo(() => (editing ? slipFormOf(editing, scheme) : emptySlipForm()), [editing, scheme]);
  const draft = useDraft<SlipFormState>(editing ? `slip-edit:${editing.id}` : `slip-entry:${job.id}`, initial);
  const v = draft.value;
  const unsaved = editing !== undefined && (Object.keys(initial) as (keyof SlipFormState)[]).some((k) => v[k] !== initial[k]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const focus = useFocusAfterSave();
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const classRef = useRef<InputRef>(null);
  const titleRef = useRef<InputRef>(null);
  const next = useLiveQuery(() => nextTempNumber(db, job.id), [db, job.id]);
  const { read } = draft;
  // A new slip typed and not saved before the page went away comes back as it was: said beside its buttons (it came
  // back silently, and the next slip's title was typed after its words).
  const { resumed, done: resumedDone } = useResumedDraft(draft, editing !== undefined, holdsSlipTyping);
  const patch = usePatchClearingErrors<SlipFormState>(draft, setErrors, slipErrorKey);
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
  // The picked heading's label coming back from the list is no typing; anything else is (emptying
  // the box included: with nothing picked, '' read as the label of no heading and was refused, so
  // the last letter stayed and became a heading on leaving the box).
  const typeClass = useCallback((x: string) => {
    const cur = read();
    if (!cur.classId || classLabel(scheme, cur.classId) !== x) patch({ classText: x, classId: '' });
  }, [scheme, read, patch]);
  // A new slip's form starts with the cursor in its first field, as the register's and the file plan's do (opening the
  // page left it on the menu: the first keystrokes went nowhere) — unless the clerk is already in a field or a list.
  useEffect(() => {
    if (!editing && !personBusyInField()) classRef.current?.focus({ preventScroll: true });
  }, [editing]);
  // A refusal of the heading said while the job had no scheme (or another) is not left standing once the scheme changes.
  const schemeKey = useMemo(() => JSON.stringify(scheme), [scheme]);
  useEffect(() => setErrors((e) => (e.classId ? (({ classId: _c, ...rest }) => rest)(e) : e)), [schemeKey]);
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
          // Typed, the best heading is highlighted and Enter takes it: a heading is always one of the scheme's (Enter saved
          // the slip, refused for its empty title, and the cursor went on to the title, which the next Tab skipped).
          defaultActiveFirstOption={v.classText.trim() !== '' && !v.classId}
          style={{ width: '100%' }}
        >
          <Input ref={classRef} aria-label={t('processing.classId')} autoComplete="off" placeholder={scheme.length === 0 ? t('processing.classNoScheme') : undefined} />
        </AutoComplete>
      </Field>
    </Col>
  ), [t, errors.classId, v.classText, v.classId, classOptions, typeClass, pickClass, settleClass, scheme.length]);
  const retentionField = useMemo(() => (
    <Col xs={12} md={5}><Field label={t('processing.retention')} error={errors.retention} required><SuggestInput id="s-retention" ariaLabel={t('processing.retention')} required value={v.retention} onChange={setRetention} options={RETENTION_SUGGESTIONS} firstWhenBegun /></Field></Col>
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
      const saved = await saveSlip(db, session, job.id, input, today, editing?.id);
      setErrors({});
      if (editing) {
        // The form shows the slip as stored ("1998 - 1999", "20 năm"), not as typed: it read as a change not saved.
        draft.update(slipFormOf(saved, scheme), { keep: false });
        await draft.discard();
        message.destroy(SAVE_MESSAGE);
        void message.success(t('processing.slipUpdated', { number: saved.tempNumber }));
      } else {
        started?.written();
        resumedDone();
        setLastSavedId(saved.id);
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
        {!editing && !lastSaved && <Typography.Text type="secondary">{t('processing.slipHelp')}</Typography.Text>}
        {!editing && lastSaved && !lastSaved.deleted && (
          <Typography.Text type="secondary" data-testid="slip-last-saved">
            {t('processing.slipLastSaved', { number: lastSaved.tempNumber, what: lastSlipSummary(t, lastSaved) })}{' '}
            {onOpen && <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => onOpen(lastSaved)} data-testid="slip-last-open">{t('processing.slipLastOpen')}</Button>}
          </Typography.Text>
        )}
      </Space>
      <Row gutter={12}>
        {classField}
        <Col xs={24} md={14}>
          <Field label={t('processing.slipTitle')} error={errors.title} required>
            <Input.TextArea id="s-title" aria-label={t('processing.slipTitle')} aria-required ref={titleRef as never} value={v.title} onChange={(e) => set('title', e.target.value)} autoSize={{ minRows: 1, maxRows: 4 }} />
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
      {/* The boxes, the reason and bundle of a paper discarded, and the buttons on one line of a field's
          height (a line of empty labels and one of buttons put the slips below the first screen at
          1366×760). Ticking "Loại ra" adds its two fields on the same line: nothing on screen moves. */}
      <div className="slip-flags">
        <Checkbox id="s-restricted" checked={v.restricted} onChange={(e) => set('restricted', e.target.checked)}>{t('processing.restricted')}</Checkbox>
        <Checkbox id="s-discard" checked={v.discard} onChange={(e) => set('discard', e.target.checked)} data-testid="slip-discard">{t('processing.discard')}</Checkbox>
        {v.discard && (
          <>
            <Form.Item validateStatus={errors.discardReason ? 'error' : undefined} help={errors.discardReason} style={{ width: 270 }}>
              <Select id="s-discardReason" aria-label={t('processing.discardReason')} prefix={`${t('processing.discardReason')}:`} placeholder={t('processing.discardReasonPick')} value={v.discardReason || undefined} onChange={(x) => set('discardReason', x)} options={DISCARD_REASONS.map((r) => ({ value: r, label: t(`processing.reason_${r}`) }))} showSearch={{ filterOption: foldedLabelMatch }} popupMatchSelectWidth={false} data-testid="slip-discard-reason" />
            </Form.Item>
            <Form.Item validateStatus={errors.discardBundle ? 'error' : undefined} help={errors.discardBundle} style={{ width: 120 }}>
              <Input id="s-discardBundle" aria-label={t('processing.discardBundle')} prefix={`${t('processing.discardBundle')}:`} value={v.discardBundle} onChange={(e) => setText('discardBundle', e.target.value)} inputMode="numeric" autoComplete="off" />
            </Form.Item>
          </>
        )}
        <Space className="slip-buttons">
          {/* A correction kept as a draft when the drawer closes: said, with the way back to the slip as stored. */}
          {editing && unsaved && <UnsavedNote onRevert={() => { draft.update(initial, { keep: false }); void draft.discard(); setErrors({}); }} />}
          <Button type="primary" onClick={() => void save()} loading={saving} data-testid={editing ? 'save-slip-edit' : 'save-slip'}>{t('processing.saveSlip')}</Button>
          {!editing && <Button onClick={() => { draft.update(emptySlipForm()); setErrors({}); resumedDone(); classRef.current?.focus(); }}>{t('processing.clearSlip')}</Button>}
          {resumed && <ResumedNote text={t('processing.resumedSlip')} testId="resumed-slip" />}
        </Space>
      </div>
      {errors.fondsId && <Typography.Text type="danger">{errors.fondsId}</Typography.Text>}
    </div>
  );
}

