/**
 * Sets of entries within one segment of a persisted index (65,536 ordinals: an ordinal's
 * low 16 bits), the way compressed bitmap indexes keep them: a posting list of a few entries is
 * a sorted Uint16Array, a common one a bitmap of 8 KB. Queries work on bitmaps (OR the lists
 * of a word, AND the words, AND the filters), so any mix costs a few thousand word operations.
 */

export const SEGMENT_BITS = 16;
export const SEGMENT_SIZE = 1 << SEGMENT_BITS;
/** 32-bit words of a segment bitmap. */
export const BITMAP_WORDS = SEGMENT_SIZE >>> 5;
/** A list longer than this is kept as a bitmap (both then take 8 KB). */
export const SPARSE_MAX = 4096;

export type Bitmap = Uint32Array;
/** A posting list: sorted local ordinals, or a bitmap (BITMAP_WORDS words). */
export type Container = { readonly dense: false; readonly list: Uint16Array } | { readonly dense: true; readonly bits: Uint32Array };

export const segmentOf = (ordinal: number): number => ordinal >>> SEGMENT_BITS;
export const localOf = (ordinal: number): number => ordinal & (SEGMENT_SIZE - 1);

export function newBitmap(): Bitmap {
  return new Uint32Array(BITMAP_WORDS);
}

export function setBit(bm: Bitmap, i: number): void {
  bm[i >>> 5]! |= 1 << (i & 31);
}

export function clearBit(bm: Bitmap, i: number): void {
  bm[i >>> 5]! &= ~(1 << (i & 31));
}

export function hasBit(bm: Bitmap, i: number): boolean {
  return (bm[i >>> 5]! & (1 << (i & 31))) !== 0;
}

/** ORs a posting list into `bm`. */
export function orContainer(bm: Bitmap, c: Container): void {
  if (c.dense) {
    const b = c.bits;
    for (let w = 0; w < BITMAP_WORDS; w++) bm[w]! |= b[w]!;
  } else {
    const l = c.list;
    for (let k = 0; k < l.length; k++) bm[l[k]! >>> 5]! |= 1 << (l[k]! & 31);
  }
}

/** a &= b, in place. */
export function andInto(a: Bitmap, b: Bitmap): void {
  for (let w = 0; w < BITMAP_WORDS; w++) a[w]! &= b[w]!;
}

/** a &= ~b, in place. */
export function andNotInto(a: Bitmap, b: Bitmap): void {
  for (let w = 0; w < BITMAP_WORDS; w++) a[w]! &= ~b[w]!;
}

function popcount32(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function countBits(bm: Bitmap): number {
  let n = 0;
  for (let w = 0; w < BITMAP_WORDS; w++) if (bm[w]) n += popcount32(bm[w]!);
  return n;
}

/** Calls `fn` with each set bit, ascending. */
export function forEachBit(bm: Bitmap, fn: (i: number) => void): void {
  for (let w = 0; w < BITMAP_WORDS; w++) {
    let v = bm[w]!;
    while (v !== 0) {
      const low = v & -v;
      fn((w << 5) + 31 - Math.clz32(low));
      v ^= low;
    }
  }
}

/** Writes the set bits, ascending, as `base + bit` into `out` from `at`; returns the new end. */
export function writeBits(bm: Bitmap, base: number, out: Uint32Array, at: number): number {
  let k = at;
  for (let w = 0; w < BITMAP_WORDS; w++) {
    let v = bm[w]!;
    while (v !== 0) {
      const low = v & -v;
      out[k++] = base + (w << 5) + 31 - Math.clz32(low);
      v ^= low;
    }
  }
  return k;
}

/** The posting list of sorted, distinct local ordinals, sparse or dense by its length. */
export function containerOf(sorted: ArrayLike<number>): Container {
  if (sorted.length <= SPARSE_MAX) return { dense: false, list: Uint16Array.from(sorted) };
  const bits = newBitmap();
  for (let k = 0; k < sorted.length; k++) setBit(bits, sorted[k]!);
  return { dense: true, bits };
}

/** The local ordinals of a posting list, ascending. */
export function containerValues(c: Container): number[] {
  if (!c.dense) return [...c.list];
  const out: number[] = [];
  forEachBit(c.bits, (i) => out.push(i));
  return out;
}
