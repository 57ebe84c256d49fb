/**
 * Description slips (phiếu tin, §5.3): the rules of a slip on top of the dossier's — title,
 * period and retention required, the fonds of its job, a reason for every discard — what is
 * carried from one slip to the next, and how slips are split and merged. A slip is the
 * backlog dossier itself (source 'backlog'), so the dossier rules apply too.
 */
import type { FieldIssue } from '../errors';
import { cleanMultiline } from '../registers/validation';
import { cleanText } from '../text';
import { cleanDossier, isRetention, validateDossier } from '../dossiers/rules';
import type { DossierFields } from '../dossiers/types';
import { DISCARD_REASONS, PROCESSING_LIMITS } from './types';
import { isExpired } from '../duties/retention';

/** Slip fields carried to the next slip: typing many slips of one heading, these rarely change. */
export const CARRIED_FIELDS = ['classId', 'heading', 'headingCode', 'retention', 'language', 'access', 'condition', 'discardBundle'] as const;

/** NFC, trimmed; the dossier cleaning plus the slip's own texts. */
export function cleanSlip(d: DossierFields): DossierFields {
  const base = cleanDossier(d);
  const out: Record<string, unknown> = { ...base };
  if (d.autographs !== undefined) out.autographs = cleanText(d.autographs);
  if (d.annotation !== undefined) out.annotation = cleanMultiline(d.annotation);
  return out as DossierFields;
}

/**
 * What a slip must hold before it is saved (step 7): a title, the documents' period and a
 * retention (the dossier rules check their shape), the job's fonds, and a reason if it is to
 * be discarded. `jobFondsId` is the fonds of the slip's job: a slip never leaves its fonds.
 */
export function validateSlip(d: DossierFields, jobFondsId: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (d.source !== 'backlog' || !d.jobId) issues.push({ field: 'jobId', code: 'slip.jobRequired' });
  if (d.fondsId !== jobFondsId) issues.push({ field: 'fondsId', code: 'slip.otherFonds' });
  if (!d.title) issues.push({ field: 'title', code: 'slip.titleRequired' });
  if (!d.startDate || !d.endDate) issues.push({ field: 'period', code: 'slip.periodRequired' });
  if (!isRetention(d.retention)) issues.push({ field: 'retention', code: 'slip.retentionRequired' });
  if ((d.autographs ?? '').length > PROCESSING_LIMITS.autographs) issues.push({ field: 'autographs', code: 'text.tooLong', params: { max: PROCESSING_LIMITS.autographs, length: (d.autographs ?? '').length } });
  if ((d.annotation ?? '').length > PROCESSING_LIMITS.annotation) issues.push({ field: 'annotation', code: 'text.tooLong', params: { max: PROCESSING_LIMITS.annotation, length: (d.annotation ?? '').length } });
  if (d.discardReason !== undefined && !(DISCARD_REASONS as readonly string[]).includes(d.discardReason)) issues.push({ field: 'discardReason', code: 'slip.discardReasonRequired' });
  if (d.discardReason === 'other' && !d.note) issues.push({ field: 'note', code: 'slip.discardOtherNeedsNote' });
  // A permanent file never runs out of its retention: "expired" contradicts its own slip (both printed on it).
  if (d.discardReason === 'expired' && d.retention === 'permanent') issues.push({ field: 'discardReason', code: 'slip.discardPermanentExpired', params: { number: d.tempNumber ?? '' } });
  if (d.discardBundle !== undefined && (!Number.isInteger(d.discardBundle) || d.discardBundle < 1 || d.discardBundle > PROCESSING_LIMITS.maxDiscardBundle))
    issues.push({ field: 'discardBundle', code: d.discardBundle === 0 ? 'register.count.zero' : 'register.count.range', params: { max: PROCESSING_LIMITS.maxDiscardBundle } });
  if (d.discardReason !== undefined && d.fileNumber !== undefined) issues.push({ field: 'discardReason', code: 'slip.discardNumbered', params: { number: d.fileNumber } });
  if (d.tempNumber !== undefined && (!Number.isInteger(d.tempNumber) || d.tempNumber < 1)) issues.push({ field: 'tempNumber', code: d.tempNumber === 0 ? 'register.count.zero' : 'register.count.range', params: { max: 999_999 } });
  // The dossier rules: lengths, dates' shape, end after start, sheets. Uniqueness of final
  // numbers is the numbering's business, so no other dossiers are passed.
  for (const i of validateDossier(d)) {
    // Its retention is the slip's to say ("slip.retentionRequired" above, under the same test).
    if (i.field === 'retention') continue;
    if (i.code === 'dossier.titleRequired') continue;
    // The dossier's year is its period's: a year out of range is said under the period, which the slip has (it has no year field: nothing was marked).
    if (i.field === 'year') issues.push({ field: 'period', code: d.year < 1945 ? 'slip.yearRange' : i.code });
    else issues.push({ ...i, field: i.field === 'startDate' || i.field === 'endDate' ? 'period' : i.field });
  }
  return dedupe(issues);
}

function dedupe(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.field}|${i.code}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The next slip's starting values: the carried fields of the last one. */
export function carriedFrom(last: Partial<DossierFields> | undefined): Partial<DossierFields> {
  if (!last) return {};
  const out: Record<string, unknown> = {};
  for (const k of CARRIED_FIELDS) if (last[k] !== undefined) out[k] = last[k];
  return out as Partial<DossierFields>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Merging slip `b` into slip `a` (two files that are one): `a` keeps its title and number, its
 * period spans both, its sheets add up, notes are joined. `b` is then removed by the caller.
 */
export function mergedSlip(a: DossierFields, b: DossierFields): DossierFields {
  const out: Mutable<DossierFields> = { ...a };
  const starts = [a, b].filter((x) => x.startDate).sort((x, y) => x.startDate!.localeCompare(y.startDate!));
  const ends = [a, b].filter((x) => x.endDate).sort((x, y) => y.endDate!.localeCompare(x.endDate!));
  if (starts[0]) {
    out.startDate = starts[0].startDate!;
    if (starts[0].startPrecision) out.startPrecision = starts[0].startPrecision;
    else delete out.startPrecision;
    out.year = Number(out.startDate.slice(0, 4));
  }
  if (ends[0]) {
    out.endDate = ends[0].endDate!;
    if (ends[0].endPrecision) out.endPrecision = ends[0].endPrecision;
    else delete out.endPrecision;
  }
  if (a.sheetCount !== undefined || b.sheetCount !== undefined) out.sheetCount = (a.sheetCount ?? 0) + (b.sheetCount ?? 0);
  if (a.pageCount !== undefined && b.pageCount !== undefined) out.pageCount = a.pageCount + b.pageCount;
  out.note = [a.note, b.note].filter(Boolean).join('; ');
  if (a.autographs || b.autographs) out.autographs = [a.autographs, b.autographs].filter(Boolean).join('; ');
  return out;
}

/** Why two slips cannot be merged, or undefined: same job and fonds, neither numbered nor discarded. */
export function mergeRefusal(a: DossierFields, b: DossierFields): string | undefined {
  if (a.jobId !== b.jobId || a.fondsId !== b.fondsId) return 'slip.mergeOtherJob';
  if (a.fileNumber !== undefined || b.fileNumber !== undefined) return 'slip.mergeNumbered';
  if (a.discardReason !== undefined || b.discardReason !== undefined) return 'slip.mergeDiscarded';
  return undefined;
}

/**
 * Splitting a slip: the original keeps what is not given; the new part takes the given title
 * (and period, sheets), the same heading and retention, no final number, not checked.
 */
export function splitPart(original: DossierFields, part: Pick<DossierFields, 'title'> & Partial<Pick<DossierFields, 'startDate' | 'endDate' | 'startPrecision' | 'endPrecision' | 'sheetCount'>>): DossierFields {
  const { fileNumber: _f, inventoryNumber: _i, boxId: _b, checked: _c, sheetCount: _s, tempNumber: _t, position: _p, closedAt: _ca, ...rest } = original;
  const out: Record<string, unknown> = { ...rest, status: 'open', title: part.title };
  for (const k of ['startDate', 'endDate', 'startPrecision', 'endPrecision', 'sheetCount'] as const) if (part[k] !== undefined) out[k] = part[k];
  if (typeof out.startDate === 'string') out.year = Number(out.startDate.slice(0, 4));
  return out as DossierFields;
}

/** A slip asked for by the archivist: by its slip number ("12"), or once numbered by its file's ("1.9", "ML 1 · HS 9", "HS 9"). */
export type SlipPick = { readonly kind: 'slip'; readonly number: number } | { readonly kind: 'file'; readonly inventory?: number; readonly file: number };

/**
 * Reads what was typed to open a slip's documents: a slip number, or an inventory's and a file's
 * number as the covers and lists write them ("ML 1 · HS 9", "1.9", "1/9") — the file number alone
 * with "HS" ("HS 9"). Undefined when it is none of these.
 */
export function readSlipPick(text: string): SlipPick | undefined {
  const t = text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  const slip = /^(?:phiếu (?:số )?)?(\d{1,6})$/u.exec(t);
  if (slip) return { kind: 'slip', number: Number(slip[1]) };
  const both = /^(?:ml ?)?(\d{1,4}) ?[./·-] ?(?:hs ?)?(\d{1,6})$/u.exec(t) ?? /^ml ?(\d{1,4}) ?(?:[./·-] ?)?hs ?(\d{1,6})$/u.exec(t);
  if (both) return { kind: 'file', inventory: Number(both[1]), file: Number(both[2]) };
  const file = /^hs ?(\d{1,6})$/u.exec(t);
  return file ? { kind: 'file', file: Number(file[1]) } : undefined;
}

/**
 * The slips a pick names among a job's: one, none, or — a file number alone that several
 * inventories hold — each of them (the archivist is asked for the inventory).
 */
export function slipsPicked<T extends Pick<DossierFields, 'inventoryNumber' | 'fileNumber'> & { readonly tempNumber?: number; readonly deleted?: boolean }>(slips: readonly T[], pick: SlipPick): T[] {
  const live = slips.filter((s) => !s.deleted);
  if (pick.kind === 'slip') return live.filter((s) => s.tempNumber === pick.number);
  return live.filter((s) => s.fileNumber === pick.file && (pick.inventory === undefined || s.inventoryNumber === pick.inventory));
}

/** The temporary numbers, in order, of the kept slips of `slips` past their retention in `currentYear`. */
export function expiredSlipNumbers(slips: readonly Parameters<typeof keptPastRetention>[0][], currentYear: number): number[] {
  return slips.filter((d) => keptPastRetention(d, currentYear)).map((d) => d.tempNumber).sort((a, b) => a - b);
}

/**
 * A kept slip (not set aside to discard) whose retention ran out before `currentYear` — its documents' last year plus
 * its retention: to be looked at again at the check and before numbering (such files were numbered and boxed without a
 * word).
 */
export function keptPastRetention(d: Pick<DossierFields, 'discardReason' | 'tempNumber' | 'endDate' | 'year' | 'retention'>, currentYear: number): d is typeof d & { readonly tempNumber: number } {
  return d.discardReason === undefined && d.tempNumber !== undefined && isExpired(d, currentYear);
}
