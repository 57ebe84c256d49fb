// The decision issuing a year's file plan, as typed before printing: read, checked, printed as the line under the title.
import { describe, expect, it } from 'vitest';
import { defaultPlanIssuer, EMPTY_PLAN_DECISION, planDecisionLine, readPlanDecision } from '../../renderer/src/core/dossiers/plan-decision';

describe('the file plan’s issuing decision', () => {
  it('prints what is given and dots for the rest', () => {
    expect(planDecisionLine({ number: '05/QĐ-UBND', date: '2026-01-05', issuer: 'Chủ tịch Ủy ban nhân dân xã Thụy Hải' })).toBe('(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã Thụy Hải)');
    expect(planDecisionLine(EMPTY_PLAN_DECISION)).toBe(`(Kèm theo Quyết định số ${'…'.repeat(5)} ngày …… tháng …… năm …… của ${'…'.repeat(10)})`);
    expect(planDecisionLine({ number: ' 12/QĐ-UBND ', date: '', issuer: '' })).toBe('(Kèm theo Quyết định số 12/QĐ-UBND ngày …… tháng …… năm …… của ' + '…'.repeat(10) + ')');
  });

  it('is issued by a people’s committee’s chair, or another body’s head', () => {
    expect(defaultPlanIssuer('Ủy ban nhân dân xã Thụy Hải')).toBe('Chủ tịch Ủy ban nhân dân xã Thụy Hải');
    expect(defaultPlanIssuer('Lưu trữ lịch sử tỉnh Hưng Yên')).toBe('Thủ trưởng Lưu trữ lịch sử tỉnh Hưng Yên');
    expect(defaultPlanIssuer('  ')).toBe('');
    // Typed decomposed (NFD, as some keyboards give it): the same office.
    expect(defaultPlanIssuer('Ủy ban nhân dân xã Thụy Hải'.normalize('NFD'))).toBe('Chủ tịch Ủy ban nhân dân xã Thụy Hải');
  });

  it('reads a date as the registers do, in the plan’s year, and refuses one that is not a date', () => {
    expect(readPlanDecision({ number: ' 05/QĐ-UBND', date: '5/1', issuer: 'Chủ tịch  UBND xã' }, 2026)).toEqual({ decision: { number: '05/QĐ-UBND', date: '2026-01-05', issuer: 'Chủ tịch UBND xã' }, issues: [] });
    expect(readPlanDecision({ number: '', date: '', issuer: '' }, 2026)).toEqual({ decision: EMPTY_PLAN_DECISION, issues: [] });
    // A day its month does not have is named, as in the registers (it said only that the date was not valid).
    expect(readPlanDecision({ number: '05', date: '31/02/2026', issuer: '' }, 2026).issues).toEqual([{ field: 'date', code: 'date.noSuchDay', params: { day: 31, month: 2, year: 2026, days: 28 } }]);
    expect(readPlanDecision({ number: '05', date: 'mai', issuer: '' }, 2026).issues).toEqual([{ field: 'date', code: 'register.date.invalid' }]);
    expect(readPlanDecision({ number: '05', date: '31/02', issuer: '' }, 2026).issues).toEqual([{ field: 'date', code: 'date.noSuchDay', params: { day: 31, month: 2, year: 2026, days: 28 } }]);
    expect(readPlanDecision({ number: 'x'.repeat(51), date: '', issuer: '' }, 2026).issues).toEqual([{ field: 'number', code: 'text.tooLong', params: { max: 50, length: 51 } }]);
    // After the plan's year, or after today: not the day it was issued.
    expect(readPlanDecision({ number: '05', date: '05/01/2027', issuer: '' }, 2026).issues).toEqual([{ field: 'date', code: 'planDecision.dateAfterYear', params: { year: 2026 } }]);
    expect(readPlanDecision({ number: '05', date: '20/12/2026', issuer: '' }, 2026, '2026-12-05').issues).toEqual([{ field: 'date', code: 'planDecision.dateFuture' }]);
    expect(readPlanDecision({ number: '05', date: '28/12/2025', issuer: '' }, 2026, '2026-12-05').issues).toEqual([]);
    // Years before the plan's (a year mistyped: "2020" for a 2026 plan printed without a word).
    expect(readPlanDecision({ number: '05', date: '05/01/2020', issuer: '' }, 2026, '2026-12-05').issues).toEqual([{ field: 'date', code: 'planDecision.dateYearsBefore', params: { year: 2026, date: '05/01/2020' } }]);
  });
});
