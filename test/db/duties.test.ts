// The archive's duties in the database, on a commune seeded with a known year (test/fixtures/duties-seed.ts):
// the statistics report matches the figures counted by hand; deposit, appraisal, loans and closed fonds refuse
// bad input with a clear code and write nothing (database digest unchanged); the deposit batch and the report
// reach the archive in a bundle, which records the receipt and sees the report.
import { createInstance, type TFunction } from 'i18next';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import { computedStatistics, finaliseReport, reportView, saveReportDraft, reopenReport } from '../../renderer/src/db/repositories/statistics-repository';
import { batchDossiers, cancelDepositBatch, cancelDepositReceipt, correctDepositReceipt, createDepositBatch, depositDueList, keepBack, receivedBatches, recordDepositReceipt } from '../../renderer/src/db/repositories/deposit-repository';
import { appraisalDetail, decideAppraisal, destroyAppraisal, destroyedDossiers, expiredDossiers, recordDestructionDecision, reopenAppraisal, saveCouncil, setItemDecision, startAppraisal } from '../../renderer/src/db/repositories/appraisal-repository';
import { cancelLoan, createLoan, loansOfYear, overdueLoans, returnLoan } from '../../renderer/src/db/repositories/loan-repository';
import { copiesOf } from '../../renderer/src/core/duties/loans';
import { closeFonds, fondsOverview, saveFonds } from '../../renderer/src/db/repositories/fonds-repository';
import { deleteDossier, getDossier, moveToBox, numberDossiers, reopenDossier, saveDossier } from '../../renderer/src/db/repositories/dossier-repository';
import { upperStatReports, dutiesByUnit } from '../../renderer/src/db/repositories/upper-duties-repository';
import { DEFAULT_DEPOSIT_RULES } from '../../renderer/src/core/duties/deposit';
import { DEFAULT_STAT_FORMS, typedCellValues } from '../../renderer/src/core/duties/statistics';
import { DutyInvalidError } from '../../renderer/src/db/repositories/duties-settings';
import { errorMessage, fieldErrors, issueMessage } from '../../renderer/src/i18n';
import { AppError } from '../../renderer/src/core/errors';
import { vi } from '../../renderer/src/i18n/vi';
import type { Dossier, DossierFields } from '../../renderer/src/core/dossiers/types';
import { inventoryRows } from '../../renderer/src/core/dossiers/inventory';
import { shelfLabel } from '../../renderer/src/core/dossiers/rules';
import { exportBundle } from '../../renderer/src/db/exchange/export';
import { databaseDigest } from '../helpers/db-digest';
import { recordCustody } from '../../renderer/src/db/exchange/import';
import { commune, importAndApply, upper } from '../helpers/exchange-units';
import { batchInput, loanInput, SEED_2025, SEED_TODAY, seedCommune, type Seeded } from '../fixtures/duties-seed';

let n = 0;
let db: LuutruDb;
let s: Seeded;

// The Vietnamese sentences the clerk reads for a refusal.
let tVi: TFunction;
beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({ resources: { vi: { translation: vi } }, lng: 'vi', interpolation: { escapeValue: false } });
  tVi = i18n.t;
});

beforeEach(async () => {
  db = await openDb(`duties-${n++}`);
  s = await seedCommune(db);
});

/** The error code (and notation) of a refused action, after checking it wrote nothing. */
async function refused(action: () => Promise<unknown>): Promise<string> {
  const before = await databaseDigest(db);
  const err = (await action().then(() => undefined, (e: unknown) => e)) as { code?: string; params?: Record<string, unknown> } | undefined;
  expect(await databaseDigest(db)).toBe(before);
  const named = err?.params?.notation ?? err?.params?.notations;
  return `${err?.code ?? 'accepted'}${named ? `:${String(named)}` : ''}`;
}

/** A new closed dossier of the seeded year like C (03.TH, 5 years), with no final number and no box. */
async function closedUnnumbered(notation: string, title: string): Promise<string> {
  const { id: _i, origin: _o, clock: _c, deleted: _d, changedBy: _b, fileNumber: _f, inventoryNumber: _n, boxId: _x, listKey: _l, liveKey: _v, arrangeStage: _s, depositFrom: _df, ...c } = (await getDossier(db, s.ids.C!))!;
  return (await saveDossier(db, s.session, { ...c, notation, title } as DossierFields)).id;
}

describe('statistics of the seeded year', () => {
  it('computes exactly the figures counted by hand', async () => {
    expect(await computedStatistics(db, s.session.unitId, 2025)).toEqual(SEED_2025);
  });

  it('a draft keeps typed figures over live ones; a final report fixes every figure; reopening keeps only the typed', async () => {
    await saveReportDraft(db, s.session, 2025, { staffTotal: 2, storageArea: 24.5, incomingDocs: 999 }, DEFAULT_STAT_FORMS);
    let view = await reportView(db, s.session.unitId, 2025);
    expect(view.values).toMatchObject({ staffTotal: 2, storageArea: 24.5, incomingDocs: 6 });
    await finaliseReport(db, s.session, 2025, { staffTotal: 2, storageArea: 24.5 }, DEFAULT_STAT_FORMS, new Date('2026-01-20T03:00:00Z'));
    // A dossier formed after finalising does not change the report that was sent.
    await saveDossier(db, s.session, { ...(await db.dossiers.get(s.ids.E!))!, notation: '07.TH', title: 'Hồ sơ bổ sung' } as DossierFields);
    view = await reportView(db, s.session.unitId, 2025);
    expect(view.report?.status).toBe('final');
    expect(view.values.dossiersFormed).toBe(5);
    expect(view.computed.dossiersFormed).toBe(6);
    expect(await refused(() => saveReportDraft(db, s.session, 2025, { staffTotal: 3 }, DEFAULT_STAT_FORMS))).toBe('stats.reportFinal');
    await reopenReport(db, s.session, 2025);
    expect((await reportView(db, s.session.unitId, 2025)).values).toMatchObject({ staffTotal: 2, dossiersFormed: 6 });
  });

  it('refuses a negative typed figure', async () => {
    expect(await refused(() => saveReportDraft(db, s.session, 2025, { budget: -1 }, DEFAULT_STAT_FORMS))).toBe('stats.figuresInvalid');
  });

  it('refuses bad cells as typed, naming the first row and counting the others; nothing is written, neither draft nor final', async () => {
    const cells = typedCellValues({ staffTotal: 'abc', equipment: '-3', staffTrained: '1,5', budget: '99999999999', storageArea: '24,5' });
    const finalise = () => finaliseReport(db, s.session, 2025, cells, DEFAULT_STAT_FORMS, new Date('2026-01-20T03:00:00Z'));
    expect(await refused(finalise)).toBe('stats.figuresInvalid');
    const refusal = await finalise().catch((e: unknown) => e);
    if (!(refusal instanceof DutyInvalidError)) throw new Error('expected a DutyInvalidError');
    expect(errorMessage(tVi, refusal)).toBe('Chưa lưu được báo cáo. Dòng 6.1 ("Người làm công tác văn thư, lưu trữ"): số liệu chưa đúng. Hãy nhập số nguyên từ 0 đến 10.000 (người), chỉ gồm chữ số, không có phần lẻ, ví dụ 3. Còn 3 ô khác cũng chưa đúng (đánh dấu đỏ).');
    const marked = fieldErrors(tVi, refusal.issues);
    expect(Object.keys(marked)).toEqual(['staffTotal', 'staffTrained', 'equipment', 'budget']);
    expect(marked.budget).toBe('Dòng 8.1 ("Kinh phí chi cho công tác văn thư, lưu trữ"): số liệu chưa đúng. Hãy nhập số từ 0 đến 1.000.000 (triệu đồng), phần lẻ viết sau dấu phẩy và tối đa 3 chữ số, ví dụ 24,5; khi gõ, đừng dùng dấu chấm ngăn cách hàng nghìn (gõ 1500, không gõ 1.500).');
    expect(await refused(() => saveReportDraft(db, s.session, 2025, typedCellValues({ staffTotal: '2', equipment: '1,5' }), DEFAULT_STAT_FORMS))).toBe('stats.figuresInvalid');
    // Two full-time staff out of one in all: refused, nothing kept.
    expect(await refused(() => saveReportDraft(db, s.session, 2025, { staffTotal: 1, staffFullTime: 2 }, DEFAULT_STAT_FORMS))).toBe('stats.figuresInvalid');
    expect(errorMessage(tVi, await saveReportDraft(db, s.session, 2025, typedCellValues({ equipment: '1,5' }), DEFAULT_STAT_FORMS).catch((e: unknown) => e))).toBe('Chưa lưu được báo cáo. Dòng 7.3 ("Thiết bị bảo quản (máy hút ẩm, điều hòa, bình chữa cháy…)"): số liệu chưa đúng. Hãy nhập số nguyên từ 0 đến 100.000 (chiếc), chỉ gồm chữ số, không có phần lẻ, ví dụ 3.');
    expect((await reportView(db, s.session.unitId, 2025)).report).toBeUndefined();
  });
});

describe('deposit', () => {
  it('lists what is due at the start of 2026 and what comes later', async () => {
    const due = await depositDueList(db, s.session.unitId, DEFAULT_DEPOSIT_RULES, SEED_TODAY);
    expect(due.map((r) => [r.dossier.notation, r.dossier.year, r.due, r.status])).toEqual([['02.TH', 2015, '2016-12-20', 'overdue']]);
    const all = await depositDueList(db, s.session.unitId, DEFAULT_DEPOSIT_RULES, SEED_TODAY, '9999-12-31');
    expect(all.map((r) => [r.dossier.notation, r.due])).toEqual([['02.TH', '2016-12-20'], ['03.TH', '2026-11-20'], ['05.TH', '2026-12-31']]);
    // The home screen warns 30 days ahead: 25 days before C's deadline it is "soon".
    expect((await depositDueList(db, s.session.unitId, DEFAULT_DEPOSIT_RULES, '2026-10-26')).map((r) => [r.dossier.notation, r.status])).toEqual([['02.TH', 'overdue'], ['03.TH', 'soon']]);
  });

  it('refuses open and already deposited dossiers, naming them, and writes nothing', async () => {
    const input = batchInput(s.fondsId, '2026-01-15', 'Hồ sơ năm 2025');
    expect(await refused(() => createDepositBatch(db, s.session, input, [s.ids.C!, s.ids.E!]))).toBe('deposit.dossierOpen:05.TH');
    expect(await refused(() => createDepositBatch(db, s.session, input, [s.ids.A!]))).toBe('deposit.alreadyDeposited:01.TH');
    expect(await refused(() => createDepositBatch(db, s.session, input, [s.ids.G!]))).toBe('deposit.dossierDeleted:01.TH');
    expect(await refused(() => createDepositBatch(db, s.session, { ...input, name: ' ' }, [s.ids.C!]))).toBe('deposit.nameRequired');
    // A handover date still to come (a year typed wrong) would mark the dossiers deposited, and unchangeable, then.
    expect(await refused(() => createDepositBatch(db, s.session, { ...input, date: '2031-01-01' }, [s.ids.C!], '2026-12-04'))).toBe('deposit.dateAfterToday');
    expect((await createDepositBatch(db, s.session, { ...input, date: '2026-12-04' }, [s.ids.C!], '2026-12-04')).dossierCount).toBe(1);
  });

  it('refuses closed dossiers without a final number or a box, naming them all, and an empty representative of either side; writes nothing', async () => {
    const loose = { id: await closedUnnumbered('07.TH', 'Hồ sơ chưa đánh số') };
    const input = batchInput(s.fondsId, '2026-01-15', 'Hồ sơ năm 2025');
    const before = await databaseDigest(db);
    expect(await refused(() => createDepositBatch(db, s.session, input, [s.ids.C!, loose.id]))).toBe('deposit.notNumbered:07.TH');
    await numberDossiers(db, s.session, { fondsId: s.fondsId, ids: [loose.id], order: 'heading-time', inventories: { permanent: 1, fixedTerm: 2 } });
    const numbered = await databaseDigest(db);
    expect(await refused(() => createDepositBatch(db, s.session, input, [s.ids.C!, loose.id]))).toBe('deposit.notBoxed:07.TH');
    expect(await databaseDigest(db)).toBe(numbered);
    expect(numbered).not.toBe(before);
    const err = await createDepositBatch(db, s.session, { ...input, giverUnit: ' ', giverPosition: '', receiverName: '', receiverPosition: '' }, [s.ids.C!]).catch((e: { issues: { field: string; code: string }[] }) => e.issues.map((i) => `${i.field}:${i.code}`));
    expect(err).toEqual(['giverUnit:deposit.giverUnitRequired', 'giverPosition:deposit.giverPositionRequired', 'receiverName:deposit.receiverRepRequired', 'receiverPosition:deposit.receiverPositionRequired']);
    expect(await databaseDigest(db)).toBe(numbered);
  });

  it('names the first five dossiers without a final number and counts the others', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 7; i++) ids.push(await closedUnnumbered(`1${i}.TH`, `Hồ sơ ${i}`));
    const err = await createDepositBatch(db, s.session, batchInput(s.fondsId, '2026-01-15', 'Hồ sơ năm 2025'), ids).then(() => undefined, (e: { code: string; params: Record<string, unknown> }) => e);
    expect([err?.code, err?.params]).toEqual(['deposit.notNumberedMore', { notations: '11.TH, 12.TH, 13.TH, 14.TH, 15.TH', more: 2, total: 7 }]);
  });

  it('a deposited dossier is neither edited, reopened nor removed from the plan; cancelling its batch allows them again', async () => {
    const before = await databaseDigest(db);
    expect(await refused(() => reopenDossier(db, s.session, s.ids.A!))).toBe('dossier.depositedNoReopen:01.TH');
    expect(await refused(() => deleteDossier(db, s.session, s.ids.A!, 'Nhầm'))).toBe('dossier.depositedNoDelete:01.TH');
    // Its description is on the signed inventory: a later correction would make a reprint disagree with it.
    const a = (await getDossier(db, s.ids.A!))!;
    expect(await refused(() => saveDossier(db, s.session, { ...a, retention: 10, sheetCount: 200 } as DossierFields, a.id))).toBe('dossier.depositedNoEdit:01.TH');
    expect(await refused(() => moveToBox(db, s.session, [a.id], undefined))).toBe('dossier.depositedNoEdit:01.TH');
    expect(await databaseDigest(db)).toBe(before);
    await cancelDepositBatch(db, s.session, s.ids.batch2026!, 'Lập nhầm đợt');
    expect((await reopenDossier(db, s.session, s.ids.A!)).status).toBe('open');
  });

  it('marks the batch’s dossiers deposited with its figures; cancelling puts them back on the list', async () => {
    const batch = await createDepositBatch(db, s.session, batchInput(s.fondsId, '2026-01-15', 'Hồ sơ năm 2015 giữ lại'), [s.ids.H!]);
    expect([batch.dossierCount, batch.boxCount, batch.metres, batch.sheetCount, batch.fromYear, batch.toYear]).toEqual([1, 1, 0.125, 50, 2015, 2015]);
    const h = await db.dossiers.get(s.ids.H!);
    expect([h?.depositBatchId, h?.depositedAt, h?.depositFrom]).toEqual([batch.id, '2026-01-15', undefined]);
    expect(await depositDueList(db, s.session.unitId, DEFAULT_DEPOSIT_RULES, SEED_TODAY)).toEqual([]);
    await cancelDepositBatch(db, s.session, batch.id, 'Lập nhầm đợt');
    expect((await depositDueList(db, s.session.unitId, DEFAULT_DEPOSIT_RULES, SEED_TODAY)).map((r) => r.dossier.notation)).toEqual(['02.TH']);
  });

  it('a council keeps a deposited dossier longer: the dossier has its new period; the batch’s Mục lục, here and at the archive, the one handed over', async () => {
    const council = { fondsId: s.fondsId, name: 'Xác định giá trị năm 2026', councilDecision: 'Quyết định số 10/QĐ-UBND ngày 01/03/2026', members: [{ name: 'Vũ Văn Hùng', position: 'Chủ tịch UBND xã', role: 'Chủ tịch Hội đồng' }, { name: 'Nguyễn Thị Lan', position: 'Công chức Văn phòng - Thống kê', role: 'Thư ký' }], meetingPlace: 'Trụ sở UBND xã', conclusion: 'Giữ lại.', note: '' };
    const a = await startAppraisal(db, s.session, council, [s.ids.B!]);
    await saveCouncil(db, s.session, a.id, { ...council, meetingDate: '2026-03-15' });
    const item = (await appraisalDetail(db, a.id))!.items[0]!;
    await setItemDecision(db, s.session, item.id, 'keep', 'Còn giá trị tra cứu', 20, 2026);
    await decideAppraisal(db, s.session, a.id, 2026);
    expect((await getDossier(db, s.ids.B!))?.retention).toBe(20);
    const printed = (rows: Dossier[]) => inventoryRows(rows, []).map((r) => [r.notation, r.retention]);
    expect(printed(await batchDossiers(db, s.ids.batch2026!))).toEqual([['01.TH', 'Vĩnh viễn'], ['02.TH', '10 năm']]);
    // The archive reprints the same from the commune's bundle.
    const up = await upper();
    await importAndApply(up, (await exportBundle(db, { kind: 'full', operator: 'Nguyễn Thị Lan', now: new Date('2026-03-20T08:00:00Z') })).files);
    expect((await getDossier(up.db, s.ids.B!))?.retention).toBe(20);
    expect(printed(await batchDossiers(up.db, s.ids.batch2026!))).toEqual([['01.TH', 'Vĩnh viễn'], ['02.TH', '10 năm']]);
    // A batch cancelled hands nothing over: its dossiers no longer carry a retention as deposited.
    await cancelDepositBatch(db, s.session, s.ids.batch2026!, 'Lập nhầm đợt');
    expect((await getDossier(db, s.ids.B!))?.depositedRetention).toBeUndefined();
  });

  it('keeps a file back with approval up to 2 years past its deadline, not longer', async () => {
    expect(await refused(() => keepBack(db, s.session, s.ids.C!, 'Công văn số 15/UBND', '2028-11-21', DEFAULT_DEPOSIT_RULES))).toBe('deposit.keptBackTooLong');
    expect(await refused(() => keepBack(db, s.session, s.ids.C!, '', '2027-06-30', DEFAULT_DEPOSIT_RULES))).toBe('deposit.keptBackApprovalRequired');
    await keepBack(db, s.session, s.ids.C!, 'Công văn số 15/UBND', '2028-11-20', DEFAULT_DEPOSIT_RULES);
    const all = await depositDueList(db, s.session.unitId, DEFAULT_DEPOSIT_RULES, SEED_TODAY, '9999-12-31');
    expect(all.find((r) => r.dossier.notation === '03.TH')).toMatchObject({ due: '2028-11-20', rule: 'kept-back', normalDue: '2026-11-20' });
  });

  it('the batch and the report reach the archive in a bundle; the archive records the receipt once and sees the report', async () => {
    await finaliseReport(db, s.session, 2025, { staffTotal: 2 }, DEFAULT_STAT_FORMS, new Date('2026-01-20T03:00:00Z'));
    const exp = await exportBundle(db, { kind: 'full', operator: 'Nguyễn Thị Lan', now: new Date('2026-01-20T08:00:00Z') });
    const up = await upper();
    const { result } = await importAndApply(up, exp.files);
    expect(result.held).toBe(0);
    const received = await receivedBatches(up.db, up.session.unitId);
    expect(received.map((r) => [r.batch.name, r.batch.dossierCount, r.unitName, r.receipt])).toEqual([
      ['Hồ sơ năm 2025', 2, 'Ủy ban nhân dân xã Thụy Hải', undefined],
      ['Hồ sơ năm 2015', 1, 'Ủy ban nhân dân xã Thụy Hải', undefined],
    ]);
    const batchId = received[0]!.batch.id;
    // The day it was checked in is neither still to come nor before the handover (a year mistyped greyed the batch's
    // files for lending, or put the collection in a year no report covers); refused at the date, nothing written.
    const beforeAny = await databaseDigest(up.db);
    const receiptOn = (receivedDate: string) => recordDepositReceipt(up.db, up.session, batchId, { receivedDate, receiverName: 'Trần Văn Bình', receiverPosition: 'Lưu trữ viên', dossierCount: 2, condition: 'Đủ, tốt', note: '' }, '2026-02-01').then(() => [], (e: { issues?: { field: string; code: string }[] }) => (e.issues ?? []).map((i) => `${i.field}:${i.code}`));
    expect(await receiptOn('2027-01-22')).toEqual(['receivedDate:deposit.receivedAfterToday']);
    expect(await receiptOn('2025-01-22')).toEqual(['receivedDate:deposit.receivedBeforeHandover']);
    expect(await receiptOn('')).toEqual(['receivedDate:deposit.receivedDateRequired']);
    expect(await databaseDigest(up.db)).toBe(beforeAny);
    await recordDepositReceipt(up.db, up.session, batchId, { receivedDate: '2026-01-22', receiverName: 'Trần Văn Bình', receiverPosition: 'Lưu trữ viên', dossierCount: 2, condition: 'Đủ, tốt', note: '' });
    const upDigest = await databaseDigest(up.db);
    const again = await recordDepositReceipt(up.db, up.session, batchId, { receivedDate: '2026-01-23', receiverName: 'Trần Văn Bình', receiverPosition: '', dossierCount: 2, condition: '', note: '' }).catch((e: { code: string }) => e.code);
    expect(again).toBe('deposit.alreadyReceived');
    expect(await databaseDigest(up.db)).toBe(upDigest);
    expect((await receivedBatches(up.db, up.session.unitId))[0]!.receipt?.receivedDate).toBe('2026-01-22');
    // The archive's own report counts what it received that year — its metres too (read as 0 from its own table) — and
    // holds it at 31/12 with the retention it was handed over with; the year before, nothing of it.
    const handed = received[0]!.batch;
    expect(handed.metres).toBeGreaterThan(0);
    const upStats = await computedStatistics(up.db, up.session.unitId, 2026);
    expect([upStats.collectedBatches, upStats.collectedDossiers, upStats.collectedMetres]).toEqual([1, 2, handed.metres]);
    expect([upStats.holdingDossiers, upStats.holdingPermanent, upStats.holdingFixedTerm, upStats.holdingBoxes, upStats.holdingMetres]).toEqual([2, 1, 1, handed.boxCount, handed.metres]);
    expect((await computedStatistics(up.db, up.session.unitId, 2025)).holdingDossiers).toBe(0);
    const { reports } = await upperStatReports(up.db, up.session.unitId, 2025);
    expect(reports.map((r) => [r.unitName, r.report.values.dossiersFormed, r.report.values.staffTotal])).toEqual([['Ủy ban nhân dân xã Thụy Hải', 5, 2]]);
    expect(reports[0]?.issues).toEqual([]);
    const duties = (await dutiesByUnit(up.db, [s.session.unitId]))[s.session.unitId];
    expect(duties).toEqual({ depositBatches: 2, dossiersToCurrent: 0, dossiersToHistorical: 3, receivedBatches: 0, destroyedDossiers: 1, loans: 4, openLoans: 1 });
    // The archive lends what was deposited into it and recorded as received; the rest of the fonds is data only.
    const asked = loanInput(up.session.unitId, { requestDate: '2026-02-02', loanDate: '2026-02-02', dueDate: '2026-02-03' });
    expect(await refused(() => createLoan(up.db, up.session, asked, [{ dossierId: s.ids.C!, documents: '' }]))).toBe('loan.dossierNotDeposited:03.TH');
    expect(await refused(() => createLoan(up.db, up.session, asked, [{ dossierId: s.ids.I!, documents: '' }]))).toBe(`loan.dossierNotReceived:${(await getDossier(up.db, s.ids.I!))?.notation}`);
    const lent = await createLoan(up.db, up.session, asked, [{ dossierId: s.ids.B!, documents: '' }]);
    expect(lent.origin).toBe(up.session.unitId);
    // A receipt recorded wrong is corrected (checked as when recorded; the journal keeps what it said), and one recorded
    // by mistake is cancelled with its reason — not while a file of the batch is out on the archive's loan.
    const receipt = (await receivedBatches(up.db, up.session.unitId))[0]!.receipt!;
    const fix = { receivedDate: '2026-01-23', receiverName: 'Trần Văn Bình', receiverPosition: 'Lưu trữ viên', dossierCount: 1, condition: 'Thiếu 01 hồ sơ', note: '' };
    expect(await refused(() => correctDepositReceipt(up.db, up.session, receipt.id, { ...fix, receivedDate: '2025-01-23' }, '2026-02-01'))).toBe('deposit.receivedBeforeHandover');
    // None counted is no receipt (it is cancelled instead); ten times the files handed over, a zero typed too many.
    expect(await refused(() => correctDepositReceipt(up.db, up.session, receipt.id, { ...fix, dossierCount: 0 }, '2026-02-01'))).toBe('deposit.countedRange');
    expect(await refused(() => correctDepositReceipt(up.db, up.session, receipt.id, { ...fix, dossierCount: 200 }, '2026-02-01'))).toBe('deposit.countedRange');
    await correctDepositReceipt(up.db, up.session, receipt.id, fix, '2026-02-01');
    // Nor after the archive lent one of its files (the register of use would show it lent before it came).
    const afterLoan = await correctDepositReceipt(up.db, up.session, receipt.id, { ...fix, receivedDate: '2026-02-05' }, '2026-02-06').then(() => [], (e: { issues?: { field: string; code: string; params?: Record<string, unknown> }[] }) => (e.issues ?? []).map((i) => `${i.field}:${i.code}:${String(i.params?.loan)}`));
    expect(afterLoan).toEqual(['receivedDate:deposit.receivedAfterLoan:02/02/2026']);
    expect((await receivedBatches(up.db, up.session.unitId))[0]!.receipt).toMatchObject({ id: receipt.id, receivedDate: '2026-01-23', dossierCount: 1, condition: 'Thiếu 01 hồ sơ' });
    // The statistics count the files as listed, as its boxes and metres (a short count is the handover record's).
    expect((await computedStatistics(up.db, up.session.unitId, 2026)).collectedDossiers).toBe(2);
    expect(await refused(() => cancelDepositReceipt(up.db, up.session, receipt.id, '  '))).toBe('deposit.receiptCancelReasonRequired');
    const lentDigest = await databaseDigest(up.db);
    expect(await refused(() => cancelDepositReceipt(up.db, up.session, receipt.id, 'Ghi nhầm đợt'))).toBe(`deposit.receiptCancelLent:${shelfLabel((await getDossier(up.db, s.ids.B!))!)}`);
    expect(await databaseDigest(up.db)).toBe(lentDigest);
    await returnLoan(up.db, up.session, lent.id, '2026-02-03', 'Đủ');
    await cancelDepositReceipt(up.db, up.session, receipt.id, 'Ghi nhầm đợt');
    expect((await receivedBatches(up.db, up.session.unitId))[0]!.receipt).toBeUndefined();
    // Back to one to receive: recorded again — not after the loan made under the receipt before, which still stands.
    expect(await recordDepositReceipt(up.db, up.session, batchId, { ...fix, receivedDate: '2026-02-04' }, '2026-02-04').then(() => 'accepted', (e: { code: string }) => e.code)).toBe('deposit.receivedAfterLoan');
    await recordDepositReceipt(up.db, up.session, batchId, fix, '2026-02-04');
    expect((await receivedBatches(up.db, up.session.unitId))[0]!.receipt?.receivedDate).toBe('2026-01-23');
    // The commune cancels the batch afterwards: at the archive it stays listed, said cancelled, with its receipt — to be
    // cancelled, not corrected — and hands nothing over in the archive's statistics any more.
    await cancelDepositBatch(db, s.session, batchId, 'Lập nhầm đợt');
    await importAndApply(up, (await exportBundle(db, { kind: 'full', operator: 'Nguyễn Thị Lan', now: new Date('2026-02-10T08:00:00Z') })).files);
    const gone = (await receivedBatches(up.db, up.session.unitId)).find((r) => r.batch.id === batchId)!;
    expect([gone.batch.deleted, gone.receipt?.receivedDate]).toEqual([true, '2026-01-23']);
    expect((await computedStatistics(up.db, up.session.unitId, 2026)).collectedBatches).toBe(0);
    expect((await computedStatistics(up.db, up.session.unitId, 2026)).holdingDossiers).toBe(0);
    expect(await correctDepositReceipt(up.db, up.session, gone.receipt!.id, fix, '2026-02-11').then(() => 'accepted', (e: { code: string }) => e.code)).toBe('deposit.receiptBatchCancelled');
    await cancelDepositReceipt(up.db, up.session, gone.receipt!.id, 'Đơn vị đã hủy đợt');
    expect((await receivedBatches(up.db, up.session.unitId)).some((r) => r.batch.id === batchId)).toBe(false);
    // A commune that received the same bundle holds the data, not the paper, until it records taking over the fonds (a merged commune).
    const merged = await commune('Ủy ban nhân dân xã Thái Thụy', '34567');
    await importAndApply(merged, exp.files);
    const request = loanInput(merged.session.unitId, { requestDate: '2026-02-02', loanDate: '2026-02-02', dueDate: '2026-02-03' });
    expect(await refused(() => createLoan(merged.db, merged.session, request, [{ dossierId: s.ids.C!, documents: '' }]))).toBe('loan.dossierNotTakenOver:03.TH');
    await recordCustody(merged.db, { carrierUnitId: merged.session.unitId, carriedUnitId: s.session.unitId, kind: 'merger', effectiveDate: '2026-01-25', basis: 'Nghị quyết số 1656/NQ-UBTVQH15', confirmedBy: 'Phạm Văn Hùng' });
    expect(await refused(() => createLoan(merged.db, merged.session, loanInput(merged.session.unitId, { requestDate: '2026-01-20', loanDate: '2026-01-20', dueDate: '2026-01-21' }), [{ dossierId: s.ids.C!, documents: '' }]))).toBe('loan.dossierTakenOverAfter:03.TH');
    expect((await createLoan(merged.db, merged.session, request, [{ dossierId: s.ids.C!, documents: '' }])).origin).toBe(merged.session.unitId);
    // What the replaced commune deposited is at the archive, not at the merged commune.
    expect(await refused(() => createLoan(merged.db, merged.session, request, [{ dossierId: s.ids.B!, documents: '' }]))).toBe(`loan.dossierDeposited:${(await getDossier(merged.db, s.ids.B!))?.notation}`);
    // The destroyed dossier arrives as a tombstone that still names its decision.
    const g = await getDossier(up.db, s.ids.G!);
    expect([g?.deleted, g?.destructionDecisionNumber, g?.destructionDecisionDate, g?.fileNumber]).toEqual([true, '52/QĐ-UBND', '2025-10-01', g?.fileNumber]);
  });
});

describe('deposit into the commune’s own lưu trữ hiện hành', () => {
  it('leaves the papers at the commune: it still lends them; the archive neither lists the batch nor records it received, and does not lend them', async () => {
    const batch = await createDepositBatch(db, s.session, batchInput(s.fondsId, '2026-01-12', 'Hồ sơ năm 2025 (lưu trữ hiện hành)', 'current'), [s.ids.C!]);
    expect(batch.destination).toBe('current');
    const asked = loanInput(s.session.unitId, { requestDate: '2026-02-02', loanDate: '2026-02-02', dueDate: '2026-02-03' });
    const loan = await createLoan(db, s.session, asked, [{ dossierId: s.ids.C!, documents: '' }]);
    // Its return is recorded as any other (the file did not leave for an archive elsewhere).
    expect((await returnLoan(db, s.session, loan.id, '2026-02-03', 'Đủ')).returnedDate).toBe('2026-02-03');
    // What went to the province's archive is lent there.
    expect(await refused(() => createLoan(db, s.session, asked, [{ dossierId: s.ids.A!, documents: '' }]))).toBe(`loan.dossierDeposited:${(await getDossier(db, s.ids.A!))?.notation}`);
    const up = await upper();
    await importAndApply(up, (await exportBundle(db, { kind: 'full', operator: 'Nguyễn Thị Lan', now: new Date('2026-02-05T08:00:00Z') })).files);
    expect((await receivedBatches(up.db, up.session.unitId)).map((r) => r.batch.name)).toEqual(['Hồ sơ năm 2025', 'Hồ sơ năm 2015']);
    const receipt = { receivedDate: '2026-02-06', receiverName: 'Trần Văn Bình', receiverPosition: 'Lưu trữ viên', dossierCount: 1, condition: '', note: '' };
    expect(await recordDepositReceipt(up.db, up.session, batch.id, receipt).then(() => 'accepted', (e: { code: string }) => e.code)).toBe('deposit.receiptKeptAtUnit');
    const archiveAsks = loanInput(up.session.unitId, { requestDate: '2026-02-07', loanDate: '2026-02-07', dueDate: '2026-02-08' });
    expect(await createLoan(up.db, up.session, archiveAsks, [{ dossierId: s.ids.C!, documents: '' }]).then(() => 'accepted', (e: { code: string }) => e.code)).toBe('loan.dossierNotDeposited');
  });
  it('a permanent file goes on from there to the historical archive within the years set; the first batch still lists it; cancelling puts it back', async () => {
    await cancelDepositBatch(db, s.session, s.ids.batch2026!, 'Lập nhầm nơi nhận');
    await returnLoan(db, s.session, s.ids.openLoan!, '2025-12-27', 'Nguyên vẹn');
    const current = await createDepositBatch(db, s.session, batchInput(s.fondsId, '2025-12-29', 'Hồ sơ năm 2025', 'current'), [s.ids.A!, s.ids.B!]);
    // Due at the historical archive by the end of the fifth year after: the permanent file only.
    const onwardDue = async (today: string) => (await depositDueList(db, s.session.unitId, DEFAULT_DEPOSIT_RULES, today)).filter((r) => r.rule === 'to-historical').map((r) => [r.dossier.notation, r.due, r.status]);
    expect(await onwardDue('2026-12-06')).toEqual([]);
    expect(await onwardDue('2030-12-10')).toEqual([['01.TH', '2030-12-31', 'soon']]);
    // The years are a setting.
    expect((await depositDueList(db, s.session.unitId, { ...DEFAULT_DEPOSIT_RULES, historicalYears: 2 }, '2027-12-10')).filter((r) => r.rule === 'to-historical').map((r) => r.due)).toEqual(['2027-12-31']);
    // Not a fixed-term file, and not into the lưu trữ hiện hành twice.
    const code = (p: Promise<unknown>) => p.then(() => 'accepted', (e: { code?: string }) => e.code);
    expect(await code(createDepositBatch(db, s.session, batchInput(s.fondsId, '2026-03-01', 'Hồ sơ năm 2025'), [s.ids.B!]))).toBe('deposit.onlyPermanentOn');
    expect(await code(createDepositBatch(db, s.session, batchInput(s.fondsId, '2026-03-01', 'Hồ sơ năm 2025', 'current'), [s.ids.A!]))).toBe('deposit.alreadyDeposited');
    expect(await code(createDepositBatch(db, s.session, batchInput(s.fondsId, '2025-12-28', 'Hồ sơ năm 2025'), [s.ids.A!]))).toBe('deposit.dateBeforeCurrent');
    const onward = await createDepositBatch(db, s.session, batchInput(s.fondsId, '2026-03-01', 'Hồ sơ bảo quản vĩnh viễn năm 2025'), [s.ids.A!]);
    const a = await getDossier(db, s.ids.A!);
    expect([a?.depositBatchId, a?.depositedAt, a?.currentBatchId, a?.currentDepositedAt]).toEqual([onward.id, '2026-03-01', current.id, '2025-12-29']);
    expect((await batchDossiers(db, current.id)).map((d) => d.notation).sort()).toEqual(['01.TH', '02.TH']);
    expect((await batchDossiers(db, onward.id)).map((d) => d.notation)).toEqual(['01.TH']);
    // The archive above counts the unit's files by where they went: the one that went on once in each column (summed, it was counted twice).
    const up = await upper();
    await importAndApply(up, (await exportBundle(db, { kind: 'full', operator: 'Nguyễn Thị Lan', now: new Date('2026-03-02T08:00:00Z') })).files);
    expect((await dutiesByUnit(up.db, [s.session.unitId]))[s.session.unitId]).toMatchObject({ depositBatches: 3, dossiersToCurrent: 2, dossiersToHistorical: 2 });
    // Counted once, in the year it went into the lưu trữ hiện hành (with B, and I's batch of June), not in the onward batch's; now lent at the archive, not here.
    expect((await computedStatistics(db, s.session.unitId, 2025)).dossiersDeposited).toBe(3);
    expect((await computedStatistics(db, s.session.unitId, 2026)).dossiersDeposited).toBe(0);
    // The first batch's Mục lục says the retention it was handed over with.
    expect((await batchDossiers(db, current.id)).find((d) => d.notation === '01.TH')?.retention).toBe('permanent');
    expect(await refused(() => createLoan(db, s.session, loanInput(s.session.unitId, { requestDate: '2026-03-02', loanDate: '2026-03-02', dueDate: '2026-03-03' }), [{ dossierId: s.ids.A!, documents: '' }]))).toBe('loan.dossierDeposited:01.TH');
    expect(await refused(() => cancelDepositBatch(db, s.session, current.id, 'Lập nhầm'))).toBe('deposit.cancelMovedOn:01.TH');
    await cancelDepositBatch(db, s.session, onward.id, 'Lập nhầm');
    const back = await getDossier(db, s.ids.A!);
    expect([back?.depositBatchId, back?.depositedAt, back?.currentBatchId, back?.currentDepositedAt]).toEqual([current.id, '2025-12-29', undefined, undefined]);
  });
  it('a batch must say where it goes, and nothing is written until it does', async () => {
    const before = await databaseDigest(db);
    const err = (await createDepositBatch(db, s.session, { ...batchInput(s.fondsId, '2026-01-12', 'Hồ sơ năm 2025'), destination: undefined }, [s.ids.C!]).catch((e: unknown) => e)) as { issues?: unknown };
    expect(err.issues).toEqual([{ field: 'destination', code: 'deposit.destinationRequired' }]);
    expect(await databaseDigest(db)).toBe(before);
  });
  it('is handed over once its files are finished: a date before one ended is refused at the date, naming it', async () => {
    const before = await databaseDigest(db);
    const err = (await createDepositBatch(db, s.session, batchInput(s.fondsId, '2020-01-01', 'Hồ sơ năm 2025'), [s.ids.C!]).catch((e: unknown) => e)) as { issues?: unknown };
    expect(err.issues).toEqual([{ field: 'date', code: 'deposit.dateBeforeEnd', params: { notation: '03.TH', end: '20/11/2025' } }]);
    expect(await databaseDigest(db)).toBe(before);
  });
});

describe('appraisal and destruction', () => {
  it('a report made before a rule reaches the archive as it was signed: shown, counted, and what does not hold is named', async () => {
    await finaliseReport(db, s.session, 2025, { staffTotal: 2 }, DEFAULT_STAT_FORMS, new Date('2026-01-20T03:00:00Z'));
    // As an earlier version kept it: three full-time staff out of two (that version had no such rule).
    await db.statReports.toCollection().modify((r) => {
      (r as { values: Record<string, number> }).values = { ...r.values, staffFullTime: 3 };
    });
    const exp = await exportBundle(db, { kind: 'full', operator: 'Nguyễn Thị Lan', now: new Date('2026-01-20T08:00:00Z') });
    const up = await upper();
    await importAndApply(up, exp.files);
    const [report] = (await upperStatReports(up.db, up.session.unitId, 2025)).reports;
    expect(report?.report.values.staffFullTime).toBe(3);
    expect(report?.issues.map((i) => `${i.field}:${i.code}`)).toEqual(['staffFullTime:stats.figurePart']);
    expect(tVi('upperDuties.reportIssues', { unit: report!.unitName, count: 1, first: issueMessage(tVi, report!.issues[0]!) })).toBe(
      'Báo cáo của Ủy ban nhân dân xã Thụy Hải có số liệu không đúng (1 ô, chữ đỏ trong bảng). Dòng 6.2 ("Trong đó: chuyên trách") là một phần của dòng 6.1 ("Người làm công tác văn thư, lưu trữ"), nên không thể lớn hơn 2 người. Hãy kiểm tra lại hai số này. Số liệu vẫn được cộng vào cột Tổng cộng. Hãy đề nghị đơn vị kiểm tra, mở lại báo cáo, sửa rồi gửi lại.',
    );
  });

  it('the destroyed dossier stays as a tombstoned description with the decision; its number is never given again', async () => {
    const g = await db.dossiers.get(s.ids.G!);
    expect([g?.deleted, g?.deletedReason, g?.destroyedAt, g?.title]).toEqual([true, 'Hủy theo Quyết định số 52/QĐ-UBND ngày 01/10/2025', '2025-10-20', 'Hồ sơ G năm 2015']);
    expect((await destroyedDossiers(db, s.session.unitId)).map((d) => d.id)).toEqual([s.ids.G]);
    const h = await db.dossiers.get(s.ids.H!);
    expect([h?.retention, h?.retentionBasis, h?.expiresYear]).toEqual([20, 'Hội đồng xác định giá trị tài liệu họp ngày 15/09/2025: Còn giá trị tra cứu về đất đai', 2035]);
    // A new fixed-term dossier numbered in inventory 2 goes after every number ever given there.
    const j = await saveDossier(db, s.session, { ...(await db.dossiers.get(s.ids.C!))!, notation: '09.TH', title: 'Hồ sơ mới', inventoryNumber: undefined, fileNumber: undefined, boxId: undefined, depositBatchId: undefined } as DossierFields);
    await numberDossiers(db, s.session, { fondsId: s.fondsId, ids: [j.id], order: 'heading-time', inventories: { permanent: 1, fixedTerm: 2 } });
    expect((await db.dossiers.get(j.id))?.fileNumber).toBe(6);
  });

  it('lists expired dossiers from the expiry index', async () => {
    const old = await saveDossier(db, s.session, { ...(await db.dossiers.get(s.ids.C!))!, year: 2018, notation: '01.VP', startDate: '2018-01-02', endDate: '2018-12-01', inventoryNumber: undefined, fileNumber: undefined, boxId: undefined } as DossierFields);
    expect(await expiredDossiers(db, s.session.unitId, 2026)).toEqual({ expired: [expect.objectContaining({ id: old.id, expiresYear: 2023 })], inAppraisal: 0 });
  });

  it('refuses to destroy a permanent dossier, or without the council’s decision, writing nothing', async () => {
    const council = { fondsId: s.fondsId, name: 'Đợt 2', councilDecision: '', members: [], meetingPlace: '', conclusion: '', note: '' };
    expect(await refused(() => startAppraisal(db, s.session, council, [s.ids.I!]))).toBe('appraisal.destroyPermanent:03.TH');
    const old = await saveDossier(db, s.session, { ...(await db.dossiers.get(s.ids.C!))!, year: 2018, notation: '01.VP', endDate: '2018-12-01', startDate: '2018-01-01', inventoryNumber: undefined, fileNumber: undefined, boxId: undefined } as DossierFields);
    const a = await startAppraisal(db, s.session, council, [old.id]);
    const destruction = { decisionNumber: '60/QĐ-UBND', decisionDate: '2026-02-01', decisionSigner: '', destroyedOn: '2026-02-05', destructionPlace: '', destructionMethod: '' };
    expect(await refused(() => destroyAppraisal(db, s.session, a.id, destruction))).toBe('appraisal.destroyNeedsCouncil');
    expect((await db.dossiers.get(old.id))?.deleted).toBe(false);
  });
});

describe('an appraisal recorded wrongly', () => {
  it('opens again with a reason: kept dossiers get their former period back, the reason is journalled; once destroyed it never opens again', async () => {
    const old = await saveDossier(db, s.session, { ...(await db.dossiers.get(s.ids.C!))!, year: 2018, notation: '01.VP', startDate: '2018-01-02', endDate: '2018-12-01', retentionBasis: 'Bảng thời hạn, mục 12', inventoryNumber: undefined, fileNumber: undefined, boxId: undefined } as DossierFields);
    const before = [old.retention, old.retentionBasis];
    const council = { fondsId: s.fondsId, name: 'Đợt 2026', councilDecision: 'Quyết định số 10/QĐ-UBND', members: [{ name: 'Vũ Văn Hùng', position: 'Chủ tịch UBND xã', role: 'Chủ tịch Hội đồng' }, { name: 'Nguyễn Thị Lan', position: 'Công chức', role: 'Thư ký' }], meetingPlace: 'Trụ sở UBND xã', conclusion: '', note: '' };
    const a = await startAppraisal(db, s.session, council, [old.id]);
    await saveCouncil(db, s.session, a.id, { ...council, meetingDate: '2026-03-15' });
    const item = (await appraisalDetail(db, a.id))!.items[0]!;
    // Recorded as "keep 20 years" by mistake: the council said destroy.
    await setItemDecision(db, s.session, item.id, 'keep', 'Còn giá trị tra cứu', 20, 2026);
    await decideAppraisal(db, s.session, a.id, 2026, new Date('2026-03-16T08:00:00'));
    expect((await getDossier(db, old.id))?.retention).toBe(20);
    expect(await refused(() => setItemDecision(db, s.session, item.id, 'destroy', 'Hết thời hạn bảo quản', undefined, 2026))).toBe('appraisal.notOpen');
    expect(await refused(() => reopenAppraisal(db, s.session, a.id, '   '))).toBe('appraisal.reopenReasonRequired');
    await reopenAppraisal(db, s.session, a.id, 'Ghi nhầm ý kiến về hồ sơ 01.VP: Hội đồng đề nghị hủy');
    expect((await db.appraisals.get(a.id))?.status).toBe('open');
    const back = (await getDossier(db, old.id))!;
    expect([back.retention, back.retentionBasis]).toEqual(before);
    expect(await refused(() => reopenAppraisal(db, s.session, a.id, 'lần nữa'))).toBe('appraisal.notDecided');
    const journal = await db.journal.orderBy('seq').last();
    expect([journal?.action, journal?.detail]).toEqual(['appraisal.reopen', 'Ghi nhầm ý kiến về hồ sơ 01.VP: Hội đồng đề nghị hủy']);
    // Corrected, recorded again and carried out: a destruction is never undone.
    await setItemDecision(db, s.session, item.id, 'destroy', 'Hết thời hạn bảo quản', undefined, 2026);
    await decideAppraisal(db, s.session, a.id, 2026, new Date('2026-03-16T08:00:00'));
    await destroyAppraisal(db, s.session, a.id, { decisionNumber: '12/QĐ-UBND', decisionDate: '2026-03-20', decisionSigner: '', destroyedOn: '2026-03-25', destructionPlace: '', destructionMethod: '' }, new Date('2026-03-26T08:00:00'));
    expect((await destroyedDossiers(db, s.session.unitId)).filter((d) => d.id === old.id).map((d) => d.retention)).toEqual([before[0]]);
    expect(await refused(() => reopenAppraisal(db, s.session, a.id, 'Ghi nhầm'))).toBe('appraisal.reopenDestroyed');
    expect(errorMessage(tVi, new AppError('appraisal.reopenDestroyed'))).toBe('Tài liệu của đợt này đã hủy theo quyết định; không mở lại được.');
  });

  it('the destruction decision is saved when signed and carried out weeks later; opening the opinion again takes it off; once destroyed it stays as recorded', async () => {
    const old = await saveDossier(db, s.session, { ...(await db.dossiers.get(s.ids.C!))!, year: 2018, notation: '02.VP', startDate: '2018-01-02', endDate: '2018-12-01', inventoryNumber: undefined, fileNumber: undefined, boxId: undefined } as DossierFields);
    const council = { fondsId: s.fondsId, name: 'Đợt 2026', councilDecision: 'Quyết định số 10/QĐ-UBND', members: [{ name: 'Vũ Văn Hùng', position: 'Chủ tịch UBND xã', role: 'Chủ tịch Hội đồng' }, { name: 'Nguyễn Thị Lan', position: 'Công chức', role: 'Thư ký' }], meetingPlace: 'Trụ sở UBND xã', conclusion: '', note: '' };
    const a = await startAppraisal(db, s.session, council, [old.id]);
    await saveCouncil(db, s.session, a.id, { ...council, meetingDate: '2026-03-15' });
    const signed = { decisionNumber: 'Quyết định số 12/QĐ-UBND', decisionDate: '2026-03-20', decisionSigner: 'Vũ Văn Hùng' };
    // Before the council's opinion is recorded, there is nothing to decide on: refused, nothing written.
    const seq = (await db.journal.orderBy('seq').last())?.seq;
    expect(await refused(() => recordDestructionDecision(db, s.session, a.id, signed, new Date('2026-03-21T08:00:00')))).toBe('appraisal.destroyNeedsCouncil');
    expect((await db.journal.orderBy('seq').last())?.seq).toBe(seq);
    await decideAppraisal(db, s.session, a.id, 2026, new Date('2026-03-16T08:00:00'));
    expect(await refused(() => recordDestructionDecision(db, s.session, a.id, { ...signed, decisionDate: '2026-03-10' }, new Date('2026-03-21T08:00:00')))).toBe('appraisal.decisionBeforeMeeting');
    await recordDestructionDecision(db, s.session, a.id, signed, new Date('2026-03-21T08:00:00'));
    const saved = (await db.appraisals.get(a.id))!;
    // Saved as the papers print it ("Quyết định số" is theirs); the dossier is not destroyed yet.
    expect([saved.status, saved.decisionNumber, saved.decisionDate, saved.decisionSigner]).toEqual(['decided', '12/QĐ-UBND', '2026-03-20', 'Vũ Văn Hùng']);
    expect((await getDossier(db, old.id))?.deleted).toBe(false);
    const journal = await db.journal.orderBy('seq').last();
    expect([journal?.action, journal?.detail]).toEqual(['appraisal.destructionDecision', '12/QĐ-UBND']);
    // The opinion opened again: the decision made on it is taken off, to be saved again after.
    await reopenAppraisal(db, s.session, a.id, 'Sửa ngày họp');
    const reopened = (await db.appraisals.get(a.id))!;
    expect([reopened.status, reopened.decisionNumber, reopened.decisionDate, reopened.decisionSigner]).toEqual(['open', undefined, undefined, undefined]);
    await decideAppraisal(db, s.session, a.id, 2026, new Date('2026-03-16T08:00:00'));
    await recordDestructionDecision(db, s.session, a.id, signed, new Date('2026-03-21T08:00:00'));
    // Carried out on the 25th under it; then nothing of it changes.
    await destroyAppraisal(db, s.session, a.id, { ...signed, decisionNumber: '12/QĐ-UBND', destroyedOn: '2026-04-25', destructionPlace: 'Trụ sở UBND xã', destructionMethod: 'Cắt hủy' }, new Date('2026-04-26T08:00:00'));
    expect((await destroyedDossiers(db, s.session.unitId)).filter((d) => d.id === old.id).map((d) => [d.destructionDecisionNumber, d.destructionDecisionDate, d.destroyedAt])).toEqual([['12/QĐ-UBND', '2026-03-20', '2026-04-25']]);
    expect(await refused(() => recordDestructionDecision(db, s.session, a.id, { ...signed, decisionNumber: '13/QĐ-UBND' }, new Date('2026-04-27T08:00:00')))).toBe('appraisal.alreadyDestroyed');
    expect((await db.appraisals.get(a.id))?.decisionNumber).toBe('12/QĐ-UBND');
  });
});

describe('loans', () => {
  it('shows the overdue loan on the home screen until it comes back', async () => {
    expect((await overdueLoans(db, s.session.unitId, SEED_TODAY)).map((v) => [v.loan.requesterName, v.loan.dueDate, v.dossiers.map((d) => d?.notation)])).toEqual([['Lê Thị Hoa', '2025-12-27', ['01.TH']]]);
    // Its file was deposited on 10/01/2026 (the loan was written in afterwards): it came back before that.
    expect(await refused(() => returnLoan(db, s.session, s.ids.openLoan!, '2026-01-14', 'Nguyên vẹn'))).toBe('loan.returnAfterDeposit:01.TH');
    await returnLoan(db, s.session, s.ids.openLoan!, '2026-01-09', 'Nguyên vẹn');
    expect(await overdueLoans(db, s.session.unitId, SEED_TODAY)).toEqual([]);
    expect((await loansOfYear(db, s.session.unitId, 2025)).map((v) => v.loan.requesterName)).toEqual(['Trần Văn Nam', 'trần văn nam', 'Lê Thị Hoa']);
  });

  it('refuses a destroyed dossier and one still out, writing nothing', async () => {
    const l = loanInput(s.session.unitId, { requestDate: '2026-01-15', loanDate: '2026-01-15', dueDate: '2026-01-16' });
    expect(await refused(() => createLoan(db, s.session, l, [{ dossierId: s.ids.G!, documents: '' }]))).toBe('loan.dossierDestroyed:01.TH');
    // A dossier still open (in use for current work, not in the archive) is not lent.
    expect(await refused(() => createLoan(db, s.session, l, [{ dossierId: s.ids.E!, documents: '' }]))).toBe('loan.dossierOpen:05.TH');
    // Deposited on 10/01/2026: from then on its paper is at the archive, which lends it.
    expect(await refused(() => createLoan(db, s.session, l, [{ dossierId: s.ids.C!, documents: '' }, { dossierId: s.ids.A!, documents: '' }]))).toBe('loan.dossierDeposited:01.TH');
    const before = { ...l, requestDate: '2026-01-05', loanDate: '2026-01-05', dueDate: '2026-01-06' };
    expect(await refused(() => createLoan(db, s.session, before, [{ dossierId: s.ids.C!, documents: '' }, { dossierId: s.ids.A!, documents: '' }]))).toBe('loan.dossierOut:01.TH');
    expect(await refused(() => createLoan(db, s.session, { ...l, dueDate: '2026-01-14' }, [{ dossierId: s.ids.C!, documents: '' }]))).toBe('loan.dueBeforeLoan');
    expect(await refused(() => createLoan(db, s.session, l, []))).toBe('loan.dossiersRequired');
  });

  it('a dossier out on loan is with its reader: it cannot be deposited until it comes back', async () => {
    const l = loanInput(s.session.unitId, { requestDate: '2026-01-15', loanDate: '2026-01-15', dueDate: '2026-01-20' });
    const out = await createLoan(db, s.session, l, [{ dossierId: s.ids.C!, documents: '' }]);
    const digest = await databaseDigest(db);
    expect(await refused(() => createDepositBatch(db, s.session, batchInput(s.fondsId, '2026-01-15', 'Hồ sơ năm 2025 (đợt 2)'), [s.ids.C!], SEED_TODAY))).toBe('deposit.dossierOut:03.TH');
    expect(await databaseDigest(db)).toBe(digest);
    await returnLoan(db, s.session, out.id, '2026-01-15', 'Nguyên vẹn');
    // Nor handed over on a day before it was lent and came back (a batch dated in the past).
    expect(await refused(() => createDepositBatch(db, s.session, batchInput(s.fondsId, '2026-01-14', 'Hồ sơ năm 2025 (đợt 2)'), [s.ids.C!], SEED_TODAY))).toBe('deposit.dossierLentAfter:03.TH');
    await createDepositBatch(db, s.session, batchInput(s.fondsId, '2026-01-15', 'Hồ sơ năm 2025 (đợt 2)'), [s.ids.C!], SEED_TODAY);
    expect((await getDossier(db, s.ids.C!))?.depositedAt).toBe('2026-01-15');
  });

  it('numbers each request within its year as it is made, and never gives a cancelled one’s number again', async () => {
    const l = loanInput(s.session.unitId, { requestDate: '2026-01-15', loanDate: '2026-01-15', dueDate: '2026-01-20' });
    const first = await createLoan(db, s.session, l, [{ dossierId: s.ids.C!, documents: '' }]);
    await returnLoan(db, s.session, first.id, '2026-01-15', 'Nguyên vẹn');
    const second = await createLoan(db, s.session, l, [{ dossierId: s.ids.C!, documents: '' }]);
    await cancelLoan(db, s.session, second.id, 'Nhập nhầm');
    // Written in afterwards for an earlier day: the next number all the same (the number is the order it was registered in).
    const third = await createLoan(db, s.session, { ...l, requestDate: '2026-01-12', loanDate: '2026-01-12', dueDate: '2026-01-13' }, [{ dossierId: s.ids.C!, documents: '' }]);
    expect([first.number, second.number, third.number]).toEqual([1, 2, 3]);
    // Each year has its own: the seed's 2025 requests are 1 to 3 as well.
    expect((await loansOfYear(db, s.session.unitId, 2025)).map((v) => v.loan.number).sort()).toEqual([1, 2, 3]);
    // Requests made before numbers were kept get their place among the year's unnumbered ones (cancelled counted), below
    // every number given since: no two print one number.
    const stripped = await db.loans.bulkGet([first.id, second.id]);
    await db.loans.bulkPut(stripped.map((l) => { const { number: _n, ...old } = l!; return old; }));
    expect((await loansOfYear(db, s.session.unitId, 2026)).map((v) => [v.loan.loanDate, v.loan.number])).toEqual([['2026-01-12', 3], ['2026-01-15', 1]]);
  });

  it('a copy needs at least one copy, and the refusal says so', async () => {
    const l = loanInput(s.session.unitId, { form: 'copy', requestDate: '2026-01-15', loanDate: '2026-01-15', dueDate: '2026-01-16' });
    const lines = [{ dossierId: s.ids.C!, documents: '' }];
    const sentence = async (copiesTyped: string) => {
      const copies = copiesOf('copy', copiesTyped);
      expect(await refused(() => createLoan(db, s.session, { ...l, copies }, lines))).toMatch(/^loan\.copies/);
      return errorMessage(tVi, await createLoan(db, s.session, { ...l, copies }, lines).catch((e: unknown) => e));
    };
    expect(await sentence('0')).toBe('Số bản sao phải từ 1 trở lên. Hãy ghi số bản cần sao, ví dụ 2.');
    expect(await sentence('')).toBe('Số bản sao phải từ 1 trở lên. Hãy ghi số bản cần sao, ví dụ 2.');
    expect(await sentence('-1')).toBe('Số bản sao phải là số nguyên từ 1 đến 100.000, ví dụ 2.');
    expect(await sentence('1e3')).toBe('Số bản sao phải là số nguyên từ 1 đến 100.000, ví dụ 2.');
    expect((await createLoan(db, s.session, { ...l, copies: copiesOf('copy', ' 2 ') }, lines)).copies).toBe(2);
  });
});

describe('fonds after the 2025 reform', () => {
  it('a closed fonds refuses new dossiers and new numbers, keeps its own, and still allows other corrections', async () => {
    const fonds = (await db.fonds.get(s.fondsId))!;
    await saveFonds(db, s.session, { ...fonds, creators: [{ name: 'UBND xã Thụy Hải', from: '1990', to: '2025-06-30' }], creatorHistory: 'Xã Thụy Hải được thành lập năm 1990.' }, s.fondsId, 2026);
    await closeFonds(db, s.session, s.fondsId, '2025-06-30', 'Nghị quyết số 1656/NQ-UBTVQH15');
    const e = (await db.dossiers.get(s.ids.E!))!;
    expect(await refused(() => saveDossier(db, s.session, { ...e, notation: '10.TH', title: 'Mới' } as DossierFields))).toBe('fonds.closedNoNewDossier');
    expect(await refused(() => numberDossiers(db, s.session, { fondsId: s.fondsId, ids: [s.ids.C!], order: 'heading-time', inventories: { permanent: 1, fixedTerm: 2 } }))).toBe('fonds.closedFrozen');
    expect(await refused(() => saveDossier(db, s.session, { ...e, notation: '11.TH' } as DossierFields, e.id))).toBe('fonds.closedFrozen');
    await saveDossier(db, s.session, { ...e, note: 'Còn thiếu biên bản' } as DossierFields, e.id);
    const closed = await db.fonds.get(s.fondsId);
    expect([closed?.status, closed?.closedAt, closed?.endYear, closed?.creators]).toEqual(['closed', '2025-06-30', 2025, [{ name: 'UBND xã Thụy Hải', from: '1990', to: '2025-06-30' }]]);
    expect(await refused(() => closeFonds(db, s.session, s.fondsId, '2025-06-30', 'Lần nữa'))).toBe('fonds.alreadyClosed');
  });
});

describe('the fonds list', () => {
  it('says when a fonds holds files older than the year it says it began (backlog papers processed into a fonds begun in 2025)', async () => {
    const fonds = (await db.fonds.get(s.fondsId))!;
    // The fixture's files begin on 05/01/2015.
    const row = async () => (await fondsOverview(db, s.session.unitId)).find((f) => f.id === s.fondsId)!;
    await saveFonds(db, s.session, { ...fonds, startYear: 2016 }, s.fondsId, 2026);
    expect((await row()).documentsFrom).toBe(2015);
    await saveFonds(db, s.session, { ...fonds, startYear: 2015 }, s.fondsId, 2026);
    expect((await row()).documentsFrom).toBeUndefined();
  });
});

describe('statistics as .xlsx', () => {
  it('exports the report with real numbers per indicator, naming each form', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { statisticsToXlsx } = await import('../../renderer/src/spreadsheet/statistics-xlsx');
    const { reportSections } = await import('../../renderer/src/core/duties/statistics');
    const values = (await reportView(db, s.session.unitId, 2025)).values;
    const bytes = await statisticsToXlsx('Báo cáo thống kê năm 2025', ['Số liệu'], reportSections(DEFAULT_STAT_FORMS, [values]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]![0]).toBe('Báo cáo thống kê năm 2025');
    expect(rows).toContainEqual(['0804.N/BNV-VTLT — Số lượng văn bản đi, văn bản đến', '1.2', 'Văn bản đến', 'văn bản', 6]);
    expect(rows).toContainEqual(['0808.N/BNV-VTLT — Tài liệu lưu trữ đang bảo quản', '3.5', 'Quy ra mét giá', 'mét', 0.25]);
  });
});
