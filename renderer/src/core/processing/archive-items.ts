/**
 * What archive search shows and finds for each thing it looks through: a slip or plan dossier
 * (its numbers and title, its box and shelf place), a box (its name and place), a document
 * inside a dossier (its printed row — a linked one as its register entry reads — and the
 * dossier's title and box). One rule for the index (the text) and for the rows read back for
 * the hits (what, where), so both always agree — in the app's index and on the province
 * archive's server (archive/search.ts, archive/reads.ts) alike.
 */
import type { Box, Dossier } from '../dossiers/types';
import { docRows, type DocRow } from './documents';
import type { DossierDoc } from './types';
import type { IncomingDoc, OutgoingDoc } from '../registers/types';
import { entryAsDocument } from './linked-entry';
import { boxName, boxPlace, boxSearchText, docSearchText, dossierSearchText, shelfWords } from './search-text';
import { formatDate } from '../format';
import { fileOrSlipLabel, isUnnumberedSlip } from '../dossiers/rules';

export type ArchiveItemKind = 'slip' | 'dossier' | 'doc' | 'box';

/** One hit as the search card shows it. */
export type ArchiveItem = {
  /** `d:` dossier id, `b:` box id, `x:` document id. */
  readonly id: string;
  readonly kind: ArchiveItemKind;
  readonly origin: string;
  /** The dossier to open (for a document, its dossier). */
  readonly dossierId?: string;
  readonly what: string;
  readonly where: string;
};

/**
 * Where a hit comes when a query names a box, as the province archive's server lists them (archive/reads.ts): the boxes by
 * inventory and number, the files box by box and, in a box, by their numbers (a slip, which has none, first), then their
 * documents box by box, file by file, in their list's order — the documents after every file (a query that asks nothing of
 * them leaves the list's tail out), what stands in no box after those that do. Two whole numbers below 2³¹ (the app's index
 * keeps them as 32-bit days: db/repositories/archive-index-source.ts).
 */
export type ShelfOrder = { readonly box: number; readonly file: number };

/** An item, the words it is found by (the index folds them) and where it comes when a query names a box. */
export type ArchiveItemWithText = ArchiveItem & { readonly text: string; readonly order: ShelfOrder };

/** After every box's key (inventory ≤ 999, box ≤ 99,999: DOSSIER_LIMITS): a file in no box; a document's key is its file's after it. */
const NO_BOX = 2 ** 27 - 1;
const DOCUMENTS = 2 ** 27;
/** Places in a file's list told apart (a document's position ≤ 16,383), under a file's number ≤ 99,999: below 2³¹. */
const POSITIONS = 16_384;
const whole = (n: unknown, max: number) => (typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.min(max, Math.floor(n))) : 0);
const boxKey = (b: Pick<Box, 'inventoryNumber' | 'number'> | undefined) => (b ? whole(b.inventoryNumber, 999) * 100_000 + whole(b.number, 99_999) : NO_BOX);
const fileKey = (d: Pick<Dossier, 'fileNumber'>, position = 0) => whole(d.fileNumber, 99_999) * POSITIONS + whole(position, POSITIONS - 1);

/** Where a box's paper is, as its files' rows say it: its name and its shelf place. */
const whereOf = (box: Box | undefined) => (box ? [boxName(box), boxPlace(box)].filter(Boolean).join(' · ') : '');

/** Where a dossier's paper is: its box and place, and, once deposited, at the archive that received it whatever box it lay in. */
const whereDossier = (d: Pick<Dossier, 'depositedAt'>, box: Box | undefined) => [whereOf(box), d.depositedAt ? `đã nộp lưu ${formatDate(d.depositedAt)}` : ''].filter(Boolean).join(' · ');

/** What a slip's hit says of the processing job it was written in (its own number alone read alike in every job). */
function slipJobText(job: { readonly name: string }): string {
  return `đợt chỉnh lý: ${job.name}`;
}

/**
 * A live dossier, with its box when that box is live. A job's slip is a dossier once numbered (it was still tagged
 * "Phiếu tin"); a slip names its job (`job`, when it is known) after its title.
 */
export function dossierItem(d: Dossier, box: Box | undefined, job?: { readonly name: string }): ArchiveItemWithText {
  const number = fileOrSlipLabel(d);
  const slip = isUnnumberedSlip(d);
  const where = whereDossier(d, box);
  const what = `${number} — ${d.title}${slip && job?.name ? ` (${slipJobText(job)})` : ''}`;
  return { id: `d:${d.id}`, kind: slip ? 'slip' : 'dossier', origin: d.origin, dossierId: d.id, what, where, text: dossierSearchText(d, box), order: { box: boxKey(box), file: fileKey(d) } };
}

/** The job a slip's hit names: its `jobId`, for a slip only (a numbered file is no longer the job's). */
export function slipJobId(d: Pick<Dossier, 'source' | 'fileNumber' | 'jobId'>): string | undefined {
  return isUnnumberedSlip(d) ? d.jobId : undefined;
}

/** A live box: its name, and where it stands as its files' rows say it (its name, then its shelf place: with its place alone, a box without one left the column empty). */
export function boxItem(b: Box): ArchiveItemWithText {
  return { id: `b:${b.id}`, kind: 'box', origin: b.origin, what: boxName(b), where: whereOf(b), text: boxSearchText(b), order: { box: boxKey(b), file: 0 } };
}

/** What a document's item reads of its dossier. */
type DocDossier = Pick<Dossier, 'id' | 'title' | 'origin' | 'depositedAt' | 'inventoryNumber' | 'fileNumber'>;

/**
 * A live document of a live dossier: its printed row (docRows), the dossier and the dossier's live box; its paper where its
 * dossier's is (a deposited file's documents read as still in the commune's box); found by its own words, its dossier's
 * title and where its dossier stands (shelfWords: "hộp 2 quyết định").
 */
function docItem(doc: Pick<DossierDoc, 'id' | 'position'>, row: DocRow, dossier: DocDossier, box: Box | undefined): ArchiveItemWithText {
  return {
    id: `x:${doc.id}`,
    kind: 'doc',
    origin: dossier.origin,
    dossierId: dossier.id,
    what: `${row.number} — ${row.summary} (${dossier.title})`,
    where: whereDossier(dossier, box),
    text: [docSearchText(row), dossier.title, shelfWords(dossier, box)].filter(Boolean).join(' '),
    order: { box: DOCUMENTS + boxKey(box), file: fileKey(dossier, doc.position) },
  };
}

/**
 * The item of a live document of a live dossier: its printed row (a linked one read through its register entry, found
 * or not, cancelled or not), the dossier's title and box.
 */
export function documentItem(doc: DossierDoc, dossier: DocDossier, box: Box | undefined, entry: IncomingDoc | OutgoingDoc | undefined): ArchiveItemWithText {
  const row = docRows([doc], () => (entry ? entryAsDocument(entry, '', entry.id === doc.incomingDocId) : undefined))[0]!;
  return docItem(doc, row, dossier, box);
}

/** The item without its words and order (what a page keeps). */
export function shownItem({ text: _text, order: _order, ...shown }: ArchiveItemWithText): ArchiveItem {
  return shown;
}
