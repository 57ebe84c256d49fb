/**
 * Inputs of the keyboard-first entry forms: a date typed as the clerk speaks it ("5/3"),
 * suggestions from earlier entries that never steal Enter, and the Enter-to-save handler
 * that still lets Enter pick a suggestion the clerk moved to with the arrow keys.
 */
import { useCallback, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { AutoComplete, Form, Input } from 'antd';
import type { InputRef } from 'antd';
import { formatDate } from '../../core/format';
import { foldText } from '../../core/text';
import { parseTypedDate } from '../../core/typed-date';

export type FieldProps = {
  readonly label: string;
  readonly error?: string;
  readonly children: ReactNode;
  readonly testId?: string;
};

export function Field({ label, error, children, testId }: FieldProps) {
  return (
    <Form.Item label={label} validateStatus={error ? 'error' : undefined} help={error} style={{ marginBottom: 8 }} data-testid={testId}>
      {children}
    </Form.Item>
  );
}

/** Text of a stored date for editing: "2026-03-05" → "05/03/2026". */
export const dateText = (iso: string | undefined): string => formatDate(iso);

/** What a typed date means: ISO, '' when empty, or the raw text when it is not a date (validation then says so). */
export function typedDateValue(text: string, year: number): string {
  if (!text.trim()) return '';
  return parseTypedDate(text, year) ?? text.trim();
}

export function DateInput({ value, onChange, year, inputRef, id, ariaLabel }: { value: string; onChange: (v: string) => void; year: number; inputRef?: Ref<InputRef>; id?: string; ariaLabel?: string }) {
  return (
    <Input
      id={id}
      ref={inputRef}
      aria-label={ariaLabel}
      value={value}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      autoComplete="off"
      onChange={(e) => onChange(e.target.value)}
      onBlur={() => {
        const iso = parseTypedDate(value, year);
        if (iso) onChange(formatDate(iso));
      }}
    />
  );
}

/** Earlier values, most frequent first, that contain what was typed (diacritics ignored). */
export function suggestionsFor(values: readonly string[], typed: string, max = 12): { value: string }[] {
  const q = foldText(typed.trim());
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([v]) => !q || foldText(v).includes(q))
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([value]) => ({ value }));
}

export function SuggestInput({ value, onChange, options, onBlur, id, ariaLabel, inputRef, onOpenChange }: {
  value: string;
  onChange: (v: string) => void;
  options: readonly string[];
  onBlur?: () => void;
  id?: string;
  ariaLabel?: string;
  inputRef?: Ref<InputRef>;
  onOpenChange?: (open: boolean) => void;
}) {
  // Controlled: Tab never reaches the select (useEnterToSave keeps it for moving on), so the list
  // is closed explicitly when the field loses focus instead of lingering over the next fields.
  const [open, setOpen] = useState(false);
  const toggle = (next: boolean) => {
    setOpen(next);
    onOpenChange?.(next);
  };
  return (
    <AutoComplete
      id={id}
      value={value}
      options={suggestionsFor(options, value)}
      onChange={(v: string) => onChange(v)}
      onBlur={() => {
        toggle(false);
        onBlur?.();
      }}
      defaultActiveFirstOption={false}
      open={open}
      onOpenChange={toggle}
      aria-label={ariaLabel}
      style={{ width: '100%' }}
    >
      <Input ref={inputRef} autoComplete="off" aria-label={ariaLabel} />
    </AutoComplete>
  );
}

/**
 * Enter saves the entry, from any field. Exceptions: Shift+Enter (a new line in a text area)
 * and Enter on a suggestion the clerk highlighted with the arrow keys.
 */
export function useEnterToSave(save: () => void) {
  const navigating = useRef(false);
  const onKeyDownCapture = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        navigating.current = true;
        return;
      }
      if (e.key === 'Tab') {
        // An open suggestion list would swallow the first Tab; Tab always moves to the next field.
        navigating.current = false;
        e.stopPropagation();
        return;
      }
      if (e.key === 'Escape') {
        navigating.current = false;
        return;
      }
      if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
      if (navigating.current) {
        navigating.current = false;
        return;
      }
      if ((e.target as HTMLElement).tagName === 'BUTTON') return;
      e.preventDefault();
      e.stopPropagation();
      save();
    },
    [save],
  );
  return { onKeyDownCapture };
}
