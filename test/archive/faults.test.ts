// Bad input and faults at the province archive: a bundle that fails halfway leaves PostgreSQL
// exactly as before (one transaction); a connection to the server lost in the middle of an import
// is reported as a Vietnamese sentence, nothing of it is written, and running the same import
// again finishes it — and once more is a no-op; imports from two workstations at once end as the
// memory state does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyMemoryState, importIntoMemory, memoryDigest, type TrustPolicy, type VerifiedBundle } from '../../renderer/src/core/bundle/index';
import { applyArchiveImport, prepareArchiveImport, type ImportFile } from '../../renderer/src/archive/import';
import { openPostgres, type ArchiveDb } from '../../renderer/src/archive/sql';
import { trustKey, type ArchiveUnit } from '../../renderer/src/archive/trust';
import { AppError } from '../../renderer/src/core/errors';
import { exchangeVi } from '../../renderer/src/i18n/exchange.vi';
import { vi } from '../../renderer/src/i18n/vi';
import { UNIT_A, UNIT_B, clockAt, fixtureId } from '../../scripts/make-bundle-fixtures';
import { signed, testUnit, trusting, type TestUnit } from '../helpers/bundles';
import { ENGINES, freshServerDatabase, openArchive, pgAsMemory, resetArchive } from '../helpers/archive-db';
import { migrate } from '../../renderer/src/archive/migrations';

let units: TestUnit[];
let policy: TrustPolicy;
let bundles: VerifiedBundle[];
let files: ImportFile[];

beforeAll(async () => {
  units = [await testUnit(1, UNIT_A, 'Ủy ban nhân dân xã Thụy Hải', '12345'), await testUnit(3, UNIT_B, 'Ủy ban nhân dân xã Thụy Trình', '23456')];
  policy = trusting(units);
  bundles = [];
  for (const u of units) {
    const space = u.origin.unitId.slice(0, 8);
    const reg = fixtureId(501, space);
    const T = Date.UTC(2026, 0, 5);
    const records = {
      registers: [{ id: reg, origin: u.origin.unitId, clock: clockAt(T), deleted: false, changedBy: 'Lan', unitId: u.origin.unitId, kind: 'incoming', year: 2026, name: 'Sổ đến 2026' }],
      incomingDocs: Array.from({ length: 40 }, (_, i) => ({
        id: fixtureId(1000 + i, space),
        origin: u.origin.unitId,
        clock: clockAt(T + i + 1),
        deleted: false,
        changedBy: 'Lan',
        registerId: reg,
        arrivalNumber: i + 1,
        summary: `Về việc kiểm tra công tác lưu trữ số ${i + 1}`,
      })),
    };
    bundles.push(await signed(u, policy, { sequence: 1, records }));
  }
  files = bundles.map((b, i) => ({ name: `${i}.luutru.json`, data: new TextEncoder().encode(JSON.stringify(b.file)) }));
});

async function trustAll(db: ArchiveDb) {
  for (const u of units) await trustKey(db, { unitId: u.origin.unitId, originName: u.origin.name, jwk: u.key.jwk, confirmedBy: 'Bình' });
}

/** Every table of the archive as text, to see that nothing changed. */
async function snapshot(db: ArchiveDb): Promise<string> {
  const out: unknown[] = [];
  for (const t of ['records', 'held_claims', 'received_bundles', 'bundle_archive', 'origin_stats', 'journal', 'archive_settings', 'forks', 'key_rotations'])
    out.push(await db.query(`SELECT to_jsonb(x) AS row FROM ${t} x ORDER BY 1::text`).then((rows) => rows.map((r) => JSON.stringify(r.row)).sort()));
  return JSON.stringify(out);
}

describe.each(ENGINES)('an import that fails halfway ($name)', (engine) => {
  let db: ArchiveDb;
  let unit: ArchiveUnit;
  beforeAll(async () => {
    ({ db, unit } = await openArchive(engine));
  });
  afterAll(async () => db?.close());

  it('leaves the database as it was, at every stage; the same import then goes through, and again is a no-op', async () => {
    unit = await resetArchive(db);
    await trustAll(db);
    const before = await snapshot(db);
    for (const stage of ['records', 'claims', 'bookkeeping'] as const) {
      const prepared = await prepareArchiveImport(db, files);
      const err = await applyArchiveImport(db, prepared, 'Bình', new Date(), (s) => {
        if (s === stage) throw new AppError('import.constraint');
      }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'import.constraint' });
      expect(await snapshot(db)).toBe(before);
    }
    const prepared = await prepareArchiveImport(db, files);
    expect(prepared.receipt.writes).toBe(82);
    await applyArchiveImport(db, prepared, 'Bình');
    const memory = importIntoMemory(emptyMemoryState(unit.id), bundles).state;
    expect(memoryDigest(await pgAsMemory(db, unit.id, memory.seen))).toBe(memoryDigest(memory));
    const after = await snapshot(db);
    const again = await prepareArchiveImport(db, files);
    expect(again.receipt.canApply).toBe(false);
    expect(again.receipt.files.map((f) => f.status)).toEqual(['already-imported', 'already-imported']);
    expect(await snapshot(db)).toBe(after);
  });
});

describe('the connection to the PostgreSQL server is lost during an import', () => {
  let url: string;
  let db: ArchiveDb;
  let killer: ArchiveDb;
  beforeAll(async () => {
    url = await freshServerDatabase();
    db = await openPostgres(url);
    killer = await openPostgres(url, { max: 1 });
    await migrate(db);
  });
  afterAll(async () => {
    await db?.close();
    await killer?.close();
  });

  it('is reported in Vietnamese, writes nothing, and the import run again completes it once', async () => {
    const unit = await resetArchive(db);
    await trustAll(db);
    const before = await snapshot(db);
    const prepared = await prepareArchiveImport(db, files);
    const err = await applyArchiveImport(db, prepared, 'Bình', new Date(), async (stage, tx) => {
      if (stage !== 'claims' || !tx) return;
      // The records are written but not committed: the server ends this connection (as a restart or a cut cable would).
      const pid = (await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))[0]!.pid;
      await killer.query('SELECT pg_terminate_backend($1)', [pid]);
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('archive.db.connectionLost');
    expect(vi.errors['archive.db.connectionLost']).toMatch(/mất kết nối tới cơ sở dữ liệu.*nhập lại/);
    expect(exchangeVi.bundleErrors['import.expired']).toBeTruthy();
    // The pool gives a new connection: nothing of the import is there.
    expect(await snapshot(db)).toBe(before);
    // Run again: prepare and apply finish it; once more is a no-op.
    const again = await prepareArchiveImport(db, files);
    expect(again.receipt.canApply).toBe(true);
    await applyArchiveImport(db, again, 'Bình');
    const memory = importIntoMemory(emptyMemoryState(unit.id), bundles).state;
    expect(memoryDigest(await pgAsMemory(db, unit.id, memory.seen))).toBe(memoryDigest(memory));
    // The first prepared import applied late (e.g. a retry from the screen): the bundles are already received, nothing changes.
    const done = await snapshot(db);
    await applyArchiveImport(db, prepared, 'Bình');
    const third = await prepareArchiveImport(db, files);
    expect(third.receipt.canApply).toBe(false);
    expect(memoryDigest(await pgAsMemory(db, unit.id, memory.seen))).toBe(memoryDigest(memory));
    expect((await snapshot(db)).length).toBeGreaterThanOrEqual(done.length);
  });

  it('two workstations importing at once: one waits for the other, and the archive ends as the memory state', async () => {
    const unit = await resetArchive(db);
    await trustAll(db);
    const a = await prepareArchiveImport(db, [files[0]!]);
    const b = await prepareArchiveImport(db, [files[1]!]);
    await Promise.all([applyArchiveImport(db, a, 'Bình'), applyArchiveImport(db, b, 'An')]);
    const memory = importIntoMemory(emptyMemoryState(unit.id), bundles).state;
    expect(memoryDigest(await pgAsMemory(db, unit.id, memory.seen))).toBe(memoryDigest(memory));
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM received_bundles'))[0]!.n).toBe(2);
  });
});
