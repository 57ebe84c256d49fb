/**
 * Consolidated search in PostgreSQL: each register entry stores its search tokens — the
 * app's own (incomingSearchText/outgoingSearchText fold the text with foldText: NFD, no
 * marks, đ→d, lower case; entryWords cuts it and adds the joins of "15/qđ-ubnd") — as a
 * tsvector built with array_to_tsvector, so PostgreSQL's parser and stemmer never touch
 * them; a GIN index answers a query of every word required and the last one by prefix
 * ('quyet' & 'dinh' & 'du':*), exactly the app's query terms (queryTerms). Why this and not
 * pg_trgm over the folded text: see README ("Consolidated search in PostgreSQL").
 */
import type { BundleRecord, ReplicatedTable } from '../core/bundle/schema';
import { incomingSearchText, outgoingSearchText } from '../core/registers/search-text';
import type { IncomingInput, OutgoingInput } from '../core/registers/types';
import { entryWords, queryTerms } from '../search/tokens';
import type { Sql } from './sql';

export const SEARCHABLE: ReadonlySet<ReplicatedTable> = new Set(['incomingDocs', 'outgoingDocs']);

/** Text fields an entry of an older format may lack (searched as empty). */
const EMPTY_TEXT = { number: '', notation: '', sender: '', typeName: '', summary: '', recipient: '', receivedSignature: '', note: '', signerPosition: '', signerName: '', progressNote: '', replyNotation: '', recipients: [], retainedCopyHolder: '' };

function entryText(table: ReplicatedTable, r: BundleRecord): string {
  return table === 'incomingDocs' ? incomingSearchText(r as unknown as IncomingInput) : outgoingSearchText(r as unknown as OutgoingInput);
}

/** The tokens of a live register entry, space-separated (tokens never hold a space); null for anything else. */
export function searchTokens(table: ReplicatedTable, r: BundleRecord): string | null {
  if (!SEARCHABLE.has(table) || r.deleted) return null;
  let text: string;
  try {
    text = entryText(table, r);
  } catch {
    try {
      text = entryText(table, { ...EMPTY_TEXT, ...r });
    } catch {
      // A record of an unexpected shape is still stored; it is only not searchable.
      return null;
    }
  }
  const words = entryWords(text);
  return words.length > 0 ? words.join(' ') : null;
}

/** SQL for the stored tsvector of a tokens parameter. */
export const TSVECTOR_OF = (param: string) => `CASE WHEN ${param} IS NULL THEN NULL ELSE array_to_tsvector(string_to_array(${param}, ' ')) END`;

/** The tsquery text for what the person typed, or undefined when it has no letter or digit. */
export function tsQueryOf(query: string): string | undefined {
  const { words, prefix } = queryTerms(query);
  // Tokens are letters and digits only (tokens.ts cuts on everything else): nothing to quote.
  const terms = [...words.map((w) => `'${w}'`), ...(prefix ? [`'${prefix}':*`] : [])];
  return terms.length > 0 ? terms.join(' & ') : undefined;
}

/** Computes the tokens of entries stored before the search column existed (migration v3). */
export async function backfillSearch(tx: Sql, batch = 5000): Promise<number> {
  let done = 0;
  let after = '';
  for (;;) {
    const rows = await tx.query<{ tbl: ReplicatedTable; id: string; body: BundleRecord }>(
      `SELECT tbl, id, body FROM records WHERE tbl IN ('incomingDocs', 'outgoingDocs') AND (tbl || '|' || id) > $1 ORDER BY tbl || '|' || id LIMIT $2`,
      [after, batch],
    );
    if (rows.length === 0) return done;
    after = `${rows.at(-1)!.tbl}|${rows.at(-1)!.id}`;
    await tx.query(
      `UPDATE records r SET search = ${TSVECTOR_OF('u.tokens')} FROM unnest($1::text[], $2::text[], $3::text[]) AS u(tbl, id, tokens) WHERE r.tbl = u.tbl AND r.id = u.id`,
      [rows.map((r) => r.tbl), rows.map((r) => r.id), rows.map((r) => searchTokens(r.tbl, r.body))],
    );
    done += rows.length;
  }
}
