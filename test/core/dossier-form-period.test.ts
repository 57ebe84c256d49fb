// The dossier's edit form (Sửa hồ sơ) and its period: each end shows as it was written ("02/2025", "2025"), is read as
// the close form reads it ("5/3", "05/03/2025", "3/2025", "2025"), and keeps how it was written when saved — a title
// corrected turned "02/2025 – 05/2025" into "01/02/2025 – 31/05/2025" on the inventory and the cover.
import { beforeAll, describe, expect, it } from 'vitest';
import { createInstance, type TFunction } from 'i18next';
import { fieldsOf, formOf } from '../../renderer/src/features/dossiers/dossier-form-state';
import { validateDossier } from '../../renderer/src/core/dossiers/rules';
import type { Dossier, DossierFields } from '../../renderer/src/core/dossiers/types';
import type { DatePrecision } from '../../renderer/src/core/processing/period';
import { issueMessage } from '../../renderer/src/i18n';
import { vi } from '../../renderer/src/i18n/vi';

const today = '2026-03-10';
const stored = (period: Partial<Pick<DossierFields, 'startDate' | 'endDate' | 'startPrecision' | 'endPrecision'>>, year = 2025): Dossier =>
  ({
    id: 'd', origin: 'u', clock: 'c', deleted: false, changedBy: 'x',
    unitId: 'u', fondsId: 'f', year, status: 'open', source: 'plan',
    heading: 'I. TỔNG HỢP', headingCode: 'TH', notation: '01.TH', title: 'Tập lưu công văn', retention: 10, keeper: 'Lan',
    access: 'open', language: 'Tiếng Việt', condition: '', note: '', ...period,
  }) as Dossier;

/** The period saved from the edit form of `d` with `typed` over what it showed. */
function saved(d: Dossier, typed: { startDate?: string; endDate?: string; title?: string } = {}) {
  const f = fieldsOf({ ...formOf(d), ...typed }, d, today);
  return { startDate: f.startDate, endDate: f.endDate, startPrecision: f.startPrecision, endPrecision: f.endPrecision, issues: validateDossier(f, [], today).map((i) => `${i.field}:${i.code}`) };
}

describe('a period shown in the edit form as it was written', () => {
  it.each<[string, Parameters<typeof stored>[0], [string, string]]>([
    ['two months', { startDate: '2025-02-01', endDate: '2025-05-31', startPrecision: 'month', endPrecision: 'month' }, ['02/2025', '05/2025']],
    ['a year', { startDate: '2025-01-01', endDate: '2025-12-31', startPrecision: 'year', endPrecision: 'year' }, ['2025', '2025']],
    ['a day to a month', { startDate: '2025-03-05', endDate: '2025-12-31', endPrecision: 'month' }, ['05/03/2025', '12/2025']],
    ['two days', { startDate: '2025-03-05', endDate: '2025-11-20' }, ['05/03/2025', '20/11/2025']],
    ['none yet', {}, ['', '']],
  ])('%s', (_, period, shown) => {
    const form = formOf(stored(period));
    expect([form.startDate, form.endDate]).toEqual(shown);
  });

  it.each<[string, Parameters<typeof stored>[0]]>([
    ['months', { startDate: '2025-02-01', endDate: '2025-05-31', startPrecision: 'month', endPrecision: 'month' }],
    ['a year', { startDate: '2025-01-01', endDate: '2025-12-31', startPrecision: 'year', endPrecision: 'year' }],
    ['a year of this century that reads as a day and a month ("2012": 20/12)', { startDate: '2012-01-01', endDate: '2012-12-31', startPrecision: 'year', endPrecision: 'year' }],
    ['a day and a month', { startDate: '2025-03-05', endDate: '2025-12-31', endPrecision: 'month' }],
    ['days', { startDate: '2025-03-05', endDate: '2025-11-20' }],
  ])('only the title corrected: the period of %s is saved as it was', (_, period) => {
    const d = stored(period, Number(period.startDate!.slice(0, 4)));
    const after = saved(d, { title: 'Tập lưu công văn đi' });
    expect(after).toEqual({ startDate: d.startDate, endDate: d.endDate, startPrecision: d.startPrecision, endPrecision: d.endPrecision, issues: [] });
  });
});

describe('an end typed in the edit form, read as the close form reads it', () => {
  const open = stored({});
  it.each<[string, 'startDate' | 'endDate', string, DatePrecision | undefined]>([
    ['02/2025', 'startDate', '2025-02-01', 'month'],
    ['02/2025', 'endDate', '2025-02-28', 'month'],
    ['2/2024', 'endDate', '2024-02-29', 'month'],
    ['tháng 3 năm 2025', 'startDate', '2025-03-01', 'month'],
    ['2025', 'startDate', '2025-01-01', 'year'],
    ['2025', 'endDate', '2025-12-31', 'year'],
    // Four digits that are a year are a year, not a day and a month typed packed ("2012" is not 20/12).
    ['2012', 'startDate', '2012-01-01', 'year'],
    ['1998', 'endDate', '1998-12-31', 'year'],
    // A day in the dossier's year, or with its own; a day is stored without a precision, as it always was.
    ['5/3', 'startDate', '2025-03-05', undefined],
    ['05/03/2025', 'endDate', '2025-03-05', undefined],
    ['0503', 'startDate', '2025-03-05', undefined],
    // Four digits after this year are a day and a month packed, not a year to come ("2512" was the year 2512).
    ['2512', 'endDate', '2025-12-25', undefined],
  ])('"%s" as %s → %s (%s)', (typed, field, date, precision) => {
    const f = fieldsOf({ ...formOf(open), [field]: typed }, open, today);
    const precisionField = field === 'startDate' ? 'startPrecision' : 'endPrecision';
    expect([f[field], f[precisionField]]).toEqual([date, precision]);
    expect(precisionField in f).toBe(precision !== undefined);
  });

  it('a month retyped as a day is a day; a day retyped as a month, a month', () => {
    const months = stored({ startDate: '2025-02-01', endDate: '2025-05-31', startPrecision: 'month', endPrecision: 'month' });
    expect(saved(months, { endDate: '20/05/2025' })).toEqual({ startDate: '2025-02-01', endDate: '2025-05-20', startPrecision: 'month', endPrecision: undefined, issues: [] });
    const days = stored({ startDate: '2025-03-05', endDate: '2025-11-20' });
    expect(saved(days, { startDate: '3/2025', endDate: '2025' })).toEqual({ startDate: '2025-03-01', endDate: '2025-12-31', startPrecision: 'month', endPrecision: 'year', issues: [] });
  });

  it('an end emptied is gone with how it was written', () => {
    const months = stored({ startDate: '2025-02-01', endDate: '2025-05-31', startPrecision: 'month', endPrecision: 'month' });
    const f = fieldsOf({ ...formOf(months), endDate: '  ' }, months, today);
    expect('endDate' in f || 'endPrecision' in f).toBe(false);
    expect(f.startPrecision).toBe('month');
  });
});

describe('an end the edit form cannot read, or before the start', () => {
  let t: TFunction;
  beforeAll(async () => {
    const i18n = createInstance();
    await i18n.init({ resources: { vi: { translation: vi } }, lng: 'vi', interpolation: { escapeValue: false } });
    t = i18n.t;
  });
  const open = stored({});

  it.each(['đầu năm', '13/2025', '02/20255', '1700', '31/2/2025'])('"%s" is refused under its field, saying what to type', (typed) => {
    const f = fieldsOf({ ...formOf(open), startDate: typed }, open, today);
    expect(f.startDate).toBe(typed);
    expect(f).not.toHaveProperty('startPrecision');
    const issues = validateDossier(f, [], today).filter((i) => i.field === 'startDate');
    expect(issues).toHaveLength(1);
    const said = issueMessage(t, issues[0]!);
    // A day that does not exist is named ("Tháng 2/2025 không có ngày 31"); anything else says the three ways to write it.
    if (typed === '31/2/2025') expect(said).toContain('không có ngày 31');
    else {
      expect(issues[0]!.code).toBe('dossier.date.invalid');
      for (const example of ['05/03/2025', '3/2025', '2025']) expect(said).toContain(example);
    }
  });

  it.each<[string, string, string, string[]]>([
    ['a month before the start’s month', '05/2025', '03/2025', ['endDate:dossier.endBeforeStart']],
    ['a year before the start’s', '2025', '2024', ['endDate:dossier.endBeforeStart']],
    ['a day before the start', '20/05/2025', '10/05/2025', ['endDate:dossier.endBeforeStart']],
    ['the start’s own month', '05/2025', '05/2025', []],
    ['a day within the start’s month', '05/2025', '03/05/2025', []],
    ['the start’s month, from a day in it', '15/05/2025', '05/2025', []],
    ['a month within the start’s year', '2025', '03/2025', []],
  ])('%s: %s – %s', (_, start, end, issues) => {
    expect(saved(open, { startDate: start, endDate: end }).issues).toEqual(issues);
  });
});
