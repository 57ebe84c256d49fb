/** The history of one record from the journal: who changed which fields, when, and why. */
import { Timeline, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../core/format';
import { useDb } from '../db/context';
import { recordHistory } from '../db/repositories/journal-repository';
import { actionLabel, changedFieldLabels, changedValueLines, lineDetail } from '../i18n/journal-labels';
import type { RecordChange } from '../core/journal';

/** What a change did: each field whose before and after were kept, "Trích yếu: A → B"; the others named. */
export function Changes({ change }: { change: RecordChange }) {
  const { t } = useTranslation();
  // A cancellation is told by its action and its reason ("Hủy văn bản đến", the reason under it):
  // "Các ô thay đổi: Hủy văn bản" under them said it again as if it were a field typed in.
  if (change.op === 'delete') return null;
  const values = changedValueLines(t, change);
  const others = changedFieldLabels(t, [change], new Set(values.map((v) => v.field)));
  return (
    <>
      {values.map((v, i) => (
        // A report's figures are lines of one field.
        <Typography.Text key={`${v.field}-${i}`} type="secondary" style={{ display: 'block' }} data-testid="history-value">
          {v.line}
        </Typography.Text>
      ))}
      {others.length > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          {t(values.length > 0 ? 'registers.otherChangedFieldsLabel' : 'registers.changedFieldsLabel', { fields: others.join(', ') })}
        </Typography.Text>
      )}
    </>
  );
}

/** `received`: another unit's record, whose history stays with that unit (a bundle carries its last version only). */
export function RecordHistory({ id, received = false }: { id: string; received?: boolean }) {
  const { t } = useTranslation();
  const db = useDb();
  const read = useLiveQuery(() => recordHistory(db, id), [db, id]);
  const history = read ?? [];
  // Nothing to list is said (the tab was blank).
  if (read && read.length === 0) return <Typography.Text type="secondary" data-testid="history-empty">{t(received ? 'registers.historyReceived' : 'registers.historyNone')}</Typography.Text>;
  return (
    <Timeline
      data-testid="entry-history"
      items={history.map((h) => ({
        children: (
          <>
            <div>{t('registers.historyLine', { date: formatDateTime(h.at), operator: h.operator, action: actionLabel(t, h.action) })}</div>
            {(h.detail || h.subject) && <Typography.Text type="secondary">{lineDetail(t, h, id)}</Typography.Text>}
            <Changes change={h.change} />
          </>
        ),
      }))}
    />
  );
}

