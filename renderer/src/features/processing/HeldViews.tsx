/**
 * What a hit of archive search opens on the province archive's server, read-only, as the app's own
 * upper level opens it (ArchiveSearch: DossierDrawer, BoxDrawer): a dossier or slip in its drawer,
 * its details and the documents listed in it; a document in its dossier's drawer on those documents,
 * its line marked and scrolled to; a box in its drawer with the files in it, a file opening over it
 * (closed, the cursor goes back to its row in the box, else to the hit). Read through the upper-level
 * seam (heldDossier, heldBox: core held-view) and kept current as the app's drawers are (watch); one
 * no longer held closes, and the archivist is told. The drawers' pieces are the app's own, fed the
 * data read (DossierDetails, docColumns, BoxView).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert, App, Drawer, Table, Tabs, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { hitTarget, type HeldDossierView, type HitTarget } from '../../core/processing/held-view';
import type { ArchiveItem } from '../../core/processing/archive-items';
import { boxPlace } from '../../core/processing/search-text';
import { showsListedFigures, isUnnumberedSlip } from '../../core/dossiers/rules';
import type { DocRow } from '../../core/processing/documents';
import { errorMessage } from '../../i18n';
import { useReturnFocus } from '../../hooks/useReturnFocus';
import { useUpperApi } from '../../upper-api/context';
import { DossierDetails } from '../dossiers/DossierDetails';
import { figuresOf } from '../dossiers/FromDocuments';
import { boxLabel } from '../dossiers/retention-label';
import { BoxView } from './BoxDrawer';
import { docColumns, DocTotalsText } from './DocumentsPanel';
import { placeLabels } from './place-labels';

type DossierTarget = Extract<HitTarget, { kind: 'dossier' }>;

/** A held dossier's read-only drawer: its details, and the documents listed in it (`docId`'s line marked, the tab open on it). */
export function HeldDossierDrawer({ view, docId, onClose }: { view: HeldDossierView; docId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { dossier, box } = view;
  const [active, setActive] = useState(docId ? 'documents' : 'details');
  const figures = figuresOf(dossier, showsListedFigures(dossier) ? view.listed : undefined);
  const place = box ? boxPlace(box, placeLabels(t)) : '';
  const slip = isUnnumberedSlip(dossier);
  // The document found is scrolled to once its list is on screen (a long file's list ran past the drawer's foot).
  const listRoot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!docId || active !== 'documents') return;
    let tries = 20;
    let timer: ReturnType<typeof setTimeout>;
    const find = () => {
      const row = listRoot.current?.querySelector<HTMLElement>('[data-testid="held-doc-marked"]');
      if (row) row.scrollIntoView({ block: 'center' });
      else if (tries-- > 0) timer = setTimeout(find, 50);
    };
    timer = setTimeout(find, 0);
    return () => clearTimeout(timer);
  }, [docId, active]);
  return (
    <Drawer open onClose={onClose} width="min(1040px, 100vw)" title={[dossier.notation || (slip ? t('dossiers.status_slip', { number: dossier.tempNumber ?? '' }) : ''), dossier.title].filter(Boolean).join(' · ')} data-testid="held-dossier-drawer" destroyOnHidden>
      <Alert type="info" showIcon title={t('dossiers.readOnlyInfo')} style={{ marginBottom: 12 }} />
      <Tabs
        activeKey={active}
        onChange={setActive}
        items={[
          { key: 'details', label: t('dossiers.tabDetails'), children: <DossierDetails dossier={dossier} figures={figures} {...(box ? { boxLabel: boxLabel(t, box) } : {})} {...(place ? { boxPlace: place } : {})} /> },
          {
            key: 'documents',
            label: t('processing.tabDocuments'),
            children: (
              <div ref={listRoot} data-testid="held-documents">
                <DocTotalsText totals={view.totals} />
                <Table<DocRow>
                  size="small"
                  rowKey="ordinal"
                  dataSource={[...view.docs]}
                  pagination={false}
                  locale={{ emptyText: t('processing.docsEmpty') }}
                  style={{ marginTop: 8 }}
                  // The document found: marked (in colour, and for a screen reader) among the others of its file.
                  onRow={(r) =>
                    r.id !== undefined && r.id === docId
                      ? { 'data-testid': 'held-doc-marked', 'aria-current': 'true', 'aria-label': `${t('processing.heldDocFound')}: ${r.number} ${r.summary}`, style: { background: token.colorPrimaryBg } }
                      : { 'data-testid': 'held-doc' }
                  }
                  columns={docColumns(t)}
                />
              </div>
            ),
          },
        ]}
      />
    </Drawer>
  );
}

/**
 * A held record read through the seam and kept current (`watch`): undefined while it is read, `value` null when it is
 * no longer held; `error` when it could not be read. What was read for another id is not given.
 */
function useHeldRead<T>(id: string, read: (id: string) => Promise<T | null>): { value: T | null } | { error: unknown } | undefined {
  const api = useUpperApi();
  const [got, setGot] = useState<{ id: string; answer: { value: T | null } | { error: unknown } }>();
  useEffect(
    () =>
      api.watch(
        () => read(id),
        (value) => setGot({ id, answer: { value } }),
        (error: unknown) => setGot({ id, answer: { error } }),
      ),
    [api, id, read],
  );
  return got?.id === id ? got.answer : undefined;
}

/** Closes (once) when the record read is gone or could not be read, saying so. */
function useClosedWhenGone(answer: { value: unknown } | { error: unknown } | undefined, goneText: string, onClose: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const close = useRef(onClose);
  close.current = onClose;
  const failed = answer !== undefined && ('error' in answer || answer.value === null);
  useEffect(() => {
    if (!failed || !answer) return;
    close.current();
    if ('error' in answer) void message.error(errorMessage(t, answer.error));
    else void message.warning(goneText);
  }, [failed, answer, goneText, message, t]);
}

function HeldDossier({ target, onClose }: { target: DossierTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useUpperApi();
  const read = useCallback((id: string) => api.heldDossier(id), [api]);
  const answer = useHeldRead(target.dossierId, read);
  useClosedWhenGone(answer, t('processing.heldGone'), onClose);
  const view = answer && 'value' in answer ? answer.value : undefined;
  return view ? <HeldDossierDrawer view={view} {...(target.docId ? { docId: target.docId } : {})} onClose={onClose} /> : null;
}

function HeldBox({ boxId, onOpenDossier, onClose }: { boxId: string; onOpenDossier: (dossierId: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useUpperApi();
  const read = useCallback((id: string) => api.heldBox(id), [api]);
  const answer = useHeldRead(boxId, read);
  useClosedWhenGone(answer, t('processing.heldBoxGone'), onClose);
  const view = answer && 'value' in answer ? answer.value : undefined;
  return answer && 'value' in answer && view === null ? null : <BoxView box={view?.box} dossiers={view?.dossiers} onOpenDossier={onOpenDossier} onClose={onClose} />;
}

/**
 * The archive search card's opener on the server, and the drawers it opens (the card's children): a box's files, a file
 * opened over it; the cursor goes back to the row it was opened from.
 */
export function useHeldOpener(): { opener: { can: (h: ArchiveItem) => boolean; open: (h: ArchiveItem) => void }; drawers: ReactNode } {
  const [dossier, setDossier] = useState<DossierTarget>();
  const [boxId, setBoxId] = useState<string>();
  const returnFocus = useReturnFocus();
  const boxReturn = useReturnFocus();
  const opener = useMemo(
    () => ({
      can: (h: ArchiveItem) => hitTarget(h) !== undefined,
      open: (h: ArchiveItem) => {
        const to = hitTarget(h);
        if (!to) return;
        returnFocus.remember();
        if (to.kind === 'box') setBoxId(to.boxId);
        else setDossier(to);
      },
    }),
    [returnFocus],
  );
  const closeBox = useCallback(() => {
    setBoxId(undefined);
    returnFocus.restore();
  }, [returnFocus]);
  // Closed (or gone): back to its row in the box when it was opened from one, else to the hit.
  const closeDossier = useCallback(() => {
    setDossier(undefined);
    if (boxId) boxReturn.restore();
    else returnFocus.restore();
  }, [boxId, boxReturn, returnFocus]);
  const openFromBox = useCallback(
    (dossierId: string) => {
      boxReturn.remember();
      setDossier({ kind: 'dossier', dossierId });
    },
    [boxReturn],
  );
  const drawers = (
    <>
      {boxId && <HeldBox boxId={boxId} onOpenDossier={openFromBox} onClose={closeBox} />}
      {dossier && <HeldDossier target={dossier} onClose={closeDossier} />}
    </>
  );
  return { opener, drawers };
}
