/**
 * Fonds after the 2025 reform (vn-records §7): a unit holds several fonds, each with the bodies
 * that created it and their dates (UBND xã A 1990 – 30/6/2025); a closed fonds keeps its
 * inventories and numbers and takes no new dossier and no new number; the fonds history is
 * written once and reused by inventory forewords and reports.
 */
import { AppError, type FieldIssue } from '../errors';
import type { DossierFields } from '../dossiers/types';
import { isIsoDate } from '../registers/dates';
import { cleanMultiline } from '../registers/validation';
import { cleanText } from '../text';
import type { Fonds, FondsCreator, FondsFields } from '../unit';
import { DUTY_LIMITS } from './types';
import { dateIssue, impossibleDate } from '../typed-date';
import { formatDate } from '../format';

export const MAX_CREATORS = 20;

/** "1990" or "1990-01-01": a creator's dates may be known to the year only. */
export function isYearOrDate(v: string): boolean {
  return /^\d{4}$/.test(v) ? Number(v) >= 1900 && Number(v) <= 2200 : isIsoDate(v);
}

export function cleanFonds(f: FondsFields): FondsFields {
  const creators = (f.creators ?? [])
    .map((c): FondsCreator => {
      const to = c.to === undefined ? '' : cleanText(c.to);
      return { name: cleanText(c.name), from: cleanText(c.from), ...(to ? { to } : {}) };
    })
    .filter((c) => c.name || c.from || c.to);
  return { ...f, name: cleanText(f.name), number: cleanText(f.number), history: cleanMultiline(f.history), creatorHistory: cleanMultiline(f.creatorHistory ?? ''), creators, ...(f.closingBasis !== undefined ? { closingBasis: cleanText(f.closingBasis) } : {}) };
}

export function validateFonds(f: FondsFields, currentYear: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!f.name) issues.push({ field: 'name', code: 'fonds.name.required' });
  if (f.name.length > DUTY_LIMITS.name) issues.push({ field: 'name', code: 'text.tooLong', params: { max: DUTY_LIMITS.name, length: f.name.length } });
  if (f.number.length > 20) issues.push({ field: 'number', code: 'text.tooLong', params: { max: 20, length: f.number.length } });
  if (!Number.isInteger(f.startYear) || f.startYear < 1945 || f.startYear > currentYear) issues.push({ field: 'startYear', code: 'fonds.startYear.range', params: { max: currentYear } });
  if (f.endYear !== undefined && (!Number.isInteger(f.endYear) || f.endYear < f.startYear || f.endYear > 2200)) issues.push({ field: 'endYear', code: 'fonds.endYearRange' });
  for (const [field, text] of [['history', f.history], ['creatorHistory', f.creatorHistory ?? '']] as const)
    if (text.length > 20_000) issues.push({ field, code: 'text.tooLong', params: { max: 20_000, length: text.length } });
  const creators = f.creators ?? [];
  if (creators.length > MAX_CREATORS) issues.push({ field: 'creators', code: 'fonds.tooManyCreators', params: { max: MAX_CREATORS } });
  creators.forEach((c, i) => {
    if (!c.name) issues.push({ field: `creators.${i}`, code: 'fonds.creatorNameRequired' });
    if (c.name.length > DUTY_LIMITS.name) issues.push({ field: `creators.${i}`, code: 'text.tooLong', params: { max: DUTY_LIMITS.name, length: c.name.length } });
    const wrong = [c.from, c.to].find((d) => d !== undefined && !isYearOrDate(d));
    // A day or month that does not exist ("31/02/1990") is named as in any date field.
    if (wrong !== undefined) issues.push(impossibleDate(wrong) ? dateIssue(`creators.${i}`, wrong) : { field: `creators.${i}`, code: 'fonds.creatorDates' });
    else if (c.to !== undefined && c.to.slice(0, 4) < c.from.slice(0, 4)) issues.push({ field: `creators.${i}`, code: 'fonds.creatorDates' });
  });
  if (f.status === 'closed' && f.closedAt !== undefined && !isIsoDate(f.closedAt)) issues.push(dateIssue('closedAt', f.closedAt));
  return issues;
}

/** What closing needs: the date (the fonds' last day, e.g. 30/6/2025) and its basis. */
export function closingFondsIssues(f: Pick<FondsFields, 'status' | 'startYear'>, closedAt: string, basis: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (f.status === 'closed') issues.push({ field: 'status', code: 'fonds.alreadyClosed' });
  if (!isIsoDate(closedAt)) issues.push(dateIssue('closedAt', closedAt));
  else if (Number(closedAt.slice(0, 4)) < f.startYear) issues.push({ field: 'closedAt', code: 'fonds.closedBeforeStart' });
  if (!basis.trim()) issues.push({ field: 'closingBasis', code: 'fonds.closingBasisRequired' });
  if (basis.length > DUTY_LIMITS.basis) issues.push({ field: 'closingBasis', code: 'text.tooLong', params: { max: DUTY_LIMITS.basis, length: basis.length } });
  return issues;
}

/** Fields that place a dossier in a fonds' numbering: frozen once the fonds is closed. */
const FROZEN: readonly (keyof DossierFields)[] = ['notation', 'inventoryNumber', 'fileNumber', 'boxId', 'fondsId', 'year'];

/**
 * A closed fonds takes no new dossier and no new number: creating a dossier in it, or changing a
 * dossier's notation, inventory, file number, box or year there, is refused naming the fonds.
 * Other corrections (a note, the condition, a deposit, a destruction) stay allowed.
 */
export function assertFondsAllows(fonds: Pick<Fonds, 'status' | 'name' | 'closedAt' | 'endYear'>, before: Partial<DossierFields> | undefined, after: Partial<DossierFields>): void {
  if (fonds.status !== 'closed') return;
  const named = { fonds: fondsTitle(fonds.name), name: fonds.name, date: closedSince(fonds) };
  if (!before) throw new AppError('fonds.closedNoNewDossier', named);
  for (const k of FROZEN) if (before[k] !== after[k]) throw new AppError('fonds.closedFrozen', named);
}

/** Numbering, boxing or moving dossiers between boxes in a closed fonds is refused naming it. */
export function assertNumberingOpen(fonds: Pick<Fonds, 'status' | 'name' | 'closedAt' | 'endYear'>): void {
  if (fonds.status === 'closed') throw new AppError('fonds.closedFrozen', { fonds: fondsTitle(fonds.name), name: fonds.name, date: closedSince(fonds) });
}

/** Since when a closed fonds is closed, as a sentence says it: its closing day (dd/mm/yyyy; it read "2025-06-30"), else its last year. */
export function closedSince(fonds: Pick<Fonds, 'closedAt' | 'endYear'>): string {
  return formatDate(fonds.closedAt) || (fonds.endYear !== undefined ? String(fonds.endYear) : '');
}

/** "1990 – 30/06/2025": a creator's dates as printed. */
export function creatorPeriod(c: Pick<FondsCreator, 'from' | 'to'>): string {
  const show = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}` : v);
  return c.to ? `${show(c.from)} – ${show(c.to)}` : `${show(c.from)} – nay`;
}

/**
 * The foreword text of a fonds (Lời nói đầu of a Mục lục hồ sơ; §1 of a thuyết minh): the
 * creating bodies with their dates, the creators' history, the fonds history. Paragraphs; [] when
 * nothing was written.
 */
export function fondsForeword(f: Pick<FondsFields, 'name' | 'creators' | 'creatorHistory' | 'history' | 'status' | 'closedAt' | 'closingBasis'>): string[] {
  const out: string[] = [];
  const creators = f.creators ?? [];
  if (creators.length > 0) out.push(`Đơn vị hình thành phông: ${creators.map((c) => `${c.name} (${creatorPeriod(c)})`).join('; ')}.`);
  if (f.creatorHistory?.trim()) out.push(...f.creatorHistory.split(/\n+/).filter(Boolean));
  if (f.history.trim()) out.push(...f.history.split(/\n+/).filter(Boolean));
  if (f.status === 'closed' && f.closedAt) {
    const [y, m, d] = f.closedAt.split('-');
    out.push(`Phông đóng từ ngày ${d}/${m}/${y}${f.closingBasis ? ` theo ${f.closingBasis}` : ''}; số hồ sơ và mục lục của phông được giữ nguyên.`);
  }
  return out;
}

/**
 * The fonds a page opens on: the unit's own fonds still being formed — the one with no end year, the latest begun, before
 * an earlier commune's fonds the unit took over (added later, it came first by its name and the pages opened on it) —
 * then any of its own, then the first held.
 */
export function workingFonds<F extends Pick<Fonds, 'id' | 'unitId' | 'status' | 'startYear' | 'endYear'>>(fonds: readonly F[], selfId: string): F | undefined {
  const rank = (f: F) => (f.unitId !== selfId ? 3 : f.status !== 'open' ? 2 : f.endYear !== undefined ? 1 : 0);
  return [...fonds].sort((a, b) => rank(a) - rank(b) || b.startYear - a.startYear)[0];
}

/** A fonds named in a sentence: "Phông lưu trữ UBND xã …" as it is ("Phông Phông lưu trữ …" was printed), "Phông …" otherwise. */
export function fondsTitle(name: string): string {
  return /^phông(\s|$)/iu.test(name.normalize('NFC').trim()) ? name : `Phông ${name}`;
}
