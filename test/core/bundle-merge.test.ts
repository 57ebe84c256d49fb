// The one import plan: pickWinner (table of cases), what the plan decides for records
// crafted by trusted units (ids of another unit, entries in another unit's register,
// numbers used twice, the receiver's own records), and order-independence — any order of
// imports, singly or in batches, with adversarial bundles, ends in the same state.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decideOwner,
  emptyMemoryState,
  importIntoMemory,
  memoryDigest,
  memoryReader,
  pickWinner,
  planImport,
  type BundleRecord,
  type MemoryState,
  type TrustPolicy,
  type VerifiedBundle,
} from '../../renderer/src/core/bundle/index';
import { EVAL_ORDER, PARENT_RULES } from '../../renderer/src/core/bundle/import-plan';
import { REPLICATED_TABLES } from '../../renderer/src/core/bundle/schema';
import { UNIT_A, UNIT_B, UNIT_UPPER, clockAt, fixtureId, incoming, rec } from '../../scripts/make-bundle-fixtures';
import { signed, testUnit, trusting, type TestUnit } from '../helpers/bundles';
import { craftedBundles, craftedVersion, shuffled } from '../fixtures/bundle-arbitraries';

const T = Date.UTC(2026, 0, 5);
const UNIT_C = fixtureId(4, '0190dddd');

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
    ['identical content returns a', base, { ...base }, 'a'],
  ];
  for (const [name, a, b, expected] of cases) {
    it(name, () => {
      expect(pickWinner(a, b)).toBe(expected === 'a' ? a : b);
    });
  }
  it('content tie-break is stable and commutative, whatever the key order', () => {
    const x = { ...base, title: 'X' };
    const y = { ...base, title: 'Y' };
    expect(pickWinner(x, y)).toBe(pickWinner(y, x));
    const yReordered = Object.fromEntries(Object.entries(y).reverse()) as BundleRecord;
    expect(pickWinner(x, yReordered).title).toBe(pickWinner(x, y).title);
  });
});

let A: TestUnit;
let B: TestUnit;
let C: TestUnit;
let policy: TrustPolicy;
beforeAll(async () => {
  A = await testUnit(1, UNIT_A, 'Ủy ban nhân dân xã Thụy Hải', '12345');
  B = await testUnit(3, UNIT_B, 'Ủy ban nhân dân phường Đông Kinh', '23456');
  C = await testUnit(5, UNIT_C, 'Ủy ban nhân dân xã Thụy Trình', '34567');
  policy = trusting([A, B, C]);
});

const REG = (o: string) => fixtureId(500, o.slice(0, 8));
const register = (o: string, clock = T) => rec(o, 500, clock, { kind: 'incoming', year: 2026, name: 'Sổ đăng ký văn bản đến năm 2026' });
const empty = () => emptyMemoryState(UNIT_UPPER);

/** Imports bundles one after another (each its own import). */
function inOrder(bundles: readonly VerifiedBundle[], start: MemoryState = empty()): MemoryState {
  let s = start;
  for (const b of bundles) s = importIntoMemory(s, [b]).state;
  return s;
}

describe('planImport', () => {
  it('counts new / updated / unchanged per table and origin; the same bundle twice is an empty plan', async () => {
    const b1 = await signed(A, policy, { sequence: 1, records: { registers: [register(UNIT_A)], incomingDocs: [incoming(UNIT_A, 1, T, 1), incoming(UNIT_A, 2, T, 2)] } });
    const b2 = await signed(A, policy, { sequence: 2, records: { incomingDocs: [incoming(UNIT_A, 1, T + 5, 1, { summary: 'sửa' }), incoming(UNIT_A, 2, T, 2), incoming(UNIT_A, 3, T, 3)] } });
    const r1 = importIntoMemory(empty(), [b1]);
    expect(r1.plan.tables.incomingDocs.total).toEqual({ new: 2, updated: 0, unchanged: 0, held: 0, rejected: 0 });
    expect(r1.plan.tables.incomingDocs.byOrigin[UNIT_A]?.new).toBe(2);
    expect(r1.plan.countDeltas[UNIT_A]).toEqual({ registers: 1, incomingDocs: 2 });
    expect(importIntoMemory(r1.state, [b1]).plan.isEmpty).toBe(true);
    const r2 = importIntoMemory(r1.state, [b2]);
    expect(r2.plan.tables.incomingDocs.total).toEqual({ new: 1, updated: 1, unchanged: 1, held: 0, rejected: 0 });
    // An older bundle after a newer changes nothing.
    const again = importIntoMemory(r2.state, [b1]);
    expect(again.plan.puts).toEqual([]);
    expect(again.plan.tables.incomingDocs.total.unchanged).toBe(2);
  });

  it('a record of A that reuses the id of one of B’s records: both claims held, in every order', async () => {
    const bReg = register(UNIT_B);
    const bDoc = incoming(UNIT_B, 7, T, 1);
    const fromB = await signed(B, policy, { sequence: 1, records: { registers: [bReg], incomingDocs: [bDoc] } });
    // A copies B's document id and makes it its own (renamed, cancelled).
    const stolen = { ...incoming(UNIT_A, 7, T + 999, 1), id: bDoc.id, summary: 'Đã đổi', deleted: true };
    const fromA = await signed(A, policy, { sequence: 1, records: { registers: [register(UNIT_A)], incomingDocs: [stolen] } });
    const ab = inOrder([fromA, fromB]);
    const ba = inOrder([fromB, fromA]);
    const batch = importIntoMemory(empty(), [fromB, fromA]).state;
    expect(memoryDigest(ab)).toBe(memoryDigest(ba));
    expect(memoryDigest(batch)).toBe(memoryDigest(ba));
    expect(ba.live.get('incomingDocs')?.has(bDoc.id)).toBe(false);
    const held = [...ba.held.values()].filter((h) => h.id === bDoc.id);
    expect(held.map((h) => [h.origin, h.reason]).sort()).toEqual([
      [UNIT_A, 'contested'],
      [UNIT_B, 'contested'],
    ]);
    // A person decides the document is B's: B's version lives, A's claim is dropped for good.
    const decided = decideOwner(ba, 'incomingDocs', bDoc.id, UNIT_B);
    expect(decided.live.get('incomingDocs')?.get(bDoc.id)?.summary).toBe(bDoc.summary);
    expect([...decided.held.values()].some((h) => h.id === bDoc.id)).toBe(false);
    const later = await signed(A, policy, { sequence: 2, records: { incomingDocs: [{ ...stolen, clock: clockAt(T + 5000) }] } });
    const after = importIntoMemory(decided, [later]);
    expect(after.plan.rejected).toEqual([{ table: 'incomingDocs', id: bDoc.id, origin: UNIT_A, code: 'merge.decided' }]);
  });

  it('an entry of A in B’s register is held, never in B’s register, whichever file comes first', async () => {
    const fromB = await signed(B, policy, { sequence: 1, records: { registers: [register(UNIT_B)], incomingDocs: [incoming(UNIT_B, 7, T, 2)] } });
    // A takes arrival number 1 in B's register.
    const intruder = { ...incoming(UNIT_A, 9, T, 1), registerId: REG(UNIT_B) };
    const fromA = await signed(A, policy, { sequence: 1, records: { incomingDocs: [intruder] } });
    const ab = inOrder([fromA, fromB]);
    const ba = inOrder([fromB, fromA]);
    expect(memoryDigest(ab)).toBe(memoryDigest(ba));
    expect(ba.live.get('incomingDocs')?.has(intruder.id)).toBe(false);
    const h = [...ba.held.values()].find((x) => x.id === intruder.id);
    expect(h).toMatchObject({ reason: 'parent-foreign', origin: UNIT_A, detail: UNIT_B, parentKey: `registers:${REG(UNIT_B)}` });
    const plan = importIntoMemory(inOrder([fromB]), [fromA]).plan;
    expect(plan.tables.incomingDocs.byOrigin[UNIT_A]).toMatchObject({ held: 1, new: 0 });
  });

  it('an entry whose register has not arrived waits, and is released when it does', async () => {
    const entries = await signed(A, policy, { sequence: 2, records: { incomingDocs: [incoming(UNIT_A, 1, T, 1)] } });
    const reg = await signed(A, policy, { sequence: 1, records: { registers: [register(UNIT_A)] } });
    const waiting = inOrder([entries]);
    expect([...waiting.held.values()][0]).toMatchObject({ reason: 'parent-missing' });
    const done = importIntoMemory(waiting, [reg]);
    expect(done.state.live.get('incomingDocs')?.size).toBe(1);
    expect(done.state.held.size).toBe(0);
    expect(done.plan.changes.map((c) => [c.table, c.op])).toEqual([
      ['registers', 'create'],
      ['incomingDocs', 'release'],
    ]);
    expect(memoryDigest(done.state)).toBe(memoryDigest(inOrder([reg, entries])));
  });

  it('an arrival number used twice in one register: the smallest id keeps it, the other is held; nothing renumbered', async () => {
    const first = await signed(A, policy, { sequence: 1, records: { registers: [register(UNIT_A)], incomingDocs: [incoming(UNIT_A, 2, T, 7)] } });
    const dup = await signed(A, policy, { sequence: 2, records: { incomingDocs: [incoming(UNIT_A, 1, T + 1, 7), incoming(UNIT_A, 3, T + 1, 8)] } });
    const s = inOrder([first, dup]);
    expect(memoryDigest(s)).toBe(memoryDigest(inOrder([dup, first])));
    expect(s.live.get('incomingDocs')?.get(fixtureId(1, UNIT_A.slice(0, 8)))?.arrivalNumber).toBe(7);
    const held = [...s.held.values()];
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ id: fixtureId(2, UNIT_A.slice(0, 8)), reason: 'number-conflict', numberKey: `${REG(UNIT_A)}|7`, detail: fixtureId(1, UNIT_A.slice(0, 8)) });
    expect(held[0]!.record.arrivalNumber).toBe(7);
  });

  it('never touches the receiver’s own records', async () => {
    const own = register(UNIT_UPPER);
    const start: MemoryState = { ...empty(), live: new Map([...empty().live].map(([t, m]) => [t, t === 'registers' ? new Map([[own.id, own]]) : m])) };
    const claim = { ...register(UNIT_A, T + 10_000), id: own.id };
    const b = await signed(A, policy, { sequence: 1, records: { registers: [claim] } });
    const r = importIntoMemory(start, [b]);
    expect(r.plan.rejected).toEqual([{ table: 'registers', id: own.id, origin: UNIT_A, code: 'merge.ownRecord' }]);
    expect(r.state.live.get('registers')?.get(own.id)).toBe(own);
  });

  it('refuses unverified input', () => {
    expect(() => planImport(memoryReader(empty()), [{} as VerifiedBundle])).toThrow('bundle.notVerified');
  });
});

describe('the import plan is order-independent, with bundles crafted by trusted units (property)', () => {
  it('any order, singly or in batches, ends in the same state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(craftedVersion, { minLength: 1, maxLength: 18 }), fc.infiniteStream(fc.nat()), async (versions, rand) => {
        const bundles = await craftedBundles(versions, [A, B, C], policy);
        const digests = new Set<string>();
        const it = rand[Symbol.iterator]();
        for (let attempt = 0; attempt < 4; attempt++) {
          const order = shuffled(bundles, it);
          // Some imported one by one, the rest in one batch.
          const split = (it.next().value as number) % (order.length + 1);
          let state = inOrder(order.slice(0, split));
          state = importIntoMemory(state, order.slice(split)).state;
          // Importing everything again changes nothing.
          expect(importIntoMemory(state, bundles).plan.isEmpty).toBe(true);
          digests.add(memoryDigest(state));
          // No live record sits in a parent of another unit; no register number is live twice.
          for (const e of state.live.get('incomingDocs')?.values() ?? []) expect(state.live.get('registers')?.get(String(e.registerId))?.origin).toBe(e.origin);
          const numbers = [...(state.live.get('incomingDocs')?.values() ?? [])].map((e) => `${String(e.registerId)}|${String(e.arrivalNumber)}`);
          expect(new Set(numbers).size).toBe(numbers.length);
        }
        expect(digests.size).toBe(1);
      }),
      { numRuns: 80 },
    );
  });
});

describe('planImport: a number freed by its keeper goes to the record that waited for it', () => {
  it('when the keeper of number 7 is renumbered, the entry held for 7 takes it', async () => {
    const first = await signed(A, policy, { sequence: 1, records: { registers: [register(UNIT_A)], incomingDocs: [incoming(UNIT_A, 1, T, 7), incoming(UNIT_A, 2, T, 7)] } });
    const s1 = inOrder([first]);
    expect([...s1.held.values()].map((h) => h.id)).toEqual([fixtureId(2, UNIT_A.slice(0, 8))]);
    const fix = await signed(A, policy, { sequence: 2, records: { incomingDocs: [incoming(UNIT_A, 1, T + 10, 8)] } });
    const s2 = inOrder([fix], s1);
    expect(s2.held.size).toBe(0);
    expect([...(s2.live.get('incomingDocs')?.values() ?? [])].map((d) => [d.id, d.arrivalNumber]).sort()).toEqual([
      [fixtureId(1, UNIT_A.slice(0, 8)), 8],
      [fixtureId(2, UNIT_A.slice(0, 8)), 7],
    ]);
    expect(memoryDigest(s2)).toBe(memoryDigest(inOrder([fix, first])));
  });
});

describe('the import plan judges every table, parents before children', () => {
  it('lists each replicated table once, and every parent rule’s parent before its child', () => {
    expect([...EVAL_ORDER].sort()).toEqual([...REPLICATED_TABLES].sort());
    expect(new Set(EVAL_ORDER).size).toBe(EVAL_ORDER.length);
    const at = (t: string) => EVAL_ORDER.indexOf(t as (typeof EVAL_ORDER)[number]);
    const late = PARENT_RULES.filter((r) => r.table !== r.parent && at(r.parent) > at(r.table)).map((r) => `${r.table}.${r.field} → ${r.parent}`);
    expect(late).toEqual([]);
  });
});
