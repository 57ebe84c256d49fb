/**
 * Documents inside a dossier (mục lục văn bản, NĐ 30 PL V.IV; TT 16/2023 step 11b): checking a
 * listed document (what it says, its sheets), the totals of a dossier (documents, sheets), and
 * the row a linked register entry gives — read from the entry each time, never copied.
 */
import type { FieldIssue } from '../errors';
import { cleanMultiline } from '../registers/validation';
import { cleanText } from '../text';
import { isIsoDate } from '../registers/dates';
import { formatPeriod } from './period';
import { PROCESSING_LIMITS, type DossierDocFields } from './types';
import { dateIssue } from '../typed-date';

export function cleanDoc(d: DossierDocFields): DossierDocFields {
  const out: Record<string, unknown> = { ...d, number: cleanText(d.number), author: cleanText(d.author), summary: cleanMultiline(d.summary), note: cleanMultiline(d.note) };
  for (const k of ['date', 'datePrecision', 'sheetFrom', 'sheetTo', 'incomingDocId', 'outgoingDocId'] as const) if (out[k] === undefined || out[k] === '') delete out[k];
  return out as DossierDocFields;
}

const long = (issues: FieldIssue[], field: string, v: string, max: number) => {
  if (v.length > max) issues.push({ field, code: 'text.tooLong', params: { max, length: v.length } });
};

/**
 * A typed document needs its summary (trích yếu); a linked one takes it from the register.
 * Sheets: whole numbers from 1, the last not before the first, within the dossier's count.
 */
export function validateDoc(d: DossierDocFields, dossierSheets?: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const linked = d.incomingDocId !== undefined || d.outgoingDocId !== undefined;
  if (d.incomingDocId !== undefined && d.outgoingDocId !== undefined) issues.push({ field: 'link', code: 'doc.twoLinks' });
  if (!linked && !d.summary) issues.push({ field: 'summary', code: 'doc.summaryRequired' });
  long(issues, 'number', d.number, PROCESSING_LIMITS.docNumber);
  long(issues, 'author', d.author, PROCESSING_LIMITS.docAuthor);
  long(issues, 'summary', d.summary, PROCESSING_LIMITS.docSummary);
  long(issues, 'note', d.note, PROCESSING_LIMITS.docNote);
  if (d.date !== undefined && !isIsoDate(d.date)) issues.push(dateIssue('date', d.date));
  for (const f of ['sheetFrom', 'sheetTo'] as const) {
    const v = d[f];
    if (v !== undefined && (!Number.isInteger(v) || v < 1 || v > 9999)) issues.push({ field: f, code: v === 0 ? 'register.count.zero' : 'register.count.range', params: { max: 9999 } });
  }
  if (d.sheetFrom !== undefined && d.sheetTo !== undefined && d.sheetTo < d.sheetFrom) issues.push({ field: 'sheetTo', code: 'doc.sheetsBackwards' });
  if (d.sheetTo === undefined && d.sheetFrom === undefined) {
    // Sheets may be counted later.
  } else if (dossierSheets !== undefined && Math.max(d.sheetFrom ?? 0, d.sheetTo ?? 0) > dossierSheets) issues.push({ field: 'sheetTo', code: 'doc.sheetsBeyondDossier', params: { sheets: dossierSheets } });
  if (!Number.isInteger(d.position) || d.position < 1 || d.position > PROCESSING_LIMITS.maxDocsPerDossier) issues.push({ field: 'position', code: 'doc.tooMany', params: { max: PROCESSING_LIMITS.maxDocsPerDossier } });
  return issues;
}

/** "01-05", "06" — Tờ số as printed; '' when not counted. */
export function sheetRange(from?: number, to?: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  if (from === undefined && to === undefined) return '';
  if (from === undefined || to === undefined || from === to) return two((from ?? to)!);
  return `${two(from)}-${two(to)}`;
}

/** What a register entry tells about a document (read through the link, never stored on the doc). */
export type LinkedEntry = { readonly number: string; readonly date?: string; readonly author: string; readonly summary: string };

/** One printed row: a typed document, or the entry it is linked to (the entry missing: what was typed). */
export type DocRow = {
  /** The listed document's record id, when it is stored: a row acted on is found by it, not by its place. */
  readonly id?: string;
  readonly ordinal: number;
  readonly number: string;
  readonly date: string;
  readonly author: string;
  readonly summary: string;
  readonly sheets: string;
  readonly note: string;
  readonly linked: boolean;
};

export function docRows(docs: readonly (DossierDocFields & { readonly deleted?: boolean; readonly id?: string })[], linked: (d: DossierDocFields) => LinkedEntry | undefined): DocRow[] {
  return docs
    .filter((d) => !d.deleted)
    .sort((a, b) => a.position - b.position)
    .map((d, i) => {
      const e = linked(d);
      return {
        ...(d.id !== undefined ? { id: d.id } : {}),
        ordinal: i + 1,
        number: e?.number ?? d.number,
        date: e ? formatPeriod(e.date, e.date) : formatPeriod(d.date, d.date, d.datePrecision, d.datePrecision),
        author: e?.author ?? d.author,
        summary: e?.summary ?? d.summary,
        sheets: sheetRange(d.sheetFrom, d.sheetTo),
        note: d.note,
        linked: e !== undefined,
      };
    });
}

export type DocTotals = { readonly documents: number; readonly sheets: number; readonly lastSheet?: number; readonly gaps: readonly number[]; readonly overlaps: readonly number[] };

/** The sheets a document says it is on, first and last (one of them may be left out), or undefined when it says none. */
function sheetSpan(d: Pick<DossierDocFields, 'sheetFrom' | 'sheetTo'>): { from: number; to: number } | undefined {
  if (d.sheetFrom === undefined && d.sheetTo === undefined) return undefined;
  const from = d.sheetFrom ?? d.sheetTo!;
  return { from, to: d.sheetTo ?? from };
}

/**
 * The first document of `docs` (in list order, as listDocs gives them) on one of the sheets `doc` says it is on, and the
 * sheets they share: a sheet belongs to one document, so a document given another's sheets is asked about before it is
 * listed (it was listed with only a red tag under the list). Sheets the wrong way round are for validateDoc to refuse.
 */
export function sheetsTaken<D extends Pick<DossierDocFields, 'sheetFrom' | 'sheetTo'>>(docs: readonly D[], doc: Pick<DossierDocFields, 'sheetFrom' | 'sheetTo'>): { readonly doc: D; readonly from: number; readonly to: number } | undefined {
  const mine = sheetSpan(doc);
  if (!mine || mine.from > mine.to) return undefined;
  for (const d of docs) {
    const theirs = sheetSpan(d);
    if (theirs && theirs.from <= mine.to && mine.from <= theirs.to) return { doc: d, from: Math.max(mine.from, theirs.from), to: Math.min(mine.to, theirs.to) };
  }
  return undefined;
}

/**
 * Totals for the list's closing line: how many documents, how many sheets they cover, and
 * sheets listed twice or left out between the first and the last (for the archivist to check).
 */
export function docTotals(docs: readonly Pick<DossierDocFields, 'sheetFrom' | 'sheetTo'>[]): DocTotals {
  const covered = new Map<number, number>();
  let last: number | undefined;
  for (const d of docs) {
    const span = sheetSpan(d);
    if (!span) continue;
    const { from, to } = span;
    for (let s = from; s <= to && s - from < 10_000; s++) covered.set(s, (covered.get(s) ?? 0) + 1);
    last = Math.max(last ?? 0, to);
  }
  const gaps: number[] = [];
  const overlaps: number[] = [];
  if (last !== undefined) for (let s = 1; s <= last; s++) {
    const n = covered.get(s) ?? 0;
    if (n === 0) gaps.push(s);
    if (n > 1) overlaps.push(s);
  }
  return { documents: docs.length, sheets: covered.size, ...(last !== undefined ? { lastSheet: last } : {}), gaps, overlaps };
}
