/** Space used per table (an estimate, said so on screen) under the storage status. */
import { useEffect, useState } from 'react';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { tableLabel } from '../../i18n/journal-labels';
import { formatBytes } from '../../core/format';
import { useDb } from '../../db/context';
import { tableSpace, type TableSpace } from '../../db/backup/space';

export function StorageTables() {
  const { t } = useTranslation();
  const db = useDb();
  const [rows, setRows] = useState<TableSpace[]>();
  useEffect(() => {
    void tableSpace(db).then(setRows);
  }, [db]);
  if (!rows) return null;
  const total = rows.reduce((a, r) => a + r.bytes, 0);
  return (
    <div data-testid="storage-tables">
      <Typography.Title level={5}>{t('storageSpace.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('storageSpace.help')}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey="table"
        dataSource={rows.filter((r) => r.rows > 0)}
        columns={[
          { title: t('storageSpace.table'), dataIndex: 'table', render: (name: string) => tableLabel(t, name) },
          { title: t('storageSpace.rows'), dataIndex: 'rows', align: 'right', render: (n: number) => n.toLocaleString('vi-VN') },
          { title: t('storageSpace.size'), dataIndex: 'bytes', align: 'right', render: (n: number) => formatBytes(n) },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('storageSpace.total')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} />
            <Table.Summary.Cell index={2} align="right">
              {formatBytes(total)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </div>
  );
}
