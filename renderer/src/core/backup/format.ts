/**
 * The backup file format (bản sao lưu), version 1 — see docs/backup-format.md.
 * One UTF-8 file of JSON lines: a header, the rows of every table in chunks of
 * `chunkRows` records in primary-key order, and a last line holding a flattened JWS
 * (EdDSA, the unit's key) over the manifest: per-table row counts and content hashes.
 * Plain TypeScript: the database and file layers call these to build and check lines.
 */
import { z } from 'zod';
import { PublicJwkSchema, type PublicJwk } from '../bundle/schema';
import { UNIT_LEVELS } from '../unit';

export const BACKUP_FORMAT = 'luutru-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_JWS_TYP = 'luutru-backup+jws';
/** Rows per chunk line; also the unit of the content hash (a hash list over chunks). */
export const BACKUP_CHUNK_ROWS = 1000;
/** A line longer than this is refused before it is parsed (a hostile or broken file). */
export const BACKUP_MAX_LINE_BYTES = 64 * 1024 * 1024;
export const BACKUP_FILE_EXTENSION = 'luutru-backup';

const TableName = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,40}$/);
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const IsoDateTime = z.string().min(10).max(40);

export const BackupUnitSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(300),
  adminCode: z.string().max(10),
  level: z.enum(UNIT_LEVELS),
});
export type BackupUnit = z.infer<typeof BackupUnitSchema>;

export const BackupHeaderSchema = z.object({
  kind: z.literal('header'),
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  /** The Dexie schema version of the database the rows come from. */
  schemaVersion: z.number().int().min(1),
  createdAt: IsoDateTime,
  createdBy: z.string().max(200),
  appVersion: z.string().max(50),
  unit: BackupUnitSchema,
  chunkRows: z.number().int().min(1).max(100_000),
  /** Tables in the order their rows follow. */
  tables: z.array(TableName).min(1).max(100),
  /**
   * Every store of that schema version as Dexie declares it ("id, [registerId+number], clock"),
   * so an older backup can be restored into a side database of its own version and then
   * upgraded by the app's migrations.
   */
  stores: z.record(TableName, z.string().max(1000)),
  /** A try-out profile ("Dùng thử với xã mẫu"). */
  sample: z.boolean(),
});
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

export const TableManifestSchema = z.object({
  rows: z.number().int().min(0),
  chunks: z.number().int().min(0),
  sha256: Sha256Hex,
});
export type TableManifest = z.infer<typeof TableManifestSchema>;

export const BackupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  /** SHA-256 of the header line's bytes (without the newline). */
  headerSha256: Sha256Hex,
  createdAt: IsoDateTime,
  unitId: z.string().min(1).max(100),
  signerKey: PublicJwkSchema,
  tables: z.record(TableName, TableManifestSchema),
  /** The journal's last seq held (0 when empty). */
  journalSeq: z.number().int().min(0),
  /** First and last journal entries: the period the data covers. */
  firstChangeAt: IsoDateTime.optional(),
  lastChangeAt: IsoDateTime.optional(),
  /** Sequence of the last bundle exported (0: none); sequences continue from it after a restore. */
  lastExportSequence: z.number().int().min(0),
  /** Bytes of every line before the signature line, newlines included. */
  bytes: z.number().int().min(0),
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

export type BackupSignatureLine = {
  readonly kind: 'signature';
  readonly protected: string;
  readonly payload: string;
  readonly signature: string;
};

const encoder = new TextEncoder();

/** The fixed start of a rows line for `table`; the rows' JSON array follows, then "}". */
export function rowsLinePrefix(table: string): string {
  return `{"kind":"rows","table":"${table}","rows":`;
}

const ROWS_START = encoder.encode('{"kind":"rows","table":"');

/** The table named by a rows line, or undefined when the line is not a rows line. */
export function rowsLineTable(line: Uint8Array): string | undefined {
  if (line.length < ROWS_START.length + 12) return undefined;
  for (let i = 0; i < ROWS_START.length; i++) if (line[i] !== ROWS_START[i]) return undefined;
  let end = ROWS_START.length;
  while (end < line.length && end - ROWS_START.length <= 41 && line[end] !== 0x22) end++;
  const name = new TextDecoder().decode(line.subarray(ROWS_START.length, end));
  if (!TableName.safeParse(name).success) return undefined;
  const prefix = encoder.encode(rowsLinePrefix(name));
  for (let i = ROWS_START.length; i < prefix.length; i++) if (line[i] !== prefix[i]) return undefined;
  if (line[line.length - 1] !== 0x7d) return undefined;
  return name;
}

/** The bytes of the rows' JSON array inside a rows line (what the content hash covers). */
export function rowsLineJson(line: Uint8Array, table: string): Uint8Array {
  return line.subarray(encoder.encode(rowsLinePrefix(table)).length, line.length - 1);
}

export function hex(bytes: ArrayBuffer | Uint8Array): string {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/**
 * The content hash of one table: SHA-256 over the SHA-256 of each chunk's JSON (rows in
 * primary-key order, `chunkRows` per chunk). The same rows give the same hash whether
 * read from a database or from a backup file.
 */
export class TableHasher {
  private readonly digests: Uint8Array[] = [];
  rows = 0;

  async addChunk(json: Uint8Array, rows: number): Promise<void> {
    this.digests.push(await sha256(json));
    this.rows += rows;
  }

  async finish(): Promise<TableManifest> {
    const all = new Uint8Array(this.digests.length * 32);
    this.digests.forEach((d, i) => all.set(d, i * 32));
    return { rows: this.rows, chunks: this.digests.length, sha256: hex(await sha256(all)) };
  }
}

/** "83001_2026-11-25_1430.luutru-backup" (the sample profile's files say so in their name). */
export function backupFileName(adminCode: string, at: Date, opts: { sample?: boolean; suffix?: string } = {}): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}_${p(at.getHours())}${p(at.getMinutes())}`;
  const parts = [adminCode || 'donvi', date, opts.sample ? 'mau' : '', opts.suffix ?? ''].filter(Boolean);
  return `${parts.join('_')}.${BACKUP_FILE_EXTENSION}`;
}

export type { PublicJwk };
