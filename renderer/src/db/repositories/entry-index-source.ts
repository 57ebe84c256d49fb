/**
 * The register list's index source (search/persisted/source.ts): the entries of one register
 * as index documents, numbered by their số (số đến for incoming), read in number order through
 * the [registerId+number] index in chunks; the change journal; and which entries a run of
 * journal entries changed. A register received from another unit is read from its blocks
 * (foreign-repository.ts) and built again when a bundle brings that unit's entries.
 */
import { Dexie } from 'dexie';
import { ENTRY_DAYS, ENTRY_FLAGS, INCOMING_FACETS, incomingIndexDoc, OUTGOING_FACETS, outgoingIndexDoc, type EntryIndexDoc } from '../../core/registers/entry-index';
import type { JournalEntry } from '../../core/journal';
import type { IndexSource, IndexSpec } from '../../search/persisted/source';
import type { IncomingDoc, OutgoingDoc, Register } from '../register-records';
import type { LuutruDb } from '../schema';
import { foreignChildren, foreignRecord } from './foreign-repository';
import { receivedEntry } from '../../core/registers/received-entry';

export type EntryTableName = 'incomingDocs' | 'outgoingDocs';

/** Which register list: the table of its entries and the register. */
export type RegisterScope = { readonly table: EntryTableName; readonly registerId: string };

export function registerScopeKey(ref: RegisterScope): string {
  return `register:${ref.table}:${ref.registerId}`;
}

/** The properties the index keeps; a received register keeps ids too (its rows are read by id). */
export function registerIndexSpec(table: EntryTableName, received: boolean): IndexSpec {
  return {
    facets: table === 'incomingDocs' ? INCOMING_FACETS : OUTGOING_FACETS,
    flags: ENTRY_FLAGS,
    days: ENTRY_DAYS,
    keepIds: received,
    liveUnless: 'deleted',
    // 2: a cancelled entry is found by its reason too (an index built before is built again, once).
    textVersion: 2,
  };
}

const numberIndex = (table: EntryTableName) => (table === 'incomingDocs' ? '[registerId+arrivalNumber]' : '[registerId+number]');

const numberOf = (r: IncomingDoc | OutgoingDoc) => ('arrivalNumber' in r ? r.arrivalNumber : r.number);

function indexDoc(table: EntryTableName, r: IncomingDoc | OutgoingDoc): EntryIndexDoc {
  return table === 'incomingDocs' ? incomingIndexDoc(r as IncomingDoc) : outgoingIndexDoc(r as OutgoingDoc);
}

export async function journalFingerprint(db: LuutruDb): Promise<string> {
  // The first journal entry's time tells one database from another made under the same name.
  const first = await db.journal.orderBy('seq').first();
  return `v${db.verno}:${first?.at ?? ''}`;
}

/** What every persisted index source reads of the change journal (search/persisted/source.ts): its fingerprint, its newest entry, an entry's time, the entries after one. */
export function journalReads(db: LuutruDb): Pick<IndexSource, 'fingerprint' | 'lastSeq' | 'seqAt' | 'journalSince'> {
  return {
    fingerprint: () => journalFingerprint(db),
    async lastSeq() {
      const last = await db.journal.orderBy('seq').last();
      return { seq: last?.seq ?? 0, at: last?.at ?? '' };
    },
    seqAt: async (seq: number) => (await db.journal.get(seq))?.at,
    journalSince: (seq: number, limit: number) => db.journal.where('seq').above(seq).limit(limit).toArray(),
  };
}

export async function registerIndexSource(db: LuutruDb, ref: RegisterScope): Promise<IndexSource> {
  const own = await db.registers.get(ref.registerId);
  const received = own ? undefined : ((await foreignRecord(db, 'registers', ref.registerId)) as unknown as Register | undefined);
  const spec = registerIndexSpec(ref.table, !own);
  const table = db.table<IncomingDoc | OutgoingDoc, string>(ref.table);
  let receivedRows: (IncomingDoc | OutgoingDoc)[] | undefined;
  const receivedEntries = async () => {
    if (!receivedRows) {
      // Read as its register's entries (receivedEntry: an older format may lack a field).
      const rows = (await foreignChildren(db, ref.table, 'registerId', ref.registerId)).map((r) => receivedEntry(ref.table, r) as unknown as IncomingDoc | OutgoingDoc);
      receivedRows = rows.sort((a, b) => numberOf(a) - numberOf(b));
    }
    return receivedRows;
  };

  return {
    spec,
    ...journalReads(db),
    async estimate() {
      if (own) return Math.max(0, own.lastNumber - own.firstNumber + 1);
      return (await receivedEntries()).length;
    },
    async *scan(from, chunk) {
      if (!own) {
        receivedRows = undefined;
        const rows = (await receivedEntries()).map((r) => indexDoc(ref.table, r)).filter((d) => d.ordinal >= from);
        for (let i = 0; i < rows.length; i += chunk) yield rows.slice(i, i + chunk);
        return;
      }
      let next = from;
      for (;;) {
        const rows = await table.where(numberIndex(ref.table)).between([ref.registerId, next], [ref.registerId, Dexie.maxKey]).limit(chunk).toArray();
        if (rows.length === 0) return;
        const docs = rows.map((r) => indexDoc(ref.table, r));
        yield docs;
        if (rows.length < chunk) return;
        next = docs[docs.length - 1]!.ordinal + 1;
      }
    },
    async changes(entries: readonly JournalEntry[]) {
      if (!own) {
        const origin = received?.origin ?? '';
        const touched = entries.some((e) => (e.imported?.byOrigin[origin]?.[ref.table] ?? 0) > 0 || (e.imported && !received));
        return { docs: [], removed: [], rebuild: touched };
      }
      const ids = new Set<string>();
      for (const e of entries) for (const c of e.changes) if (c.table === ref.table) ids.add(c.recordId);
      const docs: EntryIndexDoc[] = [];
      const list = [...ids];
      for (let i = 0; i < list.length; i += 2000) {
        const rows = await table.bulkGet(list.slice(i, i + 2000));
        for (const r of rows) if (r && r.registerId === ref.registerId) docs.push(indexDoc(ref.table, r));
      }
      return { docs, removed: [], rebuild: false };
    },
  };
}
