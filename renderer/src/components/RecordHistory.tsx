/** The history of one record from the journal: who changed which fields, when, and why. */
import { Timeline, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../core/format';
import { useDb } from '../db/context';
import { recordHistory } from '../db/repositories/journal-repository';
import { actionLabel, changedFieldLabels } from '../i18n/journal-labels';

export function RecordHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const db = useDb();
  const history = useLiveQuery(() => recordHistory(db, id), [db, id]) ?? [];
  return (
    <Timeline
      data-testid="entry-history"
      items={history.map((h) => ({
        children: (
          <>
            <div>{t('registers.historyLine', { date: formatDateTime(h.at), operator: h.operator, action: actionLabel(t, h.action) })}</div>
            {h.detail && <Typography.Text type="secondary">{h.detail}</Typography.Text>}
            {changedFieldLabels(t, [h.change]).length > 0 && (
              <Typography.Text type="secondary" style={{ display: 'block' }}>
                {t('registers.changedFieldsLabel', { fields: changedFieldLabels(t, [h.change]).join(', ') })}
              </Typography.Text>
            )}
          </>
        ),
      }))}
    />
  );
}

