/** The audit log: every change with who made it, when, and which fields changed, named in the UI language. */
import { useState } from 'react';
import { Button, Empty, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/context';
import { recentJournal } from '../../db/repositories/journal-repository';
import { formatCount, formatDateTime } from '../../core/format';
import { actionLabel, detailText, changedFieldLabels } from '../../i18n/journal-labels';
import type { JournalEntry } from '../../core/journal';

const PAGE = 100;

export function JournalPage() {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const [limit, setLimit] = useState(PAGE);
  const entries = useLiveQuery(() => recentJournal(db, limit), [db, limit]);
  return (
    <>
      <Typography.Title level={3}>{t('journal.title')}</Typography.Title>
      <Table<JournalEntry>
        size="small"
        rowKey={(e) => String(e.seq)}
        loading={!entries}
        dataSource={entries ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('journal.empty')} /> }}
        columns={[
          { title: t('journal.at'), dataIndex: 'at', width: 150, render: (v: string) => formatDateTime(v) },
          { title: t('journal.operator'), dataIndex: 'operator', width: 200 },
          {
            title: t('journal.action'),
            key: 'action',
            render: (_, e) => (
              <>
                {actionLabel(t, e.action)}
                {e.detail ? ` — ${detailText(t, e.action, e.detail)}` : ''}
              </>
            ),
          },
          { title: t('journal.records'), key: 'n', width: 110, align: 'right', render: (_, e) => formatCount(e.imported?.records ?? e.changes.length, i18n.language) },
          {
            title: t('journal.fields'),
            key: 'fields',
            render: (_, e) => changedFieldLabels(t, e.changes).join(', '),
          },
        ]}
      />
      {entries && entries.length === limit && (
        <Button style={{ marginTop: 12 }} onClick={() => setLimit(limit + PAGE)}>
          {t('journal.more')}
        </Button>
      )}
    </>
  );
}
