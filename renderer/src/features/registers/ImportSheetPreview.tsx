/**
 * The first rows of the chosen sheet, to see what the file holds and to point at the header
 * row when it was not found (or found wrong). An empty sheet says so instead.
 */
import { Alert, Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { columnLetter, type ImportRow } from '../../core/register-import';
import type { SheetSummary } from './register-import-client';

const SHOWN_COLUMNS = 10;

export function ImportSheetPreview({ sheet, headerRow, onPick }: { sheet: SheetSummary; headerRow: number | undefined; onPick: (rowNumber: number) => void }) {
  const { t } = useTranslation();
  if (sheet.rowCount === 0) return <Alert type="warning" showIcon message={t('registerImport.emptySheet', { name: sheet.name })} data-testid="import-empty-sheet" />;
  const width = Math.min(SHOWN_COLUMNS, Math.max(1, ...sheet.preview.map((r) => r.cells.length)));
  const columns = Array.from({ length: width }, (_, i) => ({
    key: `c${i}`,
    title: columnLetter(i),
    ellipsis: true,
    render: (_: unknown, r: ImportRow) => r.cells[i]?.text ?? '',
  }));
  return (
    <div data-testid="import-preview">
      <Typography.Text strong>{t('registerImport.preview')}</Typography.Text>{' '}
      <Typography.Text type="secondary">{t('registerImport.previewHelp')}</Typography.Text>
      <Table
        size="small"
        rowKey="rowNumber"
        pagination={false}
        scroll={{ y: 220, x: 'max-content' }}
        dataSource={sheet.preview as ImportRow[]}
        rowClassName={(r) => (r.rowNumber === headerRow ? 'ant-table-row-selected' : '')}
        columns={[
          {
            key: 'pick',
            title: t('registerImport.row'),
            width: 150,
            fixed: 'left',
            render: (_: unknown, r: ImportRow) => (
              <Button size="small" type={r.rowNumber === headerRow ? 'primary' : 'default'} onClick={() => onPick(r.rowNumber)} data-testid={`header-row-${r.rowNumber}`}>
                {/* The chosen row says it is the header row; the others offer to be it (each read "Dòng tiêu đề"). */}
                {r.rowNumber} · {t(r.rowNumber === headerRow ? 'registerImport.headerRowShort' : 'registerImport.useAsHeader')}
              </Button>
            ),
          },
          ...columns,
        ]}
      />
    </div>
  );
}
