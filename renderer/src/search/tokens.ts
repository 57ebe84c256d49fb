/**
 * Tokens of the register search index. Text is folded (foldText: NFD, no marks, đ→d, lower
 * case) and cut on everything that is not a letter or a digit. A chunk with separators
 * ("15/qđ-ubnd", "05/01/2026") also yields its contiguous joins ("15qd", "qdubnd",
 * "15qdubnd", "0501", "012026", "05012026"), so a notation or a date typed with or without
 * separators, whole or by its head or tail, is a single token to look up.
 *
 * The word being typed matches by prefix. The shortest prefixes would expand to thousands of
 * tokens ("2" starts every year, date and number), so a word's first character (first two
 * when it starts with a digit) is indexed as a token of its own (PREFIX_MARK + prefix);
 * longer prefixes are expanded against the vocabulary of the index (at 1M generated entries:
 * at most ~650 tokens for three digits, a few dozen for two letters).
 */
import { foldText } from '../core/text';

/** Marks an indexed short prefix (">d" = some token starts with "d"); never part of a token. */
export const PREFIX_MARK = '>';
/**
 * How long the indexed prefixes of a word are: one character, two for words starting with a
 * digit (numbers, dates and notations make "2" or "20" start thousands of tokens, while no
 * two letters start more than a few dozen words).
 */
function shortPrefixLength(word: string): number {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57 ? 2 : 1;
}

/** True when the typed prefix is indexed as a token (else it is expanded against the vocabulary). */
export function isIndexedPrefix(prefix: string): boolean {
  return prefix.length <= shortPrefixLength(prefix);
}

/** A chunk with more parts than this yields its parts and its whole join only. */
const MAX_JOINED_PARTS = 5;

const SEPARATORS = /[^\p{L}\p{N}]+/u;
const SPACES = /\s+/;

/** A chunk of plain letters and digits (most of them): one part, no split needed. */
const PLAIN = /^[a-z0-9]+$/;
/** Text with no character beyond ASCII folds to itself in lower case. */
const NOT_ASCII = /[^\p{ASCII}]/u;

function parts(chunk: string): string[] {
  if (PLAIN.test(chunk)) return [chunk];
  return chunk.split(SEPARATORS).filter((p) => p !== '');
}

function addChunk(out: Set<string>, chunk: string): void {
  const ps = parts(chunk);
  const n = ps.length;
  if (n === 1) {
    out.add(ps[0]!);
    return;
  }
  const inner = n <= MAX_JOINED_PARTS;
  for (let i = 0; i < n; i++) {
    let joined = ps[i]!;
    out.add(joined);
    if (!inner) continue;
    for (let j = i + 1; j < n; j++) {
      joined += ps[j]!;
      out.add(joined);
    }
  }
  if (!inner) out.add(ps.join(''));
}

/** The distinct words of a text (parts and joins), in the order they first appear. */
export function entryWords(text: string): string[] {
  const out = new Set<string>();
  // Search texts come folded already (core/registers/search-text.ts): folding them again is a no-op.
  const folded = NOT_ASCII.test(text) ? foldText(text) : text.toLowerCase();
  for (const chunk of folded.split(SPACES)) if (chunk) addChunk(out, chunk);
  return [...out];
}

/**
 * What the index stores for an entry: each word followed by its short prefixes not seen
 * before, so every token keeps a position close to its place in the text (FlexSearch scores
 * by position).
 */
export function indexTokens(words: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    out.push(word);
    const max = Math.min(shortPrefixLength(word), word.length);
    for (let len = 1; len <= max; len++) {
      const p = PREFIX_MARK + word.slice(0, len);
      if (seen.has(p)) continue;
      seen.add(p);
      out.push(p);
    }
  }
  return out;
}

/**
 * A parsed query. Every word is required (AND). `words` must match whole tokens; `prefix`,
 * the word still being typed, matches any token that starts with it.
 */
export type QueryTerms = { readonly words: readonly string[]; readonly prefix?: string };

/**
 * Each whitespace-separated word of the query folded and joined across its separators
 * ("15/QĐ" → "15qd"). The last word is a prefix unless the query ends with a space (the user
 * has finished it). No words and no prefix when the query has no letter or digit.
 */
export function queryTerms(query: string): QueryTerms {
  const folded = foldText(query);
  const words = folded
    .split(SPACES)
    .map((w) => parts(w).join(''))
    .filter((w) => w !== '');
  if (words.length === 0 || /\s$/.test(folded)) return { words: [...new Set(words)] };
  const prefix = words.pop()!;
  const whole = [...new Set(words)];
  // A whole word that starts with the prefix already implies it ("duc duc", "ke hoach k").
  return whole.some((w) => w.startsWith(prefix)) ? { words: whole } : { words: whole, prefix };
}
