/**
 * The consolidated search's index sources (search/persisted/source.ts): one scope per unit.
 * This unit's own scope holds every incoming and outgoing entry of its tables, kept current
 * from the change journal entry by entry. A received unit's scope holds its entries read from
 * its blocks (foreign-store.ts), a few blocks at a time, and is built again only when an import
 * brings that unit's entries (the journal counts an import's records per origin and table), so
 * importing one commune never touches another commune's index. A received entry's place in its
 * scope tells where it is kept — its table, its block and its rank in the block — so the entries
 * a search finds are read from their blocks without the unit's directory. Own entries get their
 * places from the index. Cancelled entries are kept with their flag (the search leaves them out);
 * the ids are kept.
 */
import { Dexie } from 'dexie';
import { CONSOLIDATED_FACETS, CONSOLIDATED_FLAGS, consolidatedIndexDoc } from '../../core/registers/entry-index';
import { receivedEntry } from '../../core/registers/received-entry';
import type { JournalEntry } from '../../core/journal';
import type { IndexDoc, IndexSource, IndexSpec } from '../../search/persisted/source';
import type { IncomingDoc, OutgoingDoc } from '../register-records';
import type { BundleRecord } from '../../core/bundle/schema';
import type { LuutruDb } from '../schema';
import { BLOCK_RECORDS, blockRecords } from '../foreign/foreign-store';
import { journalReads } from './entry-index-source';

/** Which unit's entries: `origin` null for this unit's own tables, else a received unit's id. */
export type UpperScope = { readonly origin: string | null };

export const ENTRY_TABLES = ['incomingDocs', 'outgoingDocs'] as const;
type EntryTable = (typeof ENTRY_TABLES)[number];

export function upperScopeKey(ref: UpperScope): string {
  return ref.origin === null ? 'upper:own' : `upper:origin:${ref.origin}`;
}

export const UPPER_INDEX_SPEC: IndexSpec = { facets: CONSOLIDATED_FACETS, flags: CONSOLIDATED_FLAGS, days: [], keepIds: true, liveUnless: 'deleted' };

/** An entry as the index keeps it, read as its register's (receivedEntry: a received one of an older format, or an own one kept before a field existed, may lack it). */
const docOf = (table: EntryTable, r: IncomingDoc | OutgoingDoc | BundleRecord): IndexDoc => consolidatedIndexDoc(receivedEntry(table, r), table === 'incomingDocs');

/** This unit's own entries: both tables in id order, `chunk` rows a read; changes from the journal. */
function ownSource(db: LuutruDb): IndexSource {
  const tables = ENTRY_TABLES.map((name) => ({ name, table: db.table<IncomingDoc | OutgoingDoc, string>(name) }));
  return {
    spec: UPPER_INDEX_SPEC,
    ...journalReads(db),
    async estimate() {
      return (await Promise.all(tables.map((t) => t.table.count()))).reduce((a, b) => a + b, 0);
    },
    async *scan(_from, chunk) {
      for (const { name, table } of tables) {
        let after: string | undefined;
        for (;;) {
          const rows = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(chunk).toArray();
          if (rows.length === 0) break;
          yield rows.map((r) => docOf(name, r));
          if (rows.length < chunk) break;
          after = rows[rows.length - 1]!.id;
        }
      }
    },
    async changes(entries: readonly JournalEntry[]) {
      const ids = new Set<string>();
      for (const e of entries) for (const c of e.changes) if ((ENTRY_TABLES as readonly string[]).includes(c.table)) ids.add(c.recordId);
      const list = [...ids];
      const found = new Map<string, IndexDoc>();
      for (let i = 0; i < list.length; i += 2000) {
        const part = list.slice(i, i + 2000);
        for (const { name, table } of tables) for (const r of await table.bulkGet(part)) if (r) found.set(r.id, docOf(name, r));
      }
      return { docs: [...found.values()], removed: list.filter((id) => !found.has(id)).map((id) => ({ id })), rebuild: false };
    },
  };
}

/** Places per block in a received unit's scope (a block holds at most BLOCK_RECORDS entries). */
export const BLOCK_SLOTS = 2 ** Math.ceil(Math.log2(BLOCK_RECORDS));
/** Blocks per table in a received unit's scope (places stay below 2³¹). */
const TABLE_BLOCKS = 2 ** 31 / BLOCK_SLOTS / ENTRY_TABLES.length;

/** Where a received entry is kept, from its place in its unit's scope. */
export function receivedPlace(ordinal: number): { readonly table: EntryTable; readonly block: number; readonly index: number } {
  const b = Math.floor(ordinal / BLOCK_SLOTS);
  return { table: ENTRY_TABLES[Math.floor(b / TABLE_BLOCKS)]!, block: b % TABLE_BLOCKS, index: ordinal % BLOCK_SLOTS };
}

/** Blocks read at a time when scanning a received unit's entries. */
const blocksPerRead = (chunk: number) => Math.max(1, Math.ceil(chunk / BLOCK_RECORDS));

/** A received unit's entries, read from its blocks; built again when an import brings its entries. */
function receivedSource(db: LuutruDb, origin: string): IndexSource {
  return {
    spec: UPPER_INDEX_SPEC,
    ...journalReads(db),
    async estimate() {
      const dirs = await db.foreignDirs.bulkGet(ENTRY_TABLES.map((t) => [origin, t] as [string, string]));
      return dirs.reduce((n, d) => n + (d?.ids.length ?? 0), 0);
    },
    async *scan(from, chunk) {
      for (const [t, table] of ENTRY_TABLES.entries()) {
        const base = t * TABLE_BLOCKS;
        let next = Math.max(0, Math.floor(from / BLOCK_SLOTS) - base);
        for (;;) {
          const rows = await db.foreignBlocks.where('[origin+table+block]').between([origin, table, next], [origin, table, Dexie.maxKey]).limit(blocksPerRead(chunk)).toArray();
          if (rows.length === 0) break;
          const docs: IndexDoc[] = [];
          for (const row of rows) {
            const records = blockRecords(row);
            if (row.block >= TABLE_BLOCKS || records.length > BLOCK_SLOTS) throw new Error(`block ${row.block} of ${origin}/${table} does not fit the search index`);
            records.forEach((r, i) => docs.push({ ...docOf(table, r), ordinal: (base + row.block) * BLOCK_SLOTS + i }));
          }
          yield docs;
          next = rows[rows.length - 1]!.block + 1;
        }
      }
    },
    async changes(entries: readonly JournalEntry[]) {
      const counts = (e: JournalEntry) => e.imported?.byOrigin[origin];
      const rebuild = entries.some((e) => ENTRY_TABLES.some((t: EntryTable) => (counts(e)?.[t] ?? 0) > 0));
      return { docs: [], removed: [], rebuild };
    },
  };
}

export function upperIndexSource(db: LuutruDb, ref: UpperScope): IndexSource {
  return ref.origin === null ? ownSource(db) : receivedSource(db, ref.origin);
}
