/**
 * A scope's index in memory: per segment its columns (always current), the changed entries
 * not yet merged into its term pages (their tokens, and a bitmap of them so the pages' stale
 * postings are ignored), and the scope's value dictionaries with live counts. Applying an entry
 * and computing a segment's filter mask are synchronous; reading term pages is the caller's.
 */
import { followUpStatusOf, type FollowUpStatus } from '../../core/registers/follow-up';
import { dayNumber } from '../../core/registers/entry-index';
import { entryWords, indexTokens } from '../tokens';
import { clearBit, localOf, newBitmap, segmentOf, setBit, SEGMENT_SIZE, type Bitmap } from './bitmap';
import { FacetDictionary, NO_DAY, PRESENT, SegmentColumns, type ColumnValues } from './columns';
import type { IndexDoc, IndexSpec } from './source';

export type SegmentState = {
  readonly no: number;
  /** Generation of its term pages; [] and −1 when it has none yet. */
  pageGeneration: number;
  first: readonly string[];
  readonly columns: SegmentColumns;
  /** Changed entries: local ordinal → index tokens, or null when taken out. */
  readonly delta: Map<number, ReadonlySet<string> | null>;
  /** The local ordinals in `delta`. */
  readonly overridden: Bitmap;
};

/** What a list asks for besides the text: values, flags to leave out, a follow-up status. */
export type ViewFilter = {
  readonly text?: string;
  readonly equals?: Readonly<Record<string, string>>;
  /** Flags an entry must not have (e.g. 'deleted' when cancelled entries are hidden). */
  readonly without?: readonly string[];
  /** Register entries: the follow-up status on `today` ("yyyy-mm-dd"), from the flags 'deleted', 'done' and the day field 'deadline'. */
  readonly followUp?: { readonly status: FollowUpStatus; readonly today: string };
  /** Day fields to list the entries by, ascending, the first that differs deciding (an entry without a value after those with one), then by ordinal; absent: by ordinal. */
  readonly order?: readonly string[];
};

/** The index tokens of an entry's text. */
export function tokensOf(text: string): Set<string> {
  return new Set(indexTokens(entryWords(text)));
}

export function emptySegment(no: number, columns: SegmentColumns): SegmentState {
  return { no, pageGeneration: -1, first: [], columns, delta: new Map(), overridden: newBitmap() };
}

export class ScopeState {
  readonly segments = new Map<number, SegmentState>();
  readonly dicts: FacetDictionary[];
  total = 0;
  private ids: Map<string, number> | undefined;

  constructor(
    readonly spec: IndexSpec,
    facets: readonly (readonly string[])[] = [],
    public nextOrdinal = 0,
  ) {
    this.dicts = spec.facets.map((_, i) => (facets[i] ? new FacetDictionary([...facets[i]], facets[i].map(() => 0)) : new FacetDictionary()));
  }

  private flagBit(name: string): number {
    const k = this.spec.flags.indexOf(name);
    return k < 0 ? 0 : 1 << (k + 1);
  }

  /** The column values of a document (new dictionary values get codes). */
  valuesOf(doc: IndexDoc): ColumnValues {
    let flags = 0;
    for (const f of doc.flags) flags |= this.flagBit(f);
    return {
      flags,
      days: this.spec.days.map((d) => doc.days[d] ?? NO_DAY),
      codes: this.spec.facets.map((f, i) => this.dicts[i]!.codeOf(doc.facets[f] ?? '')),
      ...(this.spec.keepIds ? { id: doc.id } : {}),
    };
  }

  private live(v: ColumnValues | undefined): boolean {
    return !!v && (v.flags & this.flagBit(this.spec.liveUnless ?? '')) === 0;
  }

  segment(no: number): SegmentState {
    let s = this.segments.get(no);
    if (!s) this.segments.set(no, (s = emptySegment(no, SegmentColumns.empty(this.spec))));
    return s;
  }

  /** The ordinal of a document: its own, or the one it was given before, or a new one. */
  ordinalOf(doc: { readonly id: string; readonly ordinal?: number }, create: boolean): number | undefined {
    if (doc.ordinal !== undefined) return Number.isInteger(doc.ordinal) && doc.ordinal >= 0 && doc.ordinal < 2 ** 31 ? doc.ordinal : undefined;
    if (!this.ids) {
      this.ids = new Map();
      for (const s of this.segments.values()) s.columns.ids?.forEach((id, local) => id !== undefined && this.ids!.set(id, s.no * SEGMENT_SIZE + local));
    }
    let o = this.ids.get(doc.id);
    if (o === undefined && create) this.ids.set(doc.id, (o = this.nextOrdinal++));
    return o;
  }

  /** Sets an entry's columns and counts (no tokens); returns its segment. */
  setValues(ordinal: number, values: ColumnValues | undefined): SegmentState {
    const seg = this.segment(segmentOf(ordinal));
    const local = localOf(ordinal);
    const before = seg.columns.values(local);
    if (this.live(before)) before!.codes.forEach((c, i) => this.dicts[i]!.count(c, -1));
    if (this.live(values)) values!.codes.forEach((c, i) => this.dicts[i]!.count(c, 1));
    const had = before !== undefined;
    seg.columns.set(local, values);
    this.total += (values ? 1 : 0) - (had ? 1 : 0);
    if (this.ids && values?.id !== undefined) this.ids.set(values.id, ordinal);
    if (this.ids && !values && before?.id !== undefined) this.ids.delete(before.id);
    return seg;
  }

  /** Sets columns read back from storage, without counting (see recount). */
  loadValues(ordinal: number, values: ColumnValues | undefined): void {
    this.segment(segmentOf(ordinal)).columns.set(localOf(ordinal), values);
  }

  /** Counts again, from the columns, the entries and the live entries holding each value. */
  recount(): void {
    for (const d of this.dicts) d.counts.fill(0);
    this.total = 0;
    for (const s of this.segments.values()) this.addCounts(s);
  }

  /** Adds a segment's entries to the counts (a segment just built). */
  addCounts(s: SegmentState): void {
    const skip = PRESENT | this.flagBit(this.spec.liveUnless ?? '');
    this.total += s.columns.count;
    for (let local = 0; local < SEGMENT_SIZE; local++) {
      if ((s.columns.flags[local]! & skip) !== PRESENT) continue;
      for (let i = 0; i < this.dicts.length; i++) this.dicts[i]!.count(s.columns.code(i, local), 1);
    }
  }

  /** Records an entry as changed since its segment's pages: its tokens (null: taken out). */
  setDelta(ordinal: number, tokens: ReadonlySet<string> | null): void {
    const seg = this.segment(segmentOf(ordinal));
    const local = localOf(ordinal);
    seg.delta.set(local, tokens);
    setBit(seg.overridden, local);
  }

  /** Forgets a segment's changed entries (merged into its pages). */
  static clearDelta(seg: SegmentState): void {
    for (const local of seg.delta.keys()) clearBit(seg.overridden, local);
    seg.delta.clear();
  }

  /** The entries of a segment that pass the filter's columns (no text), as a bitmap. */
  mask(seg: SegmentState, f: ViewFilter): Bitmap {
    const out = newBitmap();
    const passes = this.test(seg, f);
    if (passes) for (let local = 0; local < SEGMENT_SIZE; local++) if (passes(local)) setBit(out, local);
    return out;
  }

  /**
   * Keeps in `bits` only the entries that pass the filter's columns: a text query's hits, each
   * tested alone, so a rare word found a few times does not pay for a pass over the whole segment.
   */
  keepPassing(seg: SegmentState, f: ViewFilter, bits: Bitmap): void {
    const passes = this.test(seg, f);
    for (let w = 0; w < bits.length; w++) {
      let v = bits[w]!;
      if (v === 0) continue;
      if (!passes) {
        bits[w] = 0;
        continue;
      }
      while (v !== 0) {
        const low = v & -v;
        const local = (w << 5) + 31 - Math.clz32(low);
        if (!passes(local)) bits[w]! &= ~low;
        v ^= low;
      }
    }
  }

  /** Whether an entry of the segment passes the filter's columns; null when none can (a value no entry holds). */
  private test(seg: SegmentState, f: ViewFilter): ((local: number) => boolean) | null {
    const cols = seg.columns;
    let without = 0;
    for (const name of f.without ?? []) without |= this.flagBit(name);
    const equals: [number, number][] = [];
    for (const [field, value] of Object.entries(f.equals ?? {})) {
      const i = this.spec.facets.indexOf(field);
      const code = i < 0 ? -1 : this.dicts[i]!.find(value);
      if (code < 0) return null;
      equals.push([i, code]);
    }
    const status = f.followUp?.status;
    const today = f.followUp ? dayNumber(f.followUp.today) : undefined;
    const deleted = this.flagBit('deleted');
    const done = this.flagBit('done');
    const deadline = this.spec.days.indexOf('deadline');
    const flags = cols.flags;
    return (local) => {
      const fl = flags[local]!;
      if ((fl & PRESENT) === 0 || (fl & without) !== 0) return false;
      for (let k = 0; k < equals.length; k++) if (cols.code(equals[k]![0], local) !== equals[k]![1]) return false;
      if (status !== undefined) {
        const day = deadline < 0 ? NO_DAY : cols.days[deadline]![local]!;
        const daysLeft = day === NO_DAY || today === undefined ? undefined : day - today;
        if (followUpStatusOf({ deleted: (fl & deleted) !== 0, done: (fl & done) !== 0, daysLeft }) !== status) return false;
      }
      return true;
    };
  }

  /** Some entries' ordinals (ascending) in the order of some day fields (ViewFilter.order); unknown fields are left out. */
  ordered(ordinals: Uint32Array, fields: readonly string[]): Uint32Array {
    const columns = fields.map((f) => this.spec.days.indexOf(f)).filter((i) => i >= 0);
    if (columns.length === 0 || ordinals.length < 2) return ordinals;
    // No day is read as after every day; read once per entry, not per comparison.
    const keys = columns.map((c) =>
      Float64Array.from(ordinals, (o) => {
        const day = this.segments.get(segmentOf(o))?.columns.days[c]![localOf(o)] ?? NO_DAY;
        return day === NO_DAY ? Infinity : day;
      }),
    );
    const at = Uint32Array.from(ordinals, (_, i) => i);
    at.sort((a, b) => {
      for (const k of keys) if (k[a] !== k[b]) return k[a]! < k[b]! ? -1 : 1;
      return a - b;
    });
    return Uint32Array.from(at, (i) => ordinals[i]!);
  }

  /** The lowest and highest ordinal of a live entry (not `liveUnless`), or undefined. */
  span(): { first: number; last: number } | undefined {
    const nos = [...this.segments.keys()].sort((a, b) => a - b);
    const skip = PRESENT | this.flagBit(this.spec.liveUnless ?? '');
    const liveAt = (s: SegmentState, l: number) => (s.columns.flags[l]! & skip) === PRESENT;
    let first: number | undefined;
    let last: number | undefined;
    for (const no of nos) {
      const s = this.segments.get(no)!;
      for (let l = 0; l < SEGMENT_SIZE && first === undefined; l++) if (liveAt(s, l)) first = no * SEGMENT_SIZE + l;
      if (first !== undefined) break;
    }
    for (const no of nos.reverse()) {
      const s = this.segments.get(no)!;
      for (let l = SEGMENT_SIZE - 1; l >= 0 && last === undefined; l--) if (liveAt(s, l)) last = no * SEGMENT_SIZE + l;
      if (last !== undefined) break;
    }
    return first === undefined || last === undefined ? undefined : { first, last };
  }
}
