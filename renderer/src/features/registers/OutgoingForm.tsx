/**
 * Registering an outgoing (or internal) document from the keyboard, in the column order of
 * Phụ lục IV.I. The number comes from the register's series; the ký hiệu is built from the
 * type abbreviation and the issuing body unless the clerk types one.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { App, Button, Col, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import type { InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES, SECRECY_LEVELS, URGENCY_LEVELS, type Secrecy, type Urgency } from '../../core/registers/doc-types';
import { formatNumber, nextNumber } from '../../core/registers/numbering';
import { joinNumberNotation } from '../../core/registers/notation';
import { emptyOutgoingInput, type OutgoingInput } from '../../core/registers/types';
import { formatDate, isoDate } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { defaultOutgoingSymbol, registerOutgoing, updateOutgoing, EntryInvalidError } from '../../db/repositories/entry-repository';
import type { IssuingBody, OutgoingDoc, Register } from '../../db/register-records';
import { useDraft } from '../../hooks/useDraft';
import { errorMessage, issueMessage } from '../../i18n';
import { DateInput, Field, SuggestInput, dateText, typedDateValue, useEnterToSave } from './entry-inputs';
import { DuplicateDialog } from './DuplicateDialog';

type Values = {
  documentDate: string;
  typeName: string;
  notation: string;
  unitSuffix: string;
  summary: string;
  signerPosition: string;
  signerName: string;
  recipients: string;
  retainedCopyHolder: string;
  copyCount: number | null;
  transferDate: string;
  receivedSignature: string;
  note: string;
  urgency: Urgency;
  secrecy: Secrecy;
  dueDate: string;
  pageCount: number | null;
};

function emptyValues(today: string, secret: boolean): Values {
  return {
    documentDate: formatDate(today), typeName: '', notation: '', unitSuffix: '', summary: '', signerPosition: '', signerName: '', recipients: '',
    retainedCopyHolder: '', copyCount: null, transferDate: '', receivedSignature: '', note: '', urgency: 'normal', secrecy: secret ? 'confidential' : 'none', dueDate: '', pageCount: null,
  };
}

function valuesOf(d: OutgoingDoc): Values {
  return {
    documentDate: dateText(d.documentDate), typeName: d.typeName, notation: d.notation, unitSuffix: '', summary: d.summary, signerPosition: d.signerPosition,
    signerName: d.signerName, recipients: d.recipients.join('; '), retainedCopyHolder: d.retainedCopyHolder, copyCount: d.copyCount ?? null,
    transferDate: dateText(d.transferDate), receivedSignature: d.receivedSignature, note: d.note, urgency: d.urgency, secrecy: d.secrecy, dueDate: dateText(d.dueDate), pageCount: d.pageCount ?? null,
  };
}

export type OutgoingFormProps = {
  readonly register: Register;
  readonly body: IssuingBody | undefined;
  readonly rows: readonly OutgoingDoc[];
  readonly editing?: OutgoingDoc;
  readonly onSaved?: (doc: OutgoingDoc) => void;
  readonly onOpenEntry?: (id: string) => void;
};

export function OutgoingForm({ register, body, rows, editing, onSaved, onOpenEntry }: OutgoingFormProps) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const today = isoDate(new Date());
  // A register of another year gets no default date: today would be in the wrong year.
  const entryDay = register.year === Number(today.slice(0, 4)) ? today : '';
  const initial = useMemo(() => (editing ? valuesOf(editing) : emptyValues(entryDay, register.secret)), [editing, entryDay, register.secret]);
  const draft = useDraft<Values>(editing ? `outgoing-edit:${editing.id}` : `outgoing-entry:${register.id}`, initial);
  const v = draft.value;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [duplicates, setDuplicates] = useState<readonly OutgoingDoc[]>([]);
  const [saving, setSaving] = useState(false);
  // A ref, not the state: a second Enter right after the first must see the save in progress.
  const savingRef = useRef(false);
  const firstRef = useRef<InputRef>(null);
  useEffect(() => {
    if (!editing) firstRef.current?.focus();
  }, [editing]);
  const set = <K extends keyof Values>(k: K, value: Values[K]) => draft.patch({ [k]: value } as Partial<Values>);

  const live = rows.filter((r) => !r.deleted);
  const typeNames = useMemo(() => [...DOCUMENT_TYPES.map((d) => d.name), ...live.map((r) => r.typeName)], [live]);
  const positions = useMemo(() => live.map((r) => r.signerPosition), [live]);
  const signers = useMemo(() => live.map((r) => r.signerName), [live]);
  const holders = useMemo(() => live.map((r) => r.retainedCopyHolder), [live]);
  const symbol = v.notation.trim() || defaultOutgoingSymbol(v.typeName, body?.abbreviation ?? '', v.unitSuffix);

  const save = useCallback(
    async (confirmDuplicate = false) => {
      if (savingRef.current) return;
      savingRef.current = true;
      setSaving(true);
      try {
        const cur = draft.read();
        const opt = (text: string) => typedDateValue(text, register.year) || undefined;
        const input: OutgoingInput = {
          ...(editing ?? emptyOutgoingInput()),
          documentDate: typedDateValue(cur.documentDate, register.year), typeName: cur.typeName,
          notation: cur.notation.trim() || defaultOutgoingSymbol(cur.typeName, body?.abbreviation ?? '', cur.unitSuffix),
          summary: cur.summary, signerPosition: cur.signerPosition, signerName: cur.signerName,
          recipients: cur.recipients.split(/[;\n]/), retainedCopyHolder: cur.retainedCopyHolder, copyCount: cur.copyCount ?? undefined,
          transferDate: opt(cur.transferDate), receivedSignature: cur.receivedSignature, note: cur.note, urgency: cur.urgency, secrecy: cur.secrecy,
          dueDate: opt(cur.dueDate), pageCount: cur.pageCount ?? undefined,
        };
        const result = editing
          ? await updateOutgoing(db, session, editing.id, input, { today, confirmDuplicate })
          : await registerOutgoing(db, session, register.id, input, { today, confirmDuplicate });
        if (result.kind === 'duplicate') {
          setDuplicates(result.duplicates);
          return;
        }
        // Start the next entry before anything else is awaited, so nothing typed next is wiped.
        if (!editing) draft.update({ ...emptyValues(entryDay, register.secret), documentDate: cur.documentDate, signerPosition: cur.signerPosition, signerName: cur.signerName });
        savingRef.current = false;
        setDuplicates([]);
        setErrors({});
        if (editing) {
          await draft.discard();
          void message.success(t('registers.updated'));
        } else {
          void message.success(t('registers.savedOutgoing', { notation: joinNumberNotation(result.doc.number, result.doc.notation) }));
          setTimeout(() => firstRef.current?.focus(), 0);
        }
        onSaved?.(result.doc);
      } catch (e) {
        if (e instanceof EntryInvalidError) {
          const map: Record<string, string> = {};
          for (const issue of e.issues) map[issue.field.split('.')[0]!] ??= issueMessage(t, issue);
          setErrors(map);
          void message.error(t('registers.invalid', { count: Object.keys(map).length }));
        } else void message.error(errorMessage(t, e));
      } finally {
        savingRef.current = false;
        setSaving(false);
      }
    },
    [editing, draft, register, body, db, session, today, message, t, onSaved],
  );
  const enter = useEnterToSave(() => void save());
  const closed = register.status === 'closed' && !editing;

  return (
    <Form layout="vertical" component="div" onKeyDownCapture={enter.onKeyDownCapture} data-testid="outgoing-form" disabled={closed}>
      {!editing && (
        <Space style={{ marginBottom: 8 }} wrap>
          <Typography.Text strong data-testid="next-number">{t('registers.nextNumber', { number: joinNumberNotation(formatNumber(nextNumber(register)), symbol) })}</Typography.Text>
          <Typography.Text type="secondary">{t('registers.keyboardHelp')}</Typography.Text>
        </Space>
      )}
      <Row gutter={12}>
        <Col xs={12} md={4}><Field label={t('fields.documentDate')} error={errors.documentDate}><DateInput id="o-documentDate" ariaLabel={t('fields.documentDate')} inputRef={firstRef} value={v.documentDate} onChange={(x) => set('documentDate', x)} year={register.year} /></Field></Col>
        <Col xs={12} md={5}><Field label={t('fields.typeName')} error={errors.typeName}><SuggestInput id="o-typeName" ariaLabel={t('fields.typeName')} value={v.typeName} onChange={(x) => set('typeName', x)} options={typeNames} /></Field></Col>
        <Col xs={12} md={4}><Field label={t('registers.unitSuffix')}><Input id="o-unitSuffix" aria-label={t('registers.unitSuffix')} value={v.unitSuffix} onChange={(e) => set('unitSuffix', e.target.value)} autoComplete="off" placeholder="VP" /></Field></Col>
        <Col xs={12} md={5}><Field label={t('fields.notation')} error={errors.notation}><Input id="o-notation" aria-label={t('fields.notation')} value={v.notation} onChange={(e) => set('notation', e.target.value)} placeholder={symbol} autoComplete="off" /></Field></Col>
        <Col xs={12} md={6}><Field label={t('fields.signerPosition')} error={errors.signerPosition}><SuggestInput id="o-signerPosition" ariaLabel={t('fields.signerPosition')} value={v.signerPosition} onChange={(x) => set('signerPosition', x)} options={positions} /></Field></Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={18}><Field label={t('fields.summary')} error={errors.summary}><Input.TextArea id="o-summary" aria-label={t('fields.summary')} value={v.summary} onChange={(e) => set('summary', e.target.value)} autoSize={{ minRows: 1, maxRows: 4 }} /></Field></Col>
        <Col xs={24} md={6}><Field label={t('fields.signerName')} error={errors.signerName}><SuggestInput id="o-signerName" ariaLabel={t('fields.signerName')} value={v.signerName} onChange={(x) => set('signerName', x)} options={signers} /></Field></Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={8}><Field label={t('fields.recipients')} error={errors.recipients}><Input.TextArea id="o-recipients" aria-label={t('fields.recipients')} value={v.recipients} onChange={(e) => set('recipients', e.target.value)} autoSize={{ minRows: 1, maxRows: 4 }} placeholder={t('registers.recipientsHelp')} /></Field></Col>
        <Col xs={12} md={5}><Field label={t('fields.retainedCopyHolder')} error={errors.retainedCopyHolder}><SuggestInput id="o-retained" ariaLabel={t('fields.retainedCopyHolder')} value={v.retainedCopyHolder} onChange={(x) => set('retainedCopyHolder', x)} options={holders} /></Field></Col>
        <Col xs={12} md={3}><Field label={t('fields.copyCount')} error={errors.copyCount}><InputNumber id="o-copyCount" aria-label={t('fields.copyCount')} min={1} max={999} value={v.copyCount} onChange={(x) => set('copyCount', typeof x === 'number' ? x : null)} style={{ width: '100%' }} /></Field></Col>
        <Col xs={12} md={4}><Field label={t('fields.transferDate')} error={errors.transferDate}><DateInput id="o-transferDate" ariaLabel={t('fields.transferDate')} value={v.transferDate} onChange={(x) => set('transferDate', x)} year={register.year} /></Field></Col>
        <Col xs={12} md={4}><Field label={t('fields.receivedSignature')} error={errors.receivedSignature}><Input id="o-receivedSignature" aria-label={t('fields.receivedSignature')} value={v.receivedSignature} onChange={(e) => set('receivedSignature', e.target.value)} autoComplete="off" /></Field></Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={8}><Field label={t('fields.note')} error={errors.note}><Input id="o-note" aria-label={t('fields.note')} value={v.note} onChange={(e) => set('note', e.target.value)} autoComplete="off" /></Field></Col>
        <Col xs={12} md={4}><Field label={t('fields.urgency')} error={errors.urgency}><select className="native-select" id="o-urgency" aria-label={t('fields.urgency')} value={v.urgency} onChange={(e) => set('urgency', e.target.value as Urgency)}>{URGENCY_LEVELS.map((u) => <option key={u} value={u}>{t(`urgency.${u}`)}</option>)}</select></Field></Col>
        {register.secret && (
          <Col xs={12} md={4}><Field label={t('fields.secrecy')} error={errors.secrecy}><select className="native-select" id="o-secrecy" aria-label={t('fields.secrecy')} value={v.secrecy} onChange={(e) => set('secrecy', e.target.value as Secrecy)}>{SECRECY_LEVELS.filter((s) => s !== 'none').map((s) => <option key={s} value={s}>{t(`secrecy.${s}`)}</option>)}</select></Field></Col>
        )}
        <Col xs={12} md={4}><Field label={t('fields.dueDate')} error={errors.dueDate}><DateInput id="o-dueDate" ariaLabel={t('fields.dueDate')} value={v.dueDate} onChange={(x) => set('dueDate', x)} year={register.year} /></Field></Col>
        <Col xs={12} md={3}><Field label={t('fields.pageCount')} error={errors.pageCount}><InputNumber id="o-pageCount" aria-label={t('fields.pageCount')} min={1} max={999} value={v.pageCount} onChange={(x) => set('pageCount', typeof x === 'number' ? x : null)} style={{ width: '100%' }} /></Field></Col>
      </Row>
      <Space>
        <Button type="primary" onClick={() => void save()} loading={saving} data-testid="save-entry">{t('registers.saveEntry')}</Button>
        {!editing && <Button onClick={() => { draft.update(emptyValues(entryDay, register.secret)); setErrors({}); firstRef.current?.focus(); }}>{t('registers.clearForm')}</Button>}
      </Space>
      <DuplicateDialog
        open={duplicates.length > 0}
        items={duplicates.map((d) => ({ id: d.id, title: `${joinNumberNotation(d.number, d.notation)} · ${formatDate(d.documentDate)} · ${d.summary}` }))}
        onConfirm={() => void save(true)}
        onCancel={() => setDuplicates([])}
        onOpen={(id) => { setDuplicates([]); onOpenEntry?.(id); }}
      />
    </Form>
  );
}
