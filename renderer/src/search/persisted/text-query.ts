/**
 * What a typed query asks of the persisted index, with the same meaning as the in-memory
 * register index (register-index.ts, tokens.ts): every word required, the last one by prefix
 * unless the query ends with a space; diacritics and case ignored; the shortest prefixes are
 * tokens of their own, longer ones expand to every word they start. Evaluated per segment on
 * bitmaps, and against the changed entries not yet merged into the segment's pages.
 */
import { foldText } from '../../core/text';
import { isIndexedPrefix, PREFIX_MARK, queryTerms } from '../tokens';
import { andInto, newBitmap, orContainer, type Bitmap, type Container } from './bitmap';

export type TermGroup = { readonly kind: 'token'; readonly token: string } | { readonly kind: 'prefix'; readonly prefix: string };

/** Every group must match; no group at all matches nothing (a query of punctuation only). */
export type TextQuery = { readonly groups: readonly TermGroup[] };

/** Words of a query beyond this many are ignored (as in the in-memory index). */
const MAX_WORDS = 31;

/** The query's groups, or null when nothing was typed (no text condition). */
export function compileText(query: string): TextQuery | null {
  if (foldText(query).trim() === '') return null;
  const { words, prefix } = queryTerms(query);
  const groups: TermGroup[] = words.slice(0, prefix === undefined ? MAX_WORDS : MAX_WORDS - 1).map((token) => ({ kind: 'token', token }));
  if (prefix !== undefined) groups.push(isIndexedPrefix(prefix) ? { kind: 'token', token: PREFIX_MARK + prefix } : { kind: 'prefix', prefix });
  return { groups };
}

/** True when an entry with these index tokens (indexTokens of its words) matches. */
export function tokensMatch(q: TextQuery, tokens: ReadonlySet<string> | readonly string[]): boolean {
  if (q.groups.length === 0) return false;
  const set: ReadonlySet<string> = tokens instanceof Set ? tokens : new Set(tokens as readonly string[]);
  return q.groups.every((g) => {
    if (g.kind === 'token') return set.has(g.token);
    for (const t of set) if (t.startsWith(g.prefix)) return true;
    return false;
  });
}

/** Where a segment's posting lists come from (its pages, read and cached by the caller). */
export type SegmentLists = {
  find(token: string): Promise<Container | undefined>;
  withPrefix(prefix: string): Promise<Container[]>;
};

/** The entries of one segment's pages that match, as a bitmap of local ordinals. */
export async function matchSegment(q: TextQuery, lists: SegmentLists): Promise<Bitmap> {
  let result: Bitmap | undefined;
  for (const g of q.groups) {
    const found = g.kind === 'token' ? [await lists.find(g.token)].filter((c): c is Container => c !== undefined) : await lists.withPrefix(g.prefix);
    if (found.length === 0) return newBitmap();
    const bm = newBitmap();
    for (const c of found) orContainer(bm, c);
    if (result) andInto(result, bm);
    else result = bm;
  }
  return result ?? newBitmap();
}
