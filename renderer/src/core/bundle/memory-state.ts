/**
 * The receiver's state held in memory — live records, held claims, ownership decisions and
 * the bundles taken in — with the same import plan the app applies to IndexedDB. The CLI
 * keeps it in a JSON file between runs; the property tests check that any order of imports
 * ends in the same state.
 */
import { canonicalJson } from './canonical';
import {
  numberKeyOf,
  planImport,
  type HeldClaim,
  type ImportPlan,
  type NumberRule,
  type ParentRule,
  type PlanState,
} from './import-plan';
import { REPLICATED_TABLES, type BundleRecord, type ReplicatedTable } from './schema';
import { seenEntryOf, type SeenBundle, type VerifiedBundle } from './verify';
import { AppError } from '../errors';

export type MemoryState = {
  readonly receiverUnitId: string;
  readonly live: ReadonlyMap<ReplicatedTable, ReadonlyMap<string, BundleRecord>>;
  /** Keyed table \0 id \0 origin. */
  readonly held: ReadonlyMap<string, HeldClaim>;
  /** table \0 id → owner origin, as a person decided. */
  readonly owners: ReadonlyMap<string, string>;
  readonly seen: readonly SeenBundle[];
};

const heldKey = (t: string, id: string, origin: string) => `${t}\u0000${id}\u0000${origin}`;

export function emptyMemoryState(receiverUnitId: string): MemoryState {
  return { receiverUnitId, live: new Map(REPLICATED_TABLES.map((t) => [t, new Map()])), held: new Map(), owners: new Map(), seen: [] };
}

/** A PlanState reading the whole memory state (nothing is ever NOT_LOADED); indexes are built once, on first use. */
export function memoryReader(s: MemoryState): PlanState {
  const heldById = new Map<string, HeldClaim[]>();
  for (const h of s.held.values()) {
    const k = `${h.table}\u0000${h.id}`;
    (heldById.get(k) ?? heldById.set(k, []).get(k)!).push(h);
  }
  const childIndex = new Map<ParentRule, Map<string, Set<string>>>();
  const numberIndex = new Map<NumberRule, Map<string, Set<string>>>();
  const add = (m: Map<string, Set<string>>, key: unknown, id: string) => {
    if (typeof key !== 'string') return;
    (m.get(key) ?? m.set(key, new Set()).get(key)!).add(id);
  };
  return {
    receiverUnitId: s.receiverUnitId,
    live: (t, id) => s.live.get(t)?.get(id),
    held: (t, id) => heldById.get(`${t}\u0000${id}`) ?? [],
    children: (rule: ParentRule, parentId) => {
      let m = childIndex.get(rule);
      if (!m) {
        m = new Map();
        for (const r of s.live.get(rule.table)?.values() ?? []) add(m, r[rule.field], r.id);
        for (const h of s.held.values()) if (h.table === rule.table) add(m, h.record[rule.field], h.id);
        childIndex.set(rule, m);
      }
      return [...(m.get(parentId) ?? [])];
    },
    numberGroup: (rule: NumberRule, key) => {
      let m = numberIndex.get(rule);
      if (!m) {
        m = new Map();
        for (const r of s.live.get(rule.table)?.values() ?? []) add(m, numberKeyOf(rule, r), r.id);
        for (const h of s.held.values()) if (h.table === rule.table && h.reason === 'number-conflict') add(m, h.numberKey, h.id);
        numberIndex.set(rule, m);
      }
      return [...(m.get(key) ?? [])];
    },
    owner: (t, id) => s.owners.get(`${t}\u0000${id}`),
  };
}

/** Carries out a plan on a memory state (the in-memory twin of db/exchange/apply.ts). */
export function applyToMemory(s: MemoryState, plan: ImportPlan, received: readonly VerifiedBundle[] = []): MemoryState {
  const live = new Map([...s.live].map(([t, m]) => [t, new Map(m)] as const));
  const held = new Map(s.held);
  for (const d of plan.deletes) live.get(d.table)!.delete(d.id);
  for (const p of plan.puts) live.get(p.table)!.set(p.record.id, p.record);
  for (const r of plan.releases) held.delete(heldKey(r.table, r.id, r.origin));
  for (const h of plan.holds) held.set(heldKey(h.table, h.id, h.origin), h);
  const seen = [...s.seen];
  for (const b of received) {
    const e = seenEntryOf(b);
    if (!seen.some((x) => x.payloadSha256 === e.payloadSha256)) seen.push(e);
  }
  return { ...s, live, held, seen };
}

/** Plans and applies in one step (memory never needs loading). */
export function importIntoMemory(s: MemoryState, bundles: readonly VerifiedBundle[], received: readonly VerifiedBundle[] = bundles): { state: MemoryState; plan: ImportPlan } {
  const r = planImport(memoryReader(s), bundles);
  if (r.status !== 'plan') throw new AppError('import.planIncomplete');
  return { state: applyToMemory(s, r.plan, received), plan: r.plan };
}

/** Records a person's decision of who owns a contested id, and settles the held claims by it. */
export function decideOwner(s: MemoryState, table: ReplicatedTable, id: string, origin: string): MemoryState {
  const owners = new Map(s.owners);
  owners.set(`${table}\u0000${id}`, origin);
  const next = { ...s, owners };
  const r = planImport(memoryReader(next), [], { recheck: [{ table, id }] });
  if (r.status !== 'plan') throw new AppError('import.planIncomplete');
  return applyToMemory(next, r.plan);
}

/** A canonical text of the state (tables, held claims, seen bundles), to compare two states. */
export function memoryDigest(s: MemoryState): string {
  const tables = REPLICATED_TABLES.map((t) => [t, [...(s.live.get(t)?.values() ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1))]);
  const held = [...s.held.values()].sort((a, b) => (heldKey(a.table, a.id, a.origin) < heldKey(b.table, b.id, b.origin) ? -1 : 1));
  const seen = [...s.seen].sort((a, b) => (a.payloadSha256 < b.payloadSha256 ? -1 : 1));
  return canonicalJson({ tables, held, seen });
}

