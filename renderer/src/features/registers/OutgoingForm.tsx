/**
 * Registering an outgoing (or internal) document from the keyboard, or correcting one: the
 * fields and what each key and each save does come from entry-form-state.ts (shared with the
 * incoming form). The number comes from the register's series; the ký hiệu is built from the
 * type abbreviation and the issuing body unless the clerk types one.
 */
import { useCallback, useMemo } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDate, isoDate } from '../../core/format';
import { formatNumber, nextNumber } from '../../core/registers/numbering';
import { joinNumberNotation } from '../../core/registers/notation';
import { emptyOutgoingInput } from '../../core/registers/types';
import { cleanOutgoingInput, validateOutgoing } from '../../core/registers/validation';
import { useDb, useSession } from '../../db/context';
import { defaultOutgoingSymbol, lastLiveOutgoing, registerOutgoing, updateOutgoing } from '../../db/repositories/entry-repository';
import { beforeLast, notToday } from './before-last';
import type { IssuingBody, OutgoingDoc, Register } from '../../db/register-records';
import { DuplicateDialog } from './DuplicateDialog';
import { EntryFields } from './EntryFields';
import { ClearFormButton, FormFrame, ResumedNote, UnsavedNote } from './entry-inputs';
import { emptyOutgoingForm, FIRST_FIELD, outgoingFormOf, outgoingInputOf, OUTGOING_FIELDS, suggestionValues, type OutgoingFormState } from './entry-form-state';
import { OUTGOING_FACETS } from '../../core/registers/entry-index';
import { useLastYearValues } from './useLastYearValues';
import { useEntryForm, type EntryQuestion } from './useEntryForm';
import type { FacetValue } from './useRegisterList';

/** The last entry while it is still being read (the first moments after the form opens). */
const LOADING = 'loading' as const;

export type OutgoingFormProps = {
  readonly register: Register;
  readonly body: IssuingBody | undefined;
  /** Values earlier entries of the register hold, most used first, per field (for suggestions). */
  readonly held: Readonly<Record<string, readonly FacetValue[]>>;
  readonly editing?: OutgoingDoc;
  readonly onSaved?: (doc: OutgoingDoc) => void;
  readonly onOpenEntry?: (id: string) => void;
};

export function OutgoingForm(props: OutgoingFormProps) {
  const closed = props.register.status === 'closed' && !props.editing;
  return (
    <FormFrame testId="outgoing-form" disabled={closed}>
      <OutgoingFormBody {...props} />
    </FormFrame>
  );
}

function OutgoingFormBody({ register, body, held, editing, onSaved, onOpenEntry }: OutgoingFormProps) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const symbolOf = useCallback((form: OutgoingFormState) => form.notation.trim() || defaultOutgoingSymbol(form.typeName, body?.abbreviation ?? '', form.unitSuffix), [body]);
  const submit = useCallback(
    (form: OutgoingFormState, opts: { today: string; confirmDuplicate: boolean; baseClock?: string }) => {
      const input = outgoingInputOf(form, register.year, editing ?? emptyOutgoingInput(), symbolOf(form));
      return editing ? updateOutgoing(db, session, editing.id, input, opts) : registerOutgoing(db, session, register.id, input, opts);
    },
    [db, session, register, editing, symbolOf],
  );
  // A refused entry is not cleared away first (a flash, and keys typed meanwhile lost): the checks the repository makes without the database.
  const precheck = useCallback(
    (form: OutgoingFormState, today: string) => validateOutgoing(cleanOutgoingInput({ ...outgoingInputOf(form, register.year, emptyOutgoingInput(), symbolOf(form)), number: undefined }), { register, today }).length === 0,
    [register, symbolOf],
  );
  // A Ngày văn bản before the last entry's: numbers run in the order documents are issued (Decree 30/2020,
  // Art. 15.1), so it is most often a slip; said under the field and beside the buttons, and asked on saving.
  const read = useLiveQuery(() => (editing ? undefined : lastLiveOutgoing(db, register.id)), [db, register.id, editing], LOADING);
  const last = read === LOADING ? undefined : read;
  // The number the next entry takes, as the form shows it ("Số sẽ cấp") and the question names it.
  const nextOf = useCallback((form: OutgoingFormState) => joinNumberNotation(formatNumber(nextNumber(register)), symbolOf(form)), [register, symbolOf]);
  // Asked of a new entry only (the hook asks nothing of a correction).
  const askFirst = useCallback(
    (form: OutgoingFormState) => {
      const ask = (latest: typeof last): EntryQuestion<OutgoingFormState> | undefined => {
        const early = beforeLast(form.documentDate, register.year, latest, false);
        return early && { title: t('registers.askDatedBeforeTitle'), content: t('registers.askDatedBefore', { ...early, next: nextOf(form) }), saveText: t('registers.askDatedBeforeSave'), backText: t('registers.askDatedBeforeBack'), field: 'documentDate' };
      };
      // Saved in the first moments, before the last entry was read: read now (it was saved without the question).
      return read === LOADING ? lastLiveOutgoing(db, register.id).then(ask) : ask(last);
    },
    [db, register.id, register.year, read, last, nextOf, t],
  );
  const f = useEntryForm<OutgoingFormState, OutgoingDoc>({
    kind: 'outgoing',
    register,
    editing,
    rules: OUTGOING_FIELDS,
    empty: emptyOutgoingForm,
    formOf: outgoingFormOf,
    firstField: FIRST_FIELD.outgoing,
    idPrefix: editing ? 'oe-' : 'o-',
    duplicateField: 'notation',
    submit,
    precheck,
    savedMessage: (doc) => t('registers.savedOutgoing', { notation: joinNumberNotation(doc.number, doc.notation) }),
    onSaved,
    askFirst,
  });
  const lastYear = useLastYearValues(register, editing ? undefined : OUTGOING_FACETS);
  const suggestions = useMemo(() => suggestionValues(OUTGOING_FIELDS, held, lastYear), [held, lastYear]);
  const symbol = symbolOf(f.values);
  const earlyOf = beforeLast(f.values.documentDate, register.year, last, !!editing);
  const early = earlyOf && t('registers.arrivesBeforeLastShort', earlyOf);
  const today = notToday(f.values.documentDate, register.year, isoDate(new Date()), !!editing);
  const noSigner = !editing && f.values.summary.trim() !== '' && f.values.signerName.trim() === '';
  const extras = useMemo(
    () => ({
      unitSuffix: { label: t('registers.unitSuffix'), placeholder: 'VP' },
      notation: { placeholder: symbol },
      recipients: { placeholder: t('registers.recipientsHelp') },
      ...(early ? { documentDate: { warning: early } } : today ? { documentDate: { warning: t('registers.notToday', { today }) } } : {}),
      // A document is registered once signed: a signer left out prints column (4) of the book empty. Said, not refused.
      ...(noSigner ? { signerName: { warning: t('registers.noSigner') } } : {}),
    }),
    [t, symbol, early, today, noSigner],
  );

  return (
    <div ref={f.root} onKeyDownCapture={f.onKeyDownCapture}>
      {!editing && (
        <Space style={{ marginBottom: 8 }} wrap>
          <Typography.Text strong data-testid="next-number">{t('registers.nextNumber', { number: nextOf(f.values) })}</Typography.Text>
          <Typography.Text type="secondary">{t('registers.keyboardHelpOutgoing')}</Typography.Text>
        </Space>
      )}
      <EntryFields
        rules={f.shown}
        values={f.values}
        errors={f.errors}
        onChange={f.set}
        onUnreadableDate={f.markField}
        idPrefix={editing ? 'oe-' : 'o-'}
        year={register.year}
        suggestions={suggestions}
        extras={extras}
      />
      <div className="form-actions">
        <Space>
          <Button type="primary" onClick={() => void f.save()} loading={f.saving} data-testid="save-entry">{t('registers.saveEntryOutgoing')}</Button>
          {!editing && <ClearFormButton typed={f.typed} onClear={f.clear} />}
          {f.unsaved && <UnsavedNote onRevert={f.revert} />}
          {f.resumed && <ResumedNote text={t('registers.resumedEntry')} testId="resumed-entry" />}
        </Space>
        {earlyOf && <Alert type="warning" showIcon className="form-actions-note" data-testid="dated-before-last" title={t('registers.datedBeforeLast', earlyOf)} />}
      </div>
      <DuplicateDialog
        open={f.duplicates.length > 0}
        text={t('registers.duplicateTextOutgoing')}
        items={f.duplicates.map((d) => ({ id: d.id, title: `${joinNumberNotation(d.number, d.notation)} · ${formatDate(d.documentDate)} · ${d.summary}` }))}
        {...f.duplicateActions}
        onOpen={(id) => { f.setDuplicates([]); onOpenEntry?.(id); }}
      />
    </div>
  );
}
