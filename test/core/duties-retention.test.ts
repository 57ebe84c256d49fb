// The retention schedule as data: which version a dossier of a year picks from, which one is in
// force on a day, what a dossier keeps of an item, items refused without a period (or with one the
// item dialog cannot read), and the expiry arithmetic (end + retention).
import { describe, expect, it } from 'vitest';
import { expiryYear, isExpired, itemFromForm, keepsLonger, retentionFromItem, scheduleForYear, sortItems, validateItem, validateSchedule, versionStanding } from '../../renderer/src/core/duties/retention';
import { withDossierDerived } from '../../renderer/src/core/duties/dossier-fields';
import { STARTER_SCHEDULE } from '../../renderer/src/core/duties/starter-schedule';
import type { DossierFields, Retention } from '../../renderer/src/core/dossiers/types';
import { isRetention } from '../../renderer/src/core/dossiers/rules';
import type { RetentionItemFields } from '../../renderer/src/core/duties/types';

describe('expiry year: end of the documents + retention', () => {
  const cases: [string, { year: number; endDate?: string; retention: Retention }, number | undefined, number, boolean][] = [
    // label, dossier, expiry year, current year, expired?
    ['documents ending 2015, 5 years: kept through 2020', { year: 2015, endDate: '2015-11-20', retention: 5 }, 2020, 2021, true],
    ['… still kept during 2020', { year: 2015, endDate: '2015-11-20', retention: 5 }, 2020, 2020, false],
    ['end date in the next year counts, not the plan year', { year: 2015, endDate: '2016-02-01', retention: 5 }, 2021, 2021, false],
    ['no end date: the plan year', { year: 2018, retention: 10 }, 2028, 2029, true],
    ['2 years', { year: 2024, endDate: '2024-12-31', retention: 2 }, 2026, 2027, true],
    ['70 years', { year: 1990, endDate: '1990-06-30', retention: 70 }, 2060, 2027, false],
    ['permanent never expires', { year: 1990, retention: 'permanent' }, undefined, 2100, false],
  ];
  it.each(cases)('%s', (_label, d, expiry, current, expired) => {
    expect(expiryYear(d)).toBe(expiry);
    expect(isExpired(d, current)).toBe(expired);
  });

  it('a council keeping a dossier longer needs a period that outlasts this year', () => {
    expect(keepsLonger({ year: 2015, endDate: '2015-12-01' }, 10, 2026)).toBe(false);
    expect(keepsLonger({ year: 2015, endDate: '2015-12-01' }, 15, 2026)).toBe(true);
    expect(keepsLonger({ year: 2015 }, 'permanent', 2026)).toBe(true);
  });

  it('derives the indexed fields: deposit count start and expiry year, removed once deposited or deleted', () => {
    const base: DossierFields = { unitId: 'u', fondsId: 'f', year: 2025, heading: '', headingCode: '', notation: '01', title: 't', retention: 10, keeper: '', status: 'closed', access: 'open', language: '', condition: '', note: '', source: 'plan', endDate: '2025-10-31' };
    expect(withDossierDerived(base)).toMatchObject({ depositFrom: '2025-10-31', expiresYear: 2035 });
    const deposited = withDossierDerived({ ...base, depositBatchId: 'b', depositFrom: 'stale', expiresYear: 1 });
    expect(deposited.depositFrom).toBeUndefined();
    expect(deposited.expiresYear).toBe(2035);
    const gone = withDossierDerived({ ...base, deleted: true });
    expect(gone.depositFrom).toBeUndefined();
    expect(gone.expiresYear).toBeUndefined();
    expect(withDossierDerived({ ...base, retention: 'permanent' }).expiresYear).toBeUndefined();
    expect(withDossierDerived({ ...base, capitalConstruction: true }).depositFrom).toBeUndefined();
    expect(withDossierDerived({ ...base, capitalConstruction: true, settlementDate: '2026-03-15' }).depositFrom).toBe('2026-03-15');
  });
});

describe('schedule versions', () => {
  const v = (version: string, validFrom: string, validTo?: string, deleted = false) => ({ version, validFrom, ...(validTo ? { validTo } : {}), deleted });
  const cases: [string, ReturnType<typeof v>[], number, string | undefined][] = [
    ['the only version in force', [v('1', '2011-01-01')], 2026, '1'],
    ['not yet in force', [v('1', '2027-01-01')], 2026, undefined],
    ['a replaced version still serves its years', [v('1', '2011-01-01', '2025-06-30'), v('2', '2025-07-01')], 2020, '1'],
    ['the year of the change takes the newer one', [v('1', '2011-01-01', '2025-06-30'), v('2', '2025-07-01')], 2025, '2'],
    ['after the change', [v('1', '2011-01-01', '2025-06-30'), v('2', '2025-07-01')], 2026, '2'],
    ['a deleted version is never offered', [v('1', '2011-01-01'), v('2', '2020-01-01', undefined, true)], 2026, '1'],
  ];
  it.each(cases)('%s', (_label, schedules, year, version) => {
    expect(scheduleForYear(schedules, year)?.version).toBe(version);
  });

  // The starter set, replaced from 1/7/2026 by 2026.1, itself followed by 2027.1 from 1/1/2027.
  const versions = [
    { id: 'a', ...v('mẫu-1', '2011-01-01', '2026-06-30') },
    { id: 'b', ...v('2026.1', '2026-07-01', '2026-12-31') },
    { id: 'c', ...v('2027.1', '2027-01-01') },
  ];
  const standings: [string, string, string[]][] = [
    ['before the change: the starter set is in force, the others to come', '2026-06-30', ['inForce', 'upcoming', 'upcoming']],
    ['from the change on, only the new version is in force', '2026-12-04', ['superseded', 'inForce', 'upcoming']],
    ['and then the next one', '2027-03-01', ['superseded', 'superseded', 'inForce']],
  ];
  it.each(standings)('%s', (_label, day, expected) => {
    expect(versions.map((s) => versionStanding(s, versions, day))).toEqual(expected);
  });

  it('an older version imported later, still open, is replaced by the newer one all the same', () => {
    const both = [{ id: 'new', ...v('2', '2020-01-01') }, { id: 'old', ...v('1', '2011-01-01') }];
    expect(both.map((s) => versionStanding(s, both, '2026-12-04'))).toEqual(['inForce', 'superseded']);
  });

  it('refuses a version without name or version, or ending before it starts', () => {
    const codes = validateSchedule({ unitId: 'u', name: '', version: '', validFrom: '2026-01-01', validTo: '2025-01-01', basis: '', verified: false, note: '' }).map((i) => i.code);
    expect(codes).toEqual(['retention.scheduleNameRequired', 'retention.versionRequired', 'retention.validToBeforeFrom']);
  });
});

describe('items', () => {
  const item = (over: Partial<RetentionItemFields> = {}): RetentionItemFields => ({ unitId: 'u', scheduleId: 's', group: 'Tổng hợp', code: '4', title: 'Báo cáo 6 tháng, 9 tháng', retention: 20, basis: 'TT 13/2011/TT-BNV', note: '', order: 4, ...over });

  it('an item without a period is refused, naming it', () => {
    expect(validateItem(item({ retention: 0 as never }))).toEqual([{ field: 'retention', code: 'retention.itemPeriodRequired', params: { title: 'Báo cáo 6 tháng, 9 tháng' } }]);
    expect(validateItem(item({ retention: 101 as never }))[0]?.code).toBe('retention.itemPeriodRequired');
    expect(validateItem(item())).toEqual([]);
  });

  it('the item dialog reads the period as typed elsewhere; one it cannot read says so and what to type', () => {
    const form = { group: 'Tổng hợp', code: '4', title: 'Báo cáo 6 tháng, 9 tháng', retention: '', basis: 'TT 13/2011/TT-BNV', note: '' };
    const place = { unitId: 'u', scheduleId: 's', order: 4 };
    const cases: [string, Retention | undefined, string | undefined][] = [
      ['20', 20, undefined],
      [' 10 năm ', 10, undefined],
      ['Vĩnh viễn', 'permanent', undefined],
      ['VV', 'permanent', undefined],
      ['', undefined, 'retention.itemPeriodRequired'],
      ['abc', undefined, 'retention.itemPeriodUnreadable'],
      ['0', undefined, 'retention.itemPeriodUnreadable'],
      ['101 năm', undefined, 'retention.itemPeriodUnreadable'],
    ];
    for (const [typed, retention, code] of cases) {
      const { fields, issues } = itemFromForm({ ...form, retention: typed }, place);
      expect([typed, isRetention(fields.retention) ? fields.retention : undefined, issues[0]?.code]).toEqual([typed, retention, code]);
    }
    expect(itemFromForm({ ...form, retention: 'abc' }, place).issues).toEqual([{ field: 'retention', code: 'retention.itemPeriodUnreadable', params: { typed: 'abc' } }]);
    expect(itemFromForm({ ...form, retention: '10', title: '' }, place).issues.map((i) => i.code)).toEqual(['retention.itemTitleRequired']);
  });

  it('a dossier picking an item keeps the period and the basis, naming the version', () => {
    expect(retentionFromItem({ ...item(), id: 'i1' }, { name: 'Bảng thời hạn cấp xã', version: '2026.1' })).toEqual({
      retention: 20,
      retentionItemId: 'i1',
      retentionBasis: 'TT 13/2011/TT-BNV — Bảng thời hạn cấp xã (phiên bản 2026.1), mục 4',
    });
  });

  it('items keep the order of the table', () => {
    expect(sortItems([item({ code: '10', order: 0 }), item({ code: '2', order: 0 }), item({ code: '1', order: -1 })]).map((i) => i.code)).toEqual(['1', '2', '10']);
  });

  it('the starter set is valid data, every item with a period and a basis saying it must be checked', () => {
    for (const [i, s] of STARTER_SCHEDULE.items.entries()) {
      expect(validateItem({ ...s, unitId: 'u', scheduleId: 's', note: '', order: i })).toEqual([]);
      expect(s.basis).toMatch(/cần kiểm tra/);
    }
    expect(STARTER_SCHEDULE.basis).toMatch(/CẦN KIỂM TRA/);
  });
});
