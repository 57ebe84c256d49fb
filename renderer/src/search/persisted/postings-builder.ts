/**
 * Collects (token, local ordinal) pairs for one segment — from the entries being indexed, or
 * from a segment's pages and its changed entries when they are merged — into typed arrays
 * rather than one JS array per token (a segment of 65k entries holds ~5M pairs: as arrays of
 * numbers that is hundreds of MB of garbage, here ~30 MB), then groups them by token with a
 * counting sort: sorted tokens, each with its sorted, distinct posting list.
 */
import { containerOf, type Container } from './bitmap';

export class PostingsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private tokenOf = new Uint32Array(1 << 16);
  private localOf = new Uint16Array(1 << 16);
  private size = 0;

  /** Pairs collected. */
  get pairs(): number {
    return this.size;
  }

  add(token: string, local: number): void {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(token);
      this.ids.set(token, id);
    }
    if (this.size === this.tokenOf.length) {
      const t = new Uint32Array(this.size * 2);
      t.set(this.tokenOf);
      this.tokenOf = t;
      const l = new Uint16Array(this.size * 2);
      l.set(this.localOf);
      this.localOf = l;
    }
    this.tokenOf[this.size] = id;
    this.localOf[this.size++] = local;
  }

  addAll(tokens: Iterable<string>, local: number): void {
    for (const t of tokens) this.add(t, local);
  }

  /** Sorted (token, list) pairs; the builder is spent. */
  build(): [string, Container][] {
    const n = this.names.length;
    const start = new Uint32Array(n + 1);
    for (let k = 0; k < this.size; k++) start[this.tokenOf[k]! + 1]!++;
    for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
    const fill = start.slice(0, n);
    const grouped = new Uint16Array(this.size);
    for (let k = 0; k < this.size; k++) grouped[fill[this.tokenOf[k]!]!++] = this.localOf[k]!;
    this.tokenOf = new Uint32Array(0);
    this.localOf = new Uint16Array(0);
    const order = [...this.names.keys()].sort((a, b) => (this.names[a]! < this.names[b]! ? -1 : this.names[a]! > this.names[b]! ? 1 : 0));
    return order.map((id) => [this.names[id]!, containerOf(sortedDistinct(grouped.subarray(start[id]!, start[id + 1]!)))]);
  }
}

/** The list sorted without repeats (usually already sorted: entries come in ordinal order). */
function sortedDistinct(list: Uint16Array): Uint16Array {
  let sorted = true;
  for (let k = 1; k < list.length; k++)
    if (list[k]! <= list[k - 1]!) {
      sorted = false;
      break;
    }
  if (sorted) return list;
  const s = Uint16Array.from(list).sort();
  let w = 0;
  for (let k = 0; k < s.length; k++) if (k === 0 || s[k] !== s[k - 1]) s[w++] = s[k]!;
  return s.subarray(0, w);
}
