/**
 * The receiver's IndexedDB state as the import plan reads it (core/bundle/import-plan.ts
 * `PlanState`). Other units' records live in blocks (db/foreign/foreign-store.ts), whose
 * directories answer "which origin holds this id", "which records point at this parent" and
 * "which records hold this register number" without reading the records themselves; this
 * unit's own records are in their tables. Everything the plan may ask is loaded ahead for the
 * tables the bundles touch; only IndexedDB reads, so it also runs inside the apply transaction.
 */
import {
  NOT_LOADED,
  NUMBER_RULES,
  PARENT_RULES,
  idsInBundles,
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
import { ForeignStore } from '../foreign/foreign-store';
import type { LuutruDb } from '../schema';

const ek = (t: string, id: string) => `${t}\u0000${id}`;
const NONE_HELD: readonly HeldClaim[] = [];

export class DbPlanState implements PlanState {
  /** Per table, by id: what was read (undefined: read and not there). No `table\0id` key is made for each of a bundle's records. */
  private readonly liveCache = new Map<ReplicatedTable, Map<string, BundleRecord | undefined>>();
  private heldById = new Map<string, HeldClaim[]>();
  private heldAll: HeldClaim[] = [];
  private readonly heldByNumber = new Map<string, string[]>();
  private readonly heldByParent = new Map<string, string[]>();
  private owners = new Map<string, string>();
  readonly foreign: ForeignStore;

  /** `foreign`: a store whose directories were read at the state planned on (foreign-cache.ts); a fresh one otherwise. */
  constructor(
    private readonly db: LuutruDb,
    readonly receiverUnitId: string,
    foreign?: ForeignStore,
  ) {
    this.foreign = foreign ?? new ForeignStore(db);
  }

  /** Held claims and decisions (few), the directories of the tables the plan may touch, and the records the bundles name. */
  async preload(bundles: readonly VerifiedBundle[], recheck: readonly { table: ReplicatedTable; id: string }[] = []): Promise<void> {
    // Read together: each read is a round trip to the browser's database process (~10 ms each on a busy machine).
    const [held, owners] = await Promise.all([this.db.heldClaims.toArray(), this.db.ownership.toArray()]);
    this.heldAll = held.map(({ heldAt: _h, ...claim }) => claim);
    this.heldById = new Map();
    for (const h of this.heldAll) (this.heldById.get(ek(h.table, h.id)) ?? this.heldById.set(ek(h.table, h.id), []).get(ek(h.table, h.id))!).push(h);
    // Held claims by register number and by parent, so a lookup is not a walk of every claim.
    this.heldByNumber.clear();
    this.heldByParent.clear();
    for (const h of this.heldAll) {
      if (h.reason === 'number-conflict' && h.numberKey) push(this.heldByNumber, `${h.table}\u0000${h.numberKey}`, h.id);
      for (const rule of PARENT_RULES) {
        const v = rule.table === h.table ? h.record[rule.field] : undefined;
        if (typeof v === 'string') push(this.heldByParent, `${rule.table}\u0000${rule.field}\u0000${v}`, h.id);
      }
    }
    this.owners = new Map(owners.map((o) => [ek(o.table, o.id), o.owner]));
    const ids = idsInBundles(bundles);
    for (const r of recheck) ids[r.table].push(r.id);
    // A table the bundles touch, the tables whose records point into it, and register numbers.
    const tables = new Set<ReplicatedTable>(REPLICATED_TABLES.filter((t) => ids[t].length > 0));
    for (const r of PARENT_RULES) if (tables.has(r.parent)) tables.add(r.table);
    for (const r of NUMBER_RULES) if (tables.has(r.table)) tables.add(r.table);
    await Promise.all([...tables].map((t) => this.foreign.loadTable(t)));
    await this.loadRecords(new Map(REPLICATED_TABLES.filter((t) => ids[t].length > 0).map((t) => [t, ids[t]])));
  }

  private cacheOf(t: ReplicatedTable): Map<string, BundleRecord | undefined> {
    return this.liveCache.get(t) ?? this.liveCache.set(t, new Map()).get(t)!;
  }

  /** Loads what a plan asked for (records by id: this unit's from their tables, others' from their blocks). */
  async load(needs: readonly Need[]): Promise<void> {
    const byTable = new Map<ReplicatedTable, string[]>();
    for (const n of needs) if (n.kind === 'entity') (byTable.get(n.table) ?? byTable.set(n.table, []).get(n.table)!).push(n.id);
    await this.loadRecords(byTable);
    const lookedUp = new Set<ReplicatedTable>();
    for (const n of needs) if (n.kind !== 'entity') lookedUp.add(n.rule.table);
    await Promise.all([...lookedUp].map((t) => this.foreign.loadTable(t)));
  }

  /** Records by id, per table, not read yet: others' from their blocks, this unit's from their tables. */
  private async loadRecords(byTable: ReadonlyMap<ReplicatedTable, readonly string[]>): Promise<void> {
    const present = new Set(this.db.tables.map((t) => t.name));
    // Tables read side by side (each its own round trips); each fills only its own entries.
    await Promise.all(
      [...byTable].map(async ([t, ids]) => {
        const cache = this.cacheOf(t);
        const list = ids.filter((id) => !cache.has(id));
        if (list.length === 0) return;
        await this.foreign.loadTable(t);
        const foreign = await this.foreign.get(t, list);
        const rest = foreign.size > 0 ? list.filter((id) => !foreign.has(id)) : list;
        const own = rest.length > 0 && present.has(t) && (await this.db.table(t).count()) > 0 ? ((await this.db.table(t).bulkGet(rest)) as (BundleRecord | undefined)[]) : [];
        for (const [id, r] of foreign) cache.set(id, r);
        rest.forEach((id, i) => cache.set(id, own[i]));
      }),
    );
  }

  live(t: ReplicatedTable, id: string) {
    const cache = this.liveCache.get(t);
    return cache?.has(id) ? cache.get(id) : NOT_LOADED;
  }

  held(t: ReplicatedTable, id: string): readonly HeldClaim[] {
    // Most archives hold no claims at all: no key is made for each record then.
    return this.heldById.size === 0 ? NONE_HELD : (this.heldById.get(ek(t, id)) ?? NONE_HELD);
  }

  /**
   * Children of a parent: others' records from the blocks' directories, and held claims. This
   * unit's own records never have a parent of another unit, and its own parents never change
   * hands in an import, so its tables need no looking at.
   */
  children(rule: ParentRule, parentId: string) {
    const held = this.heldByParent.size === 0 ? undefined : this.heldByParent.get(`${rule.table}\u0000${rule.field}\u0000${parentId}`);
    const foreign = this.foreign.childrenOf(rule, parentId);
    return held ? [...new Set([...foreign, ...held])] : foreign;
  }

  numberGroup(rule: NumberRule, key: string) {
    const held = this.heldByNumber.size === 0 ? undefined : this.heldByNumber.get(`${rule.table}\u0000${key}`);
    const foreign = this.foreign.numberGroup(rule.table, key);
    return held ? [...new Set([...foreign, ...held])] : foreign;
  }

  owner(t: ReplicatedTable, id: string): string | undefined {
    return this.owners.size === 0 ? undefined : this.owners.get(ek(t, id));
  }
}

/** Plans an import against the database, loading what the plan asks for until it has all it needs. */
export async function planAgainstDb(
  db: LuutruDb,
  receiverUnitId: string,
  bundles: readonly VerifiedBundle[],
  recheck: readonly { table: ReplicatedTable; id: string }[] = [],
  foreign?: ForeignStore,
): Promise<ImportPlan> {
  const state = new DbPlanState(db, receiverUnitId, foreign);
  await state.preload(bundles, recheck);
  for (let round = 0; round < 20; round++) {
    const r = planImport(state, bundles, { recheck });
    if (r.status === 'plan') return r.plan;
    await state.load(r.needs);
  }
  throw new AppError('import.planIncomplete');
}

function push(m: Map<string, string[]>, key: string, id: string): void {
  const list = m.get(key);
  if (list) list.push(id);
  else m.set(key, [id]);
}
