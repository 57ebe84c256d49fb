/**
 * Registering an incoming document from the keyboard, or correcting one: the fields and what
 * each key and each save does come from entry-form-state.ts (shared with the outgoing form);
 * this form adds the arrival number to come and splitting "15/QĐ-UBND" typed in Số.
 */
import { useCallback, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../core/format';
import { oddDocumentNumber, oddNotationChars, parseNotation, parseSymbol } from '../../core/registers/notation';
import { formatNumber, nextNumber } from '../../core/registers/numbering';
import { emptyIncomingInput } from '../../core/registers/types';
import { cleanIncomingInput, validateIncoming } from '../../core/registers/validation';
import { useDb, useSession } from '../../db/context';
import { lastLiveIncoming, registerIncoming, updateIncoming } from '../../db/repositories/entry-repository';
import { beforeLast } from './before-last';
import type { IncomingDoc, Register } from '../../db/register-records';
import { DuplicateDialog } from './DuplicateDialog';
import { EntryFields } from './EntryFields';
import { ClearFormButton, FormFrame, ResumedNote, UnsavedNote } from './entry-inputs';
import { emptyIncomingForm, FIRST_FIELD, incomingFormOf, incomingInputOf, INCOMING_FIELDS, suggestionValues, type IncomingFormState } from './entry-form-state';
import { INCOMING_FACETS } from '../../core/registers/entry-index';
import { useLastYearValues } from './useLastYearValues';
import { useEntryForm } from './useEntryForm';
import type { FacetValue } from './useRegisterList';

export type IncomingFormProps = {
  readonly register: Register;
  /** Values earlier entries of the register hold, most used first, per field (for suggestions). */
  readonly held: Readonly<Record<string, readonly FacetValue[]>>;
  /** Correcting an existing entry instead of registering a new one. */
  readonly editing?: IncomingDoc;
  readonly onSaved?: (doc: IncomingDoc) => void;
  readonly onOpenEntry?: (id: string) => void;
};

export function IncomingForm(props: IncomingFormProps) {
  const closed = props.register.status === 'closed' && !props.editing;
  return (
    <FormFrame testId="incoming-form" disabled={closed}>
      <IncomingFormBody {...props} />
    </FormFrame>
  );
}

function IncomingFormBody({ register, held, editing, onSaved, onOpenEntry }: IncomingFormProps) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const submit = useCallback(
    (form: IncomingFormState, opts: { today: string; confirmDuplicate: boolean; baseClock?: string }) => {
      const input = incomingInputOf(form, register.year, editing ?? emptyIncomingInput());
      return editing ? updateIncoming(db, session, editing.id, input, opts) : registerIncoming(db, session, register.id, input, opts);
    },
    [db, session, register, editing],
  );
  // A refused entry is not cleared away first (a flash, and keys typed meanwhile lost): the checks the repository makes without the database.
  const precheck = useCallback(
    (form: IncomingFormState, today: string) => validateIncoming(cleanIncomingInput({ ...incomingInputOf(form, register.year, emptyIncomingInput()), arrivalNumber: undefined }), { register, today }).length === 0,
    [register],
  );
  const prefix = editing ? 'fe-' : 'f-';
  // A Ngày đến before the last entry's day: said under the field (a wrong month, most often), saving still allowed; saved
  // so, it is that document's own (received earlier, registered late): the next one starts on today (it carried the day,
  // the warning stood on under the next document and the next ones went in under the old day).
  const last = useLiveQuery(() => (editing ? undefined : lastLiveIncoming(db, register.id)), [db, register.id, editing]);
  const ownField = useCallback((form: IncomingFormState) => (beforeLast(form.arrivalDate, register.year, last, false) ? ('arrivalDate' as const) : undefined), [register.year, last]);
  const f = useEntryForm<IncomingFormState, IncomingDoc>({
    kind: 'incoming',
    register,
    editing,
    rules: INCOMING_FIELDS,
    empty: emptyIncomingForm,
    formOf: incomingFormOf,
    firstField: FIRST_FIELD.incoming,
    idPrefix: prefix,
    duplicateField: 'number',
    submit,
    precheck,
    savedMessage: (doc) => t('registers.savedIncoming', { number: formatNumber(doc.arrivalNumber) }),
    onSaved,
    ownField,
  });
  const lastYear = useLastYearValues(register, editing ? undefined : INCOMING_FACETS);
  const suggestions = useMemo(() => suggestionValues(INCOMING_FIELDS, held, lastYear), [held, lastYear]);

  /** "15/QĐ-UBND" typed in Số: split it, and take the type from the notation when none is given. */
  const { read, update } = f.draft;
  const splitNumber = useCallback(() => {
    const cur = read();
    let next = cur;
    let filledNotation = false;
    if (cur.number.includes('/')) {
      const p = parseNotation(cur.number);
      filledNotation = !cur.notation && !!p.notation;
      next = { ...next, number: p.number, notation: cur.notation || p.notation };
    }
    const parsed = parseSymbol(next.notation);
    if (!next.typeName && parsed.typeName) next = { ...next, typeName: parsed.typeName };
    if (next !== cur) update(next);
    // Tab from Số lands in Ký hiệu, which the split has just filled, and the browser selected all of it: a
    // date typed there at once went over the ký hiệu (every later field one box off). Tab still moves one
    // field, as everywhere in the form; the cursor just waits after the ký hiệu, so nothing typed erases it.
    if (filledNotation)
      requestAnimationFrame(() => {
        const el = document.activeElement;
        if (el instanceof HTMLInputElement && el.id === `${prefix}notation`) el.setSelectionRange(el.value.length, el.value.length);
      });
  }, [read, update, prefix]);
  const earlyOf = beforeLast(f.values.arrivalDate, register.year, last, !!editing);
  const early = earlyOf && t('registers.arrivesBeforeLastShort', earlyOf);
  const splitExtra = useMemo(() => ({ onBlur: splitNumber }), [splitNumber]);
  const arrivalExtra = useMemo(() => (early ? { warning: early } : undefined), [early]);
  // Characters a ký hiệu does not hold ("SNV-VP#@!") are said under it, not refused: the clerk copies the paper.
  const odd = oddNotationChars(f.values.notation);
  const notationExtra = useMemo(() => (odd ? { ...splitExtra, warning: t('registers.oddNotation', { chars: odd }) } : splitExtra), [odd, splitExtra, t]);
  // A số in words or with letters ("ba mươi"): said under it, saving still allowed.
  const oddNumber = oddDocumentNumber(f.values.number);
  const numberExtra = useMemo(() => (oddNumber ? { ...splitExtra, warning: t('registers.oddNumber') } : splitExtra), [oddNumber, splitExtra, t]);
  const extras = useMemo(() => ({ number: numberExtra, notation: notationExtra, ...(arrivalExtra ? { arrivalDate: arrivalExtra } : {}) }), [numberExtra, notationExtra, arrivalExtra]);

  return (
    <div ref={f.root} onKeyDownCapture={f.onKeyDownCapture}>
      {!editing && (
        <Space style={{ marginBottom: 8 }} wrap>
          <Typography.Text strong data-testid="next-number">{t('registers.nextNumber', { number: formatNumber(nextNumber(register)) })}</Typography.Text>
          <Typography.Text type="secondary">{t('registers.keyboardHelp')}</Typography.Text>
        </Space>
      )}
      <EntryFields
        rules={f.shown}
        values={f.values}
        errors={f.errors}
        onChange={f.set}
        onUnreadableDate={f.markField}
        idPrefix={editing ? 'fe-' : 'f-'}
        year={register.year}
        suggestions={suggestions}
        extras={extras}
      />
      {/* Beside the buttons: the fields being typed in do not move when it appears, nor "Lưu" off the screen. */}
      <div className="form-actions">
        <Space>
          <Button type="primary" onClick={() => void f.save()} loading={f.saving} data-testid="save-entry">{t('registers.saveEntry')}</Button>
          {!editing && <ClearFormButton typed={f.typed} onClear={f.clear} />}
          {f.unsaved && <UnsavedNote onRevert={f.revert} />}
          {f.resumed && <ResumedNote text={t('registers.resumedEntry')} testId="resumed-entry" />}
        </Space>
        {earlyOf && <Alert type="warning" showIcon className="form-actions-note" data-testid="arrives-before-last" title={t('registers.arrivesBeforeLast', earlyOf)} />}
      </div>
      <DuplicateDialog
        open={f.duplicates.length > 0}
        text={t('registers.duplicateTextIncoming')}
        items={f.duplicates.map((d) => ({ id: d.id, title: `${formatNumber(d.arrivalNumber)} · ${formatDate(d.arrivalDate)} · ${d.sender} · ${[d.number, d.notation].filter(Boolean).join('/')}${d.documentDate ? ` ngày ${formatDate(d.documentDate)}` : ''} · ${d.summary}` }))}
        {...f.duplicateActions}
        onOpen={(id) => { f.setDuplicates([]); onOpenEntry?.(id); }}
      />
    </div>
  );
}
