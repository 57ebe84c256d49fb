// The province archive shows its units' statistics reports and duties as the app does: a commune
// seeded with a known year (its deposit batches, appraisal, loans and a final 2025 report) exported
// once (and a second commune seeded alike, whose report is not final), imported into the app's IndexedDB and into PostgreSQL (PGlite and a real server); both give
// the same reports side by side, the same years, and the same deposits, destructions and loans.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveStatReports, archiveUnitDuties } from '../../renderer/src/archive/reads';
import type { ArchiveDb } from '../../renderer/src/archive/sql';
import { NO_DUTIES } from '../../renderer/src/core/duties/upper-duties';
import { openDb } from '../../renderer/src/db/schema';
import { indexedDbUpperApi } from '../../renderer/src/upper-api/indexeddb';
import type { UpperLevelApi } from '../../renderer/src/upper-api/types';
import { seededExport, thuyLienSetup } from '../fixtures/duties-seed';
import { archiveImportAll, ENGINES, openArchive } from '../helpers/archive-db';
import { importAndApply, upper } from '../helpers/exchange-units';

const NOW = new Date('2026-02-01T00:00:00Z');
let files: { name: string; data: Uint8Array }[];
let communeId: string;
/** A second commune seeded alike, with no report made final: its duties are its own, not added to the first's. */
let secondId: string;
let app: UpperLevelApi;

beforeAll(async () => {
  const first = await seededExport(await openDb('archive-duties-seed'));
  const second = await seededExport(await openDb('archive-duties-seed-2'), { setup: thuyLienSetup('12399'), final: false });
  [communeId, secondId] = [first.unitId, second.unitId];
  files = [...first.files, ...second.files];
  const up = await upper();
  await importAndApply(up, files);
  app = indexedDbUpperApi(up.db, { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: '' }, up.session);
});

describe.each(ENGINES)('the units’ reports and duties at the archive ($name)', (engine) => {
  let db: ArchiveDb;
  beforeAll(async () => {
    ({ db } = await openArchive(engine));
    await archiveImportAll(db, files);
  });
  afterAll(async () => db?.close());

  it('the final 2025 report side by side, the newest year first shown, as the app shows it', async () => {
    const mine = await archiveStatReports(db, undefined, NOW);
    expect([mine.years, mine.year]).toEqual([[2025], 2025]);
    expect(mine.reports.map((r) => [r.unitName, r.adminCode, r.report.values.dossiersFormed, r.report.values.staffTotal, r.issues.length])).toEqual([['Ủy ban nhân dân xã Thụy Hải', '12345', 5, 2, 0]]);
    const theirs = await app.statReports();
    expect(mine.reports).toEqual(theirs.reports);
    // The printed report's header names the archive itself.
    expect([mine.unit.name, mine.unit.parentName]).toEqual(['Lưu trữ lịch sử tỉnh Hưng Yên', 'Sở Nội vụ tỉnh Hưng Yên']);
    // A year asked for that no unit reported: that year, nothing in it, the years received still listed.
    const none = await archiveStatReports(db, 2024, NOW);
    expect([none.years, none.year, none.reports]).toEqual([[2025], 2024, []]);
    expect((await app.statReports(2024)).reports).toEqual([]);
  });

  it('each unit’s deposits, destructions and loans, as the app counts them; a unit not received has none', async () => {
    const mine = await archiveUnitDuties(db);
    expect(Object.keys(mine).sort()).toEqual([communeId, secondId].sort());
    // Each its own, not the two added up.
    for (const id of [communeId, secondId]) expect(mine[id]).toEqual({ depositBatches: 2, dossiersToCurrent: 0, dossiersToHistorical: 3, receivedBatches: 0, destroyedDossiers: 1, loans: 4, openLoans: 1 });
    expect(mine).toEqual(await app.unitDuties([communeId, secondId]));
    expect(await archiveUnitDuties(db, ['not-received'])).toEqual({ 'not-received': NO_DUTIES });
    // Of the reports' year: the 2025 batch (its one dossier), the dossier destroyed in 2025, the three loans of 2025 (one
    // still out); the batch of January 2026 and the loan of 2024 left out. The same from both stores.
    const of2025 = await archiveUnitDuties(db, undefined, 2025);
    for (const id of [communeId, secondId]) expect(of2025[id]).toEqual({ depositBatches: 1, dossiersToCurrent: 0, dossiersToHistorical: 1, receivedBatches: 0, destroyedDossiers: 1, loans: 3, openLoans: 1 });
    expect(of2025).toEqual(await app.unitDuties([communeId, secondId], 2025));
    const of2026 = await archiveUnitDuties(db, [communeId], 2026);
    expect(of2026[communeId]).toEqual({ depositBatches: 1, dossiersToCurrent: 0, dossiersToHistorical: 2, receivedBatches: 0, destroyedDossiers: 0, loans: 0, openLoans: 0 });
    expect(of2026).toEqual(await app.unitDuties([communeId], 2026));
  });
});
