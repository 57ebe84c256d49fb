/**
 * The behaviour the incoming and outgoing forms share: the draft that survives a reload, saving
 * with Enter (once, however fast the keys come), the duplicate warning, the errors per field,
 * and starting the next entry from the rules in entry-form-state.ts.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { usePatchClearingErrors } from '../../hooks/usePatchClearingErrors';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../core/errors';
import { isoDate } from '../../core/format';
import { EntryInvalidError, type SaveResult } from '../../db/repositories/entry-repository';
import type { Register } from '../../db/register-records';
import { useDraft } from '../../hooks/useDraft';
import { useResumedDraft } from '../../hooks/useResumedDraft';
import { useFocusAfterSave } from '../../hooks/useFocusAfterSave';
import { errorMessage, issueMessage } from '../../i18n';
import { holdsTyping, newDayForm, nextEntryForm, rebaseCorrection, STARTED_ON, visibleFields, type FieldRule } from './entry-form-state';
import { typesCharacter, useEnterToSave } from './entry-inputs';
import { askBeforeSaving, type SaveQuestion } from '../../components/Confirm';

/** The draft's own key for the clock of the version a correction was opened on (not a field of the form). */
const BASE_CLOCK = '__baseClock';

/**
 * The key of a save's refusal message: an entry saved after it closes it (it stayed beside the success).
 * Successes open without it — one updated in place while the last was closing was never shown.
 */
const SAVE_MESSAGE = 'entry-save';

/** A form value as the clerk reads it in a message: a level by its name, nothing as "(để trống)". */
function shownValue(t: (k: string) => string, key: string, value: string): string {
  if (value.trim() === '') return t('registers.emptyValue');
  if (key === 'urgency') return t(`urgency.${value}`);
  if (key === 'secrecy') return t(`secrecy.${value}`);
  return value;
}

export type EntryFormOptions<S extends Record<string, string>, D> = {
  /** "incoming" or "outgoing": names the draft. */
  readonly kind: string;
  readonly register: Register;
  readonly editing?: D & { readonly id: string; readonly clock: string };
  readonly rules: readonly FieldRule<keyof S & string>[];
  readonly empty: (today: string, secret: boolean) => S;
  readonly formOf: (doc: D) => S;
  /** The first field of a new entry (focused on opening and after each save). */
  readonly firstField: keyof S & string;
  readonly idPrefix: string;
  /** Where the cursor goes after "Quay lại sửa" in the duplicate warning: the field that names the document (its số or ký hiệu), to be corrected. */
  readonly duplicateField: keyof S & string;
  /** Writes the entry (registers it, or corrects `editing`). */
  readonly submit: (form: S, opts: { today: string; confirmDuplicate: boolean; baseClock?: string }) => Promise<SaveResult<D>>;
  /** Whether a new entry passes the checks made without the database: only then is the form cleared for the next one before it is written. */
  readonly precheck?: (form: S, today: string) => boolean;
  readonly savedMessage: (doc: D) => string;
  readonly onSaved?: (doc: D) => void;
  /**
   * A question a new entry is asked before it is written (an outgoing document dated before the
   * last one: its number would break the order of issue), or undefined. Answered "no", the cursor
   * goes to `field`; "yes", the entry is saved as it is (and not asked again on a duplicate warning).
   */
  readonly askFirst?: (form: S) => EntryQuestion<S> | undefined | Promise<EntryQuestion<S> | undefined>;
  /**
   * A carried field the saved entry holds as its own, not the next one's (a Ngày đến before the last entry's, saved as it
   * is: a document received earlier and registered late), or undefined: the next entry starts as a blank form has it.
   */
  readonly ownField?: (form: S) => (keyof S & string) | undefined;
};

/** A question asked of a new entry before it is written, and the field answering "no" takes the cursor back to. */
export type EntryQuestion<S> = SaveQuestion & { readonly field: keyof S & string };

export function useEntryForm<S extends Record<string, string>, D>(o: EntryFormOptions<S, D>) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { register, editing, rules, empty, formOf, firstField, idPrefix, submit, precheck, savedMessage, onSaved, duplicateField, askFirst, ownField } = o;
  // After a save the cursor goes to the first field the next entry does not carry over (an outgoing
  // form opens on its date, to be checked once, then goes on to the type: one Tab less per entry).
  const nextField = (rules.find((r) => r.afterSave === 'clear')?.key ?? firstField) as keyof S & string;
  const today = isoDate(new Date());
  // A correction remembers, in its draft, the version it was opened on: saved over a version another
  // window saved since, it is refused where it would overwrite what that window changed (changes.ts assertNotStale).
  // A new entry's form of a given day: that day's date (none in a register of another year, where it would be
  // in the wrong year), and the day it was started on (newDayForm).
  const blankOf = useCallback((day: string) => ({ ...empty(register.year === Number(day.slice(0, 4)) ? day : '', register.secret), [STARTED_ON]: day }) as S, [empty, register.year, register.secret]);
  /** The blank form, to compare with or copy from (made once a day, not at every key typed). */
  const blankForm = useMemo(() => blankOf(today), [blankOf, today]);
  const initial = useMemo(() => (editing ? ({ ...formOf(editing), [BASE_CLOCK]: editing.clock } as S) : blankForm), [editing, formOf, blankForm]);
  const draft = useDraft<S>(editing ? `${o.kind}-edit:${editing.id}` : `${o.kind}-entry:${register.id}`, initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [duplicates, setDuplicates] = useState<readonly D[]>([]);
  const [saving, setSaving] = useState(false);
  // A ref, not the state: a second Enter right after the first must see the save in progress.
  const savingRef = useRef(false);
  // The form's element; a refused save takes the cursor to the first field it marked (shared hook).
  const focusAfterSave = useFocusAfterSave();
  const { root } = focusAfterSave;
  // Where the focus goes once the duplicate warning has closed (it holds the focus while open).
  const afterDialog = useRef<(() => void) | undefined>(undefined);
  /** From a duplicate answer until its warning has closed: keys that type a character into the form do nothing. */
  const holdTyping = useRef(false);
  // Text that comes without a key of its own (an input method's letters) is held back the same way.
  const holdInput = useCallback((e: Event) => e.preventDefault(), []);
  useEffect(() => () => document.removeEventListener('beforeinput', holdInput, true), [holdInput]);
  const shown = useMemo(() => visibleFields(rules, register.secret), [rules, register.secret]);

  // The versions of the entry this correction has seen, by clock: when the entry is saved from
  // elsewhere (its follow-up tab, another window), the form moves to the new version where it
  // still shows the old one, and keeps what was typed (rebaseCorrection). It kept the old values,
  // and a summary corrected after the deadline was set in "Theo dõi giải quyết" was refused as
  // overwriting it. A draft restored from an earlier session is left as it is: its version's
  // values are not known here, and the save's check (changes.ts assertNotStale) decides.
  const seen = useRef(new Map<string, S>());
  const { read: readDraft, update: updateDraft, discard: discardDraft } = draft;
  useEffect(() => {
    if (!editing) return;
    const next = formOf(editing);
    seen.current.set(editing.clock, next);
    const cur = readDraft() as Record<string, string>;
    const baseClock = cur[BASE_CLOCK];
    if (baseClock === undefined || baseClock === editing.clock) return;
    const base = seen.current.get(baseClock);
    if (!base) return;
    const { form, conflicts } = rebaseCorrection(cur as S, { ...base, [BASE_CLOCK]: baseClock }, { ...next, [BASE_CLOCK]: baseClock });
    if (conflicts.length > 0) return;
    const moved = { ...form, [BASE_CLOCK]: editing.clock } as S;
    const typed = (Object.keys(next) as (keyof S & string)[]).some((k) => moved[k] !== next[k]);
    if (typed) updateDraft(moved);
    else {
      // Nothing typed over the new version: no draft to keep.
      updateDraft(moved, { keep: false });
      void discardDraft();
    }
  }, [editing, formOf, readDraft, updateDraft, discardDraft]);

  // A draft of a new entry kept from another day, with only what the last entry carried: its dates are today's.
  const { restored } = draft;
  useEffect(() => {
    if (editing || restored !== 'restored') return;
    const next = newDayForm(rules, readDraft(), blankForm);
    if (next) updateDraft(next);
  }, [editing, restored, rules, readDraft, blankForm, updateDraft]);
  /** Something typed that a clear would lose: a field emptied after each save holds text (a carried one, a date, is no loss). */
  const typed = !editing && holdsTyping(rules, draft.value, blankForm);
  const holdsOwn = useCallback((form: S) => holdsTyping(rules, form, blankForm), [rules, blankForm]);
  const { resumed, done: resumedDone } = useResumedDraft(draft, !!editing, holdsOwn);
  // The same for a window left open overnight, when the clerk comes back to it (the page shown or the window focused).
  useEffect(() => {
    if (editing) return;
    const check = () => {
      if (document.visibilityState === 'hidden') return;
      const next = newDayForm(rules, readDraft(), blankOf(isoDate(new Date())));
      if (next) updateDraft(next);
    };
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [editing, blankOf, rules, readDraft, updateDraft]);

  const focusField = useCallback((key: string, options?: { readonly select?: boolean }) => {
    const el = root.current?.querySelector<HTMLElement>(`#${CSS.escape(`${idPrefix}${key}`)}`);
    el?.focus();
    if (options?.select && el instanceof HTMLInputElement) el.select();
  }, [idPrefix]);

  useEffect(() => {
    if (!editing) focusField(firstField);
  }, [editing, firstField, focusField]);

  // Stable across renders (the draft's patch is): the form's fields are memoised on it.
  // A field's error goes once it is changed (a stale "Chưa nhập ngày đến" stayed under a date typed since).
  const patch = usePatchClearingErrors<S>(draft, setErrors);
  const set = useCallback((key: keyof S & string, value: string) => patch({ [key]: value } as Partial<S>), [patch]);
  /** A field left holding what saving would refuse (a day that does not read): said under it now. */
  const markField = useCallback((key: keyof S & string, text: string) => setErrors((e) => (e[key] === text ? e : { ...e, [key]: text })), []);

  /**
   * A correction refused because another window (or tab) changed a field typed over here too: each
   * such field is marked with what it holds now, and the form moves to that version, keeping what
   * was typed — so saving again writes it deliberately, and closing and opening the entry again is
   * not needed (its draft brought the same refusal back). Says whether any field was marked.
   */
  const markChangedElsewhere = useCallback((latest: NonNullable<typeof editing>): boolean => {
    // What is in the form now (keys typed while the save ran included), against the entry as stored now.
    const cur = readDraft();
    const now = formOf(latest);
    const baseClock = (cur as Record<string, string>)[BASE_CLOCK];
    const base = baseClock === undefined ? undefined : seen.current.get(baseClock);
    const map: Record<string, string> = {};
    // Without the version it was opened on (a draft kept from an earlier opening) which fields were typed is
    // not known: every field that differs from the stored entry is shown with the stored value, for the clerk to judge.
    for (const k of Object.keys(now) as (keyof S & string)[]) {
      const typedOver = base === undefined || cur[k] !== base[k];
      const changed = base === undefined || now[k] !== base[k];
      if (cur[k] !== now[k] && typedOver && changed) map[k] = t('registers.changedElsewhereField', { value: shownValue(t, k, now[k] ?? '') });
    }
    if (Object.keys(map).length === 0) return false;
    const form = base ? rebaseCorrection(cur, base, now).form : cur;
    updateDraft({ ...form, [BASE_CLOCK]: latest.clock } as S);
    setErrors(map);
    return true;
  }, [formOf, t, readDraft, updateDraft]);

  // The field of this entry a question was asked about and answered "save as it is" (a back-dated Ngày văn bản), and
  // the value kept: not asked again while the field holds it (a duplicate warning gone back from, a refusal), and this
  // entry's own — the next one starts as a blank form has it (today). Forgotten once the entry is written or cleared.
  const keptAsAsked = useRef<{ readonly field: keyof S & string; readonly value: string } | undefined>(undefined);
  /** The kept field, when `form` still holds the value kept. */
  const keptIn = (form: S) => {
    const kept = keptAsAsked.current;
    return kept !== undefined && form[kept.field] === kept.value ? kept.field : undefined;
  };
  /** The next entry after `cur`: carried fields as they were, but a field kept as asked, or the entry's own, starts as a blank form has it (today). */
  const nextForm = useCallback(
    (cur: S) => {
      const next = nextEntryForm(rules, cur, blankForm);
      const kept = keptIn(cur) ?? ownField?.(cur);
      return kept === undefined ? next : { ...next, [kept]: blankForm[kept] };
    },
    [rules, blankForm, ownField],
  );
  // The save as it is now, for a question's answer (the one captured when it was asked may be stale by then).
  const saveRef = useRef<(confirmDuplicate?: boolean) => Promise<void>>(async () => {});
  const save = useCallback(
    async (confirmDuplicate = false) => {
      if (savingRef.current) return;
      let cur = draft.read();
      // A new entry that passes the checks made without the database: started at once (below), and first asked what
      // looks like a slip (a question before an empty field's refusal was answered for nothing).
      const passes = !editing && !confirmDuplicate && (precheck?.(cur, today) ?? true);
      let question = passes ? askFirst?.(cur) : undefined;
      // What it compares with not read yet (the first moments after the form opens): read now, the form held meanwhile.
      if (question instanceof Promise) {
        savingRef.current = true;
        setSaving(true);
        try {
          question = await question;
        } catch (e) {
          void message.error({ content: errorMessage(t, e), key: SAVE_MESSAGE });
          return;
        } finally {
          savingRef.current = false;
          setSaving(false);
        }
      }
      // Asked and answered already for the value the field still holds.
      if (question && keptIn(cur) === question.field) question = undefined;
      if (question) {
        askBeforeSaving(
          modal,
          question,
          {
            onSave: () => {
              keptAsAsked.current = { field: question.field, value: cur[question.field] ?? '' };
              void saveRef.current(false);
            },
            // Selected, to be typed over (the cursor stood after the day, to be deleted first).
            onBack: () => focusField(question.field, { select: true }),
          },
          savingRef,
        );
        return;
      }
      savingRef.current = true;
      setSaving(true);
      // A new entry: the next one starts now, not once this one is written (tens to hundreds of ms),
      // so what the clerk types meanwhile goes into the next entry's first field. It went into the
      // field Enter was pressed in and was wiped, and a Tab among it could reach the list, where the
      // next Enter opened a saved entry. The cursor moves first: leaving a field runs its blur
      // handler (a date is tidied) with this entry's text; only then the next entry is set, so
      // nothing of this one leaks into it. Refused or warned of a duplicate, this entry comes back.
      let started: { written: () => void; refused: () => void } | undefined;
      if (passes) {
        focusField(nextField);
        // Read again: leaving the field may have tidied it (a name typed without its marks takes its known
        // spelling; it was saved as typed when Enter was pressed in that very field).
        cur = draft.read();
        // A field asked about and kept as it was (a back-dated Ngày văn bản) is this entry's own: the next one starts as
        // a blank form has it, today (it carried the day, was asked about it again, and the next letter risked it).
        started = draft.startNext(nextForm(cur));
      }
      try {
        const baseClock = editing ? (cur as Record<string, string>)[BASE_CLOCK] : undefined;
        const result = await submit(cur, { today, confirmDuplicate, ...(baseClock ? { baseClock } : {}) });
        if (result.kind === 'duplicate') {
          // The entry comes back for the warning: keys typed from now until the warning takes the
          // focus would go into it (the next sender appended to its own), so they type nothing.
          holdTyping.current = true;
          document.addEventListener('beforeinput', holdInput, true);
          started?.refused();
          setDuplicates(result.duplicates);
          return;
        }
        setDuplicates([]);
        setErrors({});
        if (editing) {
          // The next correction in the same form starts from the version just saved, as it was stored (tidied).
          draft.update({ ...formOf(result.doc), [BASE_CLOCK]: (result.doc as { clock: string }).clock } as S, { keep: false });
          await draft.discard();
          message.destroy(SAVE_MESSAGE);
          void message.success(t('registers.updated'));
        } else {
          if (started) started.written();
          else {
            // Saved from the duplicate warning: the cursor goes to the next entry once it has closed.
            afterDialog.current = () => focusField(nextField);
            draft.update(nextForm(cur));
          }
          keptAsAsked.current = undefined;
          resumedDone();
          message.destroy(SAVE_MESSAGE);
          void message.success(savedMessage(result.doc));
        }
        onSaved?.(result.doc);
      } catch (e) {
        started?.refused();
        if (e instanceof EntryInvalidError) {
          const map: Record<string, string> = {};
          for (const issue of e.issues) map[issue.field.split('.')[0]!] ??= issueMessage(t, issue);
          setErrors(map);
          // The cursor goes to the first field marked, to be corrected there (it stayed where Enter was pressed).
          focusAfterSave.firstInvalid();
          void message.error({ content: t('registers.invalid', { count: Object.keys(map).length }), key: SAVE_MESSAGE });
        } else if (editing && e instanceof AppError && e.code === 'record.changedElsewhere' && markChangedElsewhere(editing)) {
          focusAfterSave.firstInvalid();
          void message.error({ content: t('registers.changedElsewhereSaveAgain'), key: SAVE_MESSAGE });
        } else void message.error({ content: errorMessage(t, e), key: SAVE_MESSAGE });
      } finally {
        savingRef.current = false;
        setSaving(false);
      }
    },
    [draft, submit, precheck, today, editing, message, modal, askFirst, t, focusField, nextField, nextForm, formOf, savedMessage, onSaved, focusAfterSave, markChangedElsewhere],
  );
  saveRef.current = save;

  const inputOf = useCallback((id: string) => shown.find((r) => `${idPrefix}${r.key}` === id)?.input, [shown, idPrefix]);
  const enter = useEnterToSave(() => void save(), inputOf);
  const onKeyDownCapture = useCallback(
    (e: ReactKeyboardEvent<HTMLElement>) => {
      if (holdTyping.current && typesCharacter(e)) {
        e.preventDefault();
        return;
      }
      enter.onKeyDownCapture(e);
    },
    [enter],
  );

  const clear = () => {
    keptAsAsked.current = undefined;
    resumedDone();
    draft.update(blankForm);
    setErrors({});
    focusField(shown[0]?.key ?? firstField);
  };

  const duplicateActions = {
    onConfirm: () => void save(true),
    onCancel: () => {
      afterDialog.current = () => focusField(duplicateField);
      setDuplicates([]);
    },
    afterClose: () => {
      holdTyping.current = false;
      document.removeEventListener('beforeinput', holdInput, true);
      afterDialog.current?.();
      afterDialog.current = undefined;
    },
  };

  // A correction that differs from the entry as stored (typed now, or kept from an earlier opening:
  // closing the drawer keeps it as a draft) says so beside its buttons, with a way back to the stored one.
  const stored = useMemo(() => (editing ? formOf(editing) : undefined), [editing, formOf]);
  const unsaved = stored !== undefined && (Object.keys(stored) as (keyof S & string)[]).some((k) => (draft.value[k] ?? '') !== (stored[k] ?? ''));
  const revert = useCallback(() => {
    if (!editing) return;
    updateDraft({ ...formOf(editing), [BASE_CLOCK]: editing.clock } as S, { keep: false });
    void discardDraft();
    setErrors({});
  }, [editing, formOf, updateDraft, discardDraft]);

  return { root, draft, values: draft.value, set, markField, errors, duplicates, setDuplicates, duplicateActions, saving, save, onKeyDownCapture, clear, typed, resumed, shown, unsaved, revert };
}
