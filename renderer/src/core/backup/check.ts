/**
 * Reading a backup file line by line and checking it as it streams: header first, rows
 * of the announced tables in order, the signed manifest last; every chunk's hash, every
 * table's count and hash, the header's hash and the Ed25519 signature must agree. Any
 * difference is an AppError with a code naming it; a caller writes nothing before the
 * whole file checked out (restore reads the file twice: check, then write).
 */
import { base64url, flattenedVerify } from 'jose';
import { AppError } from '../errors';
import { fingerprintOf, importPublicJwk, jwkThumbprint, type Fingerprint } from '../bundle/keys';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_JWS_TYP,
  BACKUP_MAX_LINE_BYTES,
  BackupHeaderSchema,
  BackupManifestSchema,
  TableHasher,
  hex,
  rowsLineJson,
  rowsLineTable,
  sha256,
  type BackupHeader,
  type BackupManifest,
  type TableManifest,
} from './format';

/**
 * Splits a byte stream into lines (without the "\n"); refuses a line longer than the limit.
 * Every line of a backup ends with "\n": a last piece without one is a file cut short and
 * is dropped, so the missing signature line reports the file as truncated.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLine = BACKUP_MAX_LINE_BYTES): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, i);
      if (pendingBytes + piece.length > maxLine) throw new AppError('backup.damaged');
      if (pending.length === 0) yield piece;
      else {
        pending.push(piece);
        yield concat(pending, pendingBytes + piece.length);
        pending = [];
        pendingBytes = 0;
      }
      start = i + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      pendingBytes += rest.length;
      if (pendingBytes > maxLine) throw new AppError('backup.damaged');
      // Copy: the caller may reuse its buffer for the next chunk.
      pending.push(rest.slice());
    }
  }
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function parseJson(bytes: Uint8Array, code: string): unknown {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    throw new AppError(code);
  }
}

/** What a checked backup holds: shown to the clerk before restoring. */
export type BackupSummary = {
  readonly header: BackupHeader;
  readonly manifest: BackupManifest;
  readonly fingerprint: Fingerprint;
  readonly totalRows: number;
};

export type RowsChunk = { readonly table: string; readonly rows: readonly Record<string, unknown>[] };

/**
 * Feeds lines in order; `rows` lines come back parsed, so the restore pass can write
 * them while the same checks run. `finish()` returns the summary only if everything agreed.
 */
export class BackupChecker {
  private header: BackupHeader | undefined;
  private headerSha = '';
  private tableIndex = -1;
  private readonly hashers = new Map<string, TableHasher>();
  private signature: Record<string, unknown> | undefined;
  private bytes = 0;

  constructor(private readonly currentSchemaVersion: number) {}

  get headerRead(): BackupHeader | undefined {
    return this.header;
  }

  async line(line: Uint8Array): Promise<RowsChunk | undefined> {
    if (this.signature) {
      // Only an empty last line (the file's final newline) may follow the signature.
      if (line.length === 0) return undefined;
      throw new AppError('backup.tampered');
    }
    if (!this.header) {
      await this.readHeader(line);
      this.bytes += line.length + 1;
      return undefined;
    }
    const table = rowsLineTable(line);
    if (table !== undefined) {
      const index = this.header.tables.indexOf(table);
      if (index < 0 || index < this.tableIndex) throw new AppError('backup.tampered');
      this.tableIndex = index;
      const json = rowsLineJson(line, table);
      const rows = parseJson(json, 'backup.damaged');
      if (!Array.isArray(rows) || rows.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) throw new AppError('backup.damaged');
      let hasher = this.hashers.get(table);
      if (!hasher) this.hashers.set(table, (hasher = new TableHasher()));
      await hasher.addChunk(json, rows.length);
      this.bytes += line.length + 1;
      return { table, rows: rows as Record<string, unknown>[] };
    }
    const parsed = parseJson(line, 'backup.damaged');
    if (typeof parsed === 'object' && parsed !== null && (parsed as { kind?: unknown }).kind === 'signature') {
      this.signature = parsed as Record<string, unknown>;
      return undefined;
    }
    throw new AppError('backup.tampered');
  }

  private async readHeader(line: Uint8Array): Promise<void> {
    let raw: unknown;
    try {
      raw = JSON.parse(decoder.decode(line));
    } catch {
      throw new AppError('backup.notBackup');
    }
    const obj = raw as { kind?: unknown; format?: unknown; formatVersion?: unknown; schemaVersion?: unknown } | null;
    if (!obj || obj.kind !== 'header' || obj.format !== BACKUP_FORMAT) throw new AppError('backup.notBackup');
    if (typeof obj.formatVersion === 'number' && obj.formatVersion > BACKUP_FORMAT_VERSION) throw new AppError('backup.tooNew');
    if (typeof obj.schemaVersion === 'number' && obj.schemaVersion > this.currentSchemaVersion) throw new AppError('backup.tooNew');
    const header = BackupHeaderSchema.safeParse(raw);
    if (!header.success || new Set(header.data.tables).size !== header.data.tables.length) throw new AppError('backup.damaged');
    this.header = header.data;
    this.headerSha = hex(await sha256(line));
  }

  /** After the last line: the signature, then every count and hash against the signed manifest. */
  async finish(fileBytes: number): Promise<BackupSummary> {
    if (!this.header) throw new AppError(fileBytes === 0 ? 'backup.empty' : 'backup.notBackup');
    if (!this.signature) throw new AppError('backup.truncated');
    const manifest = await verifyManifest(this.signature);
    const header = this.header;
    if (manifest.headerSha256 !== this.headerSha || manifest.bytes !== this.bytes || manifest.createdAt !== header.createdAt || manifest.unitId !== header.unit.id)
      throw new AppError('backup.tampered');
    const names = Object.keys(manifest.tables).sort();
    if (names.join(',') !== [...header.tables].sort().join(',')) throw new AppError('backup.tampered');
    let totalRows = 0;
    for (const table of header.tables) {
      const expected = manifest.tables[table]!;
      const got: TableManifest = await (this.hashers.get(table) ?? new TableHasher()).finish();
      if (got.rows !== expected.rows || got.chunks !== expected.chunks || got.sha256 !== expected.sha256) throw new AppError('backup.tampered');
      totalRows += got.rows;
    }
    return { header, manifest, fingerprint: fingerprintOf(await jwkThumbprint(manifest.signerKey)), totalRows };
  }
}

/** Checks the JWS of the signature line against the key the manifest names. */
async function verifyManifest(sig: Record<string, unknown>): Promise<BackupManifest> {
  const { protected: prot, payload, signature } = sig;
  if (typeof prot !== 'string' || typeof payload !== 'string' || typeof signature !== 'string') throw new AppError('backup.tampered');
  let manifestRaw: unknown;
  let headerRaw: unknown;
  try {
    manifestRaw = JSON.parse(decoder.decode(base64url.decode(payload)));
    headerRaw = JSON.parse(decoder.decode(base64url.decode(prot)));
  } catch {
    throw new AppError('backup.tampered');
  }
  const parsed = BackupManifestSchema.safeParse(manifestRaw);
  if (!parsed.success || parsed.data.format !== BACKUP_FORMAT) throw new AppError('backup.tampered');
  const manifest = parsed.data;
  const h = headerRaw as { alg?: unknown; typ?: unknown; kid?: unknown } | null;
  const kid = await jwkThumbprint(manifest.signerKey);
  if (!h || h.alg !== 'EdDSA' || h.typ !== BACKUP_JWS_TYP || h.kid !== kid) throw new AppError('backup.tampered');
  try {
    await flattenedVerify({ protected: prot, payload, signature }, await importPublicJwk(manifest.signerKey), { algorithms: ['EdDSA'] });
  } catch {
    throw new AppError('backup.tampered');
  }
  return manifest;
}
