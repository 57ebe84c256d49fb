/**
 * Consolidated search in PostgreSQL: each register entry stores its search tokens — the
 * app's own (incomingSearchText/outgoingSearchText fold the text with foldText: NFD, no
 * marks, đ→d, lower case; entryWords cuts it and adds the joins of "15/qđ-ubnd"; indexTokens
 * adds each word's first character, two for a number, as a token of its own) — as a tsvector
 * built with array_to_tsvector, so PostgreSQL's parser and stemmer never touch them; a GIN
 * index answers a query of every word required and the last one by prefix, exactly the app's
 * query terms (queryTerms) and the app's way with the prefix: the shortest prefixes are
 * tokens ('>d'), longer ones are expanded against `search_words` (every word ever stored)
 * into exact words ('quyet' & 'dinh' & ('dung' | 'dut')). Exact words let GIN's scan step
 * through the rarest word's list and skip in the others, where a prefix match ('du':*) first
 * collects every entry of every word it starts into a bitmap — 3–5× slower at 1M for the
 * typical query. Why this and not pg_trgm over the folded text: see README ("Consolidated
 * search in PostgreSQL").
 */
import type { BundleRecord, ReplicatedTable } from '../core/bundle/schema';
import { incomingSearchText, outgoingSearchText } from '../core/registers/search-text';
import { receivedIncoming, receivedOutgoing } from '../core/registers/received-entry';
import { entryWords, indexTokens, isIndexedPrefix, PREFIX_MARK, queryTerms } from '../search/tokens';
import { boxSearchText, dossierSearchText } from '../core/processing/search-text';
import type { Box, Dossier } from '../core/dossiers/types';
import type { DossierDoc } from '../core/processing/types';
import type { IncomingDoc, OutgoingDoc } from '../core/registers/types';
import { documentItem } from '../core/processing/archive-items';
import type { Sql } from './sql';
import { DOC_DOSSIER, DOSSIER_BOX } from './links';

export const SEARCHABLE: ReadonlySet<ReplicatedTable> = new Set(['incomingDocs', 'outgoingDocs']);

/** An entry's text, read as its register's (receivedEntry: an entry of an older format may lack a field, or hold another type in it). */
function entryText(table: ReplicatedTable, r: BundleRecord): string {
  return table === 'incomingDocs' ? incomingSearchText(receivedIncoming(r)) : outgoingSearchText(receivedOutgoing(r));
}

/** The words of a live record's search text, null when it has none (or is deleted). */
function liveWords(r: BundleRecord, text: () => string): string[] | null {
  if (r.deleted) return null;
  let words: string[];
  try {
    words = entryWords(text());
  } catch {
    // A record of an unexpected shape is still stored; it is only not searchable.
    return null;
  }
  return words.length > 0 ? words : null;
}

/** The tokens of a live register entry (letters and digits, or PREFIX_MARK and a prefix); null for anything else. */
export function searchWords(table: ReplicatedTable, r: BundleRecord): string[] | null {
  const words = SEARCHABLE.has(table) ? liveWords(r, () => entryText(table, r)) : null;
  return words && indexTokens(words);
}

/**
 * Tokens as tsvector text ('15qd' 'ubnd' '>1'), what COPY writes into the search column: the
 * same value as TSVECTOR_OF's array_to_tsvector (lexemes without positions, sorted, each once).
 * Tokens are letters and digits; a quote or backslash would still be escaped as tsvector asks.
 */
export function tsvectorText(tokens: readonly string[]): string {
  let out = '';
  for (const t of tokens) out += `${out ? ' ' : ''}'${/['\\]/.test(t) ? t.replace(/(['\\])/g, '$1$1') : t}'`;
  return out;
}

/** How many of some entries hold each token (an entry's tokens are distinct): what `search_words` counts. */
export function tokenCounts(tokens: Iterable<string | null>): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tokens) if (t) for (const w of t.split(' ')) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

/**
 * Adds entries' tokens to the vocabulary: the words typed prefixes are spelled out from, and
 * about how many entries hold each (counts only grow: a replaced or removed entry's words are
 * not taken away — the counts are for choosing how to search, and a stale word costs one term).
 */
export async function addSearchWords(tx: Sql, counts: ReadonlyMap<string, number>): Promise<void> {
  const all = [...counts];
  for (let i = 0; i < all.length; i += 20_000) {
    const part = all.slice(i, i + 20_000);
    await tx.query('INSERT INTO search_words (word, n) SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT (word) DO UPDATE SET n = search_words.n + EXCLUDED.n', [
      part.map(([w]) => w),
      part.map(([, n]) => n),
    ]);
  }
}

/** SQL for the stored tsvector of a tokens parameter. */
export const TSVECTOR_OF = (param: string) => `CASE WHEN ${param} IS NULL THEN NULL ELSE array_to_tsvector(string_to_array(${param}, ' ')) END`;

/** A prefix starting more words than this is matched as a prefix (':*') rather than spelled out. */
export const MAX_PREFIX_WORDS = 400;

/**
 * What a typed query asks of PostgreSQL: its required terms (each a tsquery of its own: a word,
 * a short prefix's token, or the words a longer prefix starts), about how many entries hold
 * each, and the tsquery of them all.
 */
export type SearchTerms = { readonly tsquery: string; readonly terms: readonly string[]; readonly held: readonly number[] };

/**
 * The tsquery for what the person typed, with the stored counts of its terms: undefined when it
 * has no letter or digit, null when a word is in no entry or the word being typed starts none
 * (nothing can match; nothing is asked of the index).
 */
export async function searchTerms(sql: Sql, query: string): Promise<SearchTerms | null | undefined> {
  const { words, prefix } = queryTerms(query);
  const exact = [...words, ...(prefix !== undefined && isIndexedPrefix(prefix) ? [PREFIX_MARK + prefix] : [])];
  if (exact.length === 0 && prefix === undefined) return undefined;
  const known = new Map((await sql.query<{ word: string; n: number }>('SELECT word, n FROM search_words WHERE word = ANY($1::text[])', [exact])).map((r) => [r.word, r.n]));
  if (exact.some((w) => !known.has(w))) return null;
  // Tokens are letters and digits only (tokens.ts cuts on everything else) or PREFIX_MARK: nothing to quote.
  const terms = exact.map((w) => `'${w}'`);
  const held = exact.map((w) => known.get(w)!);
  if (prefix !== undefined && !isIndexedPrefix(prefix)) {
    // The column is COLLATE "C": LIKE with a fixed start is a range of its primary key.
    const found = await sql.query<{ word: string; n: number }>('SELECT word, n FROM search_words WHERE word LIKE $1 LIMIT $2', [`${prefix}%`, MAX_PREFIX_WORDS + 1]);
    if (found.length === 0) return null;
    const many = found.length > MAX_PREFIX_WORDS;
    terms.push(many ? `'${prefix}':*` : `(${found.map((f) => `'${f.word}'`).join(' | ')})`);
    held.push(many ? Number.MAX_SAFE_INTEGER : found.reduce((sum, f) => sum + f.n, 0));
  }
  return { tsquery: terms.join(' & '), terms, held };
}

/** The tsquery alone (see searchTerms). */
export async function tsQueryOf(sql: Sql, query: string): Promise<string | null | undefined> {
  const t = await searchTerms(sql, query);
  return t ? t.tsquery : t;
}

/**
 * Writes a search column of the live records of `tables` stored before it was kept (a migration), table by table in
 * primary key order (each batch a range of the key, never a scan), only where they have words; `counted` hears each
 * batch's tokens. How many records were read.
 */
async function backfillColumn(tx: Sql, tables: readonly ReplicatedTable[], column: 'search' | 'held_search', wordsOf: (table: ReplicatedTable, r: BundleRecord) => readonly string[] | null, batch: number, counted?: (tokens: readonly (string | null)[]) => Promise<void>): Promise<number> {
  let done = 0;
  for (const tbl of tables) {
    let after = '';
    for (;;) {
      const rows = await tx.query<{ id: string; body: BundleRecord }>('SELECT id, body FROM records WHERE tbl = $1 AND id > $2 AND NOT deleted ORDER BY id LIMIT $3', [tbl, after, batch]);
      if (rows.length === 0) break;
      after = rows.at(-1)!.id;
      const tokens = rows.map((r) => wordsOf(tbl, r.body)?.join(' ') ?? null);
      const kept = rows.flatMap((r, i) => (tokens[i] !== null ? [i] : []));
      await tx.query(`UPDATE records r SET ${column} = ${TSVECTOR_OF('u.tokens')} FROM unnest($2::text[], $3::text[]) AS u(id, tokens) WHERE r.tbl = $1 AND r.id = u.id`, [
        tbl,
        kept.map((i) => rows[i]!.id),
        kept.map((i) => tokens[i]!),
      ]);
      await counted?.(tokens);
      done += rows.length;
    }
  }
  return done;
}

/** Computes the tokens of entries stored before (migration v3: no search column; v4: no prefix tokens, no vocabulary). */
export async function backfillSearch(tx: Sql, options: { batch?: number; vocabulary?: boolean } = {}): Promise<number> {
  const { batch = 5000, vocabulary = false } = options;
  return backfillColumn(tx, ['incomingDocs', 'outgoingDocs'], 'search', searchWords, batch, vocabulary ? (tokens) => addSearchWords(tx, tokenCounts(tokens)) : undefined);
}

/**
 * Archive search on the server — dossiers, slips, boxes and the documents listed inside dossiers —
 * reads `held_search`: each live dossier's words with its live box's (core dossierSearchText with
 * its box, as the app's index: "hộp 02 đất đai" finds the file on land in box 02), each live box's
 * (boxSearchText), and each live document's inside a live dossier (core documentItem's text, the
 * app's index's: docSearchText of its printed row — a linked one read through its register entry,
 * cancelled or not —, its dossier's title and its dossier's inventory and live box's numbers, core
 * shelfWords: "hộp 2 quyết định"), folded and cut as register entries are (entryWords), under a GIN
 * index of their own. A dossier's words are made with its box (dossierWords) and made again when an
 * import brings or takes out that box; a document's are made from its dossier, that dossier's box and
 * its linked entry (docWords): written with the document, and made again when an import brings its
 * dossier (moved to another box, or renumbered), that box or that entry (refreshDocWords); a document
 * whose dossier is removed has none. A linked document is found both as itself and as its register
 * entry (the consolidated search's).
 */
const HELD_SEARCHABLE: ReadonlySet<ReplicatedTable> = new Set(['dossiers', 'boxes']);

/**
 * The words a live dossier (or slip) or box is found by; null for anything else (a document's are made with its dossier:
 * docWords). A dossier's hold its live box's (`box`, as the app's index: core dossierItem) when it is given (heldWordsOf).
 */
export function heldWords(table: ReplicatedTable, r: BundleRecord, box?: BundleRecord): string[] | null {
  const liveBox = box && !box.deleted ? (box as unknown as Box) : undefined;
  return HELD_SEARCHABLE.has(table) ? liveWords(r, () => (table === 'boxes' ? boxSearchText(r as unknown as Box) : dossierSearchText(r as unknown as Dossier, liveBox))) : null;
}

/** The words a document is found by, as the app's index gives them (core documentItem, with its dossier's live box); null when it or its dossier is not live. */
export function docHeldWords(doc: BundleRecord, dossier: BundleRecord | undefined, box: BundleRecord | undefined, entry: BundleRecord | undefined): string[] | null {
  if (!dossier || dossier.deleted) return null;
  const liveBox = box && !box.deleted ? (box as unknown as Box) : undefined;
  return liveWords(doc, () => documentItem(doc as unknown as DossierDoc, dossier as unknown as Dossier, liveBox, entry as unknown as IncomingDoc | OutgoingDoc | undefined).text);
}

/** A record by table and id: an import's own (about to be written), else undefined. */
export type PendingRecord = (table: ReplicatedTable, id: string) => BundleRecord | undefined;

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** Records by table and id for an import's words: `pending`'s (about to be written), else those `load` read, a chunk of ids at a time. */
function recordSource(tx: Sql, pending: PendingRecord) {
  const read = new Map<string, BundleRecord>();
  return {
    get: (tbl: ReplicatedTable, id: string | undefined) => (id ? (pending(tbl, id) ?? read.get(`${tbl}\u0000${id}`)) : undefined),
    /** Reads the records of these ids that `pending` does not hold. */
    async load(wanted: Partial<Record<ReplicatedTable, Iterable<string | undefined>>>): Promise<void> {
      for (const [tbl, ids] of Object.entries(wanted) as [ReplicatedTable, Iterable<string | undefined>][]) {
        const list = [...new Set([...ids].filter((id): id is string => !!id && !pending(tbl, id)))];
        for (let i = 0; i < list.length; i += 5000)
          for (const r of await tx.query<{ body: BundleRecord }>('SELECT body FROM records WHERE tbl = $1 AND id = ANY($2::text[])', [tbl, list.slice(i, i + 5000)])) read.set(`${tbl}\u0000${r.body.id}`, r.body);
      }
    },
  };
}

/**
 * The words of some documents (docHeldWords), by id: their dossiers, those dossiers' boxes and the linked register entries
 * taken from `pending` (an import's records, about to be written) or read.
 */
export async function docWords(tx: Sql, docs: readonly BundleRecord[], pending: PendingRecord = () => undefined): Promise<Map<string, string[] | null>> {
  const { get, load } = recordSource(tx, pending);
  const links = docs.map((d) => ({ dossier: str(d.dossierId), incoming: str(d.incomingDocId), outgoing: str(d.outgoingDocId) }));
  await load({ dossiers: links.map((l) => l.dossier), incomingDocs: links.map((l) => l.incoming), outgoingDocs: links.map((l) => l.outgoing) });
  // Their dossiers' boxes, once the dossiers are known.
  const boxOf = (l: (typeof links)[number]) => str(get('dossiers', l.dossier)?.boxId);
  await load({ boxes: links.map(boxOf) });
  const out = new Map<string, string[] | null>();
  docs.forEach((d, i) => {
    const l = links[i]!;
    // As the app's index reads it: the incoming entry linked, else the outgoing one.
    out.set(d.id, docHeldWords(d, get('dossiers', l.dossier), get('boxes', boxOf(l)), get('incomingDocs', l.incoming) ?? get('outgoingDocs', l.outgoing)));
  });
  return out;
}

/**
 * The words of some dossiers (heldWords with their boxes), by id: their boxes taken from `pending` (an import's records,
 * about to be written) or read, a chunk of ids at a time.
 */
export async function dossierWords(tx: Sql, dossiers: readonly BundleRecord[], pending: PendingRecord = () => undefined): Promise<Map<string, string[] | null>> {
  const { get, load } = recordSource(tx, pending);
  await load({ boxes: dossiers.map((d) => str(d.boxId)) });
  return new Map(dossiers.map((d) => [d.id, heldWords('dossiers', d, get('boxes', str(d.boxId)))]));
}

/** Writes some stored records' search words (`words` by id: those they hold already left as they are, no row written again for nothing). */
async function writeHeldWords(tx: Sql, tbl: 'dossiers' | 'dossierDocs', records: readonly BundleRecord[], words: ReadonlyMap<string, readonly string[] | null>): Promise<void> {
  await tx.query(
    `UPDATE records r SET held_search = ${TSVECTOR_OF('u.tokens')} FROM unnest($1::text[], $2::text[]) AS u(id, tokens)
     WHERE r.tbl = $3 AND r.id = u.id AND r.held_search IS DISTINCT FROM ${TSVECTOR_OF('u.tokens')}`,
    [records.map((d) => d.id), records.map((d) => words.get(d.id)?.join(' ') ?? null), tbl],
  );
}

/** Writes some stored dossiers' words with their boxes. */
async function writeDossierWords(tx: Sql, dossiers: readonly BundleRecord[], pending?: PendingRecord): Promise<void> {
  await writeHeldWords(tx, 'dossiers', dossiers, await dossierWords(tx, dossiers, pending));
}

/** SQL of the register entry a stored document links to (indexed, migration v10): what refreshDocWords looks documents up by. */
export const DOC_ENTRY = "coalesce(body->>'incomingDocId', body->>'outgoingDocId')";

/** Writes some stored documents' words. */
async function writeDocWords(tx: Sql, docs: readonly BundleRecord[], pending?: PendingRecord): Promise<void> {
  await writeHeldWords(tx, 'dossierDocs', docs, await docWords(tx, docs, pending));
}

/**
 * Makes again the words of the stored dossiers and documents an import changed the makings of — the dossiers in the boxes,
 * the documents of those dossiers and of the dossiers and register entries it wrote or took out — but not of those it
 * wrote itself (`written`: their words came with them). Inside the import's transaction, after its records are written; `pending`: the import's records, not read back.
 */
export async function refreshDocWords(tx: Sql, changed: readonly { readonly table: ReplicatedTable; readonly id: string }[], written: ReadonlySet<string>, pending?: PendingRecord): Promise<void> {
  // A dossier and its documents hold its box's words: those of the stored dossiers in the boxes it wrote or took out are
  // made again, and of their documents below (those of the dossiers it wrote are: a dossier moved to another box).
  const dossiers = new Set(changed.filter((c) => c.table === 'dossiers').map((c) => c.id));
  const boxes = [...new Set(changed.filter((c) => c.table === 'boxes').map((c) => c.id))];
  for (let i = 0; i < boxes.length; i += 5000) {
    // Those the import wrote itself are left out in the query (a whole commune's bundle again wrote them all).
    const rows = await tx.query<{ body: BundleRecord }>(`SELECT body FROM records WHERE tbl = 'dossiers' AND ${DOSSIER_BOX} = ANY($1::text[]) AND NOT deleted AND NOT (id = ANY($2::text[]))`, [boxes.slice(i, i + 5000), [...written]]);
    const stored = rows.map((r) => r.body);
    for (const d of stored) dossiers.add(d.id);
    for (let j = 0; j < stored.length; j += 5000) await writeDossierWords(tx, stored.slice(j, j + 5000), pending);
  }
  const entries = [...new Set(changed.filter((c) => c.table === 'incomingDocs' || c.table === 'outgoingDocs').map((c) => c.id))];
  const seen = new Set(written);
  for (const [where, ids] of [[DOC_DOSSIER, [...dossiers]], [DOC_ENTRY, entries]] as const) {
    for (let i = 0; i < ids.length; i += 5000) {
      const rows = await tx.query<{ body: BundleRecord }>(`SELECT body FROM records WHERE tbl = 'dossierDocs' AND ${where} = ANY($1::text[]) AND NOT deleted`, [ids.slice(i, i + 5000)]);
      const docs = rows.map((r) => r.body).filter((d) => !seen.has(d.id));
      for (const d of docs) seen.add(d.id);
      for (let j = 0; j < docs.length; j += 5000) await writeDocWords(tx, docs.slice(j, j + 5000), pending);
    }
  }
}

/**
 * The tsquery of an archive search as asked (`asked`: core archiveQuery of what was typed — a box's and a file's numbers
 * as the words stored for them, "hộp 2" is hop2, "HS 1" is hs1, not every "2" or "1" — or fileNumbersQuery, the words as
 * typed), every word required, the last by prefix; undefined when it has no letter or digit.
 */
export function heldTsQuery(asked: string): string | undefined {
  const { words, prefix } = queryTerms(asked);
  // Words are letters and digits only (tokens.ts): nothing to quote.
  const terms = [...words.map((w) => `'${w}'`), ...(prefix !== undefined ? [`'${prefix}':*`] : [])];
  return terms.length > 0 ? terms.join(' & ') : undefined;
}

/** SQL of a number field of a stored record (`t`: its alias, if any), NULL when it holds no number (never an error: records are as signed). */
export const numberOf = (t: string, field: string) => `CASE WHEN jsonb_typeof(${t ? `${t}.` : ''}body->'${field}') = 'number' THEN (${t ? `${t}.` : ''}body->'${field}')::numeric END`;

/** The keys of HELD_ORDER, of a record aliased `t` (none: as an index names them). */
export const heldOrderKeys = (t = '') => {
  const c = (name: string) => (t ? `${t}.${name}` : name);
  return [`${c('origin')} COLLATE "C"`, `coalesce(${numberOf(t, 'inventoryNumber')}, 0)`, `coalesce(${numberOf(t, 'number')}, ${numberOf(t, 'fileNumber')}, 0)`, c('tbl'), c('id')];
};

/**
 * SQL of the order archive search lists boxes and dossiers in, as the Dossiers page does: unit by unit, inventory by
 * inventory, by their numbers (a box's, a file's; a slip has none), then by table and id (the same order every time). The
 * index records_held_order (migration v11) holds it, so a common query reads its first hits in order instead of sorting
 * every one of them.
 */
export const HELD_ORDER = (t: string) => heldOrderKeys(t).join(', ');

/** Computes the words of dossiers and boxes stored before (migration v9). */
export async function backfillHeldSearch(tx: Sql, batch = 5000): Promise<number> {
  return backfillColumn(tx, ['dossiers', 'boxes'], 'held_search', heldWords, batch);
}

/**
 * Computes again the words of the boxes stored before (their number as one word, "hop2": core boxSearchText) and of the
 * dossiers with their boxes' (migration v11), in primary key order, a batch at a time. How many were read.
 */
export async function backfillBoxWords(tx: Sql, batch = 5000): Promise<number> {
  const boxes = await backfillColumn(tx, ['boxes'], 'held_search', heldWords, batch);
  return boxes + (await forEachLive(tx, 'dossiers', batch, (rows) => writeDossierWords(tx, rows)));
}

/**
 * Computes again the words of the boxes, dossiers and documents stored before (migration v12): an inventory's number as one
 * word in its boxes and files ("ml2": core inventoryWord), a document's with its file's inventory and box numbers (core
 * shelfWords: "hộp 2 quyết định"), in primary key order, a batch at a time. How many were read.
 */
export async function backfillShelfWords(tx: Sql, batch = 5000): Promise<number> {
  return (await backfillBoxWords(tx, batch)) + (await backfillDocSearch(tx, batch));
}

/** Every live stored record of `tbl`, a batch at a time in primary key order, handed to `each`. How many were read. */
async function forEachLive(tx: Sql, tbl: ReplicatedTable, batch: number, each: (rows: BundleRecord[]) => Promise<void>): Promise<number> {
  let done = 0;
  let after = '';
  for (;;) {
    const rows = await tx.query<{ id: string; body: BundleRecord }>('SELECT id, body FROM records WHERE tbl = $3 AND id > $1 AND NOT deleted ORDER BY id LIMIT $2', [after, batch, tbl]);
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    await each(rows.map((r) => r.body));
    done += rows.length;
  }
  return done;
}

/** Computes the words of the documents inside dossiers stored before (migration v10), in primary key order, a batch at a time. How many were read. */
export async function backfillDocSearch(tx: Sql, batch = 5000): Promise<number> {
  return forEachLive(tx, 'dossierDocs', batch, (rows) => writeDocWords(tx, rows));
}
