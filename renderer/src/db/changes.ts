/**
 * The one write path for replicated records. A change set runs in ONE Dexie
 * transaction: it stamps every record with id, origin, clock (HLC) and operator,
 * refuses to change another unit's records, turns deletions into tombstones, and
 * writes one journal entry for the whole action — so the audit log and the data can
 * never disagree.
 */
import type { Table, Transaction } from 'dexie';
import type { ImportPlan } from '../core/bundle/import-plan';
import { BUNDLE_LIMITS, type ReplicatedTable } from '../core/bundle/schema';
import { AppError } from '../core/errors';
import { HybridClock, ZERO_HLC } from '../core/hlc';
import { newId } from '../core/ids';
import { NAMED_CHANGES, type JournalEntry, type JournalSubject, type RecordChange } from '../core/journal';
import { JOURNAL_FIELD_RULES, keptValues } from '../core/journal-fields';
import { journalName, journalSubject, namesTable } from '../core/journal-subject';
import { changedFields, type RecordMeta } from '../core/records';
import type { LuutruDb, TableName } from './schema';
import { ForeignStore } from './foreign/foreign-store';
import { nextForeignGeneration } from './foreign/foreign-cache';
import { guardStorage } from './storage-errors';
import { withDossierDerived } from '../core/duties/dossier-fields';

/** Who is acting: this PC's unit and the named operator. */
export type Session = { readonly unitId: string; readonly operator: string };

export type ChangeContext = {
  readonly action: string;
  readonly detail?: string;
  /**
   * The tables whose records the line is about, in the order it names them: the records of each the change set wrote,
   * or was told of (`mention`), named and counted in the entry's `subject` — "Hủy văn bản đến — số đến 01 “V/v …”".
   */
  readonly about?: readonly RecordTableName[];
};


/** For large change sets (an import): records are written `chunk` at a time, `onWrite` told after each. */
export type WriteOptions = {
  readonly chunk?: number;
  /** Records written so far; throwing from here aborts the whole transaction. */
  readonly onWrite?: (done: number, total: number) => void;
};

type AnyRecord = Record<string, unknown> & RecordMeta;
type Fields = Record<string, unknown>;

const CLOCK_KEY = 'hlc';

/** Tables that hold replicated records (have RecordMeta): the bundle's replicated tables. */
export type RecordTableName = ReplicatedTable;

export class ChangeSet {
  private readonly puts = new Map<RecordTableName, Map<string, AnyRecord>>();
  private readonly deletes = new Map<RecordTableName, Set<string>>();
  private readonly changes: RecordChange[] = [];
  private imported: ImportPlan | undefined;
  /** What the journal names the change by, once the work knows it (a number given inside the transaction). */
  private detail: string | undefined;
  private foreign: ForeignStore | undefined;
  /** Records the line is about that it does not write (the fonds numbered in, the box moved into), by table. */
  private readonly mentioned = new Map<string, Map<string, Fields>>();
  private readonly mentionedOnly = new Set<string>();
  /** The records the line's subject is of (its items say so: a record's own history names it first only then). */
  private readonly subjectIds = new Set<string>();
  /** Names given by the work where a record's row does not say it (a document read through its register entry). */
  private readonly names = new Map<string, string>();
  /** The foreign generation this change set wrote (foreign-cache.ts), once it wrote other units' records. */
  foreignGeneration: string | undefined;

  constructor(
    private readonly db: LuutruDb,
    private readonly session: Session,
    private readonly clock: HybridClock,
  ) {}

  private table(name: RecordTableName): Table<AnyRecord, string> {
    return this.db.table(name) as Table<AnyRecord, string>;
  }

  /** Names what this change is about in its journal entry (over the context's `detail`): known only once the work has run, as a number given. */
  describe(detail: string): void {
    this.detail = detail;
  }

  /**
   * Names a record the line is about (`ChangeContext.about`) though it may not write it: the fonds dossiers are numbered
   * in, the box they go into. `only`: the line is about the records of that table told of here, not all those it
   * writes (a split names the slip and its part, not the slips after them that moved down).
   */
  mention(table: RecordTableName, record: Fields & { readonly id: string }, only = false): void {
    let m = this.mentioned.get(table);
    if (!m) this.mentioned.set(table, (m = new Map()));
    m.set(record.id, record);
    if (only) this.mentionedOnly.add(table);
  }

  /** How the journal names record `id` where its row does not say (a document linked to a register entry holds no number). */
  nameAs(id: string, name: string): void {
    this.names.set(id, name);
  }

  /**
   * Reads a record, seeing this change set's own pending writes; another unit's record (kept in
   * blocks) is found too, so that changing it is refused as read-only rather than "not found".
   */
  async get<T extends Fields>(table: RecordTableName, id: string): Promise<(T & RecordMeta) | undefined> {
    const pending = this.puts.get(table)?.get(id);
    if (pending) return pending as unknown as T & RecordMeta;
    const own = (await this.table(table).get(id)) as (T & RecordMeta) | undefined;
    if (own) return own;
    return (await new ForeignStore(this.db).get(table, [id])).get(id) as (T & RecordMeta) | undefined;
  }

  /**
   * Creates a record. Synchronous on purpose: Dexie keeps its transaction zone across
   * only a limited number of non-IndexedDB awaits, so bulk creates must not await.
   */
  create<T extends Fields>(table: RecordTableName, fields: T, id?: string): T & RecordMeta {
    const record = {
      ...stripMeta(derived(table, fields)),
      id: id ?? newId(),
      origin: this.session.unitId,
      clock: this.clock.tick(),
      deleted: false,
      changedBy: this.session.operator,
    } as unknown as T & RecordMeta;
    this.stage(table, record as unknown as AnyRecord, 'create', [], madeFigures(table, record));
    return record;
  }

  /** Updates a record of ours whose current version the caller already read (synchronous). */
  updateKnown<T extends Fields>(table: RecordTableName, before: T & RecordMeta, fields: T): T & RecordMeta {
    if (before.origin !== this.session.unitId) throw new AppError('record.readOnlyOrigin');
    if (before.deleted) throw new AppError('record.deleted');
    const record = {
      ...stripMeta(derived(table, fields)),
      id: before.id,
      origin: before.origin,
      clock: before.clock,
      deleted: false,
      changedBy: this.session.operator,
    } as unknown as T & RecordMeta;
    const fieldsChanged = changedFields(before, record);
    if (fieldsChanged.length === 0) return before;
    const stamped = { ...record, clock: this.clock.tick() };
    this.stage(table, stamped as unknown as AnyRecord, 'update', fieldsChanged, keptValues(table, before, record, fieldsChanged));
    return stamped;
  }

  /** Creates (no id, or an id not stored yet) or updates one of ours; returns the stored version. */
  async put<T extends Fields>(table: RecordTableName, fields: T, id?: string): Promise<T & RecordMeta> {
    const before = id ? await this.get<T>(table, id) : undefined;
    return before ? this.updateKnown(table, before, fields) : this.create(table, fields, id);
  }

  /**
   * Refuses an update prepared from an older version of the record (another window or person
   * saved it since `baseClock`) when it would overwrite what they changed: the fields the journal
   * records as changed since then must be left as they are now. Call before `updateKnown`.
   */
  async assertNotStale(table: string, before: Fields & RecordMeta, fields: Fields, baseClock: string | undefined): Promise<void> {
    if (baseClock === undefined || before.clock === baseClock) return;
    const changedSince = new Set<string>();
    let unknown = false;
    await this.db.journal
      .where('recordIds')
      .equals(before.id)
      .each((e) => {
        for (const c of e.changes)
          if (c.table === table && c.recordId === before.id && c.clock > baseClock) {
            if (c.fields.length === 0) unknown = true;
            c.fields.forEach((f) => changedSince.add(f));
          }
      });
    if (unknown || changedSince.size === 0) throw new AppError('record.changedElsewhere');
    for (const f of changedSince) if (JSON.stringify(fields[f]) !== JSON.stringify(before[f])) throw new AppError('record.changedElsewhere');
  }

  /** Tombstones a record of ours, keeping its fields (and so its number) for the record. */
  async remove(table: RecordTableName, id: string, reason: string): Promise<void> {
    const before = await this.get<Fields>(table, id);
    if (!before) throw new AppError('record.notFound');
    this.removeKnown(table, before, reason);
  }

  /** Tombstones a record whose current version the caller already read (synchronous). */
  removeKnown(table: RecordTableName, before: AnyRecord | (Fields & RecordMeta), reason: string): void {
    if (before.origin !== this.session.unitId) throw new AppError('record.readOnlyOrigin');
    if (before.deleted) return;
    // The reason goes with the record in its bundle, which carries at most this much (the receiver refuses more).
    if (reason.length > BUNDLE_LIMITS.maxShortText) throw new AppError('text.tooLong', { max: BUNDLE_LIMITS.maxShortText, length: reason.length });
    const record = derived(table, {
      ...(before as AnyRecord),
      clock: this.clock.tick(),
      deleted: true,
      deletedReason: reason,
      changedBy: this.session.operator,
    }) as AnyRecord;
    this.stage(table, record, 'delete', ['deleted']);
  }

  /**
   * Carries out the record writes of an import plan: other units' records exactly as they
   * signed them (never restamped) into their blocks (foreign-store.ts), records taken out when
   * held, counted in the journal entry per origin and table, and the clock moved past the latest
   * clock received. `foreign`: the store (with its directories already read) to write them through.
   */
  applyImportPlan(plan: ImportPlan, foreign?: ForeignStore): void {
    for (const p of plan.puts) if (p.record.origin === this.session.unitId) throw new AppError('record.readOnlyOrigin');
    this.imported = plan;
    this.foreign = foreign;
    if (plan.maxClock) this.clock.receive(plan.maxClock);
  }

  private stage(table: RecordTableName, record: AnyRecord, op: RecordChange['op'], fields: string[], values?: RecordChange['values']): void {
    let m = this.puts.get(table);
    if (!m) this.puts.set(table, (m = new Map()));
    m.set(record.id, record);
    this.changes.push({ table, recordId: record.id, op, fields, clock: record.clock, ...(values ? { values } : {}) });
  }

  /** Writes staged records and the journal entry; called by `writeChanges` inside the transaction. */
  async flush(ctx: ChangeContext, always = false, options: WriteOptions = {}): Promise<JournalEntry | undefined> {
    const plan = this.imported;
    if (this.changes.length === 0 && !always && !(plan && !plan.isEmpty)) return undefined;
    for (const [table, ids] of this.deletes) await this.table(table).bulkDelete([...ids]);
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
    if (plan && plan.puts.length + plan.deletes.length > 0) {
      await (this.foreign ?? new ForeignStore(this.db)).write(plan.puts, plan.deletes);
      // Directories kept elsewhere (another window's worker) are of the data before this write.
      this.foreignGeneration = await nextForeignGeneration(this.db);
    }
    const byOrigin: Record<string, Record<string, number>> = {};
    for (const c of plan?.changes ?? []) {
      const m = (byOrigin[c.origin] ??= {});
      m[c.table] = (m[c.table] ?? 0) + 1;
    }
    const detail = this.detail ?? ctx.detail;
    const subject = this.subject(ctx.about ?? []);
    const entry: JournalEntry = {
      at: new Date().toISOString(),
      operator: this.session.operator,
      action: ctx.action,
      ...(detail ? { detail } : {}),
      ...(subject.length > 0 ? { subject } : {}),
      changes: this.namedChanges(),
      recordIds: [...new Set(this.changes.map((c) => c.recordId))],
      ...(plan ? { imported: { records: plan.changes.length, byOrigin } } : {}),
    };
    const seq = await this.db.journal.add(entry);
    await this.db.settings.put({ key: CLOCK_KEY, value: this.clock.peek() });
    return { ...entry, seq };
  }

  /**
   * The records of each table in `about`, those told of then those written (each once, as last written), named and
   * counted. Where the line removed records of a table it is about those (a slip deleted, not the slips that moved up).
   */
  private subject(about: readonly RecordTableName[]): JournalSubject[] {
    const out: JournalSubject[] = [];
    for (const table of about) {
      const records = new Map<string, Fields>(this.mentioned.get(table));
      const removed = new Set(this.changes.filter((c) => c.table === table && c.op === 'delete').map((c) => c.recordId));
      if (!this.mentionedOnly.has(table)) for (const [id, r] of this.puts.get(table) ?? []) if (removed.size === 0 || removed.has(id)) records.set(id, r);
      for (const id of records.keys()) this.subjectIds.add(id);
      const s = journalSubject(table, [...records.values()], this.names);
      if (s) out.push(s);
    }
    return out;
  }

  /**
   * The changes, the first of them given the name of the record each touched (as last written) in place: an import's
   * hundred thousand items are not copied for fifty names.
   */
  private namedChanges(): RecordChange[] {
    for (let i = 0; i < Math.min(NAMED_CHANGES, this.changes.length); i++) {
      const c = this.changes[i]!;
      if (!namesTable(c.table)) continue;
      const record = this.puts.get(c.table as RecordTableName)?.get(c.recordId);
      const name = this.names.get(c.recordId) ?? (record ? journalName(c.table, record) : undefined);
      if (name) this.changes[i] = { ...c, name, ...(this.subjectIds.has(c.recordId) ? { inSubject: true } : {}) };
    }
    return this.changes;
  }
}

/**
 * The figures a record of a table holding them by key is made with (a statistics report's first draft), kept as a
 * correction's are ("values.staffTotal": nothing → 3) for its line opened to list them; `{}` for one made with none
 * (its line says so: a line written before they were kept has no `values`). Undefined for any other table.
 */
function madeFigures(table: RecordTableName, record: Fields): RecordChange['values'] {
  const figures = JOURNAL_FIELD_RULES[table]?.figures;
  return figures ? (keptValues(table, {}, record, figures) ?? {}) : undefined;
}

/**
 * Fields derived from others on every write of a table, whoever writes it (plan, processing,
 * duties), so the indexes that read them are never stale: a dossier's deposit count start and
 * expiry year (core/duties/dossier-fields.ts).
 */
const DERIVED: Partial<Record<RecordTableName, (record: Fields) => Fields>> = {
  dossiers: (r) => withDossierDerived(r as never) as Fields,
};

function derived<T extends Fields>(table: RecordTableName, fields: T): T {
  const derive = DERIVED[table];
  return derive ? (derive(fields) as T) : fields;
}

function stripMeta(fields: Fields): Fields {
  const { id: _id, origin: _o, clock: _c, deleted: _d, deletedReason: _r, changedBy: _b, ...rest } = fields;
  return rest;
}

/**
 * Runs `work` in one read-write transaction over `tables` (plus journal and settings)
 * and commits its changes with one journal entry. If `work` throws, nothing is written;
 * if the disk or quota is full, nothing is written either and AppError('storage.full') says so;
 * nor if `options.onWrite` throws while a large change set is written in chunks.
 */
export async function writeChanges<R>(
  db: LuutruDb,
  session: Session,
  ctx: ChangeContext & {
    /** Write the journal entry even when no record changed (an import that only records what was received). */
    readonly alwaysJournal?: boolean;
  },
  tables: readonly TableName[],
  work: (changes: ChangeSet, tx: Transaction) => Promise<R>,
  options: WriteOptions = {},
): Promise<R> {
  // Other units' blocks are in scope too: a change set may look a record up there (and refuse it).
  return guardStorage(() =>
    db.transaction('rw', [...new Set<string>([...tables, 'journal', 'settings', 'foreignBlocks', 'foreignDirs'])], async (tx) => {
      const stored = await db.settings.get(CLOCK_KEY);
      const clock = new HybridClock(ZERO_HLC);
      if (typeof stored?.value === 'string') clock.receive(stored.value);
      const changes = new ChangeSet(db, session, clock);
      const result = await work(changes, tx);
      await changes.flush(ctx, ctx.alwaysJournal === true, options);
      return result;
    }),
  );
}

/**
 * A person's decision that changes no record — a key trusted, revoked or changed, a custody
 * recorded — written with its journal entry (who may sign for whom is part of the record), in one
 * transaction over `tables`. Without a session (the sample, tests of the verifier) it is written alone.
 */
export function writeDecision<R>(db: LuutruDb, session: Session | undefined, ctx: ChangeContext, tables: readonly TableName[], work: () => Promise<R>): Promise<R> {
  if (!session) return db.transaction('rw', [...tables], work);
  return writeChanges(db, session, { ...ctx, alwaysJournal: true }, tables, work);
}

/** Folds clocks seen in imported records into ours, so local edits made after an import win. */
export async function observeClock(db: LuutruDb, clockValue: string): Promise<void> {
  const stored = await db.settings.get(CLOCK_KEY);
  const clock = new HybridClock(typeof stored?.value === 'string' ? stored.value : ZERO_HLC);
  clock.receive(clockValue);
  await db.settings.put({ key: CLOCK_KEY, value: clock.peek() });
}
