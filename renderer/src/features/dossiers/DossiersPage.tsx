/**
 * Dossiers (hồ sơ) of this unit's fonds: the year's file plan with keyboard entry, closing,
 * final numbering into inventories, boxing, box labels, the printed plan and inventories, and
 * the backlog processing jobs. The list reads only the rows on screen (useDossierList) and every
 * figure the page shows is an index count: opening the page never reads a whole fonds of this
 * unit. A fonds received from another unit is in its blocks and is read whole, once for the page.
 */
import { usePaused } from '../../hooks/usePaused';
import { useMemo, useState } from 'react';
import { Alert, Card, Input, Select, Space, Tabs, Typography } from 'antd';
import { CLEAR_FIELD } from '../../components/icons/labelled-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDb, useSession } from '../../db/context';
import { closedSince, fondsTitle, workingFonds } from '../../core/duties/fonds';
import { getDossier, listDossiers, listProcessingJobs } from '../../db/repositories/dossier-repository';
import { boxesOfRows, countBoxes, countDossierList, dossierYears, liveCountOfYear, yearsOfFonds } from '../../db/repositories/dossier-list-repository';
import { listHeldFonds } from '../../db/repositories/unit-repository';
import { ArrangeButtons } from './ArrangeButtons';
import { BoxesTab } from './BoxesTab';
import { DossierDrawer } from './DossierDrawer';
import { useReturnFocus } from '../../hooks/useReturnFocus';
import { DossierForm } from './DossierForm';
import { DossierOutputs } from './DossierOutputs';
import { DossierTable } from './DossierTable';
import { ProcessingJobsPanel } from './ProcessingJobsPanel';
import { boxLabel } from './retention-label';
import { useDossierList } from './useDossierList';
import { showsListedFigures, yearChoices, yearMissing, type YearsOfFonds } from '../../core/dossiers/rules';
import { issueMessage } from '../../i18n';
import { useLiveQueryFor } from '../../hooks/useLiveQueryFor';
import { closingProposals } from '../../db/repositories/dossier-doc-repository';

/** Typing pauses this long before the search runs. */
const SEARCH_PAUSE_MS = 250;

export function DossiersPage() {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const thisYear = new Date().getFullYear();
  const fonds = useLiveQuery(() => listHeldFonds(db, session.unitId), [db, session.unitId]);
  const [fondsChoice, setFondsChoice] = useState<string>();
  const fondsId = fondsChoice ?? (fonds && workingFonds(fonds, session.unitId)?.id) ?? '';
  const current = fonds?.find((f) => f.id === fondsId);
  const ours = current?.unitId === session.unitId;
  const received = !!current && !ours;
  const [year, setYear] = useState(thisYear);
  // A year or fonds picked in its list: the plan's form it brings takes the cursor.
  const [picked, setPicked] = useState(false);
  const [showDeleted, setShowDeleted] = useState(false);
  /** A year typed in the year list, to say why it is not there (Enter on "2024" did nothing, without a word). */
  const [yearTyped, setYearTyped] = useState('');
  const [typed, setTyped] = useState('');
  const [paused, searchNow] = usePaused(typed, SEARCH_PAUSE_MS);
  const text = paused.trim();
  const [openId, setOpenId] = useState<string>();
  const returnFocus = useReturnFocus();
  const [selected, setSelected] = useState<string[]>([]);

  // A received fonds is in its unit's blocks: read once, whole, for its years, its list and its count.
  // (Kept with the fonds it was read for: while another fonds is read, the last answer is not its.)
  const receivedDossiers = useLiveQueryFor(fondsId, async () => (fondsId && received ? listDossiers(db, fondsId) : undefined), [db, received]);
  const ownYears = useLiveQuery(async () => (fondsId && !received ? dossierYears(db, fondsId) : undefined), [db, fondsId, received]);
  const heldYears = useMemo(() => (received ? (receivedDossiers ? yearsOfFonds(receivedDossiers) : undefined) : ownYears), [received, receivedDossiers, ownYears]);
  // Every year of the fonds, from its first (a plan of an earlier year entered late; last year at
  // least) to the next one, or to its last when closed; a received fonds, the years it holds too.
  // Typing a year in the list finds it.
  const startYear = ours ? current?.startYear : undefined;
  const endYear = ours ? current?.endYear : undefined;
  const yearsOf = useMemo((): YearsOfFonds => ({ startYear, endYear, received: !!received, held: heldYears ?? [] }), [startYear, endYear, received, heldYears]);
  const years = useMemo(() => yearChoices(thisYear, yearsOf, year), [thisYear, yearsOf, year]);
  const filter = useMemo(() => (fondsId ? { fondsId, year, showDeleted } : undefined), [fondsId, year, showDeleted]);
  const list = useDossierList(filter, text, received, receivedDossiers);
  const ownLiveCount = useLiveQuery(async () => (fondsId && !received ? countDossierList(db, { fondsId, year, showDeleted: false }) : undefined), [db, fondsId, year, received]);
  const liveCount = !fondsId ? 0 : received ? (receivedDossiers ? liveCountOfYear(receivedDossiers, year) : undefined) : ownLiveCount;
  const boxCount = useLiveQuery(() => (fondsId ? countBoxes(db, fondsId, received) : Promise.resolve(0)), [db, fondsId, received]) ?? 0;
  const jobs = useLiveQuery(() => (fondsId ? listProcessingJobs(db, fondsId) : []), [db, fondsId]) ?? [];
  // Boxes of the rows read, to name them (box numbers restart in each inventory, so a box is named with its inventory).
  const boxKey = [...new Set(list.held.map((d) => d.boxId).filter(Boolean))].sort().join('|');
  const rowBoxes = useLiveQuery(() => boxesOfRows(db, fondsId, list.held, received), [db, fondsId, boxKey, received]);
  // An open file's period and sheets, until written at its closing, as its listed documents give them (a slip's are its slip's).
  const unwrittenKey = received ? '' : list.held.filter(showsListedFigures).map((d) => d.id).join('|');
  const listedFigures = useLiveQuery(() => (unwrittenKey ? closingProposals(db, unwrittenKey.split('|')) : undefined), [db, unwrittenKey]);
  const boxNumbers = useMemo(() => new Map((rowBoxes ?? []).map((b) => [b.id, boxLabel(t, b)])), [rowBoxes, t]);
  // A received fonds' dossier opened is one the page read already.
  const ownOpen = useLiveQuery(async () => (openId && !received ? ((await getDossier(db, openId)) ?? null) : null), [db, openId, received]);
  const open = !received ? ownOpen : !openId ? null : receivedDossiers && (receivedDossiers.find((d) => d.id === openId) ?? null);
  const openBox = useLiveQuery(async () => (open?.boxId ? ((await boxesOfRows(db, fondsId, [open], received))[0] ?? null) : null), [db, fondsId, open?.boxId, received]);

  if (fonds && fonds.length === 0) return <Alert type="warning" showIcon title={t('dossiers.noFonds')} />;
  const count = list.count ?? 0;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{t('dossiers.title_page')}</Typography.Title>
      <Space wrap>
        <label>
          {t('dossiers.fonds')}{' '}
          <Select aria-label={t('dossiers.fonds')} data-testid="dossier-fonds" value={fondsId || undefined} onChange={(id: string) => { setFondsChoice(id); setSelected([]); setPicked(true); }} options={(fonds ?? []).map((f) => ({ value: f.id, label: [f.number ? `${f.name} (${t('dossiers.fondsNumber', { number: f.number })})` : f.name, f.unitId === session.unitId ? '' : t('dossiers.receivedFrom', { unit: f.unitName })].filter(Boolean).join(' — ') }))} style={{ minWidth: 'min(420px, 80vw)' }} />
        </label>
        <label>
          {t('registers.year')}{' '}
          <Select
            showSearch={{ optionFilterProp: 'label', onSearch: setYearTyped }}
            aria-label={t('registers.year')}
            data-testid="dossier-year"
            value={year}
            onChange={(y: number) => { setYear(y); setSelected([]); setPicked(true); setYearTyped(''); }}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            notFoundContent={<span data-testid="dossier-year-missing" style={{ display: 'block', maxWidth: 320, whiteSpace: 'normal' }}>{issueMessage(t, yearMissing(yearTyped, thisYear, yearsOf))}</span>}
            popupMatchSelectWidth={false}
            style={{ width: 100 }}
          />
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
                  <Alert type="warning" showIcon data-testid="closed-fonds" title={t('fondsAdmin.closedNoNew', { fonds: fondsTitle(current.name), name: current.name, date: closedSince(current) })} />
                ) : ours ? (
                  <Card title={t('dossiers.newDossier')} size="small">
                    {fondsId && <DossierForm key={`${fondsId}:${year}`} fondsId={fondsId} year={year} takeCursor={picked} onSaved={() => undefined} />}
                  </Card>
                ) : (
                  <Alert type="info" showIcon title={t('dossiers.readOnlyFonds')} />
                )}
                <Card
                  size="small"
                  title={t('dossiers.listTitle', { count: liveCount ?? 0, year })}
                  extra={
                    <Space wrap>
                      <label><input type="checkbox" checked={showDeleted} onChange={(e) => setShowDeleted(e.target.checked)} /> {t('dossiers.showDeleted')}</label>
                      {ours && current?.status !== 'closed' && <ArrangeButtons fondsId={fondsId} year={year} selected={selected} onDone={() => setSelected([])} />}
                      {current && <DossierOutputs key={current.id} fonds={current} year={year} />}
                    </Space>
                  }
                >
                  <Space orientation="vertical" size="small" style={{ width: '100%' }}>
                    <Space wrap align="center">
                      <Input.Search
                        allowClear={CLEAR_FIELD}
                        aria-label={t('dossiers.search')}
                        placeholder={t('dossiers.searchPlaceholder')}
                        value={typed}
                        onChange={(e) => setTyped(e.target.value)}
                        onSearch={(v) => searchNow(v)}
                        data-testid="dossier-search"
                        style={{ width: 'min(420px, 80vw)' }}
                      />
                      {text && list.count !== undefined && <Typography.Text type="secondary" data-testid="dossier-found">{t('dossiers.searchFound', { count: list.count })}</Typography.Text>}
                    </Space>
                    <DossierTable
                      count={count}
                      rowAt={list.rowAt}
                      onRange={list.showRange}
                      boxNumbers={boxNumbers}
                      listed={listedFigures}
                      {...(ours ? { selected, onSelect: setSelected } : {})}
                      onOpen={(id: string) => {
                        returnFocus.remember();
                        setOpenId(id);
                      }}
                      empty={text ? t('dossiers.searchEmpty', { text }) : ours ? t('dossiers.empty') : t('dossiers.emptyReadOnly')}
                    />
                    {count > 0 && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{ours ? t('dossiers.listKeys') : t('dossiers.readOnlyKeys')}</Typography.Text>}
                  </Space>
                </Card>
              </Space>
            ),
          },
          {
            key: 'boxes',
            label: t('dossiers.tabBoxes', { count: boxCount }),
            children: fondsId ? <BoxesTab fondsId={fondsId} received={received} /> : null,
          },
          {
            key: 'backlog',
            label: t('jobs.tab'),
            children: fondsId ? <ProcessingJobsPanel fondsId={fondsId} jobs={jobs} readOnly={!ours} /> : null,
          },
        ]}
      />
      {open && <DossierDrawer dossier={open} {...(openBox ? { boxLabel: boxLabel(t, openBox) } : {})} onClose={() => { setOpenId(undefined); returnFocus.restore(); }} />}
    </Space>
  );
}
