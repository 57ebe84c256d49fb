/**
 * The fields of an entry form, laid out from its rules (entry-form-state.ts): one grid for the
 * incoming and the outgoing form, in the order of the paper register, which is the Tab order.
 * The inputs of a row stand on one line even where a label wraps onto two (styles.css `.field-row`).
 */
import { memo, type CSSProperties } from 'react';
import { Col, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../../core/registers/doc-types';
import { nearDay, resolvedDate, type FieldRule } from './entry-form-state';
import { DateInput, Field, SuggestInput } from './entry-inputs';

/** Per-field additions: another label, a placeholder, work to do when the field is left. */
export type FieldExtras = { readonly label?: string; readonly placeholder?: string; readonly onBlur?: () => void; readonly warning?: string };

export type EntryFieldsProps<K extends string> = {
  readonly rules: readonly FieldRule<K>[];
  readonly values: Readonly<Record<K, string>>;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (key: K, value: string) => void;
  /** Element ids are the prefix and the field key ("f-sender"). */
  readonly idPrefix: string;
  /** The register's year, for dates typed without one. */
  readonly year: number;
  readonly suggestions: Partial<Record<K, readonly string[]>>;
  readonly extras?: Partial<Record<K, FieldExtras>>;
  /** A date field left holding a day that does not read ("31/02"): its key and the refusal saving would give. */
  readonly onUnreadableDate?: (key: K, message: string) => void;
};

const NO_EXTRAS: FieldExtras = {};
const NO_OPTIONS: readonly string[] = [];

export function EntryFields<K extends string>({ rules, values, errors, onChange, idPrefix, year, suggestions, extras = {}, onUnreadableDate }: EntryFieldsProps<K>) {
  const { t } = useTranslation();
  const rows = [...new Set(rules.map((r) => r.row))].sort((a, b) => a - b);
  // Each field is its own memoised cell: a key typed in one field re-renders that field, not the
  // sixteen others of the form (they get the same props: `onChange` and the extras stay the same).
  return (
    <>
      {rows.map((row) => (
        <Row gutter={12} key={row} className="field-row">
          {rules.filter((r) => r.row === row).map((r) => (
            <FieldCell
              key={r.key}
              rule={r}
              label={extras[r.key]?.label ?? t(`fields.${r.key as string}`)}
              value={values[r.key]}
              error={errors[r.key]}
              onChange={onChange as (key: string, value: string) => void}
              idPrefix={idPrefix}
              year={year}
              anchor={r.near ? resolvedDate(rules, values, r.near.field, year) : undefined}
              options={suggestions[r.key] ?? NO_OPTIONS}
              extra={extras[r.key] ?? NO_EXTRAS}
              onUnreadableDate={onUnreadableDate as ((key: string, message: string) => void) | undefined}
            />
          ))}
        </Row>
      ))}
    </>
  );
}

/** What a cell needs of a field's rule: its key, its kind of input and its width. */
export type CellRule = Pick<FieldRule<string>, 'key' | 'input' | 'span' | 'required' | 'near'>;

type FieldCellProps = {
  readonly rule: CellRule;
  readonly label: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (key: string, value: string) => void;
  readonly idPrefix: string;
  /** For a date typed without its year. */
  readonly year?: number;
  /** The date (ISO, as it will be stored) a date field lies beside (its rule's `near`): its year is chosen to keep that side. */
  readonly anchor?: string;
  readonly options?: readonly string[];
  readonly extra?: FieldExtras;
  readonly onUnreadableDate?: (key: string, message: string) => void;
};

/**
 * One field of a keyboard form in its grid cell, memoised: with a stable `onChange` and `extra`,
 * a key typed in another field does not draw it again (the entry forms and the slip) — but for a date
 * field beside another (`anchor`), drawn again when that date changes as it is typed.
 */
export const FieldCell = memo(function FieldCell({ rule: r, label, value, error, onChange, idPrefix, year = new Date().getFullYear(), anchor, options = NO_OPTIONS, extra = NO_EXTRAS, onUnreadableDate }: FieldCellProps) {
  const { t } = useTranslation();
  const id = `${idPrefix}${r.key}`;
  const set = (v: string) => onChange(r.key, v);
  const req = r.required || undefined;
  const control = () => {
    switch (r.input) {
      case 'date':
        return (
          <DateInput
            id={id}
            ariaLabel={label}
            value={value}
            onChange={set}
            year={year}
            required={req}
            error={error}
            resolve={r.near ? nearDay(year, anchor, r.near.side) : undefined}
            // Said under its field on leaving it (only saving said it, once the clerk had tabbed on past it); the form's
            // errors hold it, so typing or clearing takes it away.
            onUnreadable={(text) => onUnreadableDate?.(r.key, text)}
          />
        );
      case 'suggest':
        return <SuggestInput id={id} ariaLabel={label} value={value} onChange={set} options={options} onBlur={extra.onBlur} required={req} />;
      case 'paragraph':
      case 'lines':
        return <Input.TextArea id={id} aria-label={label} aria-required={req} value={value} onChange={(e) => set(e.target.value)} autoSize={{ minRows: 1, maxRows: 4 }} placeholder={extra.placeholder} />;
      case 'count':
        return <Input id={id} aria-label={label} value={value} onChange={(e) => set(e.target.value)} inputMode="numeric" autoComplete="off" />;
      case 'urgency':
        return (
          <select className="native-select" id={id} aria-label={label} value={value} onChange={(e) => set(e.target.value)}>
            {URGENCY_LEVELS.map((u) => <option key={u} value={u}>{t(`urgency.${u}`)}</option>)}
          </select>
        );
      case 'secrecy':
        return (
          <select className="native-select" id={id} aria-label={label} aria-required={req} value={value} onChange={(e) => set(e.target.value)}>
            {SECRECY_LEVELS.filter((s) => s !== 'none').map((s) => <option key={s} value={s}>{t(`secrecy.${s}`)}</option>)}
          </select>
        );
      case 'text':
        return <Input id={id} aria-label={label} aria-required={req} value={value} onChange={(e) => set(e.target.value)} onBlur={extra.onBlur} placeholder={extra.placeholder} autoComplete="off" />;
    }
  };
  return (
    <Col xs={r.span[0]} md={r.span[1]} style={{ '--span-xs': r.span[0], '--span-md': r.span[1] } as CSSProperties}>
      <Field label={label} error={error} warning={extra.warning} required={req} helpId={`${id}-error`}>{control()}</Field>
    </Col>
  );
});
