/**
 * Numbering of registers (Art. 15 and 22 NĐ 30/2020): one continuous series per register
 * book and year, starting at 1 (or the book's firstNumber), never reused: a deleted entry
 * keeps its number. The register stores `lastNumber`, the highest number ever assigned;
 * the DB layer reads the register, calls `assignNumber` and writes both the register and
 * the new entry in ONE transaction, so two windows can never take the same number.
 */
import { AppError } from '../errors';
import type { RegisterFields } from './types';

/** The counter part of a register. */
export type NumberCounter = {
  readonly firstNumber: number;
  readonly lastNumber: number;
};

/** The next number of a series: one more than the highest ever assigned (firstNumber for a new book). */
export function nextNumber(counter: NumberCounter): number {
  const first = Math.max(1, Math.floor(counter.firstNumber));
  return Math.max(counter.lastNumber, first - 1) + 1;
}

/**
 * Next số đến. Accepts the register counter, its `lastNumber`, or every number ever used
 * (tombstoned entries included) when no counter is at hand (e.g. rebuilding a counter).
 */
export function nextArrivalNumber(source: NumberCounter | number | readonly number[]): number {
  if (typeof source === 'number') return nextNumber({ firstNumber: 1, lastNumber: source });
  if (isNumberList(source)) return nextNumber({ firstNumber: 1, lastNumber: maxOf(source, 0) });
  return nextNumber(source);
}

/** Next số of an outgoing series (same rule; the series is the register: issuing body × year × secret). */
export function nextOutgoingNumber(source: NumberCounter | number | readonly number[]): number {
  return nextArrivalNumber(source);
}

function isNumberList(v: NumberCounter | readonly number[]): v is readonly number[] {
  return Array.isArray(v);
}

function maxOf(values: Iterable<number>, start: number): number {
  let max = start;
  for (const v of values) if (Number.isFinite(v) && v > max) max = v;
  return max;
}

export type NumberAssignment<R extends RegisterFields> = {
  readonly number: number;
  /** The register with `lastNumber` raised: write it in the same transaction as the entry. */
  readonly register: R;
};

/**
 * Takes the next number of an open register. Throws AppError `register.closed` for a closed one.
 * Pure: the caller persists `register` and the entry together.
 */
export function assignNumber<R extends RegisterFields>(register: R): NumberAssignment<R> {
  if (register.status === 'closed') throw new AppError('register.closed', { year: register.year, name: register.name });
  const number = nextNumber(register);
  return { number, register: { ...register, lastNumber: number } };
}

/** `lastNumber` after numbers were written from outside the counter (an import keeps the paper book's numbers). */
export function raiseLastNumber(counter: NumberCounter, numbers: Iterable<number>): number {
  return maxOf(numbers, Math.max(counter.lastNumber, counter.firstNumber - 1));
}

/**
 * Numbers between firstNumber and lastNumber with no entry at all (not even a tombstone).
 * Should be empty; a hole means a lost entry or an import that skipped numbers.
 */
export function numberGaps(counter: NumberCounter, usedNumbers: Iterable<number>): number[] {
  const used = new Set(usedNumbers);
  const gaps: number[] = [];
  for (let n = Math.max(1, counter.firstNumber); n <= counter.lastNumber; n++) if (!used.has(n)) gaps.push(n);
  return gaps;
}

/**
 * Identity of a number series: two open registers with the same key would hand out the same
 * numbers. Incoming: unit × year (× secret). Outgoing/internal: issuing body × year (× secret).
 */
export function seriesKey(register: Pick<RegisterFields, 'unitId' | 'kind' | 'year' | 'issuingBodyId' | 'secret'>): string {
  const body = register.kind === 'incoming' ? '' : (register.issuingBodyId ?? '');
  return [register.unitId, register.kind, body, register.year, register.secret ? 'secret' : 'normal'].join('|');
}

/**
 * Quyển số of a register's book: the one recorded, else its place among the registers of its
 * series that year (a book closed mid-year and continued in a new register makes volume 02).
 */
export function volumeOf(
  register: Pick<RegisterFields, 'unitId' | 'kind' | 'year' | 'issuingBodyId' | 'secret' | 'firstNumber' | 'volume'> & { readonly id?: string },
  others: readonly (Pick<RegisterFields, 'unitId' | 'kind' | 'year' | 'issuingBodyId' | 'secret' | 'firstNumber'> & { readonly id?: string; readonly deleted?: boolean })[],
): number {
  if (register.volume !== undefined) return register.volume;
  const key = seriesKey(register);
  return 1 + others.filter((o) => o.id !== register.id && !o.deleted && seriesKey(o) === key && o.firstNumber < register.firstNumber).length;
}

/**
 * Lowest and highest of some numbers, or undefined when there are none. A loop: spreading a
 * whole register into Math.min(...) overflows the call stack at a few hundred thousand entries.
 */
export function numberRange(values: Iterable<number>): { readonly min: number; readonly max: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : undefined;
}

type Numbered = { readonly arrivalNumber: number; readonly deleted?: boolean };

/** Số đến of the first and last live (not cancelled) entries of a register. */
export function arrivalNumberSpan(docs: readonly Numbered[]): { readonly from: number; readonly to: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const d of docs) {
    if (d.deleted) continue;
    if (d.arrivalNumber < min) min = d.arrivalNumber;
    if (d.arrivalNumber > max) max = d.arrivalNumber;
  }
  return min <= max ? { from: min, to: max } : undefined;
}

/** The live entries to print ĐẾN stamp slips for: số đến from..to, each end defaulting to the register's span. */
export function entriesForStamps<T extends Numbered>(docs: readonly T[], from?: number | null, to?: number | null): T[] {
  return stampsOfRange(docs, from, to).entries;
}

/** The entries of a range that get a ĐẾN slip (`entriesForStamps`), and the numbers in it that get none: cancelled, or held by no document. */
export function stampsOfRange<T extends Numbered>(docs: readonly T[], from?: number | null, to?: number | null): { entries: T[]; skipped: number[]; unused: number[] } {
  const span = arrivalNumberSpan(docs);
  // The ends typed, else the live entries' (the docs may be only the range's: all of them cancelled is said as such).
  const lo = from ?? span?.from;
  const hi = to ?? span?.to;
  if (lo === undefined || hi === undefined) return { entries: [], skipped: [], unused: [] };
  const entries: T[] = [];
  const skipped: number[] = [];
  const held = new Set<number>();
  for (const d of docs) {
    if (d.arrivalNumber < lo || d.arrivalNumber > hi) continue;
    held.add(d.arrivalNumber);
    if (d.deleted) skipped.push(d.arrivalNumber);
    else entries.push(d);
  }
  // Numbers between the range's documents that none holds (never given, a register imported with gaps): no slip either, said so.
  const unused: number[] = [];
  const numbers = numberRange(held);
  if (numbers) for (let n = numbers.min; n <= numbers.max; n++) if (!held.has(n)) unused.push(n);
  return { entries, skipped, unused };
}

/** Why a range of numbers asked for a print or export holds nothing: the ends reversed, or outside the register's numbers. */
export type OutputRangeIssue =
  | { readonly code: 'registers.rangeReversed'; readonly params: { readonly from: string; readonly to: string } }
  | { readonly code: 'registers.rangeOutside'; readonly params: { readonly first: string; readonly last: string } }
  | { readonly code: 'registers.rangeOutsideOne'; readonly params: { readonly first: string } };

/**
 * The range `from`..`to` asked (an end left empty is the register's), against the register's
 * numbers `span`: undefined when it can hold entries (a blank page of slips printed for 321 → 303).
 */
export function outputRangeIssue(from: number | null | undefined, to: number | null | undefined, span: { readonly from: number; readonly to: number } | undefined): OutputRangeIssue | undefined {
  const lo = from ?? span?.from;
  const hi = to ?? span?.to;
  if (lo === undefined || hi === undefined) return undefined;
  // Outside first: "from 400" on a register ending at 321 is past its end, not reversed against an end not typed.
  if (span && (lo > span.to || hi < span.from)) {
    return span.from === span.to ? { code: 'registers.rangeOutsideOne', params: { first: formatNumber(span.from) } } : { code: 'registers.rangeOutside', params: { first: formatNumber(span.from), last: formatNumber(span.to) } };
  }
  if (lo > hi) return { code: 'registers.rangeReversed', params: { from: formatNumber(lo), to: formatNumber(hi) } };
  return undefined;
}

/** Number as written in registers and notations: a leading zero below 10 ("01" … "09", "10", "123"). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const i = Math.trunc(n);
  return i >= 0 && i < 10 ? `0${i}` : String(i);
}

/** Register numbers as runs, the way a clerk writes them: "01–04, 07, 10–12" (at most `max` runs, then "…"). */
export function numberRuns(numbers: readonly number[], max = 10): string {
  return numberRunList(numbers, max).join(', ');
}

/**
 * The runs of `numberRuns` one by one (["01–04", "07", "10–12"], past `max` runs a last "…"), for a
 * print that must keep each run on one line: a line may break after the dash ("05–" above "09").
 */
export function numberRunList(numbers: readonly number[], max = 10): string[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? formatNumber(sorted[i]!) : `${formatNumber(sorted[i]!)}–${formatNumber(sorted[j]!)}`);
    i = j + 1;
  }
  return runs.length > max ? [...runs.slice(0, max), '…'] : runs;
}
