// pickWinner (table of cases), planMerge (receipts, own-origin, unique arrival numbers) and order-independence (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPlan,
  createBundleFile,
  emptyMergeState,
  lookupFromState,
  parseBundleFile,
  pickWinner,
  planMerge,
  verifyBundle,
  type BundleInput,
  type BundleRecord,
  type MergeState,
  type TrustPolicy,
  type VerifiedBundle,
} from '../../renderer/src/core/bundle/index';
import { ORIGIN_A, ORIGIN_B, UNIT_A, UNIT_B, clockAt, fixtureId, fixtureKey, incoming, rec } from '../../scripts/make-bundle-fixtures';

const T = Date.UTC(2026, 0, 5);
const iso = (ms: number) => new Date(ms).toISOString();

describe('pickWinner', () => {
  const base = rec(UNIT_A, 1, 1000, { title: 'A' });
  const cases: Array<[string, BundleRecord, BundleRecord, 'a' | 'b']> = [
    ['later clock wins', { ...base, clock: clockAt(2000) }, base, 'a'],
    ['later clock wins (b)', base, { ...base, clock: clockAt(2000) }, 'b'],
    ['counter breaks equal ms', { ...base, clock: clockAt(1000, 1) }, base, 'a'],
    ['later clock beats a tombstone', { ...base, clock: clockAt(2000) }, { ...base, deleted: true }, 'a'],
    ['newer tombstone wins', base, { ...base, clock: clockAt(2000), deleted: true }, 'b'],
    ['tombstone wins at equal clock', base, { ...base, deleted: true }, 'b'],
    ['tombstone wins at equal clock (a)', { ...base, deleted: true }, base, 'a'],
    ['greater origin wins at equal clock', { ...base, origin: UNIT_B }, base, 'a'],
    ['identical content returns a', base, { ...base }, 'a'],
  ];
  for (const [name, a, b, expected] of cases) {
    it(name, () => {
      expect(pickWinner(a, b)).toBe(expected === 'a' ? a : b);
    });
  }
  it('content-hash tie-break is stable and commutative', () => {
    const x = { ...base, title: 'X' };
    const y = { ...base, title: 'Y' };
    expect(pickWinner(x, y)).toBe(pickWinner(y, x));
    // Key order does not matter (canonical JSON).
    const yReordered = Object.fromEntries(Object.entries(y).reverse()) as BundleRecord;
    expect(pickWinner(x, yReordered).title).toBe(pickWinner(x, y).title);
  });
});

async function fixture() {
  const a = await fixtureKey(1);
  const b = await fixtureKey(3);
  const policy: TrustPolicy = {
    trustedKeys: [
      { unitId: UNIT_A, kid: a.kid, jwk: a.jwk },
      { unitId: UNIT_B, kid: b.kid, jwk: b.jwk },
    ],
  };
  const make = async (origin: 'A' | 'B', sequence: number, records: BundleInput['records']): Promise<VerifiedBundle> => {
    const k = origin === 'A' ? a : b;
    const file = await createBundleFile(
      { origin: origin === 'A' ? ORIGIN_A : ORIGIN_B, signerKey: k.jwk, sequence, range: { kind: 'full' }, createdAt: iso(T), records },
      k.privateKey,
    );
    const out = await verifyBundle(parseBundleFile(file), policy);
    if (out.status !== 'verified') throw new Error(out.status);
    return out.bundle;
  };
  return { make };
}

describe('planMerge', () => {
  it('counts new / updated / unchanged per table and origin; the same bundle twice is an empty plan', async () => {
    const { make } = await fixture();
    const b1 = await make('A', 1, { incomingDocs: [incoming(UNIT_A, 1, T, 1), incoming(UNIT_A, 2, T, 2)] });
    const b2 = await make('A', 2, { incomingDocs: [incoming(UNIT_A, 1, T + 5, 1, { summary: 'sửa' }), incoming(UNIT_A, 2, T, 2), incoming(UNIT_A, 3, T, 3)] });
    let state = emptyMergeState();
    const p1 = planMerge(lookupFromState(state), [b1]);
    expect(p1.tables.incomingDocs.total).toEqual({ new: 2, updated: 0, unchanged: 0, conflicting: 0, rejected: 0 });
    expect(p1.tables.incomingDocs.byOrigin[UNIT_A]?.new).toBe(2);
    expect(p1.seen).toHaveLength(1);
    state = applyPlan(state, p1);
    expect(planMerge(lookupFromState(state), [b1]).isEmpty).toBe(true);
    const p2 = planMerge(lookupFromState(state), [b2]);
    expect(p2.tables.incomingDocs.total).toEqual({ new: 1, updated: 1, unchanged: 1, conflicting: 0, rejected: 0 });
    state = applyPlan(state, p2);
    // An older bundle after a newer changes nothing.
    const again = planMerge(lookupFromState(state), [b1]);
    expect(again.puts).toEqual([]);
    expect(again.tables.incomingDocs.total.unchanged).toBe(2);
  });

  it('refuses records of the receiving unit and ids owned by another origin', async () => {
    const { make } = await fixture();
    const own = await make('A', 1, { incomingDocs: [incoming(UNIT_A, 1, T, 1)] });
    const plan = planMerge(lookupFromState(emptyMergeState()), [own], { receiverUnitId: UNIT_A });
    expect(plan.puts).toEqual([]);
    expect(plan.rejected).toEqual([{ table: 'incomingDocs', id: fixtureId(1, UNIT_A.slice(0, 8)), origin: UNIT_A, code: 'merge.ownOrigin' }]);
    expect(plan.tables.incomingDocs.byOrigin[UNIT_A]?.rejected).toBe(1);
    // B sends a record whose id A already owns.
    const stolenId = { ...incoming(UNIT_B, 9, T + 10, 1), id: fixtureId(1, UNIT_A.slice(0, 8)) };
    const b = await make('B', 1, { incomingDocs: [stolenId] });
    const state = applyPlan(emptyMergeState(), planMerge(lookupFromState(emptyMergeState()), [own]));
    expect(planMerge(lookupFromState(state), [b]).rejected[0]?.code).toBe('merge.originMismatch');
  });

  it('reports an arrival number used twice in one register as a conflict, never renumbers', async () => {
    const { make } = await fixture();
    const first = await make('A', 1, { incomingDocs: [incoming(UNIT_A, 1, T, 7)] });
    const state = applyPlan(emptyMergeState(), planMerge(lookupFromState(emptyMergeState()), [first]));
    const dup = await make('A', 2, { incomingDocs: [incoming(UNIT_A, 2, T + 1, 7), incoming(UNIT_A, 3, T + 1, 8)] });
    const plan = planMerge(lookupFromState(state), [dup]);
    expect(plan.conflicts).toEqual([
      { table: 'incomingDocs', rule: 'arrivalNumber', key: expect.stringContaining('|7') as unknown as string, recordIds: [fixtureId(1, UNIT_A.slice(0, 8)), fixtureId(2, UNIT_A.slice(0, 8))] },
    ]);
    expect(plan.tables.incomingDocs.total).toEqual({ new: 1, updated: 0, unchanged: 0, conflicting: 1, rejected: 0 });
    expect(plan.puts.map((p) => p.record.arrivalNumber)).toEqual([7, 8]);
    // Same number in another origin's register is not a conflict; nor once the first is deleted.
    const other = await make('B', 1, { incomingDocs: [incoming(UNIT_B, 2, T + 1, 7)] });
    expect(planMerge(lookupFromState(state), [other]).conflicts).toEqual([]);
    const del = await make('A', 3, { incomingDocs: [{ ...incoming(UNIT_A, 1, T + 9, 7), deleted: true }, incoming(UNIT_A, 2, T + 1, 7)] });
    expect(planMerge(lookupFromState(state), [del]).conflicts).toEqual([]);
  });

  it('refuses unverified input', () => {
    expect(() => planMerge(lookupFromState(emptyMergeState()), [{} as VerifiedBundle])).toThrow('bundle.notVerified');
  });
});

describe('merge is order-independent (property)', () => {
  const origins = [UNIT_A, UNIT_B] as const;
  const version = fc.record({
    table: fc.constantFrom('incomingDocs' as const, 'dossiers' as const),
    n: fc.integer({ min: 1, max: 6 }),
    originIx: fc.integer({ min: 0, max: 1 }),
    clock: fc.integer({ min: 0, max: 4 }),
    deleted: fc.boolean(),
    title: fc.constantFrom('a', 'b', 'c'),
    bundle: fc.integer({ min: 0, max: 3 }),
  });

  it('applying the plans in any order gives the same final state', async () => {
    const { make } = await fixture();
    const toPlain = (s: MergeState) => Object.fromEntries([...s].map(([t, m]) => [t, Object.fromEntries([...m].sort(([x], [y]) => x.localeCompare(y)))]));
    await fc.assert(
      fc.asyncProperty(fc.array(version, { minLength: 1, maxLength: 25 }), fc.infiniteStream(fc.nat()), async (versions, rand) => {
        // Group versions into bundles per origin (a record's id belongs to one origin).
        const groups = new Map<string, { origin: 'A' | 'B'; recs: Map<string, BundleRecord[]> }>();
        for (const v of versions) {
          const origin = origins[v.originIx]!;
          // Dossiers carry the typed fields their table schema requires.
          const fields = v.table === 'dossiers' ? { title: v.title, unitId: origin, fondsId: origin, year: 2025, notation: `0${v.n}.TH`, retention: 'permanent', status: 'open' } : { title: v.title };
          const r = rec(origin, v.n, 1000 + v.clock, fields, v.deleted);
          const key = `${v.originIx}-${v.bundle}`;
          const g: { origin: 'A' | 'B'; recs: Map<string, BundleRecord[]> } = groups.get(key) ?? { origin: v.originIx === 0 ? 'A' : 'B', recs: new Map() };
          groups.set(key, g);
          const rows = g.recs.get(v.table) ?? [];
          // One version per id per bundle (a bundle carries the latest state of a record).
          if (!rows.some((x) => x.id === r.id)) rows.push(r);
          g.recs.set(v.table, rows);
        }
        const bundles: VerifiedBundle[] = [];
        let seq = 1;
        for (const g of groups.values()) bundles.push(await make(g.origin, seq++, Object.fromEntries(g.recs)));
        const finals: string[] = [];
        for (let attempt = 0; attempt < 4; attempt++) {
          const order = [...bundles];
          const it = rand[Symbol.iterator]();
          for (let i = order.length - 1; i > 0; i--) {
            const j = (it.next().value as number) % (i + 1);
            [order[i], order[j]] = [order[j]!, order[i]!];
          }
          // Mix single-bundle imports and one batch import.
          let state = emptyMergeState();
          const split = (it.next().value as number) % (order.length + 1);
          for (const b of order.slice(0, split)) state = applyPlan(state, planMerge(lookupFromState(state), [b]));
          state = applyPlan(state, planMerge(lookupFromState(state), order.slice(split)));
          // Re-importing everything changes nothing.
          expect(planMerge(lookupFromState(state), bundles).isEmpty).toBe(true);
          finals.push(JSON.stringify(toPlain(state)));
        }
        expect(new Set(finals).size).toBe(1);
        // And it is the pickWinner fold over every version sent.
        const expected = emptyMergeState() as Map<string, Map<string, BundleRecord>>;
        for (const b of bundles)
          for (const [t, rows] of Object.entries(b.payload.records))
            for (const r of rows ?? []) {
              const m = expected.get(t)!;
              const cur = m.get(r.id);
              m.set(r.id, cur ? pickWinner(cur, r) : r);
            }
        expect(JSON.parse(finals[0]!)).toEqual(JSON.parse(JSON.stringify(toPlain(expected as MergeState))));
      }),
      { numRuns: 60 },
    );
  });
});
