// Pure rules of appraisal, loans, fonds and statistics, as tables of cases.
import { describe, expect, it } from 'vitest';
import { appraisalSummary, assertCouncilReady, datedOnPrinting, bareDecisionNumber, decisionIssues, destructionCandidates, destructionIssues, destructionReason, itemIssues, signerLooksLikeName } from '../../renderer/src/core/duties/appraisal';
import { assertLendable, copiesOf, lendingRefusal, notLendableYet, isOverdue, LOAN_REQUIRED, openDueOf, readerKey, validateLoan } from '../../renderer/src/core/duties/loans';
import { assertFondsAllows, closingFondsIssues, creatorPeriod, fondsForeword, fondsTitle, validateFonds, workingFonds } from '../../renderer/src/core/duties/fonds';
import { reportColumns } from '../../renderer/src/core/duties/upper-duties';
import { blankTypedRows, DEFAULT_STAT_FORMS, figuresRefusal, formsWithIndicators, INDICATORS, normaliseForms, reportValues, totalValues, typedCellValues, typedFigureIssues } from '../../renderer/src/core/duties/statistics';
import type { Dossier } from '../../renderer/src/core/dossiers/types';
import type { LoanFields } from '../../renderer/src/core/duties/types';
import type { FondsFields } from '../../renderer/src/core/unit';
import { isAppError } from '../../renderer/src/core/errors';
import { errorMessage } from '../../renderer/src/i18n';
import { loadTranslators } from '../helpers/translators';
import { batchDestination, depositBasis } from '../../renderer/src/core/duties/deposit';

const code = (f: () => void) => {
  try {
    f();
    return 'accepted';
  } catch (e) {
    return isAppError(e) ? e.code : String(e);
  }
};
const meta = { origin: 'u', clock: 'c', deleted: false, changedBy: 'x' };
const dossier = (over: Partial<Dossier>): Dossier => ({ id: 'd', unitId: 'u', fondsId: 'f', year: 2015, heading: '', headingCode: '', notation: '01.TH', title: 't', retention: 5, keeper: '', status: 'closed', access: 'open', language: '', condition: '', note: '', source: 'plan', endDate: '2015-12-20', ...meta, ...over }) as Dossier;

describe('appraisal', () => {
  it('candidates: own, live, fixed-term, expired, not already before a council', () => {
    const ds = [dossier({ id: 'a' }), dossier({ id: 'b', retention: 'permanent' }), dossier({ id: 'c', year: 2024, endDate: '2024-12-01' }), dossier({ id: 'd', deleted: true }), dossier({ id: 'e', origin: 'v' }), dossier({ id: 'f' })];
    expect(destructionCandidates(ds, 'u', 2026, new Set(['f'])).map((d) => d.id)).toEqual(['a']);
  });

  const cases: [string, Parameters<typeof itemIssues>[0], Partial<Dossier>, string[]][] = [
    ['destroy an expired fixed-term dossier', { decision: 'destroy', reason: 'Hết thời hạn bảo quản' }, {}, []],
    ['destroy a permanent dossier', { decision: 'destroy', reason: 'Trùng lặp' }, { retention: 'permanent' }, ['appraisal.destroyPermanent']],
    ['destroy without a reason', { decision: 'destroy', reason: ' ' }, {}, ['appraisal.reasonRequired']],
    ['keep longer: 20 years from 2015 → 2035', { decision: 'keep', reason: 'Còn giá trị tra cứu', newRetention: 20 }, {}, []],
    ['keep longer: permanent', { decision: 'keep', reason: 'Có giá trị lịch sử', newRetention: 'permanent' }, {}, []],
    ['keep longer without a reason', { decision: 'keep', reason: '', newRetention: 20 }, {}, ['appraisal.keepReasonRequired']],
    ['keep longer without a period', { decision: 'keep', reason: 'x' }, {}, ['appraisal.keepPeriodRequired']],
    ['keep longer with a period already over', { decision: 'keep', reason: 'x', newRetention: 10 }, {}, ['appraisal.keepPeriodTooShort']],
  ];
  it.each(cases)('%s', (_l, item, d, codes) => {
    expect(itemIssues(item, dossier(d), 2026).map((i) => i.code)).toEqual(codes);
  });

  /** "Today" of these cases. */
  const T = '2026-03-10';

  it('the council needs its decision, two members, the meeting date and at least one dossier', () => {
    const ready = { councilDecision: 'QĐ 45/QĐ-UBND', members: [{ name: 'A', position: '', role: 'Chủ tịch' }, { name: 'B', position: '', role: 'Thư ký' }], meetingDate: '2026-02-01', status: 'open' as const };
    expect(code(() => assertCouncilReady(ready, 1, T))).toBe('accepted');
    expect(code(() => assertCouncilReady(ready, 0, T))).toBe('appraisal.empty');
    expect(code(() => assertCouncilReady({ ...ready, councilDecision: '' }, 1, T))).toBe('appraisal.councilDecisionRequired');
    expect(code(() => assertCouncilReady({ ...ready, members: ready.members.slice(0, 1) }, 1, T))).toBe('appraisal.membersRequired');
    expect(code(() => assertCouncilReady({ ...ready, meetingDate: undefined }, 1, T))).toBe('appraisal.meetingDateRequired');
    expect(code(() => assertCouncilReady({ ...ready, status: 'decided' }, 1, T))).toBe('appraisal.notOpen');
    // Its opinion is recorded after it met, not before.
    expect(code(() => assertCouncilReady({ ...ready, meetingDate: '2026-03-11' }, 1, T))).toBe('appraisal.meetingInFuture');
  });

  it('the destruction decision saved alone is checked as it is with the destruction, and asks nothing of the destruction', () => {
    const decision = { decisionNumber: '52/QĐ-UBND', decisionDate: '2026-03-01', decisionSigner: 'Vũ Văn Hùng' };
    expect(decisionIssues({ status: 'decided', meetingDate: '2026-02-01' }, decision, T)).toEqual([]);
    expect(decisionIssues({ status: 'open', meetingDate: '2026-02-01' }, decision, T).map((i) => i.code)).toEqual(['appraisal.destroyNeedsCouncil']);
    expect(decisionIssues({ status: 'decided', meetingDate: '2026-04-01' }, decision, T).map((i) => i.code)).toEqual(['appraisal.decisionBeforeMeeting']);
    expect(decisionIssues({ status: 'decided', meetingDate: '2026-02-01' }, { ...decision, decisionNumber: '', decisionDate: '2026-03-11' }, T).map((i) => i.code)).toEqual(['appraisal.decisionNumberRequired', 'appraisal.dateInFuture']);
    expect(decisionIssues({ status: 'decided', meetingDate: '2026-02-01' }, { ...decision, decisionSigner: 'x'.repeat(201) }, T).map((i) => [i.field, i.code])).toEqual([['decisionSigner', 'text.tooLong']]);
  });

  it('destruction needs the council’s decision and the decision’s number and date, in order', () => {
    const input = { decisionNumber: '52/QĐ-UBND', decisionDate: '2026-03-01', decisionSigner: '', destroyedOn: '2026-03-10', destructionPlace: '', destructionMethod: '' };
    expect(destructionIssues({ status: 'decided', meetingDate: '2026-02-01' }, input, T)).toEqual([]);
    expect(destructionIssues({ status: 'open', meetingDate: '2026-02-01' }, input, T).map((i) => i.code)).toEqual(['appraisal.destroyNeedsCouncil']);
    expect(destructionIssues({ status: 'decided', meetingDate: '2026-02-01' }, { ...input, decisionNumber: '', decisionDate: '' }, T).map((i) => i.code)).toEqual(['appraisal.decisionNumberRequired', 'appraisal.decisionDateRequired']);
    expect(destructionIssues({ status: 'decided', meetingDate: '2026-04-01' }, input, T).map((i) => i.code)).toEqual(['appraisal.decisionBeforeMeeting']);
    expect(destructionIssues({ status: 'decided', meetingDate: '2026-02-01' }, { ...input, destroyedOn: '2026-02-20' }, T).map((i) => i.code)).toEqual(['appraisal.destroyedBeforeDecision']);
    // Nothing dated after today: a destruction is recorded once it happened (it cannot be undone).
    expect(destructionIssues({ status: 'decided', meetingDate: '2026-02-01' }, { ...input, destroyedOn: '2026-03-11' }, T).map((i) => i.code)).toEqual(['appraisal.destroyedInFuture']);
    expect(destructionIssues({ status: 'decided', meetingDate: '2026-02-01' }, { ...input, decisionDate: '2038-12-20', destroyedOn: '2038-12-20' }, T).map((i) => i.code)).toEqual(['appraisal.dateInFuture', 'appraisal.destroyedInFuture']);
    // An empty date asks for it; a date that does not exist says so.
    expect(destructionIssues({ status: 'decided', meetingDate: '2026-02-01' }, { ...input, destroyedOn: '' }, T).map((i) => i.code)).toEqual(['appraisal.destroyedOnRequired']);
    expect(destructionIssues({ status: 'decided', meetingDate: '2026-02-01' }, { ...input, decisionDate: '31/02/2026' }, T).map((i) => i.code)).toEqual(['date.noSuchDay']);
    // The number is kept without the words typed before it (the papers print "Quyết định số" themselves).
    for (const typed of ['52/QĐ-UBND', 'Quyết định số 52/QĐ-UBND', 'QĐ 52/QĐ-UBND', 'số 52/QĐ-UBND', 'Số: 52/QĐ-UBND']) expect(bareDecisionNumber(typed)).toBe('52/QĐ-UBND');
    expect(destructionReason('52/QĐ-UBND', '2026-03-01')).toBe('Hủy theo Quyết định số 52/QĐ-UBND ngày 01/03/2026');
  });

  it('summarises the thuyết minh: counts, sheets, boxes, years, reasons with expiry first', () => {
    const ds = new Map([
      ['a', { sheetCount: 40, year: 2014, startDate: '2014-02-01', endDate: '2015-01-10', boxId: 'b1' }],
      ['b', { sheetCount: 10, year: 2016, boxId: 'b1' }],
      ['c', { year: 2017, boxId: 'b2' }],
    ]);
    const s = appraisalSummary([{ dossierId: 'a', decision: 'destroy', reason: 'Trùng lặp' }, { dossierId: 'b', decision: 'destroy', reason: 'Hết thời hạn bảo quản' }, { dossierId: 'c', decision: 'keep', reason: 'x' }], ds);
    expect(s).toEqual({ total: 3, destroy: 2, keep: 1, sheets: 50, boxes: 1, unsheeted: 0, unboxed: 0, fromYear: 2014, toYear: 2016, byReason: [['Hết thời hạn bảo quản', 1], ['Trùng lặp', 1]] });
    // Dossiers with no sheet count or no box are counted apart, not silently left out of the figures.
    const partial = appraisalSummary([{ dossierId: 'a', decision: 'destroy', reason: 'x' }, { dossierId: 'c', decision: 'destroy', reason: 'x' }, { dossierId: 'd', decision: 'destroy', reason: 'x' }], new Map<string, { sheetCount?: number; year: number; boxId?: string }>([...ds, ['d', { year: 2018 }]]));
    expect([partial.sheets, partial.unsheeted, partial.boxes, partial.unboxed]).toEqual([40, 2, 2, 1]);
  });
});

describe('a deposit batch’s Căn cứ', () => {
  it('cites the Law on Archives in force on its day, then NĐ 30 and the file plan; files going on, the Law alone', () => {
    expect(depositBasis('2026-03-10', false, 'Căn cứ Danh mục hồ sơ năm 2025;')).toEqual(['Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;', 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;', 'Căn cứ Danh mục hồ sơ năm 2025;']);
    expect(depositBasis('2026-03-10', true)).toEqual(['Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;']);
    // Before 1 July 2025 the Law of 2024 was not in force.
    expect(depositBasis('2025-06-30', false)).toEqual(['Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;']);
    expect(depositBasis('2025-06-30', true)).toEqual(['Căn cứ Luật Lưu trữ ngày 11 tháng 11 năm 2011;']);
  });
});

describe('loans', () => {
  const loan = (over: Partial<LoanFields> = {}): LoanFields => ({ unitId: 'u', requesterName: 'Trần Văn Nam', organisation: '', idDocument: 'CCCD 034090001111', purpose: 'Tra cứu', form: 'read', copies: 0, approvedBy: 'Vũ Văn Hùng, Chủ tịch UBND xã', requestDate: '2026-01-05', loanDate: '2026-01-05', dueDate: '2026-01-12', returnCondition: '', note: '', ...over });
  const cases: [string, Partial<LoanFields>, number, string[]][] = [
    ['a complete request', {}, 1, []],
    ['nobody asked', { requesterName: '' }, 1, ['loan.requesterRequired']],
    ['no identity document', { idDocument: '' }, 1, ['loan.idDocumentRequired']],
    ['no purpose, nobody approved', { purpose: '', approvedBy: '' }, 1, ['loan.purposeRequired', 'loan.approvalRequired']],
    // The slip prints the approver's position over the signature, the name under it: a name alone printed as both.
    ['an approver without a position', { approvedBy: 'Vũ Văn Hùng' }, 1, ['loan.approverPosition']],
    ['a position without a name', { approvedBy: 'Chủ tịch UBND xã' }, 1, ['loan.approverPosition']],
    ['a name and a comma, no position', { approvedBy: 'Vũ Văn Hùng, ' }, 1, ['loan.approverPosition']],
    ['a comma and a position, no name', { approvedBy: ' , Chủ tịch UBND xã' }, 1, ['loan.approverPosition']],
    ['a copy without the number of copies', { form: 'copy' }, 1, ['loan.copiesRequired']],
    ['a certified copy of no copies', { form: 'certified-copy', copies: 0 }, 1, ['loan.copiesRequired']],
    ['due before the loan', { dueDate: '2026-01-04' }, 1, ['loan.dueBeforeLoan']],
    ['lent before it was asked for', { loanDate: '2026-01-04', dueDate: '2026-01-05' }, 1, ['loan.loanBeforeRequest']],
    ['returned before the loan', { returnedDate: '2026-01-01' }, 1, ['loan.returnBeforeLoan']],
    ['no dossier', {}, 0, ['loan.dossiersRequired']],
  ];
  it.each(cases)('%s', (_l, over, items, codes) => {
    expect(validateLoan(loan(over), items).map((i) => i.code)).toEqual(codes);
  });
  it('a request, a handing over or a return after today is refused at its field (a year mistyped showed the loan out); the due date may be ahead', () => {
    const today = '2026-01-10';
    expect(validateLoan(loan({ requestDate: '2026-01-05', loanDate: '2026-01-05', dueDate: '2026-02-20' }), 1, today)).toEqual([]);
    expect(validateLoan(loan({ requestDate: '2027-01-05', loanDate: '2027-01-05', dueDate: '2027-01-12' }), 1, today).map((i) => [i.field, i.code, i.params])).toEqual([
      ['requestDate', 'loan.dateInFuture', { date: '05/01/2027', today: '10/01/2026' }],
      ['loanDate', 'loan.dateInFuture', { date: '05/01/2027', today: '10/01/2026' }],
    ]);
    expect(validateLoan(loan({ returnedDate: '2026-01-11' }), 1, today).map((i) => [i.field, i.code])).toEqual([['returnedDate', 'loan.dateInFuture']]);
  });
  it('the fields the form marks * are those a request left empty is refused at; a copy asks for its copies besides', () => {
    const blank = loan({ requesterName: '', organisation: '', idDocument: '', purpose: '', approvedBy: '', requestDate: '', loanDate: '', dueDate: '' });
    expect(new Set(validateLoan(blank, 0).map((i) => i.field))).toEqual(new Set(LOAN_REQUIRED));
    expect(validateLoan({ ...loan(), form: 'copy', copies: 0 }, 1).map((i) => i.field)).toEqual(['copies']);
  });
  it('Số bản sao as typed: digits only; a copy asks for 1 at least, reading on site for none', () => {
    expect(['', ' 2 ', '0', '1e3', '0x10', '1,5', '-1', 'hai'].map((x) => copiesOf('copy', x))).toEqual([0, 2, 0, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN]);
    expect(copiesOf('read', '3')).toBe(0);
    expect(validateLoan(loan({ form: 'certified-copy', copies: copiesOf('certified-copy', '-1') }), 1)).toEqual([{ field: 'copies', code: 'loan.copiesRange', params: { min: 1, max: 100_000 } }]);
    expect(validateLoan(loan({ copies: -1 }), 1)).toEqual([{ field: 'copies', code: 'loan.copiesRange', params: { min: 0, max: 100_000 } }]);
  });
  it('a destroyed, removed, open or lent dossier is refused by name', () => {
    const commune = { unitId: 'xa', upper: false, receivedBatches: new Map<string, string>(), tookOver: new Map<string, string>(), keptAtUnit: new Set<string>() };
    const closed = { deleted: false, notation: '01.TH', status: 'closed', source: 'plan', origin: 'xa' } as const;
    const lend = (d: Parameters<typeof assertLendable>[0], out?: Parameters<typeof assertLendable>[1]) => code(() => assertLendable(d, out, commune, '2026-03-01'));
    expect(lend(closed)).toBe('accepted');
    expect(lend({ ...closed, deleted: true, destroyedAt: '2025-10-20', destructionDecisionNumber: '52' })).toBe('loan.dossierDestroyed');
    expect(lend({ ...closed, deleted: true })).toBe('loan.dossierDeleted');
    expect(lend({ ...closed, status: 'open' })).toBe('loan.dossierOpen');
    // A backlog slip is still being processed (it is closed when numbered), not "at work in the office".
    expect(lend({ ...closed, status: 'open', source: 'backlog' })).toBe('loan.dossierProcessing');
    expect(lend(closed, { requesterName: 'Lê Thị Hoa', dueDate: '2026-01-10' })).toBe('loan.dossierOut');
    expect(lend(undefined)).toBe('record.notFound');
  });
  it('a dossier is lent where its paper is: the unit until it deposits it, then the archive that recorded the batch as received', () => {
    const deposited = { deleted: false, notation: '01.TH', status: 'closed', source: 'plan', origin: 'xa', depositBatchId: 'b1', depositedAt: '2026-01-10' } as const;
    const commune = { unitId: 'xa', upper: false, receivedBatches: new Map<string, string>(), tookOver: new Map<string, string>(), keptAtUnit: new Set<string>() };
    expect(code(() => assertLendable(deposited, undefined, commune, '2026-01-10'))).toBe('loan.dossierDeposited');
    // A loan dated before the deposit, written in afterwards from the paper register, was the commune's own.
    expect(code(() => assertLendable(deposited, undefined, commune, '2026-01-09'))).toBe('accepted');
    // Deposited into the commune's own lưu trữ hiện hành, the paper is in its archive room: the commune lends it, an archive above does not.
    const atHome = { ...commune, keptAtUnit: new Set(['b1']) };
    expect(code(() => assertLendable(deposited, undefined, atHome, '2026-03-01'))).toBe('accepted');
    expect(notLendableYet(deposited, { unitId: 'tinh', upper: true, receivedBatches: new Map(), tookOver: new Map(), keptAtUnit: new Set(['b1']) }, '2026-03-01')).toBe('notDeposited');
    // A merged commune holding the fonds of one it replaced: what that commune deposited is at the archive.
    const merged = { unitId: 'xa-moi', upper: false, receivedBatches: new Map<string, string>(), tookOver: new Map([['xa', '2025-07-01']]), keptAtUnit: new Set<string>() };
    expect(code(() => assertLendable(deposited, undefined, merged, '2026-03-01'))).toBe('loan.dossierDeposited');
    const kept = { ...deposited, depositBatchId: undefined, depositedAt: undefined };
    expect(code(() => assertLendable(kept, undefined, merged, '2026-03-01'))).toBe('accepted');
    // From the day it took them over: before, the paper was at the commune it replaced.
    expect(lendingRefusal(kept, undefined, merged, '2025-06-30')).toEqual({ code: 'loan.dossierTakenOverAfter', params: { notation: '01.TH', date: '01/07/2025' } });
    // A commune that received a neighbour's data without taking over its fonds: the paper is at the neighbour.
    const neighbour = { ...merged, tookOver: new Map<string, string>(), keptAtUnit: new Set<string>() };
    expect(lendingRefusal(kept, undefined, neighbour, '2026-03-01')).toEqual({ code: 'loan.dossierNotTakenOver', params: { notation: '01.TH' } });
    expect(notLendableYet(deposited, neighbour, '2026-03-01')).toBe('notTakenOver');
    // The province archive: a commune's record it only received as data, a batch not yet recorded, a batch received.
    const archive = { unitId: 'tinh', upper: true, receivedBatches: new Map([['b1', '2026-01-12']]), tookOver: new Map<string, string>(), keptAtUnit: new Set<string>() };
    expect(code(() => assertLendable({ ...deposited, depositBatchId: undefined, depositedAt: undefined }, undefined, archive, '2026-03-01'))).toBe('loan.dossierNotDeposited');
    expect(code(() => assertLendable({ ...deposited, depositBatchId: 'b2' }, undefined, archive, '2026-03-01'))).toBe('loan.dossierNotReceived');
    expect(code(() => assertLendable(deposited, undefined, archive, '2026-03-01'))).toBe('accepted');
    // Not before the day the archive received the batch.
    expect(code(() => assertLendable(deposited, undefined, archive, '2026-01-11'))).toBe('loan.dossierReceivedAfter');
    // The archive's own records are its own to lend.
    expect(code(() => assertLendable({ ...deposited, origin: 'tinh', depositBatchId: undefined, depositedAt: undefined }, undefined, archive, '2026-03-01'))).toBe('accepted');
    expect(notLendableYet({ ...deposited, status: 'open' }, archive, '2026-03-01')).toBe('open');
  });
  it('a batch says where its papers went; one made before it was asked counts as handed to an archive elsewhere, as it did then', () => {
    expect(batchDestination({ destination: 'current' })).toBe('current');
    expect(batchDestination({ destination: 'historical' })).toBe('historical');
    expect(batchDestination({})).toBe('historical');
  });
  it('overdue while out past its due date; one reader whatever the case and spaces', () => {
    expect(isOverdue({ dueDate: '2026-01-10', deleted: false }, '2026-01-11')).toBe(true);
    expect(isOverdue({ dueDate: '2026-01-10', deleted: false }, '2026-01-10')).toBe(false);
    expect(isOverdue({ dueDate: '2026-01-10', returnedDate: '2026-01-12', deleted: false }, '2026-02-01')).toBe(false);
    expect(openDueOf({ dueDate: '2026-01-10', deleted: true })).toBeUndefined();
    expect(readerKey({ requesterName: 'Trần  Văn Nam', idDocument: 'CCCD 0340 90001111' })).toBe(readerKey({ requesterName: 'trần văn nam', idDocument: 'cccd 034090001111' }));
  });
});

describe('fonds', () => {
  const fonds = (over: Partial<FondsFields> = {}): FondsFields => ({ unitId: 'u', name: 'Phông UBND xã Thụy Hải', number: '15', status: 'open', startYear: 1990, history: '', ...over });
  it('creators need a name and dates as a year or a date, in order', () => {
    expect(validateFonds(fonds({ creators: [{ name: 'UBND xã Thụy Hải', from: '1990', to: '2025-06-30' }] }), 2026)).toEqual([]);
    expect(validateFonds(fonds({ creators: [{ name: '', from: '1990' }, { name: 'X', from: '90' }, { name: 'Y', from: '2000', to: '1999' }] }), 2026).map((i) => `${i.field}:${i.code}`)).toEqual(['creators.0:fonds.creatorNameRequired', 'creators.1:fonds.creatorDates', 'creators.2:fonds.creatorDates']);
    // A day that does not exist is named, as in any date field.
    expect(validateFonds(fonds({ creators: [{ name: 'UBND xã Thụy Hải', from: '1990', to: '31/06/2025' }] }), 2026)).toEqual([{ field: 'creators.0', code: 'date.noSuchDay', params: { day: 31, month: 6, year: 2025, days: 30 } }]);
    expect(creatorPeriod({ from: '1990', to: '2025-06-30' })).toBe('1990 – 30/06/2025');
    expect(creatorPeriod({ from: '2025-07-01' })).toBe('01/07/2025 – nay');
  });
  it('closing needs a date and a basis, once', () => {
    expect(closingFondsIssues(fonds(), '2025-06-30', 'Nghị quyết 1656/NQ-UBTVQH15')).toEqual([]);
    expect(closingFondsIssues(fonds({ status: 'closed' }), '2025-06-30', 'x').map((i) => i.code)).toEqual(['fonds.alreadyClosed']);
    expect(closingFondsIssues(fonds(), '1980-01-01', '').map((i) => i.code)).toEqual(['fonds.closedBeforeStart', 'fonds.closingBasisRequired']);
  });
  it('a closed fonds refuses a new dossier and any renumbering, allows other corrections', () => {
    const closed = { status: 'closed' as const, name: 'Phông UBND xã Thụy Hải', closedAt: '2025-06-30' };
    const d = { notation: '01.TH', fileNumber: 3, inventoryNumber: 1, note: '' };
    expect(code(() => assertFondsAllows(closed, undefined, d))).toBe('fonds.closedNoNewDossier');
    expect(code(() => assertFondsAllows(closed, d, { ...d, fileNumber: 4 }))).toBe('fonds.closedFrozen');
    expect(code(() => assertFondsAllows(closed, d, { ...d, note: 'Thiếu tờ 12' }))).toBe('accepted');
    expect(code(() => assertFondsAllows({ ...closed, status: 'open' }, undefined, d))).toBe('accepted');
  });
  it('the pages open on the fonds being formed, not on an earlier commune\'s fonds added after it', () => {
    const held = [
      { id: 'an-khe', ...fonds({ name: 'Phông UBND xã An Khê', startYear: 1985, endYear: 2025 }) },
      { id: 'received', ...fonds({ unitId: 'other', name: 'Phông UBND xã An Bình', startYear: 2025 }) },
      { id: 'thuy-hai-cu', ...fonds({ name: 'Phông UBND xã Thụy Hải (cũ)', startYear: 1990 }) },
      { id: 'thuy-hai', ...fonds({ name: 'Phông UBND xã Thụy Hải', startYear: 2025 }) },
      { id: 'closed', ...fonds({ name: 'Phông HTX Thụy Hải', status: 'closed', startYear: 2026 }) },
    ];
    expect(workingFonds(held, 'u')?.id).toBe('thuy-hai');
    // Then an own one that ended, a closed one, then one received; none held, none.
    expect(workingFonds(held.filter((f) => f.id !== 'thuy-hai' && f.id !== 'thuy-hai-cu'), 'u')?.id).toBe('an-khe');
    expect(workingFonds(held.filter((f) => f.id === 'closed' || f.id === 'received'), 'u')?.id).toBe('closed');
    expect(workingFonds(held.filter((f) => f.id === 'received'), 'u')?.id).toBe('received');
    expect(workingFonds([], 'u')).toBeUndefined();
  });
  it('a fonds is named once as a fonds in a sentence', () => {
    expect(fondsTitle('Phông lưu trữ UBND xã Thụy Hải')).toBe('Phông lưu trữ UBND xã Thụy Hải');
    expect(fondsTitle('PHÔNG UBND XÃ THỤY HẢI')).toBe('PHÔNG UBND XÃ THỤY HẢI');
    expect(fondsTitle('UBND xã Thụy Hải')).toBe('Phông UBND xã Thụy Hải');
    expect(fondsTitle('Phòng Văn hóa')).toBe('Phông Phòng Văn hóa');
  });
  it('a closed fonds’ refusal names it as a fonds in each language (the English read “Phông …”) and its closing day as written (it read 2025-06-30)', async () => {
    const t = await loadTranslators();
    const closed = { ...fonds({ name: 'UBND xã Thụy Hải', status: 'closed', startYear: 2000 }), closedAt: '2025-06-30' };
    let err: unknown;
    try {
      assertFondsAllows(closed, undefined, {});
    } catch (e) {
      err = e;
    }
    expect(errorMessage(t.vi, err)).toMatch(/^Phông UBND xã Thụy Hải đã đóng từ 30\/06\/2025: /);
    expect(errorMessage(t.en, err)).toMatch(/^The fonds “UBND xã Thụy Hải” is closed since/);
    expect(errorMessage(t.en, err)).not.toMatch(/Phông/);
  });
  it('the foreword is written from the fonds record once', () => {
    expect(fondsForeword(fonds({ creators: [{ name: 'UBND xã Thụy Hải', from: '1990', to: '2025-06-30' }], creatorHistory: 'Xã Thụy Hải thành lập năm 1990.', history: 'Tài liệu được chỉnh lý năm 2020.\nBảo quản tại kho UBND xã.', status: 'closed', closedAt: '2025-06-30', closingBasis: 'Nghị quyết số 1656/NQ-UBTVQH15' }))).toEqual([
      'Đơn vị hình thành phông: UBND xã Thụy Hải (1990 – 30/06/2025).',
      'Xã Thụy Hải thành lập năm 1990.',
      'Tài liệu được chỉnh lý năm 2020.',
      'Bảo quản tại kho UBND xã.',
      'Phông đóng từ ngày 30/06/2025 theo Nghị quyết số 1656/NQ-UBTVQH15; số hồ sơ và mục lục của phông được giữ nguyên.',
    ]);
  });
});

describe('statistics forms and totals', () => {
  it('every indicator belongs to a form of the default set, and every form has indicators', () => {
    const keys = new Set(DEFAULT_STAT_FORMS.map((f) => f.key));
    for (const i of INDICATORS) expect(keys.has(i.form)).toBe(true);
    expect(formsWithIndicators(DEFAULT_STAT_FORMS).length).toBe(DEFAULT_STAT_FORMS.length);
  });
  it('numbers and titles are data: an edited set keeps every form, blanks fall back to the default title', () => {
    const forms = normaliseForms([{ key: 'documents', number: '0901.N/BNV-VTLT', title: '' }, { key: 'unknown', number: 'x', title: 'y' }]);
    expect(forms.length).toBe(DEFAULT_STAT_FORMS.length);
    expect(forms[0]).toEqual({ key: 'documents', number: '0901.N/BNV-VTLT', title: DEFAULT_STAT_FORMS[0]!.title });
  });
  it('a draft shows live figures with the typed ones; a final report its own figures; totals add up per indicator', () => {
    const computed = { incomingDocs: 6, outgoingDocs: 4 };
    expect(reportValues({ status: 'draft', values: { staffTotal: 2, incomingDocs: 99 } }, computed)).toEqual({ incomingDocs: 6, outgoingDocs: 4, staffTotal: 2 });
    expect(reportValues({ status: 'final', values: { incomingDocs: 5 } }, computed)).toEqual({ incomingDocs: 5 });
    const t = totalValues([{ incomingDocs: 6, holdingMetres: 0.125 }, { incomingDocs: 10, holdingMetres: 0.25, staffTotal: 1 }]);
    // A figure no report gives has no total (blank, not 0).
    expect([t.incomingDocs, t.holdingMetres, t.staffTotal, t.budget]).toEqual([16, 0.375, 1, undefined]);
  });
});

describe('typed figures of the report, as typed in its cells', () => {
  // The row is the one printed (6.1: the first indicator of the sixth form), so the clerk finds it.
  const cases: [string, string, string, string[]][] = [
    ['a count of people', 'staffTotal', '2', []],
    ['words', 'staffTotal', 'abc', ['6.1:stats.figureWhole']],
    ['an exponent', 'staffTotal', '1e3', ['6.1:stats.figureWhole']],
    ['a negative count', 'equipment', '-3', ['7.3:stats.figureWhole']],
    ['half a person', 'staffTrained', '1,5', ['6.3:stats.figureWhole']],
    ['past the bound of people', 'staffFullTime', '20000', ['6.2:stats.figureWhole']],
    ['at the bound, with spaces', 'staffTotal', ' 10 000 ', []],
    ['an area with a decimal comma', 'storageArea', '24,5', []],
    ['an area with four decimals', 'storageArea', '24,1234', ['7.1:stats.figureDecimal']],
    ['a negative length', 'shelfMetres', '-0,5', ['7.2:stats.figureDecimal']],
    ['a budget past any sense', 'budget', '99999999999', ['8.1:stats.figureDecimal']],
    ['a blank cell', 'budget', '  ', []],
    ['a budget grouped with a dot: 1500 or 1,5? asked, not guessed', 'budget', '1.500', ['8.1:stats.figureDecimal']],
    ['a budget with a decimal comma', 'budget', '1,5', []],
  ];
  it.each(cases)('%s', (_l, key, text, expected) => {
    const issues = typedFigureIssues(DEFAULT_STAT_FORMS, typedCellValues({ [key]: text }));
    expect(issues.map((i) => `${String(i.params?.row)}:${i.code}`)).toEqual(expected);
  });

  it('a "Trong đó" row is never more than its total: refused on the part, naming both rows; a blank or bad total is not compared', () => {
    const check = (cells: Record<string, string>) => typedFigureIssues(DEFAULT_STAT_FORMS, typedCellValues(cells)).map((i) => `${i.field}:${i.code}`);
    expect(check({ staffTotal: '2', staffFullTime: '3', staffTrained: '2' })).toEqual(['staffFullTime:stats.figurePart']);
    expect(check({ staffTotal: '2', staffFullTime: '2', staffTrained: '5' })).toEqual(['staffTrained:stats.figurePart']);
    expect(check({ staffFullTime: '3' })).toEqual([]);
    expect(check({ staffTotal: 'hai', staffFullTime: '3' })).toEqual(['staffTotal:stats.figureWhole']);
    expect(typedFigureIssues(DEFAULT_STAT_FORMS, { staffTotal: 2, staffFullTime: 3 })[0]).toEqual({
      field: 'staffFullTime',
      code: 'stats.figurePart',
      params: { row: '6.2', label: 'Trong đó: chuyên trách', measure: 'người', wholeRow: '6.1', wholeLabel: 'Người làm công tác văn thư, lưu trữ', whole: 2 },
    });
  });

  it('names each bad cell in the order of the rows; the refusal speaks of the first and counts the others', () => {
    const issues = typedFigureIssues(DEFAULT_STAT_FORMS, typedCellValues({ budget: '-1', staffTotal: 'hai', storageArea: '24,5', incomingDocs: 'x' }));
    expect(issues).toEqual([
      { field: 'staffTotal', code: 'stats.figureWhole', params: { row: '6.1', label: 'Người làm công tác văn thư, lưu trữ', measure: 'người', max: 10_000 } },
      { field: 'budget', code: 'stats.figureDecimal', params: { row: '8.1', label: 'Kinh phí chi cho công tác văn thư, lưu trữ', measure: 'triệu đồng', max: 1_000_000 } },
    ]);
    expect(figuresRefusal(issues)).toEqual({ code: 'stats.figuresInvalid', params: { code: 'stats.figureWhole', row: '6.1', label: 'Người làm công tác văn thư, lưu trữ', measure: 'người', max: 10_000, count: 1 } });
  });
});

// Finalising names the rows still blank (a blank goes upward as "not known", not as 0).
describe('rows still to be typed', () => {
  it('are the typed rows with no figure, by their numbers in the report', () => {
    expect(blankTypedRows(DEFAULT_STAT_FORMS, { staffTotal: 2, staffFullTime: 1, storageArea: 24.5 })).toEqual(['6.3', '7.2', '7.3', '8.1']);
    expect(blankTypedRows(DEFAULT_STAT_FORMS, { staffTotal: 0, staffFullTime: 0, staffTrained: 0, storageArea: 0, shelfMetres: 0, equipment: 0, budget: 0 })).toEqual([]);
  });
});

describe('the day on the list of papers to destroy and its explanation', () => {
  it('is the day of printing until the council has met, then left to write by hand', () => {
    expect(datedOnPrinting(undefined, '2028-01-15')).toBe(true);
    expect(datedOnPrinting('2028-01-20', '2028-01-15')).toBe(true);
    expect(datedOnPrinting('2028-01-15', '2028-01-15')).toBe(true);
    expect(datedOnPrinting('2028-01-12', '2028-01-15')).toBe(false);
  });
});

describe('a destruction decision\'s signer typed as a name', () => {
  it.each<[string, boolean]>([
    ['Nguyễn Văn Thắng', true],
    ['  trần thị lan ', false],
    ['Lê Thị Thu', true],
    ['Trương Thị Phương Huyền', true],
    ['Chủ tịch UBND xã', false],
    ['Chủ tịch UBND xã Thụy Hải', false],
    ['Trưởng Phòng Nội Vụ', false],
    ['Trưởng Thôn', false],
    ['Chủ Nhiệm Ủy Ban Kiểm Tra', false],
    ['Hồ Thị Hạnh', true],
    ['Phó Chủ Tịch', false],
    ['Giám đốc Sở Nội vụ', false],
    ['KT. Chủ tịch, Phó Chủ tịch', false],
    ['Nguyễn', false],
    ['', false],
  ])('"%s" → %s', (typed, name) => {
    expect(signerLooksLikeName(typed)).toBe(name);
  });
});

describe('the units’ reports side by side', () => {
  it('name each unit’s column by its short name, with its code where two read alike', () => {
    expect(reportColumns([
      { unitId: 'a', unitName: 'Ủy ban nhân dân xã Thụy Liên', adminCode: '12399' },
      { unitId: 'b', unitName: 'Ủy ban nhân dân xã Thuỵ Liên', adminCode: '12400' },
      { unitId: 'c', unitName: 'Ủy ban nhân dân phường Đông Kinh', adminCode: '23456' },
    ])).toEqual(['UBND xã Thụy Liên (12399)', 'UBND xã Thuỵ Liên (12400)', 'UBND phường Đông Kinh']);
  });
  it('tell apart two units of one name and code by the end of their ids, and names written "Uỷ" as "Ủy"', () => {
    expect(reportColumns([
      { unitId: '01a25177-0000-7000-8000-00000000aaaa', unitName: 'Ủy ban nhân dân xã Thụy Hải', adminCode: '12345' },
      { unitId: '01a25177-0000-7000-8000-00000000bbbb', unitName: 'Ủy ban nhân dân xã Thụy Hải', adminCode: '12345' },
      { unitId: 'c', unitName: 'Uỷ ban nhân dân xã Thụy Liên', adminCode: '10001' },
      { unitId: 'd', unitName: 'Ủy ban nhân dân xã Thụy Liên', adminCode: '10002' },
      { unitId: 'e', unitName: 'Uỷ ban nhân dân xã Đông Hưng', adminCode: '10003' },
    ])).toEqual(['UBND xã Thụy Hải (12345 · 0000aaaa)', 'UBND xã Thụy Hải (12345 · 0000bbbb)', 'UBND xã Thụy Liên (10001)', 'UBND xã Thụy Liên (10002)', 'UBND xã Đông Hưng']);
  });
});
