/**
 * The decision that issues a year's file plan (Danh mục hồ sơ, NĐ 30 Art. 28 and PL V.II: "Kèm
 * theo Quyết định số … ngày … của …"), as the office fills it in before printing: number, date
 * and who issued it. What is left empty prints as dots, to write by hand.
 */
import type { FieldIssue } from '../errors';
import { formatDate, vietnameseDateWords } from '../format';
import { isPeoplesCommittee } from '../unit';
import { cleanText } from '../text';
import { dateIssue, parseTypedDate } from '../typed-date';

export type PlanDecision = {
  /** "05/QĐ-UBND". */
  readonly number: string;
  /** ISO date, '' when not given. */
  readonly date: string;
  /** "Chủ tịch Ủy ban nhân dân xã Thụy Hải". */
  readonly issuer: string;
};

export const EMPTY_PLAN_DECISION: PlanDecision = { number: '', date: '', issuer: '' };

const DOTS = '……………';

/** Who issues a file plan by default: a people's committee's chair, another body's head. */
export function defaultPlanIssuer(unitName: string): string {
  const name = cleanText(unitName);
  if (!name) return '';
  return isPeoplesCommittee(name) ? `Chủ tịch ${name}` : `Thủ trưởng ${name}`;
}

/** The line under the plan's title, its date in words as NĐ 30 writes one ("ngày 05 tháng 01 năm 2026"); dots for what is not given. */
export function planDecisionLine(d: PlanDecision): string {
  const part = (v: string) => (v.trim() ? v.trim() : DOTS);
  return `(Kèm theo Quyết định số ${part(d.number)} ${vietnameseDateWords(d.date || undefined, '……')} của ${d.issuer.trim() ? d.issuer.trim() : `${DOTS}${DOTS}`})`;
}

/**
 * The decision as typed in the print dialog: tidied, its date read as the registers read one
 * ("5/1", "05/01/2026"; the plan's year when none is typed). A date that is not one is an issue
 * under its field — never printed as something else.
 */
export function readPlanDecision(typed: { readonly number: string; readonly date: string; readonly issuer: string }, year: number, today?: string): { readonly decision: PlanDecision; readonly issues: readonly FieldIssue[] } {
  const dateText = typed.date.trim();
  const date = dateText ? parseTypedDate(dateText, year) : '';
  const issues: FieldIssue[] = [];
  // A day that does not exist is named ("tháng 2/2025 không có ngày 31"), as the registers' dates are.
  // Typed without its year ("31/02"), it is the plan's year's: its month's length is that year's.
  if (date === undefined) issues.push(dateIssue('date', dateText, undefined, year));
  // A year's plan is issued in that year or at the end of the one before; never after it, nor years before, nor in the future.
  else if (date && date > `${year}-12-31`) issues.push({ field: 'date', code: 'planDecision.dateAfterYear', params: { year } });
  else if (date && date < `${year - 1}-01-01`) issues.push({ field: 'date', code: 'planDecision.dateYearsBefore', params: { year, date: formatDate(date) } });
  else if (date && today && date > today) issues.push({ field: 'date', code: 'planDecision.dateFuture' });
  if (cleanText(typed.number).length > 50) issues.push({ field: 'number', code: 'text.tooLong', params: { max: 50, length: cleanText(typed.number).length } });
  if (cleanText(typed.issuer).length > 200) issues.push({ field: 'issuer', code: 'text.tooLong', params: { max: 200, length: cleanText(typed.issuer).length } });
  return { decision: { number: cleanText(typed.number), date: date ?? '', issuer: cleanText(typed.issuer) }, issues };
}
