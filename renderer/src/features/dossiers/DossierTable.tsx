/** The year's dossiers as the file plan lists them, with status, final number and box; rows open the dossier. */
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { documentPeriod } from '../../core/dossiers/inventory';
import { retentionLabel } from './retention-label';
import type { Dossier } from '../../core/dossiers/types';

export function DossierTable({ rows, boxNumbers, selected, onSelect, onOpen }: {
  rows: readonly Dossier[];
  /** Box id → label, e.g. "ML 1 · 01" (box numbers restart in each inventory). */
  boxNumbers: ReadonlyMap<string, string>;
  selected: readonly string[];
  onSelect: (ids: string[]) => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<Dossier> = [
    { title: t('dossiers.notation'), dataIndex: 'notation', width: 100 },
    {
      title: t('dossiers.headingAndTitle'),
      key: 'title',
      render: (_, d) => (
        <>
          {d.heading && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{d.heading}</Typography.Text>}
          <span className={d.deleted ? 'entry-row-cancelled' : undefined}>{d.title}</span>
          {d.deleted && d.deletedReason && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{t('dossiers.deletedReason', { reason: d.deletedReason })}</Typography.Text>}
          {d.keeper && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{t('dossiers.keptBy', { name: d.keeper })}</Typography.Text>}
        </>
      ),
    },
    { title: t('dossiers.retention'), key: 'retention', width: 95, render: (_, d) => retentionLabel(t, d.retention) },
    { title: t('dossiers.period'), key: 'period', width: 165, render: (_, d) => documentPeriod(d.startDate, d.endDate, d.startPrecision, d.endPrecision) },
    { title: t('dossiers.sheetCountShort'), dataIndex: 'sheetCount', width: 72, align: 'right' },
    {
      title: t('dossiers.statusAndNumber'),
      key: 'status',
      width: 130,
      render: (_, d) => (
        <>
          {d.deleted ? <Tag>{t('dossiers.status_deleted')}</Tag> : <Tag color={d.status === 'closed' ? 'green' : 'blue'}>{t(`dossiers.status_${d.status}`)}</Tag>}
          {d.fileNumber !== undefined && <div data-testid="file-number">{t('dossiers.fileNumberValue', { inventory: d.inventoryNumber, number: d.fileNumber })}</div>}
        </>
      ),
    },
    { title: t('dossiers.box'), key: 'box', width: 85, render: (_, d) => (d.boxId ? (boxNumbers.get(d.boxId) ?? '') : '') },
  ];
  return (
    <Table<Dossier>
      size="small"
      rowKey="id"
      tableLayout="fixed"
      scroll={{ x: 1000 }}
      data-testid="dossier-table"
      columns={columns}
      dataSource={[...rows]}
      pagination={rows.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
      rowSelection={{ selectedRowKeys: [...selected], onChange: (keys) => onSelect(keys.map(String)), getCheckboxProps: (d) => ({ disabled: d.deleted, 'aria-label': d.notation }) }}
      onRow={(d) => ({ onClick: () => onOpen(d.id), style: { cursor: 'pointer' } })}
      locale={{ emptyText: t('dossiers.empty') }}
    />
  );
}
