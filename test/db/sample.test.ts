// The try-out profile in Node: a realistic sample commune (and an archive that received
// one as a real signed bundle), marked as sample, refused by export, removed in one step
// leaving the database exactly as a fresh profile's.
import { describe, expect, it } from 'vitest';
import { openDb } from '../../renderer/src/db/schema';
import { createSampleProfile, removeSampleProfile } from '../../renderer/src/db/sample/make-sample';
import { isSampleProfile } from '../../renderer/src/db/sample/sample-flag';
import { exportBundle } from '../../renderer/src/db/exchange/export';
import { assertImportAllowed } from '../../renderer/src/db/exchange/import';
import { getLocalUnit } from '../../renderer/src/db/repositories/unit-repository';
import { listIssuingBodies } from '../../renderer/src/db/repositories/register-repository';
import { AppError } from '../../renderer/src/core/errors';
import { foreignRecords } from '../../renderer/src/db/repositories/foreign-repository';
import { databaseDigest } from '../helpers/db-digest';
import vocabulary from '../../renderer/src/core/sample/vocabulary.json';
import { lenderOf } from '../../renderer/src/db/repositories/loan-repository';
import { notLendableYet } from '../../renderer/src/core/duties/loans';
import type { Dossier } from '../../renderer/src/core/dossiers/types';

const now = new Date('2026-11-20T09:00:00');

describe('sample commune', () => {
  it('fills a year of registers, a file plan with closed, numbered and boxed dossiers and a processing job', async () => {
    const db = await openDb('sample-1');
    const steps: number[] = [];
    await createSampleProfile(db, { profile: 'commune', now, onProgress: (d) => steps.push(d) });
    expect(await isSampleProfile(db)).toBe(true);
    expect((await getLocalUnit(db))?.name).toContain('dữ liệu dùng thử');
    expect(await db.incomingDocs.count()).toBe(320);
    // Sent by the province and the commune's own bodies (no district since July 2025), each ký hiệu naming its sender.
    const incoming = await db.incomingDocs.toArray();
    expect(incoming.filter((d) => /huyện|Thái Bình/.test(`${d.sender} ${d.summary}`)).map((d) => [d.sender, d.summary])).toEqual([]);
    expect((await db.outgoingDocs.toArray()).filter((d) => /huyện/.test(d.summary)).map((d) => d.summary)).toEqual([]);
    expect(incoming.filter((d) => !d.notation.includes(vocabulary.issuerAbbreviations[d.sender as keyof typeof vocabulary.issuerAbbreviations])).map((d) => [d.sender, d.notation])).toEqual([]);
    expect(await db.outgoingDocs.count()).toBe(140);
    // The People's Committee's documents, in its register (the one the outgoing page opens), not the council's.
    const ubnd = (await listIssuingBodies(db, (await getLocalUnit(db))!.id)).find((b) => b.abbreviation === 'UBND')!;
    const ubndRegister = (await db.registers.toArray()).find((r) => r.kind === 'outgoing' && r.issuingBodyId === ubnd.id)!;
    expect(await db.outgoingDocs.where('registerId').equals(ubndRegister.id).count()).toBe(140);
    const dossiers = await db.dossiers.toArray();
    expect(dossiers.filter((d) => d.jobId === undefined).length).toBe(36);
    // Titles read as a clerk writes them: the year said once, no "Hồ sơ danh mục hồ sơ".
    expect(dossiers.map((d) => d.title).filter((x) => /năm năm|năm \d{4} năm \d{4}|Hồ sơ danh mục/.test(x))).toEqual([]);
    expect(dossiers.filter((d) => d.status === 'closed' && d.fileNumber !== undefined && d.boxId !== undefined).length).toBe(18);
    expect(new Set(dossiers.filter((d) => d.inventoryNumber).map((d) => d.inventoryNumber))).toEqual(new Set([1, 2]));
    // Last year's permanent files were deposited today (the archive sample receives and lends them); the others stay.
    const batches = await db.depositBatches.toArray();
    expect(batches.map((b) => [b.name, b.date, b.dossierCount])).toEqual([['Hồ sơ bảo quản vĩnh viễn năm 2025', '2026-11-20', dossiers.filter((d) => d.inventoryNumber === 1).length]]);
    expect(dossiers.filter((d) => d.depositBatchId !== undefined).every((d) => d.inventoryNumber === 1 && d.year === 2025)).toBe(true);
    expect(await db.boxes.count()).toBeGreaterThan(1);
    // The starter retention schedule is loaded, marked to be checked: a new dossier is offered its period.
    expect((await db.retentionSchedules.toArray()).map((r) => [r.version, r.verified])).toEqual([['mẫu-1', false]]);
    expect(await db.processingJobs.count()).toBe(1);
    // The backlog job is begun, nothing processed yet (the dossiers page's backlog tab said 7,5 m processed, 63 %):
    // a scheme from the plan's headings and a dozen slips typed under it, one set aside as a duplicate — a worked
    // example to learn from (the job was empty).
    const [job] = await db.processingJobs.toArray();
    const slips = dossiers.filter((d) => d.jobId === job!.id);
    expect([job!.receivedMetres, job!.processedMetres, job!.discardedMetres, slips.length]).toEqual([12, 0, 0, 12]);
    expect([job!.stage, job!.scheme?.length]).toEqual(['slips', 4]);
    expect(slips.every((s) => job!.scheme!.some((n) => n.id === s.classId))).toBe(true);
    expect(slips.filter((s) => s.discardReason).map((s) => s.discardReason)).toEqual(['duplicate']);
    expect(slips.filter((s) => s.fileNumber !== undefined || s.boxId !== undefined)).toEqual([]);
    expect(steps.at(-1)).toBe(7);
    // Never exported upward.
    await expect(exportBundle(db, { kind: 'full', operator: 'x' })).rejects.toMatchObject({ code: 'export.sampleData' });
    expect(await db.exportLog.count()).toBe(0);
  }, 60_000);

  it('is the same data for the same seed', async () => {
    const a = await openDb('sample-2a');
    const b = await openDb('sample-2b');
    await createSampleProfile(a, { profile: 'commune', now });
    await createSampleProfile(b, { profile: 'commune', now });
    const summaries = async (db: typeof a) => (await db.incomingDocs.orderBy('[registerId+arrivalNumber]').toArray()).map((d) => `${d.arrivalNumber} ${d.sender} ${d.summary}`);
    expect(await summaries(a)).toEqual(await summaries(b));
  }, 60_000);

  it('is removed completely in one step: the database is a fresh profile’s again', async () => {
    const fresh = await openDb('sample-3-fresh');
    const db = await openDb('sample-3');
    await createSampleProfile(db, { profile: 'commune', now });
    await removeSampleProfile(db);
    expect(await databaseDigest(db)).toBe(await databaseDigest(fresh));
    await expect(removeSampleProfile(db)).rejects.toBeInstanceOf(AppError);
  }, 60_000);
});

describe('sample archive', () => {
  it('has received a sample commune’s signed bundle, with its key trusted', async () => {
    const db = await openDb('sample-4');
    await createSampleProfile(db, { profile: 'archive', now });
    const unit = await getLocalUnit(db);
    expect(unit?.level).toBe('province-archive');
    expect(await db.receivedBundles.count()).toBe(1);
    expect(await db.trustedKeys.count()).toBe(1);
    // The key list says it was not compared: a sample, not a key a person checked.
    expect((await db.trustedKeys.toArray())[0]?.note).toBe('dữ liệu dùng thử, không đối chiếu 10 từ');
    const docs = await foreignRecords(db, 'incomingDocs');
    expect(docs.length).toBe(320);
    expect(docs.every((d) => d.origin !== unit!.id)).toBe(true);
    // The plan's 36 dossiers and the processing job's 12 slips.
    expect((await foreignRecords(db, 'dossiers')).length).toBe(48);
    // Its deposit was received, so the archive lends the files deposited and only those (the loan picker greys the rest).
    const lender = await lenderOf(db, unit!.id);
    const received = (await foreignRecords(db, 'dossiers')) as unknown as Dossier[];
    const why = received.filter((d) => !d.deleted).map((d) => notLendableYet(d, lender, '2026-11-20') ?? 'lendable');
    expect(why.filter((w) => w === 'lendable').length).toBe(received.filter((d) => d.depositBatchId !== undefined).length);
    expect(why.filter((w) => w === 'lendable').length).toBeGreaterThan(0);
    expect(new Set(why)).toEqual(new Set(['lendable', 'notDeposited', 'open', 'processing']));
    expect(await isSampleProfile(db)).toBe(true);
    // A person's import is refused: removing the sample clears the profile, a real unit's data with it.
    await expect(assertImportAllowed(db)).rejects.toMatchObject({ code: 'import.sampleData' });
    await expect(assertImportAllowed(await openDb('sample-4-real'))).resolves.toBeUndefined();
  }, 90_000);
});
