/**
 * What a backup holds and how it is read: every table of the database except this PC's
 * signing keys (a non-extractable CryptoKey cannot leave IndexedDB, by design) and the
 * backup log itself; rows in primary-key order, in chunks, each chunk its own short
 * read transaction, so a large database never sits whole in memory.
 */
import { Dexie, type IndexableType, type Table } from 'dexie';
import { BACKUP_CHUNK_ROWS, TableHasher, type TableManifest } from '../../core/backup/format';
import { blockAsText, type ForeignBlockRow } from '../foreign/foreign-store';
import { archiveRowAsFile } from '../exchange/archive';
import type { BundleArchiveRow } from '../exchange/rows';

/** Tables never in a backup: the signing keys (cannot be exported) and the backup log. */
export const NOT_BACKED_UP: readonly string[] = ['signingKeys', 'backupLog'];

/** Rows of these tables come last, so a half-written restore never looks like a set-up unit. */
const LAST = ['units', 'settings'];

/** The tables a backup holds, in the order their rows are written and restored. */
export function backupTables(db: Dexie): string[] {
  const names = db.tables.map((t) => t.name).filter((n) => !NOT_BACKED_UP.includes(n));
  const first = names.filter((n) => !LAST.includes(n)).sort();
  return [...first, ...LAST.filter((n) => names.includes(n))];
}

/**
 * The rows of `table` in primary-key order, `size` at a time, as a backup holds them: other
 * units' blocks kept as bytes are given as text, signed files kept as Blobs as their three members
 * (JSON has neither; a restored row reads the same).
 */
export async function* tableChunks(db: Dexie, table: string, size = BACKUP_CHUNK_ROWS): AsyncGenerator<Record<string, unknown>[]> {
  const t = db.table(table) as Table<Record<string, unknown>, IndexableType>;
  const keyPath = t.schema.primKey.keyPath;
  if (!keyPath) throw new Error(`table ${table} has outbound keys`);
  let last: IndexableType | undefined;
  for (;;) {
    const from = last;
    const rows = await (from === undefined ? t.orderBy(':id') : t.where(':id').above(from)).limit(size).toArray();
    if (rows.length === 0) return;
    yield table === 'foreignBlocks'
      ? rows.map((r) => blockAsText(r as ForeignBlockRow))
      : table === 'bundleArchive'
        ? await Promise.all(rows.map((r) => archiveRowAsFile(r as BundleArchiveRow)))
        : rows;
    if (rows.length < size) return;
    last = Dexie.getByKeyPath(rows[rows.length - 1]!, keyPath) as IndexableType;
  }
}

const encoder = new TextEncoder();

/** The content hash of each table as it is now (the same hash a backup of it records). */
export async function contentDigests(db: Dexie, tables: readonly string[] = backupTables(db)): Promise<Record<string, TableManifest>> {
  const out: Record<string, TableManifest> = {};
  for (const table of tables) {
    const hasher = new TableHasher();
    for await (const rows of tableChunks(db, table)) await hasher.addChunk(encoder.encode(JSON.stringify(rows)), rows.length);
    out[table] = await hasher.finish();
  }
  return out;
}

/** Row counts of the tables a backup holds (for the progress bar and the reminder). */
export async function tableCounts(db: Dexie, tables: readonly string[] = backupTables(db)): Promise<Record<string, number>> {
  const counts = await Promise.all(tables.map((t) => db.table(t).count()));
  return Object.fromEntries(tables.map((t, i) => [t, counts[i]!]));
}

/** Each store's Dexie declaration, e.g. "id, &[registerId+arrivalNumber], clock, dupKey". */
export function storeSpecs(db: Dexie): Record<string, string> {
  return Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]));
}
