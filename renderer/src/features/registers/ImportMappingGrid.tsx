/** Which column of the file holds which field of the register: one select per field. */
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { columnLetter, importFieldsOf, type ImportField, type ImportKind, type RegisterImportMapping } from '../../core/register-import';
import { useClearChoice } from '../../components/icons/labelled-icons';

export function ImportMappingGrid({ kind, headers, mapping, onChange }: { kind: ImportKind; headers: readonly string[]; mapping: RegisterImportMapping; onChange: (m: RegisterImportMapping) => void }) {
  const { t } = useTranslation();
  const clearChoice = useClearChoice();
  const options = headers.map((h, i) => ({ value: i, label: `${t('registerImport.column', { column: columnLetter(i) })} — ${h || '…'}` }));
  const setField = (field: ImportField, column: number | undefined) => {
    const next: Partial<Record<ImportField, number>> = { ...mapping.columns };
    if (column === undefined) delete next[field];
    else next[field] = column;
    onChange({ ...mapping, columns: next });
  };
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: '6px 16px' }}>
      {importFieldsOf(kind).map((field) => (
        <label key={field} style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <span>{t(`registerImport.fields.${field}`)}</span>
          <Select allowClear={clearChoice} size="small" style={{ width: '100%' }} placeholder={t('registerImport.notMapped')} value={mapping.columns[field]} onChange={(c?: number) => setField(field, c)} options={options} />
        </label>
      ))}
    </div>
  );
}
