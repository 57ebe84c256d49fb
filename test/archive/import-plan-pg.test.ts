// The province archive applies the one import plan: the bundles crafted by trusted units (the same
// generators as the memory and IndexedDB property tests), imported into PostgreSQL — PGlite and a
// real server — in a random order and split, end in the same records and held claims as the
// in-memory state the CLI uses; and importing everything again changes nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideOwner, emptyMemoryState, importIntoMemory, memoryDigest, type TrustPolicy } from '../../renderer/src/core/bundle/index';
import { applyArchiveImport, decideArchiveOwnership, prepareArchiveImport } from '../../renderer/src/archive/import';
import { archiveHeldClaims } from '../../renderer/src/archive/reads';
import type { ArchiveDb } from '../../renderer/src/archive/sql';
import { trustKey, type ArchiveUnit } from '../../renderer/src/archive/trust';
import { UNIT_A, UNIT_B, fixtureId } from '../../scripts/make-bundle-fixtures';
import { testUnit, trusting, type TestUnit } from '../helpers/bundles';
import { craftedBundles, craftedVersion, shuffled } from '../fixtures/bundle-arbitraries';
import { ENGINES, openArchive, pgAsMemory, resetArchive } from '../helpers/archive-db';

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

describe.each(ENGINES)('the archive applies the same plan as the memory state ($name)', (engine) => {
  let db: ArchiveDb;
  let unit: ArchiveUnit;
  beforeAll(async () => {
    ({ db, unit } = await openArchive(engine));
  });
  afterAll(async () => db?.close());

  it('any order and split of crafted bundles: the same records and held claims; a re-run writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(craftedVersion, { minLength: 1, maxLength: 12 }), fc.infiniteStream(fc.nat()), async (versions, rand) => {
        const bundles = await craftedBundles(versions, units, policy);
        const files = bundles.map((b, i) => ({ name: `${i}.luutru.json`, data: new TextEncoder().encode(`${JSON.stringify(b.file)}\n`) }));
        const it = rand[Symbol.iterator]();
        unit = await resetArchive(db);
        for (const u of units) await trustKey(db, { unitId: u.origin.unitId, originName: u.origin.name, jwk: u.key.jwk, confirmedBy: 'Bình' });
        const order = shuffled(files, it);
        const split = (it.next().value as number) % (order.length + 1);
        for (const group of [...order.slice(0, split).map((f) => [f]), order.slice(split)]) {
          if (group.length === 0) continue;
          const prepared = await prepareArchiveImport(db, group);
          if (prepared.receipt.canApply) await applyArchiveImport(db, prepared, 'Bình');
        }
        const memory = importIntoMemory(emptyMemoryState(unit.id), bundles).state;
        expect(memoryDigest(await pgAsMemory(db, unit.id, memory.seen))).toBe(memoryDigest(memory));
        // Everything again: every file already taken, nothing to apply.
        const again = await prepareArchiveImport(db, files);
        expect(again.receipt.files.every((f) => f.status === 'already-imported')).toBe(true);
        expect(again.receipt.canApply).toBe(false);
      }),
      { numRuns: 15 },
    );
  });

  it('a person decides who owns an id two units claim: the same result as the memory state', async () => {
    const base = { n: 1, registerOf: 0, number: 1, clock: 1, deleted: false, title: 'a' as const, bundle: 0, kind: 'register' as const, idOf: 0 };
    const bundles = await craftedBundles([{ ...base, sender: 0 }, { ...base, sender: 1, title: 'b' as const }], units, policy);
    unit = await resetArchive(db);
    for (const u of units) await trustKey(db, { unitId: u.origin.unitId, originName: u.origin.name, jwk: u.key.jwk, confirmedBy: 'Bình' });
    const files = bundles.map((b, i) => ({ name: `${i}.luutru.json`, data: new TextEncoder().encode(JSON.stringify(b.file)) }));
    await applyArchiveImport(db, await prepareArchiveImport(db, files), 'Bình');
    const held = await archiveHeldClaims(db, 0, 50);
    expect(held.rows.map((h) => h.reason)).toEqual(['contested', 'contested']);
    await expect(decideArchiveOwnership(db, 'Bình', 'registers', held.rows[0]!.id, 'not-a-claimant')).rejects.toMatchObject({ code: 'archive.decision.notClaimant' });
    await decideArchiveOwnership(db, 'Bình', 'registers', held.rows[0]!.id, units[1]!.origin.unitId);
    let memory = importIntoMemory(emptyMemoryState(unit.id), bundles).state;
    memory = decideOwner(memory, 'registers', held.rows[0]!.id, units[1]!.origin.unitId);
    expect(memoryDigest(await pgAsMemory(db, unit.id, memory.seen))).toBe(memoryDigest(memory));
    expect((await archiveHeldClaims(db, 0, 50)).total).toBe(0);
  });
});
