// Big bundles take the COPY path (a staging table, then one INSERT … ON CONFLICT): 2,500 entries
// of a commune, then a later bundle changing all of them and tombstoning some, end as the memory
// state on both engines, with the search following the new text and dropping the tombstoned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyMemoryState, importIntoMemory, memoryDigest, type BundleRecord, type TrustPolicy, type VerifiedBundle } from '../../renderer/src/core/bundle/index';
import { applyArchiveImport, prepareArchiveImport } from '../../renderer/src/archive/import';
import { archiveOverview, archiveSearch } from '../../renderer/src/archive/reads';
import type { ArchiveDb } from '../../renderer/src/archive/sql';
import { trustKey, type ArchiveUnit } from '../../renderer/src/archive/trust';
import { UNIT_A, clockAt, fixtureId } from '../../scripts/make-bundle-fixtures';
import { signed, testUnit, trusting, type TestUnit } from '../helpers/bundles';
import { ENGINES, openArchive, pgAsMemory } from '../helpers/archive-db';

const N = 2500;
let unit: TestUnit;
let policy: TrustPolicy;
let bundles: VerifiedBundle[];

beforeAll(async () => {
  unit = await testUnit(1, UNIT_A, 'Ủy ban nhân dân xã Thụy Hải', '12345');
  policy = trusting([unit]);
  const space = UNIT_A.slice(0, 8);
  const reg = fixtureId(501, space);
  const T = Date.UTC(2026, 0, 5);
  const entry = (i: number, version: number): BundleRecord => ({
    id: fixtureId(10_000 + i, space),
    origin: UNIT_A,
    clock: clockAt(T + version * 100_000 + i),
    deleted: version === 2 && i % 10 === 0,
    changedBy: 'Lan',
    registerId: reg,
    arrivalNumber: i + 1,
    summary: version === 1 ? `Về việc kiểm kê tài liệu lưu trữ đợt ${i + 1}` : `Về việc chỉnh lý tài liệu tồn đọng đợt ${i + 1}`,
  });
  const register = { id: reg, origin: UNIT_A, clock: clockAt(T), deleted: false, changedBy: 'Lan', unitId: UNIT_A, kind: 'incoming', year: 2026, name: 'Sổ đến 2026' };
  bundles = [
    await signed(unit, policy, { sequence: 1, records: { registers: [register], incomingDocs: Array.from({ length: N }, (_, i) => entry(i, 1)) } }),
    await signed(unit, policy, { sequence: 2, range: { kind: 'since', sinceSequence: 1 }, records: { incomingDocs: Array.from({ length: N }, (_, i) => entry(i, 2)) } }),
  ];
});

describe.each(ENGINES)('bundles of thousands of records ($name)', (engine) => {
  let db: ArchiveDb;
  let me: ArchiveUnit;
  beforeAll(async () => {
    ({ db, unit: me } = await openArchive(engine));
    await trustKey(db, { unitId: unit.origin.unitId, originName: unit.origin.name, jwk: unit.key.jwk, confirmedBy: 'Bình' });
  });
  afterAll(async () => db?.close());

  it('are written through COPY, updated in place, and searched by their new text', async () => {
    for (const b of bundles) {
      const p = await prepareArchiveImport(db, [{ name: `${b.payload.sequence}.json`, data: new TextEncoder().encode(JSON.stringify(b.file)) }]);
      await applyArchiveImport(db, p, 'Bình');
    }
    const memory = importIntoMemory(emptyMemoryState(me.id), bundles).state;
    expect(memoryDigest(await pgAsMemory(db, me.id, memory.seen))).toBe(memoryDigest(memory));
    expect((await archiveOverview(db, new Date('2026-02-01')))[0]!.counts.incomingDocs).toBe(N - N / 10);
    expect(await archiveSearch(db, 'kiem ke tai lieu', { limit: 10 })).toEqual([]);
    const found = await archiveSearch(db, 'chinh ly ton dong dot 12 ', { limit: 10 });
    expect(found.map((h) => h.summary)).toEqual(['Về việc chỉnh lý tài liệu tồn đọng đợt 12']);
    expect(await archiveSearch(db, 'chinh ly ton dong dot 21 ', { limit: 10 })).toEqual([]);
  });
});

describe('PGlite, which has no autovacuum', () => {
  it('knows the records after an import that grew them: their statistics are made again (the planner chose scans without them)', async () => {
    const { db } = await openArchive(ENGINES.find((e) => e.name === 'PGlite')!);
    try {
      await trustKey(db, { unitId: unit.origin.unitId, originName: unit.origin.name, jwk: unit.key.jwk, confirmedBy: 'Bình' });
      const reltuples = async () => (await db.query<{ n: number }>("SELECT reltuples::float8 AS n FROM pg_class WHERE relname = 'records'"))[0]!.n;
      // Statistics never made: -1.
      expect(await reltuples()).toBe(-1);
      const b = bundles[0]!;
      await applyArchiveImport(db, await prepareArchiveImport(db, [{ name: 'a.json', data: new TextEncoder().encode(JSON.stringify(b.file)) }]), 'Bình');
      expect(await reltuples()).toBeGreaterThanOrEqual(b.payload.records.incomingDocs!.length);
    } finally {
      await db.close();
    }
  });
});
