/**
 * The fonds' boxes, a page at a time: what each box on the page holds (dossier numbers, count,
 * years, retention) is read from the dossiers in those boxes only (the box index), not the fonds.
 */
import { useState } from 'react';
import { Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { boxContents, boxNumberText, yearsLabel, type BoxContents } from '../../core/dossiers/inventory';
import { useDb } from '../../db/context';
import { listBoxes, listDossiers } from '../../db/repositories/dossier-repository';
import { contentsOfBoxes } from '../../db/repositories/dossier-list-repository';

const PAGE = 50;

export function BoxesTab({ fondsId, received }: { fondsId: string; received: boolean }) {
  const { t } = useTranslation();
  const db = useDb();
  const [page, setPage] = useState(1);
  const boxes = useLiveQuery(() => listBoxes(db, fondsId), [db, fondsId]) ?? [];
  const shown = boxes.slice((page - 1) * PAGE, page * PAGE);
  const shownKey = shown.map((b) => `${b.id}:${b.clock}`).join('|');
  const contents =
    useLiveQuery(async () => (received ? shown.map((b) => boxContents(b, [])) : contentsOfBoxes(db, shown)), [db, shownKey, received]) ?? [];
  // A received fonds' dossiers are in its blocks: read with them (the fonds is read whole there anyway).
  const receivedDossiers = useLiveQuery(() => (received ? listDossiers(db, fondsId) : Promise.resolve([])), [db, fondsId, received]);
  const rows = received && receivedDossiers ? shown.map((b) => boxContents(b, receivedDossiers)) : contents;
  const inventoryOf = new Map(boxes.map((b) => [b.id, b.inventoryNumber]));
  return (
    <Table<BoxContents>
      size="small"
      rowKey="boxId"
      data-testid="box-table"
      dataSource={rows}
      pagination={boxes.length > PAGE ? { current: page, pageSize: PAGE, total: boxes.length, showSizeChanger: false, onChange: setPage } : false}
      locale={{ emptyText: t('dossiers.noBoxes') }}
      columns={[
        { title: t('dossiers.inventory'), key: 'inv', width: 90, render: (_, c) => inventoryOf.get(c.boxId) ?? '' },
        // As its label prints it ("04"; it showed "4").
        { title: t('dossiers.box'), key: 'number', width: 80, render: (_, c) => boxNumberText(c.number) },
        { title: t('dossiers.boxRange'), key: 'range', render: (_, c) => (c.fromFile !== undefined ? t('dossiers.boxRangeValue', { from: c.fromFile, to: c.toFile }) : '') },
        { title: t('dossiers.boxCount'), dataIndex: 'dossierCount', width: 110 },
        { title: t('dossiers.boxYears'), key: 'years', width: 120, render: (_, c) => yearsLabel(c) },
        { title: t('dossiers.retention'), dataIndex: 'retention', width: 180 },
      ]}
    />
  );
}
