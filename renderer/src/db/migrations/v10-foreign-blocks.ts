/**
 * Schema v10 upgrade: other units' records move out of the tables (one row each) into blocks
 * per origin and table (foreign-store.ts). This unit's own records stay where they are.
 */
import type { Transaction } from 'dexie';
import { REPLICATED_TABLES, type BundleRecord } from '../../core/bundle/schema';
import { packRecords } from '../foreign/foreign-store';
import { hasTable } from './has-table';

export async function migrateToV10(tx: Transaction): Promise<void> {
  const local = (await tx.table('settings').get('localUnitId')) as { value?: unknown } | undefined;
  const self = typeof local?.value === 'string' ? local.value : '';
  for (const t of REPLICATED_TABLES) {
    if (!hasTable(tx, t)) continue;
    const byOrigin = new Map<string, BundleRecord[]>();
    await tx.table(t).each((r: BundleRecord) => {
      if (typeof r.origin !== 'string' || r.origin === self) return;
      (byOrigin.get(r.origin) ?? byOrigin.set(r.origin, []).get(r.origin)!).push(r);
    });
    for (const [origin, records] of byOrigin) {
      const { dir, blocks } = packRecords(origin, t, records);
      await tx.table('foreignBlocks').bulkPut(blocks);
      await tx.table('foreignDirs').put(dir);
      await tx.table(t).bulkDelete(records.map((r) => r.id));
    }
  }
}
