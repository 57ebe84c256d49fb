/**
 * Inputs of the keyboard-first entry forms: a date typed as the clerk speaks it ("5/3"),
 * suggestions from earlier entries, and the Enter-to-save handler (what each key does is
 * decided by `keyAction` in entry-form-state.ts: Enter takes a highlighted suggestion first).
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode, type Ref } from 'react';
import { AutoComplete, Button, Form, Input, Space, Typography } from 'antd';
import { Confirm } from '../../components/Confirm';
import { useTranslation } from 'react-i18next';
import type { InputRef } from 'antd';
import { formatDate } from '../../core/format';
import { foldText } from '../../core/text';
import { knownSpelling } from '../../components/folded-match';
import { dateIssue, parseTypedDate } from '../../core/typed-date';
import { issueMessage } from '../../i18n';
import { keyAction, type FieldInput } from './entry-form-state';

export type FieldProps = {
  /** A string is also the label's tooltip (antd's title); an element has none. */
  readonly label: ReactNode;
  readonly error?: string;
  /** Said under the field when there is no error: something to check, not a refusal. */
  readonly warning?: string;
  readonly children: ReactNode;
  readonly testId?: string;
  /** Marked with antd's red asterisk: the save is refused while it is empty. */
  readonly required?: boolean;
  /** The id of the text under the field, for a control that points at it (errorProps' aria-describedby). */
  readonly helpId?: string;
};

/**
 * A click on a field's label puts the cursor in its box (it put it nowhere: "Đề mục mới", "Trích yếu nội dung"). Found
 * inside the field, not by id: a drawer's form repeats the ids of the page's form behind it, and a label's `for` went
 * to that hidden one.
 */
function focusFromLabel(e: MouseEvent<HTMLElement>) {
  if (!(e.target as HTMLElement).closest('.ant-form-item-label')) return;
  e.currentTarget.querySelector<HTMLElement>('input:not([type=hidden]), textarea, select')?.focus();
}

export function Field({ label, error, warning, children, testId, required, helpId }: FieldProps) {
  const help = error ?? warning;
  return (
    <div style={{ display: 'contents' }} onClick={focusFromLabel}>
      <Form.Item label={label} required={required} validateStatus={error ? 'error' : warning ? 'warning' : undefined} help={help && helpId ? <span id={helpId}>{help}</span> : help} style={{ marginBottom: 8 }} data-testid={testId}>
        {children}
      </Form.Item>
    </div>
  );
}

/**
 * The antd Form around a keyboard form's fields. antd's Form hands its items a new context on
 * each of its own renders (a fresh tooltip object), which re-renders every field of the form: so
 * a form draws this frame in a component above the one holding the typed values
 * (`<FormFrame><SlipFormBody/></FormFrame>`), and a key typed re-renders only what it changed.
 */
export function FormFrame({ testId, disabled, children }: { readonly testId?: string; readonly disabled?: boolean; readonly children: ReactNode }) {
  return (
    <Form layout="vertical" component="div" data-testid={testId} disabled={disabled}>
      {children}
    </Form>
  );
}

/** Text of a stored date for editing: "2026-03-05" → "05/03/2026". */
export const dateText = (iso: string | undefined): string => formatDate(iso);

/** A field refused: outlined red, and the words under it (`${id}-error`) read with it. */
export function errorProps(id: string | undefined, error: string | undefined) {
  return { status: error ? ('error' as const) : undefined, 'aria-invalid': error ? true : undefined, 'aria-describedby': error && id ? `${id}-error` : undefined };
}

/** `resolve`: how a typed text is read as a date where the year is not simply `year`'s (a date beside another: dayNear). */
export function DateInput({ value, onChange, year, inputRef, id, ariaLabel, required, resolve, error, onUnreadable }: {
  value: string;
  onChange: (v: string) => void;
  year: number;
  inputRef?: Ref<InputRef>;
  id?: string;
  ariaLabel?: string;
  required?: boolean;
  resolve?: (typed: string) => string | undefined;
  error?: string;
  /**
   * Told on leaving the field holding a day that does not read ("31/02"): the refusal saving would give, in its words
   * ("Tháng 2/2026 không có ngày 31…") — not when the cursor goes to a button: the message moved the button down under
   * the pointer pressing it, the click was lost, and the save that would say the same was not made. A day put in from
   * elsewhere, not typed in this box (a half-typed entry brought back, the cursor in its box or not), is told at once: it
   * was said only when saving, long after the form came back.
   */
  onUnreadable?: (message: string) => void;
}) {
  const { t } = useTranslation();
  const unreadable = (typed: string) => typed.trim() !== '' && !(resolve ? resolve(typed) : parseTypedDate(typed, year));
  /** What this box last put in itself (typed, or tidied on leaving): any other value came from elsewhere. */
  const own = useRef('');
  useEffect(() => {
    if (onUnreadable && value !== own.current && unreadable(value)) onUnreadable(issueMessage(t, dateIssue(id ?? '', value)));
  }, [value]);
  return (
    <Input
      id={id}
      ref={inputRef}
      aria-label={ariaLabel}
      aria-required={required || undefined}
      {...errorProps(id, error)}
      value={value}
      placeholder={t('common.datePlaceholder')}
      inputMode="numeric"
      autoComplete="off"
      onChange={(e) => {
        own.current = e.target.value;
        onChange(e.target.value);
      }}
      onBlur={(e) => {
        // What the field shows now, not what it held when this handler was made.
        const typed = e.currentTarget.value;
        const iso = resolve ? resolve(typed) : parseTypedDate(typed, year);
        if (iso && formatDate(iso) !== typed) {
          own.current = formatDate(iso);
          onChange(formatDate(iso));
        }
        if (onUnreadable && unreadable(typed) && !(e.relatedTarget instanceof HTMLButtonElement)) onUnreadable(issueMessage(t, dateIssue(id ?? '', typed)));
      }}
    />
  );
}

/** A key that types a character (a letter, a digit, a space), not Enter, Esc, Tab, an arrow or a shortcut. */
export function typesCharacter(e: { readonly key: string; readonly ctrlKey: boolean; readonly metaKey: boolean; readonly altKey: boolean }): boolean {
  return e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
}

/**
 * Earlier values, most frequent first, that contain what was typed (diacritics ignored). Values
 * that differ only in capitals are one suggestion, written as the first of them ("Sở Tư pháp" and
 * "sở tư pháp" were offered side by side). `also`: another text a value is found by from its start (a
 * heading by its code: "VPTK" offers "II. VĂN PHÒNG - THỐNG KÊ").
 */
export function suggestionsFor(values: readonly string[], typed: string, max = 12, also?: ReadonlyMap<string, string>): { value: string }[] {
  const q = foldText(typed.trim());
  const counts = new Map<string, number>();
  const written = new Map<string, string>();
  for (const v of values) {
    if (!v) continue;
    const key = v.toLocaleLowerCase('vi');
    const as = written.get(key) ?? (written.set(key, v), v);
    counts.set(as, (counts.get(as) ?? 0) + 1);
  }
  return [...counts.entries()]
    .filter(([v]) => !q || foldText(v).includes(q) || (q.length >= 2 && foldText(also?.get(v) ?? '').startsWith(q)))
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([value]) => ({ value }));
}

/**
 * Whether `suggestion` begins with what was `typed`, marks ignored, and is more: typed whole ("vĩnh viễn", "vinh vien")
 * there is nothing to take, and Enter saves, as it does on a value typed as listed.
 */
function beginsMore(suggestion: string | undefined, typed: string): boolean {
  const q = foldText(typed.trim());
  if (suggestion === undefined || q === '') return false;
  const s = foldText(suggestion);
  return s.startsWith(q) && s !== q;
}

export function SuggestInput({ value, onChange, options, also, onBlur, onPick, id, ariaLabel, inputRef, onOpenChange, required, disabled, placeholder, firstWhenBegun }: {
  value: string;
  onChange: (v: string) => void;
  options: readonly string[];
  /** Another text each option is found by (suggestionsFor). */
  also?: ReadonlyMap<string, string>;
  onBlur?: () => void;
  /** A suggestion taken from the list (by click or Enter), after `onChange` has had it. */
  onPick?: (v: string) => void;
  id?: string;
  ariaLabel?: string;
  inputRef?: Ref<InputRef>;
  onOpenChange?: (open: boolean) => void;
  required?: boolean;
  /** Not open to typing yet, `placeholder` saying why (a sub-heading before its major heading). */
  disabled?: boolean;
  placeholder?: string;
  /**
   * The first suggestion highlighted (Enter takes it) when it begins with what was typed and is more, marks ignored: for
   * a field whose every value is one of its suggestions, read as a value when saved (a retention: "vinh" is Vĩnh viễn;
   * the list highlighted only a suggestion typed with its marks, and Enter saved the entry with the field half typed).
   */
  firstWhenBegun?: boolean;
}) {
  // Controlled: Tab never reaches the select (useEnterToSave keeps it for moving on), so the list
  // is closed explicitly when the field loses focus instead of lingering over the next fields.
  const [open, setOpen] = useState(false);
  const toggle = (next: boolean) => {
    setOpen(next);
    onOpenChange?.(next);
  };
  const suggested = suggestionsFor(options, value, 12, also);
  const begun = firstWhenBegun === true && beginsMore(suggested[0]?.value, value);
  return (
    <AutoComplete
      id={id}
      value={value}
      options={suggested}
      onChange={(v: string) => onChange(v)}
      // The list hands the pick to onChange first, then here.
      onSelect={onPick}
      onBlur={() => {
        toggle(false);
        // Typed without its marks and left with Tab ("so tu phap tinh mau"): the name as the list knows it, so
        // the register, its filters and the book do not get a second spelling of one sender.
        const known = knownSpelling(value, options);
        if (known !== undefined) onChange(known);
        onBlur?.();
      }}
      defaultActiveFirstOption={begun}
      open={open}
      onOpenChange={toggle}
      aria-label={ariaLabel}
      disabled={disabled}
      style={{ width: '100%' }}
    >
      <Input ref={inputRef} autoComplete="off" aria-label={ariaLabel} aria-required={required || undefined} placeholder={placeholder} />
    </AutoComplete>
  );
}

/**
 * The suggestion highlighted in the open list of a suggestion field (what Enter would take), if
 * any, as the clerk reads it: the list's hidden option holds the option's value as its text (for a
 * Select, "duplicate") and its label as aria-label ("Trùng lặp", "Duplicate").
 */
function highlightedSuggestion(el: HTMLElement): string | undefined {
  if (el.getAttribute('aria-expanded') !== 'true') return undefined;
  const id = el.getAttribute('aria-activedescendant');
  const option = id ? el.ownerDocument.getElementById(id) : null;
  return option?.getAttribute('aria-label') ?? option?.textContent ?? undefined;
}

/**
 * Keys of a keyboard-first form, as `keyAction` decides them: Enter (or Ctrl+Enter) saves,
 * Tab always moves on, Enter takes a highlighted suggestion and adds a line in a 'lines' field.
 * `inputOf` names the kind of each field by its element id; others count as one-line fields
 * (a text area as one paragraph).
 */
export function useEnterToSave(save: () => void, inputOf?: (id: string) => FieldInput | undefined) {
  const onKeyDownCapture = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const target = e.target as HTMLElement;
      const input = inputOf?.(target.id) ?? (target.tagName === 'TEXTAREA' ? 'paragraph' : 'text');
      const action = keyAction(input, {
        key: e.key,
        shift: e.shiftKey,
        ctrl: e.ctrlKey || e.metaKey,
        // An input method's Enter (composing, or key 229 on Windows) ends its word, nothing else: components/keys.ts.
        composing: e.nativeEvent.isComposing || e.keyCode === 229,
        onButton: target.tagName === 'BUTTON' || target.getAttribute('role') === 'button',
        highlighted: highlightedSuggestion(target),
        value: target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target.value : '',
        // A list open under a picker of several items takes its Enter (a choice, or nothing when only greyed lines match): never a save.
        listOpen: target.getAttribute('aria-expanded') === 'true' && target.closest('.ant-select-multiple') !== null,
      });
      // An open suggestion list would swallow the first Tab; Tab always moves to the next field.
      if (action === 'next-field') e.stopPropagation();
      if (action !== 'save') return;
      e.preventDefault();
      e.stopPropagation();
      save();
    },
    [save, inputOf],
  );
  return { onKeyDownCapture };
}

/** Beside a correction's buttons while it differs from the entry as stored: says so, and goes back to the stored one. */
export function UnsavedNote({ onRevert }: { onRevert: () => void }) {
  const { t } = useTranslation();
  return (
    <Space data-testid="unsaved-note">
      <Typography.Text type="warning">{t('registers.unsavedCorrection')}</Typography.Text>
      <Button size="small" onClick={onRevert} data-testid="revert-correction">{t('registers.revertCorrection')}</Button>
    </Space>
  );
}

/** Beside a new entry's (or slip's) buttons while it is one typed before the page went away and not saved: says so (it came back silently). */
export function ResumedNote({ text, testId }: { text: string; testId: string }) {
  return (
    <Typography.Text type="warning" data-testid={testId}>
      {text}
    </Typography.Text>
  );
}

/**
 * "Xóa ô nhập": with something typed it asks first — it sat beside "Lưu" and one click wiped the
 * whole entry, with no way back.
 */
export function ClearFormButton({ typed, onClear }: { typed: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  const button = (
    <Button onClick={typed ? undefined : onClear} data-testid="clear-entry">
      {t('registers.clearForm')}
    </Button>
  );
  if (!typed) return button;
  return (
    // Answered from the keyboard: the cursor on "Quay lại", Tab to "Xóa ô nhập" (components/Confirm).
    <Confirm title={t('registers.clearFormConfirm')} okText={t('registers.clearForm')} cancelText={t('common.back')} okButtonProps={{ danger: true, 'data-testid': 'clear-entry-ok' } as never} onConfirm={onClear}>
      {button}
    </Confirm>
  );
}
