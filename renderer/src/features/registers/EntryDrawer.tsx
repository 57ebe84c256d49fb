/**
 * One entry: its fields, correction, follow-up (deadline, progress, reply document),
 * cancelling with a reason, and its history from the journal (who changed what, when).
 */
import { useEffect, useRef, useState } from 'react';
import { foldedLabelMatch } from '../../components/folded-match';
import { Alert, App, Button, Descriptions, Drawer, Input, Select, Space, Tabs, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDate, isoDate } from '../../core/format';
import { formatNumber } from '../../core/registers/numbering';
import { joinNumberNotation } from '../../core/registers/notation';
import type { FollowUpProgress } from '../../core/registers/types';
import { FOLLOW_UP_PROGRESS } from '../../core/registers/types';
import { useDb, useSession } from '../../db/context';
import { cancelEntry, EntryInvalidError, listOutgoingOfYear, updateIncoming } from '../../db/repositories/entry-repository';
import type { IncomingDoc, IssuingBody, OutgoingDoc, Register } from '../../db/register-records';
import { AppError } from '../../core/errors';
import { errorMessage, fieldErrors } from '../../i18n';
import { IncomingForm } from './IncomingForm';
import { OutgoingForm } from './OutgoingForm';
import { DateInput, dateText, errorProps, useEnterToSave } from './entry-inputs';
import { completionDay, dayNear, nearDay, rebaseCorrection } from './entry-form-state';
import { RecordHistory as History } from '../../components/RecordHistory';
import { ReasonConfirm } from '../../components/ReasonConfirm';
import { focusWhenReady } from '../../components/focus';
import type { FacetValue } from './useRegisterList';
import { useClearChoice } from '../../components/icons/labelled-icons';
import { useAskBeforeDropping } from '../../hooks/useAskBeforeDropping';
import { typedOver, useReportTyped } from '../../hooks/useFilledIn';
import { useTypedTabs } from '../../hooks/useTypedTabs';

const NONE_HELD: Readonly<Record<string, readonly FacetValue[]>> = {};
/** Latest outgoing entries of each register offered as the reply (a reply is recent). */
const REPLY_CHOICES = 1000;

/** What the follow-up tab shows of an entry, as text (rebaseCorrection compares it field by field). */
type FollowUpForm = { progress: FollowUpProgress; deadline: string; note: string; reply: string; replyId: string; completed: string };
const followUpFormOf = (d: IncomingDoc): FollowUpForm => ({ progress: d.progress, deadline: dateText(d.handlingDeadline), note: d.progressNote, reply: d.replyNotation, replyId: d.replyDocId ?? '', completed: dateText(d.completedAt) });

/** The entry's field each of the tab's values is saved to (a refusal names the entry's field). */
const FIELD_OF: Readonly<Record<keyof FollowUpForm, string>> = { progress: 'progress', deadline: 'handlingDeadline', note: 'progressNote', reply: 'replyNotation', replyId: 'replyDocId', completed: 'completedAt' };
/** The tab's refusable fields in their order on screen: the cursor goes to the first refused. */
const FOLLOW_UP_ORDER = ['handlingDeadline', 'progressNote', 'completedAt', 'replyNotation'] as const;

/** The label of a follow-up value, to name it in a message: its entry field's, the reply picked by its link's. */
const followUpLabel = (k: keyof FollowUpForm) => (k === 'replyId' ? 'registers.replyLink' : `fields.${FIELD_OF[k]}`);

function FollowUpEditor({ doc, register, onTyped }: { doc: IncomingDoc; register: Register; onTyped: (typed: boolean) => void }) {
  const { t } = useTranslation();
  const clearChoice = useClearChoice();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const [form, setForm] = useState<FollowUpForm>(() => followUpFormOf(doc));
  const formNow = useRef(form);
  formNow.current = form;
  // The version this tab's values are of. When the entry is saved elsewhere (its "Sửa" tab, another
  // window), the tab moves to the new version where nothing was typed and keeps what was: made
  // again from the entry on each change, it lost a progress note typed and not saved yet.
  const base = useRef({ clock: doc.clock, form: followUpFormOf(doc) });
  useEffect(() => {
    if (doc.clock === base.current.clock) return;
    const next = followUpFormOf(doc);
    const { form: moved, conflicts } = rebaseCorrection(formNow.current, base.current.form, next);
    // Typed over a value changed elsewhere: left on its version, and saving it is refused (changes.ts assertNotStale).
    if (conflicts.length > 0) return;
    base.current = { clock: doc.clock, form: next };
    setForm(moved as FollowUpForm);
  }, [doc]);
  // Typed and not saved: closing the drawer asks first, and so does leaving the page (a progress note went with one Esc):
  // told to the drawer, which knows the way back to this tab.
  const typed = typedOver(base.current.form, form);
  useReportTyped(typed, onTyped);
  // What a save refused, by the entry's field: said under the field, as in the entry form (only a passing message said it).
  const [errors, setErrors] = useState<Record<string, string>>({});
  const root = useRef<HTMLDivElement>(null);
  /** Changes some of the tab's values (made from the current ones); the refusals of the fields changed go. */
  const patch = (change: (f: FollowUpForm) => Partial<FollowUpForm>) => {
    const f = formNow.current;
    const next = change(f);
    const touched = new Set((Object.keys(next) as (keyof FollowUpForm)[]).filter((k) => next[k] !== f[k]).map((k) => FIELD_OF[k]));
    formNow.current = { ...f, ...next };
    setForm(formNow.current);
    if (touched.size > 0) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !touched.has(k))));
  };
  const set = <K extends keyof FollowUpForm>(key: K, value: FollowUpForm[K]) => patch(() => ({ [key]: value }) as Partial<FollowUpForm>);
  /** Marks the refused fields and puts the cursor on the first of them. */
  const refuse = (map: Record<string, string>) => {
    setErrors(map);
    const first = FOLLOW_UP_ORDER.find((k) => map[k]);
    if (first) requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(`#fu-${first}`)?.focus());
  };
  /** A day that does not read, said under its field once the field is left (only saving said it). */
  const unreadableOnLeave = (field: string) => (text: string) => setErrors((e) => ({ ...e, [field]: text }));
  const fieldError = (field: string) => errors[field] && <Typography.Text type="danger" id={`fu-${field}-error`} style={{ display: 'block' }}>{errors[field]}</Typography.Text>;
  const { progress, deadline, note, reply, completed } = form;
  const replyId = form.replyId || undefined;
  const outgoing = useLiveQuery(() => listOutgoingOfYear(db, register.unitId, register.year, REPLY_CHOICES), [db, register.unitId, register.year]) ?? [];
  /**
   * The day it was dealt with, asked when it is marked done: the reply's date when one is linked, else
   * today, to be corrected (it was always the day "Lưu" was pressed, and a document answered before its
   * deadline was printed as finished days late).
   */
  const doneOn = (replyDocId: string) => {
    const date = outgoing.find((o) => o.id === replyDocId)?.documentDate;
    return formatDate(date && date <= isoDate(new Date()) ? date : isoDate(new Date()));
  };
  const setProgress = (v: FollowUpProgress) => patch((f) => ({ progress: v, completed: v === 'done' ? f.completed || doneOn(f.replyId) : f.completed }));
  const setReply = (id: string) => patch((f) => ({ replyId: id, completed: f.progress === 'done' && id && (!f.completed || f.completed === doneOn(f.replyId)) ? doneOn(id) : f.completed }));
  const save = async () => {
    const today = isoDate(new Date());
    // Done with no day said: asked for (it was saved as the day before or today, without a word).
    if (progress === 'done' && !completed.trim()) {
      refuse({ completedAt: t('registers.completedRequired') });
      return void message.error(t('registers.completedRequired'));
    }
    const picked = outgoing.find((o) => o.id === replyId);
    try {
      // Saved over the version this tab shows (made again whenever the entry changes): a correction saved
      // since, in "Sửa" or in another window, is never put back silently.
      const result = await updateIncoming(db, session, doc.id, {
        ...doc,
        progress,
        // As in the form: "5/1" set on an entry that arrived on 06/12 is next January's.
        handlingDeadline: dayNear(deadline, register.year, doc.arrivalDate, 'after') || undefined,
        progressNote: note,
        replyNotation: picked ? joinNumberNotation(picked.number, picked.notation) : reply,
        replyDocId: picked?.id,
        completedAt: progress === 'done' ? completionDay(completed, register.year, doc.arrivalDate, today) || completed.trim() : undefined,
      }, { today, confirmDuplicate: true, baseClock: base.current.clock });
      // The tab now shows the entry as stored (a date typed "20/12" is kept as 20/12/2026): compared with
      // what was typed, the tidied values looked like another's change and refused the next save.
      if (result.kind === 'saved') {
        base.current = { clock: result.doc.clock, form: followUpFormOf(result.doc) };
        setForm(followUpFormOf(result.doc));
      }
      setErrors({});
      void message.success(t('registers.updated'));
    } catch (e) {
      if (e instanceof AppError && e.code === 'record.changedElsewhere' && doc.clock !== base.current.clock) {
        // Changed elsewhere where this tab was typed over too: what was typed stays, the tab moves to the
        // new version, and the fields in question are named; saving again writes them on purpose.
        const next = followUpFormOf(doc);
        const { form: moved, conflicts } = rebaseCorrection(formNow.current, base.current.form, next);
        base.current = { clock: doc.clock, form: next };
        setForm(moved as FollowUpForm);
        const names = conflicts.map((k) => t(followUpLabel(k as keyof FollowUpForm))).join(', ');
        void message.error(t('registers.followUpChangedElsewhere', { fields: names }));
      } else if (e instanceof EntryInvalidError) {
        // What is wrong, in words, each with the field it is about: this tab marks no field red ("Hãy sửa các ô được
        // đánh dấu đỏ" pointed at nothing), and two of its fields are dates.
        const map = fieldErrors(t, e.issues);
        refuse(map);
        const named = Object.entries(map).map(([field, text]) => {
          const label = t(`fields.${field}`);
          return label === `fields.${field}` || text.startsWith(label) ? text : `${label}: ${text}`;
        });
        void message.error(named.join(' '));
      } else void message.error(errorMessage(t, e));
    }
  };
  const enter = useEnterToSave(() => void save());
  // The deadline field shows on leaving it the day the save stores (dayNear beside the arrival).
  const deadlineOf = nearDay(register.year, doc.arrivalDate, 'after');
  return (
    <Space ref={root} orientation="vertical" style={{ width: '100%' }} data-testid="follow-up-editor" onKeyDownCapture={enter.onKeyDownCapture}>
      <label>{t('fields.handlingDeadline')}<DateInput id="fu-handlingDeadline" value={deadline} onChange={(v) => set('deadline', v)} year={register.year} ariaLabel={t('fields.handlingDeadline')} resolve={deadlineOf} error={errors.handlingDeadline} onUnreadable={unreadableOnLeave('handlingDeadline')} />{fieldError('handlingDeadline')}</label>
      <label>{t('fields.progress')}
        {/* Typed ("da giai") the list narrows to it and Enter takes it (typing did nothing, and Enter kept "Chưa giải quyết"). */}
        <Select aria-label={t('fields.progress')} value={progress} onChange={setProgress} showSearch={{ filterOption: foldedLabelMatch }} style={{ width: '100%' }} options={FOLLOW_UP_PROGRESS.map((p) => ({ value: p, label: t(`progress.${p}`) }))} />
      </label>
      <label>{t('fields.progressNote')}<Input.TextArea id="fu-progressNote" {...errorProps('fu-progressNote', errors.progressNote)} value={note} onChange={(e) => set('note', e.target.value)} autoSize={{ minRows: 2 }} />{fieldError('progressNote')}</label>
      {/* After the note, beside the reply that may set it: "Đã giải quyết xong" chosen, Tab goes on to the note as before
          (the day appeared in between and took the note typed by habit, refused as a date). Filled with today or the reply's day. */}
      {progress === 'done' && <label>{t('fields.completedAt')}<DateInput id="fu-completedAt" value={completed} onChange={(v) => set('completed', v)} year={register.year} ariaLabel={t('fields.completedAt')} error={errors.completedAt} onUnreadable={unreadableOnLeave('completedAt')} />{fieldError('completedAt')}</label>}
      <label>{t('registers.replyLink')}
        <Select allowClear={clearChoice} aria-label={t('registers.replyLink')} showSearch={{ filterOption: foldedLabelMatch }} placeholder={t('registers.replyPick')} value={replyId} onChange={(v: string | undefined) => setReply(v ?? '')} style={{ width: '100%' }}
          options={outgoing.map((o) => ({ value: o.id, label: `${joinNumberNotation(o.number, o.notation)} · ${formatDate(o.documentDate)} · ${o.summary}` }))} />
      </label>
      {!replyId && <label>{t('fields.replyNotation')}<Input id="fu-replyNotation" {...errorProps('fu-replyNotation', errors.replyNotation)} value={reply} onChange={(e) => set('reply', e.target.value)} />{fieldError('replyNotation')}</label>}
      <Button type="primary" onClick={() => void save()}>{t('common.save')}</Button>
    </Space>
  );
}

export function EntryDrawer({ entry, register, body, held = NONE_HELD, onClose, readOnly = false, unitName }: {
  entry: IncomingDoc | OutgoingDoc | undefined;
  register: Register;
  body: IssuingBody | undefined;
  /** Values the register's entries hold, most used first, per field (suggestions when correcting). */
  held?: Readonly<Record<string, readonly FacetValue[]>>;
  onClose: () => void;
  /** Only the details and the history (a result of the consolidated search). */
  readOnly?: boolean;
  /** Another unit's entry opened at the upper level: whose it is and in which register, said in the title and above its details. */
  unitName?: string;
}) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  // The tab shown, for the entry it was chosen on (another entry opens on its details).
  const [tab, setTab] = useState<{ id?: string; key: string }>({ key: 'view' });
  // The progress note and the cancellation's reason, typed and not saved: closing the drawer or leaving the page
  // over either asks first; "Quay lại" and "Ở lại" bring the clerk back to the tab and field holding them.
  const typing = useTypedTabs((key) => entry && setTab({ id: entry.id, key }));
  const close = useAskBeforeDropping(typing.typed, onClose, typing.back);
  if (!entry) return null;
  const activeTab = tab.id === entry.id ? tab.key : 'view';
  const incoming = 'arrivalNumber' in entry;
  const mine = entry.origin === session.unitId && !readOnly;
  const title = incoming ? t('registers.detailTitle', { number: formatNumber(entry.arrivalNumber) }) : t('registers.detailTitleOutgoing', { notation: joinNumberNotation(entry.number, entry.notation) });
  const details = incoming
    ? [
        ['arrivalDate', formatDate(entry.arrivalDate)], ['sender', entry.sender], ['numberNotation', joinNumberNotation(entry.number, entry.notation)],
        ['documentDate', formatDate(entry.documentDate)], ['typeName', entry.typeName], ['summary', entry.summary], ['recipient', entry.recipient],
        ['transferDate', formatDate(entry.transferDate)], ['receivedSignature', entry.receivedSignature], ['note', entry.note],
        ['urgency', t(`urgency.${entry.urgency}`)], ['handlingDeadline', formatDate(entry.handlingDeadline)], ['dueDate', formatDate(entry.dueDate)], ['signerName', entry.signerName],
        ['pageCount', entry.pageCount ?? ''], ['progress', t(`progress.${entry.progress}`)], ...(entry.progress === 'done' ? [['completedAt', formatDate(entry.completedAt)]] : []), ['progressNote', entry.progressNote], ['replyNotation', entry.replyNotation],
      ]
    : [
        ['documentDate', formatDate(entry.documentDate)], ['typeName', entry.typeName], ['summary', entry.summary],
        ['signerName', [entry.signerPosition, entry.signerName].filter(Boolean).join(' ')], ['recipients', entry.recipients.join('; ')],
        ['retainedCopyHolder', entry.retainedCopyHolder], ['copyCount', entry.copyCount ?? ''], ['transferDate', formatDate(entry.transferDate)],
        ['receivedSignature', entry.receivedSignature], ['note', entry.note], ['urgency', t(`urgency.${entry.urgency}`)], ['pageCount', entry.pageCount ?? ''],
      ];
  const doCancel = async (reason: string) => {
    try {
      await cancelEntry(db, session, incoming ? 'incomingDocs' : 'outgoingDocs', entry.id, reason);
      void message.success(t('registers.cancelDone', { number: incoming ? formatNumber(entry.arrivalNumber) : joinNumberNotation(formatNumber(entry.number), entry.notation) }));
      // Its tab goes with the cancellation: the details, which now say it was cancelled, and the cursor on their tab
      // (it fell to the page with the tab, and Escape no longer closed the drawer).
      setTab({ id: entry.id, key: 'view' });
      focusWhenReady(() => document.querySelector<HTMLElement>('[data-testid=entry-drawer] [data-node-key="view"] [role=tab]'));
    } catch (e) {
      void message.error(errorMessage(t, e));
    }
  };
  const tabs = [
    {
      key: 'view',
      // The drawer's title names the entry already ("Văn bản đến số 02" stood twice).
      label: t('registers.tabDetails'),
      children: (
        <>
          {/* A cancelled entry says so above its details (only its row in the list and its history did). */}
          {entry.deleted && <Alert type="warning" showIcon title={t('registers.cancelledInfo', { reason: entry.deletedReason ?? '' })} style={{ marginBottom: 12 }} data-testid="entry-cancelled" />}
          <Descriptions column={1} size="small" bordered items={details.map(([k, val]) => ({ key: String(k), label: t(`fields.${String(k)}`), children: String(val) }))} />
        </>
      ),
    },
    ...(mine && !entry.deleted
      ? [
          {
            key: 'edit',
            label: t('registers.edit'),
            children: incoming
              ? <IncomingForm register={register} held={held} editing={entry} />
              : <OutgoingForm register={register} body={body} held={held} editing={entry} />,
          },
          ...(incoming ? [{ key: 'follow', label: t('registers.followUpSection'), children: <FollowUpEditor key={entry.id} doc={entry} register={register} onTyped={typing.report('follow')} /> }] : []),
          {
            key: 'cancel',
            label: t('registers.cancelEntry'),
            children: (
              <>
                <Typography.Paragraph type="secondary">{t('registers.cancelHelp')}</Typography.Paragraph>
                <ReasonConfirm reasonLabel={t('registers.cancelReason')} question={t('registers.cancelConfirm')} actionLabel={t('registers.cancelEntry')} keepLabel={t('registers.cancelKeep')} onConfirm={doCancel} onTyped={typing.report('cancel')} />
              </>
            ),
          },
        ]
      : []),
    { key: 'history', label: t('registers.history'), children: <History id={entry.id} /> },
  ];
  return (
    <Drawer open width={760} title={unitName ? `${title} · ${unitName}` : title} onClose={close} destroyOnHidden data-testid="entry-drawer">
      {unitName && <Alert type="info" showIcon title={t('registers.otherUnitEntry', { unit: unitName, register: register.name })} style={{ marginBottom: 12 }} data-testid="entry-other-unit" />}
      <Tabs items={typing.items(tabs)} activeKey={activeTab} onChange={(key) => setTab({ id: entry.id, key })} />
    </Drawer>
  );
}
