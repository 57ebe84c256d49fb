/**
 * Archive search's index sources (search/persisted/source.ts): one scope per unit, like the
 * consolidated search's (upper-index-source.ts). An entry is a dossier or slip, a box, or a
 * document inside a dossier, with the words core/processing/archive-items.ts gives it and its
 * fonds as a facet (a fonds' own search filters its unit's scope by it).
 *
 * This unit's own scope reads its tables and is kept current from the change journal: a
 * dossier changed brings its documents again (they show its title and box), a box its dossiers
 * and their documents, a register entry the documents linked to it. Places are handed out by
 * the index; hits are read back by id.
 *
 * A received unit's scope is read from its blocks (foreign-store.ts) and built again only when
 * an import brings that unit's dossiers, boxes, documents or register entries. An entry's place
 * tells where its record is kept (table, block, rank), and its id carries the places of the
 * records its row is made with (a dossier's box; a document's dossier, box and linked entry), so
 * a hit is read back from a few blocks without any directory.
 */
import { Dexie } from 'dexie';
import { boxItem, documentItem, dossierItem, type ArchiveItemWithText } from '../../core/processing/archive-items';
import type { DossierDoc } from '../../core/processing/types';
import type { Box, Dossier } from '../../core/dossiers/types';
import type { BundleRecord } from '../../core/bundle/schema';
import type { JournalEntry } from '../../core/journal';
import type { IndexDoc, IndexSource, IndexSpec } from '../../search/persisted/source';
import type { IncomingDoc, OutgoingDoc } from '../register-records';
import type { LuutruDb } from '../schema';
import { BLOCK_RECORDS, blockRecords } from '../foreign/foreign-store';
import { journalReads } from './entry-index-source';

/** Which unit's dossiers: `origin` null for this unit's own tables, else a received unit's id. */
export type ArchiveScope = { readonly origin: string | null };

export function archiveScopeKey(ref: ArchiveScope): string {
  return ref.origin === null ? 'archive:own' : `archive:origin:${ref.origin}`;
}

// textVersion 2: a box's place names each part (search-text.ts boxPlace: "Tầng 3", not "3").
// textVersion 3: a box is named as the Dossiers page names it ("ML 1 · hộp 02"), "mục lục 1" kept among its words.
// The `kind` facet (slip, dossier, doc, box): a query naming a box asks for its boxes first (search/archive-search.ts).
// textVersion 4: a numbered file's numbers are words of their own too ("ml1 hs5"), asked so by search-text.ts fileNumbersQuery.
// textVersion 5: a box's number is a word of its own too, in the box and the dossiers in it ("hop2"), asked so by search-text.ts boxNumberQuery.
// textVersion 6: an inventory's number is a word of its own too ("ml2"), in its boxes and files; a document holds its file's
// inventory and box numbers (search-text.ts shelfWords: "hộp 2 quyết định"). The days `boxOrder`, `fileOrder`: where an entry
// comes when a query names a box (core archive-items.ts ShelfOrder: box by box, by file number), as the server lists them.
// The flag `doc` marks a document: a box query that asks nothing of documents leaves them out in the index itself (its
// documents, holding the box's number, filled the first unit's share of the hits and no other unit's files were read).
export const ARCHIVE_INDEX_SPEC: IndexSpec = { facets: ['fondsId', 'kind'], flags: ['doc'], days: ['boxOrder', 'fileOrder'], keepIds: true, textVersion: 6 };

/** The order a query naming a box lists its hits in (ViewFilter.order): the days of ShelfOrder. */
export const SHELF_ORDER: readonly string[] = ['boxOrder', 'fileOrder'];

/** The tables an archive entry is made from; a received scope's places name one of them. */
export const ARCHIVE_TABLES = ['dossiers', 'boxes', 'dossierDocs', 'incomingDocs', 'outgoingDocs'] as const;
export type ArchiveTable = (typeof ARCHIVE_TABLES)[number];

type Entry = IncomingDoc | OutgoingDoc;
const live = <T extends { readonly deleted?: boolean }>(r: T | undefined): r is T => !!r && !r.deleted;


const indexDoc = (item: ArchiveItemWithText, fondsId: string, id = item.id, ordinal?: number): IndexDoc => ({
  id,
  text: item.text,
  facets: { fondsId, kind: item.kind },
  flags: item.kind === 'doc' ? ['doc'] : [],
  days: { boxOrder: item.order.box, fileOrder: item.order.file },
  ...(ordinal !== undefined ? { ordinal } : {}),
});


// --- this unit's own tables -----------------------------------------------------------------

/** Records by id (`all`: cancelled ones too — a document reads its linked entry whatever became of it). */
async function byId<T extends { readonly id: string; readonly deleted?: boolean }>(table: { bulkGet(keys: string[]): PromiseLike<(T | undefined)[]> }, ids: Iterable<string | undefined>, all = false): Promise<Map<string, T>> {
  const list = [...new Set([...ids].filter((x): x is string => !!x))];
  const out = new Map<string, T>();
  for (let i = 0; i < list.length; i += 2000) for (const r of await table.bulkGet(list.slice(i, i + 2000))) if (r && (all || live(r))) out.set(r.id, r);
  return out;
}

/** The entries of some own dossiers (live ones), with their live boxes; `jobs`: a slip's row names its job (the hits read back, not the index). */
export async function ownDossierItems(db: LuutruDb, dossiers: readonly Dossier[], jobs?: ReadonlyMap<string, { readonly name: string }>): Promise<{ dossier: Dossier; item: ArchiveItemWithText }[]> {
  const alive = dossiers.filter((d) => live(d));
  const boxes = await byId(db.boxes, alive.map((d) => d.boxId));
  return alive.map((d) => ({ dossier: d, item: dossierItem(d, d.boxId ? boxes.get(d.boxId) : undefined, d.jobId ? jobs?.get(d.jobId) : undefined) }));
}

/** The entries of some own documents: those live and in a live dossier (with its live box and the entry linked, read through the link). */
export async function ownDocItems(db: LuutruDb, docs: readonly DossierDoc[]): Promise<{ doc: DossierDoc; dossier: Dossier; item: ArchiveItemWithText }[]> {
  const alive = docs.filter((d) => live(d));
  const dossiers = await byId(db.dossiers, alive.map((d) => d.dossierId));
  const [boxes, inc, out] = await Promise.all([
    byId(db.boxes, [...dossiers.values()].map((d) => d.boxId)),
    byId(db.incomingDocs, alive.map((d) => d.incomingDocId), true),
    byId(db.outgoingDocs, alive.map((d) => d.outgoingDocId), true),
  ]);
  const result: { doc: DossierDoc; dossier: Dossier; item: ArchiveItemWithText }[] = [];
  for (const doc of alive) {
    const dossier = dossiers.get(doc.dossierId);
    if (!dossier) continue;
    const entry = (doc.incomingDocId && inc.get(doc.incomingDocId)) || (doc.outgoingDocId && out.get(doc.outgoingDocId)) || undefined;
    result.push({ doc, dossier, item: documentItem(doc, dossier, dossier.boxId ? boxes.get(dossier.boxId) : undefined, entry) });
  }
  return result;
}

async function ownEntries(db: LuutruDb, table: 'dossiers' | 'boxes' | 'dossierDocs', rows: readonly unknown[]): Promise<IndexDoc[]> {
  if (table === 'dossiers') return (await ownDossierItems(db, rows as Dossier[])).map(({ dossier, item }) => indexDoc(item, dossier.fondsId));
  if (table === 'boxes') return (rows as Box[]).filter((b) => live(b)).map((b) => indexDoc(boxItem(b), b.fondsId));
  return (await ownDocItems(db, rows as DossierDoc[])).map(({ dossier, item }) => indexDoc(item, dossier.fondsId));
}

/** This unit's own dossiers, boxes and documents: each table in id order, `chunk` rows a read; changes from the journal. */
function ownSource(db: LuutruDb): IndexSource {
  const tables = ['dossiers', 'boxes', 'dossierDocs'] as const;
  return {
    spec: ARCHIVE_INDEX_SPEC,
    ...journalReads(db),
    async estimate() {
      return (await Promise.all(tables.map((t) => db.table(t).count()))).reduce((a, b) => a + b, 0);
    },
    async *scan(_from, chunk) {
      for (const name of tables) {
        const table = db.table<{ id: string }, string>(name);
        let after: string | undefined;
        for (;;) {
          const rows = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(chunk).toArray();
          if (rows.length === 0) break;
          yield await ownEntries(db, name, rows);
          if (rows.length < chunk) break;
          after = rows[rows.length - 1]!.id;
        }
      }
    },
    async changes(entries: readonly JournalEntry[]) {
      const ids: Record<ArchiveTable, Set<string>> = { dossiers: new Set(), boxes: new Set(), dossierDocs: new Set(), incomingDocs: new Set(), outgoingDocs: new Set() };
      for (const e of entries) for (const c of e.changes) if (c.table in ids) ids[c.table as ArchiveTable].add(c.recordId);
      // What an entry shows of others: a box's dossiers, a dossier's documents, the documents linked to a register entry.
      if (ids.boxes.size) for (const id of await db.dossiers.where('boxId').anyOf([...ids.boxes]).primaryKeys()) ids.dossiers.add(id);
      for (const dossierId of ids.dossiers) for (const id of await db.dossierDocs.where('[dossierId+position]').between([dossierId, Dexie.minKey], [dossierId, Dexie.maxKey]).primaryKeys()) ids.dossierDocs.add(id);
      if (ids.incomingDocs.size) for (const id of await db.dossierDocs.where('incomingDocId').anyOf([...ids.incomingDocs]).primaryKeys()) ids.dossierDocs.add(id);
      if (ids.outgoingDocs.size) for (const id of await db.dossierDocs.where('outgoingDocId').anyOf([...ids.outgoingDocs]).primaryKeys()) ids.dossierDocs.add(id);
      const docs: IndexDoc[] = [];
      const removed: { id: string }[] = [];
      for (const [table, prefix] of [['dossiers', 'd'], ['boxes', 'b'], ['dossierDocs', 'x']] as const) {
        const list = [...ids[table]];
        for (let i = 0; i < list.length; i += 2000) {
          const part = list.slice(i, i + 2000);
          const rows = (await db.table(table).bulkGet(part)).filter((r): r is { id: string } => !!r);
          const made = await ownEntries(db, table, rows);
          docs.push(...made);
          const kept = new Set(made.map((d) => d.id));
          for (const id of part) if (!kept.has(`${prefix}:${id}`)) removed.push({ id: `${prefix}:${id}` });
        }
      }
      return { docs, removed, rebuild: false };
    },
  };
}

// --- a received unit's blocks ---------------------------------------------------------------

/** Places per block in a received unit's scope (a block holds at most BLOCK_RECORDS records). */
const BLOCK_SLOTS = 2 ** Math.ceil(Math.log2(BLOCK_RECORDS));
/** Blocks per table (eight table slots: places stay below 2³¹). */
const TABLE_BLOCKS = 2 ** 31 / BLOCK_SLOTS / 8;

const placeOf = (table: ArchiveTable, block: number, rank: number) => (ARCHIVE_TABLES.indexOf(table) * TABLE_BLOCKS + block) * BLOCK_SLOTS + rank;

/** Where a received record is kept, from its place. */
export function archivePlace(place: number): { readonly table: ArchiveTable; readonly block: number; readonly index: number } {
  const b = Math.floor(place / BLOCK_SLOTS);
  return { table: ARCHIVE_TABLES[Math.floor(b / TABLE_BLOCKS)]!, block: b % TABLE_BLOCKS, index: place % BLOCK_SLOTS };
}

/** A received entry's id: its item id, then the places of the records its row is made with ('' for none). */
export function receivedId(itemId: string, refs: readonly (number | undefined)[]): string {
  return refs.length === 0 ? itemId : [itemId, ...refs.map((r) => (r === undefined ? '' : String(r)))].join('|');
}

/** The item id and the places of a received entry's id. */
export function receivedRefs(id: string): { readonly itemId: string; readonly refs: readonly (number | undefined)[] } {
  const [itemId, ...refs] = id.split('|');
  return { itemId: itemId!, refs: refs.map((r) => (r === '' ? undefined : Number(r))) };
}

type Placed<T> = { readonly record: T; readonly place: number };
type DossierKept = Pick<Dossier, 'id' | 'title' | 'origin' | 'fondsId' | 'boxId' | 'inventoryNumber' | 'fileNumber'> & { readonly place: number };

/** Blocks read at a time when scanning a received unit's records. */
const blocksPerRead = (chunk: number) => Math.max(1, Math.ceil(chunk / BLOCK_RECORDS));

async function* receivedBlocks(db: LuutruDb, origin: string, table: ArchiveTable, chunk: number): AsyncIterable<Placed<BundleRecord>[]> {
  let next = 0;
  for (;;) {
    const rows = await db.foreignBlocks.where('[origin+table+block]').between([origin, table, next], [origin, table, Dexie.maxKey]).limit(blocksPerRead(chunk)).toArray();
    if (rows.length === 0) return;
    const out: Placed<BundleRecord>[] = [];
    for (const row of rows) {
      const records = blockRecords(row);
      if (row.block >= TABLE_BLOCKS || records.length > BLOCK_SLOTS) throw new Error(`block ${row.block} of ${origin}/${table} does not fit the search index`);
      records.forEach((record, i) => out.push({ record, place: placeOf(table, row.block, i) }));
    }
    yield out;
    next = rows[rows.length - 1]!.block + 1;
  }
}

/** The register entries some received documents link to, with their places: the unit's directory says which blocks hold them; only those are read. */
class LinkedEntries {
  private blockOf: Map<string, number> | undefined;
  constructor(
    private readonly db: LuutruDb,
    private readonly origin: string,
    private readonly table: 'incomingDocs' | 'outgoingDocs',
  ) {}

  async read(ids: readonly string[]): Promise<Map<string, Placed<Entry>>> {
    const out = new Map<string, Placed<Entry>>();
    if (ids.length === 0) return out;
    if (!this.blockOf) {
      const dir = await this.db.foreignDirs.get([this.origin, this.table]);
      this.blockOf = new Map(dir ? dir.ids.map((id, i) => [id, dir.blocks[i]!]) : []);
    }
    const blocks = [...new Set(ids.map((id) => this.blockOf!.get(id)).filter((b): b is number => b !== undefined))];
    const wanted = new Set(ids);
    const rows = await this.db.foreignBlocks.bulkGet(blocks.map((b) => [this.origin, this.table, b] as [string, string, number]));
    rows.forEach((row, k) => {
      if (!row) return;
      (blockRecords(row)).forEach((r, i) => {
        if (wanted.has(r.id)) out.set(r.id, { record: r as unknown as Entry, place: placeOf(this.table, blocks[k]!, i) });
      });
    });
    return out;
  }
}

/** A received unit's dossiers, boxes and documents, read from its blocks; built again when an import brings its records. */
function receivedSource(db: LuutruDb, origin: string): IndexSource {
  return {
    spec: ARCHIVE_INDEX_SPEC,
    ...journalReads(db),
    async estimate() {
      const stats = await db.originStats.get(origin);
      return (['dossiers', 'boxes', 'dossierDocs'] as const).reduce((n, t) => n + (stats?.counts[t] ?? 0), 0);
    },
    async *scan(from, chunk) {
      // Its boxes first (few), kept whole: dossiers and documents show theirs.
      const boxes = new Map<string, Placed<Box>>();
      for await (const part of receivedBlocks(db, origin, 'boxes', chunk)) for (const p of part) if (live(p.record as unknown as Box)) boxes.set(p.record.id, p as unknown as Placed<Box>);
      const boxOf = (id: string | undefined) => (id ? boxes.get(id) : undefined);
      // Its dossiers, of which only what their documents show is kept.
      const dossiers = new Map<string, DossierKept>();
      for await (const part of receivedBlocks(db, origin, 'dossiers', chunk)) {
        const out: IndexDoc[] = [];
        for (const { record, place } of part) {
          const d = record as unknown as Dossier;
          if (!live(d)) continue;
          const box = boxOf(d.boxId);
          // Its numbers too: its documents hold its inventory's (search-text.ts shelfWords) and come in its number's order.
          const numbers = { ...(d.inventoryNumber !== undefined ? { inventoryNumber: d.inventoryNumber } : {}), ...(d.fileNumber !== undefined ? { fileNumber: d.fileNumber } : {}) };
          dossiers.set(d.id, { id: d.id, title: d.title, origin: d.origin, fondsId: d.fondsId, ...numbers, ...(box ? { boxId: d.boxId } : {}), place });
          if (place >= from) {
            const item = dossierItem(d, box?.record);
            out.push(indexDoc(item, d.fondsId, receivedId(item.id, [box?.place]), place));
          }
        }
        if (out.length) yield out;
      }
      const boxDocs = [...boxes.values()].filter((b) => b.place >= from).map(({ record, place }) => {
        const item = boxItem(record);
        return indexDoc(item, record.fondsId, item.id, place);
      });
      for (let i = 0; i < boxDocs.length; i += chunk) yield boxDocs.slice(i, i + chunk);
      const linked = { incomingDocs: new LinkedEntries(db, origin, 'incomingDocs'), outgoingDocs: new LinkedEntries(db, origin, 'outgoingDocs') };
      for await (const part of receivedBlocks(db, origin, 'dossierDocs', chunk)) {
        const docs = part.filter((p) => p.place >= from && live(p.record as unknown as DossierDoc) && dossiers.has((p.record as unknown as DossierDoc).dossierId)) as unknown as Placed<DossierDoc>[];
        const [inc, out] = await Promise.all([
          linked.incomingDocs.read(docs.map((p) => p.record.incomingDocId).filter((x): x is string => !!x)),
          linked.outgoingDocs.read(docs.map((p) => p.record.outgoingDocId).filter((x): x is string => !!x)),
        ]);
        const made: IndexDoc[] = [];
        for (const { record: doc, place } of docs) {
          const dossier = dossiers.get(doc.dossierId)!;
          const box = boxOf(dossier.boxId);
          const e = (doc.incomingDocId && inc.get(doc.incomingDocId)) || (doc.outgoingDocId && out.get(doc.outgoingDocId)) || undefined;
          const item = documentItem(doc, dossier, box?.record, e?.record);
          made.push(indexDoc(item, dossier.fondsId, receivedId(item.id, [dossier.place, box?.place, e?.place]), place));
        }
        if (made.length) yield made;
      }
    },
    async changes(entries: readonly JournalEntry[]) {
      const rebuild = entries.some((e) => ARCHIVE_TABLES.some((t) => (e.imported?.byOrigin[origin]?.[t] ?? 0) > 0));
      return { docs: [], removed: [], rebuild };
    },
  };
}

export function archiveIndexSource(db: LuutruDb, ref: ArchiveScope): IndexSource {
  return ref.origin === null ? ownSource(db) : receivedSource(db, ref.origin);
}
