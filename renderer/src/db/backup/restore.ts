/**
 * Restoring a backup. First a full read that only checks (signature, hashes, counts,
 * format): nothing is written unless the whole file is sound. Then one step: the
 * tables are emptied and written back chunk by chunk while the same checks run again,
 * and the content hash of every table is read back from the database and compared with
 * the signed manifest. The backup log marks the restore "in progress" until then, so an
 * interrupted restore is seen at the next start (never a silently half-restored unit).
 * A backup of an older schema version goes through a side database of its own version,
 * upgraded by the app's migrations, then copied in.
 */
import { Dexie } from 'dexie';
import { AppError } from '../../core/errors';
import { BackupChecker, splitLines, type BackupSummary } from '../../core/backup/check';
import type { BackupHeader } from '../../core/backup/format';
import type { ByteSource } from '../../platform/types';
import { LuutruDb } from '../schema';
import { guardStorage } from '../storage-errors';
import { contentDigests, tableChunks } from './content';
import { recordBackup } from './backup-log';
import { recoverSigningKey } from '../exchange/keys';
import { jwkThumbprint } from '../../core/bundle/keys';
import { forgetForeignGeneration } from '../foreign/foreign-cache';

export type RestoreStage = 'check' | 'write' | 'verify' | 'upgrade';
export type RestoreProgress = (stage: RestoreStage, done: number, total: number) => void;

const WRITE_BATCH = 5000;

async function* counted(source: ByteSource, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  let n = 0;
  for await (const chunk of source.chunks()) {
    n += chunk.length;
    onBytes(n);
    yield chunk;
  }
}

/** Reads the whole file and checks it; writes nothing. The summary is what the clerk is shown. */
export async function checkBackup(db: LuutruDb, source: ByteSource, onProgress?: RestoreProgress): Promise<BackupSummary> {
  const checker = new BackupChecker(db.verno);
  for await (const line of splitLines(counted(source, (n) => onProgress?.('check', n, source.size)))) await checker.line(line);
  return checker.finish(source.size);
}

/** True when this profile holds anything a restore would replace. */
export async function hasData(db: LuutruDb): Promise<boolean> {
  for (const t of ['units', 'journal', 'incomingDocs', 'outgoingDocs', 'dossiers', 'seenBundles']) if ((await db.table(t).count()) > 0) return true;
  return false;
}

/** What this PC holds, counted as a backup's manifest counts its tables (rows as stored), and its last change: set beside a backup before it replaces them. */
export type LocalHoldings = { readonly incoming: number; readonly outgoing: number; readonly dossiers: number; readonly journal: number; readonly lastChangeAt?: string };

export async function localHoldings(db: LuutruDb): Promise<LocalHoldings> {
  const [incoming, outgoing, dossiers, journal, last] = await Promise.all([db.incomingDocs.count(), db.outgoingDocs.count(), db.dossiers.count(), db.journal.count(), db.journal.orderBy('seq').last()]);
  return { incoming, outgoing, dossiers, journal, ...(last ? { lastChangeAt: last.at } : {}) };
}

export type RestoreOptions = { readonly operator: string; readonly onProgress?: RestoreProgress; readonly now?: () => Date };

/**
 * Restores a backup already checked by `checkBackup` (its summary is passed back, so a file
 * changed between the two reads is refused). Afterwards the unit has a NEW signing key.
 */
export async function restoreBackup(db: LuutruDb, source: ByteSource, expected: BackupSummary, options: RestoreOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  const { header, manifest } = expected;
  if (header.schemaVersion > db.verno) throw new AppError('backup.tooNew');
  const logId = await guardStorage(() =>
    recordBackup(db, {
      kind: 'restore',
      at: now().toISOString(),
      status: 'in-progress',
      fileName: source.name,
      operator: options.operator,
      rows: expected.totalRows,
      journalSeq: manifest.journalSeq,
      backupCreatedAt: header.createdAt,
    }),
  );
  const side = header.schemaVersion < db.verno ? await openSideDb(db, header) : undefined;
  try {
    const target: Dexie = side ?? db;
    await clearTables(target, [...header.tables, ...(side ? [] : ['signingKeys'])]);
    await writeRows(target, source, expected, options.onProgress);
    const digests = await contentDigests(target, header.tables);
    for (const t of header.tables) if (digests[t]!.sha256 !== manifest.tables[t]!.sha256) throw new AppError('backup.restoreMismatch', { table: t });
    if (side) await copyUpgraded(side, db, options.onProgress);
  } finally {
    if (side) {
      side.close();
      await Dexie.delete(side.name);
    }
  }
  // Other units' data was replaced outside the one write path: directories kept by an import worker are not of it.
  await guardStorage(() => forgetForeignGeneration(db));
  await guardStorage(() => db.backupLog.update(logId, { status: 'done', at: now().toISOString() }));
  // The key lost is the one the backup was signed with (the unit's key when it was made): the restored tables
  // hold no signing key to name it by (they are emptied above, and the private key is never in a backup).
  const previousKid = await jwkThumbprint(manifest.signerKey);
  await recoverSigningKey(db, header.unit.id, { backupCreatedAt: header.createdAt, lastExportSequence: manifest.lastExportSequence, previousKid });
}

async function clearTables(db: Dexie, tables: readonly string[]): Promise<void> {
  const present = tables.filter((t) => db.tables.some((x) => x.name === t));
  await guardStorage(() => db.transaction('rw', present, async () => Promise.all(present.map((t) => db.table(t).clear()))));
}

/** The second read: the same checks, and each chunk written as it passes them. */
async function writeRows(target: Dexie, source: ByteSource, expected: BackupSummary, onProgress?: RestoreProgress): Promise<void> {
  const checker = new BackupChecker(Math.max(target.verno, expected.header.schemaVersion));
  let batch: Record<string, unknown>[] = [];
  let batchTable = '';
  let done = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    const table = batchTable;
    batch = [];
    await guardStorage(() => target.table(table).bulkAdd(rows));
    done += rows.length;
    onProgress?.('write', done, expected.totalRows);
  };
  for await (const line of splitLines(source.chunks())) {
    const chunk = await checker.line(line);
    if (!chunk) continue;
    if (chunk.table !== batchTable) await flush();
    batchTable = chunk.table;
    batch.push(...chunk.rows);
    if (batch.length >= WRITE_BATCH) await flush();
  }
  await flush();
  const again = await checker.finish(source.size);
  if (again.manifest.headerSha256 !== expected.manifest.headerSha256 || again.manifest.bytes !== expected.manifest.bytes) throw new AppError('backup.changedSinceCheck');
}

/** A database of the backup's own schema version, declared from the stores its header lists. */
async function openSideDb(db: LuutruDb, header: BackupHeader): Promise<Dexie> {
  const name = `${db.name}-restore`;
  await Dexie.delete(name);
  const side = new Dexie(name);
  side.version(header.schemaVersion).stores(header.stores);
  await side.open();
  return side;
}

/** Upgrades the side database with the app's own migrations, then copies every table into `db`. */
async function copyUpgraded(side: Dexie, db: LuutruDb, onProgress?: RestoreProgress): Promise<void> {
  const name = side.name;
  side.close();
  const upgraded = new LuutruDb(name);
  try {
    await upgraded.open();
    const tables = upgraded.tables.map((t) => t.name).filter((t) => t !== 'backupLog' && t !== 'signingKeys');
    await clearTables(db, [...tables, 'signingKeys']);
    const total = (await Promise.all(tables.map((t) => upgraded.table(t).count()))).reduce((a, b) => a + b, 0);
    let done = 0;
    for (const t of tables) {
      for await (const rows of tableChunks(upgraded, t, WRITE_BATCH)) {
        await guardStorage(() => db.table(t).bulkAdd(rows));
        done += rows.length;
        onProgress?.('upgrade', done, total);
      }
    }
  } finally {
    upgraded.close();
  }
}
