/**
 * The one import plan (kế hoạch nhập): every decision of an import, as a pure function of
 * what the receiver holds and the verified bundles taken in. The app applies the plan in one
 * Dexie transaction through the one write path (db/changes.ts); the CLI and the property
 * tests apply it to an in-memory state (memory-state.ts). Same plan, same result.
 *
 * The final state is a function of the SET of signed claims received, never of their order:
 * - a record id belongs to one origin. Two origins claiming one id is a contest: every
 *   claim is held for a person (none wins by arriving first or last); a person's decision
 *   (who owns it) then settles it. The receiver's own records are never touched.
 * - within one origin, the later version wins (`pickWinner`: clock, tombstone, content).
 * - a record lives in a parent of its own origin (an entry in a register, a dossier in a
 *   fonds or box, a document in a dossier): a parent of another unit holds it ("refused:
 *   the register belongs to B"), a parent not received yet holds it until it arrives.
 * - a register number (số đến, số đi) belongs to one record: the smallest id keeps it,
 *   the others are held. Nothing is renumbered.
 * Held claims keep the best version per origin, so the union of claims is never lost and
 * any later claim is judged against everything received before.
 */
import { canonicalJson } from './canonical';
import { pickWinner } from './merge';
import { REPLICATED_TABLES, type BundleRecord, type ReplicatedTable } from './schema';
import { isVerifiedBundle, type VerifiedBundle } from './verify';
import { AppError } from '../errors';
import { addHoldings, holdingsContribution, HOLDINGS_TABLES, type HoldingsCounter } from '../dossiers/inventory';

/** A record that must live inside a parent of its own origin. */
export type ParentRule = { readonly table: ReplicatedTable; readonly field: string; readonly parent: ReplicatedTable };

export const PARENT_RULES: readonly ParentRule[] = [
  { table: 'registers', field: 'issuingBodyId', parent: 'issuingBodies' },
  { table: 'incomingDocs', field: 'registerId', parent: 'registers' },
  { table: 'outgoingDocs', field: 'registerId', parent: 'registers' },
  { table: 'boxes', field: 'fondsId', parent: 'fonds' },
  { table: 'dossiers', field: 'fondsId', parent: 'fonds' },
  { table: 'dossiers', field: 'boxId', parent: 'boxes' },
  { table: 'dossierDocs', field: 'dossierId', parent: 'dossiers' },
  { table: 'processingJobs', field: 'fondsId', parent: 'fonds' },
  { table: 'dossiers', field: 'jobId', parent: 'processingJobs' },
  { table: 'boxes', field: 'jobId', parent: 'processingJobs' },
  // The archive's duties. Not parents on purpose: a deposit receipt names ANOTHER unit's batch,
  // and a loan may lend a dossier of a fonds received from another unit.
  { table: 'retentionItems', field: 'scheduleId', parent: 'retentionSchedules' },
  { table: 'depositBatches', field: 'fondsId', parent: 'fonds' },
  { table: 'dossiers', field: 'depositBatchId', parent: 'depositBatches' },
  { table: 'appraisals', field: 'fondsId', parent: 'fonds' },
  { table: 'appraisalItems', field: 'appraisalId', parent: 'appraisals' },
  { table: 'appraisalItems', field: 'dossierId', parent: 'dossiers' },
  { table: 'loanItems', field: 'loanId', parent: 'loans' },
];

/** A number that one record of a register holds (the unique index of the database). */
export type NumberRule = { readonly table: ReplicatedTable; readonly field: string; readonly name: string };

export const NUMBER_RULES: readonly NumberRule[] = [
  { table: 'incomingDocs', field: 'arrivalNumber', name: 'arrivalNumber' },
  { table: 'outgoingDocs', field: 'number', name: 'outgoingNumber' },
];

/** Parents are judged before their children (a test checks every PARENT_RULES pair). Every replicated table is here. */
export const EVAL_ORDER: readonly ReplicatedTable[] = [
  'units',
  'fonds',
  'operators',
  'issuingBodies',
  'registers',
  'incomingDocs',
  'outgoingDocs',
  'retentionSchedules',
  'retentionItems',
  'depositBatches',
  'appraisals',
  'processingJobs',
  'boxes',
  'dossiers',
  'dossierDocs',
  'appraisalItems',
  'depositReceipts',
  'loans',
  'loanItems',
  'statReports',
];

export function numberKeyOf(rule: NumberRule, r: BundleRecord): string | undefined {
  const reg = r.registerId;
  const n = r[rule.field];
  return typeof reg === 'string' && typeof n === 'number' ? `${reg}|${n}` : undefined;
}

export type HeldReason = 'contested' | 'parent-missing' | 'parent-foreign' | 'number-conflict';

/** A claim kept out of the tables (bản ghi chờ xem xét): one per table, id and origin. */
export type HeldClaim = {
  readonly table: ReplicatedTable;
  readonly id: string;
  readonly origin: string;
  readonly record: BundleRecord;
  readonly reason: HeldReason;
  /** `parentTable:parentId` for parent reasons (so the parent's arrival finds it). */
  readonly parentKey?: string;
  /** `registerId|number` for number conflicts. */
  readonly numberKey?: string;
  /** The other side: the parent's owner, the other claimants, or the record keeping the number. */
  readonly detail?: string;
};

export const NOT_LOADED: unique symbol = Symbol('not loaded');
export type NotLoaded = typeof NOT_LOADED;

/** What the receiver holds, as the plan reads it. A reader may answer NOT_LOADED; the plan then asks for it. */
export type PlanState = {
  readonly receiverUnitId: string;
  live(table: ReplicatedTable, id: string): BundleRecord | undefined | NotLoaded;
  held(table: ReplicatedTable, id: string): readonly HeldClaim[] | NotLoaded;
  /** Ids (live or held) whose `rule.field` points at `parentId`. */
  children(rule: ParentRule, parentId: string): readonly string[] | NotLoaded;
  /** Ids (live, or held for a number conflict) holding this `registerId|number`. */
  numberGroup(rule: NumberRule, key: string): readonly string[] | NotLoaded;
  /** A person's decision of who owns a contested id. */
  owner(table: ReplicatedTable, id: string): string | undefined;
};

export type Need =
  | { readonly kind: 'entity'; readonly table: ReplicatedTable; readonly id: string }
  | { readonly kind: 'children'; readonly rule: ParentRule; readonly parentId: string }
  | { readonly kind: 'number'; readonly rule: NumberRule; readonly key: string };

export type RejectionCode = 'merge.ownRecord' | 'merge.decided';
export type Rejection = { readonly table: ReplicatedTable; readonly id: string; readonly origin: string; readonly code: RejectionCode };

export type PlanCounts = { new: number; updated: number; unchanged: number; held: number; rejected: number };
export type TablePlanSummary = { readonly total: PlanCounts; readonly byOrigin: Readonly<Record<string, PlanCounts>> };

export type PlanChangeOp = 'create' | 'update' | 'delete' | 'hold' | 'release';
export type PlanChange = { readonly table: ReplicatedTable; readonly recordId: string; readonly op: PlanChangeOp; readonly origin: string; readonly clock: string };

/** Every decision of an import; `db/exchange/apply.ts` and `applyToMemory` carry it out. */
export type ImportPlan = {
  readonly tables: Readonly<Record<ReplicatedTable, TablePlanSummary>>;
  /** Records to write to their tables (winners), in table order then id. */
  readonly puts: readonly { readonly table: ReplicatedTable; readonly record: BundleRecord }[];
  /** Records to take out of their tables (now held). */
  readonly deletes: readonly { readonly table: ReplicatedTable; readonly id: string }[];
  /** Held claims to write (new or changed). */
  readonly holds: readonly HeldClaim[];
  /** Held claims to drop (released to their table, or refused for good). */
  readonly releases: readonly { readonly table: ReplicatedTable; readonly id: string; readonly origin: string }[];
  readonly rejected: readonly Rejection[];
  /** One line per record whose place changed, for the journal. */
  readonly changes: readonly PlanChange[];
  /** Live, not deleted records per origin and table: what this plan adds (or removes). */
  readonly countDeltas: Readonly<Record<string, Partial<Record<ReplicatedTable, number>>>>;
  /** Per origin: what this plan adds to (or takes from) its holdings counters (dossiers, boxes, metres). */
  readonly holdingsDeltas: Readonly<Record<string, Partial<Record<HoldingsCounter, number>>>>;
  /** The latest clock among records written (the receiver's clock moves past it). */
  readonly maxClock: string | undefined;
  readonly isEmpty: boolean;
};

export type PlanResult = { readonly status: 'plan'; readonly plan: ImportPlan } | { readonly status: 'needs'; readonly needs: readonly Need[] };

type Status = { readonly live?: BundleRecord; readonly held: readonly HeldClaim[] };
/** Per table, by id (no `table\0id` key built and hashed for every look-up of every record). */
type ByTable<V> = Map<ReplicatedTable, Map<string, V>>;
const byTable = <V>(): ByTable<V> => new Map(REPLICATED_TABLES.map((t) => [t, new Map<string, V>()]));
const EMPTY_SET: ReadonlySet<string> = new Set();
const zero = (): PlanCounts => ({ new: 0, updated: 0, unchanged: 0, held: 0, rejected: 0 });

/** Best claim per origin. */
function bestPerOrigin(records: Iterable<BundleRecord>): Map<string, BundleRecord> {
  const m = new Map<string, BundleRecord>();
  for (const r of records) {
    const cur = m.get(r.origin);
    m.set(r.origin, cur ? pickWinner(cur, r) : r);
  }
  return m;
}

/** The same version: same envelope and the same content (compared canonically). */
function sameRecord(a: BundleRecord | undefined, b: BundleRecord | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.clock !== b.clock || a.deleted !== b.deleted || a.origin !== b.origin) return false;
  return JSON.stringify(a) === JSON.stringify(b) || canonicalJson(a) === canonicalJson(b);
}

/**
 * The plan for taking in `bundles` (verified, deduplicated, in any order) on top of `state`.
 * Returns 'needs' when the state reader has not loaded something the plan must see; load it
 * and call again.
 */
export function planImport(
  state: PlanState,
  bundles: readonly VerifiedBundle[],
  options: { readonly recheck?: readonly { readonly table: ReplicatedTable; readonly id: string }[] } = {},
): PlanResult {
  for (const b of bundles) if (!isVerifiedBundle(b)) throw new AppError('bundle.notVerified');
  const needs = new Map<string, Need>();
  const need = (n: Need) => needs.set(JSON.stringify(n), n);
  const readLive = (t: ReplicatedTable, id: string): BundleRecord | undefined => {
    const v = state.live(t, id);
    if (v === NOT_LOADED) {
      need({ kind: 'entity', table: t, id });
      return undefined;
    }
    return v;
  };
  const readHeld = (t: ReplicatedTable, id: string): readonly HeldClaim[] => {
    const v = state.held(t, id);
    if (v === NOT_LOADED) {
      need({ kind: 'entity', table: t, id });
      return [];
    }
    return v;
  };

  // Incoming claims, best per origin.
  const incoming = byTable<Map<string, BundleRecord>>();
  for (const b of bundles)
    for (const t of REPLICATED_TABLES) {
      const rows = b.payload.records[t];
      if (!rows) continue;
      const inT = incoming.get(t)!;
      for (const r of rows) {
        let m = inT.get(r.id);
        if (!m) inT.set(r.id, (m = new Map()));
        const cur = m.get(r.origin);
        m.set(r.origin, cur ? pickWinner(cur, r) : r);
      }
    }

  const dirty = new Map<ReplicatedTable, Set<string>>(EVAL_ORDER.map((t) => [t, new Set<string>(incoming.get(t)!.keys())]));
  // Judged again without a new claim (after a person decided who owns a contested id).
  for (const r of options.recheck ?? []) dirty.get(r.table)!.add(r.id);

  const before = byTable<Status>();
  const after = byTable<Status>();
  const rejected: Rejection[] = [];
  const statusOf = (t: ReplicatedTable, id: string, phase: 'before' | 'after'): Status => {
    if (phase === 'after') {
      const a = after.get(t)!.get(id);
      if (a) return a;
    }
    const beforeT = before.get(t)!;
    const b = beforeT.get(id);
    if (b) return b;
    const live = readLive(t, id);
    const held = readHeld(t, id);
    const s: Status = live ? { live, held } : { held };
    beforeT.set(id, s);
    return s;
  };

  const rulesByTable = new Map(EVAL_ORDER.map((t) => [t, PARENT_RULES.filter((r) => r.table === t)]));
  const childRulesByTable = new Map(EVAL_ORDER.map((t) => [t, PARENT_RULES.filter((r) => r.parent === t)]));
  const rulesFor = (t: ReplicatedTable) => rulesByTable.get(t)!;
  const childRulesOf = (t: ReplicatedTable) => childRulesByTable.get(t)!;
  const liveOwner = (s: Status) => s.live?.origin;

  for (const t of EVAL_ORDER) {
    const ids = dirty.get(t)!;
    const incomingT = incoming.get(t)!;
    const afterT = after.get(t)!;
    // Children pushed while evaluating a parent of the same table are judged in this pass too.
    const done = new Set<string>();
    for (let pending = [...ids].sort(); pending.length > 0; pending = [...ids].filter((id) => !done.has(id)).sort()) {
      for (const id of pending) {
        done.add(id);
        const prev = statusOf(t, id, 'before');
        const claimsIn = incomingT.get(id);
        // The receiver's own record: nobody else's claim counts.
        if (prev.live && prev.live.origin === state.receiverUnitId) {
          for (const r of claimsIn?.values() ?? []) rejected.push({ table: t, id, origin: r.origin, code: 'merge.ownRecord' });
          afterT.set(id, prev);
          continue;
        }
        // The common case (one origin's new or changed record) without building lists.
        let claims: Map<string, BundleRecord>;
        if (prev.held.length === 0 && claimsIn && claimsIn.size === 1 && (!prev.live || claimsIn.has(prev.live.origin))) {
          const [o, r] = claimsIn.entries().next().value as [string, BundleRecord];
          claims = new Map([[o, prev.live ? pickWinner(prev.live, r) : r]]);
        } else claims = bestPerOrigin([...(prev.live ? [prev.live] : []), ...prev.held.map((h) => h.record), ...(claimsIn?.values() ?? [])]);
        claims.delete(state.receiverUnitId);
        const decided = state.owner(t, id);
        if (decided !== undefined) {
          for (const r of claimsIn?.values() ?? []) if (r.origin !== decided) rejected.push({ table: t, id, origin: r.origin, code: 'merge.decided' });
          claims = new Map([...claims].filter(([o]) => o === decided));
        }
        let next: Status;
        if (claims.size === 0) next = { held: [] };
        else if (claims.size > 1) {
          const origins = [...claims.keys()].sort();
          next = { held: origins.map((o) => ({ table: t, id, origin: o, record: claims.get(o)!, reason: 'contested' as const, detail: origins.filter((x) => x !== o).join(',') })) };
        } else {
          const [origin, record] = claims.entries().next().value as [string, BundleRecord];
          next = { live: record, held: [] };
          for (const rule of rulesFor(t)) {
            const parentId = record[rule.field];
            if (typeof parentId !== 'string' || parentId === '') continue;
            const ps = statusOf(rule.parent, parentId, 'after');
            const owner = liveOwner(ps);
            if (owner === origin) continue;
            const reason = owner === undefined ? 'parent-missing' : 'parent-foreign';
            next = { held: [{ table: t, id, origin, record, reason, parentKey: `${rule.parent}:${parentId}`, ...(owner ? { detail: owner } : {}) }] };
            break;
          }
        }
        afterT.set(id, next);
        // A parent whose owner or presence changed: its children are judged again.
        if (liveOwner(prev) !== liveOwner(next))
          for (const rule of childRulesOf(t)) {
            const kids = state.children(rule, id);
            if (kids === NOT_LOADED) {
              need({ kind: 'children', rule, parentId: id });
              continue;
            }
            for (const kid of kids) dirty.get(rule.table)!.add(kid);
          }
      }
    }
  }

  // Register numbers: among the records that could live, the smallest id keeps each number.
  const numberCandidate = (st: Status | undefined) => st?.live ?? (st?.held.length === 1 && st.held[0]!.reason === 'number-conflict' ? st.held[0]!.record : undefined);
  for (const rule of NUMBER_RULES) {
    // Keys the dirty records hold now or held before, and which dirty records hold each now.
    const keys = new Set<string>();
    const dirtyByKey = new Map<string, string[]>();
    const beforeT = before.get(rule.table)!;
    const afterT = after.get(rule.table)!;
    for (const id of dirty.get(rule.table)!) {
      const old = numberCandidate(beforeT.get(id));
      const oldKey = old ? numberKeyOf(rule, old) : undefined;
      if (oldKey) keys.add(oldKey);
      const now = numberCandidate(afterT.get(id));
      const nowKey = now ? (now === old ? oldKey : numberKeyOf(rule, now)) : undefined;
      if (nowKey) {
        keys.add(nowKey);
        (dirtyByKey.get(nowKey) ?? dirtyByKey.set(nowKey, []).get(nowKey)!).push(id);
      }
    }
    // The common case first: one new or changed record holds, live, a number nobody else holds —
    // it keeps it. Deciding it changes nothing, and no other number's decision touches that
    // record (a decision only moves records holding its own number), so these need no order:
    // only the others are sorted (a bundle's 20,000 numbers share their register's id as prefix).
    const contested: string[] = [];
    for (const key of keys) {
      const holders = dirtyByKey.get(key);
      if (holders?.length === 1 && afterT.get(holders[0]!)?.live !== undefined) {
        const group = state.numberGroup(rule, key);
        if (group !== NOT_LOADED && group.length === 0) continue;
      }
      contested.push(key);
    }
    for (const key of contested.sort()) {
      const holders = dirtyByKey.get(key);
      const group = state.numberGroup(rule, key);
      const members = new Set<string>(holders ?? []);
      if (group === NOT_LOADED) need({ kind: 'number', rule, key });
      else for (const id of group) members.add(id);
      const candidates: BundleRecord[] = [];
      for (const id of members) {
        const r = numberCandidate(statusOf(rule.table, id, 'after'));
        if (r && numberKeyOf(rule, r) === key) candidates.push(r);
      }
      // A number held by one live record only: nothing to decide (the common case, kept cheap).
      if (candidates.length === 0) continue;
      if (candidates.length === 1 && statusOf(rule.table, candidates[0]!.id, 'after').live === candidates[0]) continue;
      candidates.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const keeper = candidates[0];
      for (const r of candidates) {
        dirty.get(rule.table)!.add(r.id);
        afterT.set(
          r.id,
          r === keeper
            ? { live: r, held: [] }
            : { held: [{ table: rule.table, id: r.id, origin: r.origin, record: r, reason: 'number-conflict', numberKey: key, detail: keeper!.id }] },
        );
      }
    }
  }

  if (needs.size > 0) return { status: 'needs', needs: [...needs.values()] };

  // Turn the new statuses into writes, receipts and journal lines.
  const tables = Object.fromEntries(REPLICATED_TABLES.map((t) => [t, { total: zero(), byOrigin: {} as Record<string, PlanCounts> }])) as Record<
    ReplicatedTable,
    { total: PlanCounts; byOrigin: Record<string, PlanCounts> }
  >;
  const bump = (t: ReplicatedTable, origin: string, c: keyof PlanCounts) => {
    tables[t].total[c] += 1;
    (tables[t].byOrigin[origin] ??= zero())[c] += 1;
  };
  for (const r of rejected) bump(r.table, r.origin, 'rejected');
  const rejectedAt = byTable<Set<string>>();
  for (const r of rejected) {
    const m = rejectedAt.get(r.table)!;
    (m.get(r.id) ?? m.set(r.id, new Set()).get(r.id)!).add(r.origin);
  }

  const puts: { table: ReplicatedTable; record: BundleRecord }[] = [];
  const deletes: { table: ReplicatedTable; id: string }[] = [];
  const holds: HeldClaim[] = [];
  const releases: { table: ReplicatedTable; id: string; origin: string }[] = [];
  const changes: PlanChange[] = [];
  const countDeltas: Record<string, Partial<Record<ReplicatedTable, number>>> = {};
  const delta = (origin: string, t: ReplicatedTable, d: number) => {
    const m = (countDeltas[origin] ??= {});
    m[t] = (m[t] ?? 0) + d;
  };
  const holdingsDeltas: Record<string, Partial<Record<HoldingsCounter, number>>> = {};
  const counted = new Set<string>(HOLDINGS_TABLES);
  let maxClock: string | undefined;

  for (const t of REPLICATED_TABLES) {
    const beforeT = before.get(t)!;
    const afterT = after.get(t)!;
    const incomingT = incoming.get(t)!;
    const rejectedT = rejectedAt.get(t)!;
    for (const id of [...dirty.get(t)!].sort()) {
      const prev = beforeT.get(id) ?? statusOf(t, id, 'before');
      const next = afterT.get(id) ?? prev;
      const rejectedHere = rejectedT.get(id) ?? EMPTY_SET;
      // Receipt: each incoming claim, by what became of it.
      for (const r of incomingT.get(id)?.values() ?? []) {
        if (rejectedHere.has(r.origin)) continue;
        if (next.live && next.live.origin === r.origin) {
          if (!prev.live || prev.live.origin !== r.origin) bump(t, r.origin, prev.held.some((h) => h.origin === r.origin) ? 'updated' : 'new');
          else bump(t, r.origin, sameRecord(prev.live, next.live) ? 'unchanged' : 'updated');
        } else if (next.held.some((h) => h.origin === r.origin)) bump(t, r.origin, 'held');
        else bump(t, r.origin, 'rejected');
      }
      // Main table.
      if (next.live && !sameRecord(prev.live, next.live)) {
        puts.push({ table: t, record: next.live });
        const op: PlanChangeOp = !prev.live ? (prev.held.length > 0 ? 'release' : 'create') : next.live.deleted && !prev.live.deleted ? 'delete' : 'update';
        changes.push({ table: t, recordId: id, op, origin: next.live.origin, clock: next.live.clock });
        if (maxClock === undefined || next.live.clock > maxClock) maxClock = next.live.clock;
      } else if (!next.live && prev.live) {
        deletes.push({ table: t, id });
        changes.push({ table: t, recordId: id, op: 'hold', origin: prev.live.origin, clock: prev.live.clock });
      }
      if (prev.live && !prev.live.deleted) delta(prev.live.origin, t, -1);
      if (next.live && !next.live.deleted) delta(next.live.origin, t, +1);
      if (counted.has(t) && prev.live !== next.live) {
        if (prev.live) addHoldings((holdingsDeltas[prev.live.origin] ??= {}), holdingsContribution(t, prev.live), -1);
        if (next.live) addHoldings((holdingsDeltas[next.live.origin] ??= {}), holdingsContribution(t, next.live), 1);
      }
      // Held claims.
      if (prev.held.length === 0 && next.held.length === 0) continue;
      const prevHeld = new Map(prev.held.map((h) => [h.origin, h]));
      for (const h of next.held) {
        const old = prevHeld.get(h.origin);
        if (!old || !sameRecord(old.record, h.record) || old.reason !== h.reason || old.parentKey !== h.parentKey || old.numberKey !== h.numberKey || old.detail !== h.detail)
          holds.push(h);
        if (!next.live && prev.live?.origin !== h.origin && !old) changes.push({ table: t, recordId: id, op: 'hold', origin: h.origin, clock: h.record.clock });
        prevHeld.delete(h.origin);
      }
      for (const h of prevHeld.values()) releases.push({ table: t, id, origin: h.origin });
    }
  }
  for (const [origin, m] of Object.entries(countDeltas)) {
    for (const t of Object.keys(m) as ReplicatedTable[]) if (m[t] === 0) delete m[t];
    if (Object.keys(m).length === 0) delete countDeltas[origin];
  }
  for (const [origin, m] of Object.entries(holdingsDeltas)) {
    for (const k of Object.keys(m) as HoldingsCounter[]) if (m[k] === 0) delete m[k];
    if (Object.keys(m).length === 0) delete holdingsDeltas[origin];
  }

  return {
    status: 'plan',
    plan: {
      tables,
      puts,
      deletes,
      holds,
      releases,
      rejected,
      changes,
      countDeltas,
      holdingsDeltas,
      maxClock,
      isEmpty: puts.length + deletes.length + holds.length + releases.length === 0,
    },
  };
}

/** The plan of an import that writes no record (it only records bundles received, or forks). */
export function emptyImportPlan(): ImportPlan {
  const tables = Object.fromEntries(REPLICATED_TABLES.map((t) => [t, { total: zero(), byOrigin: {} }])) as Record<ReplicatedTable, TablePlanSummary>;
  return { tables, puts: [], deletes: [], holds: [], releases: [], rejected: [], changes: [], countDeltas: {}, holdingsDeltas: {}, maxClock: undefined, isEmpty: true };
}

/** Ids per table in the bundles (what a reader should load first). */
export function idsInBundles(bundles: readonly VerifiedBundle[]): Record<ReplicatedTable, string[]> {
  const out = Object.fromEntries(REPLICATED_TABLES.map((t) => [t, new Set<string>()])) as Record<ReplicatedTable, Set<string>>;
  for (const b of bundles) for (const t of REPLICATED_TABLES) for (const r of b.payload.records[t] ?? []) out[t].add(r.id);
  return Object.fromEntries(REPLICATED_TABLES.map((t) => [t, [...out[t]].sort()])) as Record<ReplicatedTable, string[]>;
}
