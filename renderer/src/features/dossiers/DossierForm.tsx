/**
 * Opening a dossier in the year's file plan (danh mục hồ sơ) from the keyboard, or correcting
 * one: heading, its abbreviation, số/ký hiệu (proposed as the next free number), title,
 * retention, keeper; when editing also the documents' dates, sheets, pages and condition.
 * Enter saves and starts the next dossier under the same heading; a draft keeps what was typed.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { usePatchClearingErrors } from '../../hooks/usePatchClearingErrors';
import { App, Button, Checkbox, Col, Input, Row, Select, Space, Typography } from 'antd';
import type { InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildDossierNotation, formatRetention, headingAbbreviation, papersToReprint, parseRetention, RETENTION_SUGGESTIONS, type DossierPaper } from '../../core/dossiers/rules';
import type { Dossier } from '../../core/dossiers/types';
import { boxNumberText } from '../../core/dossiers/inventory';
import { fileLabel } from '../duties/labels';
import { useDb, useSession } from '../../db/context';
import { DossierInvalidError, withFormIssues, getBox, saveDossier } from '../../db/repositories/dossier-repository';
import { dossierFormHints, inventoryRetentions, nextOrdinalInYear } from '../../db/repositories/dossier-list-repository';
import { useDraft } from '../../hooks/useDraft';
import { errorMessage, fieldErrors } from '../../i18n';
import { Field, FormFrame, SuggestInput, useEnterToSave, UnsavedNote } from '../registers/entry-inputs';
import { DossierDateInput } from './DossierDateInput';
import { emptyDossierForm, fieldsOf, formOf, headingsLike, knownHeadingFor, typedIssues, type DossierFormState } from './dossier-form-state';
import { askBeforeSaving } from '../../components/Confirm';
import { RetentionItemPicker, type PickedRetention } from '../duties/RetentionItemPicker';
import { useFocusAfterSave } from '../../hooks/useFocusAfterSave';
import { personBusyInField } from '../../components/focus';

/** `codeHeading`: the heading the code was set for, so a new heading gets its own code. */
/** `modeChosen`: the clerk picked the numbering way (kept with the draft); until then it is the plan's own (`numberedPerHeading`). */
type Draft = DossierFormState & { perHeading: boolean; modeChosen?: boolean; codeHeading: string };

export type DossierFormProps = {
  readonly fondsId: string;
  readonly year: number;
  readonly editing?: Dossier;
  readonly onSaved?: (d: Dossier) => void;
  /**
   * Take the cursor on opening even from a list: the year or fonds just picked brings this form,
   * and its list still says it is open when the form appears (it closes a moment later).
   */
  readonly takeCursor?: boolean;
};

export function DossierForm(props: DossierFormProps) {
  return (
    <FormFrame testId={props.editing ? 'dossier-edit-form' : 'dossier-form'}>
      <DossierFormBody {...props} />
    </FormFrame>
  );
}

/** The draft's fields that hold the dossier (not the form's own: numbering mode, the heading its code was made for). */
const STORED_KEYS = (Object.keys(emptyDossierForm('')) as (keyof Draft)[]);

/** A stored dossier as the correction form's draft. */
const draftOf = (d: Dossier): Draft => ({ ...formOf(d), perHeading: false, codeHeading: d.heading ?? '' });

/** How the reprint reminder names each paper. */
const PAPER_LABEL: Readonly<Record<DossierPaper, string>> = { inventory: 'dossiers.paperInventory', cover: 'dossiers.paperCover', closing: 'dossiers.paperClosing', boxLabel: 'dossiers.paperBoxLabel' };

function DossierFormBody({ fondsId, year, editing, onSaved, takeCursor }: DossierFormProps) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message, modal } = App.useApp();
  const initial = useMemo<Draft>(() => (editing ? draftOf(editing) : { ...emptyDossierForm(session.operator), perHeading: false, codeHeading: '' }), [editing, session.operator]);
  const draft = useDraft<Draft>(editing ? `dossier-edit:${editing.id}` : `dossier-entry:${fondsId}:${year}`, initial);
  const v = draft.value;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  // A refused save takes the cursor to the first field marked.
  const focus = useFocusAfterSave();
  const headingRef = useRef<InputRef>(null);
  const titleRef = useRef<InputRef>(null);
  const { read } = draft;
  // A correction differs from the dossier as stored (`initial` is it): said beside the buttons, with the way back.
  const unsaved = !!editing && STORED_KEYS.some((k) => String(v[k] ?? '').trim() !== String(initial[k] ?? '').trim());
  const revert = () => {
    draft.update(initial, { keep: false });
    void draft.discard();
    setErrors({});
  };
  const patch = usePatchClearingErrors<Draft>(draft, setErrors);
  // Stable across renders (the draft's patch is): the heaviest fields below are memoised on it.
  const set = useCallback(<K extends keyof Draft>(k: K, value: Draft[K]) => patch({ [k]: value } as Partial<Draft>), [patch]);

  // Suggestions from the year's (and the year before's) latest dossiers; the next number from the index.
  const hints = useLiveQuery(() => dossierFormHints(db, fondsId, year), [db, fondsId, year]);
  const headings = useMemo(() => (hints?.headings ?? []).map((h) => h.heading), [hints]);
  // Each heading's code, as its dossiers carry it: a heading is found by its code too (typed "VPTK", picked, or left with Tab).
  const codes = useMemo(() => new Map((hints?.headings ?? []).filter((h) => h.headingCode).map((h) => [h.heading, h.headingCode])), [hints]);
  const keepers = useMemo(() => [session.operator, ...(hints?.keepers ?? [])], [hints, session.operator]);
  // The sub-headings already used under the heading being typed (each heading numbers its own from 1).
  const subheadings = useMemo(() => (hints?.subheadings ?? []).filter((s) => s.heading === v.heading.trim()).map((s) => s.subheading), [hints, v.heading]);
  // A new dossier is numbered as the plan already is (01.TH, 01.VPTK: each heading from 01), until the clerk picks the
  // other way: the form proposed "04" after 03.TH for a heading whose dossiers start at 01, matching neither way. Read,
  // never written into the draft (a write there would take a stored draft for one typed over).
  const planPerHeading = hints?.numberedPerHeading;
  const perHeadingOf = useCallback((d: Draft) => (d.modeChosen || planPerHeading === undefined ? d.perHeading : planPerHeading), [planPerHeading]);
  const perHeading = perHeadingOf(v);
  const typedCode = v.headingCode.trim().toLocaleUpperCase('vi');
  const ordinal = useLiveQuery(() => nextOrdinalInYear(db, fondsId, year, typedCode, perHeading), [db, fondsId, year, typedCode, perHeading]);
  const proposed = ordinal === undefined ? '' : buildDossierNotation(ordinal, typedCode);

  // The cursor starts in the first field — unless the clerk is already in another (the year list
  // opened before the form was read, on a loaded PC), but not when a pick in that list brought it.
  useEffect(() => {
    if (!editing && (takeCursor || !personBusyInField())) headingRef.current?.focus();
  }, [editing]);

  /**
   * A heading used before brings its code; a new one gets its initials — unless the clerk typed
   * a code for this very heading. Changing the heading changes the code with it.
   */
  const settleHeading = useCallback((): Draft => {
    const cur = read();
    // What was typed names a heading of the plan ("II", "văn phòng - thống kê"): that heading, not a new one beside it.
    const heading = knownHeadingFor(cur.heading, headings, codes) ?? cur.heading.trim();
    // The code follows the heading, unless the clerk typed one for this very heading.
    const keepCode = !heading || (heading === cur.codeHeading && !!cur.headingCode);
    // The heading emptied: the code filled in for it goes with it (it stayed, naming a heading no longer there).
    const codeGoes = !heading && !!cur.codeHeading && !!cur.headingCode;
    const known = hints?.headings.find((h) => h.heading === heading);
    // A sub-heading belongs to its major heading: another heading takes it away, unless it is one of that heading's too
    // (a "1. Thi đua, khen thưởng" carried from I. TỔNG HỢP was saved and printed under II. NỘI VỤ).
    const sub = (cur.subheading ?? '').trim();
    const subGoes = sub !== '' && heading !== cur.codeHeading && !hints?.subheadings.some((s) => s.heading === heading && s.subheading === sub);
    const next: Partial<Draft> = {
      ...(heading !== cur.heading ? { heading } : {}),
      ...(keepCode ? {} : { headingCode: known?.headingCode ?? headingAbbreviation(heading), codeHeading: heading }),
      ...(codeGoes ? { headingCode: '', codeHeading: '' } : {}),
      ...(subGoes ? { subheading: '' } : {}),
    };
    if (Object.keys(next).length > 0) patch(next);
    if (!keepCode) codeFilled.current = true;
    return { ...cur, ...next };
  }, [read, patch, hints, headings, codes]);
  const fillCode = useCallback(() => void settleHeading(), [settleHeading]);
  // A code filled in for the clerk is taken whole by the first click into it, as Tab does: typed over,
  // not added to ("VT" clicked and typed "VT" gave "VTVT").
  const codeFilled = useRef(false);
  const selectOnClick = useRef(false);

  // The numbering mode, the suggestion lists and the schedule picker (antd Select and AutoComplete, the heaviest fields)
  // are drawn again only when theirs change, not on every key typed in the title.
  const setHeading = useCallback((x: string) => set('heading', x), [set]);
  const setSubheading = useCallback((x: string) => set('subheading', x), [set]);
  const setRetention = useCallback((x: string) => patch({ retention: x, retentionItemId: '', retentionBasis: '' }), [patch]);
  const setKeeper = useCallback((x: string) => set('keeper', x), [set]);
  const pickItem = useCallback(
    (p: PickedRetention | undefined) =>
      patch(p ? { retention: formatRetention(p.retention), retentionItemId: p.retentionItemId, retentionBasis: p.retentionBasis } : { retentionItemId: '', retentionBasis: '' }),
    [patch],
  );
  const setMode = useCallback((x: string) => patch({ perHeading: x === 'heading', modeChosen: true }), [patch]);
  const modeField = useMemo(
    () => (
      <Select
        size="small"
        aria-label={t('dossiers.numberingMode')}
        value={perHeading ? 'heading' : 'plan'}
        onChange={setMode}
        options={[{ value: 'plan', label: t('dossiers.numberingPlan') }, { value: 'heading', label: t('dossiers.numberingHeading') }]}
        style={{ minWidth: 260 }}
      />
    ),
    [t, perHeading, setMode],
  );
  const headingField = useMemo(
    () => {
      // A new heading that starts like one of the plan's: said under the field, the choice left to the clerk
      // (a short word typed for the heading meant made a stray heading; a commune splitting one means a new one).
      const like = headingsLike(v.heading, headings, codes);
      // Vietnamese has no plural forms for i18next to choose between: one key each.
      const warning = like.length > 0 ? t(like.length === 1 ? 'dossiers.headingLikeOne' : 'dossiers.headingLikeMany', { heading: like[0], count: like.length }) : undefined;
      return <Col xs={24} md={8}><Field label={t('dossiers.heading')} error={errors.heading} warning={warning} testId="heading-field"><SuggestInput id="d-heading" ariaLabel={t('dossiers.heading')} inputRef={headingRef} value={v.heading} onChange={setHeading} onBlur={fillCode} onPick={fillCode} options={headings} also={codes} /></Field></Col>;
    },
    [t, errors.heading, v.heading, setHeading, fillCode, headings, codes],
  );
  // Only under a major heading: a plan without headings has no sub-headings either (the form drops one left typed).
  // A sub-heading sits within a major heading (PL V.I): typed alone it was dropped on saving, without a word.
  const noHeading = v.heading.trim() === '';
  const subheadingField = useMemo(
    () => <Col xs={24} md={7}><Field label={t('dossiers.subheading')} error={errors.subheading}><SuggestInput id="d-subheading" ariaLabel={t('dossiers.subheading')} value={v.subheading ?? ''} onChange={setSubheading} options={subheadings} disabled={noHeading} placeholder={noHeading ? t('dossiers.subheadingAfterHeading') : undefined} /></Field></Col>,
    [t, errors.subheading, v.subheading, setSubheading, subheadings, noHeading],
  );
  // A numbered file's retention changed from what its inventory holds (permanent files in one, fixed-term in another):
  // said under the field, the choice left to the archivist (an inventory may hold both, where the unit numbered so).
  const numbered = editing?.fileNumber !== undefined && editing.inventoryNumber !== undefined ? editing : undefined;
  const typedRetention = parseRetention(v.retention);
  // Only a change of kind (permanent ↔ fixed term) from the file as stored: one numbered so already is not warned of again.
  const kindChanged = numbered !== undefined && typedRetention !== undefined && (typedRetention === 'permanent') !== (numbered.retention === 'permanent');
  // The inventory is read (its fonds scanned) only once such a change is typed.
  const inventoryHolds = useLiveQuery(
    () => (numbered && kindChanged ? inventoryRetentions(db, numbered.fondsId, numbered.inventoryNumber!, numbered.id) : undefined),
    [db, numbered?.id, numbered?.fondsId, numbered?.inventoryNumber, kindChanged],
  );
  const leavesInventory =
    numbered && kindChanged && inventoryHolds && typedRetention !== undefined && (typedRetention === 'permanent' ? inventoryHolds.permanent === 0 && inventoryHolds.fixedTerm > 0 : inventoryHolds.fixedTerm === 0 && inventoryHolds.permanent > 0)
      ? t('dossiers.retentionLeavesInventory', { inventory: numbered.inventoryNumber, kind: t(typedRetention === 'permanent' ? 'dossiers.kindFixedTerm' : 'dossiers.kindPermanent'), retention: formatRetention(typedRetention) })
      : undefined;
  const retentionField = useMemo(
    () => <Col xs={12} md={6}><Field label={t('dossiers.retention')} error={errors.retention} warning={leavesInventory} required testId="retention-field"><SuggestInput id="d-retention" ariaLabel={t('dossiers.retention')} required value={v.retention} onChange={setRetention} options={RETENTION_SUGGESTIONS} firstWhenBegun /></Field></Col>,
    [t, errors.retention, leavesInventory, v.retention, setRetention],
  );
  const keeperField = useMemo(
    () => <Col xs={12} md={8}><Field label={t('dossiers.keeper')} error={errors.keeper}><SuggestInput id="d-keeper" ariaLabel={t('dossiers.keeper')} value={v.keeper} onChange={setKeeper} options={keepers} /></Field></Col>,
    [t, errors.keeper, v.keeper, setKeeper, keepers],
  );
  const itemField = useMemo(
    () => <Col xs={24}><Field label={t('retention.pickItem')}><RetentionItemPicker year={year} value={v.retentionItemId} basis={v.retentionBasis} onPick={pickItem} /></Field></Col>,
    [t, year, v.retentionItemId, v.retentionBasis, pickItem],
  );

  // The save as it is now, for a question's answer (the one captured when it was asked may be stale by then).
  const saveRef = useRef<(answered?: boolean) => Promise<void>>(async () => {});
  const save = useCallback(async (answered = false) => {
    if (savingRef.current) return;
    // Enter straight from the heading field: it is settled as leaving it would.
    const cur = settleHeading();
    // A new heading that starts like one of the plan's is asked about before it is made (under the field alone, a short
    // word typed for the heading meant still made a stray heading of the plan; a commune splitting one means a new one).
    const like = answered ? [] : headingsLike(cur.heading, headings, codes);
    if (like.length > 0) {
      // One such heading: most likely the one meant — the focused answer takes it and saves (told to pick it in the list,
      // ↓ on the field only opened it, and the next Enter asked again). Several, or Esc: back to the field, its text selected.
      const one = like.length === 1 ? like[0]! : undefined;
      const said = { heading: cur.heading.trim(), like: like[0], count: like.length };
      askBeforeSaving(
        modal,
        {
          title: t('dossiers.askNewHeadingTitle', said),
          content: t(one ? 'dossiers.askNewHeadingOne' : 'dossiers.askNewHeadingMany', said),
          saveText: t('dossiers.askNewHeadingSave'),
          backText: t(one ? 'common.back' : 'dossiers.askNewHeadingBack'),
          ...(one ? { useText: t('dossiers.askNewHeadingUse') } : {}),
        },
        {
          onSave: () => void saveRef.current(true),
          onBack: () => headingRef.current?.focus({ cursor: 'all' }),
          onUse: () => {
            setHeading(one!);
            void saveRef.current(true);
          },
        },
        savingRef,
      );
      return;
    }
    savingRef.current = true;
    setSaving(true);
    try {
      const code = cur.headingCode.trim().toLocaleUpperCase('vi');
      const notation = cur.notation.trim() || buildDossierNotation(await nextOrdinalInYear(db, fondsId, year, code, perHeadingOf(cur)), code);
      const base = editing
        ? { ...editing }
        : { unitId: session.unitId, fondsId, year, status: 'open' as const, source: 'plan' as const };
      // A retention typed that does not read is said as such, with what the rules refuse besides ("chưa nhập" otherwise).
      const saved = await saveDossier(db, session, fieldsOf({ ...cur, notation }, base), editing?.id).catch(withFormIssues(typedIssues(cur)));
      setErrors({});
      if (editing) {
        // The form shows the dossier as stored (tidied), so it is not taken for a change not saved.
        draft.update(draftOf(saved), { keep: false });
        await draft.discard();
        // A numbered file's printed papers that show what changed: the archivist is told which to print again.
        const reprint = papersToReprint(editing, saved);
        if (reprint.length > 0) {
          const box = reprint.includes('boxLabel') && saved.boxId !== undefined ? await getBox(db, saved.boxId) : undefined;
          const papers = reprint.map((p) => t(PAPER_LABEL[p], { box: box ? boxNumberText(box.number) : '' })).join(', ');
          void message.warning({ content: t('dossiers.reprintNumbered', { number: fileLabel(t, saved), papers }), duration: 8 });
        } else void message.success(t('dossiers.updated'));
      } else {
        // Next dossier under the same heading: keep heading, sub-heading, code and keeper; retention is chosen anew.
        draft.update({ ...emptyDossierForm(cur.keeper), heading: cur.heading, subheading: cur.subheading ?? '', headingCode: cur.headingCode, codeHeading: cur.codeHeading, perHeading: cur.perHeading, ...(cur.modeChosen ? { modeChosen: true } : {}) });
        void message.success(t('dossiers.saved', { notation: saved.notation }));
        setTimeout(() => titleRef.current?.focus(), 0);
      }
      onSaved?.(saved);
    } catch (e) {
      if (e instanceof DossierInvalidError) {
        const map = fieldErrors(t, e.issues);
        setErrors(map);
        focus.firstInvalid();
        void message.error(t('dossiers.invalid', { count: Object.keys(map).length }));
      } else void message.error(errorMessage(t, e));
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  }, [draft, editing, session, fondsId, year, db, message, modal, t, onSaved, focus, settleHeading, perHeadingOf, headings, codes, setHeading]);
  saveRef.current = save;
  const enter = useEnterToSave(() => void save());

  return (
    <div ref={focus.root} onKeyDownCapture={enter.onKeyDownCapture}>
      {!editing && (
        <Space style={{ marginBottom: 8 }} wrap>
          <Typography.Text type="secondary">{t('dossiers.keyboardHelp')}</Typography.Text>
          {modeField}
        </Space>
      )}
      <Row gutter={12}>
        {headingField}
        {subheadingField}
        <Col xs={8} md={4}><Field label={t('dossiers.headingCode')} error={errors.headingCode}><Input
          id="d-headingCode"
          aria-label={t('dossiers.headingCode')}
          value={v.headingCode}
          onFocus={() => { selectOnClick.current = codeFilled.current; }}
          onMouseUp={(e) => { if (selectOnClick.current) { selectOnClick.current = false; e.preventDefault(); e.currentTarget.select(); } }}
          onChange={(e) => { codeFilled.current = false; patch({ headingCode: e.target.value, codeHeading: read().heading.trim() }); }}
          autoComplete="off"
        /></Field></Col>
        <Col xs={16} md={5}><Field label={t('dossiers.notation')} error={errors.notation}><Input id="d-notation" aria-label={t('dossiers.notation')} value={v.notation} placeholder={editing ? '' : proposed} onChange={(e) => set('notation', e.target.value)} autoComplete="off" data-testid="dossier-notation" /></Field></Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={24}><Field label={t('dossiers.title')} error={errors.title} required><Input.TextArea id="d-title" aria-label={t('dossiers.title')} aria-required ref={titleRef as never} value={v.title} onChange={(e) => set('title', e.target.value)} autoSize={{ minRows: 1, maxRows: 4 }} /></Field></Col>
      </Row>
      <Row gutter={12}>
        {retentionField}
        {keeperField}
        {!editing && <Col xs={24} md={10}><Field label={t('dossiers.note')} error={errors.note}><Input id="d-note" aria-label={t('dossiers.note')} value={v.note} onChange={(e) => set('note', e.target.value)} autoComplete="off" /></Field></Col>}
      </Row>
      {/* The retention schedule (features/duties): picking an item fills the period and keeps its basis. */}
      <Row gutter={12}>
        {itemField}
      </Row>
      {editing && (
        <>
          <Row gutter={12}>
            <Col xs={12} md={6}><Field label={t('dossiers.startDate')} error={errors.startDate}><DossierDateInput id="d-startDate" ariaLabel={t('dossiers.startDate')} value={v.startDate} onChange={(x) => set('startDate', x)} side="start" year={year} /></Field></Col>
            <Col xs={12} md={6}><Field label={t('dossiers.endDate')} error={errors.endDate}><DossierDateInput id="d-endDate" ariaLabel={t('dossiers.endDate')} value={v.endDate} onChange={(x) => set('endDate', x)} side="end" year={year} /></Field></Col>
            <Col xs={12} md={6}><Field label={t('dossiers.sheetCount')} error={errors.sheetCount}><Input id="d-sheetCount" aria-label={t('dossiers.sheetCount')} inputMode="numeric" value={v.sheetCount} onChange={(e) => set('sheetCount', e.target.value)} autoComplete="off" /></Field></Col>
            <Col xs={12} md={6}><Field label={t('dossiers.pageCount')} error={errors.pageCount}><Input id="d-pageCount" aria-label={t('dossiers.pageCount')} inputMode="numeric" value={v.pageCount} onChange={(e) => set('pageCount', e.target.value)} autoComplete="off" /></Field></Col>
          </Row>
          <Row gutter={12}>
            <Col xs={24} md={8}><Field label={t('dossiers.condition')} error={errors.condition}><Input id="d-condition" aria-label={t('dossiers.condition')} value={v.condition} onChange={(e) => set('condition', e.target.value)} autoComplete="off" /></Field></Col>
            <Col xs={24} md={16}><Field label={t('dossiers.note')} error={errors.note}><Input id="d-note" aria-label={t('dossiers.note')} value={v.note} onChange={(e) => set('note', e.target.value)} autoComplete="off" /></Field></Col>
          </Row>
          <Checkbox checked={v.restricted} onChange={(e) => set('restricted', e.target.checked)} style={{ marginBottom: 8 }}>{t('dossiers.restricted')}</Checkbox>
        </>
      )}
      <Space>
        <Button type="primary" onClick={() => void save()} loading={saving} data-testid={editing ? 'save-dossier-edit' : 'save-dossier'}>{t('dossiers.save')}</Button>
        {!editing && <Button onClick={() => { draft.update({ ...emptyDossierForm(session.operator), perHeading: v.perHeading, ...(v.modeChosen ? { modeChosen: true } : {}), codeHeading: '' }); setErrors({}); headingRef.current?.focus(); }}>{t('registers.clearForm')}</Button>}
        {/* A correction kept from an earlier opening (closing the drawer keeps it) says so, with the way back to the dossier
            as stored: it came back silently, its values taken for the stored ones, and one Enter saved them. */}
        {unsaved && <UnsavedNote onRevert={revert} />}
      </Space>
    </div>
  );
}
