// The app's writer carries out exactly the one import plan: bundles crafted by trusted units, imported
// into IndexedDB (fake-indexeddb) in a random order and split, end in the same records and held claims
// as the in-memory state the CLI and the property tests use — so the order-independence proven on the
// plan holds for the database the app runs on.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyMemoryState, importIntoMemory, memoryDigest, REPLICATED_TABLES, type BundleRecord, type MemoryState, type ReplicatedTable, type TrustPolicy } from '../../renderer/src/core/bundle/index';
import { applyImport, prepareImport } from '../../renderer/src/db/exchange/import';
import { trustKey } from '../../renderer/src/db/exchange/keys';
import type { HeldClaim } from '../../renderer/src/core/bundle/import-plan';
import { UNIT_A, UNIT_B, fixtureId } from '../../scripts/make-bundle-fixtures';
import { testUnit, trusting, type TestUnit } from '../helpers/bundles';
import { upper, type TestProfile } from '../helpers/exchange-units';
import { craftedBundles, craftedVersion, shuffled } from '../fixtures/bundle-arbitraries';
import { foreignHoldingsCounters, foreignRecords } from '../../renderer/src/db/repositories/foreign-repository';
import { holdings, holdingsFromCounters, type Holdings } from '../../renderer/src/core/dossiers/inventory';

let units: TestUnit[];
let policy: TrustPolicy;
beforeAll(async () => {
  units = [
    await testUnit(1, UNIT_A, 'Ủy ban nhân dân xã Thụy Hải', '12345'),
    await testUnit(3, UNIT_B, 'Ủy ban nhân dân xã Thụy Trình', '23456'),
    await testUnit(5, fixtureId(4, '0190dddd'), 'Ủy ban nhân dân xã Thái Thụy', '34567'),
  ];
  policy = trusting(units);
});

/** The database's records of other units and its held claims, as a memory state (to compare digests). */
async function asMemory(up: TestProfile, seenFrom: MemoryState): Promise<MemoryState> {
  const live = new Map<ReplicatedTable, Map<string, BundleRecord>>();
  for (const t of REPLICATED_TABLES) live.set(t, new Map((await foreignRecords(up.db, t)).map((r) => [r.id, r])));
  const held = new Map((await up.db.heldClaims.toArray()).map(({ heldAt: _h, ...h }) => [`${h.table}\u0000${h.id}\u0000${h.origin}`, h as HeldClaim]));
  return { receiverUnitId: up.session.unitId, live, held, owners: new Map(), seen: seenFrom.seen };
}

async function countedHoldings(up: TestProfile): Promise<Record<string, Holdings>> {
  const [dossiers, boxes, jobs] = await Promise.all((['dossiers', 'boxes', 'processingJobs'] as const).map((t) => foreignRecords(up.db, t)));
  const origins = new Set([...dossiers!, ...boxes!, ...jobs!].map((r) => r.origin));
  const of = (rs: readonly BundleRecord[], o: string) => rs.filter((r) => r.origin === o) as never[];
  return Object.fromEntries([...origins].map((o) => [o, holdings(of(dossiers!, o), of(boxes!, o), of(jobs!, o))]));
}

async function countersAsHoldings(up: TestProfile): Promise<Record<string, Holdings>> {
  const counters = await foreignHoldingsCounters(up.db);
  const origins = new Set((await Promise.all((['dossiers', 'boxes', 'processingJobs'] as const).map((t) => foreignRecords(up.db, t)))).flat().map((r) => r.origin));
  return Object.fromEntries([...origins].map((o) => [o, holdingsFromCounters(counters.get(o) ?? {})]));
}

describe('the database applies the same plan as the memory state (property)', () => {
  it('any order and split of crafted bundles: the same records, held claims and holdings counters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(craftedVersion, { minLength: 1, maxLength: 12 }), fc.infiniteStream(fc.nat()), async (versions, rand) => {
        const bundles = await craftedBundles(versions, units, policy);
        const files = bundles.map((b, i) => ({ name: `${i}.luutru.json`, data: new TextEncoder().encode(`${JSON.stringify(b.file)}\n`) }));
        const it = rand[Symbol.iterator]();
        const up = await upper();
        for (const u of units) await trustKey(up.db, { unitId: u.origin.unitId, originName: u.origin.name, jwk: u.key.jwk, confirmedBy: 'Bình' });
        const order = shuffled(files, it);
        const split = (it.next().value as number) % (order.length + 1);
        for (const group of [...order.slice(0, split).map((f) => [f]), order.slice(split)]) {
          if (group.length === 0) continue;
          const prepared = await prepareImport(up.db, group, up.session.unitId);
          if (prepared.receipt.canApply) await applyImport(up.db, prepared, 'Bình');
        }
        const memory = importIntoMemory(emptyMemoryState(up.session.unitId), bundles).state;
        expect(memoryDigest(await asMemory(up, memory))).toBe(memoryDigest(memory));
        // The holdings the upper level shows per unit come from counters each import moved; they
        // equal the holdings counted from that unit's records, whatever the order.
        expect(await countersAsHoldings(up)).toEqual(await countedHoldings(up));
        // A database older than the counters counts them again from the blocks, the same.
        await up.db.originStats.toCollection().modify((row) => void (delete (row as { holdingsVersion?: number }).holdingsVersion));
        expect(await countersAsHoldings(up)).toEqual(await countedHoldings(up));
        up.db.close();
      }),
      { numRuns: 15 },
    );
  });
});
