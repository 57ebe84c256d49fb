/**
 * The retention schedule as data (vn-records §3): versions in force from/to, items that carry a
 * retention and its legal basis, the version in force for a dossier's year, what a dossier keeps
 * when it picks an item (so a later version never rewrites a past decision), and the year a
 * fixed-term dossier expires (end of its documents + retention).
 */
import type { FieldIssue } from '../errors';
import { isRetention, parseRetention } from '../dossiers/rules';
import type { DossierFields, Retention } from '../dossiers/types';
import { isIsoDate, yearOf } from '../registers/dates';
import { cleanMultiline } from '../registers/validation';
import { cleanText } from '../text';
import { formatDate } from '../format';
import { DUTY_LIMITS, type RetentionItem, type RetentionItemFields, type RetentionSchedule, type RetentionScheduleFields } from './types';
import { dateIssue } from '../typed-date';

/** One row of an imported table, before checking: its row number names it in a refusal. */
export type ImportedItem = { readonly row: number; readonly group: string; readonly code: string; readonly title: string; readonly retention: Retention | undefined; readonly basis: string; readonly note: string };

function tooLong(issues: FieldIssue[], field: string, value: string, max: number): void {
  if (value.length > max) issues.push({ field, code: 'text.tooLong', params: { max, length: value.length } });
}

export function cleanSchedule(s: RetentionScheduleFields): RetentionScheduleFields {
  const out: RetentionScheduleFields = { ...s, name: cleanText(s.name), version: cleanText(s.version), basis: cleanText(s.basis), note: cleanMultiline(s.note), validFrom: cleanText(s.validFrom) };
  if (s.validTo === undefined || cleanText(s.validTo) === '') {
    const { validTo: _v, ...rest } = out;
    return rest;
  }
  return { ...out, validTo: cleanText(s.validTo) };
}

export function validateSchedule(s: RetentionScheduleFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!s.name) issues.push({ field: 'name', code: 'retention.scheduleNameRequired' });
  tooLong(issues, 'name', s.name, DUTY_LIMITS.name);
  if (!s.version) issues.push({ field: 'version', code: 'retention.versionRequired' });
  tooLong(issues, 'version', s.version, DUTY_LIMITS.version);
  tooLong(issues, 'basis', s.basis, DUTY_LIMITS.basis);
  tooLong(issues, 'note', s.note, DUTY_LIMITS.note);
  if (!isIsoDate(s.validFrom)) issues.push(dateIssue('validFrom', s.validFrom));
  if (s.validTo !== undefined) {
    if (!isIsoDate(s.validTo)) issues.push(dateIssue('validTo', s.validTo));
    else if (isIsoDate(s.validFrom) && s.validTo < s.validFrom) issues.push({ field: 'validTo', code: 'retention.validToBeforeFrom' });
  }
  return issues;
}

export function cleanItem(i: RetentionItemFields): RetentionItemFields {
  return { ...i, group: cleanText(i.group), code: cleanText(i.code), title: cleanMultiline(i.title), basis: cleanText(i.basis), note: cleanMultiline(i.note) };
}

/** An item must name what it covers and carry a period: "Vĩnh viễn" or 1–100 years. */
export function validateItem(i: RetentionItemFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!i.title) issues.push({ field: 'title', code: 'retention.itemTitleRequired' });
  tooLong(issues, 'title', i.title, DUTY_LIMITS.title);
  tooLong(issues, 'group', i.group, DUTY_LIMITS.group);
  tooLong(issues, 'code', i.code, DUTY_LIMITS.code);
  tooLong(issues, 'basis', i.basis, DUTY_LIMITS.basis);
  tooLong(issues, 'note', i.note, DUTY_LIMITS.note);
  if (!isRetention(i.retention)) issues.push({ field: 'retention', code: 'retention.itemPeriodRequired', params: { title: i.title.slice(0, 80) } });
  return issues;
}

/** Whether a version is in force at some time during `year`. */
export function inForceDuring(s: Pick<RetentionScheduleFields, 'validFrom' | 'validTo'>, year: number): boolean {
  return s.validFrom <= `${year}-12-31` && (s.validTo === undefined || s.validTo >= `${year}-01-01`);
}

/**
 * The version a dossier of `year` picks its items from: in force during that year, the latest
 * to come into force (a version replaced mid-year gives way to its successor). Tombstones skipped.
 */
export function scheduleForYear<T extends Pick<RetentionSchedule, 'validFrom' | 'validTo' | 'deleted' | 'version'>>(schedules: readonly T[], year: number): T | undefined {
  return schedules
    .filter((s) => !s.deleted && inForceDuring(s, year))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom) || b.version.localeCompare(a.version, 'vi', { numeric: true }))[0];
}

/**
 * Where a version stands on a day: in force (the latest to take effect by then that has not
 * ended), not yet in force, or no longer in force — replaced by a later version or ended. Only
 * the one in force, or one still to come, may be changed: what a replaced version said is what
 * the dossiers of its years picked.
 */
export type VersionStanding = 'inForce' | 'upcoming' | 'superseded';

type Dated = Pick<RetentionSchedule, 'id' | 'validFrom' | 'validTo' | 'deleted' | 'version'>;

/** The version in force on `day` ("yyyy-mm-dd"): as scheduleForYear, for one day. */
export function scheduleInForce<T extends Dated>(schedules: readonly T[], day: string): T | undefined {
  return schedules
    .filter((s) => !s.deleted && s.validFrom <= day && (s.validTo === undefined || s.validTo >= day))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom) || b.version.localeCompare(a.version, 'vi', { numeric: true }))[0];
}

export function versionStanding(s: Dated, schedules: readonly Dated[], day: string): VersionStanding {
  if (s.validFrom > day) return 'upcoming';
  return scheduleInForce(schedules, day)?.id === s.id ? 'inForce' : 'superseded';
}

/** A new version must name the instrument it rests on (the starter's text is only a start). */
export function validateNewVersion(s: RetentionScheduleFields): FieldIssue[] {
  const issues = validateSchedule(s);
  if (!s.basis) issues.push({ field: 'basis', code: 'retention.basisRequired' });
  return issues;
}

/** Years ahead a version may be dated: a mistyped year (2062) would otherwise hold back every later version. */
export const VERSION_YEARS_AHEAD = 5;

/**
 * The date a new version (typed, copied or imported) takes effect: after the unit's latest version —
 * before it, the new one would be replaced, read-only, the moment it was made, a copy never to be
 * corrected — and not more than a few years ahead.
 */
export function versionDateIssues(s: Pick<RetentionScheduleFields, 'validFrom'>, latestValidFrom: string | undefined, today: string | undefined): FieldIssue[] {
  if (!isIsoDate(s.validFrom)) return [];
  if (latestValidFrom !== undefined && s.validFrom <= latestValidFrom) return [{ field: 'validFrom', code: 'retention.validFromNotAfter', params: { date: formatDate(latestValidFrom) } }];
  if (today !== undefined && Number(s.validFrom.slice(0, 4)) > Number(today.slice(0, 4)) + VERSION_YEARS_AHEAD) return [{ field: 'validFrom', code: 'retention.validFromTooFar', params: { years: VERSION_YEARS_AHEAD } }];
  return [];
}

/**
 * Số TT typed for an item: a whole number from 1, held by no other item of the version (`others`).
 * Only a typed or changed Số TT is checked: an imported table may number its rows otherwise
 * ("12.3"), and such a row stays as it came until someone changes it.
 */
export function itemCodeIssues(code: string, others: readonly Pick<RetentionItem, 'code' | 'title'>[]): FieldIssue[] {
  if (code === '') return [];
  if (!/^\d{1,6}$/.test(code) || Number(code) < 1) return [{ field: 'code', code: 'retention.itemCodeInvalid', params: { code: code.slice(0, 20) } }];
  const taken = others.find((o) => /^\d+$/.test(o.code) && Number(o.code) === Number(code));
  return taken ? [{ field: 'code', code: 'retention.itemCodeTaken', params: { code, title: taken.title.slice(0, 80) } }] : [];
}

/** The item dialog's fields as typed. */
export type RetentionItemForm = { readonly group: string; readonly code: string; readonly title: string; readonly retention: string; readonly basis: string; readonly note: string };

/**
 * The item an item dialog stands for, and what stops it. The period is read as in the dossier
 * form ("Vĩnh viễn", "VV", "10", "10 năm"); a period typed but not understood says so and what to
 * type, where a missing one says it is missing.
 */
export function itemFromForm(form: RetentionItemForm, place: Pick<RetentionItemFields, 'unitId' | 'scheduleId' | 'order'>): { readonly fields: RetentionItemFields; readonly issues: FieldIssue[] } {
  const fields = cleanItem({ ...place, group: form.group, code: form.code, title: form.title, retention: parseRetention(form.retention) ?? (0 as never), basis: form.basis, note: form.note });
  const typed = cleanText(form.retention);
  const issues = validateItem(fields).map((i) => (i.field === 'retention' && typed ? { field: 'retention', code: 'retention.itemPeriodUnreadable', params: { typed: typed.slice(0, 40) } } : i));
  return { fields, issues };
}

/** Items in table order: by `order`, then code as numbers. */
export function sortItems<T extends Pick<RetentionItemFields, 'order' | 'code'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || a.code.localeCompare(b.code, 'vi', { numeric: true }));
}

/** What a dossier keeps when it picks an item: the period and its basis, copied. */
export function retentionFromItem(item: Pick<RetentionItem, 'id' | 'retention' | 'basis' | 'code' | 'title'>, schedule: Pick<RetentionSchedule, 'name' | 'version'>): Pick<DossierFields, 'retention' | 'retentionItemId' | 'retentionBasis'> {
  const where = `${schedule.name} (phiên bản ${schedule.version}), mục ${item.code || item.title.slice(0, 60)}`;
  const basis = item.basis ? `${item.basis} — ${where}` : where;
  return { retention: item.retention, retentionItemId: item.id, retentionBasis: basis.slice(0, DUTY_LIMITS.basis) };
}

/** The year a dossier's documents begin: its start date's, else the year of its plan. */
export function documentsStartYear(d: Pick<DossierFields, 'startDate' | 'year'>): number {
  return d.startDate && isIsoDate(d.startDate) ? yearOf(d.startDate) : d.year;
}

/** The year the documents end: their last date, or the dossier's year when unknown. */
export function documentsEndYear(d: Pick<DossierFields, 'endDate' | 'year'>): number {
  return d.endDate && isIsoDate(d.endDate) ? yearOf(d.endDate) : d.year;
}

/**
 * The last year a fixed-term dossier must be kept: end of its documents + retention, counted in
 * whole years (documents ending in 2015, kept 5 years → kept through 2020, expired from 2021).
 * Undefined for permanent dossiers.
 */
export function expiryYear(d: Pick<DossierFields, 'endDate' | 'year' | 'retention'>): number | undefined {
  return d.retention === 'permanent' ? undefined : documentsEndYear(d) + d.retention;
}

/** Expired in `currentYear`: its last year of retention is over. */
export function isExpired(d: Pick<DossierFields, 'endDate' | 'year' | 'retention'>, currentYear: number): boolean {
  const y = expiryYear(d);
  return y !== undefined && y < currentYear;
}

/** A new period a council gives a dossier kept longer must outlast the current year. */
export function keepsLonger(d: Pick<DossierFields, 'endDate' | 'year'>, newRetention: Retention, currentYear: number): boolean {
  return newRetention === 'permanent' || documentsEndYear(d) + newRetention >= currentYear;
}
