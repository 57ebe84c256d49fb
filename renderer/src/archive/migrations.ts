/**
 * The archive's PostgreSQL schema: every version in ascending order, each with a one-line
 * comment, kept forever (like db/schema.ts for IndexedDB). `migrate` applies the missing
 * versions, each in its own transaction with its row in `schema_migrations`, so a failed
 * step leaves the database at the version before. Each version has a test on a database of
 * the version before (test/archive/migrations.test.ts). The same SQL runs on PGlite and on
 * PostgreSQL 15+.
 */
import { AppError } from '../core/errors';
import type { ArchiveDb, Sql } from './sql';
import { backfillBoxWords, backfillDocSearch, backfillHeldSearch, backfillSearch, backfillShelfWords, DOC_ENTRY, heldOrderKeys } from './search';

export type Migration = { readonly version: number; readonly description: string; readonly up: (tx: Sql) => Promise<void> };

const sql = (text: string) => async (tx: Sql) => tx.exec(text);

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    // v1: records of every unit (one table, the replicated table as a column), held claims, ownership, bundles received
    // and their signed files, keys, rotations, revocations, custody, forks, per-origin counters, the journal, settings.
    description: 'records, held claims, bundles received, keys, custody, forks, counters, journal',
    up: sql(`
      CREATE TABLE archive_settings (key text PRIMARY KEY, value jsonb NOT NULL);
      CREATE TABLE records (
        tbl text NOT NULL,
        id text NOT NULL,
        origin text NOT NULL,
        clock text NOT NULL,
        deleted boolean NOT NULL,
        -- The parents the import plan follows (PARENT_RULES): first and second link field of the table.
        link1 text,
        link2 text,
        -- registerId|number of a register entry (NUMBER_RULES): one record per number.
        num_key text,
        body jsonb NOT NULL,
        PRIMARY KEY (tbl, id),
        CONSTRAINT records_number_unique UNIQUE (tbl, num_key) DEFERRABLE INITIALLY DEFERRED
      );
      CREATE INDEX records_link1 ON records (tbl, link1) WHERE link1 IS NOT NULL;
      CREATE INDEX records_link2 ON records (tbl, link2) WHERE link2 IS NOT NULL;
      CREATE TABLE held_claims (
        tbl text NOT NULL, id text NOT NULL, origin text NOT NULL,
        record jsonb NOT NULL, reason text NOT NULL,
        parent_key text, number_key text, detail text, held_at text NOT NULL,
        PRIMARY KEY (tbl, id, origin)
      );
      CREATE INDEX held_claims_parent ON held_claims (parent_key) WHERE parent_key IS NOT NULL;
      CREATE INDEX held_claims_number ON held_claims (tbl, number_key) WHERE number_key IS NOT NULL;
      CREATE INDEX held_claims_reason ON held_claims (reason, tbl, id);
      CREATE TABLE ownership (tbl text NOT NULL, id text NOT NULL, owner text NOT NULL, decided_by text NOT NULL, decided_at text NOT NULL, PRIMARY KEY (tbl, id));
      CREATE TABLE received_bundles (
        payload_sha256 text PRIMARY KEY,
        origin text NOT NULL, lineage text NOT NULL, sequence integer NOT NULL, part_key integer NOT NULL, set_id text,
        origin_name text NOT NULL, admin_code text NOT NULL, signer_kid text NOT NULL,
        created_at text NOT NULL, imported_at text NOT NULL, imported_by text NOT NULL, file_name text NOT NULL,
        range jsonb NOT NULL, counts jsonb NOT NULL, carried_in text, via jsonb
      );
      CREATE INDEX received_bundles_group ON received_bundles (origin, lineage, sequence);
      CREATE TABLE bundle_archive (payload_sha256 text PRIMARY KEY, origin text NOT NULL, sequence integer NOT NULL, protected text NOT NULL, payload text NOT NULL, signature text NOT NULL, received_at text NOT NULL);
      CREATE TABLE trusted_keys (
        kid text PRIMARY KEY, unit_id text NOT NULL, jwk jsonb NOT NULL, origin_name text NOT NULL, admin_code text,
        confirmed_by text NOT NULL, confirmed_at text NOT NULL, confirmed_as text, note text
      );
      CREATE TABLE revoked_keys (kid text PRIMARY KEY, revoked_at text, reason text, revoked_by text);
      CREATE TABLE key_rotations (new_kid text NOT NULL, signed_by_kid text NOT NULL, announcement jsonb NOT NULL, sequence integer NOT NULL, received_at text NOT NULL, PRIMARY KEY (new_kid, signed_by_kid));
      CREATE TABLE custody (
        carrier_unit_id text NOT NULL, carried_unit_id text NOT NULL, kind text NOT NULL CHECK (kind IN ('merger', 'transfer')),
        effective_date text NOT NULL, basis text NOT NULL, confirmed_by text NOT NULL, confirmed_at text NOT NULL,
        PRIMARY KEY (carrier_unit_id, carried_unit_id)
      );
      CREATE TABLE forks (
        id serial PRIMARY KEY, origin text NOT NULL, origin_name text NOT NULL, lineage text NOT NULL, sequence integer NOT NULL,
        variants jsonb NOT NULL, diff jsonb, detected_at text NOT NULL, UNIQUE (origin, lineage, sequence)
      );
      CREATE TABLE origin_stats (origin text NOT NULL, tbl text NOT NULL, n integer NOT NULL, PRIMARY KEY (origin, tbl));
      CREATE TABLE journal (seq bigserial PRIMARY KEY, at text NOT NULL, operator text NOT NULL, action text NOT NULL, detail text, changes jsonb NOT NULL);
    `),
  },
  {
    version: 2,
    // v2: archivist accounts with roles (view, import, administer), login sessions and API keys (both stored hashed).
    description: 'accounts, sessions, API keys',
    up: sql(`
      CREATE TABLE accounts (
        username text PRIMARY KEY, display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('view', 'import', 'administer')),
        password_hash text NOT NULL, created_at text NOT NULL, disabled boolean NOT NULL DEFAULT false
      );
      CREATE TABLE sessions (token_sha256 text PRIMARY KEY, username text NOT NULL REFERENCES accounts ON DELETE CASCADE, created_at text NOT NULL, expires_at text NOT NULL);
      CREATE TABLE api_keys (
        key_sha256 text PRIMARY KEY, name text NOT NULL, username text NOT NULL REFERENCES accounts ON DELETE CASCADE,
        created_at text NOT NULL, revoked_at text
      );
    `),
  },
  {
    version: 3,
    // v3: consolidated search — each register entry's tokens (the app's folding and tokens) as a tsvector with a GIN
    // index; entries already stored get theirs computed here.
    description: 'search tokens of register entries (tsvector + GIN)',
    up: async (tx) => {
      await tx.exec(`
        ALTER TABLE records ADD COLUMN search tsvector;
        CREATE INDEX records_search ON records USING gin (search) WHERE search IS NOT NULL;
      `);
      await backfillSearch(tx);
    },
  },
  {
    version: 4,
    // v4: search by exact words — the vocabulary of every stored token with about how many entries hold it (typed
    // prefixes are spelled out from it; the counts choose between the index and a short scan) and each entry's tokens
    // again, now with its words' first characters as tokens of their own.
    description: 'search vocabulary with counts, prefix tokens',
    up: async (tx) => {
      await tx.exec('CREATE TABLE search_words (word text COLLATE "C" PRIMARY KEY, n integer NOT NULL)');
      await backfillSearch(tx, { vocabulary: true });
    },
  },
  {
    version: 5,
    // v5: a key confirmed as a key recovery keeps the unit's announcement (which backup it restored, which key it
    // lost), so that the next recovery of the same backup or the same lost key is pointed out before it is trusted.
    description: 'trusted keys keep their key-recovery announcement',
    up: async (tx) => {
      await tx.exec('ALTER TABLE trusted_keys ADD COLUMN recovery jsonb');
    },
  },
  {
    version: 6,
    // v6: a key keeps how the person compared its 10 fingerprint words (typed back, or read with the sender);
    // keys trusted before read as not recorded.
    description: 'trusted keys keep how their fingerprint was compared',
    up: async (tx) => {
      await tx.exec('ALTER TABLE trusted_keys ADD COLUMN compared text');
    },
  },
  {
    version: 7,
    // v7: keys an archivist would not trust, with who refused them, when and why (read by key when a file it signed comes).
    description: 'keys refused, with who, when and why',
    up: async (tx) => {
      await tx.exec(
        'CREATE TABLE key_refusals (id bigserial PRIMARY KEY, kid text NOT NULL, unit_id text NOT NULL, origin_name text NOT NULL, admin_code text NOT NULL, refused_at text NOT NULL, refused_by text NOT NULL, reason text NOT NULL); CREATE INDEX key_refusals_kid ON key_refusals (kid)',
      );
    },
  },
  {
    version: 8,
    // v8: a key keeps the warnings it was trusted over (a first contact alike in name or code to a unit trusted then);
    // keys trusted before read as trusted over none recorded.
    description: 'trusted keys keep the warnings they were confirmed over',
    up: async (tx) => {
      await tx.exec('ALTER TABLE trusted_keys ADD COLUMN confirmed_over jsonb');
    },
  },
  {
    version: 9,
    // v9: archive search of dossiers, slips and boxes (search.ts heldWords) under a GIN index of its own; those stored
    // before get their words here, the index built once they have them (not updated row by row).
    description: 'search words of dossiers and boxes (tsvector + GIN)',
    up: async (tx) => {
      await tx.exec('ALTER TABLE records ADD COLUMN held_search tsvector');
      await backfillHeldSearch(tx);
      await tx.exec('CREATE INDEX records_held_search ON records USING gin (held_search) WHERE held_search IS NOT NULL');
    },
  },
  {
    version: 10,
    // v10: archive search finds the documents inside dossiers (search.ts docWords: the app's words, made with their
    // dossier and linked register entry); those stored before get theirs here, the index built again once they have
    // them; documents are looked up by the entry they link to (an import that brings the entry makes their words again).
    description: 'search words of documents inside dossiers, documents by linked entry',
    up: async (tx) => {
      await tx.exec(`CREATE INDEX records_doc_entry ON records ((${DOC_ENTRY})) WHERE tbl = 'dossierDocs'; DROP INDEX records_held_search`);
      await backfillDocSearch(tx);
      await tx.exec('CREATE INDEX records_held_search ON records USING gin (held_search) WHERE held_search IS NOT NULL');
    },
  },
  {
    version: 11,
    // v11: archive search finds a dossier by its words and its box's together ("hộp 02 đất đai", as the app's index:
    // search.ts dossierWords), a box and the dossiers in it by its number as one word ("hộp 2" is hop2: box 02, not
    // box 20) — those stored before get theirs here, the index built again once they have them —, and lists its
    // first hits in its order (search.ts HELD_ORDER) from an index of that order, not from all of them sorted.
    description: 'search words of dossiers hold their boxes, of boxes their number, archive search order',
    up: async (tx) => {
      await tx.exec('DROP INDEX records_held_search');
      await backfillBoxWords(tx);
      const keys = heldOrderKeys().map((k) => (k.startsWith('coalesce') ? `(${k})` : k));
      await tx.exec(`CREATE INDEX records_held_search ON records USING gin (held_search) WHERE held_search IS NOT NULL;
        CREATE INDEX records_held_order ON records (${keys.join(', ')}) WHERE held_search IS NOT NULL AND tbl IN ('dossiers', 'boxes')`);
    },
  },
  {
    version: 12,
    // v12: archive search narrows to an inventory ("ML 2 hộp 2" is inventory 2's box 02: its boxes and files hold its number
    // as one word, "ml2"), and finds a document by its file's inventory and box numbers ("hộp 2 quyết định": search.ts
    // docWords, core shelfWords) — those stored before get theirs here, the index built again once they have them.
    description: 'search words of boxes and dossiers hold their inventory, of documents their box',
    up: async (tx) => {
      await tx.exec('DROP INDEX records_held_search');
      await backfillShelfWords(tx);
      await tx.exec('CREATE INDEX records_held_search ON records USING gin (held_search) WHERE held_search IS NOT NULL');
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

export async function schemaVersion(db: Sql): Promise<number> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, description text NOT NULL, applied_at text NOT NULL)');
  const rows = await db.query<{ v: number | null }>('SELECT max(version)::int AS v FROM schema_migrations');
  return rows[0]?.v ?? 0;
}

/** Brings the database to `target` (default: the latest version). A database newer than this program is refused. */
export async function migrate(db: ArchiveDb, target: number = SCHEMA_VERSION): Promise<{ from: number; to: number }> {
  const from = await schemaVersion(db);
  if (from > SCHEMA_VERSION) throw new AppError('archive.db.tooNew', { version: from, max: SCHEMA_VERSION });
  for (const m of MIGRATIONS) {
    if (m.version <= from || m.version > target) continue;
    await db.transaction(async (tx) => {
      // Two archive servers starting on one database: the second waits, then finds the step done.
      await tx.query('SELECT pg_advisory_xact_lock(727001)');
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (done.length > 0) return;
      await m.up(tx);
      await tx.query('INSERT INTO schema_migrations (version, description, applied_at) VALUES ($1, $2, $3)', [m.version, m.description, new Date().toISOString()]);
    });
  }
  return { from, to: Math.max(from, Math.min(target, SCHEMA_VERSION)) };
}
