/**
 * A received dossier or box as an archivist opens it from archive search, read-only, in plain
 * data that crosses HTTP as JSON: a dossier with its box, the documents listed in it as its
 * printed rows (a linked one read through its register entry) and what they give for a file not
 * closed yet; a box with the files in it by their numbers. One rule for the province archive's
 * server (archive/held-view.ts) and the app's own store (upper-api/indexeddb.ts), so both open a
 * hit alike. Also what a hit opens (`hitTarget`).
 */
import type { Box, Dossier } from '../dossiers/types';
import { figuresUnwritten } from '../dossiers/rules';
import { docRows, docTotals, type DocRow, type DocTotals, type LinkedEntry } from './documents';
import type { DatePrecision } from './period';
import type { DossierDocFields } from './types';
import type { ArchiveItem } from './archive-items';

/** The dates and last sheet a dossier's listed documents give (what closing it proposes; shown for a file not closed yet). */
export type ClosingProposal = { startDate?: string; endDate?: string; startPrecision?: DatePrecision; endPrecision?: DatePrecision; sheetCount?: number };

/** A listed document as dated and sheeted: a linked one's number and date read from its register entry. */
export type DatedDocument = { number: string; date?: string; datePrecision?: DatePrecision; sheetFrom?: number; sheetTo?: number };

export function datedDocument(d: Pick<DossierDocFields, 'number' | 'date' | 'datePrecision' | 'sheetFrom' | 'sheetTo'>, e: LinkedEntry | undefined): DatedDocument {
  const sheets = { ...(d.sheetFrom !== undefined ? { sheetFrom: d.sheetFrom } : {}), ...(d.sheetTo !== undefined ? { sheetTo: d.sheetTo } : {}) };
  if (e) return { number: e.number, ...(e.date ? { date: e.date } : {}), ...sheets };
  return { number: d.number, ...(d.date ? { date: d.date, ...(d.datePrecision ? { datePrecision: d.datePrecision } : {}) } : {}), ...sheets };
}

/** The earliest and latest document dates and the last sheet of dated documents. */
export function proposalOf(docs: readonly DatedDocument[]): ClosingProposal {
  // A document dated to its month or year only ("3/1998") gives the dossier that precision.
  const dates: { date: string; precision: DatePrecision }[] = [];
  let last: number | undefined;
  for (const d of docs) {
    if (d.date) dates.push({ date: d.date, precision: d.datePrecision ?? 'day' });
    const to = d.sheetTo ?? d.sheetFrom;
    if (to !== undefined) last = Math.max(last ?? 0, to);
  }
  dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = dates[0];
  const end = dates.at(-1);
  return {
    ...(first && end ? { startDate: first.date, endDate: end.date, startPrecision: first.precision, endPrecision: end.precision } : {}),
    ...(last !== undefined ? { sheetCount: last } : {}),
  };
}

/** A held dossier as its read-only drawer shows it. */
export type HeldDossierView = {
  readonly dossier: Dossier;
  /** Its box, when it lies in one still held. */
  readonly box?: Box;
  /** The documents listed in it, in their order, as printed (DocRow.id: the document's record id). */
  readonly docs: readonly DocRow[];
  readonly totals: DocTotals;
  /** What its documents give, for a file whose period or sheets are not written yet (figuresUnwritten). */
  readonly listed?: ClosingProposal;
};

/** A held box and the live files in it, by their numbers. */
export type HeldBoxView = { readonly box: Box; readonly dossiers: readonly Dossier[] };

type ListedDoc = DossierDocFields & { readonly id?: string; readonly deleted?: boolean };

/**
 * The view of a live dossier from its records: `docs` its listed documents (removed ones are left out), `linked` what
 * the register entry a document links to says of it (undefined: typed, or its entry not held).
 */
export function heldDossierView(dossier: Dossier, box: Box | undefined, docs: readonly ListedDoc[], linked: (d: DossierDocFields) => LinkedEntry | undefined): HeldDossierView {
  const live = docs.filter((d) => !d.deleted).sort((a, b) => a.position - b.position);
  return {
    dossier,
    ...(box && !box.deleted ? { box } : {}),
    docs: docRows(live, linked),
    totals: docTotals(live),
    ...(figuresUnwritten(dossier) ? { listed: proposalOf(live.map((d) => datedDocument(d, linked(d)))) } : {}),
  };
}

/** The order of the files in a box: by their numbers, an unnumbered one last, then by notation. */
export function boxFileOrder(a: Pick<Dossier, 'fileNumber' | 'notation'>, b: Pick<Dossier, 'fileNumber' | 'notation'>): number {
  return (a.fileNumber ?? Number.MAX_SAFE_INTEGER) - (b.fileNumber ?? Number.MAX_SAFE_INTEGER) || (a.notation ?? '').localeCompare(b.notation ?? '', 'vi');
}

/** What a search hit opens: a dossier (a document's: its dossier, the document marked), a box, or nothing. */
export type HitTarget = { readonly kind: 'dossier'; readonly dossierId: string; readonly docId?: string } | { readonly kind: 'box'; readonly boxId: string };

export function hitTarget(h: Pick<ArchiveItem, 'id' | 'kind' | 'dossierId'>): HitTarget | undefined {
  if (h.kind === 'box') return h.id.startsWith('b:') ? { kind: 'box', boxId: h.id.slice(2) } : undefined;
  if (!h.dossierId) return undefined;
  return h.kind === 'doc' && h.id.startsWith('x:') ? { kind: 'dossier', dossierId: h.dossierId, docId: h.id.slice(2) } : { kind: 'dossier', dossierId: h.dossierId };
}
