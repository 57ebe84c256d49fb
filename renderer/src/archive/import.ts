/**
 * Import of bundle files into the province archive's PostgreSQL, in the app's stages: parse →
 * verify the selection (core verifySelection: signatures, keys, carried files, custody,
 * part sets, forks) → the one pure import plan (planImport, read through PgPlanState) → the
 * dry-run receipt (the app's buildReceipt). Nothing is written before `applyArchiveImport`,
 * which runs in ONE PostgreSQL transaction: records, held claims, bundles received, signed
 * files, rotations, forks, per-origin counters, the clock and one journal entry — a bundle
 * that fails halfway (bad data, a lost connection, the server stopped) leaves the database as
 * it was. Imports from several workstations are taken one at a time (an advisory lock), and
 * the plan is made again inside the transaction if anything was written since the dry run.
 * A re-run is a no-op for what was applied: bundles received are recorded with the records.
 */
import { emptyImportPlan, type ImportPlan } from '../core/bundle/import-plan';
import { parseBundleFile, type ParsedBundleFile } from '../core/bundle/parse';
import { REPLICATED_TABLES, type ReplicatedTable } from '../core/bundle/schema';
import { verifySelection, type SelectionResult } from '../core/bundle/selection';
import type { VerifiedBundle } from '../core/bundle/verify';
import { AppError } from '../core/errors';
import { HybridClock, ZERO_HLC } from '../core/hlc';
import { findArchivedPayload } from '../db/exchange/archive';
import { receivedRow } from '../db/exchange/received-row';
import { assertLostKeyDecided, buildReceipt, forkRowsFrom, importJournalDetail, type ImportReceipt } from '../db/exchange/receipt';
import type { ForkRow, ReceivedBundleRow } from '../db/exchange/rows';
import type { CarriedFile } from '../core/bundle/schema';
import { planAgainstPg } from './plan-state';
import { deleteRecords, upsertRecords } from './records';
import { docWords, dossierWords, refreshDocWords } from './search';
import type { ArchiveDb, Sql } from './sql';
import { getSetting, loadTrustPolicy, putSetting, requireUnit } from './trust';

export type ImportFile = { readonly name: string; readonly data: Uint8Array };

export type ArchivePreparedImport = {
  readonly receipt: ImportReceipt;
  readonly selection: SelectionResult;
  readonly files: readonly ImportFile[];
  readonly forks: readonly ForkRow[];
  readonly receiverUnitId: string;
  readonly plan: ImportPlan | undefined;
  readonly journalSeq: number;
};

export type ImportStage = 'verify' | 'plan' | 'records' | 'claims' | 'bookkeeping';
/** Progress, and (in tests) a place to cut the connection or fail at a given stage. */
export type StageHook = (stage: ImportStage, tx?: Sql) => void | Promise<void>;

/** One import (or decision) at a time across every workstation and server process. */
const IMPORT_LOCK = 727002;

async function lastJournalSeq(sql: Sql): Promise<number> {
  const rows = await sql.query<{ seq: number | null }>('SELECT max(seq)::float8 AS seq FROM journal');
  return rows[0]?.seq ?? 0;
}

/** Where the archive keeps signed files, for fork diffs and carried bundles. */
function archiveLookup(sql: Sql) {
  return {
    direct: async (sha: string): Promise<CarriedFile | undefined> => {
      const r = (await sql.query<{ protected: string; payload: string; signature: string }>('SELECT protected, payload, signature FROM bundle_archive WHERE payload_sha256 = $1', [sha]))[0];
      return r ? { protected: r.protected, payload: r.payload, signature: r.signature } : undefined;
    },
    carriedIn: async (sha: string) => (await sql.query<{ carried_in: string | null }>('SELECT carried_in FROM received_bundles WHERE payload_sha256 = $1', [sha]))[0]?.carried_in ?? undefined,
  };
}

async function receivedShas(sql: Sql, shas: readonly string[]): Promise<Set<string>> {
  if (shas.length === 0) return new Set();
  const rows = await sql.query<{ payload_sha256: string }>('SELECT payload_sha256 FROM received_bundles WHERE payload_sha256 = ANY($1::text[])', [[...shas]]);
  return new Set(rows.map((r) => r.payload_sha256));
}

/** Reads, verifies and plans. Writes nothing. */
export async function prepareArchiveImport(db: Sql, files: readonly ImportFile[], now: Date = new Date(), onStage?: StageHook): Promise<ArchivePreparedImport> {
  const unit = await requireUnit(db);
  await onStage?.('verify');
  const parsed: (ParsedBundleFile | AppError)[] = files.map((f) => {
    try {
      return parseBundleFile(f.data);
    } catch (e) {
      return e instanceof AppError ? e : new AppError('bundle.verify.failed');
    }
  });
  const policy = await loadTrustPolicy(db, unit.id);
  const selection = await verifySelection(parsed, policy, {}, now.toISOString());
  await onStage?.('plan');
  const journalSeq = await lastJournalSeq(db);
  const plan = selection.accepted.length > 0 ? (await planAgainstPg(db, unit.id, selection.accepted)).plan : undefined;
  const lookup = archiveLookup(db);
  const forks = await forkRowsFrom(
    {
      payload: (sha) => findArchivedPayload(lookup, sha),
      received: async (shas) => {
        const rows = await db.query<{ payload_sha256: string; created_at: string; counts: ReceivedBundleRow['counts']; file_name: string }>(
          'SELECT payload_sha256, created_at, counts, file_name FROM received_bundles WHERE payload_sha256 = ANY($1::text[])',
          [[...shas]],
        );
        const m = new Map(rows.map((r) => [r.payload_sha256, { createdAt: r.created_at, counts: r.counts, fileName: r.file_name }]));
        return shas.map((s) => m.get(s));
      },
    },
    selection,
    files,
    now,
  );
  const alreadyReceived = await receivedShas(db, selection.received.map((b) => b.payloadSha256));
  const receipt = buildReceipt({ selection, plan, files, forks, alreadyReceived, policy });
  return { receipt, selection, files, forks, receiverUnitId: unit.id, plan, journalSeq };
}

/** Carries out the record writes of a plan and its held claims, counters, clock and journal entry (inside a transaction). */
export async function writePlan(tx: Sql, plan: ImportPlan, journal: { operator: string; action: string; detail?: string; at: string }, onStage?: StageHook): Promise<void> {
  await onStage?.('records', tx);
  // Deletes first: a record taken out of its table frees its register number for the one put in.
  await deleteRecords(tx, plan.deletes);
  // What the plan saw no row for (created, or released from held) goes straight into the table.
  const created = new Set(plan.changes.filter((c) => c.op === 'create' || c.op === 'release').map((c) => `${c.table}\u0000${c.recordId}`));
  // Archive search's words of the documents put, made with their dossiers and linked entries as this import leaves them.
  const putNow = new Map(plan.puts.map((p) => [`${p.table}\u0000${p.record.id}`, p.record]));
  const docs = plan.puts.flatMap((p) => (p.table === 'dossierDocs' ? [p.record] : []));
  // …and of the dossiers put, made with their boxes.
  const dossiers = plan.puts.flatMap((p) => (p.table === 'dossiers' ? [p.record] : []));
  const pending = (table: ReplicatedTable, id: string) => putNow.get(`${table}\u0000${id}`);
  const words = new Map([...(docs.length > 0 ? await docWords(tx, docs, pending) : []), ...(dossiers.length > 0 ? await dossierWords(tx, dossiers, pending) : [])]);
  await upsertRecords(tx, plan.puts, (table, id) => created.has(`${table}\u0000${id}`), words);
  // …and those of the dossiers and documents already stored whose box, dossier or linked entry this import wrote or took
  // out (an entry new here may be linked from a document stored before it: a link to an entry holds nothing back).
  await refreshDocWords(tx, [...plan.puts.map((p) => ({ table: p.table, id: p.record.id })), ...plan.deletes], new Set([...docs, ...dossiers].map((d) => d.id)), pending);
  await onStage?.('claims', tx);
  for (const t of REPLICATED_TABLES) {
    const rel = plan.releases.filter((r) => r.table === t);
    if (rel.length) await tx.query('DELETE FROM held_claims h USING unnest($2::text[], $3::text[]) AS u(id, origin) WHERE h.tbl = $1 AND h.id = u.id AND h.origin = u.origin', [t, rel.map((r) => r.id), rel.map((r) => r.origin)]);
  }
  if (plan.holds.length)
    await tx.query(
      `INSERT INTO held_claims (tbl, id, origin, record, reason, parent_key, number_key, detail, held_at)
       SELECT u.tbl, u.id, u.origin, u.record, u.reason, u.parent_key, u.number_key, u.detail, $9 FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[], $7::text[], $8::text[])
         AS u(tbl, id, origin, record, reason, parent_key, number_key, detail)
       ON CONFLICT (tbl, id, origin) DO UPDATE SET record = EXCLUDED.record, reason = EXCLUDED.reason, parent_key = EXCLUDED.parent_key,
         number_key = EXCLUDED.number_key, detail = EXCLUDED.detail, held_at = EXCLUDED.held_at`,
      [
        plan.holds.map((h) => h.table),
        plan.holds.map((h) => h.id),
        plan.holds.map((h) => h.origin),
        plan.holds.map((h) => JSON.stringify(h.record)),
        plan.holds.map((h) => h.reason),
        plan.holds.map((h) => h.parentKey ?? null),
        plan.holds.map((h) => h.numberKey ?? null),
        plan.holds.map((h) => h.detail ?? null),
        journal.at,
      ],
    );
  const deltas = Object.entries(plan.countDeltas).flatMap(([origin, m]) => Object.entries(m).map(([t, d]) => ({ origin, t, d: d ?? 0 })));
  if (deltas.length) {
    await tx.query(
      `INSERT INTO origin_stats (origin, tbl, n) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
       ON CONFLICT (origin, tbl) DO UPDATE SET n = origin_stats.n + EXCLUDED.n`,
      [deltas.map((x) => x.origin), deltas.map((x) => x.t), deltas.map((x) => x.d)],
    );
    await tx.query('DELETE FROM origin_stats WHERE n <= 0');
  }
  if (plan.maxClock) {
    const clock = new HybridClock(ZERO_HLC);
    const stored = await getSetting<string>(tx, 'hlc');
    if (typeof stored === 'string') clock.receive(stored);
    clock.receive(plan.maxClock);
    await putSetting(tx, 'hlc', clock.peek());
  }
  await tx.query('INSERT INTO journal (at, operator, action, detail, changes) VALUES ($1, $2, $3, $4, $5::jsonb)', [
    journal.at,
    journal.operator,
    journal.action,
    journal.detail ?? null,
    JSON.stringify(plan.changes.map((c) => ({ table: c.table, recordId: c.recordId, op: c.op, fields: [], clock: c.clock, origin: c.origin }))),
  ]);
}

/**
 * Applies a prepared import in ONE transaction. If another import or decision was written
 * since the dry run, the plan is made again on the data as it is now (inside the transaction).
 */
export async function applyArchiveImport(
  db: ArchiveDb,
  prepared: ArchivePreparedImport,
  operator: string,
  now: Date = new Date(),
  onStage?: StageHook,
  /** Bundles signed with a key reported lost that a person decided to take in (receipt `lostKey`). */
  lostKeyAccepted: readonly string[] = [],
): Promise<{ written: number; held: number; recorded: number }> {
  const { selection } = prepared;
  if (selection.received.length === 0 && prepared.forks.length === 0) throw new AppError('import.nothing');
  assertLostKeyDecided(prepared.receipt, lostKeyAccepted);
  const at = now.toISOString();
  const fileNameOf = (b: VerifiedBundle) => {
    const i = prepared.receipt.files.findIndex((f) => f.payloadSha256 === b.payloadSha256 || f.carried?.some((c) => c.payloadSha256 === b.payloadSha256));
    return prepared.files[i]?.name ?? '';
  };
  const result = await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`);
    let plan: ImportPlan | undefined = (await lastJournalSeq(tx)) === prepared.journalSeq ? prepared.plan : undefined;
    if (!plan && selection.accepted.length > 0) plan = (await planAgainstPg(tx, prepared.receiverUnitId, selection.accepted)).plan;
    plan ??= emptyImportPlan();
    await writePlan(tx, plan, { operator, action: 'bundle.import', detail: importJournalDetail(prepared.files, prepared.receipt), at }, onStage);
    await onStage?.('bookkeeping', tx);
    const known = await receivedShas(tx, selection.received.map((b) => b.payloadSha256));
    const fresh = selection.received.filter((b) => !known.has(b.payloadSha256));
    for (const b of fresh) {
      const r = receivedRow(b, fileNameOf(b), operator, at);
      await tx.query(
        `INSERT INTO received_bundles (payload_sha256, origin, lineage, sequence, part_key, set_id, origin_name, admin_code, signer_kid, created_at, imported_at, imported_by, file_name, range, counts, carried_in, via)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15::jsonb, $16, $17::jsonb) ON CONFLICT (payload_sha256) DO NOTHING`,
        [r.payloadSha256, r.origin, r.lineage, r.sequence, r.partKey, r.setId ?? null, r.originName, r.adminCode, r.signerKid, r.createdAt, r.importedAt, r.importedBy, r.fileName, JSON.stringify(r.range), JSON.stringify(r.counts), r.carriedIn ?? null, r.via ? JSON.stringify(r.via) : null],
      );
      // Files received directly are kept as signed (carried ones live inside their carrier's file).
      if (b.via.length === 0)
        await tx.query('INSERT INTO bundle_archive (payload_sha256, origin, sequence, protected, payload, signature, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING', [
          b.payloadSha256,
          b.payload.origin.unitId,
          b.payload.sequence,
          b.file.protected,
          b.file.payload,
          b.file.signature,
          at,
        ]);
    }
    for (const r of selection.rotations)
      await tx.query(
        'INSERT INTO key_rotations (new_kid, signed_by_kid, announcement, sequence, received_at) VALUES ($1, $2, $3::jsonb, $4, $5) ON CONFLICT (new_kid, signed_by_kid) DO UPDATE SET announcement = EXCLUDED.announcement, sequence = EXCLUDED.sequence, received_at = EXCLUDED.received_at',
        [r.announcement.newKid, r.signedByKid, JSON.stringify(r.announcement), r.sequence, r.receivedAt ?? at],
      );
    for (const f of prepared.forks)
      await tx.query(
        `INSERT INTO forks (origin, origin_name, lineage, sequence, variants, diff, detected_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)
         ON CONFLICT (origin, lineage, sequence) DO UPDATE SET origin_name = EXCLUDED.origin_name, variants = EXCLUDED.variants, diff = EXCLUDED.diff, detected_at = EXCLUDED.detected_at`,
        [f.origin, f.originName, f.lineage, f.sequence, JSON.stringify(f.variants), f.diff ? JSON.stringify(f.diff) : null, f.detectedAt],
      );
    return { written: plan.puts.length, held: plan.holds.length, recorded: selection.received.length };
  });
  if (result.written > 0) await afterImport(db, result.written);
  return result;
}

/**
 * Upkeep after an import's commit: the search index's pending entries moved into it, and — in
 * PGlite, which has no autovacuum to do it — the planner's statistics of the records made again
 * when the import grew them by a tenth or more (autovacuum's own rule on a server), so its plans
 * are those of a database it knows, as on a server. Its failure loses nothing.
 */
async function afterImport(db: ArchiveDb, written: number): Promise<void> {
  await flushSearchIndex(db);
  if (db.kind !== 'pglite') return;
  const rows = await db.query<{ n: string | number | null }>('SELECT sum(n) AS n FROM origin_stats').catch(() => []);
  const total = Number(rows[0]?.n ?? 0);
  if (written * 10 >= total) await db.query('ANALYZE records').catch(() => undefined);
}

/**
 * Moves the entries just written from the search indexes' pending lists (register entries', archive search's) into the indexes proper
 * (GIN's fast update keeps up to 4 MB of new entries in a list every search reads through; at
 * 1M records that list made a typical search ~30 % slower until the next vacuum). Done after
 * the commit: it is upkeep, and its failure loses nothing — the next vacuum does the same.
 */
async function flushSearchIndex(db: ArchiveDb): Promise<void> {
  await db.query("SELECT gin_clean_pending_list('records_search'::regclass)").catch(() => undefined);
  await db.query("SELECT gin_clean_pending_list('records_held_search'::regclass)").catch(() => undefined);
}

/** A person decided which unit owns a record id two units claimed: the claims are settled by it, in one transaction. */
export async function decideArchiveOwnership(db: ArchiveDb, operator: string, table: ReplicatedTable, id: string, owner: string, now: Date = new Date()): Promise<void> {
  if (!REPLICATED_TABLES.includes(table)) throw new AppError('archive.request.invalid');
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`);
    const unit = await requireUnit(tx);
    const claims = await tx.query<{ origin: string }>("SELECT origin FROM held_claims WHERE tbl = $1 AND id = $2 AND reason = 'contested'", [table, id]);
    if (!claims.some((c) => c.origin === owner)) throw new AppError('archive.decision.notClaimant');
    await tx.query(
      'INSERT INTO ownership (tbl, id, owner, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tbl, id) DO UPDATE SET owner = EXCLUDED.owner, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at',
      [table, id, owner, operator, now.toISOString()],
    );
    const { plan } = await planAgainstPg(tx, unit.id, [], [{ table, id }]);
    await writePlan(tx, plan, { operator, action: 'bundle.decideOwner', detail: `${table} ${id}`, at: now.toISOString() });
  });
}
