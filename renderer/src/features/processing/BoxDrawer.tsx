/**
 * A box found by the archive search: its name as the Dossiers page gives it, where it stands, and
 * the dossiers in it by their numbers with their state (deposited: at the archive), another unit's
 * read from its blocks. A dossier opens by a click or Enter on its row, over this drawer. The drawer itself (BoxView)
 * takes what was read: the province archive's server shows its boxes with it too.
 */
import { useEffect, type KeyboardEvent } from 'react';
import { useLiveQueryFor } from '../../hooks/useLiveQueryFor';
import { App, Descriptions, Drawer, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Box, Dossier } from '../../core/dossiers/types';
import { formatDate } from '../../core/format';
import { boxPlace } from '../../core/processing/search-text';
import { useDb, useSession } from '../../db/context';
import { boxDossiers, getBox } from '../../db/repositories/dossier-repository';
import { boxLabel, retentionLabel, statusLabel } from '../dossiers/retention-label';
import { placeLabels } from './place-labels';

export function BoxDrawer({ boxId, onOpenDossier, onClose }: { boxId: string; onOpenDossier: (dossierId: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  // What was read for this box (a box opened over another shows nothing of the other's).
  const current = useLiveQueryFor(boxId, async () => {
    const box = await getBox(db, boxId);
    return { box, dossiers: box && !box.deleted ? await boxDossiers(db, box, session.unitId) : [] };
  }, [db, session.unitId]);
  const box = current?.box;
  // A box this PC no longer holds (a received unit's, replaced by a later bundle): the drawer closes, and the clerk is told.
  const gone = current !== undefined && current.box === undefined;
  useEffect(() => {
    if (!gone) return;
    onClose();
    void message.warning(t('processing.boxGone'));
  }, [gone, onClose, message, t]);
  return <BoxView box={box} dossiers={current?.dossiers} onOpenDossier={onOpenDossier} onClose={onClose} />;
}

/**
 * A box's drawer from what was read of it (`dossiers` undefined: still being read): the app's (BoxDrawer, live from this
 * PC's store) and the archive server's (HeldViews, read through the upper-level seam).
 */
export function BoxView({ box, dossiers: read, onOpenDossier, onClose }: { box: Box | undefined; dossiers: readonly Dossier[] | undefined; onOpenDossier: (dossierId: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const dossiers = read ?? [];
  const place = box ? boxPlace(box, placeLabels(t)) : '';
  const years = (d: Dossier) => {
    const from = d.startDate?.slice(0, 4);
    const to = d.endDate?.slice(0, 4);
    return from && to && from !== to ? `${from} – ${to}` : (from ?? to ?? String(d.year));
  };
  return (
    <Drawer open onClose={onClose} width="min(820px, 100vw)" title={box ? boxLabel(t, box) : ''} data-testid="box-drawer" destroyOnHidden>
      {box && (
        <Descriptions column={1} size="small" bordered styles={{ label: { width: 190 } }} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('dossiers.box')}>{boxLabel(t, box)}</Descriptions.Item>
          <Descriptions.Item label={t('dossiers.boxPlace')}>{place || <Typography.Text type="secondary">{t('processing.boxNoPlace')}</Typography.Text>}</Descriptions.Item>
          <Descriptions.Item label={t('dossiers.boxCount')}>{read ? dossiers.length : ''}</Descriptions.Item>
        </Descriptions>
      )}
      <Table<Dossier>
        size="small"
        rowKey="id"
        dataSource={dossiers}
        loading={read === undefined}
        pagination={dossiers.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: t('processing.boxEmpty') }}
        onRow={(d) => ({
          onClick: () => onOpenDossier(d.id),
          onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
            if (e.key === 'Enter' && e.target === e.currentTarget) onOpenDossier(d.id);
          },
          tabIndex: 0,
          style: { cursor: 'pointer' },
          'data-testid': 'box-dossier',
        })}
        columns={[
          { key: 'number', title: t('dossiers.fileNumber'), width: 120, render: (_, d) => (d.fileNumber !== undefined ? t('dossiers.fileNumberValue', { inventory: d.inventoryNumber, number: d.fileNumber }) : t('dossiers.notNumbered')) },
          { key: 'notation', title: t('dossiers.notation'), width: 100, render: (_, d) => d.notation },
          { key: 'title', title: t('dossiers.title'), render: (_, d) => d.title },
          { key: 'years', title: t('dossiers.boxYears'), width: 70, render: (_, d) => years(d) },
          { key: 'retention', title: t('dossiers.retention'), width: 110, render: (_, d) => retentionLabel(t, d.retention) },
          // Where its paper is: deposited, it is at the archive that received it.
          { key: 'status', title: t('dossiers.status'), width: 120, render: (_, d) => `${statusLabel(t, d)}${d.depositedAt ? ` ${formatDate(d.depositedAt)}` : ''}` },
        ]}
      />
    </Drawer>
  );
}
