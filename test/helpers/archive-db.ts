/**
 * The two engines every archive test runs on: PGlite in memory, and a database of its own on
 * the private PostgreSQL server (test/archive/global-setup.ts). `describeEngines` runs a
 * suite once per engine; `resetArchive` empties every table between property runs (a new
 * PGlite takes seconds to initialise).
 */
import { inject } from 'vitest';
import { REPLICATED_TABLES, type BundleRecord, type MemoryState } from '../../renderer/src/core/bundle/index';
import type { HeldClaim } from '../../renderer/src/core/bundle/import-plan';
import { heldOfRow } from '../../renderer/src/archive/plan-state';
import { migrate } from '../../renderer/src/archive/migrations';
import { openPglite, openPostgres, type ArchiveDb } from '../../renderer/src/archive/sql';
import { initUnit, trustKey, type ArchiveUnit } from '../../renderer/src/archive/trust';
import { applyArchiveImport, prepareArchiveImport, type ImportFile } from '../../renderer/src/archive/import';

export type Engine = { readonly name: 'PGlite' | 'PostgreSQL'; open(): Promise<ArchiveDb> };

let n = 0;
/** A new, empty database on the test server; its URL. */
export async function freshServerDatabase(): Promise<string> {
  const base = inject('pgUrl');
  const admin = await openPostgres(base, { max: 1 });
  const name = `luutru_t${process.pid}_${n++}_${Math.random().toString(36).slice(2, 8)}`;
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  return base.replace(/\/[^/]*$/, `/${name}`);
}

export const ENGINES: readonly Engine[] = [
  { name: 'PGlite', open: () => openPglite() },
  { name: 'PostgreSQL', open: async () => openPostgres(await freshServerDatabase()) },
];

const TABLES = 'records, held_claims, ownership, received_bundles, bundle_archive, trusted_keys, revoked_keys, key_rotations, custody, forks, origin_stats, journal, archive_settings, search_words';

/** Empties the archive (keeps the schema) and sets it up as the province archive. */
export async function resetArchive(db: ArchiveDb, unit: { name: string; adminCode: string } = { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', adminCode: '33' }): Promise<ArchiveUnit> {
  await db.exec(`TRUNCATE ${TABLES} RESTART IDENTITY`);
  return initUnit(db, { ...unit, parentName: 'Sở Nội vụ tỉnh Hưng Yên' });
}

/** A migrated, set-up archive on an engine. */
export async function openArchive(engine: Engine): Promise<{ db: ArchiveDb; unit: ArchiveUnit }> {
  const db = await engine.open();
  await migrate(db);
  return { db, unit: await resetArchive(db) };
}

/** The archive's records and held claims, as a memory state (to compare digests). */
export async function pgAsMemory(db: ArchiveDb, unitId: string, seen: MemoryState['seen']): Promise<MemoryState> {
  const live = new Map(REPLICATED_TABLES.map((t) => [t, new Map<string, BundleRecord>()] as const));
  for (const r of await db.query<{ tbl: (typeof REPLICATED_TABLES)[number]; body: BundleRecord }>('SELECT tbl, body FROM records')) live.get(r.tbl)!.set(r.body.id, r.body);
  const held = new Map<string, HeldClaim>();
  for (const r of await db.query<Parameters<typeof heldOfRow>[0]>('SELECT * FROM held_claims')) {
    const h = heldOfRow(r);
    held.set(`${h.table}\u0000${h.id}\u0000${h.origin}`, h);
  }
  return { receiverUnitId: unitId, live, held, owners: new Map(), seen };
}


/** Imports into the archive as a person would: trust each new key shown, then apply. */
export async function archiveImportAll(db: ArchiveDb, files: readonly ImportFile[]): Promise<void> {
  let p = await prepareArchiveImport(db, files);
  for (const f of p.receipt.files) for (const c of f.confirmations ?? []) await trustKey(db, { unitId: c.origin.unitId, originName: c.origin.name, adminCode: c.origin.adminCode, jwk: c.signerKey, confirmedBy: 'Trần Văn Bình', confirmedAs: c.kind });
  p = await prepareArchiveImport(db, files);
  await applyArchiveImport(db, p, 'Trần Văn Bình');
}
