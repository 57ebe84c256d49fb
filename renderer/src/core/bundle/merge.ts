/**
 * The deterministic merge (hợp nhất). `pickWinner` orders two versions of one record;
 * `planMerge` turns verified bundles into a dry-run plan (what would be new, updated,
 * unchanged, in conflict or refused, and the exact puts), which the db layer applies in
 * one transaction. Because the winner is a total order, any import order ends the same.
 */
import { AppError } from '../errors';
import type { RecordMeta } from '../records';
import { contentHash } from './canonical';
import { REPLICATED_TABLES, type BundleRecord, type ReplicatedTable } from './schema';
import { isVerifiedBundle, seenEntryOf, type SeenBundle, type VerifiedBundle } from './verify';

/**
 * The version that wins: the later clock; at equal clocks the tombstone; then the
 * greater origin (string order); then the greater SHA-256 of the canonical content.
 * Identical content returns `a`. Commutative and associative (a max over a total order).
 */
export function pickWinner<T extends RecordMeta>(a: T, b: T): T {
  if (a.clock !== b.clock) return a.clock > b.clock ? a : b;
  if (a.deleted !== b.deleted) return a.deleted ? a : b;
  if (a.origin !== b.origin) return a.origin > b.origin ? a : b;
  const ha = contentHash(a);
  const hb = contentHash(b);
  if (ha === hb) return a;
  return ha > hb ? a : b;
}

/** Read access to what the receiver already has (prefetched by the db layer, e.g. bulkGet of `idsInBundles`). */
export type ExistingLookup = {
  readonly get: (table: ReplicatedTable, id: string) => BundleRecord | undefined;
  /** Existing live records with this unique key (for rules in `uniqueRules`); optional. */
  readonly byUniqueKey?: (table: ReplicatedTable, rule: string, key: string) => readonly BundleRecord[];
};

/** A business key that must not be used twice (reported for a person, never renumbered). */
export type UniqueKeyRule = {
  readonly table: ReplicatedTable;
  readonly name: string;
  /** The key, or undefined when the rule does not apply (e.g. a tombstone). */
  readonly keyOf: (record: BundleRecord) => string | undefined;
};

/**
 * Số đến: within one origin's register (a register is one year's book), an arrival
 * number belongs to one incoming document. The year is part of the key when present.
 */
export const ARRIVAL_NUMBER_RULE: UniqueKeyRule = {
  table: 'incomingDocs',
  name: 'arrivalNumber',
  keyOf: (r) => {
    if (r.deleted || typeof r.registerId !== 'string' || typeof r.arrivalNumber !== 'number') return undefined;
    const year = typeof r.registerYear === 'number' ? r.registerYear : typeof r.year === 'number' ? r.year : '';
    return `${r.origin}|${r.registerId}|${year}|${r.arrivalNumber}`;
  },
};

export const DEFAULT_UNIQUE_RULES: readonly UniqueKeyRule[] = [ARRIVAL_NUMBER_RULE];

export type MergeCounts = { new: number; updated: number; unchanged: number; conflicting: number; rejected: number };
export type TableMergeSummary = { readonly total: MergeCounts; readonly byOrigin: Readonly<Record<string, MergeCounts>> };
export type MergePut = { readonly table: ReplicatedTable; readonly record: BundleRecord };
export type MergeRejection = {
  readonly table: ReplicatedTable;
  readonly id: string;
  readonly origin: string;
  readonly code: 'merge.ownOrigin' | 'merge.originMismatch';
};
export type UniqueConflict = {
  readonly table: ReplicatedTable;
  readonly rule: string;
  readonly key: string;
  /** Sorted ids of the live records sharing the key. */
  readonly recordIds: readonly string[];
};

/** The dry-run receipt of an import. Apply `puts` in one transaction and store `seen`. */
export type MergePlan = {
  readonly tables: Readonly<Record<ReplicatedTable, TableMergeSummary>>;
  /** Winners to write, sorted by table order then id. Conflicting records are still written (nothing is renumbered). */
  readonly puts: readonly MergePut[];
  readonly conflicts: readonly UniqueConflict[];
  readonly rejected: readonly MergeRejection[];
  /** Entries for the receiver's replay history. */
  readonly seen: readonly SeenBundle[];
  readonly isEmpty: boolean;
};

export type MergeOptions = {
  /** The receiving unit: records of this origin are never taken from others. */
  readonly receiverUnitId?: string;
  readonly uniqueRules?: readonly UniqueKeyRule[];
};

const zero = (): MergeCounts => ({ new: 0, updated: 0, unchanged: 0, conflicting: 0, rejected: 0 });

/** Ids per table in the bundles, for the db layer to prefetch existing rows. */
export function idsInBundles(bundles: readonly VerifiedBundle[]): Record<ReplicatedTable, string[]> {
  const out = Object.fromEntries(REPLICATED_TABLES.map((t) => [t, new Set<string>()])) as Record<ReplicatedTable, Set<string>>;
  for (const b of bundles) for (const t of REPLICATED_TABLES) for (const r of b.payload.records[t] ?? []) out[t].add(r.id);
  return Object.fromEntries(REPLICATED_TABLES.map((t) => [t, [...out[t]].sort()])) as Record<ReplicatedTable, string[]>;
}

export function planMerge(existing: ExistingLookup, bundles: readonly VerifiedBundle[], options: MergeOptions = {}): MergePlan {
  for (const b of bundles) if (!isVerifiedBundle(b)) throw new AppError('bundle.notVerified');
  const rules = options.uniqueRules ?? DEFAULT_UNIQUE_RULES;
  const tables = Object.fromEntries(REPLICATED_TABLES.map((t) => [t, { total: zero(), byOrigin: {} as Record<string, MergeCounts> }])) as Record<
    ReplicatedTable,
    { total: MergeCounts; byOrigin: Record<string, MergeCounts> }
  >;
  const bump = (t: ReplicatedTable, origin: string, k: keyof MergeCounts) => {
    tables[t].total[k] += 1;
    (tables[t].byOrigin[origin] ??= zero())[k] += 1;
  };

  const rejected: MergeRejection[] = [];
  const puts: MergePut[] = [];
  const conflicts: UniqueConflict[] = [];
  for (const t of REPLICATED_TABLES) {
    // The best incoming version of each id across all bundles.
    const incoming = new Map<string, BundleRecord>();
    const refused = new Set<string>();
    for (const b of bundles) {
      for (const r of b.payload.records[t] ?? []) {
        const cur = existing.get(t, r.id);
        const code =
          options.receiverUnitId !== undefined && r.origin === options.receiverUnitId
            ? 'merge.ownOrigin'
            : cur && cur.origin !== r.origin
              ? 'merge.originMismatch'
              : undefined;
        if (code) {
          if (!refused.has(`${r.id}|${r.origin}`)) {
            refused.add(`${r.id}|${r.origin}`);
            rejected.push({ table: t, id: r.id, origin: r.origin, code });
            bump(t, r.origin, 'rejected');
          }
          continue;
        }
        const prev = incoming.get(r.id);
        if (prev && prev.origin !== r.origin) {
          // Two origins claim one id: keep neither over the other silently.
          rejected.push({ table: t, id: r.id, origin: r.origin, code: 'merge.originMismatch' });
          bump(t, r.origin, 'rejected');
          continue;
        }
        incoming.set(r.id, prev ? pickWinner(prev, r) : r);
      }
    }

    const tablePuts: Array<{ record: BundleRecord; kind: 'new' | 'updated' }> = [];
    for (const id of [...incoming.keys()].sort()) {
      const inc = incoming.get(id)!;
      const cur = existing.get(t, id);
      if (!cur) tablePuts.push({ record: inc, kind: 'new' });
      else if (pickWinner(cur, inc) === cur) bump(t, inc.origin, 'unchanged');
      else tablePuts.push({ record: inc, kind: 'updated' });
    }

    const conflicted = new Set<string>();
    for (const rule of rules.filter((r) => r.table === t)) {
      const byKey = new Map<string, Set<string>>();
      for (const p of tablePuts) {
        const key = rule.keyOf(p.record);
        if (key !== undefined) (byKey.get(key) ?? byKey.set(key, new Set()).get(key)!).add(p.record.id);
      }
      for (const [key, ids] of byKey) {
        for (const r of existing.byUniqueKey?.(t, rule.name, key) ?? []) {
          // An existing record that this plan changes counts with its new version.
          const replaced = incoming.get(r.id);
          const live = replaced && tablePuts.some((p) => p.record === replaced) ? replaced : r;
          if (rule.keyOf(live) === key) ids.add(r.id);
        }
        if (ids.size > 1) {
          const recordIds = [...ids].sort();
          conflicts.push({ table: t, rule: rule.name, key, recordIds });
          for (const id of recordIds) conflicted.add(id);
        }
      }
    }
    for (const p of tablePuts) {
      bump(t, p.record.origin, conflicted.has(p.record.id) ? 'conflicting' : p.kind);
      puts.push({ table: t, record: p.record });
    }
  }

  return {
    tables,
    puts,
    conflicts,
    rejected,
    seen: bundles.map(seenEntryOf),
    isEmpty: puts.length === 0,
  };
}

/** In-memory state: table → id → record. Used by tests, the CLI and as a model for the db layer. */
export type MergeState = ReadonlyMap<ReplicatedTable, ReadonlyMap<string, BundleRecord>>;

export function emptyMergeState(): MergeState {
  return new Map(REPLICATED_TABLES.map((t) => [t, new Map<string, BundleRecord>()]));
}

/** An ExistingLookup over an in-memory state, with unique keys computed by scanning. */
export function lookupFromState(state: MergeState, rules: readonly UniqueKeyRule[] = DEFAULT_UNIQUE_RULES): ExistingLookup {
  return {
    get: (t, id) => state.get(t)?.get(id),
    byUniqueKey: (t, name, key) => {
      const rule = rules.find((r) => r.table === t && r.name === name);
      if (!rule) return [];
      return [...(state.get(t)?.values() ?? [])].filter((r) => rule.keyOf(r) === key);
    },
  };
}

/** Applies a plan's puts to an in-memory state, returning a new state. */
export function applyPlan(state: MergeState, plan: MergePlan): MergeState {
  const next = new Map([...state].map(([t, m]) => [t, new Map(m)] as const));
  for (const p of plan.puts) next.get(p.table)!.set(p.record.id, p.record);
  return next;
}
