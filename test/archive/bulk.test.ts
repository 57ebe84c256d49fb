// Big bundles take the COPY path: 2,500 entries of a commune (new: COPY straight into the table),
// then a later bundle changing all of them and tombstoning some (a staging table, then one INSERT …
// ON CONFLICT), end as the memory state on both engines, with the search following the new text
// and dropping the tombstoned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyMemoryState, importIntoMemory, memoryDigest, type BundleRecord, type TrustPolicy, type VerifiedBundle } from '../../renderer/src/core/bundle/index';
import { applyArchiveImport, prepareArchiveImport } from '../../renderer/src/archive/import';
import { archiveOverview, archiveSearch } from '../../renderer/src/archive/reads';
import { upsertRecords } from '../../renderer/src/archive/records';
import { searchWords, tsvectorText } from '../../renderer/src/archive/search';
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

describe.each(ENGINES)('new records go straight into the table ($name)', (engine) => {
  let db: ArchiveDb;
  beforeAll(async () => {
    ({ db } = await openArchive(engine));
    await trustKey(db, { unitId: unit.origin.unitId, originName: unit.origin.name, jwk: unit.key.jwk, confirmedBy: 'Bình' });
  });
  afterAll(async () => db?.close());

  it('by COPY, each with the search vector array_to_tsvector gives for its words', async () => {
    const first = bundles[0]!;
    await applyArchiveImport(db, await prepareArchiveImport(db, [{ name: '1.json', data: new TextEncoder().encode(JSON.stringify(first.file)) }]), 'Bình');
    const docs = first.payload.records.incomingDocs!;
    const differ = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM unnest($1::text[], $2::text[]) AS u(id, tokens) LEFT JOIN records r ON r.tbl = 'incomingDocs' AND r.id = u.id
       WHERE r.search IS DISTINCT FROM array_to_tsvector(string_to_array(u.tokens, ' '))`,
      [docs.map((d) => d.id), docs.map((d) => searchWords('incomingDocs', d)?.join(' ') ?? null)],
    );
    expect(differ[0]!.n).toBe(0);
    expect((await archiveSearch(db, 'kiem ke dot 2499 ', { limit: 10 })).map((h) => h.summary)).toEqual(['Về việc kiểm kê tài liệu lưu trữ đợt 2499']);
    // A word with a quote or a backslash (none is ever made: words are letters and digits) is still written as tsvector reads it.
    const odd = ["qu'y", 'a\\b', 'ubnd'];
    const same = await db.query<{ same: boolean }>(`SELECT $1::tsvector = array_to_tsvector($2::text[]) AS same`, [tsvectorText(odd), odd]);
    expect(same[0]!.same).toBe(true);
  });

  it('and a record said to be new that is there after all stops the COPY: nothing of the transaction is written', async () => {
    const count = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM records'))[0]!.n;
    const before = await count();
    const space = UNIT_A.slice(0, 8);
    const fresh = Array.from({ length: N }, (_, i) => ({ ...bundles[0]!.payload.records.incomingDocs![0]!, id: fixtureId(90_000 + i, space), arrivalNumber: 90_000 + i }));
    // The last one is the first bundle's first entry, already stored.
    const puts = [...fresh, bundles[0]!.payload.records.incomingDocs![0]!].map((record) => ({ table: 'incomingDocs' as const, record }));
    await expect(db.transaction((tx) => upsertRecords(tx, puts, () => true))).rejects.toMatchObject({ code: 'import.constraint' });
    expect(await count()).toBe(before);
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
