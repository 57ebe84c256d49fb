/**
 * Export of this unit's data as signed bundle files: full, or incremental (everything
 * the change journal recorded since the last export the receiver acknowledged). Only this
 * unit's own records are signed by it; what it received from other units travels as their
 * own signed files, unchanged (`carried`), so the next receiver checks each unit's signature.
 * Reads happen first; signing (WebCrypto) outside any transaction; the export log is
 * written last. Runs in the exchange worker in the app, directly in tests.
 */
import { REPLICATED_TABLES, type BundleOrigin, type BundleRange, type BundleRecord, type BundleRecords, type CarriedFile, type ReplicatedTable } from '../../core/bundle/schema';
import { countRecords, createBundleFile, type BundleInput } from '../../core/bundle/sign';
import { splitIntoParts } from '../../core/bundle/parts';
import { AppError } from '../../core/errors';
import { isoDate } from '../../core/format';
import type { LuutruDb } from '../schema';
import { getLocalUnit, listFonds } from '../repositories/unit-repository';
import { announcementDelivered, keyForNextBundle, rotationAnnounced } from './keys';
import type { ExportLogRow } from './rows';
import { archivedRowFile } from './archive';
import { isSampleProfile } from '../sample/sample-flag';
import { withoutListKeys } from '../../core/dossiers/list-keys';

export type ExportKind = 'full' | 'incremental';
export type ExportProgress = (stage: 'read' | 'sign' | 'done', done: number, total: number) => void;
export type ExportedFile = { readonly name: string; readonly data: Uint8Array };
export type ExportResult = {
  readonly sequence: number;
  readonly range: BundleRange;
  readonly files: readonly ExportedFile[];
  readonly counts: ReturnType<typeof countRecords>;
  /** Other units' signed files passed on, per unit name. */
  readonly carried: readonly { readonly origin: string; readonly name: string; readonly files: number }[];
};

function presentTables(db: LuutruDb): ReplicatedTable[] {
  const names = new Set(db.tables.map((t) => t.name));
  return REPLICATED_TABLES.filter((t) => names.has(t));
}

/** The last export the receiver acknowledged (incremental exports start after it). */
export async function lastAcknowledgedExport(db: LuutruDb): Promise<ExportLogRow | undefined> {
  const all = await db.exportLog.orderBy('sequence').reverse().toArray();
  return all.find((e) => e.acknowledgedAt);
}

export async function acknowledgeExport(db: LuutruDb, sequence: number): Promise<void> {
  await db.transaction('rw', db.exportLog, async () => {
    const rows = await db.exportLog.where('sequence').equals(sequence).toArray();
    for (const r of rows) await db.exportLog.put({ ...r, acknowledgedAt: new Date().toISOString() });
  });
  // The new key signs alone once the receiver has the bundle that announced it.
  for (const r of await db.exportLog.where('sequence').equals(sequence).toArray())
    if (r.announcedKid) await announcementDelivered(db, r.announcedKid);
}

/** Bundle file name: <unit code>_<date>_<seq>.luutru.json (parts: …_<seq>-p<i>of<n>.luutru.json). */
export function bundleFileName(adminCode: string, date: Date, sequence: number, part?: { index: number; total: number }): string {
  const p = part ? `-p${part.index}of${part.total}` : '';
  return `${adminCode || 'donvi'}_${isoDate(date)}_${sequence}${p}.luutru.json`;
}

/** Records as a bundle carries them: without this database's own index keys (a dossier's list keys). */
const asSent = (t: ReplicatedTable, rows: BundleRecord[]): BundleRecord[] => (t === 'dossiers' ? rows.map(withoutListKeys) : rows);

async function readRecords(
  db: LuutruDb,
  selfId: string,
  kind: ExportKind,
  sinceJournalSeq: number,
  onProgress?: ExportProgress,
): Promise<{ records: BundleRecords; journalSeq: number }> {
  const tables = presentTables(db);
  return db.transaction('r', [...tables.map((t) => db.table(t)), db.journal], async () => {
    const lastEntry = await db.journal.orderBy('seq').last();
    const journalSeq = lastEntry?.seq ?? 0;
    const records: Partial<Record<ReplicatedTable, BundleRecord[]>> = {};
    if (kind === 'full') {
      let done = 0;
      for (const t of tables) {
        const rows = (await db.table(t).filter((r: BundleRecord) => r.origin === selfId).toArray()) as BundleRecord[];
        if (rows.length) records[t] = asSent(t, rows);
        done += 1;
        onProgress?.('read', done, tables.length);
      }
      return { records, journalSeq };
    }
    const ids = new Map<ReplicatedTable, Set<string>>();
    await db.journal
      .where('seq')
      .above(sinceJournalSeq)
      .each((e) => {
        for (const c of e.changes) {
          if (!tables.includes(c.table as ReplicatedTable)) continue;
          const set = ids.get(c.table as ReplicatedTable) ?? new Set<string>();
          set.add(c.recordId);
          ids.set(c.table as ReplicatedTable, set);
        }
      });
    let done = 0;
    for (const t of tables) {
      const wanted = [...(ids.get(t) ?? [])];
      if (wanted.length) {
        const rows = ((await db.table(t).bulkGet(wanted)) as (BundleRecord | undefined)[]).filter((r): r is BundleRecord => r?.origin === selfId);
        if (rows.length) records[t] = asSent(t, rows);
      }
      done += 1;
      onProgress?.('read', done, tables.length);
    }
    return { records, journalSeq };
  });
}

/** Other units' signed files received since `since` (all when undefined), passed on unchanged, in a stable order. */
async function carriedFiles(db: LuutruDb, selfId: string, since: string | undefined): Promise<{ files: CarriedFile[]; byOrigin: ExportResult['carried'] }> {
  const rows = (since ? await db.bundleArchive.where('receivedAt').above(since).toArray() : await db.bundleArchive.toArray())
    .filter((r) => r.origin !== selfId)
    .sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : a.sequence - b.sequence || (a.payloadSha256 < b.payloadSha256 ? -1 : 1)));
  const names = new Map((await db.receivedBundles.bulkGet(rows.map((r) => r.payloadSha256))).filter(Boolean).map((r) => [r!.origin, r!.originName]));
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.origin, (count.get(r.origin) ?? 0) + 1);
  return { files: await Promise.all(rows.map(archivedRowFile)), byOrigin: [...count].map(([origin, files]) => ({ origin, name: names.get(origin) ?? origin, files })) };
}

export async function exportBundle(
  db: LuutruDb,
  options: { kind: ExportKind; operator: string; now?: Date; maxPartBytes?: number },
  onProgress?: ExportProgress,
): Promise<ExportResult> {
  const now = options.now ?? new Date();
  const unit = await getLocalUnit(db);
  if (!unit) throw new AppError('export.noUnit');
  // Try-out data never travels upward: the whole profile is the sample, so the export is refused.
  if (await isSampleProfile(db)) throw new AppError('export.sampleData');
  const acked = options.kind === 'incremental' ? await lastAcknowledgedExport(db) : undefined;
  if (options.kind === 'incremental' && !acked) throw new AppError('export.incremental.noAck');
  const range: BundleRange = acked ? { kind: 'since', sinceSequence: acked.sequence } : { kind: 'full' };
  const { records, journalSeq } = await readRecords(db, unit.id, options.kind, acked?.journalSeq ?? 0, onProgress);
  const fonds = await listFonds(db, unit.id);
  const origin: BundleOrigin = {
    unitId: unit.id,
    adminCode: unit.adminCode,
    legacyAdminCode: unit.legacyAdminCode,
    agencyId: unit.agencyId,
    name: unit.name,
    level: unit.level,
    fonds: fonds.map((f) => ({ id: f.id, name: f.name, number: f.number, status: f.status })),
  };
  const { signer, announce } = await keyForNextBundle(db, unit.id);
  const last = await db.exportLog.orderBy('sequence').last();
  const sequence = (last?.sequence ?? 0) + 1;
  const carried = await carriedFiles(db, unit.id, acked?.createdAt);
  const input: BundleInput = {
    origin,
    signerKey: signer.publicJwk,
    sequence,
    range,
    createdAt: now.toISOString(),
    records,
    ...(carried.files.length ? { carried: carried.files } : {}),
    ...(announce?.announcement ? { keyRotation: announce.announcement } : {}),
    ...(signer.recovery ? { keyRecovery: signer.recovery } : {}),
  };
  const parts = splitIntoParts(input, options.maxPartBytes);
  const files: ExportedFile[] = [];
  for (const [i, part] of parts.entries()) {
    onProgress?.('sign', i, parts.length);
    files.push({ name: bundleFileName(unit.adminCode, now, sequence, part.part), data: await createBundleFile(part, signer.privateKey) });
  }
  const counts = countRecords(records);
  await db.exportLog.add({
    sequence,
    createdAt: now.toISOString(),
    createdBy: options.operator,
    range,
    counts,
    fileNames: files.map((f) => f.name),
    journalSeq,
    ...(announce ? { announcedKid: announce.kid } : signer.recovery ? { announcedKid: signer.kid } : {}),
  });
  if (announce) await rotationAnnounced(db, announce.kid, sequence);
  onProgress?.('done', parts.length, parts.length);
  return { sequence, range, files, counts, carried: carried.byOrigin };
}
