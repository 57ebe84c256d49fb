/**
 * The one write path for replicated records. A change set runs in ONE Dexie
 * transaction: it stamps every record with id, origin, clock (HLC) and operator,
 * refuses to change another unit's records, turns deletions into tombstones, and
 * writes one journal entry for the whole action — so the audit log and the data can
 * never disagree.
 */
import type { Table, Transaction } from 'dexie';
import { AppError } from '../core/errors';
import { HybridClock, ZERO_HLC } from '../core/hlc';
import { newId } from '../core/ids';
import type { JournalEntry, RecordChange } from '../core/journal';
import { changedFields, type RecordMeta } from '../core/records';
import type { LuutruDb } from './schema';

/** Who is acting: this PC's unit and the named operator. */
export type Session = { readonly unitId: string; readonly operator: string };

export type ChangeContext = { readonly action: string; readonly detail?: string };

/** For large change sets (an import): records are written `chunk` at a time, `onWrite` told after each. */
export type WriteOptions = {
  readonly chunk?: number;
  /** Records written so far; throwing from here aborts the whole transaction. */
  readonly onWrite?: (done: number, total: number) => void;
};

type AnyRecord = Record<string, unknown> & RecordMeta;
type Fields = Record<string, unknown>;

const CLOCK_KEY = 'hlc';

/** Tables that hold replicated records (have RecordMeta). Kept in sync with the schema. */
export type RecordTableName = 'units' | 'fonds' | 'operators' | (string & {});

export class ChangeSet {
  private readonly puts = new Map<string, Map<string, AnyRecord>>();
  private readonly changes: RecordChange[] = [];

  constructor(
    private readonly db: LuutruDb,
    private readonly session: Session,
    private readonly clock: HybridClock,
  ) {}

  private table(name: string): Table<AnyRecord, string> {
    return this.db.table(name) as Table<AnyRecord, string>;
  }

  /** Reads a record, seeing this change set's own pending writes. */
  async get<T extends Fields>(table: string, id: string): Promise<(T & RecordMeta) | undefined> {
    const pending = this.puts.get(table)?.get(id);
    if (pending) return pending as unknown as T & RecordMeta;
    return (await this.table(table).get(id)) as (T & RecordMeta) | undefined;
  }

  /**
   * Creates a record. Synchronous on purpose: Dexie keeps its transaction zone across
   * only a limited number of non-IndexedDB awaits, so bulk creates must not await.
   */
  create<T extends Fields>(table: string, fields: T, id?: string): T & RecordMeta {
    const record = {
      ...stripMeta(fields),
      id: id ?? newId(),
      origin: this.session.unitId,
      clock: this.clock.tick(),
      deleted: false,
      changedBy: this.session.operator,
    } as unknown as T & RecordMeta;
    this.stage(table, record as unknown as AnyRecord, 'create', []);
    return record;
  }

  /** Updates a record of ours whose current version the caller already read (synchronous). */
  updateKnown<T extends Fields>(table: string, before: T & RecordMeta, fields: T): T & RecordMeta {
    if (before.origin !== this.session.unitId) throw new AppError('record.readOnlyOrigin');
    if (before.deleted) throw new AppError('record.deleted');
    const record = {
      ...stripMeta(fields),
      id: before.id,
      origin: before.origin,
      clock: before.clock,
      deleted: false,
      changedBy: this.session.operator,
    } as unknown as T & RecordMeta;
    const fieldsChanged = changedFields(before, record);
    if (fieldsChanged.length === 0) return before;
    const stamped = { ...record, clock: this.clock.tick() };
    this.stage(table, stamped as unknown as AnyRecord, 'update', fieldsChanged);
    return stamped;
  }

  /** Creates (no id, or an id not stored yet) or updates one of ours; returns the stored version. */
  async put<T extends Fields>(table: string, fields: T, id?: string): Promise<T & RecordMeta> {
    const before = id ? await this.get<T>(table, id) : undefined;
    return before ? this.updateKnown(table, before, fields) : this.create(table, fields, id);
  }

  /** Tombstones a record of ours, keeping its fields (and so its number) for the record. */
  async remove(table: string, id: string, reason: string): Promise<void> {
    const before = await this.get<Fields>(table, id);
    if (!before) throw new AppError('record.notFound');
    this.removeKnown(table, before, reason);
  }

  /** Tombstones a record whose current version the caller already read (synchronous). */
  removeKnown(table: string, before: AnyRecord | (Fields & RecordMeta), reason: string): void {
    if (before.origin !== this.session.unitId) throw new AppError('record.readOnlyOrigin');
    if (before.deleted) return;
    const record: AnyRecord = {
      ...(before as AnyRecord),
      clock: this.clock.tick(),
      deleted: true,
      deletedReason: reason,
      changedBy: this.session.operator,
    };
    this.stage(table, record, 'delete', ['deleted']);
  }

  private stage(table: string, record: AnyRecord, op: RecordChange['op'], fields: string[]): void {
    let m = this.puts.get(table);
    if (!m) this.puts.set(table, (m = new Map()));
    m.set(record.id, record);
    this.changes.push({ table, recordId: record.id, op, fields, clock: record.clock });
  }

  /** Writes staged records and the journal entry; called by `writeChanges` inside the transaction. */
  async flush(ctx: ChangeContext, options: WriteOptions = {}): Promise<JournalEntry | undefined> {
    if (this.changes.length === 0) return undefined;
    const chunk = Math.max(1, options.chunk ?? Number.POSITIVE_INFINITY);
    const total = [...this.puts.values()].reduce((n, m) => n + m.size, 0);
    let done = 0;
    for (const [table, staged] of this.puts) {
      const records = [...staged.values()];
      // Every chunk is queued at once (IndexedDB runs them in order without a pause between
      // them); progress is told as each one completes.
      const pending: Promise<number>[] = [];
      for (let i = 0; i < records.length; i += chunk) {
        const part = chunk >= records.length ? records : records.slice(i, i + chunk);
        pending.push(this.table(table).bulkPut(part).then(() => part.length));
      }
      // Once a cancel aborts the transaction the chunks still queued fail too: nobody waits for them.
      for (const p of pending) p.catch(() => undefined);
      for (const p of pending) {
        done += await p;
        // May throw (a cancel): the transaction is then aborted and nothing is written.
        options.onWrite?.(done, total);
      }
    }
    const entry: JournalEntry = {
      at: new Date().toISOString(),
      operator: this.session.operator,
      action: ctx.action,
      ...(ctx.detail ? { detail: ctx.detail } : {}),
      changes: this.changes,
      recordIds: [...new Set(this.changes.map((c) => c.recordId))],
    };
    const seq = await this.db.journal.add(entry);
    await this.db.settings.put({ key: CLOCK_KEY, value: this.clock.peek() });
    return { ...entry, seq };
  }
}

function stripMeta(fields: Fields): Fields {
  const { id: _id, origin: _o, clock: _c, deleted: _d, deletedReason: _r, changedBy: _b, ...rest } = fields;
  return rest;
}

/**
 * Runs `work` in one read-write transaction over `tables` (plus journal and settings)
 * and commits its changes with one journal entry. If `work` throws, nothing is written;
 * nor if `options.onWrite` throws while a large change set is written in chunks.
 */
export async function writeChanges<R>(
  db: LuutruDb,
  session: Session,
  ctx: ChangeContext,
  tables: readonly string[],
  work: (changes: ChangeSet, tx: Transaction) => Promise<R>,
  options: WriteOptions = {},
): Promise<R> {
  return db.transaction('rw', [...new Set([...tables, 'journal', 'settings'])], async (tx) => {
    const stored = await db.settings.get(CLOCK_KEY);
    const clock = new HybridClock(ZERO_HLC);
    if (typeof stored?.value === 'string') clock.receive(stored.value);
    const changes = new ChangeSet(db, session, clock);
    const result = await work(changes, tx);
    await changes.flush(ctx, options);
    return result;
  });
}

/** Folds clocks seen in imported records into ours, so local edits made after an import win. */
export async function observeClock(db: LuutruDb, clockValue: string): Promise<void> {
  const stored = await db.settings.get(CLOCK_KEY);
  const clock = new HybridClock(typeof stored?.value === 'string' ? stored.value : ZERO_HLC);
  clock.receive(clockValue);
  await db.settings.put({ key: CLOCK_KEY, value: clock.peek() });
}
