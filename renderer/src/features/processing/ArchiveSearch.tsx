/**
 * Search over slips, dossiers, documents inside dossiers, boxes and shelf places, with the
 * registers' Vietnamese folding (typed without marks still finds "Quyết định"): of one fonds,
 * or — at the upper level — of every unit's dossiers. One card (ArchiveSearchCard) asks a finder
 * and shows a page of hits at a time:
 * - on this PC (ArchiveSearch), the index kept in the index worker's database, one per unit
 *   (search/archive-search.ts): built there on first use with a progress bar, then kept current;
 *   the card reads and holds only the rows of the page it shows. A hit that is a dossier, a slip
 *   or a document opens its dossier (another unit's read-only), a box the dossiers in it
 *   (BoxDrawer), by a click or Enter on its row; the cursor goes back to the row when the drawer
 *   closes;
 * - on the province archive's server (ServerArchiveSearch), its slips, dossiers, documents inside
 *   dossiers and boxes through the upper-level seam (archive/reads.ts archiveHeldFind), found by
 *   the same words and shown as the same rows (core archive-items); a hit opens read-only what it is
 *   (HeldViews: its dossier, a document's dossier on its line, a box's files), by a click or Enter.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Alert, App, Card, Input, Progress, Space, Table, Tag, Typography } from 'antd';
import { CLEAR_FIELD } from '../../components/icons/labelled-icons';
import { UnitPicker } from '../../components/UnitPicker';
import { useTranslation } from 'react-i18next';
import { useDb, useSession } from '../../db/context';
import { errorMessage } from '../../i18n';
import { UnitArchiveSearch, type ArchiveFound, type ArchiveItem as SearchItem } from '../../search/archive-search';
import { getBox, getDossier } from '../../db/repositories/dossier-repository';
import { boxPlace } from '../../core/processing/search-text';
import { boxLabel } from '../dossiers/retention-label';
import { placeLabels } from './place-labels';
import { useReturnFocus } from '../../hooks/useReturnFocus';
import { useLiveQueryFor } from '../../hooks/useLiveQueryFor';
import { useUpperApi } from '../../upper-api/context';
import { DossierDrawer } from '../dossiers/DossierDrawer';
import { BoxDrawer } from './BoxDrawer';
import { useHeldOpener } from './HeldViews';

const LIMIT = 200;
const PAGE_SIZE = 20;

/**
 * What the card asks for a query: its hits in one unit's dossiers (`unit`; undefined for every unit's), a count and the
 * rows of a page; null when a newer search replaced it. `onProgress` hears a first build of an index.
 */
export type ArchiveFinder = (query: string, unit: string | undefined, onProgress: (p: { readonly done: number; readonly total: number }) => void) => Promise<Found | null>;

/** What a finder found; `more`: others follow the first LIMIT, where the finder knows it (else LIMIT found is taken to say so). */
type Found = ArchiveFound & { readonly more?: boolean };

type CardProps = {
  readonly title?: string;
  /** At the upper level: the units to choose one of (their names head the hits). */
  readonly units?: ReadonlyMap<string, string>;
  readonly find: ArchiveFinder;
  /** Which hits open (a dossier, a slip, a document, a box) and opening one; without it the rows are read-only. */
  readonly opener?: { readonly can: (h: SearchItem) => boolean; readonly open: (h: SearchItem) => void };
  /** The drawers a hit opens. */
  readonly children?: ReactNode;
};

/** The search card: the query, the unit, the first build's progress, a page of hits, how many were found. */
function ArchiveSearchCard({ title, units, find, opener, children }: CardProps) {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<string>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found>();
  const [page, setPage] = useState(1);
  const [hits, setHits] = useState<SearchItem[]>([]);
  const [error, setError] = useState<unknown>();
  const indexing = progress !== undefined && progress.done < progress.total;
  const keysHint = useId();
  const placeholder = t('processing.searchPlaceholder');

  useEffect(() => {
    let live = true;
    if (!query.trim()) {
      setFound(undefined);
      setHits([]);
      return;
    }
    find(query, unit, (p) => live && setProgress(p)).then(
      (f) => {
        if (!live || !f) return;
        setProgress(undefined);
        setError(undefined);
        setFound(f);
        setPage(1);
      },
      (e: unknown) => {
        if (!live) return;
        setProgress(undefined);
        setFound(undefined);
        setHits([]);
        setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [find, unit, query]);
  // The rows of the page shown only (a query may find hundreds, over many units' blocks).
  useEffect(() => {
    let live = true;
    found?.rows((page - 1) * PAGE_SIZE, page * PAGE_SIZE).then(
      (rows) => live && rows && setHits(rows),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [found, page]);

  return (
    // At the upper level a card among the others of its size (its heading was smaller than theirs); a tab of the processing page, small.
    <Card size={units ? undefined : 'small'} title={title} data-testid="archive-search">
      <Space wrap style={{ width: '100%', marginBottom: 8 }}>
        {/* Without the unit picker beside it, wide enough for its whole placeholder at 1024 px (at 640 it was cut). */}
        <Input.Search allowClear={CLEAR_FIELD} style={{ width: units ? 640 : 800, maxWidth: '100%' }} placeholder={placeholder} value={query} onChange={(e) => setQuery(e.target.value)} aria-label={placeholder} />
        {units && <UnitPicker units={units} ariaLabel={t('processing.searchUnit')} value={unit} onChange={setUnit} testId="archive-search-unit" />}
      </Space>
      {indexing && <div data-testid="archive-search-indexing"><Typography.Text type="secondary">{t('processing.searchIndexing')}</Typography.Text><Progress percent={Math.floor((100 * progress.done) / Math.max(1, progress.total))} size="small" style={{ width: 200 }} /></div>}
      {error !== undefined && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 8 }} data-testid="archive-search-error" />}
      <Table<SearchItem>
        size="small"
        rowKey="id"
        dataSource={hits}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: found?.count ?? 0, showSizeChanger: false, onChange: setPage }}
        // A search that failed says so above the table (not also 'Không tìm thấy').
        locale={{ emptyText: error !== undefined ? <span /> : query.trim() ? t('processing.searchNone') : t('processing.searchHelp') }}
        onRow={(h) =>
          opener?.can(h)
            ? {
                onClick: () => opener.open(h),
                onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
                  if (e.key === 'Enter' && e.target === e.currentTarget) opener.open(h);
                },
                tabIndex: 0,
                'aria-describedby': keysHint,
                style: { cursor: 'pointer' },
                'data-testid': 'archive-hit',
              }
            : { 'data-testid': 'archive-hit' }
        }
        // The widths as given (the browser's own layout squeezed a document's content to about 150 px at 1024 px, under a
        // long unit name and place): the content, what a searcher reads, takes what the others leave — about 400 px there.
        tableLayout="fixed"
        columns={[
          // Whole, wrapped, its code where another unit shares its name: cut to "Ủy ban nhân dân x…", six hits of "hộp 2" of
          // three units read alike.
          ...(units ? [{ key: 'unit', title: t('processing.colUnit'), width: 160, render: (_: unknown, h: SearchItem) => units.get(h.origin) ?? h.origin }] : []),
          { key: 'kind', title: t('processing.colKind'), width: 96, render: (_, h) => <Tag>{t(`processing.kind_${h.kind}`)}</Tag> },
          { key: 'what', title: t('processing.colWhat'), render: (_, h) => h.what },
          { key: 'where', title: t('processing.colWhere'), width: units ? 210 : 260, render: (_, h) => h.where },
        ]}
      />
      {found && found.count > 0 && (
        <Typography.Text id={keysHint} type="secondary" style={{ fontSize: 12 }}>
          {/* How many were found (the pages alone did not say), the first LIMIT at most; how to open one where a row opens. */}
          <span data-testid="archive-search-count">{t((found.more ?? found.count >= LIMIT) ? 'processing.searchCountMore' : 'processing.searchCount', { count: found.count })}</span>
          {opener && ` ${t('processing.searchKeys')}`}
        </Typography.Text>
      )}
      {children}
    </Card>
  );
}

/** On this PC: one fonds' search (the processing page), or every unit's at the upper level, hits opening their dossier or box. */
export function ArchiveSearch({ fondsId, units, title }: { fondsId?: string; units?: ReadonlyMap<string, string>; title?: string }) {
  const { t } = useTranslation();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  // Made on the first query and let go with the card (or when it shows another fonds; another unit: made again).
  const search = useRef<UnitArchiveSearch | undefined>(undefined);
  const find = useCallback<ArchiveFinder>((query, unit, onProgress) => (search.current ??= new UnitArchiveSearch(db, session.unitId, fondsId)).find(query, unit, LIMIT, onProgress), [db, fondsId, session.unitId]);
  useEffect(
    () => () => {
      search.current?.close();
      search.current = undefined;
    },
    [db, fondsId, session.unitId],
  );
  // The hit opened: its dossier, read live (this unit's may be closed or corrected in the drawer), kept with the
  // dossier it was read for (not the last one's until the new one comes).
  const [opened, setOpened] = useState<SearchItem>();
  // Its box too, named as the Dossiers page names it, and where it stands in this screen's words (the hit's text is the index's, in Vietnamese).
  const read = useLiveQueryFor(
    opened?.dossierId,
    async () => {
      if (!opened?.dossierId) return undefined;
      const d = await getDossier(db, opened.dossierId);
      const box = d?.boxId ? await getBox(db, d.boxId) : undefined;
      return { dossier: d ?? null, box: box?.deleted ? undefined : box };
    },
    [db],
  );
  const dossier = read?.dossier;
  const openedBox = read?.box ? { label: boxLabel(t, read.box), place: boxPlace(read.box, placeLabels(t)) } : undefined;
  const returnFocus = useReturnFocus();
  // A dossier this PC no longer holds (a received unit's, replaced by a later bundle): no drawer, and the clerk is told.
  useEffect(() => {
    if (!opened || dossier !== null) return;
    closeDossierRef.current();
    void message.warning(t('processing.searchGone'));
  }, [opened, dossier, message, t]);
  // A box hit opens the dossiers in it; one of them opens over it, and closed gives the cursor back to its row in the box.
  const [openedBoxId, setOpenedBoxId] = useState<string>();
  const boxReturn = useReturnFocus();
  const boxIdOf = (h: SearchItem) => (h.kind === 'box' && h.id.startsWith('b:') ? h.id.slice(2) : undefined);
  const opener = {
    can: (h: SearchItem) => h.dossierId !== undefined || boxIdOf(h) !== undefined,
    open: (h: SearchItem) => {
      const boxId = boxIdOf(h);
      if (!h.dossierId && !boxId) return;
      returnFocus.remember();
      if (boxId) setOpenedBoxId(boxId);
      else setOpened(h);
    },
  };
  const openFromBox = (dossierId: string) => {
    boxReturn.remember();
    setOpened({ id: `d:${dossierId}`, kind: 'dossier', origin: '', dossierId, what: '', where: '' });
  };
  // Closed (or gone): the cursor goes back to its row in the box when it was opened from one, else to the hit.
  const closeDossier = () => {
    setOpened(undefined);
    if (openedBoxId) boxReturn.restore();
    else returnFocus.restore();
  };
  const closeDossierRef = useRef(closeDossier);
  closeDossierRef.current = closeDossier;

  return (
    <ArchiveSearchCard {...(title !== undefined ? { title } : {})} {...(units ? { units } : {})} find={find} opener={opener}>
      {openedBoxId && (
        <BoxDrawer
          boxId={openedBoxId}
          onOpenDossier={openFromBox}
          onClose={() => {
            setOpenedBoxId(undefined);
            returnFocus.restore();
          }}
        />
      )}
      {opened && dossier && (
        <DossierDrawer
          dossier={dossier}
          {...(openedBox ? { boxLabel: openedBox.label, ...(openedBox.place ? { boxPlace: openedBox.place } : {}) } : {})}
          {...(opened.kind === 'doc' ? { tab: 'documents' as const } : {})}
          onClose={closeDossier}
        />
      )}
    </ArchiveSearchCard>
  );
}

/**
 * On the province archive's server: every unit's slips, dossiers, documents inside dossiers and boxes (or one unit's),
 * a hit opening read-only what it is (HeldViews); "or more" only when the server says others follow.
 */
export function ServerArchiveSearch({ units, title }: { units: ReadonlyMap<string, string>; title?: string }) {
  const api = useUpperApi();
  const find = useCallback<ArchiveFinder>(
    async (query, unit) => {
      const found = await api.findHeld(query, { ...(unit !== undefined ? { origin: unit } : {}), limit: LIMIT });
      if (!found) return null;
      const { items, more } = found;
      return { count: items.length, rows: async (from, to) => items.slice(from, to), ...(more !== undefined ? { more } : {}) };
    },
    [api],
  );
  const held = useHeldOpener();
  return (
    <ArchiveSearchCard {...(title !== undefined ? { title } : {})} units={units} find={find} opener={held.opener}>
      {held.drawers}
    </ArchiveSearchCard>
  );
}
