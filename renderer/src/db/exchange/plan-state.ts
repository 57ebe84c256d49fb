/**
 * The receiver's IndexedDB state as the import plan reads it (core/bundle/import-plan.ts
 * `PlanState`): records and held claims are loaded ahead for the ids the bundles touch,
 * and anything else the plan asks for (children of a parent that changed hands, the
 * records holding a register number) is loaded on demand and the plan run again. Only
 * IndexedDB reads, so it also runs inside the apply transaction.
 */
import { Dexie } from 'dexie';
import {
  NOT_LOADED,
  NUMBER_RULES,

  idsInBundles,
  numberKeyOf,
  planImport,
  type HeldClaim,
  type ImportPlan,
  type Need,
  type NumberRule,
  type ParentRule,
  type PlanState,
} from '../../core/bundle/import-plan';
import { REPLICATED_TABLES, type BundleRecord, type ReplicatedTable } from '../../core/bundle/schema';
import type { VerifiedBundle } from '../../core/bundle/verify';
import { AppError } from '../../core/errors';
import type { LuutruDb } from '../schema';

const ek = (t: string, id: string) => `${t}\u0000${id}`;

/** Which live records point at a parent, through the indexes the schema keeps. */
async function liveChildren(db: LuutruDb, rule: ParentRule, parentId: string): Promise<string[]> {
  const present = new Set(db.tables.map((t) => t.name));
  if (!present.has(rule.table)) return [];
  const table = db.table(rule.table);
  const key = (c: { primaryKeys(): Promise<unknown[]> }) => c.primaryKeys() as Promise<string[]>;
  if ((rule.table === 'incomingDocs' || rule.table === 'outgoingDocs') && rule.field === 'registerId') {
    const index = rule.table === 'incomingDocs' ? '[registerId+arrivalNumber]' : '[registerId+number]';
    return key(table.where(index).between([parentId, Dexie.minKey], [parentId, Dexie.maxKey]));
  }
  if (rule.table === 'dossiers' && rule.field === 'fondsId') return key(table.where('[fondsId+year]').between([parentId, Dexie.minKey], [parentId, Dexie.maxKey]));
  const indexes = new Set(table.schema.indexes.map((i) => i.name));
  if (indexes.has(rule.field)) return key(table.where(rule.field).equals(parentId));
  // No index for this link (a table added later without one): look through the table.
  return key(table.filter((r: Record<string, unknown>) => r[rule.field] === parentId));
}

export class DbPlanState implements PlanState {
  private readonly liveCache = new Map<string, BundleRecord | undefined>();
  private readonly childCache = new Map<string, readonly string[]>();
  private readonly numberCache = new Map<string, readonly string[]>();
  private heldById = new Map<string, HeldClaim[]>();
  private heldAll: HeldClaim[] = [];
  private owners = new Map<string, string>();
  private readonly emptyTables = new Set<string>();

  constructor(
    private readonly db: LuutruDb,
    readonly receiverUnitId: string,
  ) {}

  /** Held claims and ownership decisions (few), then the records the bundles name and the numbers they use. */
  async preload(bundles: readonly VerifiedBundle[], recheck: readonly { table: ReplicatedTable; id: string }[] = []): Promise<void> {
    this.heldAll = (await this.db.heldClaims.toArray()).map(({ heldAt: _h, ...claim }) => claim);
    this.heldById = new Map();
    for (const h of this.heldAll) (this.heldById.get(ek(h.table, h.id)) ?? this.heldById.set(ek(h.table, h.id), []).get(ek(h.table, h.id))!).push(h);
    this.owners = new Map((await this.db.ownership.toArray()).map((o) => [ek(o.table, o.id), o.owner]));
    const ids = idsInBundles(bundles);
    for (const r of recheck) ids[r.table].push(r.id);
    const present = new Set(this.db.tables.map((t) => t.name));
    for (const t of REPLICATED_TABLES) {
      if (ids[t].length === 0) continue;
      // An empty table (the first import of a unit's data) holds none of them: no need to look.
      const empty = !present.has(t) || (await this.db.table(t).count()) === 0;
      if (empty) this.emptyTables.add(t);
      const rows = empty ? [] : ((await this.db.table(t).bulkGet(ids[t])) as (BundleRecord | undefined)[]);
      ids[t].forEach((id, i) => this.liveCache.set(ek(t, id), rows[i]));
    }
    // The numbers the incoming entries (and their current versions) hold.
    for (const rule of NUMBER_RULES) {
      const keys = new Set<string>();
      for (const b of bundles) for (const r of b.payload.records[rule.table] ?? []) keys.add(numberKeyOf(rule, r) ?? '');
      for (const id of ids[rule.table]) {
        const cur = this.liveCache.get(ek(rule.table, id));
        if (cur) keys.add(numberKeyOf(rule, cur) ?? '');
      }
      keys.delete('');
      await this.loadNumbers(rule, [...keys]);
    }
  }

  private async loadNumbers(rule: NumberRule, keys: readonly string[]): Promise<void> {
    if (keys.length === 0 || this.emptyTables.has(rule.table) || !this.db.tables.some((t) => t.name === rule.table)) {
      for (const k of keys) this.numberCache.set(ek(rule.name, k), this.heldNumber(rule, k));
      return;
    }
    const index = rule.table === 'incomingDocs' ? '[registerId+arrivalNumber]' : '[registerId+number]';
    const pairs = keys.map((k) => {
      const i = k.lastIndexOf('|');
      return [k.slice(0, i), Number(k.slice(i + 1))] as [string, number];
    });
    const found = new Map<string, string[]>();
    for (let i = 0; i < pairs.length; i += 5000) {
      const rows = (await this.db.table(rule.table).where(index).anyOf(pairs.slice(i, i + 5000)).toArray()) as BundleRecord[];
      for (const r of rows) {
        const k = numberKeyOf(rule, r);
        if (!k) continue;
        (found.get(k) ?? found.set(k, []).get(k)!).push(r.id);
        this.liveCache.set(ek(rule.table, r.id), r);
      }
    }
    for (const k of keys) this.numberCache.set(ek(rule.name, k), [...new Set([...(found.get(k) ?? []), ...this.heldNumber(rule, k)])]);
  }

  private heldNumber(rule: NumberRule, key: string): string[] {
    return this.heldAll.filter((h) => h.table === rule.table && h.reason === 'number-conflict' && h.numberKey === key).map((h) => h.id);
  }

  /** Loads what a plan asked for. */
  async load(needs: readonly Need[]): Promise<void> {
    const entities = new Map<ReplicatedTable, string[]>();
    for (const n of needs) {
      if (n.kind === 'entity') (entities.get(n.table) ?? entities.set(n.table, []).get(n.table)!).push(n.id);
      else if (n.kind === 'children') {
        const live = await liveChildren(this.db, n.rule, n.parentId);
        const held = this.heldAll.filter((h) => h.table === n.rule.table && h.record[n.rule.field] === n.parentId).map((h) => h.id);
        this.childCache.set(ek(`${n.rule.table}.${n.rule.field}`, n.parentId), [...new Set([...live, ...held])]);
      } else await this.loadNumbers(n.rule, [n.key]);
    }
    const present = new Set(this.db.tables.map((t) => t.name));
    for (const [t, list] of entities) {
      const rows = present.has(t) ? ((await this.db.table(t).bulkGet(list)) as (BundleRecord | undefined)[]) : [];
      list.forEach((id, i) => this.liveCache.set(ek(t, id), rows[i]));
    }
  }

  live(t: ReplicatedTable, id: string) {
    const k = ek(t, id);
    return this.liveCache.has(k) ? this.liveCache.get(k) : NOT_LOADED;
  }

  held(t: ReplicatedTable, id: string): readonly HeldClaim[] {
    return this.heldById.get(ek(t, id)) ?? [];
  }

  children(rule: ParentRule, parentId: string) {
    const cached = this.childCache.get(ek(`${rule.table}.${rule.field}`, parentId));
    if (cached) return cached;
    // A parent that was not in its table has no live children (a child lives only under a live parent of its origin): its held ones are known.
    const parent = this.liveCache.get(ek(rule.parent, parentId));
    if (this.liveCache.has(ek(rule.parent, parentId)) && parent === undefined)
      return this.heldAll.filter((h) => h.table === rule.table && h.record[rule.field] === parentId).map((h) => h.id);
    return NOT_LOADED;
  }

  numberGroup(rule: NumberRule, key: string) {
    return this.numberCache.get(ek(rule.name, key)) ?? NOT_LOADED;
  }

  owner(t: ReplicatedTable, id: string): string | undefined {
    return this.owners.get(ek(t, id));
  }
}

/** Plans an import against the database, loading what the plan asks for until it has all it needs. */
export async function planAgainstDb(
  db: LuutruDb,
  receiverUnitId: string,
  bundles: readonly VerifiedBundle[],
  recheck: readonly { table: ReplicatedTable; id: string }[] = [],
): Promise<ImportPlan> {
  const state = new DbPlanState(db, receiverUnitId);
  await state.preload(bundles, recheck);
  for (let round = 0; round < 20; round++) {
    const r = planImport(state, bundles, { recheck });
    if (r.status === 'plan') return r.plan;
    await state.load(r.needs);
  }
  throw new AppError('import.planIncomplete');
}

