// Deposit due dates as a table of cases: files kept ≥ 5 years, counted from the day or from the
// year the work ended, capital construction after final settlement, kept-back files with their
// approval and the 2-year limit — every deadline and threshold taken from the rules setting.
import { describe, expect, it } from 'vitest';
import { addMonths, assertDepositable, defaultDestination, depositInventoryHeader, batchFigures, DEFAULT_DEPOSIT_RULES, depositDue, dueStatus, keptBackIssues, readDepositRules, validateDepositRules, type DepositRules, type DueInput } from '../../renderer/src/core/duties/deposit';
import type { Dossier } from '../../renderer/src/core/dossiers/types';
import { isAppError } from '../../renderer/src/core/errors';

const R = DEFAULT_DEPOSIT_RULES;
const d = (over: Partial<DueInput>): DueInput => ({ retention: 10, year: 2025, endDate: '2025-11-20', ...over });

describe('deposit deadline', () => {
  const cases: [string, DueInput, DepositRules, string | undefined, string?][] = [
    // label, dossier, rules, due, rule
    ['10 years: 1 year after the end of the work', d({}), R, '2026-11-20', 'work-end'],
    ['exactly the threshold (5 years) is deposited', d({ retention: 5 }), R, '2026-11-20', 'work-end'],
    ['below the threshold (2 years) stays with the office', d({ retention: 2 }), R, undefined],
    ['permanent', d({ retention: 'permanent' }), R, '2026-11-20', 'work-end'],
    ['no end date: the end of the plan year', d({ endDate: undefined }), R, '2026-12-31', 'work-end'],
    ['counted from the year the work ended (2024 Law)', d({}), { ...R, counting: 'from-year' }, '2026-12-31', 'work-end'],
    ['a threshold of 10 years set by the office', d({ retention: 5 }), { ...R, minRetentionYears: 10 }, undefined],
    ['6 months instead of 12 (a setting)', d({}), { ...R, monthsAfterWorkEnd: 6 }, '2026-05-20', 'work-end'],
    ['end of month: 31/8 + 6 months → 28/2', d({ endDate: '2025-08-31' }), { ...R, monthsAfterWorkEnd: 6 }, '2026-02-28', 'work-end'],
    ['capital construction: 3 months after final settlement', d({ capitalConstruction: true, settlementDate: '2026-03-15' }), R, '2026-06-15', 'capital'],
    ['capital construction still awaiting settlement: not due yet', d({ capitalConstruction: true }), R, undefined],
    ['kept back with approval: the approved date', d({ keptBackApproval: 'Công văn 15/UBND ngày 01/10/2026', keptBackUntil: '2027-06-30' }), R, '2027-06-30', 'kept-back'],
    ['kept back without the approval: the normal deadline', d({ keptBackUntil: '2027-06-30' }), R, '2026-11-20', 'work-end'],
    ['already deposited', d({ depositBatchId: 'b1' }), R, undefined],
    ['deleted', d({ deleted: true }), R, undefined],
    ['a backlog file being sorted (chỉnh lý): already in the archive, no deadline', d({ source: 'backlog' }), R, undefined],
    ['set aside to discard', d({ discardReason: 'duplicate' }), R, undefined],
    ['a file of the plan', d({ source: 'plan' }), R, '2026-11-20', 'work-end'],
  ];
  it.each(cases)('%s', (_label, dossier, rules, due, rule) => {
    const out = depositDue(dossier, rules);
    expect(out?.due).toBe(due);
    if (rule) expect(out?.rule).toBe(rule);
  });

  it('status: overdue, soon (warning window), later', () => {
    expect(dueStatus('2026-11-20', '2026-11-21', 30)).toBe('overdue');
    expect(dueStatus('2026-11-20', '2026-11-20', 30)).toBe('soon');
    expect(dueStatus('2026-11-20', '2026-10-21', 30)).toBe('soon');
    expect(dueStatus('2026-11-20', '2026-10-20', 30)).toBe('later');
    expect(dueStatus('2026-11-20', '2026-11-10', 0)).toBe('later');
  });

  it('adds calendar months, keeping the day or the last day of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-12-31', 12)).toBe('2026-12-31');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });
});

describe('keeping a file back (NĐ 30 Art. 31.3.d)', () => {
  it('needs the approval and at most 2 years past the deadline', () => {
    expect(keptBackIssues(d({}), 'Công văn 15/UBND', '2028-11-20', R)).toEqual([]);
    expect(keptBackIssues(d({}), 'Công văn 15/UBND', '2028-11-21', R)).toEqual([{ field: 'keptBackUntil', code: 'deposit.keptBackTooLong', params: { years: 2, limit: '2028-11-20' } }]);
    expect(keptBackIssues(d({}), ' ', '2027-01-01', R).map((i) => i.code)).toEqual(['deposit.keptBackApprovalRequired']);
    expect(keptBackIssues(d({}), 'CV', '2026-10-01', R).map((i) => i.code)).toEqual(['deposit.keptBackBeforeDue']);
    expect(keptBackIssues(d({ retention: 2 }), 'CV', '2027-10-01', R).map((i) => i.code)).toEqual(['deposit.keptBackNotDue']);
  });
  it('the limit is a setting', () => {
    expect(keptBackIssues(d({}), 'CV', '2027-11-21', { ...R, keptBackMaxYears: 1 }).map((i) => i.code)).toEqual(['deposit.keptBackTooLong']);
  });
});

describe('rules setting', () => {
  it('out-of-range values are refused; stored junk falls back to the defaults', () => {
    expect(validateDepositRules({ ...R, monthsAfterWorkEnd: 0, warningDays: 400 }).map((i) => i.field)).toEqual(['monthsAfterWorkEnd', 'warningDays']);
    expect(readDepositRules({ monthsAfterWorkEnd: 'x' })).toEqual(R);
    expect(readDepositRules({ counting: 'from-year' })).toEqual({ ...R, counting: 'from-year' });
    expect(readDepositRules(undefined)).toEqual(R);
  });
});

describe('what a batch may hold', () => {
  const meta = { origin: 'u', clock: 'c', deleted: false, changedBy: 'x' };
  const dossier = (notation: string, over: Partial<Dossier> = {}): Dossier =>
    ({ id: notation, unitId: 'u', fondsId: 'f', year: 2025, heading: '', headingCode: '', notation, title: notation, retention: 10, keeper: '', status: 'closed', inventoryNumber: 1, fileNumber: 1, boxId: 'b', access: 'open', language: '', condition: '', note: '', source: 'plan', ...meta, ...over }) as Dossier;
  const code = (f: () => void) => {
    try {
      f();
      return 'accepted';
    } catch (e) {
      return isAppError(e) ? `${e.code}:${String(e.params.notation ?? e.params.notations ?? '')}` : String(e);
    }
  };
  it('refuses open, already deposited, deleted, other fonds and other units’ dossiers, naming the dossier', () => {
    expect(code(() => assertDepositable([dossier('01.TH')], 'u', 'f'))).toBe('accepted');
    expect(code(() => assertDepositable([], 'u', 'f'))).toBe('deposit.empty:');
    expect(code(() => assertDepositable([dossier('01.TH'), dossier('02.TH', { status: 'open' })], 'u', 'f'))).toBe('deposit.dossierOpen:02.TH');
    expect(code(() => assertDepositable([dossier('03.TH', { depositBatchId: 'b', depositedAt: '2026-01-05' })], 'u', 'f'))).toBe('deposit.alreadyDeposited:03.TH');
    expect(code(() => assertDepositable([dossier('04.TH', { deleted: true })], 'u', 'f'))).toBe('deposit.dossierDeleted:04.TH');
    expect(code(() => assertDepositable([dossier('05.TH', { fondsId: 'g' })], 'u', 'f'))).toBe('deposit.otherFonds:05.TH');
    expect(code(() => assertDepositable([dossier('06.TH', { origin: 'v' })], 'u', 'f'))).toBe('record.readOnlyOrigin:');
  });
  it('refuses dossiers without a final number, then those not in a box, naming every one of them', () => {
    const unnumbered = { fileNumber: undefined, inventoryNumber: undefined, boxId: undefined };
    expect(code(() => assertDepositable([dossier('01.TH'), dossier('02.TH', unnumbered), dossier('03.TH', unnumbered)], 'u', 'f'))).toBe('deposit.notNumbered:02.TH, 03.TH');
    expect(code(() => assertDepositable([dossier('01.TH', { boxId: undefined }), dossier('02.TH'), dossier('04.TH', { boxId: undefined })], 'u', 'f'))).toBe('deposit.notBoxed:01.TH, 04.TH');
  });
  it('counts dossiers, the boxes they lie in, metres of shelf, sheets and years', () => {
    const f = batchFigures(
      [
        { boxId: 'b1', sheetCount: 40, year: 2024, startDate: '2024-03-01', endDate: '2025-01-10' },
        { boxId: 'b1', sheetCount: 60, year: 2025 },
        { boxId: 'b2', year: 2025, endDate: '2025-12-01' },
        { year: 2023 },
      ],
      [{ id: 'b1' }, { id: 'b2' }],
      0.125,
    );
    expect(f).toEqual({ dossierCount: 4, boxCount: 2, metres: 0.25, sheetCount: 100, fromYear: 2023, toYear: 2025 });
  });
});

describe('the heading of the Mục lục nộp lưu', () => {
  const unit = { name: 'Ủy ban nhân dân xã Thụy Hải', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên', place: 'Thụy Hải' };
  it('an office hands over under its unit; the unit handing over itself stands under its own parent, not named twice', () => {
    expect(depositInventoryHeader('Văn phòng - Thống kê', unit)).toEqual({ name: 'Văn phòng - Thống kê', parentName: 'Ủy ban nhân dân xã Thụy Hải', place: 'Thụy Hải' });
    expect(depositInventoryHeader('ỦY BAN NHÂN DÂN XÃ THỤY HẢI ', unit)).toEqual(unit);
    expect(depositInventoryHeader('', unit)).toEqual(unit);
  });
});

describe('where a new batch goes unless changed', () => {
  const permanent = { retention: 'permanent' as const };
  const tenYears = { retention: 10 };
  const kept = { retention: 'permanent' as const, depositBatchId: 'b1' };
  it('a batch with a fixed-term file into the unit’s own lưu trữ hiện hành, even after a batch to the historical archive', () => {
    expect(defaultDestination([tenYears, permanent], { destination: 'historical' })).toBe('current');
  });
  it('permanent files where the last batch went, else the unit’s own; files going on, to the historical archive', () => {
    expect(defaultDestination([permanent], { destination: 'historical' })).toBe('historical');
    expect(defaultDestination([permanent], undefined)).toBe('current');
    expect(defaultDestination([kept, tenYears], { destination: 'current' })).toBe('historical');
  });
});
