/**
 * What a persisted index keeps per entry besides its words, one typed array per property over
 * a segment's 65,536 ordinals: present and yes/no flags (a byte), day numbers, and each counted
 * value (sender, type…) as a code into the scope's dictionary of that field, whose counts say
 * which values the list can be filtered by and the forms suggest. A segment of 10k entries
 * costs a few hundred kilobytes; filtering a segment is one pass over its arrays.
 */
import { SEGMENT_SIZE } from './bitmap';

/** The properties a scope keeps (names as the source's documents give them). */
export type ColumnSpec = {
  readonly facets: readonly string[];
  readonly flags: readonly string[];
  readonly days: readonly string[];
  /** Keep each entry's record id (when rows are fetched by id, not by ordinal). */
  readonly keepIds: boolean;
};

/** One entry's properties, as codes and numbers. */
export type ColumnValues = { readonly flags: number; readonly days: readonly number[]; readonly codes: readonly number[]; readonly id?: string };

export const PRESENT = 1;
/** A day field without a date. */
export const NO_DAY = -0x80000000;

type Codes = Uint8Array | Uint16Array | Uint32Array;

function widen(codes: Codes, code: number): Codes {
  if (code > 0xffff && !(codes instanceof Uint32Array)) return Uint32Array.from(codes);
  if (code > 0xff && codes instanceof Uint8Array) return Uint16Array.from(codes);
  return codes;
}

const FORMAT = 1;

export class SegmentColumns {
  private constructor(
    readonly flags: Uint8Array,
    readonly days: Int32Array[],
    private codes: Codes[],
    readonly ids: (string | undefined)[] | undefined,
    /** Present entries. */
    public count: number,
  ) {}

  static empty(spec: ColumnSpec): SegmentColumns {
    return new SegmentColumns(
      new Uint8Array(SEGMENT_SIZE),
      spec.days.map(() => new Int32Array(SEGMENT_SIZE).fill(NO_DAY)),
      spec.facets.map(() => new Uint8Array(SEGMENT_SIZE)),
      spec.keepIds ? [] : undefined,
      0,
    );
  }

  code(field: number, local: number): number {
    return this.codes[field]![local]!;
  }

  present(local: number): boolean {
    return (this.flags[local]! & PRESENT) !== 0;
  }

  values(local: number): ColumnValues | undefined {
    if (!this.present(local)) return undefined;
    const id = this.ids?.[local];
    return { flags: this.flags[local]!, days: this.days.map((d) => d[local]!), codes: this.codes.map((c) => c[local]!), ...(id !== undefined ? { id } : {}) };
  }

  /** Sets an entry's properties (`undefined` takes it out). */
  set(local: number, v: ColumnValues | undefined): void {
    const was = this.present(local);
    if (!v) {
      this.flags[local] = 0;
      this.days.forEach((d) => (d[local] = NO_DAY));
      this.codes.forEach((c) => (c[local] = 0));
      if (this.ids) this.ids[local] = undefined;
      if (was) this.count--;
      return;
    }
    this.flags[local] = v.flags | PRESENT;
    v.days.forEach((day, i) => (this.days[i]![local] = day));
    v.codes.forEach((code, i) => {
      const c = widen(this.codes[i]!, code);
      this.codes[i] = c;
      c[local] = code;
    });
    if (this.ids) this.ids[local] = v.id;
    if (!was) this.count++;
  }

  /** Highest present local ordinal + 1. */
  private extent(): number {
    for (let i = SEGMENT_SIZE - 1; i >= 0; i--) if (this.flags[i]! & PRESENT) return i + 1;
    return 0;
  }

  /** The arrays up to the last entry, in one buffer; ids apart (joined by newlines). */
  encode(): { columns: ArrayBuffer; ids?: string } {
    const n = this.extent();
    const widths = this.codes.map((c) => c.BYTES_PER_ELEMENT);
    const header = 4 + widths.length;
    const pad = (x: number) => (x + 3) & ~3;
    let size = header * 4 + pad(n) + this.days.length * 4 * n;
    for (const w of widths) size += pad(w * n);
    const buf = new ArrayBuffer(size);
    const head = new Uint32Array(buf, 0, header);
    head.set([FORMAT, n, this.days.length, this.codes.length, ...widths]);
    let at = header * 4;
    new Uint8Array(buf, at, n).set(this.flags.subarray(0, n));
    at += pad(n);
    for (const d of this.days) {
      new Int32Array(buf, at, n).set(d.subarray(0, n));
      at += 4 * n;
    }
    for (const c of this.codes) {
      const Ctor = c instanceof Uint8Array ? Uint8Array : c instanceof Uint16Array ? Uint16Array : Uint32Array;
      new Ctor(buf, at, n).set(c.subarray(0, n));
      at += pad(c.BYTES_PER_ELEMENT * n);
    }
    return { columns: buf, ...(this.ids ? { ids: this.ids.slice(0, n).map((id) => id ?? '').join('\n') } : {}) };
  }

  static decode(spec: ColumnSpec, columns: ArrayBuffer, ids: string | undefined): SegmentColumns {
    const s = SegmentColumns.empty(spec);
    const fixed = new Uint32Array(columns, 0, 4);
    const [format, n, dayCount, codeCount] = [fixed[0]!, fixed[1]!, fixed[2]!, fixed[3]!];
    if (format !== FORMAT || dayCount !== spec.days.length || codeCount !== spec.facets.length) throw new Error('index columns of another format');
    const widths = new Uint32Array(columns, 16, codeCount);
    const pad = (x: number) => (x + 3) & ~3;
    let at = (4 + codeCount) * 4;
    s.flags.set(new Uint8Array(columns, at, n));
    at += pad(n);
    for (const d of s.days) {
      d.set(new Int32Array(columns, at, n));
      at += 4 * n;
    }
    for (let i = 0; i < codeCount; i++) {
      const w = widths[i]!;
      const Ctor = w === 1 ? Uint8Array : w === 2 ? Uint16Array : Uint32Array;
      const c = new Ctor(SEGMENT_SIZE);
      c.set(new Ctor(columns, at, n));
      s.codes[i] = c;
      at += pad(w * n);
    }
    if (s.ids && ids !== undefined) ids.split('\n').forEach((id, i) => (s.ids![i] = id === '' ? undefined : id));
    for (let i = 0; i < n; i++) if (s.flags[i]! & PRESENT) s.count++;
    return s;
  }
}

/** The distinct values of one field in a scope, with how many live entries hold each; code 0 is ''. */
export class FacetDictionary {
  private readonly codes = new Map<string, number>();

  constructor(
    readonly values: string[] = [''],
    readonly counts: number[] = [0],
  ) {
    values.forEach((v, i) => this.codes.set(v, i));
  }

  /** The code of a value; a new value gets the next code. */
  codeOf(value: string): number {
    let c = this.codes.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(value);
      this.counts.push(0);
      this.codes.set(value, c);
    }
    return c;
  }

  /** The code of a known value, or −1. */
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }

  count(code: number, delta: number): void {
    this.counts[code] = Math.max(0, (this.counts[code] ?? 0) + delta);
  }

  /** Non-empty values held by at least one live entry, most held first (ties in code order: first seen first). */
  held(): { value: string; count: number }[] {
    const out: { value: string; count: number }[] = [];
    for (let i = 1; i < this.values.length; i++) if (this.counts[i]! > 0) out.push({ value: this.values[i]!, count: this.counts[i]! });
    return out.sort((a, b) => b.count - a.count);
  }

}
