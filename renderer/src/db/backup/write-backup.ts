/**
 * Making a backup: streams the header, every table's rows in chunks and the signed
 * manifest into a sink (a file the clerk chose), about 1 MB at a time, so memory stays
 * flat whatever the size of the database. Signed with the unit's active Ed25519 key
 * (WebCrypto, outside any transaction). A sink that fails or a cancel aborts the file.
 */
import { FlattenedSign } from 'jose';
import { AppError } from '../../core/errors';
import { jwkThumbprint } from '../../core/bundle/keys';
import {
  BACKUP_CHUNK_ROWS,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_JWS_TYP,
  TableHasher,
  hex,
  rowsLinePrefix,
  sha256,
  type BackupHeader,
  type BackupManifest,
  type TableManifest,
} from '../../core/backup/format';
import type { ByteSink, SaveFileResult } from '../../platform/types';
import { activeSigningKey } from '../exchange/keys';
import { getLocalUnit } from '../repositories/unit-repository';
import type { LuutruDb } from '../schema';
import { backupTables, storeSpecs, tableChunks, tableCounts } from './content';
import { isSampleProfile } from '../sample/sample-flag';

export type BackupProgress = (done: number, total: number) => void;

export type BackupOptions = {
  readonly operator: string;
  readonly appVersion: string;
  readonly now?: Date;
  readonly onProgress?: BackupProgress;
  /** Checked between chunks: true stops the backup and drops the file. */
  readonly cancelled?: () => boolean;
};

export type BackupResult = {
  readonly saved: SaveFileResult;
  readonly header: BackupHeader;
  readonly manifest: BackupManifest;
  readonly rows: number;
  readonly bytes: number;
};

const encoder = new TextEncoder();
const FLUSH_BYTES = 1024 * 1024;

/** Collects lines and hands the sink about 1 MB at a time. */
class LineWriter {
  private parts: Uint8Array[] = [];
  private size = 0;
  bytes = 0;
  constructor(private readonly sink: ByteSink) {}

  async line(bytes: Uint8Array): Promise<void> {
    this.parts.push(bytes, NEWLINE);
    this.size += bytes.length + 1;
    this.bytes += bytes.length + 1;
    if (this.size >= FLUSH_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    this.parts = [];
    this.size = 0;
    await this.sink.write(out);
  }
}
const NEWLINE = encoder.encode('\n');

export async function writeBackup(db: LuutruDb, sink: ByteSink, options: BackupOptions): Promise<BackupResult> {
  try {
    const result = await writeLines(db, sink, options);
    const saved = await sink.close();
    return { ...result, saved };
  } catch (e) {
    await sink.abort().catch(() => undefined);
    throw e;
  }
}

async function writeLines(db: LuutruDb, sink: ByteSink, options: BackupOptions): Promise<Omit<BackupResult, 'saved'>> {
  const unit = await getLocalUnit(db);
  if (!unit) throw new AppError('backup.noUnit');
  const key = await activeSigningKey(db, unit.id);
  if (!key) throw new AppError('keys.none');
  const now = options.now ?? new Date();
  const tables = backupTables(db);
  const counts = await tableCounts(db, tables);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const lastEntry = await db.journal.orderBy('seq').last();
  const firstEntry = await db.journal.orderBy('seq').first();
  const lastExport = await db.exportLog.orderBy('sequence').last();
  const header: BackupHeader = {
    kind: 'header',
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: db.verno,
    createdAt: now.toISOString(),
    createdBy: options.operator,
    appVersion: options.appVersion,
    unit: { id: unit.id, name: unit.name, adminCode: unit.adminCode, level: unit.level },
    chunkRows: BACKUP_CHUNK_ROWS,
    tables,
    stores: storeSpecs(db),
    sample: await isSampleProfile(db),
  };
  const out = new LineWriter(sink);
  const headerBytes = encoder.encode(JSON.stringify(header));
  await out.line(headerBytes);
  const manifests: Record<string, TableManifest> = {};
  let done = 0;
  options.onProgress?.(0, total);
  for (const table of tables) {
    const hasher = new TableHasher();
    const prefix = encoder.encode(rowsLinePrefix(table));
    for await (const rows of tableChunks(db, table)) {
      if (options.cancelled?.()) throw new AppError('backup.cancelled');
      const json = encoder.encode(JSON.stringify(rows));
      await hasher.addChunk(json, rows.length);
      const line = new Uint8Array(prefix.length + json.length + 1);
      line.set(prefix);
      line.set(json, prefix.length);
      line[line.length - 1] = 0x7d;
      await out.line(line);
      done += rows.length;
      options.onProgress?.(Math.min(done, total), Math.max(done, total));
    }
    manifests[table] = await hasher.finish();
  }
  // A change written while the rows were read would leave the tables out of step: say so, keep nothing.
  const after = await db.journal.orderBy('seq').last();
  if ((after?.seq ?? 0) !== (lastEntry?.seq ?? 0)) throw new AppError('backup.changedDuring');
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    headerSha256: hex(await sha256(headerBytes)),
    createdAt: header.createdAt,
    unitId: unit.id,
    signerKey: key.publicJwk,
    tables: manifests,
    journalSeq: lastEntry?.seq ?? 0,
    ...(firstEntry ? { firstChangeAt: firstEntry.at } : {}),
    ...(lastEntry ? { lastChangeAt: lastEntry.at } : {}),
    lastExportSequence: lastExport?.sequence ?? 0,
    bytes: out.bytes,
  };
  const jws = await new FlattenedSign(encoder.encode(JSON.stringify(manifest)))
    .setProtectedHeader({ alg: 'EdDSA', typ: BACKUP_JWS_TYP, kid: await jwkThumbprint(key.publicJwk) })
    .sign(key.privateKey);
  await out.line(encoder.encode(JSON.stringify({ kind: 'signature', protected: jws.protected, payload: jws.payload, signature: jws.signature })));
  await out.flush();
  options.onProgress?.(total, total);
  const rows = Object.values(manifests).reduce((a, m) => a + m.rows, 0);
  return { header, manifest, rows, bytes: out.bytes };
}
