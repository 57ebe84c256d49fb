/**
 * Import of bundle files, in stages: read → parse → verify signature and signer →
 * validate (inside verify) → check part sets → compute the pure merge plan (the
 * dry-run receipt) → apply it in ONE Dexie transaction on confirmation. Nothing is
 * written before `applyImport`, and `applyImport` does only IndexedDB work inside
 * its transaction, so a crash leaves the old state or the new, never a mix.
 */
import type { Fingerprint } from '../../core/bundle/keys';
import {
  ARRIVAL_NUMBER_RULE,
  idsInBundles,
  planMerge,
  type ExistingLookup,
  type MergePlan,
  type UniqueConflict,
} from '../../core/bundle/merge';
import { checkPartSet } from '../../core/bundle/parts';
import { parseBundleFile, type ParsedBundleFile } from '../../core/bundle/parse';
import { REPLICATED_TABLES, type BundleCounts, type BundleOrigin, type BundleRecord, type PublicJwk, type ReplicatedTable } from '../../core/bundle/schema';
import { rotationOf, verifyBundles, type VerifiedBundle } from '../../core/bundle/verify';
import { AppError } from '../../core/errors';
import type { RecordChange } from '../../core/journal';
import { HybridClock, ZERO_HLC } from '../../core/hlc';
import type { LuutruDb } from '../schema';
import { loadTrustPolicy } from './keys';
import type { HeldRecordRow } from './rows';

export type ImportFile = { readonly name: string; readonly data: Uint8Array };

export type FileOutcome =
  | { readonly name: string; readonly status: 'verified' | 'already-imported'; readonly origin: BundleOrigin; readonly sequence: number; readonly part?: number; readonly fingerprint: Fingerprint; readonly counts: BundleCounts; readonly createdAt: string }
  | { readonly name: string; readonly status: 'needs-confirmation'; readonly origin: BundleOrigin; readonly fingerprint: Fingerprint; readonly signerKey: PublicJwk; readonly counts: BundleCounts }
  | { readonly name: string; readonly status: 'error'; readonly code: string; readonly params: Readonly<Record<string, string | number>> };

/** Plain (structured-cloneable) dry-run receipt shown before anything is written. */
export type ImportReceipt = {
  readonly files: readonly FileOutcome[];
  readonly tables: MergePlan['tables'];
  readonly conflicts: readonly UniqueConflict[];
  readonly rejected: MergePlan['rejected'];
  readonly origins: readonly { readonly unitId: string; readonly name: string; readonly adminCode: string }[];
  readonly writes: number;
  readonly held: number;
  readonly isEmpty: boolean;
};

export type PreparedImport = {
  readonly receipt: ImportReceipt;
  readonly bundles: readonly VerifiedBundle[];
  readonly plan: MergePlan | undefined;
  readonly files: readonly ImportFile[];
};

function presentTables(db: LuutruDb): Set<string> {
  return new Set(db.tables.map((t) => t.name));
}

/** Existing records (main tables and held conflicts) for the ids and register numbers the bundles touch. */
async function prefetch(db: LuutruDb, bundles: readonly VerifiedBundle[]): Promise<ExistingLookup> {
  const present = presentTables(db);
  const ids = idsInBundles(bundles);
  const byTable = new Map<ReplicatedTable, Map<string, BundleRecord>>();
  const byKey = new Map<string, BundleRecord[]>();
  await db.transaction('r', [...REPLICATED_TABLES.filter((t) => present.has(t)).map((t) => db.table(t)), db.heldRecords], async () => {
    for (const t of REPLICATED_TABLES) {
      if (!present.has(t) || ids[t].length === 0) continue;
      const m = new Map<string, BundleRecord>();
      if ((await db.table(t).count()) > 0) {
        const rows = (await db.table(t).bulkGet(ids[t])) as (BundleRecord | undefined)[];
        for (const r of rows) if (r) m.set(r.id, r);
      }
      byTable.set(t, m);
    }
    const held = await db.heldRecords.toArray();
    for (const h of held) {
      const m = byTable.get(h.table) ?? new Map<string, BundleRecord>();
      if (!m.has(h.id)) m.set(h.id, h.record);
      byTable.set(h.table, m);
      const key = ARRIVAL_NUMBER_RULE.keyOf(h.record);
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), h.record]);
    }
    if (present.has('incomingDocs')) {
      const pairs = new Map<string, [string, number]>();
      for (const b of bundles)
        for (const r of b.payload.records.incomingDocs ?? [])
          if (typeof r.registerId === 'string' && typeof r.arrivalNumber === 'number')
            pairs.set(`${r.registerId}|${r.arrivalNumber}`, [r.registerId, r.arrivalNumber]);
      if (pairs.size > 0 && (await db.incomingDocs.count()) > 0) {
        const rows = (await db.incomingDocs.where('[registerId+arrivalNumber]').anyOf([...pairs.values()]).toArray()) as unknown as BundleRecord[];
        for (const r of rows) {
          const key = ARRIVAL_NUMBER_RULE.keyOf(r);
          if (key) byKey.set(key, [...(byKey.get(key) ?? []), r]);
        }
      }
    }
  });
  return {
    get: (t, id) => byTable.get(t)?.get(id),
    byUniqueKey: (t, rule, key) => (t === 'incomingDocs' && rule === ARRIVAL_NUMBER_RULE.name ? (byKey.get(key) ?? []) : []),
  };
}

function outcomeError(name: string, e: unknown): FileOutcome {
  const err = e instanceof AppError ? e : new AppError('bundle.verify.failed');
  return { name, status: 'error', code: err.code, params: err.params };
}

/** Reads, verifies and plans. Writes nothing. */
export async function prepareImport(db: LuutruDb, files: readonly ImportFile[], receiverUnitId: string): Promise<PreparedImport> {
  const parsed: (ParsedBundleFile | undefined)[] = [];
  const outcomes: (FileOutcome | undefined)[] = [];
  for (const f of files) {
    try {
      parsed.push(parseBundleFile(f.data));
      outcomes.push(undefined);
    } catch (e) {
      parsed.push(undefined);
      outcomes.push(outcomeError(f.name, e));
    }
  }
  const policy = await loadTrustPolicy(db);
  const indexes = parsed.flatMap((p, i) => (p ? [i] : []));
  const results = await verifyBundles(indexes.map((i) => parsed[i]!), policy);
  const verified: { index: number; bundle: VerifiedBundle; fresh: boolean }[] = [];
  results.forEach((r, k) => {
    const i = indexes[k]!;
    const name = files[i]!.name;
    if (r.status === 'error') outcomes[i] = outcomeError(name, r.error);
    else if (r.status === 'needs-confirmation')
      outcomes[i] = { name, status: 'needs-confirmation', origin: r.origin, fingerprint: r.fingerprint, signerKey: r.signerKey, counts: r.counts };
    else {
      const p = r.bundle.payload;
      if (p.origin.unitId === receiverUnitId) {
        outcomes[i] = outcomeError(name, new AppError('import.ownBundle'));
        return;
      }
      outcomes[i] = {
        name,
        status: r.status,
        origin: p.origin,
        sequence: p.sequence,
        ...(p.part ? { part: p.part.index } : {}),
        fingerprint: r.bundle.fingerprint,
        counts: p.counts,
        createdAt: p.createdAt,
      };
      verified.push({ index: i, bundle: r.bundle, fresh: r.status === 'verified' });
    }
  });

  // Split bundles are taken only as complete sets.
  const sets = new Map<string, typeof verified>();
  for (const v of verified) {
    const key = v.bundle.payload.part ? `${v.bundle.payload.origin.unitId}|${v.bundle.payload.sequence}|${v.bundle.payload.part.setId}` : `single|${v.index}`;
    sets.set(key, [...(sets.get(key) ?? []), v]);
  }
  const accepted: VerifiedBundle[] = [];
  for (const group of sets.values()) {
    try {
      const status = checkPartSet(group.map((g) => g.bundle));
      if (!status.complete) {
        for (const g of group)
          outcomes[g.index] = outcomeError(files[g.index]!.name, new AppError('bundle.parts.incomplete', { missing: status.missing.join(', '), total: status.total }));
        continue;
      }
      for (const g of group) if (g.fresh) accepted.push(g.bundle);
    } catch (e) {
      for (const g of group) outcomes[g.index] = outcomeError(files[g.index]!.name, e);
    }
  }

  let plan: MergePlan | undefined;
  if (accepted.length > 0) plan = planMerge(await prefetch(db, accepted), accepted, { receiverUnitId });
  const present = presentTables(db);
  const held = plan ? holdDecisions(plan).size : 0;
  const origins = new Map<string, { unitId: string; name: string; adminCode: string }>();
  for (const b of accepted) origins.set(b.payload.origin.unitId, { unitId: b.payload.origin.unitId, name: b.payload.origin.name, adminCode: b.payload.origin.adminCode });
  for (const b of accepted)
    for (const c of b.payload.carriedOrigins ?? []) if (!origins.has(c.unitId)) origins.set(c.unitId, { unitId: c.unitId, name: c.name, adminCode: c.adminCode });
  const receipt: ImportReceipt = {
    files: outcomes.map((o, i) => o ?? outcomeError(files[i]!.name, new AppError('bundle.verify.failed'))),
    tables: plan?.tables ?? ({} as MergePlan['tables']),
    conflicts: plan?.conflicts ?? [],
    rejected: plan?.rejected ?? [],
    origins: [...origins.values()],
    writes: plan ? plan.puts.filter((p) => present.has(p.table)).length : 0,
    held,
    isEmpty: !plan || (plan.isEmpty && plan.seen.length === 0),
  };
  return { receipt, bundles: accepted, plan, files };
}

/** For each conflict, the record with the smallest id keeps the number; the others are held (same result in any import order). */
function holdDecisions(plan: MergePlan): Map<string, string> {
  const held = new Map<string, string>();
  for (const c of plan.conflicts) for (const id of c.recordIds.slice(1)) held.set(`${c.table}|${id}`, c.key);
  return held;
}

/** Writes a prepared import in one transaction: records, held conflicts, seen bundles, rotations, one journal entry. */
export async function applyImport(db: LuutruDb, prepared: PreparedImport, operator: string, now: Date = new Date()): Promise<{ written: number; held: number }> {
  const plan = prepared.plan;
  if (!plan) throw new AppError('import.nothing');
  const present = presentTables(db);
  const holds = holdDecisions(plan);
  const keepers = new Set(plan.conflicts.map((c) => `${c.table}|${c.recordIds[0]}`));
  const tables = REPLICATED_TABLES.filter((t) => present.has(t));
  const fileBySha = new Map<string, string>();
  prepared.bundles.forEach((b) => {
    const i = prepared.receipt.files.findIndex((f) => f.status === 'verified' && f.origin.unitId === b.payload.origin.unitId && f.sequence === b.payload.sequence && (f.part ?? 0) === (b.payload.part?.index ?? 0));
    fileBySha.set(b.payloadSha256, prepared.files[i]?.name ?? '');
  });
  let maxClock = ZERO_HLC;
  for (const p of plan.puts) if (p.record.clock > maxClock) maxClock = p.record.clock;

  try {
    return await db.transaction(
      'rw',
      [...tables.map((t) => db.table(t)), db.heldRecords, db.seenBundles, db.keyRotations, db.journal, db.settings],
      async () => {
        const changes: RecordChange[] = [];
        const mainPuts = new Map<ReplicatedTable, BundleRecord[]>();
        const heldPuts: HeldRecordRow[] = [];
        const heldDeletes: [string, string][] = [];
        const mainDeletes = new Map<ReplicatedTable, string[]>();
        // Append in place: spreading the list per record made a 100k apply quadratic.
        const append = <T,>(m: Map<ReplicatedTable, T[]>, t: ReplicatedTable, v: T) => {
          const list = m.get(t);
          if (list) list.push(v);
          else m.set(t, [v]);
        };
        const putKeys = new Set(plan.puts.map((p) => `${p.table}|${p.record.id}`));
        // Only held rows that exist need deleting (usually none; deleting a missing key is a no-op).
        const heldNow = new Set(((await db.heldRecords.toCollection().primaryKeys()) as unknown as [string, string][]).map(([t, id]) => `${t}|${id}`));
        // Existing records whose place (main table or held) changes because of a conflict.
        for (const c of plan.conflicts) {
          if (!present.has(c.table)) continue;
          for (const id of c.recordIds) {
            const key = `${c.table}|${id}`;
            if (putKeys.has(key)) continue;
            const inMain = (await db.table(c.table).get(id)) as BundleRecord | undefined;
            const inHeld = await db.heldRecords.get([c.table, id]);
            if (holds.has(key) && inMain) {
              append(mainDeletes, c.table, id);
              heldPuts.push({ table: c.table, id, record: inMain, conflictKey: c.key, heldAt: now.toISOString() });
            } else if (keepers.has(key) && inHeld) {
              heldDeletes.push([c.table, id]);
              append(mainPuts, c.table, inHeld.record);
            }
          }
        }
        for (const p of plan.puts) {
          if (!present.has(p.table)) continue;
          const key = `${p.table}|${p.record.id}`;
          if (holds.has(key)) {
            heldPuts.push({ table: p.table, id: p.record.id, record: p.record, conflictKey: holds.get(key)!, heldAt: now.toISOString() });
            append(mainDeletes, p.table, p.record.id);
          } else {
            append(mainPuts, p.table, p.record);
            if (heldNow.has(key)) heldDeletes.push([p.table, p.record.id]);
          }
          changes.push({ table: p.table, recordId: p.record.id, op: p.record.deleted ? 'delete' : 'update', fields: [], clock: p.record.clock });
        }
        for (const [t, ids] of mainDeletes) await db.table(t).bulkDelete(ids);
        if (heldDeletes.length) await db.heldRecords.bulkDelete(heldDeletes);
        // The database keeps tombstones in the unique number index while the merge rule ignores
        // them: an incoming record whose number is occupied by another record is held, not written.
        const incoming = mainPuts.get('incomingDocs');
        if (incoming?.length) {
          const pairs = incoming.map((r) => [r.registerId, r.arrivalNumber] as [string, number]).filter(([a, b]) => typeof a === 'string' && typeof b === 'number');
          const occupied = new Map<string, string>();
          if (pairs.length) {
            const rows = (await db.incomingDocs.where('[registerId+arrivalNumber]').anyOf(pairs).toArray()) as unknown as BundleRecord[];
            for (const r of rows) occupied.set(`${String(r.registerId)}|${String(r.arrivalNumber)}`, r.id);
          }
          const seenPairs = new Map<string, string>();
          const keep: BundleRecord[] = [];
          for (const r of incoming) {
            const pair = `${String(r.registerId)}|${String(r.arrivalNumber)}`;
            const holder = occupied.get(pair) ?? seenPairs.get(pair);
            if (holder && holder !== r.id) {
              heldPuts.push({ table: 'incomingDocs', id: r.id, record: r, conflictKey: `${r.origin}|${pair}`, heldAt: now.toISOString() });
            } else {
              seenPairs.set(pair, r.id);
              keep.push(r);
            }
          }
          mainPuts.set('incomingDocs', keep);
        }
        for (const [t, rows] of mainPuts) await db.table(t).bulkPut(rows);
        if (heldPuts.length) await db.heldRecords.bulkPut(heldPuts);
        for (const b of prepared.bundles) {
          const p = b.payload;
          await db.seenBundles.put({
            origin: p.origin.unitId,
            sequence: p.sequence,
            partKey: p.part?.index ?? 0,
            payloadSha256: b.payloadSha256,
            originName: p.origin.name,
            adminCode: p.origin.adminCode,
            signerKid: b.kid,
            createdAt: p.createdAt,
            importedAt: now.toISOString(),
            importedBy: operator,
            fileName: fileBySha.get(b.payloadSha256) ?? '',
            range: p.range,
            counts: p.counts,
          });
          const rotation = rotationOf(b);
          if (rotation) await db.keyRotations.put({ newKid: rotation.announcement.newKid, signedByKid: rotation.signedByKid, announcement: rotation.announcement });
        }
        if (changes.length > 0 || prepared.bundles.length > 0) {
          await db.journal.add({
            at: now.toISOString(),
            operator,
            action: 'bundle.import',
            detail: prepared.files.map((f) => f.name).join(', '),
            changes,
            recordIds: [...new Set(changes.map((c) => c.recordId))],
          });
        }
        const stored = await db.settings.get('hlc');
        const clock = new HybridClock(typeof stored?.value === 'string' ? stored.value : ZERO_HLC);
        clock.receive(maxClock);
        await db.settings.put({ key: 'hlc', value: clock.peek() });
        return { written: changes.length - heldPuts.length, held: heldPuts.length };
      },
    );
  } catch (e) {
    if (e instanceof AppError) throw e;
    const name = (e as { name?: string })?.name ?? '';
    if (name === 'ConstraintError' || name === 'BulkError') throw new AppError('import.constraint');
    throw e;
  }
}
