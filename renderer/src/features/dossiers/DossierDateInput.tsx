/**
 * One end of a dossier's documents' period (Tài liệu từ ngày, Đến ngày), as the close form and the edit form take it: a
 * day ("5/3" in the dossier's year, "05/03/2025"), or a month ("3/2025") or a year ("2025") when only that is known of
 * the papers. Read by `readClosingDate` alone — the register's DateInput read "2012" as 20/12 and could not keep a
 * month. Leaving the field shows what was read as it will be printed ("5/3" → "05/03/2025", "3/2025" → "03/2025"); what
 * does not read stays as typed, refused under the field when saving. A plain one-line input: Enter saves and Tab moves on
 * (useEnterToSave), as in the date field it replaces.
 */
import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../core/format';
import { readClosingDate, writtenDossierDate } from '../../core/dossiers/rules';

export function DossierDateInput({ id, ariaLabel, value, onChange, side, year }: {
  readonly id: string;
  readonly ariaLabel: string;
  readonly value: string;
  readonly onChange: (v: string) => void;
  readonly side: 'start' | 'end';
  /** The dossier's year: a day typed without its own ("5/3") is of it. */
  readonly year: number;
}) {
  const { t } = useTranslation();
  return (
    <Input
      id={id}
      aria-label={ariaLabel}
      value={value}
      placeholder={t('common.datePlaceholder')}
      inputMode="numeric"
      autoComplete="off"
      onChange={(e) => onChange(e.target.value)}
      onBlur={(e) => {
        // What the field shows now, not what it held when this handler was made.
        const typed = e.currentTarget.value;
        const read = readClosingDate(typed, side, year, isoDate(new Date()));
        const shown = read ? writtenDossierDate(read.date, read.precision) : undefined;
        if (shown !== undefined && shown !== typed) onChange(shown);
      }}
    />
  );
}
