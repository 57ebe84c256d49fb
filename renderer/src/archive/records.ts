/**
 * How a record of any unit is stored in the archive's `records` table: its envelope (table,
 * id, origin, clock, tombstone), the parents the import plan follows (link1, link2 — the
 * fields of PARENT_RULES for its table, in order), the register number it holds (num_key,
 * as numberKeyOf), its search tokens (a document's archive-search words made with its dossier:
 * `docWords`) and the record itself as jsonb, exactly as signed.
 */
import { NUMBER_RULES, numberKeyOf } from '../core/bundle/import-plan';
import { REPLICATED_TABLES, type BundleRecord, type ReplicatedTable } from '../core/bundle/schema';
import { withoutListKeys } from '../core/dossiers/list-keys';
import { addSearchWords, heldWords, searchWords, tsvectorText, TSVECTOR_OF } from './search';
import { copyText, type Sql } from './sql';
import { LINK_FIELDS } from './links';

export { LINK_FIELDS, linkColumn } from './links';

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

export type RecordRow = {
  tbl: ReplicatedTable;
  id: string;
  origin: string;
  clock: string;
  deleted: boolean;
  link1: string | null;
  link2: string | null;
  numKey: string | null;
  /** Its search tokens (searchWords), or null when it is not searched. */
  words: readonly string[] | null;
  /** A dossier's, box's or document's words for archive search (search.ts heldWords, docWords), or null. */
  heldWords: readonly string[] | null;
  body: string;
};

/** `docWords`: the words of the documents and dossiers among the records (search.ts docWords, dossierWords: made with their dossiers, their boxes). */
export function recordRow(table: ReplicatedTable, signed: BundleRecord, docWords?: DocWords): RecordRow {
  // A bundle written before its dossiers left their list keys behind carries them: not stored (U+0000).
  const r = table === 'dossiers' ? withoutListKeys(signed) : signed;
  const links = LINK_FIELDS[table];
  const rule = NUMBER_RULES.find((n) => n.table === table);
  return {
    tbl: table,
    id: r.id,
    origin: r.origin,
    clock: r.clock,
    deleted: r.deleted,
    link1: links[0] ? str(r[links[0]]) : null,
    link2: links[1] ? str(r[links[1]]) : null,
    numKey: rule ? (numberKeyOf(rule, r) ?? null) : null,
    words: searchWords(table, r),
    // A dossier's made with its box when they were (search.ts dossierWords), else its own.
    heldWords: table === 'dossierDocs' ? (docWords?.get(r.id) ?? null) : table === 'dossiers' && docWords?.has(r.id) ? docWords.get(r.id)! : heldWords(table, r),
    // JSON text, parsed once by PostgreSQL into jsonb.
    body: JSON.stringify(r),
  };
}

const CHUNK = 5000;

/** From this many records on, they go through COPY (measured: about twice as fast on a server as arrays). */
const COPY_FROM = 2000;
/** Rows per piece of a COPY: the server reads one piece while the next is made (COPY runs in its own process). */
const COPY_PIECE = 1000;
const STAGE_COLUMNS = ['tbl', 'id', 'origin', 'clock', 'deleted', 'link1', 'link2', 'num_key', 'tokens', 'held_tokens', 'body'];
const RECORD_COLUMNS = ['tbl', 'id', 'origin', 'clock', 'deleted', 'link1', 'link2', 'num_key', 'search', 'held_search', 'body'];

type Put = { readonly table: ReplicatedTable; readonly record: BundleRecord };
type DocWords = ReadonlyMap<string, readonly string[] | null>;

/**
 * Inserts or replaces records, and their words join the search vocabulary. Records `isNew`
 * says have no row yet (the plan saw none) go straight into `records` by COPY, their search
 * vector written as tsvector text; the others (and the new ones, when they are few) are
 * upserted: many through a staging table and one INSERT … ON CONFLICT, a few as arrays. If a
 * record said to be new has a row after all, COPY stops on the primary key and the
 * transaction writes nothing.
 */
export async function upsertRecords(tx: Sql, puts: readonly Put[], isNew: (table: ReplicatedTable, id: string) => boolean = () => false, docWords?: DocWords): Promise<void> {
  const counts = new Map<string, number>();
  const fresh = puts.filter((p) => isNew(p.table, p.record.id));
  if (fresh.length >= COPY_FROM) {
    await tx.copyIn('records', RECORD_COLUMNS, copyLines(fresh, counts, (words) => (words ? tsvectorText(words) : null), docWords));
    await upsertMany(
      tx,
      puts.filter((p) => !isNew(p.table, p.record.id)),
      counts,
      docWords,
    );
  } else await upsertMany(tx, puts, counts, docWords);
  await addSearchWords(tx, counts);
}

/** The COPY text of records, a piece at a time (made as COPY reads it), each search column's words written by `vector`; each row's register words are counted. */
function* copyLines(puts: readonly Put[], counts: Map<string, number>, vector: (words: readonly string[] | null) => string | null, docWords?: DocWords): Generator<string> {
  for (let i = 0; i < puts.length; i += COPY_PIECE) {
    let text = '';
    for (const p of puts.slice(i, i + COPY_PIECE)) {
      const r = recordRow(p.table, p.record, docWords);
      if (r.words) for (const w of r.words) counts.set(w, (counts.get(w) ?? 0) + 1);
      text += `${[r.tbl, r.id, r.origin, r.clock, r.deleted ? 't' : 'f', r.link1, r.link2, r.numKey, vector(r.words), vector(r.heldWords), r.body].map(copyText).join('\t')}\n`;
    }
    yield text;
  }
}

async function upsertMany(tx: Sql, puts: readonly Put[], counts: Map<string, number>, docWords?: DocWords): Promise<void> {
  if (puts.length >= COPY_FROM) {
    await tx.exec(
      'CREATE TEMP TABLE IF NOT EXISTS records_stage (tbl text, id text, origin text, clock text, deleted boolean, link1 text, link2 text, num_key text, tokens text, held_tokens text, body jsonb) ON COMMIT DELETE ROWS',
    );
    await tx.copyIn('records_stage', STAGE_COLUMNS, copyLines(puts, counts, (words) => words?.join(' ') ?? null, docWords));
    await tx.exec(
      `INSERT INTO records (tbl, id, origin, clock, deleted, link1, link2, num_key, search, held_search, body)
       SELECT tbl, id, origin, clock, deleted, link1, link2, num_key, ${TSVECTOR_OF('tokens')}, ${TSVECTOR_OF('held_tokens')}, body FROM records_stage
       ON CONFLICT (tbl, id) DO UPDATE SET origin = EXCLUDED.origin, clock = EXCLUDED.clock, deleted = EXCLUDED.deleted, link1 = EXCLUDED.link1,
         link2 = EXCLUDED.link2, num_key = EXCLUDED.num_key, search = EXCLUDED.search, held_search = EXCLUDED.held_search, body = EXCLUDED.body;
       TRUNCATE records_stage`,
    );
    return;
  }
  for (let i = 0; i < puts.length; i += CHUNK) {
    const rows = puts.slice(i, i + CHUNK).map((p) => recordRow(p.table, p.record, docWords));
    for (const r of rows) if (r.words) for (const w of r.words) counts.set(w, (counts.get(w) ?? 0) + 1);
    await tx.query(
      `INSERT INTO records (tbl, id, origin, clock, deleted, link1, link2, num_key, search, held_search, body)
       SELECT u.tbl, u.id, u.origin, u.clock, u.deleted, u.link1, u.link2, u.num_key, ${TSVECTOR_OF('u.tokens')}, ${TSVECTOR_OF('u.held_tokens')}, u.body
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::jsonb[])
         AS u(tbl, id, origin, clock, deleted, link1, link2, num_key, tokens, held_tokens, body)
       ON CONFLICT (tbl, id) DO UPDATE SET origin = EXCLUDED.origin, clock = EXCLUDED.clock, deleted = EXCLUDED.deleted, link1 = EXCLUDED.link1,
         link2 = EXCLUDED.link2, num_key = EXCLUDED.num_key, search = EXCLUDED.search, held_search = EXCLUDED.held_search, body = EXCLUDED.body`,
      [
        rows.map((r) => r.tbl),
        rows.map((r) => r.id),
        rows.map((r) => r.origin),
        rows.map((r) => r.clock),
        rows.map((r) => r.deleted),
        rows.map((r) => r.link1),
        rows.map((r) => r.link2),
        rows.map((r) => r.numKey),
        rows.map((r) => r.words?.join(' ') ?? null),
        rows.map((r) => r.heldWords?.join(' ') ?? null),
        rows.map((r) => r.body),
      ],
    );
  }
}

export async function deleteRecords(tx: Sql, deletes: readonly { table: ReplicatedTable; id: string }[]): Promise<void> {
  for (const t of REPLICATED_TABLES) {
    const ids = deletes.filter((d) => d.table === t).map((d) => d.id);
    for (let i = 0; i < ids.length; i += CHUNK) await tx.query('DELETE FROM records WHERE tbl = $1 AND id = ANY($2::text[])', [t, ids.slice(i, i + CHUNK)]);
  }
}
