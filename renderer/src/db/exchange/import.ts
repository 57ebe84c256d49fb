/**
 * Import of bundle files, in stages: read → parse → verify the selection (signatures, keys,
 * carried files, custody, part sets, forks) → the pure import plan (the dry-run receipt)
 * → applied in ONE transaction through the one write path (db/changes.ts) on confirmation.
 * Nothing is written before `applyImport`. `applyImport` plans again inside its transaction
 * (IndexedDB reads only, no other await), so what it writes is decided on the data as it
 * is at that moment, and a crash leaves the old state or the new, never a mix.
 */
import { emptyImportPlan, planImport, type ImportPlan } from '../../core/bundle/import-plan';
import { parseBundleFile, type ParsedBundleFile } from '../../core/bundle/parse';
import { verifySelection, type SelectionResult } from '../../core/bundle/selection';
import { REPLICATED_TABLES, type ReplicatedTable } from '../../core/bundle/schema';
import type { VerifiedBundle, VerifyOptions } from '../../core/bundle/verify';
import { AppError } from '../../core/errors';
import { formatDate } from '../../core/format';
import { addHoldings, HOLDINGS_COUNTERS_VERSION } from '../../core/dossiers/inventory';
import { countForeignHoldings } from '../repositories/foreign-repository';
import { lastJournalSeq } from '../repositories/journal-repository';
import { dropForeignStore, foreignGeneration, keepForeignStore, lendForeignStore } from '../foreign/foreign-cache';
import type { ForeignStore } from '../foreign/foreign-store';
import { writeChanges, writeDecision, type Session } from '../changes';
import type { LuutruDb, TableName } from '../schema';
import { loadTrustPolicy } from './keys';
import { DbPlanState, planAgainstDb } from './plan-state';
import { assertLostKeyDecided, buildReceipt, forkRows, importJournalDetail, type ImportReceipt } from './receipt';
import type { ForkRow } from './rows';
import { receivedRow } from './received-row';
import { isSampleProfile } from '../sample/sample-flag';

export type ImportFile = { readonly name: string; readonly data: Uint8Array };
export type { ImportReceipt, FileReceipt } from './receipt';

export type PreparedImport = {
  readonly receipt: ImportReceipt;
  readonly selection: SelectionResult;
  readonly files: readonly ImportFile[];
  readonly forks: readonly ForkRow[];
  readonly receiverUnitId: string;
  /** The plan of the dry run, and the journal position and foreign generation it was made at (apply reuses it if neither moved). */
  readonly plan: ImportPlan | undefined;
  readonly journalSeq: number;
  readonly foreignGeneration: string | undefined;
  /** Where the dry run's time went (ms): reading the files, checking them, planning, forks and the receipt. */
  readonly timings: ImportTimings;
};

export type ImportTimings = { readonly readMs: number; readonly verifyMs: number; readonly planMs: number; readonly receiptMs: number };

const IMPORT_TABLES: readonly TableName[] = [
  'foreignBlocks',
  'foreignDirs',
  'heldClaims',
  'ownership',
  'receivedBundles',
  'bundleArchive',
  'keyRotations',
  'forks',
  'originStats',
];

/** The replicated tables this database has (a table of a later version may not exist yet). */
function presentRecordTables(db: LuutruDb): TableName[] {
  const names = new Set<string>(db.tables.map((t) => t.name));
  return REPLICATED_TABLES.filter((t): t is ReplicatedTable & TableName => names.has(t));
}

/**
 * Where an import is: reading the files, checking each bundle's signature and records, planning
 * the merge against what is stored (prepare); planning again if needed, writing (apply).
 * `file` names the picked file being worked on. Prepare's callback may throw to stop (cancel).
 */
export type ImportStage = 'read' | 'verify' | 'plan' | 'write';
export type ImportProgress = (p: { readonly stage: ImportStage; readonly done: number; readonly total: number; readonly file?: string }) => void | Promise<void>;

/**
 * A person's import into this profile: refused in a try-out profile, whose removal clears the
 * whole database — a real unit's bundle taken in there would go with the sample, unmarked beside
 * it. (The sample archive's own bundle is taken in by make-sample, not through here.)
 */
export async function assertImportAllowed(db: LuutruDb): Promise<void> {
  if (await isSampleProfile(db)) throw new AppError('import.sampleData');
}

/** Reads, verifies and plans. Writes nothing. */
export async function prepareImport(
  db: LuutruDb,
  files: readonly ImportFile[],
  receiverUnitId: string,
  now: Date = new Date(),
  progress?: ImportProgress,
  /** How files are checked (the exchange worker gives its helper threads). */
  verifyOptions: VerifyOptions = {},
): Promise<PreparedImport> {
  const t0 = performance.now();
  const parsed: (ParsedBundleFile | AppError)[] = [];
  for (const [i, f] of files.entries()) {
    await progress?.({ stage: 'read', done: i, total: files.length, file: f.name });
    try {
      parsed.push(parseBundleFile(f.data));
    } catch (e) {
      parsed.push(e instanceof AppError ? e : new AppError('bundle.verify.failed'));
    }
  }
  const t1 = performance.now();
  const policy = await loadTrustPolicy(db, receiverUnitId);
  const selection = await verifySelection(parsed, policy, verifyOptions, now.toISOString(), (file, done, total) => progress?.({ stage: 'verify', done, total, file: files[file]?.name ?? '' }));
  await progress?.({ stage: 'plan', done: 0, total: 1 });
  const t2 = performance.now();
  const { plan, journalSeq, foreignGeneration } = await planSnapshot(db, receiverUnitId, selection.accepted);
  const t3 = performance.now();
  const forks = await forkRows(db, selection, files, now);
  const alreadyReceived = new Set((await db.receivedBundles.bulkGet(selection.received.map((b) => b.payloadSha256))).filter(Boolean).map((r) => r!.payloadSha256));
  const receipt = buildReceipt({ selection, plan, files, forks, alreadyReceived, policy });
  const timings = { readMs: t1 - t0, verifyMs: t2 - t1, planMs: t3 - t2, receiptMs: performance.now() - t3 };
  return { receipt, selection, files, forks, receiverUnitId, plan, journalSeq, foreignGeneration, timings };
}

/** Tables a plan reads: the receiver's own records, held claims, decisions, others' blocks, and the positions it is judged at. */
function planTables(db: LuutruDb): TableName[] {
  return [...presentRecordTables(db), 'heldClaims', 'ownership', 'foreignBlocks', 'foreignDirs', 'settings', 'journal'];
}

/**
 * The dry run's plan, made in one read transaction with the journal position and foreign
 * generation it was made at: every write to records or held claims writes a journal entry, and
 * every write of others' records a new generation; if neither moved at apply time, this plan
 * still holds and is applied as it is, otherwise apply plans again. Others' directories come
 * from the ones kept since the last import when they are of this very generation.
 */
async function planSnapshot(db: LuutruDb, receiverUnitId: string, accepted: readonly VerifiedBundle[]): Promise<{ plan: ImportPlan | undefined; journalSeq: number; foreignGeneration: string | undefined }> {
  let store: ForeignStore | undefined;
  try {
    const snapshot = await db.transaction('r', planTables(db), async () => {
      const [journalSeq, generation] = await Promise.all([lastJournalSeq(db), foreignGeneration(db)]);
      store = lendForeignStore(db, generation);
      const plan = accepted.length > 0 ? await planAgainstDb(db, receiverUnitId, accepted, [], store) : undefined;
      return { plan, journalSeq, foreignGeneration: generation };
    });
    keepForeignStore(db, store!, snapshot.foreignGeneration);
    return snapshot;
  } catch (e) {
    if (store) dropForeignStore(db, store);
    throw e;
  }
}

/** Writes the held claims, received bundles, signed files, rotations, forks and counters of a plan (inside the transaction). */
async function writeImportBookkeeping(
  db: LuutruDb,
  plan: ImportPlan,
  prepared: { selection: SelectionResult; forks: readonly ForkRow[]; fileNameOf: (b: VerifiedBundle) => string; fileToKeep: (b: VerifiedBundle) => Blob | undefined } | undefined,
  operator: string,
  at: string,
): Promise<void> {
  if (plan.releases.length) await db.heldClaims.bulkDelete(plan.releases.map((r) => [r.table, r.id, r.origin] as [string, string, string]));
  if (plan.holds.length) await db.heldClaims.bulkPut(plan.holds.map((h) => ({ ...h, heldAt: at })));
  for (const origin of new Set([...Object.keys(plan.countDeltas), ...Object.keys(plan.holdingsDeltas)])) {
    const row = await db.originStats.get(origin);
    const counts: Partial<Record<ReplicatedTable, number>> = { ...(row?.counts ?? {}) };
    for (const [t, d] of Object.entries(plan.countDeltas[origin] ?? {}) as [ReplicatedTable, number][]) {
      const n = Math.max(0, (counts[t] ?? 0) + d);
      if (n > 0) counts[t] = n;
      else delete counts[t];
    }
    // Holdings counters move by the plan's delta; the blocks are not written yet, so counters
    // missing here (an older database) are counted from them as they were before this plan.
    const holdings = row?.holdingsVersion === HOLDINGS_COUNTERS_VERSION ? { ...(row.holdings ?? {}) } : await countForeignHoldings(db, origin);
    addHoldings(holdings, plan.holdingsDeltas[origin]);
    await db.originStats.put({ origin, counts, holdings, holdingsVersion: HOLDINGS_COUNTERS_VERSION });
  }
  if (!prepared) return;
  const { selection } = prepared;
  const known = new Set((await db.receivedBundles.bulkGet(selection.received.map((b) => b.payloadSha256))).filter(Boolean).map((r) => r!.payloadSha256));
  const fresh = selection.received.filter((b) => !known.has(b.payloadSha256));
  if (fresh.length) await db.receivedBundles.bulkPut(fresh.map((b) => receivedRow(b, prepared.fileNameOf(b), operator, at)));
  // Files received directly are kept as signed (carried ones live inside their carrier's file):
  // their bytes as picked, in a Blob (rows.ts BundleArchiveRow).
  const direct = fresh.filter((b) => b.via.length === 0);
  if (direct.length)
    await db.bundleArchive.bulkPut(
      direct.map((b) => {
        const blob = prepared.fileToKeep(b);
        const kept = blob ? { blob } : { file: b.file };
        return { payloadSha256: b.payloadSha256, origin: b.payload.origin.unitId, sequence: b.payload.sequence, ...kept, receivedAt: at };
      }),
    );
  for (const r of selection.rotations)
    await db.keyRotations.put({ newKid: r.announcement.newKid, signedByKid: r.signedByKid, announcement: r.announcement, sequence: r.sequence, receivedAt: r.receivedAt ?? at });
  for (const f of prepared.forks) {
    const existing = await db.forks.where('[origin+lineage+sequence]').equals([f.origin, f.lineage, f.sequence]).first();
    await db.forks.put(existing?.id !== undefined ? { ...f, id: existing.id } : f);
  }
}

/**
 * Applies a prepared import in one transaction: the plan is made again on the data as it is
 * now, then records, held claims, received bundles, signed files, rotations, forks,
 * counters and ONE journal entry are written together.
 */
export async function applyImport(
  db: LuutruDb,
  prepared: PreparedImport,
  operator: string,
  now: Date = new Date(),
  // Told, never awaited: nothing may wait on another task inside the transaction.
  progress?: (p: { readonly stage: ImportStage; readonly done: number; readonly total: number }) => void,
  /** A picked file already made into the Blob to keep, where one was (the exchange worker's helpers make them: features/exchange/verify-helpers.ts). */
  keptFileOf?: (b: VerifiedBundle) => Blob | undefined,
  /** Bundles signed with a key reported lost that a person decided to take in (their payloads' SHA-256). */
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
  /** The picked file that is this very bundle (not one carrying it), to keep: as a helper made it, else its bytes copied. */
  const fileToKeep = (b: VerifiedBundle) => {
    const made = keptFileOf?.(b);
    if (made) return made;
    const data = prepared.files[prepared.receipt.files.findIndex((f) => f.payloadSha256 === b.payloadSha256)]?.data;
    return data && new Blob([data as Uint8Array<ArrayBuffer>], { type: 'application/json' });
  };
  const session: Session = { unitId: prepared.receiverUnitId, operator };
  let store: ForeignStore | undefined;
  let generation: string | undefined;
  try {
    const result = await writeChanges(
      db,
      session,
      { action: 'bundle.import', detail: importJournalDetail(prepared.files, prepared.receipt), alwaysJournal: true },
      [...presentRecordTables(db), ...IMPORT_TABLES],
      async (changes) => {
        let journalSeq: number;
        [generation, journalSeq] = await Promise.all([foreignGeneration(db), lastJournalSeq(db)]);
        store = lendForeignStore(db, generation);
        // Made on the data as it is now: nothing was written since the dry run (an unknown generation is never taken as unchanged).
        const unchanged = journalSeq === prepared.journalSeq && generation !== undefined && generation === prepared.foreignGeneration;
        let plan: ImportPlan | undefined = unchanged ? prepared.plan : undefined;
        if (!plan && selection.accepted.length > 0) {
          progress?.({ stage: 'plan', done: 0, total: 1 });
          const state = new DbPlanState(db, prepared.receiverUnitId, store);
          await state.preload(selection.accepted);
          for (let round = 0; round < 20 && !plan; round++) {
            const r = planImport(state, selection.accepted);
            if (r.status === 'plan') plan = r.plan;
            else await state.load(r.needs);
          }
          if (!plan) throw new AppError('import.planIncomplete');
        }
        plan ??= emptyImportPlan();
        progress?.({ stage: 'write', done: 0, total: plan.puts.length });
        changes.applyImportPlan(plan, store);
        await writeImportBookkeeping(db, plan, { selection, forks: prepared.forks, fileNameOf, fileToKeep }, operator, at);
        return { written: plan.puts.length, held: plan.holds.length, recorded: selection.received.length, changes };
      },
    );
    // Committed: the directories now are those of the generation this import wrote (or of the one it read).
    keepForeignStore(db, store!, result.changes.foreignGeneration ?? generation);
    return { written: result.written, held: result.held, recorded: result.recorded };
  } catch (e) {
    if (store) dropForeignStore(db, store);
    if (e instanceof AppError) throw e;
    const name = (e as { name?: string })?.name ?? '';
    if (name === 'ConstraintError' || name === 'BulkError') throw new AppError('import.constraint');
    throw e;
  }
}

/** A person decided which unit owns a record id two units claimed: the claims are settled by it, in one transaction. */
export async function decideOwnership(db: LuutruDb, session: Session, table: ReplicatedTable, id: string, owner: string, now: Date = new Date()): Promise<void> {
  await writeChanges(db, session, { action: 'bundle.decideOwner', detail: `${table} ${id}`, alwaysJournal: true }, [...presentRecordTables(db), ...IMPORT_TABLES], async (changes) => {
    await db.ownership.put({ table, id, owner, decidedBy: session.operator, decidedAt: now.toISOString() });
    const plan = await planAgainstDb(db, session.unitId, [], [{ table, id }]);
    changes.applyImportPlan(plan);
    await writeImportBookkeeping(db, plan, undefined, session.operator, now.toISOString());
  });
}

/** Ghi nhận tiếp nhận phông: record why `carrier` may pass on `carried`'s records (a merger or transfer, confirmed by a person). */
export async function recordCustody(
  db: LuutruDb,
  params: { carrierUnitId: string; carriedUnitId: string; kind: 'merger' | 'transfer'; effectiveDate: string; basis: string; confirmedBy: string },
  now: Date = new Date(),
  /** Who recorded it and the units' names, for its journal entry (without it, written alone). */
  journal?: { readonly session: Session; readonly carrierName: string; readonly carriedName: string },
): Promise<void> {
  if (!params.basis.trim()) throw new AppError('custody.basis.required');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(params.effectiveDate)) throw new AppError('custody.date.invalid');
  if (params.carrierUnitId === params.carriedUnitId) throw new AppError('custody.self');
  const row = { ...params, basis: params.basis.trim(), confirmedAt: now.toISOString() };
  const detail = journal && `${journal.carrierName} ← ${journal.carriedName} (${row.kind === 'merger' ? 'sáp nhập' : 'chuyển giao'} từ ${formatDate(row.effectiveDate)}, ${row.basis})`;
  await writeDecision(db, journal?.session, { action: 'custody.record', ...(detail ? { detail } : {}) }, ['custody'], () => db.custody.put(row));
}
