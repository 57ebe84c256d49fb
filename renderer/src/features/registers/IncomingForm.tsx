/**
 * Registering an incoming document from the keyboard: fields in the order of the paper
 * register (Phụ lục IV.VI), then the Phụ lục VI extras; Enter saves and starts the next entry
 * with the same arrival date; what was typed survives a reload (draft).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { App, Button, Col, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import type { InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES, SECRECY_LEVELS, URGENCY_LEVELS, type Secrecy, type Urgency } from '../../core/registers/doc-types';
import { parseNotation } from '../../core/registers/notation';
import { formatNumber, nextNumber } from '../../core/registers/numbering';
import { emptyIncomingInput, type IncomingInput } from '../../core/registers/types';
import { formatDate, isoDate } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { registerIncoming, updateIncoming, EntryInvalidError } from '../../db/repositories/entry-repository';
import type { IncomingDoc, Register } from '../../db/register-records';
import { useDraft } from '../../hooks/useDraft';
import { errorMessage, issueMessage } from '../../i18n';
import { DateInput, Field, SuggestInput, dateText, typedDateValue, useEnterToSave } from './entry-inputs';
import { DuplicateDialog } from './DuplicateDialog';

type Values = {
  arrivalDate: string;
  sender: string;
  number: string;
  notation: string;
  documentDate: string;
  typeName: string;
  summary: string;
  recipient: string;
  transferDate: string;
  receivedSignature: string;
  note: string;
  urgency: Urgency;
  secrecy: Secrecy;
  handlingDeadline: string;
  dueDate: string;
  signerName: string;
  pageCount: number | null;
};

function emptyValues(today: string, secret: boolean): Values {
  return {
    arrivalDate: formatDate(today), sender: '', number: '', notation: '', documentDate: '', typeName: '', summary: '', recipient: '',
    transferDate: '', receivedSignature: '', note: '', urgency: 'normal', secrecy: secret ? 'confidential' : 'none',
    handlingDeadline: '', dueDate: '', signerName: '', pageCount: null,
  };
}

function valuesOf(doc: IncomingDoc): Values {
  return {
    arrivalDate: dateText(doc.arrivalDate), sender: doc.sender, number: doc.number, notation: doc.notation, documentDate: dateText(doc.documentDate),
    typeName: doc.typeName, summary: doc.summary, recipient: doc.recipient, transferDate: dateText(doc.transferDate), receivedSignature: doc.receivedSignature,
    note: doc.note, urgency: doc.urgency, secrecy: doc.secrecy, handlingDeadline: dateText(doc.handlingDeadline), dueDate: dateText(doc.dueDate),
    signerName: doc.signerName, pageCount: doc.pageCount ?? null,
  };
}

function toInput(v: Values, year: number, base: IncomingInput): IncomingInput {
  const opt = (text: string) => typedDateValue(text, year) || undefined;
  return {
    ...base,
    arrivalDate: typedDateValue(v.arrivalDate, year), sender: v.sender, number: v.number, notation: v.notation, documentDate: opt(v.documentDate),
    typeName: v.typeName, summary: v.summary, recipient: v.recipient, transferDate: opt(v.transferDate), receivedSignature: v.receivedSignature,
    note: v.note, urgency: v.urgency, secrecy: v.secrecy, handlingDeadline: opt(v.handlingDeadline), dueDate: opt(v.dueDate),
    signerName: v.signerName, pageCount: v.pageCount ?? undefined,
  };
}

export type IncomingFormProps = {
  readonly register: Register;
  /** Earlier entries of the register, for suggestions. */
  readonly rows: readonly IncomingDoc[];
  /** Correcting an existing entry instead of registering a new one. */
  readonly editing?: IncomingDoc;
  readonly onSaved?: (doc: IncomingDoc) => void;
  readonly onOpenEntry?: (id: string) => void;
};

export function IncomingForm({ register, rows, editing, onSaved, onOpenEntry }: IncomingFormProps) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const today = isoDate(new Date());
  // A register of another year gets no default date: today would be in the wrong year.
  const entryDay = register.year === Number(today.slice(0, 4)) ? today : '';
  const initial = useMemo(() => (editing ? valuesOf(editing) : emptyValues(entryDay, register.secret)), [editing, entryDay, register.secret]);
  const draft = useDraft<Values>(editing ? `incoming-edit:${editing.id}` : `incoming-entry:${register.id}`, initial);
  const v = draft.value;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [duplicates, setDuplicates] = useState<readonly IncomingDoc[]>([]);
  const [saving, setSaving] = useState(false);
  // A ref, not the state: a second Enter right after the first must see the save in progress.
  const savingRef = useRef(false);
  const firstRef = useRef<InputRef>(null);
  const senderRef = useRef<InputRef>(null);
  useEffect(() => {
    // A new entry starts at the sender: the arrival date is already today.
    if (!editing) senderRef.current?.focus();
  }, [editing]);
  const set = <K extends keyof Values>(k: K, value: Values[K]) => draft.patch({ [k]: value } as Partial<Values>);

  const live = rows.filter((r) => !r.deleted);
  const senders = useMemo(() => live.map((r) => r.sender), [live]);
  const typeNames = useMemo(() => [...DOCUMENT_TYPES.map((d) => d.name), ...live.map((r) => r.typeName)], [live]);
  const recipients = useMemo(() => live.map((r) => r.recipient), [live]);
  const signatures = useMemo(() => live.map((r) => r.receivedSignature), [live]);

  const save = useCallback(
    async (confirmDuplicate = false) => {
      if (savingRef.current) return;
      savingRef.current = true;
      setSaving(true);
      try {
        const base = editing ?? emptyIncomingInput();
        const input = toInput(draft.read(), register.year, base);
        const result = editing
          ? await updateIncoming(db, session, editing.id, input, { today, confirmDuplicate })
          : await registerIncoming(db, session, register.id, input, { today, confirmDuplicate });
        if (result.kind === 'duplicate') {
          setDuplicates(result.duplicates);
          return;
        }
        // Start the next entry before anything else is awaited, so nothing typed next is wiped.
        if (!editing) draft.update({ ...emptyValues(entryDay, register.secret), arrivalDate: draft.read().arrivalDate });
        savingRef.current = false;
        setDuplicates([]);
        setErrors({});
        if (editing) {
          await draft.discard();
          void message.success(t('registers.updated'));
        } else {
          void message.success(t('registers.savedIncoming', { number: formatNumber(result.doc.arrivalNumber) }));
          setTimeout(() => senderRef.current?.focus(), 0);
        }
        onSaved?.(result.doc);
      } catch (e) {
        if (e instanceof EntryInvalidError) {
          const map: Record<string, string> = {};
          for (const issue of e.issues) map[issue.field] ??= issueMessage(t, issue);
          setErrors(map);
          void message.error(t('registers.invalid', { count: Object.keys(map).length }));
        } else void message.error(errorMessage(t, e));
      } finally {
        savingRef.current = false;
        setSaving(false);
      }
    },
    [editing, draft, register, db, session, today, message, t, onSaved],
  );
  const enter = useEnterToSave(() => void save());

  /** "15/QĐ-UBND" typed in Số: split it, and take the type from the notation when none is given. */
  const splitNumber = () => {
    const cur = draft.read();
    let next = cur;
    if (cur.number.includes('/')) {
      const p = parseNotation(cur.number);
      next = { ...next, number: p.number, notation: cur.notation || p.notation };
    }
    const parsed = parseNotation(next.notation);
    if (!next.typeName && parsed.docType) next = { ...next, typeName: parsed.docType.name };
    if (next !== cur) draft.update(next);
  };

  const closed = register.status === 'closed' && !editing;
  const upcoming = formatNumber(nextNumber(register));
  return (
    <Form layout="vertical" component="div" onKeyDownCapture={enter.onKeyDownCapture} data-testid="incoming-form" disabled={closed}>
      {!editing && (
        <Space style={{ marginBottom: 8 }} wrap>
          <Typography.Text strong data-testid="next-number">{t('registers.nextNumber', { number: upcoming })}</Typography.Text>
          <Typography.Text type="secondary">{t('registers.keyboardHelp')}</Typography.Text>
        </Space>
      )}
      <Row gutter={12}>
        <Col xs={12} md={4}><Field label={t('fields.arrivalDate')} error={errors.arrivalDate}><DateInput id="f-arrivalDate" ariaLabel={t('fields.arrivalDate')} inputRef={firstRef} value={v.arrivalDate} onChange={(x) => set('arrivalDate', x)} year={register.year} /></Field></Col>
        <Col xs={24} md={8}><Field label={t('fields.sender')} error={errors.sender}><SuggestInput id="f-sender" ariaLabel={t('fields.sender')} inputRef={senderRef} value={v.sender} onChange={(x) => set('sender', x)} options={senders} /></Field></Col>
        <Col xs={8} md={3}><Field label={t('fields.number')} error={errors.number}><Input id="f-number" aria-label={t('fields.number')} value={v.number} onChange={(e) => set('number', e.target.value)} onBlur={splitNumber} autoComplete="off" /></Field></Col>
        <Col xs={16} md={4}><Field label={t('fields.notation')} error={errors.notation}><Input id="f-notation" aria-label={t('fields.notation')} value={v.notation} onChange={(e) => set('notation', e.target.value)} onBlur={splitNumber} autoComplete="off" /></Field></Col>
        <Col xs={12} md={5}><Field label={t('fields.documentDate')} error={errors.documentDate}><DateInput id="f-documentDate" ariaLabel={t('fields.documentDate')} value={v.documentDate} onChange={(x) => set('documentDate', x)} year={register.year} /></Field></Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={5}><Field label={t('fields.typeName')} error={errors.typeName}><SuggestInput id="f-typeName" ariaLabel={t('fields.typeName')} value={v.typeName} onChange={(x) => set('typeName', x)} options={typeNames} /></Field></Col>
        <Col xs={24} md={19}><Field label={t('fields.summary')} error={errors.summary}><Input.TextArea id="f-summary" aria-label={t('fields.summary')} value={v.summary} onChange={(e) => set('summary', e.target.value)} autoSize={{ minRows: 1, maxRows: 4 }} /></Field></Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={7}><Field label={t('fields.recipient')} error={errors.recipient}><SuggestInput id="f-recipient" ariaLabel={t('fields.recipient')} value={v.recipient} onChange={(x) => set('recipient', x)} options={recipients} /></Field></Col>
        <Col xs={12} md={4}><Field label={t('fields.transferDate')} error={errors.transferDate}><DateInput id="f-transferDate" ariaLabel={t('fields.transferDate')} value={v.transferDate} onChange={(x) => set('transferDate', x)} year={register.year} /></Field></Col>
        <Col xs={12} md={5}><Field label={t('fields.receivedSignature')} error={errors.receivedSignature}><SuggestInput id="f-receivedSignature" ariaLabel={t('fields.receivedSignature')} value={v.receivedSignature} onChange={(x) => set('receivedSignature', x)} options={signatures} /></Field></Col>
        <Col xs={24} md={8}><Field label={t('fields.note')} error={errors.note}><Input id="f-note" aria-label={t('fields.note')} value={v.note} onChange={(e) => set('note', e.target.value)} autoComplete="off" /></Field></Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} md={4}><Field label={t('fields.urgency')} error={errors.urgency}><select className="native-select" id="f-urgency" aria-label={t('fields.urgency')} value={v.urgency} onChange={(e) => set('urgency', e.target.value as Urgency)}>{URGENCY_LEVELS.map((u) => <option key={u} value={u}>{t(`urgency.${u}`)}</option>)}</select></Field></Col>
        {register.secret && (
          <Col xs={12} md={4}><Field label={t('fields.secrecy')} error={errors.secrecy}><select className="native-select" id="f-secrecy" aria-label={t('fields.secrecy')} value={v.secrecy} onChange={(e) => set('secrecy', e.target.value as Secrecy)}>{SECRECY_LEVELS.filter((s) => s !== 'none').map((s) => <option key={s} value={s}>{t(`secrecy.${s}`)}</option>)}</select></Field></Col>
        )}
        <Col xs={12} md={4}><Field label={t('fields.handlingDeadline')} error={errors.handlingDeadline}><DateInput id="f-handlingDeadline" ariaLabel={t('fields.handlingDeadline')} value={v.handlingDeadline} onChange={(x) => set('handlingDeadline', x)} year={register.year} /></Field></Col>
        <Col xs={12} md={4}><Field label={t('fields.dueDate')} error={errors.dueDate}><DateInput id="f-dueDate" ariaLabel={t('fields.dueDate')} value={v.dueDate} onChange={(x) => set('dueDate', x)} year={register.year} /></Field></Col>
        <Col xs={12} md={5}><Field label={t('fields.signerName')} error={errors.signerName}><Input id="f-signerName" aria-label={t('fields.signerName')} value={v.signerName} onChange={(e) => set('signerName', e.target.value)} autoComplete="off" /></Field></Col>
        <Col xs={12} md={3}><Field label={t('fields.pageCount')} error={errors.pageCount}><InputNumber id="f-pageCount" aria-label={t('fields.pageCount')} min={1} max={999} value={v.pageCount} onChange={(x) => set('pageCount', typeof x === 'number' ? x : null)} style={{ width: '100%' }} /></Field></Col>
      </Row>
      <Space>
        <Button type="primary" onClick={() => void save()} loading={saving} data-testid="save-entry">{t('registers.saveEntry')}</Button>
        {!editing && <Button onClick={() => { draft.update(emptyValues(entryDay, register.secret)); setErrors({}); firstRef.current?.focus(); }}>{t('registers.clearForm')}</Button>}
      </Space>
      <DuplicateDialog
        open={duplicates.length > 0}
        items={duplicates.map((d) => ({ id: d.id, title: `${formatNumber(d.arrivalNumber)} · ${formatDate(d.arrivalDate)} · ${d.sender} · ${[d.number, d.notation].filter(Boolean).join('/')} · ${d.summary}` }))}
        onConfirm={() => void save(true)}
        onCancel={() => setDuplicates([])}
        onOpen={(id) => { setDuplicates([]); onOpenEntry?.(id); }}
      />
    </Form>
  );
}
