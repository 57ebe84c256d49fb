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
import { boxName, boxPlace, boxSearchText, docSearchText, dossierSearchText } from './search-text';
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

/** An item and the words it is found by (the index folds them). */
export type ArchiveItemWithText = ArchiveItem & { readonly text: string };

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
  return { id: `d:${d.id}`, kind: slip ? 'slip' : 'dossier', origin: d.origin, dossierId: d.id, what, where, text: dossierSearchText(d, box) };
}

/** The job a slip's hit names: its `jobId`, for a slip only (a numbered file is no longer the job's). */
export function slipJobId(d: Pick<Dossier, 'source' | 'fileNumber' | 'jobId'>): string | undefined {
  return isUnnumberedSlip(d) ? d.jobId : undefined;
}

export function boxItem(b: Box): ArchiveItemWithText {
  return { id: `b:${b.id}`, kind: 'box', origin: b.origin, what: boxName(b), where: boxPlace(b), text: boxSearchText(b) };
}

/** A live document of a live dossier: its printed row (docRows), the dossier and the dossier's live box; its paper where its dossier's is (a deposited file's documents read as still in the commune's box). */
function docItem(docId: string, row: DocRow, dossier: Pick<Dossier, 'id' | 'title' | 'origin' | 'depositedAt'>, box: Box | undefined): ArchiveItemWithText {
  return { id: `x:${docId}`, kind: 'doc', origin: dossier.origin, dossierId: dossier.id, what: `${row.number} — ${row.summary} (${dossier.title})`, where: whereDossier(dossier, box), text: `${docSearchText(row)} ${dossier.title}` };
}

/**
 * The item of a live document of a live dossier: its printed row (a linked one read through its register entry, found
 * or not, cancelled or not), the dossier's title and box.
 */
export function documentItem(doc: DossierDoc, dossier: Pick<Dossier, 'id' | 'title' | 'origin' | 'depositedAt'>, box: Box | undefined, entry: IncomingDoc | OutgoingDoc | undefined): ArchiveItemWithText {
  const row = docRows([doc], () => (entry ? entryAsDocument(entry, '', entry.id === doc.incomingDocId) : undefined))[0]!;
  return docItem(doc.id, row, dossier, box);
}

/** The item without its text (what a page keeps). */
export function shownItem({ text: _text, ...shown }: ArchiveItemWithText): ArchiveItem {
  return shown;
}
