/**
 * The upper level's choice of one unit's data (or every unit's): the units by the names that tell them apart (alike
 * names with their codes, from the page), in Vietnamese alphabetical order, found by typing with or without marks; its
 * list as wide as its longest name (at 280 px the code that tells two apart was cut: "Thụy Hải (12…" twice).
 */
import { useMemo } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldedLabelMatch } from './folded-match';
import { useClearChoice } from './icons/labelled-icons';

export function UnitPicker({ units, value, onChange, ariaLabel, testId }: {
  readonly units: ReadonlyMap<string, string>;
  readonly value: string | undefined;
  readonly onChange: (unitId: string | undefined) => void;
  readonly ariaLabel: string;
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  const clearChoice = useClearChoice();
  const options = useMemo(() => [...units].map(([id, label]) => ({ value: id, label, title: label })).sort((a, b) => a.label.localeCompare(b.label, 'vi')), [units]);
  return (
    <Select
      allowClear={clearChoice}
      showSearch={{ filterOption: foldedLabelMatch }}
      style={{ width: 380, maxWidth: '100%' }}
      popupMatchSelectWidth={false}
      placeholder={t('upper.allUnits')}
      aria-label={ariaLabel}
      value={value}
      onChange={onChange}
      options={options}
      {...(testId ? { 'data-testid': testId } : {})}
    />
  );
}
