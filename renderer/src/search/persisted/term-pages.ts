/**
 * The words of one segment and their posting lists, cut into pages of about 8 KB in
 * token order: a query reads only the pages holding its words (found by each page's first
 * token), never the whole index. A page is stored as its tokens joined by newlines (tokens
 * never hold one), a table of (offset, length) per token and one buffer of 16-bit words with
 * the lists: sorted local ordinals, or a bitmap at a 32-bit aligned offset.
 */
import { BITMAP_WORDS, type Container } from './bitmap';

export type EncodedPage = { readonly tokens: string; readonly index: Uint32Array; readonly data: ArrayBuffer };

/**
 * At most about this many bytes per stored page: its lists, its table (8 bytes a token) and its
 * tokens (counted as two bytes a character); a common word's bitmap (8 KB) makes a page of its
 * own. A rare word typed over many units reads one page in each, and what such a read costs in
 * Chromium grows with the page: 51 pages read at once from a reopened database took 56–91 ms at
 * 48 KB, 29–44 ms at 16 KB, 18–34 ms at 8 KB and 14–18 ms at 4 KB (measured here). A common
 * word or a short prefix reads the same bytes either way, over more pages. (Values over 64 KB
 * are worse still: Chromium keeps them in files of their own beside the database.) Pages need
 * not all be of one size: an index built with 48 KB pages keeps them, and answers the same, until
 * a segment is written again (no rebuild is forced for this).
 */
export const PAGE_BYTES = 8 * 1024;

/** Bytes a (token, list) adds to a page as stored. */
function entryBytes(token: string, c: Container): number {
  return (c.dense ? BITMAP_WORDS * 2 + 1 : c.list.length) * 2 + 8 + (token.length + 1) * 2;
}

/** Lays out sorted (token, list) pairs into pages; `first` holds each page's first token. */
export function encodePages(entries: readonly (readonly [string, Container])[], pageBytes = PAGE_BYTES): { first: string[]; pages: EncodedPage[] } {
  const first: string[] = [];
  const pages: EncodedPage[] = [];
  let start = 0;
  while (start < entries.length) {
    let end = start;
    // The list buffer's two spare words.
    let bytes = 4;
    while (end < entries.length) {
      const [token, c] = entries[end]!;
      const size = entryBytes(token, c);
      if (end > start && bytes + size > pageBytes) break;
      bytes += size;
      end++;
    }
    const slice = entries.slice(start, end);
    first.push(slice[0]![0]);
    pages.push(encodePage(slice));
    start = end;
  }
  return { first, pages };
}

function encodePage(entries: readonly (readonly [string, Container])[]): EncodedPage {
  let words = 0;
  for (const [, c] of entries) words += c.dense ? BITMAP_WORDS * 2 + 1 : c.list.length;
  const data = new Uint16Array(words + 2);
  const index = new Uint32Array(entries.length * 2);
  let at = 0;
  entries.forEach(([, c], i) => {
    if (c.dense) {
      if (at & 1) at++;
      new Uint32Array(data.buffer, at * 2, BITMAP_WORDS).set(c.bits);
      index[2 * i] = at;
      index[2 * i + 1] = 0xffffffff;
      at += BITMAP_WORDS * 2;
    } else {
      data.set(c.list, at);
      index[2 * i] = at;
      index[2 * i + 1] = c.list.length;
      at += c.list.length;
    }
  });
  return { tokens: entries.map(([t]) => t).join('\n'), index, data: data.buffer };
}

/** A page read back: look a token up, or every token starting with a prefix. */
export class TermPage {
  readonly tokens: readonly string[];
  /** Bytes held (for the page cache's budget). */
  readonly bytes: number;

  constructor(private readonly page: EncodedPage) {
    this.tokens = page.tokens === '' ? [] : page.tokens.split('\n');
    this.bytes = page.data.byteLength + page.index.byteLength + page.tokens.length * 2;
  }

  private container(i: number): Container {
    const offset = this.page.index[2 * i]!;
    const length = this.page.index[2 * i + 1]!;
    return length === 0xffffffff ? { dense: true, bits: new Uint32Array(this.page.data, offset * 2, BITMAP_WORDS) } : { dense: false, list: new Uint16Array(this.page.data, offset * 2, length) };
  }

  /** First position whose token is ≥ `token`. */
  private lowerBound(token: string): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[mid]! < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  find(token: string): Container | undefined {
    const i = this.lowerBound(token);
    return this.tokens[i] === token ? this.container(i) : undefined;
  }

  /** Lists of every token of this page that starts with `prefix`. */
  withPrefix(prefix: string): Container[] {
    const out: Container[] = [];
    for (let i = this.lowerBound(prefix); i < this.tokens.length && this.tokens[i]!.startsWith(prefix); i++) out.push(this.container(i));
    return out;
  }

  /** Every (token, list) of the page (for merging a segment again). */
  entries(): [string, Container][] {
    return this.tokens.map((t, i) => [t, this.container(i)]);
  }
}

/** The page that would hold `token`: the last whose first token is ≤ it (−1 before the first). */
export function pageFor(first: readonly string[], token: string): number {
  let lo = 0;
  let hi = first.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (first[mid]! <= token) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The pages that may hold tokens starting with `prefix`. */
export function pagesForPrefix(first: readonly string[], prefix: string): number[] {
  const out: number[] = [];
  let p = Math.max(0, pageFor(first, prefix));
  if (first.length === 0) return out;
  out.push(p);
  while (p + 1 < first.length && first[p + 1]!.startsWith(prefix)) out.push(++p);
  return out;
}
