/**
 * Space used per table, for the settings page. Browsers report only a total (navigator.
 * storage.estimate), so each table is ESTIMATED: its row count times the average size, as
 * JSON, of up to its first 50 rows (indexes and IndexedDB's own overhead not counted).
 */
import type { Dexie } from 'dexie';

export type TableSpace = { readonly table: string; readonly rows: number; readonly bytes: number };

const SAMPLE_ROWS = 50;
const encoder = new TextEncoder();

export async function tableSpace(db: Dexie): Promise<TableSpace[]> {
  const out: TableSpace[] = [];
  for (const t of db.tables) {
    const rows = await t.count();
    const sample = rows ? await t.limit(SAMPLE_ROWS).toArray() : [];
    const size = sample.reduce<number>((a, r) => a + encoder.encode(JSON.stringify(r, (_k, v: unknown) => (v instanceof CryptoKey ? 'CryptoKey' : v))).length, 0);
    out.push({ table: t.name, rows, bytes: sample.length ? Math.round((size / sample.length) * rows) : 0 });
  }
  return out.sort((a, b) => b.bytes - a.bytes || a.table.localeCompare(b.table));
}
