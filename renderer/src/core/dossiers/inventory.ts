/**
 * From dossiers to the archive's finding aids: ordering for final numbering (hệ thống hóa),
 * numbering within an inventory (mục lục), packing numbered dossiers into boxes without
 * splitting one, the rows of the Mục lục hồ sơ (PL V.III), the ranges on box labels and the
 * holdings a unit reports (dossiers, boxes, metres of shelf, backlog processed/remaining).
 */
import { formatPeriod, type DatePrecision } from '../processing/period';
import { AppError } from '../errors';
import { compareVi } from '../text';
import { compareRetention, formatRetention } from './rules';
import { DEFAULT_METRES_PER_BOX, type Box, type Dossier, type DossierFields, type ProcessingJob, type Retention } from './types';
import { formatNumber, numberRange } from '../registers/numbering';
import { documentsEndYear, documentsStartYear } from '../duties/retention';

/** The orders the processing norm asks software to support (§5.4). */
export const NUMBERING_ORDERS = ['heading-time', 'time-heading', 'retention-heading-time', 'retention-time-heading'] as const;
export type NumberingOrder = (typeof NUMBERING_ORDERS)[number];

type Orderable = Pick<DossierFields, 'heading' | 'notation' | 'startDate' | 'endDate' | 'retention' | 'title' | 'year'>;

const byHeading = (a: Orderable, b: Orderable) => compareVi(a.heading, b.heading);
const byTime = (a: Orderable, b: Orderable) =>
  a.year - b.year || (a.startDate ?? '').localeCompare(b.startDate ?? '') || (a.endDate ?? '').localeCompare(b.endDate ?? '');
const byRetention = (a: Orderable, b: Orderable) => compareRetention(a.retention, b.retention);
/** Stable last resort: the plan's notation (numeric ordinal first), then the title. */
const byNotation = (a: Orderable, b: Orderable) =>
  a.notation.localeCompare(b.notation, 'vi', { numeric: true }) || compareVi(a.title, b.title);

type Compare<T> = (a: T, b: T) => number;

export type OrderOptions<T> = {
  /**
   * Rank of a dossier's heading, when headings are ordered by a scheme rather than by their
   * text (a processing job's classification: "II" before "X", sub-headings under their parent).
   */
  readonly headingRank?: (d: T) => number;
  /** Retention shortest first instead of longest first (§5.4 allows both). */
  readonly retentionAscending?: boolean;
  /** Last resort before the notation, e.g. the slip's temporary number. */
  readonly tieBreak?: Compare<T>;
};

/** Sorts a copy of the dossiers in the chosen order. */
export function orderDossiers<T extends Orderable>(dossiers: readonly T[], order: NumberingOrder, options: OrderOptions<T> = {}): T[] {
  const rank = options.headingRank;
  const heading: Compare<T> = rank ? (a, b) => rank(a) - rank(b) : byHeading;
  const retention: Compare<T> = options.retentionAscending ? (a, b) => byRetention(b, a) : byRetention;
  const orders: Record<NumberingOrder, Compare<T>[]> = {
    'heading-time': [heading, byTime],
    'time-heading': [byTime, heading],
    'retention-heading-time': [retention, heading, byTime],
    'retention-time-heading': [retention, byTime, heading],
  };
  const keys = [...orders[order], ...(options.tieBreak ? [options.tieBreak] : []), byNotation];
  return [...dossiers].sort((a, b) => {
    for (const k of keys) {
      const c = k(a, b);
      if (c !== 0) return c;
    }
    return 0;
  });
}

/**
 * Which inventory a dossier goes to: permanent and fixed-term files are listed in separate
 * inventories in common practice (❓ no normative text), so both numbers are the caller's choice.
 */
export function inventoryFor(retention: Retention, split: { readonly permanent: number; readonly fixedTerm: number }): number {
  return retention === 'permanent' ? split.permanent : split.fixedTerm;
}

/**
 * Final numbers (hồ sơ số) for dossiers already in order: continuous from `start` within one
 * inventory, never reusing a number another dossier of that inventory keeps.
 */
export function assignFileNumbers(orderedIds: readonly string[], start: number, taken: ReadonlySet<number> = new Set()): Map<string, number> {
  const out = new Map<string, number>();
  let n = start;
  for (const id of orderedIds) {
    while (taken.has(n)) n++;
    out.set(id, n++);
  }
  return out;
}

export type PackItem = { readonly id: string; readonly sheetCount?: number };

/**
 * Packs dossiers, in their numbered order, into boxes of at most `capacitySheets` sheets; a
 * dossier is never split and one bigger than a box gets a box of its own. Returns the
 * dossier ids per box, first box first.
 */
export function packIntoBoxes(items: readonly PackItem[], capacitySheets: number, unknownSheets = 50): string[][] {
  const boxes: string[][] = [];
  let current: string[] = [];
  let used = 0;
  for (const it of items) {
    const sheets = it.sheetCount ?? unknownSheets;
    if (current.length > 0 && used + sheets > capacitySheets) {
      boxes.push(current);
      current = [];
      used = 0;
    }
    current.push(it.id);
    used += sheets;
  }
  if (current.length > 0) boxes.push(current);
  return boxes;
}

/**
 * "dd/mm/yyyy – dd/mm/yyyy"; one date when both are the same; '' when unknown. A backlog slip's
 * period prints as it was written ("1998 – 2001", "03/1998 – 12/1999"; see formatPeriod).
 */
export function documentPeriod(startDate?: string, endDate?: string, startPrecision?: DatePrecision, endPrecision?: DatePrecision): string {
  return formatPeriod(startDate, endDate, startPrecision, endPrecision);
}

/** One row of the Mục lục hồ sơ, tài liệu nộp lưu (PL V.III), plus the box it lies in. */
export type InventoryRow = {
  readonly ordinal: number;
  readonly fileNumber?: number;
  readonly notation: string;
  readonly title: string;
  readonly period: string;
  readonly retention: string;
  readonly sheets: string;
  readonly box: string;
  readonly note: string;
};

/** A file's Ghi chú with a mark after it ("…; Đã nhận 15/01/2027"). */
const withMark = (note: string, mark: string | undefined) => (mark ? [note?.trim(), mark].filter(Boolean).join('; ') : note);

/**
 * Rows of an inventory: the closed, live dossiers given, by file number (unnumbered ones last,
 * in plan order). Số TT runs from 1; the sheets column shows "tờ/trang" when both are known.
 */
export function inventoryRows(dossiers: readonly Dossier[], boxes: readonly Box[], mark?: (d: Dossier) => string | undefined): InventoryRow[] {
  const boxNo = new Map(boxes.map((b) => [b.id, b.number]));
  const live = dossiers.filter((d) => !d.deleted);
  const sorted = [...live].sort(
    (a, b) => (a.fileNumber ?? Number.MAX_SAFE_INTEGER) - (b.fileNumber ?? Number.MAX_SAFE_INTEGER) || byNotation(a, b),
  );
  return sorted.map((d, i) => ({
    ordinal: i + 1,
    ...(d.fileNumber !== undefined ? { fileNumber: d.fileNumber } : {}),
    notation: d.notation,
    title: d.title,
    period: documentPeriod(d.startDate, d.endDate, d.startPrecision, d.endPrecision),
    retention: formatRetention(d.retention),
    sheets: d.sheetCount !== undefined ? (d.pageCount !== undefined ? `${d.sheetCount}/${d.pageCount}` : String(d.sheetCount)) : '',
    box: d.boxId !== undefined && boxNo.has(d.boxId) ? boxNumberText(boxNo.get(d.boxId)!) : '',
    note: withMark(d.note, mark?.(d)),
  }));
}

/** A box's number as its label prints it and every screen shows it: two digits at least ("04"). */
export const boxNumberText = formatNumber;

/** What a box label says about its contents (§4.2): the file numbers and years inside, the longest retention. */
export type BoxContents = {
  readonly boxId: string;
  readonly number: number;
  readonly fromFile?: number;
  readonly toFile?: number;
  readonly dossierCount: number;
  readonly fromYear?: number;
  readonly toYear?: number;
  readonly retention: string;
};

/**
 * The years a set of files' documents span, first to last, each file from its documents' first year to their last
 * (`documentsStartYear`/`documentsEndYear`: its dates, else its year) — a file of "03/2022 – 12/2023" puts 2023 in (the
 * inventory's cover and heading said "đến năm 2022" over it, its box label 2023). Undefined for no file. Boxes,
 * inventories, deposits and appraisals all say it so.
 */
export function yearsSpanned(dossiers: Iterable<Pick<DossierFields, 'year' | 'startDate' | 'endDate'>>): { readonly fromYear: number; readonly toYear: number } | undefined {
  function* years() {
    for (const d of dossiers) {
      yield documentsStartYear(d);
      yield documentsEndYear(d);
    }
  }
  const r = numberRange(years());
  return r && { fromYear: r.min, toYear: r.max };
}

/** Years as a label shows them: "2025", "2022 – 2023" (`dash` between), '' for none. */
export function yearsLabel(span: { readonly fromYear?: number; readonly toYear?: number } | undefined, dash = ' – '): string {
  if (span?.fromYear === undefined) return '';
  return span.fromYear === span.toYear ? String(span.fromYear) : `${span.fromYear}${dash}${span.toYear}`;
}

export function boxContents(box: Box, dossiers: readonly Dossier[]): BoxContents {
  const inside = dossiers.filter((d) => !d.deleted && d.boxId === box.id);
  const numbers = inside.map((d) => d.fileNumber).filter((n): n is number => n !== undefined);
  // The years the documents span: a dossier of "3/2015 – 12/2016" puts 2016 on the label too (its year alone said 2015).
  const years = yearsSpanned(inside);
  const retentions = [...new Set(inside.map((d) => d.retention))].sort(compareRetention);
  return {
    boxId: box.id,
    number: box.number,
    ...(numbers.length ? { fromFile: Math.min(...numbers), toFile: Math.max(...numbers) } : {}),
    dossierCount: inside.length,
    ...years,
    retention: retentions.map(formatRetention).join(', '),
  };
}

/** The inventory numbers boxes are in, in order (a box not in one yet counts for none). */
export function boxInventories(boxes: readonly Pick<Box, 'inventoryNumber'>[]): number[] {
  return [...new Set(boxes.map((b) => b.inventoryNumber).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
}

/** Which boxes to label: one inventory's (undefined: all), numbers from–to (undefined: that end open). */
export type LabelPick = { readonly inventory?: number | undefined; readonly from?: number | undefined; readonly to?: number | undefined };

/**
 * Which boxes a label print takes (a label torn, boxes 12–15 moved to another rack): those of one
 * inventory, or of all (`inventory` undefined), with numbers from `from` to `to`, either end left
 * open. Box numbers start again at 1 in each inventory, so numbers typed over several inventories
 * are refused until one is chosen (a torn label of box 2 printed every box 2). Refused too (AppError)
 * when there is no box yet, when `from` is past `to`, or when nothing is in that range — naming the
 * numbers the boxes have — instead of printing an empty sheet.
 */
export function boxesToLabel<B extends Pick<Box, 'number' | 'inventoryNumber'>>(boxes: readonly B[], pick: LabelPick): B[] {
  if (boxes.length === 0) throw new AppError('labels.noBoxes');
  if (pick.from !== undefined && pick.to !== undefined && pick.from > pick.to) throw new AppError('labels.backwards');
  const ranged = pick.from !== undefined || pick.to !== undefined;
  if (ranged && pick.inventory === undefined && new Set(boxes.map((b) => b.inventoryNumber)).size > 1) throw new AppError('labels.chooseInventory');
  const ofInventory = boxes.filter((b) => pick.inventory === undefined || b.inventoryNumber === pick.inventory);
  const chosen = ofInventory.filter((b) => (pick.from === undefined || b.number >= pick.from) && (pick.to === undefined || b.number <= pick.to));
  if (chosen.length > 0) return chosen;
  if (ofInventory.length === 0) throw new AppError('labels.noBox');
  const { min: first, max: last } = numberRange(ofInventory.map((b) => b.number))!;
  throw first === last ? new AppError('labels.onlyBox', { first }) : new AppError('labels.noneInRange', { first, last });
}

/** Holdings of one unit, as reported upward (statistics form 0808-like; §11). */
export type Holdings = {
  readonly dossiers: number;
  readonly permanent: number;
  readonly fixedTerm: number;
  readonly closed: number;
  readonly boxes: number;
  /** Mét giá: boxes × metres per box. */
  readonly metres: number;
  readonly backlogReceivedMetres: number;
  readonly backlogProcessedMetres: number;
  readonly backlogRemainingMetres: number;
};

/**
 * What one record adds to its unit's holdings: the figures are sums of these, so the upper level
 * keeps them per unit as records arrive (the import plan adds the new record's part and takes
 * away the old one's) instead of reading every dossier to count. Metres in centimetres, whole
 * numbers, so that adding and taking away never drifts.
 */
export type HoldingsCounters = Readonly<Record<HoldingsCounter, number>>;
export type HoldingsCounter = 'dossiers' | 'permanent' | 'closed' | 'boxes' | 'receivedCm' | 'processedCm';
export const HOLDINGS_TABLES = ['dossiers', 'boxes', 'processingJobs'] as const;
/** Bumped when what a record contributes changes: stored counters of another version are counted again. */
export const HOLDINGS_COUNTERS_VERSION = 1;

type Countable = { readonly deleted?: boolean; readonly retention?: unknown; readonly status?: unknown; readonly discardReason?: unknown; readonly receivedMetres?: unknown; readonly processedMetres?: unknown };
const cm = (m: unknown) => (typeof m === 'number' && Number.isFinite(m) ? Math.round(m * 100) : 0);

export function holdingsContribution(table: string, r: Countable): Partial<Record<HoldingsCounter, number>> | undefined {
  if (r.deleted) return undefined;
  if (table === 'dossiers') {
    // Items a processing job set aside to discard are not holdings.
    if (r.discardReason !== undefined) return undefined;
    return { dossiers: 1, ...(r.retention === 'permanent' ? { permanent: 1 } : {}), ...(r.status === 'closed' ? { closed: 1 } : {}) };
  }
  if (table === 'boxes') return { boxes: 1 };
  if (table === 'processingJobs') return { receivedCm: cm(r.receivedMetres), processedCm: cm(r.processedMetres) };
  return undefined;
}

/** Adds (sign 1) or takes away (sign −1) a contribution. */
export function addHoldings(into: Partial<Record<HoldingsCounter, number>>, part: Partial<Record<HoldingsCounter, number>> | undefined, sign: 1 | -1 = 1): void {
  if (!part) return;
  for (const [k, v] of Object.entries(part) as [HoldingsCounter, number][]) into[k] = (into[k] ?? 0) + sign * v;
}

export function holdingsFromCounters(c: Partial<Record<HoldingsCounter, number>>, metresPerBox: number = DEFAULT_METRES_PER_BOX): Holdings {
  const n = (k: HoldingsCounter) => Math.max(0, c[k] ?? 0);
  const received = n('receivedCm') / 100;
  const processed = n('processedCm') / 100;
  return {
    dossiers: n('dossiers'),
    permanent: n('permanent'),
    fixedTerm: Math.max(0, n('dossiers') - n('permanent')),
    closed: n('closed'),
    boxes: n('boxes'),
    metres: round2(n('boxes') * metresPerBox),
    backlogReceivedMetres: round2(received),
    backlogProcessedMetres: round2(processed),
    backlogRemainingMetres: round2(Math.max(0, received - processed)),
  };
}

export function holdings(
  dossiers: readonly (Pick<Dossier, 'deleted' | 'retention' | 'status'> & Partial<Pick<Dossier, 'discardReason'>>)[],
  boxes: readonly Pick<Box, 'deleted'>[],
  jobs: readonly Pick<ProcessingJob, 'deleted' | 'receivedMetres' | 'processedMetres'>[],
  metresPerBox: number = DEFAULT_METRES_PER_BOX,
): Holdings {
  const c: Partial<Record<HoldingsCounter, number>> = {};
  for (const d of dossiers) addHoldings(c, holdingsContribution('dossiers', d));
  for (const b of boxes) addHoldings(c, holdingsContribution('boxes', b));
  for (const j of jobs) addHoldings(c, holdingsContribution('processingJobs', j));
  return holdingsFromCounters(c, metresPerBox);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
