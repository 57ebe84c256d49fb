/**
 * The figures of a job: its progress while the work goes on (slips per day, checked, numbered,
 * boxes filled, metres processed against received) and, at the end, the final report
 * (báo cáo tổng kết chỉnh lý, §5.6 ❓ suggested fields) and the handover record after
 * processing (boxes, dossiers, metres). Pure arithmetic over the job and its slips and boxes.
 */
import type { Box, DossierFields, ProcessingJobFields } from '../dossiers/types';
import { formatPeriod } from './period';
import { DISCARD_REASONS, DISCARD_REASON_TEXT, type DiscardReason } from './types';

export type ReportSlip = Pick<
  DossierFields,
  'retention' | 'discardReason' | 'fileNumber' | 'inventoryNumber' | 'boxId' | 'checked' | 'enteredOn' | 'startDate' | 'endDate' | 'startPrecision' | 'endPrecision' | 'sheetCount'
>;

export type JobProgress = {
  readonly slips: number;
  readonly checked: number;
  readonly discarded: number;
  readonly numbered: number;
  readonly boxed: number;
  readonly boxes: number;
  /** Slips typed per day, oldest first. */
  readonly perDay: readonly { readonly day: string; readonly count: number }[];
  readonly receivedMetres: number;
  readonly processedMetres: number;
};

export function jobProgress(job: Pick<ProcessingJobFields, 'receivedMetres' | 'processedMetres'>, slips: readonly ReportSlip[]): JobProgress {
  const days = new Map<string, number>();
  let checked = 0;
  let discarded = 0;
  let numbered = 0;
  let boxed = 0;
  const boxes = new Set<string>();
  for (const s of slips) {
    if (s.enteredOn) days.set(s.enteredOn, (days.get(s.enteredOn) ?? 0) + 1);
    if (s.checked) checked++;
    if (s.discardReason !== undefined) discarded++;
    if (s.fileNumber !== undefined) numbered++;
    if (s.boxId !== undefined) {
      boxed++;
      boxes.add(s.boxId);
    }
  }
  return {
    slips: slips.length,
    checked,
    discarded,
    numbered,
    boxed,
    boxes: boxes.size,
    perDay: [...days].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day, count })),
    receivedMetres: job.receivedMetres,
    processedMetres: job.processedMetres,
  };
}

export type FinalReport = {
  readonly receivedMetres: number;
  readonly keptMetres: number;
  readonly discardedMetres: number;
  readonly discardedByReason: readonly { readonly reason: DiscardReason; readonly text: string; readonly metres: number; readonly items: number }[];
  /** Received minus kept minus discarded: what the figures leave unexplained (0 when they add up). */
  readonly unaccountedMetres: number;
  readonly boxes: number;
  readonly dossiers: number;
  readonly permanent: number;
  readonly fixedTerm: number;
  readonly sheets: number;
  readonly discardedItems: number;
  readonly period: string;
  readonly inventories: readonly number[];
};

/** Centimetres; never "-0" (it would print as such). */
const round2 = (n: number) => Math.round(n * 100) / 100 || 0;

/**
 * The final report's figures. Kept metres are those the job records (typed in the report, a
 * proposal being boxes × metres per box); discarded metres add up the reasons.
 */
export function finalReport(job: ProcessingJobFields, slips: readonly ReportSlip[], boxes: readonly Pick<Box, 'id' | 'deleted'>[]): FinalReport {
  const kept = slips.filter((s) => s.discardReason === undefined);
  const discarded = slips.filter((s) => s.discardReason !== undefined);
  const byReason = DISCARD_REASONS.map((reason) => ({
    reason,
    text: DISCARD_REASON_TEXT[reason],
    metres: round2(job.discardedByReason?.[reason] ?? 0),
    items: discarded.filter((s) => s.discardReason === reason).length,
  }));
  const discardedMetres = round2(byReason.reduce((s, r) => s + r.metres, 0));
  const keptMetres = round2(job.keptMetres ?? 0);
  const starts = kept.map((s) => s.startDate).filter((d): d is string => !!d).sort();
  const ends = kept.map((s) => s.endDate).filter((d): d is string => !!d).sort();
  const liveBoxes = new Set(boxes.filter((b) => !b.deleted).map((b) => b.id));
  return {
    receivedMetres: round2(job.receivedMetres),
    keptMetres,
    discardedMetres,
    discardedByReason: byReason,
    unaccountedMetres: round2(job.receivedMetres - keptMetres - discardedMetres),
    boxes: new Set(kept.map((s) => s.boxId).filter((b): b is string => b !== undefined && liveBoxes.has(b))).size,
    dossiers: kept.length,
    permanent: kept.filter((s) => s.retention === 'permanent').length,
    fixedTerm: kept.filter((s) => s.retention !== 'permanent').length,
    sheets: kept.reduce((s, d) => s + (d.sheetCount ?? 0), 0),
    discardedItems: discarded.length,
    // A job's papers span years ("2010 – 2012"): its first and last file's dates mixed a year with a day ("2010 – 20/09/2012").
    period: starts.length ? formatPeriod(starts[0], ends.at(-1), 'year', 'year') : '',
    inventories: [...new Set(kept.map((s) => s.inventoryNumber).filter((n): n is number => n !== undefined))].sort((a, b) => a - b),
  };
}

/** Metres kept proposed from the boxes filled: boxes × metres per box (the office's setting). */
export function proposedKeptMetres(boxes: number, metresPerBox: number): number {
  return round2(boxes * metresPerBox);
}

/** Something the job's printed papers will show as blank or nought until it is entered (a code for the message). */
export type PrintGap = 'fondsNumber' | 'keptMetres' | 'discardedMetres';

/**
 * What the papers printed from a job will lack, for a note beside the print buttons: without the
 * fonds number, file codes, covers, labels and inventories print "…" for it; without the metres
 * kept and discarded (the Tổng kết tab), the report and the handover after processing print 0
 * mét giá. Discarded metres are only asked for when some slip was set aside to discard.
 */
export function printGaps(job: Pick<ProcessingJobFields, 'keptMetres' | 'discardedByReason'>, fondsNumber: string, slips: readonly (Pick<ReportSlip, 'discardReason'> & { readonly deleted?: boolean })[]): PrintGap[] {
  const gaps: PrintGap[] = [];
  if (!fondsNumber.trim()) gaps.push('fondsNumber');
  if (!job.keptMetres) gaps.push('keptMetres');
  const discarded = Object.values(job.discardedByReason ?? {}).reduce((s, m) => s + (m ?? 0), 0);
  if (discarded === 0 && slips.some((s) => !s.deleted && s.discardReason !== undefined)) gaps.push('discardedMetres');
  return gaps;
}
