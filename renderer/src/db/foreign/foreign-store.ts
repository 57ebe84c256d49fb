/**
 * Other units' records at the receiver (dữ liệu của đơn vị khác): read-only here, so they do not
 * live as one IndexedDB row per record. Per origin and table they are kept in blocks of a few
 * hundred records stored as one JSON string each, plus one directory row (id → block, and the
 * register numbers and parent links the import plan asks about). A row costs Chromium ~150–300
 * µs to write whatever its size; a block of 500 costs about as much as 30 rows, so taking in a
 * province's million records is a few thousand writes instead of a million.
 *
 * Only IndexedDB work happens here, so it runs inside the apply transaction. A store object
 * caches the blocks it has read for the length of one import (or one screen's read); the
 * directories may outlive it (ForeignDirectory, kept by foreign-cache.ts).
 */
import { NUMBER_RULES, PARENT_RULES, numberKeyOf, type ParentRule } from '../../core/bundle/import-plan';
import { REPLICATED_TABLES, type BundleRecord, type ReplicatedTable } from '../../core/bundle/schema';
import { arrayElementSpans, jsonArrayOf, keepRecordBytes, recordBytesOf } from '../../core/bundle/record-bytes';
import type { LuutruDb } from '../schema';

/** Records per block: big enough to make writes cheap, small enough that changing one record rewrites little. */
export const BLOCK_RECORDS = 500;

export type ForeignBlockRow = {
  readonly origin: string;
  readonly table: ReplicatedTable;
  readonly block: number;
  readonly count: number;
} & (
  /**
   * JSON array of the records as UTF-8 bytes, each record's bytes exactly as they came in its
   * signed payload (record-bytes.ts): copied, not written out again. Half the size of the same
   * text as a JavaScript string, which Vietnamese makes two bytes a character.
   */
  | { readonly bytes: Uint8Array<ArrayBuffer>; readonly json?: undefined }
  /** The same as a string, written where a record's received bytes were not at hand (a changed block; databases before bytes). */
  | { readonly json: string; readonly bytes?: undefined }
);

const decoder = new TextDecoder();

/** The records of a stored block, whichever form it was kept in. */
export function blockRecords(row: ForeignBlockRow): BundleRecord[] {
  return JSON.parse(row.bytes ? decoder.decode(row.bytes) : row.json) as BundleRecord[];
}

/**
 * A block's records read one at a time by their index in the block, for a search that shows a
 * few of its 500: a block kept as bytes has each record's span found by one scan, and only the
 * records asked for parsed (about a tenth of parsing them all); a block kept as text, or whose
 * bytes do not scan, is parsed whole on first use.
 */
export class BlockRecords {
  private spans: Uint32Array | undefined | null;
  private all: BundleRecord[] | undefined;
  private byIdMap: Map<string, BundleRecord> | undefined;

  constructor(private readonly row: ForeignBlockRow) {}

  /** The record at `index` if it is `id` (as the index that named it knew it), else the record `id` wherever it is in the block. */
  get(id: string, index?: number): BundleRecord | undefined {
    const at = index === undefined ? undefined : this.at(index);
    if (at?.id === id) return at;
    this.byIdMap ??= new Map(this.whole().map((r) => [r.id, r]));
    return this.byIdMap.get(id);
  }

  private at(index: number): BundleRecord | undefined {
    if (this.all) return this.all[index];
    if (this.spans === undefined) this.spans = this.row.bytes ? (arrayElementSpans(this.row.bytes) ?? null) : null;
    if (this.spans === null) return this.whole()[index];
    if (2 * index + 1 >= this.spans.length) return undefined;
    return JSON.parse(decoder.decode(this.row.bytes!.subarray(this.spans[2 * index], this.spans[2 * index + 1]))) as BundleRecord;
  }

  private whole(): BundleRecord[] {
    this.all ??= blockRecords(this.row);
    return this.all;
  }
}

/** A block as it goes into a backup: always the text form, so a backup reads the same whatever form the block was kept in. */
export function blockAsText(row: ForeignBlockRow): ForeignBlockRow {
  if (!row.bytes) return row;
  const { bytes, ...rest } = row;
  return { ...rest, json: decoder.decode(bytes) };
}

/** A block read to be changed: its records keep their bytes, so the block is written back by copying them. */
function readBlockToChange(row: ForeignBlockRow): BundleRecord[] {
  const records = blockRecords(row);
  if (row.bytes) {
    const spans = arrayElementSpans(row.bytes);
    if (spans) keepRecordBytes(records, row.bytes, spans);
  }
  return records;
}

/** A block's row: its records' received bytes copied when every one has them, else the records written out as text. */
function blockRow(origin: string, table: ReplicatedTable, block: number, records: readonly BundleRecord[]): ForeignBlockRow {
  const parts: Uint8Array[] = [];
  for (const r of records) {
    const b = recordBytesOf(r);
    if (!b) return { origin, table, block, json: JSON.stringify(records), count: records.length };
    parts.push(b);
  }
  return { origin, table, block, bytes: jsonArrayOf(parts), count: records.length };
}

/** Per origin and table: where each record is, and what the plan looks up without reading blocks. */
export type ForeignDirRow = {
  readonly origin: string;
  readonly table: ReplicatedTable;
  readonly ids: readonly string[];
  readonly blocks: readonly number[];
  /** `registerId|number` of each record ('' when it has none), for register-number checks. */
  readonly numberKeys: readonly string[];
  /** Per parent field of the table (registerId, fondsId, …): each record's parent id ('' when none). */
  readonly parents: Readonly<Record<string, readonly string[]>>;
  readonly nextBlock: number;
};

type Dir = {
  origin: string;
  table: ReplicatedTable;
  /** id → position in the arrays below. */
  pos: Map<string, number>;
  ids: string[];
  blocks: number[];
  numberKeys: string[];
  parents: Record<string, string[]>;
  nextBlock: number;
  /** Records per block (for choosing where a new record goes). */
  counts: Map<number, number>;
  dirty: boolean;
};

const parentFields = (t: ReplicatedTable) => PARENT_RULES.filter((r) => r.table === t).map((r) => r.field);
const numberRule = (t: ReplicatedTable) => NUMBER_RULES.find((r) => r.table === t);
const bk = (origin: string, t: string, block: number) => `${origin}\u0000${t}\u0000${block}`;
const dk = (origin: string, t: string) => `${origin}\u0000${t}`;

function toDir(row: ForeignDirRow, intern: (s: string) => string): Dir {
  const pos = new Map<string, number>();
  row.ids.forEach((id, i) => pos.set(id, i));
  const counts = new Map<number, number>();
  for (const b of row.blocks) counts.set(b, (counts.get(b) ?? 0) + 1);
  const parents: Record<string, string[]> = {};
  for (const f of parentFields(row.table)) parents[f] = row.parents[f] ? row.parents[f].map(intern) : row.ids.map(() => '');
  return { origin: row.origin, table: row.table, pos, ids: [...row.ids], blocks: [...row.blocks], numberKeys: [...row.numberKeys], parents, nextBlock: row.nextBlock, counts, dirty: false };
}

function emptyDir(origin: string, table: ReplicatedTable): Dir {
  const parents: Record<string, string[]> = {};
  for (const f of parentFields(table)) parents[f] = [];
  return { origin, table, pos: new Map(), ids: [], blocks: [], numberKeys: [], parents, nextBlock: 0, counts: new Map(), dirty: false };
}

/**
 * Ids under one lookup key: most register numbers are held by one record, so one id is kept as
 * itself and only a key held by several gets an array (a million one-element arrays were a
 * large part of what the exchange worker keeps between imports, walked by each full collection).
 */
type Ids = string | string[];
type Lookup = { numbers: Map<string, Ids>; parents: Map<string, Map<string, Ids>> };

/**
 * What the stores know of the directories: every loaded origin's directory, which origin holds
 * each id, and the lookups by register number and parent. Kept between imports by
 * foreign-cache.ts (valid while the database's foreign generation has not moved), so the 50th
 * commune's import does not read again the 49 directories before it.
 */
export class ForeignDirectory {
  /**
   * Parent ids, one string each: 20,000 entries of a register name the same register id, and
   * each parsed record (or stored directory) brings its own copy of it.
   */
  private readonly shared = new Map<string, string>();
  intern(s: string): string {
    if (s === '') return s;
    const kept = this.shared.get(s);
    if (kept !== undefined) return kept;
    this.shared.set(s, s);
    return s;
  }
  readonly dirs = new Map<string, Dir>();
  readonly loadedTables = new Set<ReplicatedTable>();
  /** table → id → the directory holding it (all origins), kept as records are added and removed. */
  readonly where = new Map<ReplicatedTable, Map<string, Dir>>();
  /**
   * Per table, built on first use from every origin's directory, then kept up as records are
   * added or change (an entry may be left behind when one is removed or moves: readers check each
   * id against its directory): register number → ids, and parent field → parent id → ids.
   * Without them each lookup walked every directory, and an archive's 50th commune took minutes.
   */
  readonly lookups = new Map<ReplicatedTable, Lookup>();
}

export class ForeignStore {
  private readonly dirs: Map<string, Dir>;
  private readonly loadedTables: Set<ReplicatedTable>;
  private readonly blocks = new Map<string, Map<string, BundleRecord>>();
  private readonly where: Map<ReplicatedTable, Map<string, Dir>>;
  private readonly lookups: Map<ReplicatedTable, Lookup>;

  /** `directory`: what an earlier store of the same database state read (foreign-cache.ts); a fresh one otherwise. */
  constructor(
    private readonly db: LuutruDb,
    readonly directory: ForeignDirectory = new ForeignDirectory(),
  ) {
    this.dirs = directory.dirs;
    this.loadedTables = directory.loadedTables;
    this.where = directory.where;
    this.lookups = directory.lookups;
  }

  private get present(): boolean {
    return this.db.tables.some((t) => t.name === 'foreignDirs');
  }

  /** The directories of every origin for `table` (a few rows; their arrays hold one entry per record). */
  async loadTable(table: ReplicatedTable): Promise<void> {
    if (this.loadedTables.has(table) || !this.present) return;
    const rows = await this.db.foreignDirs.where('table').equals(table).toArray();
    const where = this.whereOf(table);
    for (const r of rows) {
      if (this.dirs.has(dk(r.origin, r.table))) continue;
      const d = toDir(r, (x) => this.directory.intern(x));
      this.dirs.set(dk(r.origin, r.table), d);
      for (const id of d.ids) where.set(id, d);
    }
    this.loadedTables.add(table);
    this.lookups.delete(table);
  }

  private whereOf(table: ReplicatedTable): Map<string, Dir> {
    return this.where.get(table) ?? this.where.set(table, new Map()).get(table)!;
  }

  /** Which origin holds `id` in `table` (after loadTable). */
  originOf(table: ReplicatedTable, id: string): string | undefined {
    return this.where.get(table)?.get(id)?.origin;
  }

  private lookupOf(table: ReplicatedTable): Lookup {
    let l = this.lookups.get(table);
    if (l) return l;
    l = { numbers: new Map(), parents: new Map() };
    for (const d of this.dirs.values()) {
      if (d.table !== table) continue;
      for (let i = 0; i < d.ids.length; i++) if (d.numberKeys[i]) push(l.numbers, d.numberKeys[i]!, d.ids[i]!);
      for (const [field, col] of Object.entries(d.parents)) {
        const m = l.parents.get(field) ?? l.parents.set(field, new Map()).get(field)!;
        for (let i = 0; i < col.length; i++) if (col[i]) push(m, col[i]!, d.ids[i]!);
      }
    }
    this.lookups.set(table, l);
    return l;
  }

  /** Ids of `table` whose parent field points at `parentId` (after loadTable). */
  childrenOf(rule: ParentRule, parentId: string): string[] {
    const where = this.whereOf(rule.table);
    return current(this.lookupOf(rule.table).parents.get(rule.field)?.get(parentId), (id) => {
      const d = where.get(id);
      return d !== undefined && d.parents[rule.field]?.[d.pos.get(id)!] === parentId;
    });
  }

  /**
   * One origin's records of `table` whose parent field `field` is `parentId`: from that origin's
   * directory alone (one row, not every origin's), reading only the blocks that hold them, in
   * the directory's order.
   */
  async childrenIn(origin: string, table: ReplicatedTable, field: string, parentId: string): Promise<BundleRecord[]> {
    return this.recordsWhere(origin, table, (row, i) => row.parents[field]?.[i] === parentId);
  }

  /**
   * One origin's records of `table` at the places of its directory that `matches` picks (at most
   * `max`), in the directory's order: its one row read and walked once, nothing kept, only the
   * blocks holding them read.
   */
  private async recordsWhere(origin: string, table: ReplicatedTable, matches: (row: ForeignDirRow, i: number) => boolean, max = Infinity): Promise<BundleRecord[]> {
    if (!this.present) return [];
    const row = await this.db.foreignDirs.get([origin, table]);
    if (!row) return [];
    const at: [string, string][] = [];
    for (let i = 0; i < row.ids.length && at.length < max; i++) if (matches(row, i)) at.push([row.ids[i]!, bk(origin, table, row.blocks[i]!)]);
    await this.loadBlocks([...new Set(at.map(([, key]) => key))]);
    return at.map(([id, key]) => this.blocks.get(key)?.get(id)).filter((r): r is BundleRecord => r !== undefined);
  }

  /** Ids of `table` holding the register number `key` (after loadTable). */
  numberGroup(table: ReplicatedTable, key: string): string[] {
    const where = this.whereOf(table);
    return current(this.lookupOf(table).numbers.get(key), (id) => {
      const d = where.get(id);
      return d !== undefined && d.numberKeys[d.pos.get(id)!] === key;
    });
  }

  /**
   * Records by id (any origin) of `table`; missing ids are absent from the map. `origin`: the
   * unit they are expected from — its directory is read first, every unit's only for ids it lacks.
   */
  async get(table: ReplicatedTable, ids: readonly string[], origin?: string): Promise<Map<string, BundleRecord>> {
    const out = origin !== undefined && !this.loadedTables.has(table) ? await this.getFrom(origin, table, ids) : new Map<string, BundleRecord>();
    const rest = ids.filter((id) => !out.has(id));
    if (rest.length === 0) return out;
    await this.loadTable(table);
    const wanted = new Map<string, string[]>();
    const where = this.whereOf(table);
    for (const id of rest) {
      const d = where.get(id);
      if (!d) continue;
      const key = bk(d.origin, table, d.blocks[d.pos.get(id)!]!);
      (wanted.get(key) ?? wanted.set(key, []).get(key)!).push(id);
    }
    await this.loadBlocks([...wanted.keys()]);
    for (const [key, list] of wanted) {
      const m = this.blocks.get(key);
      for (const id of list) {
        const r = m?.get(id);
        if (r) out.set(id, r);
      }
    }
    return out;
  }

  /**
   * The records of `ids` that one origin holds in `table` (the others are absent from the map):
   * opening one received entry or dossier reads its unit's directory, not every unit's (at 1M,
   * 50 rows of 20,000 entries).
   */
  async getFrom(origin: string, table: ReplicatedTable, ids: readonly string[]): Promise<Map<string, BundleRecord>> {
    const wanted = new Set(ids);
    const found = await this.recordsWhere(origin, table, (row, i) => wanted.has(row.ids[i]!), wanted.size);
    return new Map(found.map((r) => [r.id, r]));
  }

  private async loadBlocks(keys: readonly string[]): Promise<void> {
    const missing = keys.filter((k) => !this.blocks.has(k));
    if (missing.length === 0) return;
    const rows = await this.db.foreignBlocks.bulkGet(missing.map((k) => k.split('\u0000') as [string, string, string]).map(([o, t, b]) => [o, t, Number(b)] as [string, string, number]));
    missing.forEach((k, i) => {
      const row = rows[i];
      const m = new Map<string, BundleRecord>();
      if (row) for (const r of readBlockToChange(row)) m.set(r.id, r);
      this.blocks.set(k, m);
    });
  }

  /**
   * Every record of one origin's table (for screens and exports that read them all). A plain
   * promise of one Dexie read, never an async generator: a live query only observes reads made
   * while its scope is current, and the scope does not survive a `for await` over a generator.
   */
  async records(origin: string, table: ReplicatedTable): Promise<BundleRecord[]> {
    if (!this.present) return [];
    const rows = await this.db.foreignBlocks.where('[origin+table+block]').between([origin, table, 0], [origin, table, Number.MAX_SAFE_INTEGER]).toArray();
    return rows.flatMap(blockRecords);
  }

  /** Origins that have records of `table` here. */
  async origins(table: ReplicatedTable): Promise<string[]> {
    await this.loadTable(table);
    return [...this.dirs.values()].filter((d) => d.table === table && d.ids.length > 0).map((d) => d.origin).sort();
  }

  private dirFor(origin: string, table: ReplicatedTable): Dir {
    const k = dk(origin, table);
    let d = this.dirs.get(k);
    if (!d) this.dirs.set(k, (d = emptyDir(origin, table)));
    return d;
  }

  /**
   * Writes records (other units', exactly as received) and takes records out (held, or moved).
   * Reads the blocks it changes, then writes them and the directories: IndexedDB work only.
   */
  async write(puts: readonly { table: ReplicatedTable; record: BundleRecord }[], deletes: readonly { table: ReplicatedTable; id: string }[]): Promise<void> {
    const tables = new Set<ReplicatedTable>([...puts.map((p) => p.table), ...deletes.map((d) => d.table)]);
    for (const t of tables) await this.loadTable(t);
    // Where each change goes: the block holding the id, or the open block of its origin and table.
    const touched = new Map<string, { dir: Dir; put: Map<string, BundleRecord>; del: Set<string> }>();
    const stage = (dir: Dir, block: number) => {
      const key = bk(dir.origin, dir.table, block);
      return touched.get(key) ?? touched.set(key, { dir, put: new Map(), del: new Set() }).get(key)!;
    };
    for (const d of deletes) {
      const origin = this.originOf(d.table, d.id);
      if (origin === undefined) continue;
      const dir = this.dirFor(origin, d.table);
      stage(dir, dir.blocks[dir.pos.get(d.id)!]!).del.add(d.id);
    }
    for (const p of puts) {
      const dir = this.dirFor(p.record.origin, p.table);
      // A record that moved between origins never happens (ids are owned); still, take it out of the other.
      const other = this.originOf(p.table, p.record.id);
      if (other !== undefined && other !== p.record.origin) {
        const od = this.dirFor(other, p.table);
        stage(od, od.blocks[od.pos.get(p.record.id)!]!).del.add(p.record.id);
        this.remove(od, p.record.id);
      }
      let block = dir.pos.has(p.record.id) ? dir.blocks[dir.pos.get(p.record.id)!]! : undefined;
      if (block === undefined) {
        const open = dir.nextBlock - 1;
        block = open >= 0 && (dir.counts.get(open) ?? 0) < BLOCK_RECORDS ? open : dir.nextBlock++;
        this.add(dir, p.record, block);
      } else this.index(dir, p.record);
      stage(dir, block).put.set(p.record.id, p.record);
    }
    for (const d of deletes) {
      const origin = this.originOf(d.table, d.id);
      if (origin !== undefined) this.remove(this.dirFor(origin, d.table), d.id);
    }
    await this.loadBlocks([...touched.keys()]);
    const rows: ForeignBlockRow[] = [];
    const empty: [string, string, number][] = [];
    for (const [key, change] of touched) {
      const m = this.blocks.get(key)!;
      for (const id of change.del) m.delete(id);
      for (const [id, r] of change.put) m.set(id, r);
      const [origin, table, block] = key.split('\u0000') as [string, ReplicatedTable, string];
      if (m.size === 0) empty.push([origin, table, Number(block)]);
      else rows.push(blockRow(origin, table, Number(block), [...m.values()]));
    }
    if (rows.length) await this.db.foreignBlocks.bulkPut(rows);
    if (empty.length) await this.db.foreignBlocks.bulkDelete(empty);
    const dirRows: ForeignDirRow[] = [];
    for (const d of this.dirs.values()) {
      if (!d.dirty) continue;
      dirRows.push({ origin: d.origin, table: d.table, ids: d.ids, blocks: d.blocks, numberKeys: d.numberKeys, parents: d.parents, nextBlock: d.nextBlock });
      d.dirty = false;
    }
    if (dirRows.length) await this.db.foreignDirs.bulkPut(dirRows);
  }

  private add(dir: Dir, r: BundleRecord, block: number): void {
    this.whereOf(dir.table).set(r.id, dir);
    dir.pos.set(r.id, dir.ids.length);
    dir.ids.push(r.id);
    dir.blocks.push(block);
    dir.numberKeys.push('');
    for (const f of Object.keys(dir.parents)) dir.parents[f]!.push('');
    dir.counts.set(block, (dir.counts.get(block) ?? 0) + 1);
    this.index(dir, r);
  }

  /** Keeps the looked-up columns of a record current (and the lookups, when built: a changed value is added, the old one left for readers to skip). */
  private index(dir: Dir, r: BundleRecord): void {
    const p = dir.pos.get(r.id)!;
    const rule = numberRule(dir.table);
    const lookup = this.lookups.get(dir.table);
    const key = (rule && numberKeyOf(rule, r)) ?? '';
    if (lookup && key && key !== dir.numberKeys[p]) push(lookup.numbers, key, r.id);
    dir.numberKeys[p] = key;
    for (const f of Object.keys(dir.parents)) {
      const v = typeof r[f] === 'string' ? this.directory.intern(r[f] as string) : '';
      if (lookup && v && v !== dir.parents[f]![p]) push(lookup.parents.get(f) ?? lookup.parents.set(f, new Map()).get(f)!, v, r.id);
      dir.parents[f]![p] = v;
    }
    dir.dirty = true;
  }

  /** Takes an id out of the directory (swap with the last entry: order does not matter). */
  private remove(dir: Dir, id: string): void {
    const p = dir.pos.get(id);
    if (p === undefined) return;
    const last = dir.ids.length - 1;
    const block = dir.blocks[p]!;
    dir.counts.set(block, (dir.counts.get(block) ?? 1) - 1);
    const move = <T,>(a: T[]) => {
      a[p] = a[last]!;
      a.pop();
    };
    const lastId = dir.ids[last]!;
    move(dir.ids);
    move(dir.blocks);
    move(dir.numberKeys);
    for (const f of Object.keys(dir.parents)) move(dir.parents[f]!);
    dir.pos.delete(id);
    if (this.whereOf(dir.table).get(id) === dir) this.whereOf(dir.table).delete(id);
    if (lastId !== id) dir.pos.set(lastId, p);
    dir.dirty = true;
  }
}

function push(m: Map<string, Ids>, key: string, id: string): void {
  const ids = m.get(key);
  if (ids === undefined) m.set(key, id);
  else if (typeof ids === 'string') m.set(key, [ids, id]);
  else ids.push(id);
}

/** The ids of a lookup list that still hold the value (`holds`), once each. */
function current(list: Ids | undefined, holds: (id: string) => boolean): string[] {
  if (list === undefined) return [];
  if (typeof list === 'string') return holds(list) ? [list] : [];
  const out = list.filter(holds);
  return out.length > 1 ? [...new Set(out)] : out;
}

/** Tables a foreign store keeps (all replicated tables). */
export const FOREIGN_TABLES: readonly ReplicatedTable[] = REPLICATED_TABLES;

/** The directory and blocks of one origin's records of one table, packed from scratch (the v10 migration). */
export function packRecords(origin: string, table: ReplicatedTable, records: readonly BundleRecord[]): { dir: ForeignDirRow; blocks: ForeignBlockRow[] } {
  const rule = numberRule(table);
  const fields = parentFields(table);
  const blocks: ForeignBlockRow[] = [];
  const ids: string[] = [];
  const blockOf: number[] = [];
  const numberKeys: string[] = [];
  const parents: Record<string, string[]> = Object.fromEntries(fields.map((f) => [f, [] as string[]]));
  for (let i = 0, b = 0; i < records.length; i += BLOCK_RECORDS, b++) {
    const chunk = records.slice(i, i + BLOCK_RECORDS);
    blocks.push({ origin, table, block: b, json: JSON.stringify(chunk), count: chunk.length });
    for (const r of chunk) {
      ids.push(r.id);
      blockOf.push(b);
      numberKeys.push((rule && numberKeyOf(rule, r)) ?? '');
      for (const f of fields) parents[f]!.push(typeof r[f] === 'string' ? (r[f] as string) : '');
    }
  }
  return { dir: { origin, table, ids, blocks: blockOf, numberKeys, parents, nextBlock: blocks.length }, blocks };
}
