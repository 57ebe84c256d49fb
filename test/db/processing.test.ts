// A processing job in the database: slips typed with temporary numbers and places, bad input
// refused at the right field with nothing written, split and merge, discards, ordering and
// keyboard moves, numbering in the job's order across jobs, boxing and shelving, documents
// inside a dossier linked to a register entry, the final report, and the job travelling to
// the upper level in a bundle.
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import { completeSetup, listFonds } from '../../renderer/src/db/repositories/unit-repository';
import { deleteDossier, DossierInvalidError, saveDossier, saveProcessingJob } from '../../renderer/src/db/repositories/dossier-repository';
import { checkFigures, countSlips, deleteSlip, jobSlips, mergeSlips, saveSlip, setChecked, setDiscard, slipByTempNumber, slipWindow, splitSlip, type SlipInput } from '../../renderer/src/db/repositories/slip-repository';
import { applyJobOrder, boxJob, jobBoxes, jobProgressOf, moveSlip, moveSlipToHeading, numberAndBoxJob, numberJob, placeBoxes, previewJobNumbering, previewJobOrder, processingPrintData, saveJob, saveReport, saveScheme, setStage } from '../../renderer/src/db/repositories/processing-repository';
import { docRowsOf, listDocs, moveDoc, removeDoc, saveDoc, searchRegisterEntries } from '../../renderer/src/db/repositories/dossier-doc-repository';
import { ensureYearRegisters } from '../../renderer/src/db/repositories/register-repository';
import { registerIncoming, registerOutgoing } from '../../renderer/src/db/repositories/entry-repository';
import { emptyOutgoingInput } from '../../renderer/src/core/registers/types';
import { exportBundle } from '../../renderer/src/db/exchange/export';
import { applyImport, prepareImport } from '../../renderer/src/db/exchange/import';
import { trustKey } from '../../renderer/src/db/exchange/keys';
import type { Session } from '../../renderer/src/db/changes';
import type { Box, Dossier, ProcessingJob, ProcessingJobFields } from '../../renderer/src/core/dossiers/types';
import { foreignRecord, foreignRecords } from '../../renderer/src/db/repositories/foreign-repository';
import type { ClassNode } from '../../renderer/src/core/processing/types';
import { thuyHaiSetup } from '../fixtures/setup-input';
import { seededRng } from '../fixtures/generate';
import { formatDate } from '../../renderer/src/core/format';
import { formatNumber } from '../../renderer/src/core/registers/numbering';
import { generateIncomingDocFields } from '../fixtures/generate-registers';
import { databaseDigest } from '../helpers/db-digest';
import { closingJob, slipsJob } from '../../renderer/src/features/processing/print-jobs';

const TODAY = '2026-11-20';
let n = 0;
let db: LuutruDb;
let session: Session;
let fondsId: string;

// Scheme ids are UUIDs as the app makes them (bundles check them).
const C = { th: '0190aaaa-0000-7000-8000-00000000c001', qd: '0190aaaa-0000-7000-8000-00000000c002', vt: '0190aaaa-0000-7000-8000-00000000c003' };
const SCHEME: ClassNode[] = [
  { id: C.th, title: 'Tổng hợp', code: 'TH' },
  { id: C.qd, parentId: C.th, title: 'Quyết định của Ủy ban nhân dân xã', retention: 'permanent' },
  { id: C.vt, title: 'Văn thư, lưu trữ', code: 'VT' },
];

function intake(over: Partial<ProcessingJobFields> = {}): ProcessingJobFields {
  return {
    unitId: session.unitId,
    fondsId,
    name: 'Chỉnh lý tài liệu tồn đọng giai đoạn 1995–2005',
    receivedMetres: 12.5,
    processedMetres: 0,
    discardedMetres: 0,
    status: 'open',
    note: '',
    intakeDate: '2026-03-02',
    receivedBundles: 48,
    receivedBoxes: 0,
    intakeCondition: 'Tài liệu bó gói, bụi bẩn, một số bị ẩm mốc',
    receivedFrom: 'Kho tầng 1, trụ sở UBND xã',
    handedOverBy: 'Phạm Văn Hùng',
    handedOverRole: 'Chánh Văn phòng',
    receivedBy: 'Nguyễn Thị Lan',
    receivedByRole: 'Lưu trữ viên',
    scheme: SCHEME,
    ...over,
  };
}

function slip(i: number, over: Partial<SlipInput> = {}): SlipInput {
  return {
    classId: i % 2 ? C.qd : C.vt,
    title: `Tập hồ sơ số ${i} về công tác của Ủy ban nhân dân xã`,
    startDate: `${1995 + (i % 10)}-01-01`,
    endDate: `${1995 + (i % 10)}-12-31`,
    startPrecision: 'year',
    endPrecision: 'year',
    retention: i % 2 ? 'permanent' : 10,
    language: 'Tiếng Việt',
    access: 'open',
    condition: 'Tốt',
    note: '',
    sheetCount: 20 + i,
    ...over,
  };
}

let job: ProcessingJob;
beforeEach(async () => {
  db = await openDb(`processing-${n++}`);
  const unit = await completeSetup(db, thuyHaiSetup);
  session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
  fondsId = (await listFonds(db, unit.id))[0]!.id;
  job = await saveJob(db, session, intake(), TODAY);
});

async function typeSlips(count: number, jobId = job.id): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) ids.push((await saveSlip(db, session, jobId, slip(i), TODAY)).id);
  return ids;
}

describe('typing slips', () => {
  it('gives each slip the next temporary number and place, its heading from the scheme and its year from the period', async () => {
    await typeSlips(3);
    const slips = await jobSlips(db, job.id);
    expect(slips.map((s) => [s.tempNumber, s.position, s.heading, s.year, s.source, s.status, s.enteredOn])).toEqual([
      [1, 1, 'I. Tổng hợp', 1996, 'backlog', 'open', TODAY],
      [2, 2, 'II. Văn thư, lưu trữ', 1997, 'backlog', 'open', TODAY],
      [3, 3, 'I. Tổng hợp', 1998, 'backlog', 'open', TODAY],
    ]);
    expect(await countSlips(db, job.id)).toBe(3);
    expect((await slipWindow(db, job.id, 2, 3)).map((s) => s.tempNumber)).toEqual([2, 3]);
    expect((await slipByTempNumber(db, job.id, 2))?.title).toContain('số 2');
    expect((await db.processingJobs.get(job.id))?.stage).toBe('slips');
  });

  it.each<[string, Partial<SlipInput>, [string, string][]]>([
    ['without a title', { title: '  ' }, [['title', 'slip.titleRequired']]],
    ['without a period', { startDate: undefined, endDate: undefined }, [['period', 'slip.periodRequired']]],
    ['without a retention', { retention: 0 as never }, [['retention', 'slip.retentionRequired']]],
    ['ending before it starts', { startDate: '2001-01-01', endDate: '1999-12-31' }, [['period', 'dossier.endBeforeStart']]],
    ['in a heading not in the scheme', { classId: 'c-gone' }, [['classId', 'slip.classUnknown']]],
    ['in another fonds', { fondsId: 'another-fonds' }, [['fondsId', 'slip.otherFonds']]],
  ])('refuses a slip %s at that field and writes nothing', async (_, over, issues) => {
    await typeSlips(1);
    const before = await databaseDigest(db);
    const input = { ...slip(2), ...over } as SlipInput;
    const err = await saveSlip(db, session, job.id, input, TODAY).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DossierInvalidError);
    expect((err as DossierInvalidError).issues.map((i) => [i.field, i.code])).toEqual(issues);
    expect(await databaseDigest(db)).toBe(before);
  });

  it('refuses moving a slip to another fonds on correction; corrects it otherwise, keeping its numbers', async () => {
    const [id] = await typeSlips(2);
    const before = await databaseDigest(db);
    const err = await saveSlip(db, session, job.id, { ...slip(1), fondsId: 'f-other' }, TODAY, id).catch((e: unknown) => e);
    expect((err as DossierInvalidError).issues).toEqual([{ field: 'fondsId', code: 'slip.otherFonds' }]);
    expect(await databaseDigest(db)).toBe(before);
    const fixed = await saveSlip(db, session, job.id, { ...slip(1), title: 'Tập quyết định năm 1996', classId: C.vt }, TODAY, id);
    expect([fixed.title, fixed.tempNumber, fixed.position, fixed.heading]).toEqual(['Tập quyết định năm 1996', 1, 1, 'II. Văn thư, lưu trữ']);
  });

  it('refuses a discard without a reason, and an "other" reason without a note; writes nothing', async () => {
    const [a] = await typeSlips(2);
    const before = await databaseDigest(db);
    await expect(setDiscard(db, session, job.id, [a!], '')).rejects.toMatchObject({ issues: [{ field: 'discardReason', code: 'slip.discardReasonRequired' }] });
    await expect(setDiscard(db, session, job.id, [a!], 'other')).rejects.toMatchObject({ issues: [{ field: 'note', code: 'slip.discardOtherNeedsNote' }] });
    expect(await databaseDigest(db)).toBe(before);
    await setDiscard(db, session, job.id, [a!], 'duplicate', { bundle: 3 });
    expect((await db.dossiers.get(a!))).toMatchObject({ discardReason: 'duplicate', discardBundle: 3 });
    await setDiscard(db, session, job.id, [a!], undefined);
    expect((await db.dossiers.get(a!))?.discardReason).toBeUndefined();
  });

  it('names the kept slips whose retention ran out, to be looked at again at the check (they were numbered and boxed without a word)', async () => {
    const [, second] = await typeSlips(4);
    // Slips 2 and 4: 1997 and 1999, kept 10 years; 1 and 3 permanent.
    expect((await checkFigures(db, job.id, 2026)).expired).toEqual([2, 4]);
    expect((await checkFigures(db, job.id, 2008)).expired).toEqual([2]);
    await setDiscard(db, session, job.id, [second!], 'expired');
    expect(await checkFigures(db, job.id, 2026)).toMatchObject({ expired: [4], discarded: 1 });
  });

  it('splits a slip into two standing side by side, and merges two back into one', async () => {
    const ids = await typeSlips(4);
    const part = await splitSlip(db, session, job.id, ids[1]!, { title: 'Phần tách: công văn năm 1997', startDate: '1997-06-01', endDate: '1997-12-31' }, TODAY);
    expect([part.tempNumber, part.position]).toEqual([5, 3]);
    expect((await jobSlips(db, job.id)).map((s) => s.tempNumber)).toEqual([1, 2, 5, 3, 4]);
    const merged = await mergeSlips(db, session, job.id, ids[1]!, part.id);
    expect([merged.startDate, merged.endDate, merged.sheetCount]).toEqual(['1997-01-01', '1997-12-31', 22]);
    expect((await jobSlips(db, job.id)).map((s) => [s.tempNumber, s.position])).toEqual([[1, 1], [2, 2], [3, 3], [4, 4]]);
    expect((await db.dossiers.get(part.id))).toMatchObject({ deleted: true, deletedReason: 'Gộp vào phiếu số 2' });
    // A temporary number once given is never given again.
    expect((await saveSlip(db, session, job.id, slip(9), TODAY)).tempNumber).toBe(6);
  });
});

describe('a job on the dossiers page', () => {
  it('updating its metres there keeps its intake, scheme and stage (they were wiped)', async () => {
    const before = (await db.processingJobs.get(job.id))!;
    await saveProcessingJob(db, session, { unitId: session.unitId, fondsId, name: before.name, receivedMetres: 12.5, processedMetres: 3, discardedMetres: 0.5, status: 'open', note: '' }, job.id);
    const after = (await db.processingJobs.get(job.id))!;
    expect(after.processedMetres).toBe(3);
    expect(after.discardedMetres).toBe(0.5);
    expect(after.stage).toBe(before.stage);
    expect(after.scheme).toEqual(SCHEME);
    expect(after.intakeDate).toBe('2026-03-02');
    expect(after.receivedBundles).toBe(48);
    expect(after.receivedBy).toBe('Nguyễn Thị Lan');
  });

  it('a job finished on the processing page cannot be changed there either', async () => {
    await setStage(db, session, job.id, 'done', TODAY);
    await expect(saveProcessingJob(db, session, { unitId: session.unitId, fondsId, name: job.name, receivedMetres: 12.5, processedMetres: 3, discardedMetres: 0, status: 'open', note: '' }, job.id)).rejects.toMatchObject({ code: 'job.closed' });
    expect((await db.processingJobs.get(job.id))!.status).toBe('done');
  });
});

describe('the classification scheme', () => {
  it('keeps a heading slips still use; renames follow on the next correction', async () => {
    const [id] = await typeSlips(1);
    const before = await databaseDigest(db);
    await expect(saveScheme(db, session, job.id, SCHEME.filter((n) => n.id !== C.qd), TODAY)).rejects.toMatchObject({ code: 'scheme.headingInUse', params: { temp: 1 } });
    expect(await databaseDigest(db)).toBe(before);
    const renamed = SCHEME.map((n) => (n.id === C.th ? { ...n, title: 'Tổng hợp, kế hoạch' } : n));
    await saveScheme(db, session, job.id, renamed, TODAY);
    const fixed = await saveSlip(db, session, job.id, slip(1), TODAY, id);
    expect(fixed.heading).toBe('I. Tổng hợp, kế hoạch');
  });
});

describe('ordering, numbering and boxing', () => {
  it('orders within the scheme after a preview, moves by keyboard, and numbers in that order', async () => {
    await typeSlips(6);
    const preview = await previewJobOrder(db, job.id, { order: 'heading-time' });
    expect(preview.moved).toBeGreaterThan(0);
    expect(await applyJobOrder(db, session, job.id, { order: 'heading-time' })).toBe(preview.moved);
    const ordered = await jobSlips(db, job.id);
    expect(ordered.map((s) => s.tempNumber)).toEqual([1, 3, 5, 2, 4, 6]);
    await moveSlip(db, session, job.id, ordered[1]!.id, 'up');
    // Slip 2 is the first of its heading: moving it up would cross into the heading above.
    await moveSlip(db, session, job.id, ordered[3]!.id, 'up');
    expect((await jobSlips(db, job.id)).map((s) => s.tempNumber)).toEqual([3, 1, 5, 2, 4, 6]);
    await moveSlipToHeading(db, session, job.id, ordered[5]!.id, C.qd);
    const moved = await jobSlips(db, job.id);
    expect(moved.map((s) => s.tempNumber)).toEqual([3, 1, 5, 6, 2, 4]);
    expect(moved[3]).toMatchObject({ classId: C.qd, heading: 'I. Tổng hợp' });

    const before = await databaseDigest(db);
    await expect(numberJob(db, session, job.id, { permanent: 1, fixedTerm: 2 }, TODAY)).rejects.toMatchObject({ code: 'processing.uncheckedSlips', params: { count: 6, list: '3, 1, 5, 6, 2, 4' } });
    expect(await databaseDigest(db)).toBe(before);
    await setChecked(db, session, job.id, moved.map((s) => s.id), true);
    const ranges = await numberJob(db, session, job.id, { permanent: 1, fixedTerm: 2 }, TODAY);
    // Slip 6 changed heading but kept its 10-year retention: it goes to the fixed-term inventory.
    expect([...ranges]).toEqual([[1, { from: 1, to: 3, count: 3 }], [2, { from: 1, to: 3, count: 3 }]]);
    expect((await jobSlips(db, job.id)).map((s) => `${s.tempNumber}→${s.inventoryNumber}/${s.fileNumber}`)).toEqual(['3→1/1', '1→1/2', '5→1/3', '6→2/1', '2→2/2', '4→2/3']);
    await expect(applyJobOrder(db, session, job.id, { order: 'time-heading' })).rejects.toMatchObject({ code: 'processing.orderAfterNumbering' });
  });

  it('a slip keeps who wrote it through corrections, the final numbering and the boxing by someone else: its printed slip and certificate name them', async () => {
    const [a, b] = await typeSlips(2);
    const other: Session = { ...session, operator: 'Phạm Văn Hùng' };
    // A correction by another archivist keeps who wrote the slip.
    await saveSlip(db, other, job.id, slip(1, { title: 'Tập quyết định của Ủy ban nhân dân xã năm 1996 (sửa)' }), TODAY, a!);
    await setChecked(db, other, job.id, [a!, b!], true);
    await numberAndBoxJob(db, other, job.id, { permanent: 1, fixedTerm: 2 }, 50, TODAY);
    const slips = await jobSlips(db, job.id);
    expect(slips.map((s) => [s.enteredBy, s.changedBy])).toEqual([['Nguyễn Thị Lan', 'Phạm Văn Hùng'], ['Nguyễn Thị Lan', 'Phạm Văn Hùng']]);
    const data = { ...(await processingPrintData(db, job.id)), operator: other.operator, date: new Date('2026-11-20') };
    const printed = slipsJob(data);
    if (printed.kind !== 'description-slips') throw new Error(printed.kind);
    expect(printed.input.slips.map((s) => s.preparer)).toEqual(['Nguyễn Thị Lan', 'Nguyễn Thị Lan']);
    const closing = closingJob(data);
    if (closing.kind !== 'closing-certificate') throw new Error(closing.kind);
    expect(closing.input.dossiers.map((d) => d.preparer)).toEqual(['Nguyễn Thị Lan', 'Nguyễn Thị Lan']);
    // A part split off is written by who split it.
    const part = await saveSlip(db, session, job.id, slip(3), TODAY).then((d) => splitSlip(db, other, job.id, d.id, { title: 'Phần tách ra' }, TODAY));
    expect(part.enteredBy).toBe('Phạm Văn Hùng');
  });

  it('a slip deleted leaves the job: numbering no longer waits for it, and once numbered its number stays unused and out of every figure', async () => {
    const ids = await typeSlips(6);
    // Deleted before numbering (on the Hồ sơ page, as a dossier): the job asked for it to be checked, for good.
    await deleteDossier(db, session, ids[1]!, 'Phiếu lập trùng');
    expect(await countSlips(db, job.id)).toBe(5);
    expect((await slipWindow(db, job.id, 1, 10)).map((s) => [s.position, s.tempNumber])).toEqual([[1, 1], [2, 3], [3, 4], [4, 5], [5, 6]]);
    await setChecked(db, session, job.id, (await jobSlips(db, job.id)).map((s) => s.id), true);
    await numberAndBoxJob(db, session, job.id, { permanent: 1, fixedTerm: 2 }, 50, TODAY);
    expect((await jobSlips(db, job.id)).map((s) => `${s.tempNumber}→${s.inventoryNumber}/${s.fileNumber}`)).toEqual(['1→1/1', '3→1/2', '4→2/1', '5→1/3', '6→2/2']);
    // Deleted after numbering — the highest number of its inventory (5 → 1/3): that hồ sơ số is not given again, and nothing counts or prints it.
    await deleteDossier(db, session, ids[4]!, 'Tài liệu của cơ quan khác, trả lại');
    const data = await processingPrintData(db, job.id);
    expect(data.slips.map((s) => s.tempNumber)).toEqual([1, 3, 4, 6]);
    expect((await jobProgressOf(db, job.id))?.slips).toBe(4);
    await saveSlip(db, session, job.id, slip(7), TODAY).then((d) => setChecked(db, session, job.id, [d.id], true));
    await numberJob(db, session, job.id, { permanent: 1, fixedTerm: 2 }, TODAY);
    expect((await jobSlips(db, job.id)).find((s) => s.tempNumber === 7)).toMatchObject({ inventoryNumber: 1, fileNumber: 4 });
    // Deleting it again from the processing screen is refused; nothing moves.
    await expect(deleteSlip(db, session, job.id, ids[4]!, 'lần nữa')).rejects.toMatchObject({ code: 'record.notFound' });
  });

  it('a slip deleted before deleted slips left the order keeps its place, and is passed over by deleting, merging and splitting the slips around it', async () => {
    const ids = await typeSlips(5);
    // As such a slip is stored: deleted, its place kept (slip 2 at place 2).
    const old = (await db.dossiers.get(ids[1]!))!;
    await db.dossiers.put({ ...old, deleted: true, deletedReason: 'Xóa ở trang Hồ sơ' });
    await deleteSlip(db, session, job.id, ids[0]!, 'Phiếu lập trùng');
    await mergeSlips(db, session, job.id, ids[2]!, ids[3]!);
    await splitSlip(db, session, job.id, ids[2]!, { title: 'Phần tách ra' }, TODAY);
    expect((await jobSlips(db, job.id)).map((s) => [s.position, s.tempNumber])).toEqual([[1, 3], [2, 6], [3, 5]]);
    expect((await slipWindow(db, job.id, 1, 10)).map((s) => s.tempNumber)).toEqual([3, 6, 5]);
  });

  it('continues the numbers of the file plan and of an earlier job, and boxes each job apart', async () => {
    const planned = await saveDossier(db, session, { unitId: session.unitId, fondsId, year: 2025, heading: 'I. TỔNG HỢP', headingCode: 'TH', notation: '01.TH', title: 'Tập lưu quyết định năm 2025', retention: 'permanent', keeper: '', status: 'closed', closedAt: '2026-01-05', startDate: '2025-01-02', endDate: '2025-12-30', sheetCount: 90, inventoryNumber: 1, fileNumber: 7, access: 'open', language: 'Tiếng Việt', condition: '', note: '', source: 'plan' });
    const first = await typeSlips(3);
    await setChecked(db, session, job.id, first, true);
    // Asked first: what the numbers will be, written nowhere — after the plan's file 7 in inventory 1, a new inventory 2.
    const digest = await databaseDigest(db);
    const preview = await previewJobNumbering(db, job.id, { permanent: 1, fixedTerm: 2 }, 2026);
    expect([[...preview.ranges], [...preview.last]]).toEqual([
      [[1, { from: 8, to: 9, count: 2 }], [2, { from: 1, to: 1, count: 1 }]],
      [[1, 7], [2, 0]],
    ]);
    // Said first too: the slips were never put in order, and slip 2 (1997, kept 10 years) is past its retention.
    expect([preview.unordered, preview.expired]).toEqual([true, [2]]);
    expect(await databaseDigest(db)).toBe(digest);
    expect([...(await numberJob(db, session, job.id, { permanent: 1, fixedTerm: 2 }, TODAY))]).toEqual([...preview.ranges]);
    const second = await saveJob(db, session, intake({ name: 'Đợt 2', intakeDate: '2026-06-01' }), TODAY);
    const ids = await typeSlips(2, second.id);
    await setDiscard(db, session, second.id, [ids[1]!], 'expired');
    await setChecked(db, session, second.id, [ids[0]!], true);
    await numberJob(db, session, second.id, { permanent: 1, fixedTerm: 2 }, TODAY);
    expect((await jobSlips(db, job.id)).map((s) => `${s.inventoryNumber}/${s.fileNumber}`)).toEqual(['1/8', '2/1', '1/9']);
    expect((await jobSlips(db, second.id)).map((s) => s.fileNumber)).toEqual([10, undefined]);

    const boxes = await boxJob(db, session, job.id, 40);
    expect(boxes.map((b) => `${b.inventoryNumber}:${b.number}:${b.jobId === job.id}`)).toEqual(['1:1', '1:2', '2:1'].map((x) => `${x}:true`));
    expect((await db.dossiers.get(planned.id))?.boxId).toBeUndefined();
    const more = await boxJob(db, session, second.id, 800);
    expect(more.map((b) => `${b.inventoryNumber}:${b.number}`)).toEqual(['1:3']);
    await placeBoxes(db, session, boxes.map((b) => b.id), { store: 'Kho số 1', rack: 'Giá 2', bay: 'Khoang 3', shelf: 'Tầng 4' });
    expect((await jobBoxes(db, job.id)).map((b) => [b.store, b.rack, b.bay, b.shelf])).toEqual(Array(3).fill(['Kho số 1', 'Giá 2', 'Khoang 3', 'Tầng 4']));
  });

  it('refuses numbering files kept 20 years or more without sheet counts, listing them', async () => {
    await saveSlip(db, session, job.id, slip(1, { sheetCount: undefined }), TODAY);
    await saveSlip(db, session, job.id, slip(2, { sheetCount: undefined }), TODAY);
    await setChecked(db, session, job.id, (await jobSlips(db, job.id)).map((s) => s.id), true);
    await expect(numberJob(db, session, job.id, { permanent: 1, fixedTerm: 2 }, TODAY)).rejects.toMatchObject({ code: 'processing.sheetsMissing', params: { count: 1, list: '1' } });
  });
});

describe('documents inside a dossier', () => {
  it('lists typed documents and register entries through the link, reorders and removes them', async () => {
    const [id] = await typeSlips(1);
    const register = (await ensureYearRegisters(db, session, 2026, new Date(2026, 2, 1))).find((r) => r.kind === 'incoming')!;
    const { registerId: _r, arrivalNumber: _n, ...generated } = generateIncomingDocFields(seededRng(3), 0, register.id, 2026, { today: TODAY });
    const entry = await registerIncoming(db, session, register.id, { ...generated, sender: 'UBND huyện Thái Thụy', number: '15', notation: 'CV-UBND', typeName: 'Công văn', summary: 'V/v đôn đốc chỉnh lý tài liệu tồn đọng' }, { today: TODAY, confirmDuplicate: true });
    const entryId = entry.kind === 'saved' ? entry.doc.id : '';
    // Found by the search of the registers with what the document's fields will read through the link (shown greyed before saving).
    expect(await searchRegisterEntries(db, 'don doc chinh ly')).toEqual([
      { id: entryId, kind: 'incoming', arrival: formatNumber(entry.kind === 'saved' ? entry.doc.arrivalNumber : 0), label: '15/CV-UBND — UBND huyện Thái Thụy — Công văn V/v đôn đốc chỉnh lý tài liệu tồn đọng', shown: { number: '15/CV-UBND', date: generated.documentDate, author: 'UBND huyện Thái Thụy', summary: 'Công văn V/v đôn đốc chỉnh lý tài liệu tồn đọng' } },
    ]);
    // Words are whole words, the last one may be begun: "do chinh" is no word of it (it was found inside "đôn"), "don doc chi" is.
    expect(await searchRegisterEntries(db, 'do chinh')).toEqual([]);
    expect((await searchRegisterEntries(db, 'don doc chi')).map((f) => f.id)).toEqual([entryId]);
    expect(await searchRegisterEntries(db, 'don doc chi ')).toEqual([]);
    // A notation typed without its separators, as the registers' search takes it.
    expect((await searchRegisterEntries(db, '15cvubnd')).map((f) => f.id)).toEqual([entryId]);
    // One without its own number is named by its sender (it began "— UBND huyện …").
    const unnumbered = await registerIncoming(db, session, register.id, { ...generated, sender: 'UBND huyện Thái Thụy', number: '', notation: '', typeName: 'Giấy mời', summary: 'Họp bàn công tác chỉnh lý' }, { today: TODAY, confirmDuplicate: true });
    expect((await searchRegisterEntries(db, 'hop ban cong tac chinh ly')).map((f) => [f.arrival, f.label])).toEqual([[formatNumber(unnumbered.kind === 'saved' ? unnumbered.doc.arrivalNumber : 0), 'UBND huyện Thái Thụy — Giấy mời Họp bàn công tác chỉnh lý']]);
    await saveDoc(db, session, id!, { number: '07/QĐ-UBND', date: '1996-03-12', author: 'UBND xã Thụy Hải', summary: 'Quyết định thành lập tổ công tác', sheetFrom: 1, sheetTo: 4, note: '' });
    await saveDoc(db, session, id!, { number: '', author: '', summary: '', incomingDocId: entryId, sheetFrom: 5, sheetTo: 6, note: 'bản sao' });
    // The same entry linked again: refused, naming where it is listed.
    await expect(saveDoc(db, session, id!, { number: '', author: '', summary: '', incomingDocId: entryId, note: '' })).rejects.toMatchObject({ issues: [{ field: 'link', code: 'doc.alreadyListed', params: { ordinal: 2 } }] });
    let rows = await docRowsOf(db, id!);
    expect(rows.map((r) => [r.ordinal, r.number, r.date, r.author, r.summary, r.sheets, r.linked])).toEqual([
      [1, '07/QĐ-UBND', '12/03/1996', 'UBND xã Thụy Hải', 'Quyết định thành lập tổ công tác', '01-04', false],
      [2, '15/CV-UBND', formatDate(generated.documentDate), 'UBND huyện Thái Thụy', 'Công văn V/v đôn đốc chỉnh lý tài liệu tồn đọng', '05-06', true],
    ]);
    // A linked outgoing document: its author is the unit that issued it.
    const outgoingRegister = (await ensureYearRegisters(db, session, 2026, new Date(2026, 2, 1))).find((r) => r.kind === 'outgoing')!;
    const sent = await registerOutgoing(db, session, outgoingRegister.id, { ...emptyOutgoingInput('2026-03-05'), typeName: 'Công văn', summary: 'V/v báo cáo tiến độ chỉnh lý', recipients: ['UBND tỉnh Hưng Yên'] }, { today: TODAY });
    const sentDoc = await saveDoc(db, session, id!, { number: '', author: '', summary: '', outgoingDocId: sent.kind === 'saved' ? sent.doc.id : '', note: '' });
    expect((await docRowsOf(db, id!)).at(-1)).toMatchObject({ author: 'Ủy ban nhân dân xã Thụy Hải', linked: true });
    await removeDoc(db, session, sentDoc.id, 'Thử liên kết');
    rows = await docRowsOf(db, id!);
    // The linked document carries nothing of the entry.
    expect((await listDocs(db, id!))[1]).toMatchObject({ summary: '', number: '', incomingDocId: entryId });
    await expect(saveDoc(db, session, id!, { number: '', author: '', summary: '', sheetFrom: 30, note: '' })).rejects.toMatchObject({ issues: [{ field: 'summary', code: 'doc.summaryRequired' }, { field: 'sheetTo', code: 'doc.sheetsBeyondDossier' }] });
    await moveDoc(db, session, (await listDocs(db, id!))[1]!.id, 'up');
    rows = await docRowsOf(db, id!);
    expect(rows.map((r) => r.number)).toEqual(['15/CV-UBND', '07/QĐ-UBND']);
    await removeDoc(db, session, (await listDocs(db, id!))[0]!.id, 'Nhập nhầm');
    expect((await docRowsOf(db, id!)).map((r) => [r.ordinal, r.number])).toEqual([[1, '07/QĐ-UBND']]);
    // A document typed later but whose sheets come earlier takes its place among the papers.
    await saveDoc(db, session, id!, { number: '20/BC-UBND', author: 'UBND xã Thụy Hải', summary: 'Báo cáo', sheetFrom: 10, sheetTo: 12, note: '' });
    await saveDoc(db, session, id!, { number: '19/TB-UBND', author: 'UBND xã Thụy Hải', summary: 'Thông báo', sheetFrom: 5, sheetTo: 9, note: '' });
    await saveDoc(db, session, id!, { number: '21/CV-UBND', author: 'UBND xã Thụy Hải', summary: 'Công văn không ghi tờ', note: '' });
    expect((await docRowsOf(db, id!)).map((r) => [r.ordinal, r.number, r.sheets])).toEqual([
      [1, '07/QĐ-UBND', '01-04'],
      [2, '19/TB-UBND', '05-09'],
      [3, '20/BC-UBND', '10-12'],
      [4, '21/CV-UBND', ''],
    ]);
  });
});

describe('the job closes and travels', () => {
  it('records the report figures; the upper level receives the job, its slips, boxes and documents', async () => {
    const ids = await typeSlips(4);
    await setDiscard(db, session, job.id, [ids[3]!], 'duplicate', { bundle: 1 });
    await setChecked(db, session, job.id, ids.slice(0, 3), true);
    await numberJob(db, session, job.id, { permanent: 1, fixedTerm: 2 }, TODAY);
    await boxJob(db, session, job.id, 800);
    await saveDoc(db, session, ids[0]!, { number: '07/QĐ-UBND', author: 'UBND xã', summary: 'Quyết định', note: '' });
    await expect(saveReport(db, session, job.id, { keptMetres: 11, discardedByReason: { duplicate: 2 }, problems: '' }, TODAY)).rejects.toMatchObject({ issues: [{ field: 'keptMetres', code: 'job.keptAndDiscardedOverReceived' }] });
    const done = await saveReport(db, session, job.id, { keptMetres: 9.5, discardedByReason: { duplicate: 2.25, expired: 0.75 }, problems: 'Một số tài liệu bị mốc.' }, TODAY);
    expect([done.keptMetres, done.discardedMetres, done.processedMetres]).toEqual([9.5, 3, 12.5]);

    const up = await openDb(`processing-up-${n++}`);
    const upUnit = await completeSetup(up, { ...thuyHaiSetup, unit: { ...thuyHaiSetup.unit, level: 'province-archive', name: 'Lưu trữ lịch sử tỉnh Hưng Yên', adminCode: '33', legacyAdminCode: '', agencyId: '' }, fonds: { name: 'Kho lưu trữ lịch sử tỉnh', number: '', startYear: 2025 } });
    const exp = await exportBundle(db, { kind: 'full', operator: 'Nguyễn Thị Lan', now: new Date('2026-11-25T08:00:00Z') });
    let prepared = await prepareImport(up, exp.files, upUnit.id);
    for (const c of prepared.receipt.files[0]!.confirmations ?? []) await trustKey(up, { unitId: c.origin.unitId, originName: c.origin.name, adminCode: c.origin.adminCode, jwk: c.signerKey, confirmedBy: 'Trần Văn Bình', confirmedAs: c.kind });
    prepared = await prepareImport(up, exp.files, upUnit.id);
    expect(prepared.receipt.tables.dossierDocs?.total.new).toBe(1);
    await applyImport(up, prepared, 'Trần Văn Bình');
    // At the archive the commune's records are read-only and kept in its blocks.
    const there = (await foreignRecord(up, 'processingJobs', job.id)) as unknown as ProcessingJob;
    expect([there.keptMetres, there.discardedByReason, there.scheme?.length, there.handedOverBy]).toEqual([9.5, { duplicate: 2.25, expired: 0.75 }, 3, 'Phạm Văn Hùng']);
    const slips = ((await foreignRecords(up, 'dossiers')) as unknown as Dossier[]).filter((d) => d.jobId === job.id).sort((a, b) => (a.tempNumber ?? 0) - (b.tempNumber ?? 0));
    expect(slips.map((s) => [s.tempNumber, s.fileNumber, s.discardReason])).toEqual([[1, 1, undefined], [2, 1, undefined], [3, 2, undefined], [4, undefined, 'duplicate']]);
    expect((await foreignRecords(up, 'dossierDocs')).length).toBe(1);
    expect(((await foreignRecords(up, 'boxes')) as unknown as Box[]).filter((b) => b.jobId === job.id).length).toBe(2);
  });
});

describe('numbering and boxing at once', () => {
  it('writes each slip once with its inventory, number and box; refuses like numbering does', async () => {
    const ids = await typeSlips(5);
    const before = await databaseDigest(db);
    await expect(numberAndBoxJob(db, session, job.id, { permanent: 1, fixedTerm: 2 }, 50, TODAY)).rejects.toMatchObject({ code: 'processing.uncheckedSlips' });
    expect(await databaseDigest(db)).toBe(before);
    await setChecked(db, session, job.id, ids, true);
    const { ranges, boxes } = await numberAndBoxJob(db, session, job.id, { permanent: 1, fixedTerm: 2 }, 50, TODAY);
    expect([...ranges]).toEqual([[1, { from: 1, to: 3, count: 3 }], [2, { from: 1, to: 2, count: 2 }]]);
    const slips = await jobSlips(db, job.id);
    expect(slips.every((s) => s.status === 'closed' && s.boxId !== undefined && s.fileNumber !== undefined)).toBe(true);
    // Sheets 21–25 per slip, 50 a box: two files a box, never one split.
    expect(boxes.map((b) => `${b.inventoryNumber}:${b.number}`)).toEqual(['1:1', '1:2', '2:1']);
    expect((await db.processingJobs.get(job.id))?.stage).toBe('report');
  });
});
