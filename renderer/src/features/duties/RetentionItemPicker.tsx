/**
 * Picking the retention of a dossier from the schedule version in force for its year: the item's
 * period fills the retention field and its basis is kept on the dossier (a later version never
 * rewrites it). Typing a period by hand instead unlinks the item.
 */
import { Select, Typography } from 'antd';
import { foldedLabelMatch } from '../../components/folded-match';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { retentionFromItem } from '../../core/duties/retention';
import type { Retention } from '../../core/dossiers/types';
import { useDb, useSession } from '../../db/context';
import { itemsForYear } from '../../db/repositories/retention-repository';
import { retentionLabel } from '../dossiers/retention-label';
import { useClearChoice } from '../../components/icons/labelled-icons';

export type PickedRetention = { readonly retention: Retention; readonly retentionItemId: string; readonly retentionBasis: string };

export function RetentionItemPicker({ year, value, basis, onPick }: { year: number; value: string; basis: string; onPick: (picked: PickedRetention | undefined) => void }) {
  const { t } = useTranslation();
  const clearChoice = useClearChoice();
  const db = useDb();
  const session = useSession();
  const found = useLiveQuery(() => itemsForYear(db, session.unitId, year), [db, session.unitId, year]);
  if (!found) return <Typography.Text type="secondary">{t('retention.noScheduleForYear', { year })}</Typography.Text>;
  const pick = (id: string | undefined) => {
    const item = found.items.find((i) => i.id === id);
    if (!item) return onPick(undefined);
    const r = retentionFromItem(item, found.schedule);
    onPick({ retention: r.retention, retentionItemId: item.id, retentionBasis: r.retentionBasis ?? '' });
  };
  return (
    <>
      <Select
        id="d-retentionItem"
        aria-label={t('retention.pickItem')}
        data-testid="retention-item-picker"
        showSearch={{ filterOption: foldedLabelMatch }}
        allowClear={clearChoice}
        // As in the other suggestion lists: the arrow keys pick an item, Enter alone saves the dossier.
        defaultActiveFirstOption={false}
        value={value || undefined}
        onChange={pick}
        placeholder={t('retention.pickItemHint', { version: found.schedule.version })}
        options={found.items.map((i) => ({ value: i.id, label: `${i.code ? `${i.code}. ` : ''}${i.title} — ${retentionLabel(t, i.retention)}${i.group ? ` (${i.group})` : ''}` }))}
        style={{ width: '100%' }}
      />
      {basis && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('retention.basisShown', { basis })}{found.schedule.verified ? '' : ` — ${t('retention.unverified')}`}</Typography.Text>}
    </>
  );
}
