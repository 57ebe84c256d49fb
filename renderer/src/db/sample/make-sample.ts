/**
 * The try-out profile ("Dùng thử với xã mẫu"), written through the app's own
 * repositories so it looks exactly like a clerk's data: a commune with a year of
 * registers (a few hundred entries), last year's file plan with closed, numbered and
 * boxed dossiers, this year's plan and a backlog processing job. The archive profile
 * receives such a commune as a real signed bundle (made in a side database, exported,
 * verified, trusted and imported). Marked as sample first, so even a half-made sample
 * is shown and removed as one; removal empties every table in one transaction.
 */
import { Dexie } from 'dexie';
import { AppError } from '../../core/errors';
import { isoDate } from '../../core/format';
import { sampleFilePlan, sampleIncoming, sampleOutgoing, sampleSetup, seededRng, type Rng } from '../../core/sample/generate';
import type { DossierFields } from '../../core/dossiers/types';
import type { DepositBatch } from '../../core/duties/types';
import { depositBasis } from '../../core/duties/deposit';
import { loadStarterSchedule } from '../repositories/retention-repository';
import type { Session } from '../changes';
import { openDb, type LuutruDb } from '../schema';
import { guardStorage } from '../storage-errors';
import { completeSetup, getLocalUnitId, listFonds } from '../repositories/unit-repository';
import { ensureYearRegisters, listIssuingBodies } from '../repositories/register-repository';
import { importIncomingRows, importOutgoingRows } from '../repositories/register-import-repository';
import { boxNumberedDossiers, closeDossier, listDossiers, numberDossiers, saveDossier, saveProcessingJob } from '../repositories/dossier-repository';
import { createDepositBatch, recordDepositReceipt } from '../repositories/deposit-repository';
import { saveScheme } from '../repositories/processing-repository';
import { saveSlip } from '../repositories/slip-repository';
import { schemeFromPlan } from '../../core/processing/scheme';
import { newId } from '../../core/ids';
import { exportBundle } from '../exchange/export';
import { applyImport, prepareImport } from '../exchange/import';
import { trustKey } from '../exchange/keys';
import { SAMPLE_KEY, isSampleProfile, type SampleMark } from './sample-flag';

export type SampleOptions = { readonly profile: 'commune' | 'archive'; readonly now?: Date; readonly seed?: number; readonly onProgress?: (done: number, total: number) => void };

const OPERATOR = 'Cán bộ dùng thử';
const STEPS = 7;

export async function createSampleProfile(db: LuutruDb, options: SampleOptions): Promise<void> {
  if (await getLocalUnitId(db)) throw new AppError('setup.alreadyDone');
  const now = options.now ?? new Date();
  const seed = options.seed ?? 2026;
  const mark: SampleMark = { createdAt: now.toISOString(), profile: options.profile, seed };
  await guardStorage(() => db.settings.put({ key: SAMPLE_KEY, value: mark }));
  const progress = (done: number) => options.onProgress?.(done, STEPS);
  if (options.profile === 'commune') {
    await fillCommune(db, seed, now, progress);
    return;
  }
  const archive = await completeSetup(db, sampleSetup('province-archive', now.getFullYear()), now);
  // A sample commune made in a side database and sent here as a real signed bundle.
  const sideName = `${db.name}-sample-commune`;
  await Dexie.delete(sideName);
  const side = await openDb(sideName);
  let files;
  let deposited: DepositBatch[];
  try {
    deposited = await fillCommune(side, seed, now, (d) => progress(Math.min(d, STEPS - 1)));
    files = (await exportBundle(side, { kind: 'full', operator: OPERATOR, now })).files;
  } finally {
    side.close();
    await Dexie.delete(sideName);
  }
  let prepared = await prepareImport(db, files, archive.id);
  for (const f of prepared.receipt.files)
    for (const c of f.confirmations ?? [])
      await trustKey(db, { unitId: c.origin.unitId, originName: c.origin.name, adminCode: c.origin.adminCode, jwk: c.signerKey, confirmedBy: OPERATOR, confirmedAs: c.kind, note: 'dữ liệu dùng thử, không đối chiếu 10 từ' });
  prepared = await prepareImport(db, files, archive.id);
  await applyImport(db, prepared, OPERATOR, now);
  // The commune's deposit arrived and was checked: its files are the archive's to lend (the others stay data only).
  const session: Session = { unitId: archive.id, operator: OPERATOR };
  for (const batch of deposited)
    await recordDepositReceipt(db, session, batch.id, { receivedDate: isoDate(now), receiverName: OPERATOR, receiverPosition: 'Lưu trữ viên', dossierCount: batch.dossierCount, condition: 'Đủ hồ sơ, tài liệu còn tốt', note: 'dữ liệu dùng thử' });
  progress(STEPS);
}

/** A sample commune; gives the deposit batches it made. */
async function fillCommune(db: LuutruDb, seed: number, now: Date, progress: (done: number) => void): Promise<DepositBatch[]> {
  const year = now.getFullYear();
  const today = isoDate(now);
  const rng = seededRng(seed);
  const unit = await completeSetup(db, sampleSetup('commune', year), now);
  const session: Session = { unitId: unit.id, operator: OPERATOR };
  const fonds = (await listFonds(db, unit.id))[0]!;
  // The starter retention schedule (marked "cần kiểm tra"), so a trainee's new dossier is offered its period (it said
  // "Chưa có bảng thời hạn bảo quản áp dụng cho năm …").
  await loadStarterSchedule(db, session);
  progress(1);
  const registers = await ensureYearRegisters(db, session, year, now);
  const incoming = registers.find((r) => r.kind === 'incoming')!;
  // The outgoing documents are the People's Committee's (QĐ-UBND, UBND-VP…): in its register, the one the page opens.
  const ubnd = (await listIssuingBodies(db, unit.id)).find((b) => b.abbreviation === 'UBND');
  const outgoing = registers.find((r) => r.kind === 'outgoing' && r.issuingBodyId === ubnd?.id) ?? registers.find((r) => r.kind === 'outgoing')!;
  const nIn = 320;
  const nOut = 140;
  await importIncomingRows(db, session, incoming.id, Array.from({ length: nIn }, (_, i) => ({ rowNumber: i + 1, input: sampleIncoming(rng, i, nIn, year, today) })), { today, fileName: 'dữ liệu dùng thử (xã mẫu)' });
  progress(2);
  await importOutgoingRows(db, session, outgoing.id, Array.from({ length: nOut }, (_, i) => ({ rowNumber: i + 1, input: sampleOutgoing(rng, i, nOut, year, today) })), { today, fileName: 'dữ liệu dùng thử (xã mẫu)' });
  progress(3);
  // Last year's file plan: most dossiers closed, numbered into two inventories and boxed.
  const last = year - 1;
  const counters = new Map<string, number>();
  const ids: { id: string; closed: boolean }[] = [];
  for (const [i, d] of sampleFilePlan(rng, 24, last).entries()) {
    const n = (counters.get(d.headingCode) ?? 0) + 1;
    counters.set(d.headingCode, n);
    const saved = await saveDossier(db, session, dossierFields(unit.id, fonds.id, last, d, `${String(n).padStart(2, '0')}.${d.headingCode}`));
    ids.push({ id: saved.id, closed: i % 4 !== 3 });
  }
  progress(4);
  for (const [i, d] of ids.entries())
    if (d.closed) await closeDossier(db, session, d.id, { sheetCount: 20 + ((i * 37) % 180), startDate: `${last}-0${1 + (i % 6)}-0${1 + (i % 9)}`, endDate: `${last}-1${i % 3}-2${i % 8}` }, today);
  const closed = ids.filter((d) => d.closed).map((d) => d.id);
  await numberDossiers(db, session, { fondsId: fonds.id, ids: closed, order: 'heading-time', inventories: { permanent: 1, fixedTerm: 2 } });
  await boxNumberedDossiers(db, session, fonds.id, 300);
  // Last year's permanent files went to the province archive today (nộp lưu): what the archive sample receives and lends.
  const permanent = (await listDossiers(db, fonds.id)).filter((d) => d.year === last && d.inventoryNumber === 1 && d.boxId !== undefined).map((d) => d.id);
  const batches: DepositBatch[] = [];
  if (permanent.length > 0) batches.push(await createDepositBatch(
    db,
    session,
    {
      fondsId: fonds.id,
      destination: 'historical',
      number: '01/BB-UBND',
      name: `Hồ sơ bảo quản vĩnh viễn năm ${last}`,
      date: today,
      basis: depositBasis(today, false).join('\n'),
      // Straight into the historical archive the commune hands over; the archive's own archivist receives (it named the
      // commune's office and, on the receiving side, the commune's clerk).
      giverUnit: unit.name,
      giverName: OPERATOR,
      giverPosition: 'Công chức Văn phòng - Thống kê',
      receiverArchive: sampleSetup('province-archive', year).unit.name,
      receiverName: 'Phạm Thu Hà',
      receiverPosition: 'Lưu trữ viên',
      condition: 'Tài liệu còn tốt',
      note: 'dữ liệu dùng thử',
    },
    permanent,
    today,
  ));
  progress(5);
  // This year's plan, still open.
  const now2 = new Map<string, number>();
  for (const d of sampleFilePlan(rng, 12, year)) {
    const n = (now2.get(d.headingCode) ?? 0) + 1;
    now2.set(d.headingCode, n);
    await saveDossier(db, session, dossierFields(unit.id, fonds.id, year, d, `${String(n).padStart(2, '0')}.${d.headingCode}`));
  }
  progress(6);
  const job = await saveProcessingJob(db, session, {
    unitId: unit.id,
    fondsId: fonds.id,
    name: `Chỉnh lý tài liệu tồn đọng giai đoạn ${year - 12}-${year - 6}`,
    // Received and begun: nothing processed or discarded so far, a scheme and the first slips to learn from.
    receivedMetres: 12,
    processedMetres: 0,
    discardedMetres: 0,
    status: 'open',
    startDate: `${year}-0${1 + (now.getMonth() % 9)}-01`,
    note: '',
  });
  await sampleBacklogSlips(db, session, job.id, rng, year, today);
  progress(STEPS);
  return batches;
}

/**
 * The processing job's worked example (a clerk learning from the sample saw an empty job: no scheme,
 * no slip): a scheme copied from the plan's headings and a dozen slips of the backlog years typed
 * under it — one set aside as a duplicate — so the slip list, the progress and the next steps have
 * something to show. Nothing numbered or boxed: that is left to try.
 */
async function sampleBacklogSlips(db: LuutruDb, session: Session, jobId: string, rng: Rng, year: number, today: string): Promise<void> {
  const scheme = schemeFromPlan(sampleFilePlan(rng, 4, year - 10), newId);
  await saveScheme(db, session, jobId, scheme, today);
  const nodeOf = new Map(scheme.map((n) => [n.code, n.id]));
  const slips = [0, 1, 2, 3].flatMap((k) => sampleFilePlan(rng, 3, year - 12 + 2 * k));
  for (const [i, d] of slips.entries()) {
    const y = year - 12 + 2 * Math.floor(i / 3);
    await saveSlip(
      db,
      session,
      jobId,
      {
        classId: nodeOf.get(d.headingCode),
        title: d.title,
        startDate: `${y}-01-01`,
        endDate: `${y}-12-31`,
        startPrecision: 'year',
        endPrecision: 'year',
        retention: d.retention,
        language: 'Tiếng Việt',
        access: 'open',
        condition: i % 5 === 4 ? 'Giấy ố vàng, mép rách' : 'Tốt',
        note: '',
        sheetCount: 12 + ((i * 29) % 140),
        ...(i === slips.length - 1 ? { discardReason: 'duplicate' as const, discardBundle: 1 } : {}),
      },
      today,
    );
  }
}

function dossierFields(unitId: string, fondsId: string, year: number, d: ReturnType<typeof sampleFilePlan>[number], notation: string): DossierFields {
  return { unitId, fondsId, year, heading: d.heading, headingCode: d.headingCode, notation, title: d.title, retention: d.retention, keeper: d.keeper, status: 'open', access: 'open', language: 'Tiếng Việt', condition: '', note: '', source: 'plan' };
}

/** Removes the sample completely: every table emptied in one transaction (a fresh profile). */
export async function removeSampleProfile(db: LuutruDb): Promise<void> {
  if (!(await isSampleProfile(db))) throw new AppError('sample.notSample');
  await guardStorage(() => db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear()))));
}
