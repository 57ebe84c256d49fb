/**
 * Cells whose legacy encoding is uncertain, before anything is imported: each with its
 * readings side by side (as written, as TCVN3, as VNI), the one in use selected. The clerk
 * picks a reading for a whole column (remembered with the mapping) or for one cell.
 */
import { Alert, Radio, Segmented, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { columnLetter, READINGS, type UncertainCell, type UncertainSummary } from '../../core/register-import';
import type { LegacyEncoding } from '../../core/legacy-text';

type Props = {
  uncertain: UncertainSummary;
  columnReadings: Readonly<Partial<Record<number, LegacyEncoding>>>;
  onColumn: (column: number, reading: LegacyEncoding | undefined) => void;
  onCell: (cell: string, reading: LegacyEncoding) => void;
  disabled: boolean;
};

const GUESS = 'guess';

export function ImportEncodingReview({ uncertain, columnReadings, onColumn, onCell, disabled }: Props) {
  const { t } = useTranslation();
  if (uncertain.total === 0) return null;
  const fieldOf = new Map(uncertain.cells.map((c) => [c.column, c.field]));
  const columns = Object.entries(uncertain.byColumn).map(([column, count]) => ({ column: Number(column), count }));
  const readingOptions = [{ value: GUESS, label: t('registerImport.guessEach') }, ...READINGS.map((r) => ({ value: r, label: t(`registerImport.reading.${r}`) }))];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="encoding-review">
      <Alert type="warning" showIcon message={t('registerImport.encodingTitle', { count: uncertain.total })} description={t('registerImport.encodingHelp')} />
      {columns.map(({ column, count }) => {
        const field = fieldOf.get(column);
        return (
          <Space key={column} wrap>
            <Typography.Text>
              {t('registerImport.wholeColumn', { column: columnLetter(column), field: field ? t(`registerImport.fields.${field}`) : '', count })}
            </Typography.Text>
            <Segmented
              size="small"
              disabled={disabled}
              value={columnReadings[column] ?? GUESS}
              options={readingOptions}
              onChange={(v) => onColumn(column, v === GUESS ? undefined : (v as LegacyEncoding))}
              data-testid={`column-reading-${columnLetter(column)}`}
            />
          </Space>
        );
      })}
      <Table
        size="small"
        rowKey="cell"
        pagination={uncertain.cells.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        dataSource={uncertain.cells as UncertainCell[]}
        columns={[
          { key: 'cell', title: t('registerImport.cellColumn'), width: 70, render: (_: unknown, c: UncertainCell) => c.cell },
          ...READINGS.map((reading) => ({
            key: reading,
            title: t(`registerImport.reading.${reading}`),
            render: (_: unknown, c: UncertainCell) => (
              <span data-testid={`reading-${c.cell}-${reading}`}>
                <Radio checked={c.chosen === reading} disabled={disabled} onChange={() => onCell(c.cell, reading)}>
                  {c.readings[reading]}
                </Radio>
              </span>
            ),
          })),
        ]}
      />
      {uncertain.total > uncertain.cells.length && <Typography.Text type="secondary">{t('registerImport.moreUncertain', { count: uncertain.total - uncertain.cells.length })}</Typography.Text>}
    </Space>
  );
}
