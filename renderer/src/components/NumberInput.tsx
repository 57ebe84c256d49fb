/**
 * A whole-number field that never changes what the clerk typed behind their back. antd's
 * InputNumber clamps on leaving the field and drops text it cannot read: a box capacity typed
 * "5" became 10, "abc" went back to the old number, and Enter pressed before leaving the field
 * used the old number while the field showed the new one. Here the text stays as typed; while it
 * is not a whole number within range the field is red and says what to type, and the page is
 * told `undefined`, so it can refuse to act (`common.fixNumbers`) instead of guessing.
 */
import { Input, type InputRef } from 'antd';
import { forwardRef, useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, parseWholeNumber } from '../core/format';

export type NumberInputProps = {
  /** The page's number: shown when it changes from outside (a reset, a saved setting read). */
  readonly value?: number | null;
  /**
   * 'checked' (default): a whole number within min–max, or undefined while the text is not one
   * (the field says why). 'raw' (a Form whose own check says why): what was typed — a whole
   * number even out of range, NaN for text that is not one, undefined when empty.
   */
  onChange?(value: number | undefined): void;
  readonly report?: 'checked' | 'raw';
  /** Empty is an answer here (a range left open, its placeholder then applies): reported as null, never red. */
  readonly optional?: boolean;
  readonly min: number;
  readonly max?: number;
  /** What ArrowUp / ArrowDown add or take away (1). */
  readonly step?: number;
  readonly id?: string;
  readonly placeholder?: string;
  readonly autoFocus?: boolean;
  readonly style?: CSSProperties;
  readonly onPressEnter?: () => void;
  readonly 'aria-label'?: string;
  readonly 'data-testid'?: string;
};

const textOf = (v: number | null | undefined) => (v === undefined || v === null || Number.isNaN(v) ? '' : String(v));

export const NumberInput = forwardRef<InputRef, NumberInputProps>(function NumberInput({ value, onChange, report = 'checked', optional = false, min, max, step = 1, style, onPressEnter, ...rest }, ref) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => textOf(value));
  // An empty field that starts empty (a number still to type) is not red before anything is typed.
  const [touched, setTouched] = useState(false);
  const hintId = useId();
  const box = useRef<HTMLSpanElement>(null);
  // A number set from outside is shown, unless it is what the text already says (or the page was
  // told undefined) — and never while the clerk is typing here: a page that saves on every key
  // gets its earlier numbers back late (3, then 35, for "350"), which would overwrite the text.
  useEffect(() => {
    if (box.current?.contains(document.activeElement)) return;
    if (value === null && optional && parseWholeNumber(text) !== undefined) return setText('');
    if (value === undefined || value === null || Number.isNaN(value)) return;
    if (parseWholeNumber(text) !== value) setText(String(value));
  }, [value]);

  const typed = parseWholeNumber(text);
  const ok = (optional && typed === undefined) || (typed !== undefined && !Number.isNaN(typed) && typed >= min && (max === undefined || typed <= max));
  const hint = max === undefined ? t('common.wholeNumberAtLeast', { min: formatCount(min, i18n.language) }) : t('common.wholeNumberRange', { min: formatCount(min, i18n.language), max: formatCount(max, i18n.language) });
  const showHint = report === 'checked' && !ok && (touched || text !== '');

  const take = (next: string) => {
    setText(next);
    setTouched(true);
    const n = parseWholeNumber(next);
    if (optional && n === undefined) (onChange as ((v: null) => void) | undefined)?.(null);
    else if (report === 'raw') onChange?.(n);
    else onChange?.(n !== undefined && !Number.isNaN(n) && n >= min && (max === undefined || n <= max) ? n : undefined);
  };
  // The arrows step from the number shown (or the nearest end of the range) and stay within it.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const from = typed !== undefined && !Number.isNaN(typed) ? typed : (value ?? min);
    const next = Math.max(min, Math.min(max ?? Number.MAX_SAFE_INTEGER, from + (e.key === 'ArrowUp' ? step : -step)));
    take(String(next));
  };
  return (
    // The hint is under the field, in room made for it (not in a portal): it goes away with the field if a dialog closes.
    <span ref={box} className={showHint ? 'number-input number-input-hinted' : 'number-input'}>
      <Input
        ref={ref}
        {...rest}
        inputMode="numeric"
        autoComplete="off"
        value={text}
        status={showHint ? 'error' : undefined}
        aria-invalid={showHint || undefined}
        aria-describedby={showHint ? hintId : undefined}
        onChange={(e) => take(e.target.value)}
        onKeyDown={onKeyDown}
        onPressEnter={onPressEnter}
        style={{ width: 120, ...style }}
      />
      {showHint && (
        <span id={hintId} role="alert" className="number-input-hint">
          {hint}
        </span>
      )}
    </span>
  );
});
