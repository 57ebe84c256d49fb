/**
 * Full-text index of register entries (incoming, outgoing, later dossiers): FlexSearch keeps
 * the inverted index (token → ids in position-scored slots), this module decides what the
 * tokens are (see tokens.ts) and evaluates queries: every word required, the last one by
 * prefix, ranked by where the words stand in the entry's text.
 *
 * Why not FlexSearch's own multi-word search: its intersection counts every id it meets in
 * a plain object and took 15–35 ms at 100k entries for two common words (linear in the
 * entry count, so far past 50 ms at 1M). Here each word's slots come from FlexSearch (a
 * resolve:false search hands them over as stored) and are walked the same way, slot by slot
 * across all words, but marking entries in typed arrays: an entry is complete when every
 * word has marked it, its rank is the worst slot among its words, and the walk stops as soon
 * as `limit` entries are complete, since later slots can only rank lower.
 *
 * Entries get dense numeric ids inside the index. Removing one only forgets its number
 * (a tombstone): FlexSearch without `fastupdate` would walk the whole index per removal,
 * and with it keeps a reference per posting (memory we prefer to spend elsewhere). Dead
 * numbers are skipped at search time and disappear at the next build.
 */
import { Index } from 'flexsearch';
import { entryWords, indexTokens, isIndexedPrefix, PREFIX_MARK, queryTerms } from './tokens';
import { Vocabulary } from './vocabulary';

/** An entry to index: its id and its text (e.g. incomingSearchText / outgoingSearchText). */
export type SearchEntry = { readonly id: string; readonly text: string };

export type RegisterSearchOptions = {
  /** Most ids to return (default 100). */
  readonly limit?: number;
  /** Keeps only the ids it accepts (year, register, type… chosen in the list). */
  readonly filter?: (id: string) => boolean;
};

/** Position slots per token (FlexSearch `resolution`): rank granularity against memory. */
const RESOLUTION = 9;
const DEFAULT_LIMIT = 100;

/** The ids holding one token, by slot (0 = the token stands first in the entry's text). */
type Slots = readonly (readonly number[] | undefined)[];
/** One required query word: a single token, or every token the typed prefix starts. */
type Group = readonly Slots[];

/** Words of a query beyond this many are ignored (one bit per word in the walk). */
const MAX_WORDS = 31;

/** Stands for an entry's content in FlexSearch's add(): the tokens themselves go by `handoff`. */
const HANDED_OVER = ' ';

export class RegisterIndex {
  /** Tokens of the entry being added, made and interned here, for the encoder to return. */
  private handoff: string[] | undefined;
  private readonly index = new Index({
    tokenize: 'strict',
    resolution: RESOLUTION,
    fastupdate: false,
    cache: false,
    // Our encoder: an entry's tokens come ready-made; a lookup is one token already.
    encode: (text: string): string[] => {
      const tokens = this.handoff;
      this.handoff = undefined;
      return tokens ?? [text];
    },
  });
  private readonly vocabulary = new Vocabulary();
  private readonly numbers = new Map<string, number>();
  /** Entry id by index number; undefined once removed or replaced. */
  private readonly ids: (string | undefined)[] = [];
  /** Per index number during a search: the words that hold it (one bit each), valid when its stamp is the search's. */
  private marks = new Uint32Array(0);
  private stamps = new Uint32Array(0);
  private stamp = 0;

  /** Live entries. */
  get size(): number {
    return this.numbers.size;
  }

  /** Distinct tokens indexed (dead entries' tokens included until the next build). */
  get tokenCount(): number {
    return this.vocabulary.size;
  }

  /** Adds entries; an id already present is replaced. */
  add(entries: Iterable<SearchEntry>): void {
    for (const entry of entries) this.put(entry);
    this.vocabulary.tidy();
  }

  /** Adds or replaces one entry. */
  upsert(entry: SearchEntry): void {
    this.put(entry);
  }

  /** Forgets an entry; returns false when it was not indexed. */
  remove(id: string): boolean {
    const n = this.numbers.get(id);
    if (n === undefined) return false;
    this.numbers.delete(id);
    this.ids[n] = undefined;
    return true;
  }

  /**
   * Ids of the entries holding every word of the query (diacritics and case ignored, the
   * last word by prefix), best first: an entry ranks by the latest place among its words in
   * its text (FlexSearch's slots), so number, dates, sender, notation, type and summary
   * outrank notes; equal ranks keep a stable order. An empty query finds nothing.
   */
  search(query: string, options: RegisterSearchOptions = {}): string[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (!(limit > 0)) return [];
    const { words, prefix } = queryTerms(query);
    const groups: Group[] = [];
    for (const word of words.slice(0, prefix === undefined ? MAX_WORDS : MAX_WORDS - 1)) {
      const slots = this.slotsOf(word);
      if (!slots) return [];
      groups.push([slots]);
    }
    if (prefix !== undefined) {
      const tokens = isIndexedPrefix(prefix) ? [PREFIX_MARK + prefix] : this.vocabulary.withPrefix(prefix);
      const group: Slots[] = [];
      for (const token of tokens) {
        const slots = this.slotsOf(token);
        if (slots) group.push(slots);
      }
      if (group.length === 0) return [];
      groups.push(group);
    }
    if (groups.length === 0) return [];
    return this.walk(groups, limit, options.filter);
  }

  private put(entry: SearchEntry): void {
    this.remove(entry.id);
    const n = this.ids.length;
    this.ids.push(entry.id);
    this.numbers.set(entry.id, n);
    const words = entryWords(entry.text);
    if (words.length === 0) return;
    const vocabulary = this.vocabulary;
    this.handoff = indexTokens(words).map((t) => vocabulary.intern(t, !t.startsWith(PREFIX_MARK)));
    this.index.add(n, HANDED_OVER);
  }

  private slotsOf(token: string): Slots | undefined {
    const slots = this.index.search(token, { resolve: false }).result as Slots;
    return slots.length ? slots : undefined;
  }

  /** A fresh stamp for a search; the arrays grow with the index and are reused. */
  private nextStamp(): number {
    if (this.marks.length < this.ids.length) {
      const size = Math.max(1024, this.ids.length + (this.ids.length >> 2));
      this.marks = new Uint32Array(size);
      this.stamps = new Uint32Array(size);
      this.stamp = 0;
    }
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /**
   * Walks slot 0 of every group, then slot 1 …, marking each entry with the bit of the group
   * that holds it. An entry completed in slot y ranks y (its words stand no later than slot y),
   * and nothing completed later can rank better, so the first `limit` completed entries the
   * filter accepts are the result.
   */
  private walk(groups: readonly Group[], limit: number, filter: ((id: string) => boolean) | undefined): string[] {
    const stamp = this.nextStamp();
    const { marks, stamps, ids } = this;
    const full = 2 ** groups.length - 1;
    const out: string[] = [];
    for (let y = 0; y < RESOLUTION; y++) {
      for (let g = 0; g < groups.length; g++) {
        const bit = 1 << g;
        for (const slots of groups[g]!) {
          const list = slots[y];
          if (!list) continue;
          for (let k = 0; k < list.length; k++) {
            const n = list[k]!;
            let mark = 0;
            if (stamps[n] === stamp) mark = marks[n]!;
            else stamps[n] = stamp;
            if (mark & bit) continue;
            mark |= bit;
            marks[n] = mark;
            if (mark !== full) continue;
            const id = ids[n];
            if (id === undefined || (filter && !filter(id))) continue;
            out.push(id);
            if (out.length >= limit) return out;
          }
        }
      }
    }
    return out;
  }
}
