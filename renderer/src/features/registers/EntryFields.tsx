/**
 * The fields of an entry form, laid out from its rules (entry-form-state.ts): one grid for the
 * incoming and the outgoing form, in the order of the paper register, which is the Tab order.
 */
import { Col, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../../core/registers/doc-types';
import type { FieldRule } from './entry-form-state';
import { DateInput, Field, SuggestInput } from './entry-inputs';

/** Per-field additions: another label, a placeholder, work to do when the field is left. */
export type FieldExtras = { readonly label?: string; readonly placeholder?: string; readonly onBlur?: () => void };

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
};

export function EntryFields<K extends string>({ rules, values, errors, onChange, idPrefix, year, suggestions, extras = {} }: EntryFieldsProps<K>) {
  const { t } = useTranslation();
  const rows = [...new Set(rules.map((r) => r.row))].sort((a, b) => a - b);
  const control = (r: FieldRule<K>, label: string) => {
    const id = `${idPrefix}${r.key}`;
    const value = values[r.key];
    const set = (v: string) => onChange(r.key, v);
    const extra: FieldExtras = extras[r.key] ?? {};
    switch (r.input) {
      case 'date':
        return <DateInput id={id} ariaLabel={label} value={value} onChange={set} year={year} />;
      case 'suggest':
        return <SuggestInput id={id} ariaLabel={label} value={value} onChange={set} options={suggestions[r.key] ?? []} onBlur={extra.onBlur} />;
      case 'paragraph':
      case 'lines':
        return <Input.TextArea id={id} aria-label={label} value={value} onChange={(e) => set(e.target.value)} autoSize={{ minRows: 1, maxRows: 4 }} placeholder={extra.placeholder} />;
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
          <select className="native-select" id={id} aria-label={label} value={value} onChange={(e) => set(e.target.value)}>
            {SECRECY_LEVELS.filter((s) => s !== 'none').map((s) => <option key={s} value={s}>{t(`secrecy.${s}`)}</option>)}
          </select>
        );
      case 'text':
        return <Input id={id} aria-label={label} value={value} onChange={(e) => set(e.target.value)} onBlur={extra.onBlur} placeholder={extra.placeholder} autoComplete="off" />;
    }
  };
  return (
    <>
      {rows.map((row) => (
        <Row gutter={12} key={row}>
          {rules.filter((r) => r.row === row).map((r) => {
            const label = extras[r.key]?.label ?? t(`fields.${r.key as string}`);
            return (
              <Col key={r.key} xs={r.span[0]} md={r.span[1]}>
                <Field label={label} error={errors[r.key]}>{control(r, label)}</Field>
              </Col>
            );
          })}
        </Row>
      ))}
    </>
  );
}
