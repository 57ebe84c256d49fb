// A content hash of a whole database: equal before and after a refused import proves nothing changed.
import { createHash } from 'node:crypto';
import type { LuutruDb } from '../../renderer/src/db/schema';

export async function databaseDigest(db: LuutruDb): Promise<string> {
  const h = createHash('sha256');
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    const rows = await table.toArray();
    h.update(table.name);
    h.update(JSON.stringify(rows, (_k, v: unknown) => (v instanceof CryptoKey ? `CryptoKey:${v.type}` : v)));
  }
  return h.digest('hex');
}
