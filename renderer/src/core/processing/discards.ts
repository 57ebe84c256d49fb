/**
 * Items set aside to discard (tài liệu loại, §5.5): the rows of the Danh mục tài liệu loại
 * (Hộp/Bó số | Tập số | Tiêu đề | Lý do | Ghi chú) and the figures of its thuyết minh — how
 * many items, their date range, and the count and metres for each reason.
 */
import type { DossierFields } from '../dossiers/types';
import { formatPeriod } from './period';
import { DISCARD_REASONS, DISCARD_REASON_TEXT, type DiscardReason } from './types';

export type DiscardableSlip = { readonly id: string } & Pick<
  DossierFields,
  'discardReason' | 'discardBundle' | 'tempNumber' | 'title' | 'note' | 'startDate' | 'endDate' | 'startPrecision' | 'endPrecision' | 'sheetCount'
>;

export type DiscardRow = {
  /** Hộp/Bó số ('' when the item was not tied in a numbered bundle). */
  readonly bundle: string;
  /** Tập số: 1…N through the list. */
  readonly item: number;
  readonly title: string;
  readonly period: string;
  readonly reason: string;
  readonly note: string;
  readonly tempNumber?: number;
};

/** The discarded slips in list order (bundle, then temporary number), numbered 1…N. */
export function discardRows(slips: readonly DiscardableSlip[]): DiscardRow[] {
  const out = slips
    .filter((s) => s.discardReason !== undefined)
    .sort((a, b) => (a.discardBundle ?? Number.MAX_SAFE_INTEGER) - (b.discardBundle ?? Number.MAX_SAFE_INTEGER) || (a.tempNumber ?? 0) - (b.tempNumber ?? 0));
  return out.map((s, i) => ({
    bundle: s.discardBundle !== undefined ? String(s.discardBundle) : '',
    item: i + 1,
    title: s.title,
    period: formatPeriod(s.startDate, s.endDate, s.startPrecision, s.endPrecision),
    reason: DISCARD_REASON_TEXT[s.discardReason!],
    note: s.note,
    ...(s.tempNumber !== undefined ? { tempNumber: s.tempNumber } : {}),
  }));
}

export type DiscardSummary = {
  readonly items: number;
  readonly bundles: number;
  readonly sheets: number;
  /** "1998 – 2003", '' when no item. */
  readonly period: string;
  readonly fromYear?: number;
  readonly toYear?: number;
  readonly byReason: readonly { readonly reason: DiscardReason; readonly text: string; readonly items: number; readonly metres: number }[];
  readonly metres: number;
};

/** Centimetres; never "-0" (it would print as such). */
const round2 = (n: number) => Math.round(n * 100) / 100 || 0;

/** Figures for the thuyết minh: `metresByReason` are the metres the job records for each reason. */
export function discardSummary(slips: readonly DiscardableSlip[], metresByReason: Readonly<Partial<Record<DiscardReason, number>>> = {}): DiscardSummary {
  const items = slips.filter((s) => s.discardReason !== undefined);
  const starts = items.map((s) => s.startDate).filter((d): d is string => !!d).sort();
  const ends = items.map((s) => s.endDate).filter((d): d is string => !!d).sort();
  const first = items.find((s) => s.startDate === starts[0]);
  const last = items.find((s) => s.endDate === ends.at(-1));
  const byReason = DISCARD_REASONS.map((reason) => ({
    reason,
    text: DISCARD_REASON_TEXT[reason],
    items: items.filter((s) => s.discardReason === reason).length,
    metres: round2(metresByReason[reason] ?? 0),
  }));
  return {
    items: items.length,
    bundles: new Set(items.map((s) => s.discardBundle).filter((b) => b !== undefined)).size,
    sheets: items.reduce((sum, s) => sum + (s.sheetCount ?? 0), 0),
    period: starts.length ? formatPeriod(starts[0], ends.at(-1), first?.startPrecision, last?.endPrecision) : '',
    ...(starts.length ? { fromYear: Number(starts[0]!.slice(0, 4)), toYear: Number(ends.at(-1)!.slice(0, 4)) } : {}),
    byReason,
    metres: round2(byReason.reduce((s, r) => s + r.metres, 0)),
  };
}
