/**
 * A table's row checkboxes named in the app's language: antd writes "Select all" and
 * "Select row 3" into them whatever its locale, so a screen reader read English names in a
 * Vietnamese screen. Each row's box is named by what the row is (a dossier's number, a box's
 * label), the header's box "Chọn tất cả".
 */
import type { TableRowSelection } from 'antd/es/table/interface';
import type { TFunction } from 'i18next';

export function namedRowSelection<T>(t: TFunction, nameOf: (row: T) => string, selection: TableRowSelection<T>): TableRowSelection<T> {
  const own = selection.getCheckboxProps;
  return {
    ...selection,
    getTitleCheckboxProps: () => ({ 'aria-label': t('common.selectAll') }),
    getCheckboxProps: (row: T) => ({ ...own?.(row), 'aria-label': nameOf(row) }),
  };
}
