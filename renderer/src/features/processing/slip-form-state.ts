/**
 * The slip form's text state (phiếu tin as typed) and its conversion to what the repository
 * stores: the heading picked by number, code or words, the period as written ("3/1998 -
 * 12/1999"), retention as "VV" or "10 năm", sheets as a number; unreadable values become field
 * issues at the field, so the archivist sees where. After a save the next slip starts from the
 * carried fields of the last one.
 */
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../core/errors';
import { documentPeriod } from '../../core/dossiers/inventory';
import { retentionLabel } from '../dossiers/retention-label';
import { formatRetention, parseRetention } from '../../core/dossiers/rules';
import { DOSSIER_LIMITS, type Dossier } from '../../core/dossiers/types';
import { typedCount } from '../../core/format';
import { parsePeriod, periodText } from '../../core/processing/period';
import { entryName, matchNodes, schemeEntries, typedPath } from '../../core/processing/scheme';
import { foldText } from '../../core/text';
import { PROCESSING_LIMITS, type ClassNode, type DiscardReason } from '../../core/processing/types';
import type { SlipInput } from '../../db/repositories/slip-repository';

export type SlipFormState = {
  /** The heading as shown ("I.1. Quyết định…") once picked, or what is being typed. */
  classText: string;
  classId: string;
  title: string;
  period: string;
  retention: string;
  /**
   * The heading whose suggested retention the field holds, carried or brought by a pick; empty once
   * the clerk typed a retention (or none was suggested). Kept while a new heading is typed (which
   * clears `classId`), so the next pick knows the retention was not the clerk's choice.
   */
  retentionFrom?: string;
  sheets: string;
  autographs: string;
  language: string;
  restricted: boolean;
  condition: string;
  annotation: string;
  note: string;
  discard: boolean;
  discardReason: DiscardReason | '';
  discardBundle: string;
};

export const DEFAULT_LANGUAGE = 'Tiếng Việt';

export function emptySlipForm(): SlipFormState {
  return { classText: '', classId: '', title: '', period: '', retention: '', retentionFrom: '', sheets: '', autographs: '', language: DEFAULT_LANGUAGE, restricted: false, condition: '', annotation: '', note: '', discard: false, discardReason: '', discardBundle: '' };
}

/** "I.1. Quyết định của Ủy ban nhân dân xã": path and title, as the picker shows a heading. */
export function classLabel(scheme: readonly ClassNode[], classId: string): string {
  const e = schemeEntries(scheme).find((x) => x.node.id === classId);
  return e ? entryName(e) : '';
}

/**
 * The retention once heading `id` is picked, and the heading it then comes from: that heading's
 * suggestion when the field is empty or still holds the suggestion of the heading it came from
 * (`retentionFrom`: carried from the slip before, or brought by an earlier pick, never typed for
 * this one); a retention the clerk typed is kept. Unchanged when the heading suggests none.
 */
export function retentionOnPick(scheme: readonly ClassNode[], cur: Pick<SlipFormState, 'retentionFrom' | 'retention'>, id: string): Pick<SlipFormState, 'retention' | 'retentionFrom'> {
  const next = scheme.find((n) => n.id === id)?.retention;
  const from = cur.retentionFrom ?? '';
  if (next === undefined) return { retention: cur.retention, retentionFrom: from };
  const typed = cur.retention.trim();
  const before = scheme.find((n) => n.id === from)?.retention;
  if (!typed || (before !== undefined && parseRetention(typed) === before)) return { retention: formatRetention(next), retentionFrom: id };
  return { retention: cur.retention, retentionFrom: '' };
}

/** What a slip passes on to the next one typed after it (`nextSlipForm`); the rest is its own. */
const SLIP_CARRIED = ['classText', 'classId', 'retention', 'retentionFrom', 'language', 'restricted', 'condition', 'discardBundle'] as const satisfies readonly (keyof SlipFormState)[];

/** The next slip after `saved`: heading, retention, language, access, condition and bundle stay. */
export function nextSlipForm(saved: SlipFormState): SlipFormState {
  const next: SlipFormState = { ...emptySlipForm() };
  for (const k of SLIP_CARRIED) (next as Record<string, unknown>)[k] = saved[k];
  // The retention as it was written ("5 năm", "Vĩnh viễn"), not as typed ("5" was carried, and read as nothing).
  const written = parseRetention(saved.retention);
  return { ...next, retention: written === undefined ? saved.retention : formatRetention(written), retentionFrom: saved.retentionFrom ?? '', discardBundle: saved.discard ? saved.discardBundle : '' };
}

/** Whether a new slip's form holds what the clerk typed for this slip (not only what the last one carried: its heading, retention…). */
export function holdsSlipTyping(form: SlipFormState): boolean {
  return (Object.keys(form) as (keyof SlipFormState)[]).some((k) => !(SLIP_CARRIED as readonly string[]).includes(k) && typeof form[k] === 'string' && (form[k] as string).trim() !== '');
}

export function slipFormOf(d: Dossier, scheme: readonly ClassNode[]): SlipFormState {
  return {
    classText: d.classId ? classLabel(scheme, d.classId) : '',
    classId: d.classId ?? '',
    title: d.title,
    period: d.startDate && d.endDate ? periodText({ startDate: d.startDate, endDate: d.endDate, startPrecision: d.startPrecision ?? 'day', endPrecision: d.endPrecision ?? 'day' }) : '',
    retention: formatRetention(d.retention),
    // Its heading's suggestion, kept as suggested: a correction picking another heading brings that one's.
    retentionFrom: d.classId && scheme.find((n) => n.id === d.classId)?.retention === d.retention ? d.classId : '',
    sheets: d.sheetCount !== undefined ? String(d.sheetCount) : '',
    autographs: d.autographs ?? '',
    language: d.language,
    restricted: d.access === 'restricted',
    condition: d.condition,
    annotation: d.annotation ?? '',
    note: d.note,
    discard: d.discardReason !== undefined,
    discardReason: d.discardReason ?? '',
    discardBundle: d.discardBundle !== undefined ? String(d.discardBundle) : '',
  };
}

/**
 * The heading a typed text stands for: the one picked (its id), else the single best match of
 * what was typed (a number path or code typed exactly, e.g. "II.3" or "TH").
 */
export function resolveClass(scheme: readonly ClassNode[], form: Pick<SlipFormState, 'classId' | 'classText'>): string | undefined {
  if (form.classId && scheme.some((n) => n.id === form.classId) && classLabel(scheme, form.classId) === form.classText) return form.classId;
  const typed = form.classText.trim();
  if (!typed) return undefined;
  const best = matchNodes(scheme, typed, 2);
  return best[0] && (best.length === 1 || foldText(best[0].path) === typedPath(typed) || (best[0].node.code ?? '').toLowerCase() === typed.toLowerCase()) ? best[0].node.id : undefined;
}

/**
 * The form as saved: a heading typed but not settled yet (Enter pressed in its box, "II.2") is
 * taken as picked, its suggested retention with it, as leaving the box would have done.
 */
export function settledForm(scheme: readonly ClassNode[], cur: SlipFormState): SlipFormState {
  if (cur.classId && classLabel(scheme, cur.classId) === cur.classText) return cur;
  const id = resolveClass(scheme, cur);
  return id ? { ...cur, classId: id, classText: classLabel(scheme, id), ...retentionOnPick(scheme, cur, id) } : cur;
}

/** What was typed, as the repository's input, plus the issues of fields that could not be read. */
export function slipInputOf(form: SlipFormState, scheme: readonly ClassNode[], today: string): { input: SlipInput; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const classId = resolveClass(scheme, form);
  // With no scheme yet a heading typed would be dropped in silence (the slip saved without one): said instead.
  if (form.classText.trim() && !classId) issues.push({ field: 'classId', code: scheme.length > 0 ? 'slip.classUnknown' : 'slip.noScheme' });
  const period = form.period.trim() ? parsePeriod(form.period, today) : undefined;
  if (period && !period.ok) issues.push({ field: 'period', code: period.code, ...(period.params ? { params: period.params } : {}) });
  const retention = form.retention.trim() ? parseRetention(form.retention) : undefined;
  if (form.retention.trim() && retention === undefined) issues.push({ field: 'retention', code: 'dossier.retentionInvalid' });
  // "1.000" is a thousand sheets the Vietnamese way (Number() read it as 1); "1,5" or "abc" is refused.
  const sheets = typedCount(form.sheets);
  if (sheets !== undefined && (sheets < 1 || sheets > DOSSIER_LIMITS.maxSheets)) issues.push({ field: 'sheetCount', code: sheets === 0 ? 'register.count.zero' : 'register.count.range', params: { max: DOSSIER_LIMITS.maxSheets } });
  const bundle = typedCount(form.discardBundle);
  // The bundle a discarded paper is tied in, as its label says (an unreadable one was kept as no number).
  if (form.discard && bundle !== undefined && (bundle < 1 || bundle > PROCESSING_LIMITS.maxDiscardBundle)) issues.push({ field: 'discardBundle', code: bundle === 0 ? 'register.count.zero' : 'register.count.range', params: { max: PROCESSING_LIMITS.maxDiscardBundle } });
  // Said with the other fields' issues (the repository says it too, but only once those are mended).
  // A backlog file's title is written from its papers, not from a file plan (the dossiers' wording said so).
  if (!form.title.trim()) issues.push({ field: 'title', code: 'slip.titleRequired' });
  if (form.discard && !form.discardReason) issues.push({ field: 'discardReason', code: 'slip.discardReasonRequired' });
  const input: Record<string, unknown> = {
    classId,
    title: form.title,
    retention: retention ?? 0,
    language: form.language.trim() || DEFAULT_LANGUAGE,
    access: form.restricted ? 'restricted' : 'open',
    condition: form.condition,
    note: form.note,
    autographs: form.autographs,
    annotation: form.annotation,
    sheetCount: sheets !== undefined && sheets >= 1 && sheets <= DOSSIER_LIMITS.maxSheets ? sheets : undefined,
    ...(period?.ok ? period.value : {}),
    ...(form.discard && form.discardReason ? { discardReason: form.discardReason, ...(bundle !== undefined && bundle >= 1 && bundle <= PROCESSING_LIMITS.maxDiscardBundle ? { discardBundle: bundle } : {}) } : {}),
  };
  for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
  return { input: input as SlipInput, issues };
}


/** The slip just saved, in one line above the form: title, period, retention, sheets, and why it is set aside. */
export function lastSlipSummary(t: TFunction, d: Dossier): string {
  // Short enough to stay on the line of the slip's number at 1366 px; the whole title is in the list.
  const title = d.title.length > 60 ? `${d.title.slice(0, 59)}…` : d.title;
  const period = documentPeriod(d.startDate, d.endDate, d.startPrecision, d.endPrecision);
  const sheets = d.sheetCount !== undefined ? t('processing.slipSheets', { count: d.sheetCount }) : '';
  // "Lý do khác" says the reason written in the note (it said "Lý do khác (ghi ở Ghi chú)").
  const reason = d.discardReason === 'other' && d.note.trim() ? d.note.trim() : d.discardReason ? t(`processing.reason_${d.discardReason}`) : '';
  const discard = d.discardReason ? t('processing.slipLastDiscard', { reason: reason.length > 60 ? `${reason.slice(0, 59)}…` : reason, bundle: d.discardBundle ?? '—' }) : '';
  return [title, period, retentionLabel(t, d.retention), sheets, discard].filter(Boolean).join(' · ');
}
