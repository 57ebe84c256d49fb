/**
 * Dossiers (hồ sơ) of this unit's fonds: the year's file plan with keyboard entry, closing,
 * final numbering into inventories, boxing, box labels, the printed plan and inventories, and
 * the backlog processing jobs.
 */
import { useMemo, useState } from 'react';
import { Alert, Card, Select, Space, Table, Tabs, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { boxContents, type BoxContents } from '../../core/dossiers/inventory';
import { formatDate } from '../../core/format';
import { useDb, useSession } from '../../db/context';
import { listBoxes, listDossiers, listProcessingJobs } from '../../db/repositories/dossier-repository';
import { listHeldFonds } from '../../db/repositories/unit-repository';
import { ArrangeButtons } from './ArrangeButtons';
import { DossierDrawer } from './DossierDrawer';
import { DossierForm } from './DossierForm';
import { DossierOutputs } from './DossierOutputs';
import { DossierTable } from './DossierTable';
import { ProcessingJobsPanel } from './ProcessingJobsPanel';
import { boxLabel } from './retention-label';

export function DossiersPage() {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const thisYear = new Date().getFullYear();
  const fonds = useLiveQuery(() => listHeldFonds(db, session.unitId), [db, session.unitId]);
  const [fondsChoice, setFondsChoice] = useState<string>();
  const fondsId = fondsChoice ?? fonds?.find((f) => f.unitId === session.unitId && f.status === 'open')?.id ?? fonds?.[0]?.id ?? '';
  const [year, setYear] = useState(thisYear);
  const all = useLiveQuery(() => (fondsId ? listDossiers(db, fondsId) : []), [db, fondsId]);
  const boxes = useLiveQuery(() => (fondsId ? listBoxes(db, fondsId) : []), [db, fondsId]) ?? [];
  const jobs = useLiveQuery(() => (fondsId ? listProcessingJobs(db, fondsId) : []), [db, fondsId]) ?? [];
  const [openId, setOpenId] = useState<string>();
  const [selected, setSelected] = useState<string[]>([]);
  const [showDeleted, setShowDeleted] = useState(false);

  const dossiers = useMemo(() => all ?? [], [all]);
  const years = useMemo(() => {
    const ys = new Set([thisYear - 1, thisYear, thisYear + 1, year, ...dossiers.map((d) => d.year)]);
    return [...ys].sort((a, b) => b - a);
  }, [dossiers, thisYear, year]);
  const rows = useMemo(
    () =>
      dossiers
        .filter((d) => d.year === year && (showDeleted || !d.deleted))
        .sort((a, b) => a.notation.localeCompare(b.notation, 'vi', { numeric: true })),
    [dossiers, year, showDeleted],
  );
  // Box numbers restart in each inventory, so a box is named with its inventory.
  const boxNumbers = useMemo(() => new Map(boxes.map((b) => [b.id, boxLabel(t, b)])), [boxes, t]);
  const contents = useMemo<BoxContents[]>(() => boxes.map((b) => boxContents(b, dossiers)), [boxes, dossiers]);
  const open = dossiers.find((d) => d.id === openId);
  const current = fonds?.find((f) => f.id === fondsId);
  const ours = current?.unitId === session.unitId;

  if (fonds && fonds.length === 0) return <Alert type="warning" showIcon title={t('dossiers.noFonds')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{t('dossiers.title_page')}</Typography.Title>
      <Space wrap>
        <label>
          {t('dossiers.fonds')}{' '}
          <Select aria-label={t('dossiers.fonds')} value={fondsId || undefined} onChange={setFondsChoice} options={(fonds ?? []).map((f) => ({ value: f.id, label: [f.number ? `${f.name} (${t('dossiers.fondsNumber', { number: f.number })})` : f.name, f.unitId === session.unitId ? '' : t('dossiers.receivedFrom', { unit: f.unitName })].filter(Boolean).join(' — ') }))} style={{ minWidth: 420 }} />
        </label>
        <label>
          {t('registers.year')}{' '}
          <Select aria-label={t('registers.year')} data-testid="dossier-year" value={year} onChange={(y: number) => { setYear(y); setSelected([]); }} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 100 }} />
        </label>
      </Space>
      <Tabs
        items={[
          {
            key: 'plan',
            label: t('dossiers.tabPlan', { year }),
            children: (
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                {ours && current?.status === 'closed' ? (
                  <Alert type="warning" showIcon data-testid="closed-fonds" title={t('fondsAdmin.closedNoNew', { fonds: current.name, date: formatDate(current.closedAt) || String(current.endYear ?? '') })} />
                ) : ours ? (
                  <Card title={t('dossiers.newDossier')} size="small">
                    {fondsId && <DossierForm key={`${fondsId}:${year}`} fondsId={fondsId} year={year} dossiers={dossiers} onSaved={() => undefined} />}
                  </Card>
                ) : (
                  <Alert type="info" showIcon title={t('dossiers.readOnlyFonds')} />
                )}
                <Card
                  size="small"
                  title={t('dossiers.listTitle', { count: rows.filter((d) => !d.deleted).length, year })}
                  extra={
                    <Space wrap>
                      <label><input type="checkbox" checked={showDeleted} onChange={(e) => setShowDeleted(e.target.checked)} /> {t('dossiers.showDeleted')}</label>
                      {ours && current?.status !== 'closed' && <ArrangeButtons fondsId={fondsId} dossiers={dossiers} yearRows={rows} selected={selected} onDone={() => setSelected([])} />}
                      {current && <DossierOutputs fonds={current} year={year} dossiers={dossiers} boxes={boxes} contents={contents} />}
                    </Space>
                  }
                >
                  <DossierTable rows={rows} boxNumbers={boxNumbers} selected={selected} onSelect={setSelected} onOpen={setOpenId} />
                </Card>
              </Space>
            ),
          },
          {
            key: 'boxes',
            label: t('dossiers.tabBoxes', { count: boxes.length }),
            children: (
              <Table<BoxContents>
                size="small"
                rowKey="boxId"
                data-testid="box-table"
                dataSource={contents}
                pagination={false}
                locale={{ emptyText: t('dossiers.noBoxes') }}
                columns={[
                  { title: t('dossiers.inventory'), key: 'inv', width: 90, render: (_, c) => boxes.find((b) => b.id === c.boxId)?.inventoryNumber ?? '' },
                  { title: t('dossiers.box'), dataIndex: 'number', width: 80 },
                  { title: t('dossiers.boxRange'), key: 'range', render: (_, c) => (c.fromFile !== undefined ? t('dossiers.boxRangeValue', { from: c.fromFile, to: c.toFile }) : '') },
                  { title: t('dossiers.boxCount'), dataIndex: 'dossierCount', width: 110 },
                  { title: t('dossiers.boxYears'), key: 'years', width: 120, render: (_, c) => (c.fromYear === undefined ? '' : c.fromYear === c.toYear ? String(c.fromYear) : `${c.fromYear} – ${c.toYear}`) },
                  { title: t('dossiers.retention'), dataIndex: 'retention', width: 180 },
                ]}
              />
            ),
          },
          {
            key: 'backlog',
            label: t('jobs.tab'),
            children: fondsId ? <ProcessingJobsPanel fondsId={fondsId} jobs={jobs} readOnly={!ours} /> : null,
          },
        ]}
      />
      {open && <DossierDrawer dossier={open} dossiers={dossiers} {...(open.boxId && boxNumbers.has(open.boxId) ? { boxLabel: boxNumbers.get(open.boxId)! } : {})} onClose={() => setOpenId(undefined)} />}
    </Space>
  );
}
