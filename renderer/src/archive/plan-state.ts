/**
 * The archive's PostgreSQL state as the import plan reads it (core/bundle/import-plan.ts
 * `PlanState`), loaded in batches: the records and held claims of every id the bundles
 * name and the register numbers they use come in a few `= ANY($1)` queries before the
 * first planning round; whatever else the plan asks for (children of a parent that changed
 * hands, other holders of a number) is answered NOT_LOADED, loaded for all the needs of a
 * round at once, and the plan runs again. Reads only, so it also runs inside the apply
 * transaction (on the data as it is at that moment).
 */
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
} from '../core/bundle/import-plan';
import { REPLICATED_TABLES, type BundleRecord, type ReplicatedTable } from '../core/bundle/schema';
import type { VerifiedBundle } from '../core/bundle/verify';
import { AppError } from '../core/errors';
import { linkColumn } from './links';
import type { Sql } from './sql';

const ek = (t: string, id: string) => `${t}\u0000${id}`;
const CHUNK = 10_000;

type HeldRow = { tbl: ReplicatedTable; id: string; origin: string; record: BundleRecord; reason: HeldClaim['reason']; parent_key: string | null; number_key: string | null; detail: string | null };

export function heldOfRow(r: HeldRow): HeldClaim {
  return {
    table: r.tbl,
    id: r.id,
    origin: r.origin,
    record: r.record,
    reason: r.reason,
    ...(r.parent_key ? { parentKey: r.parent_key } : {}),
    ...(r.number_key ? { numberKey: r.number_key } : {}),
    ...(r.detail ? { detail: r.detail } : {}),
  };
}

const HELD_COLUMNS = 'tbl, id, origin, record, reason, parent_key, number_key, detail';

export class PgPlanState implements PlanState {
  private readonly liveCache = new Map<string, BundleRecord | undefined>();
  private readonly heldCache = new Map<string, HeldClaim[]>();
  private readonly childCache = new Map<string, readonly string[]>();
  private readonly numberCache = new Map<string, readonly string[]>();
  private owners = new Map<string, string>();
  /** Queries made, for tests and the bench (batching keeps this small). */
  queries = 0;

  constructor(
    private readonly sql: Sql,
    readonly receiverUnitId: string,
  ) {}

  private q<R>(text: string, params: readonly unknown[]): Promise<R[]> {
    this.queries++;
    return this.sql.query<R>(text, params);
  }

  /** Ownership decisions (few, made by people), then the records and claims the bundles name and the numbers they use. */
  async preload(bundles: readonly VerifiedBundle[], recheck: readonly { table: ReplicatedTable; id: string }[] = []): Promise<void> {
    const owners = await this.q<{ tbl: string; id: string; owner: string }>('SELECT tbl, id, owner FROM ownership', []);
    this.owners = new Map(owners.map((o) => [ek(o.tbl, o.id), o.owner]));
    const ids = idsInBundles(bundles);
    for (const r of recheck) ids[r.table].push(r.id);
    await this.loadEntities(new Map(REPLICATED_TABLES.map((t) => [t, ids[t]])));
    for (const rule of NUMBER_RULES) {
      const keys = new Set<string>();
      for (const b of bundles) for (const r of b.payload.records[rule.table] ?? []) keys.add(numberKeyOf(rule, r) ?? '');
      for (const id of ids[rule.table]) {
        const cur = this.liveCache.get(ek(rule.table, id));
        if (cur) keys.add(numberKeyOf(rule, cur) ?? '');
        for (const h of this.heldCache.get(ek(rule.table, id)) ?? []) if (h.numberKey) keys.add(h.numberKey);
      }
      keys.delete('');
      await this.loadNumbers(rule, [...keys]);
    }
  }

  private async loadEntities(byTable: ReadonlyMap<ReplicatedTable, readonly string[]>): Promise<void> {
    for (const [t, all] of byTable) {
      const list = [...new Set(all)].filter((id) => !this.liveCache.has(ek(t, id)) || !this.heldCache.has(ek(t, id)));
      for (let i = 0; i < list.length; i += CHUNK) {
        const ids = list.slice(i, i + CHUNK);
        const live = await this.q<{ id: string; body: BundleRecord }>('SELECT id, body FROM records WHERE tbl = $1 AND id = ANY($2::text[])', [t, ids]);
        const held = await this.q<HeldRow>(`SELECT ${HELD_COLUMNS} FROM held_claims WHERE tbl = $1 AND id = ANY($2::text[])`, [t, ids]);
        for (const id of ids) {
          this.liveCache.set(ek(t, id), undefined);
          this.heldCache.set(ek(t, id), []);
        }
        for (const r of live) this.liveCache.set(ek(t, r.id), r.body);
        for (const h of held) this.heldCache.get(ek(t, h.id))!.push(heldOfRow(h));
      }
    }
  }

  private async loadNumbers(rule: NumberRule, keys: readonly string[]): Promise<void> {
    const todo = keys.filter((k) => !this.numberCache.has(ek(rule.name, k)));
    const found = new Map<string, Set<string>>();
    const add = (k: string, id: string) => (found.get(k) ?? found.set(k, new Set()).get(k)!).add(id);
    for (let i = 0; i < todo.length; i += CHUNK) {
      const chunk = todo.slice(i, i + CHUNK);
      const live = await this.q<{ id: string; num_key: string; body: BundleRecord }>('SELECT id, num_key, body FROM records WHERE tbl = $1 AND num_key = ANY($2::text[])', [rule.table, chunk]);
      for (const r of live) {
        add(r.num_key, r.id);
        this.liveCache.set(ek(rule.table, r.id), r.body);
      }
      const held = await this.q<HeldRow>(`SELECT ${HELD_COLUMNS} FROM held_claims WHERE tbl = $1 AND reason = 'number-conflict' AND number_key = ANY($2::text[])`, [rule.table, chunk]);
      for (const h of held) add(h.number_key!, h.id);
    }
    for (const k of todo) this.numberCache.set(ek(rule.name, k), [...(found.get(k) ?? [])]);
  }

  private async loadChildren(rule: ParentRule, parentIds: readonly string[]): Promise<void> {
    const todo = [...new Set(parentIds)];
    const found = new Map<string, Set<string>>();
    const add = (k: string, id: string) => (found.get(k) ?? found.set(k, new Set()).get(k)!).add(id);
    for (let i = 0; i < todo.length; i += CHUNK) {
      const chunk = todo.slice(i, i + CHUNK);
      const col = linkColumn(rule);
      for (const r of await this.q<{ id: string; parent: string }>(`SELECT id, ${col} AS parent FROM records WHERE tbl = $1 AND ${col} = ANY($2::text[])`, [rule.table, chunk])) add(r.parent, r.id);
      for (const h of await this.q<{ id: string; parent: string }>(`SELECT id, record->>$3 AS parent FROM held_claims WHERE tbl = $1 AND record->>$3 = ANY($2::text[])`, [rule.table, chunk, rule.field]))
        add(h.parent, h.id);
    }
    for (const p of todo) this.childCache.set(ek(`${rule.table}.${rule.field}`, p), [...(found.get(p) ?? [])]);
  }

  /** Loads what a planning round asked for, grouped into as few queries as possible. */
  async load(needs: readonly Need[]): Promise<void> {
    const entities = new Map<ReplicatedTable, string[]>();
    const children = new Map<ParentRule, string[]>();
    const numbers = new Map<NumberRule, string[]>();
    for (const n of needs) {
      if (n.kind === 'entity') (entities.get(n.table) ?? entities.set(n.table, []).get(n.table)!).push(n.id);
      else if (n.kind === 'children') (children.get(n.rule) ?? children.set(n.rule, []).get(n.rule)!).push(n.parentId);
      else (numbers.get(n.rule) ?? numbers.set(n.rule, []).get(n.rule)!).push(n.key);
    }
    await this.loadEntities(entities);
    for (const [rule, ids] of children) await this.loadChildren(rule, ids);
    for (const [rule, keys] of numbers) await this.loadNumbers(rule, keys);
  }

  live(t: ReplicatedTable, id: string) {
    const k = ek(t, id);
    return this.liveCache.has(k) ? this.liveCache.get(k) : NOT_LOADED;
  }

  held(t: ReplicatedTable, id: string) {
    return this.heldCache.get(ek(t, id)) ?? NOT_LOADED;
  }

  children(rule: ParentRule, parentId: string) {
    return this.childCache.get(ek(`${rule.table}.${rule.field}`, parentId)) ?? NOT_LOADED;
  }

  numberGroup(rule: NumberRule, key: string) {
    return this.numberCache.get(ek(rule.name, key)) ?? NOT_LOADED;
  }

  owner(t: ReplicatedTable, id: string): string | undefined {
    return this.owners.get(ek(t, id));
  }
}

/** Plans an import against PostgreSQL, loading what the plan asks for until it has all it needs. */
export async function planAgainstPg(
  sql: Sql,
  receiverUnitId: string,
  bundles: readonly VerifiedBundle[],
  recheck: readonly { table: ReplicatedTable; id: string }[] = [],
): Promise<{ plan: ImportPlan; queries: number; rounds: number }> {
  const state = new PgPlanState(sql, receiverUnitId);
  await state.preload(bundles, recheck);
  for (let round = 1; round <= 30; round++) {
    const r = planImport(state, bundles, { recheck });
    if (r.status === 'plan') return { plan: r.plan, queries: state.queries, rounds: round };
    await state.load(r.needs);
  }
  throw new AppError('import.planIncomplete');
}
