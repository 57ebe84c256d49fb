/**
 * Every distinct token of the search index, once. Tokens are interned: the index gets the
 * same string object for every occurrence, which V8 hashes once (about halved FlexSearch's
 * build time). Words are also kept sorted so the word being typed can be expanded to the
 * words it starts ("ke hoach su dun" → dung); new words wait in an unsorted list until the
 * next prefix lookup merges them in.
 */
export class Vocabulary {
  private readonly known = new Map<string, string>();
  private sorted: string[] = [];
  private pending: string[] = [];

  get size(): number {
    return this.known.size;
  }

  /** The shared instance of `token`; `word` tokens can be found by prefix. */
  intern(token: string, word: boolean): string {
    const known = this.known.get(token);
    if (known !== undefined) return known;
    this.known.set(token, token);
    if (word) this.pending.push(token);
    return token;
  }

  /** Tokens that start with `prefix` (the prefix itself included), in code-unit order. */
  withPrefix(prefix: string): string[] {
    this.settle();
    const sorted = this.sorted;
    const out: string[] = [];
    for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
    return out;
  }

  /**
   * After a bulk add: sorts the pending words in when they are many, so the first prefix
   * lookup stays fast; a few wait for that lookup (a merge, linear in the vocabulary).
   */
  tidy(): void {
    if (this.pending.length > Math.max(4096, this.sorted.length >> 4)) this.settle();
  }

  private settle(): void {
    if (this.pending.length === 0) return;
    const fresh = this.pending.sort(byCodeUnit);
    this.pending = [];
    // After a bulk build one sort; after a few upserts a linear merge instead of a re-sort.
    this.sorted = this.sorted.length === 0 ? fresh : merge(this.sorted, fresh);
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function merge(a: readonly string[], b: readonly string[]): string[] {
  const out = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
