/**
 * Appraisal and destruction (xác định giá trị, hủy tài liệu hết giá trị; vn-records §5.5, TT
 * 06/2025): fixed-term dossiers whose retention is over are candidates; the council
 * (Hội đồng xác định giá trị tài liệu) decides per dossier to destroy (with the reason of PL II)
 * or keep longer (a new period and why); destruction needs the council's decision and the
 * destruction decision's number and date, and never touches a permanent dossier.
 */
import { AppError, type FieldIssue } from '../errors';
import { formatDate } from '../format';
import type { Dossier } from '../dossiers/types';
import { yearsSpanned } from '../dossiers/inventory';
import { isRetention } from '../dossiers/rules';
import { isIsoDate } from '../registers/dates';
import { cleanMultiline } from '../registers/validation';
import { cleanText, foldedWords, toneNeutral } from '../text';
import { documentsEndYear, isExpired, keepsLonger } from './retention';
import { DUTY_LIMITS, type Appraisal, type AppraisalFields, type AppraisalItemFields, type CouncilMember } from './types';
import { dateIssue } from '../typed-date';

/** The reason printed in PL II when a dossier's retention is over. */
export const EXPIRED_REASON = 'Hết thời hạn bảo quản';

/** Own, live, fixed-term dossiers whose retention is over in `currentYear`, not already in an open appraisal. */
export function destructionCandidates(dossiers: readonly Dossier[], unitId: string, currentYear: number, inAppraisal: ReadonlySet<string>): Dossier[] {
  return dossiers.filter((d) => d.origin === unitId && !d.deleted && d.retention !== 'permanent' && isExpired(d, currentYear) && !inAppraisal.has(d.id));
}

export function cleanMembers(members: readonly CouncilMember[]): CouncilMember[] {
  return members.map((m) => ({ name: cleanText(m.name), position: cleanText(m.position), role: cleanText(m.role) })).filter((m) => m.name);
}

export function cleanAppraisal(a: AppraisalFields): AppraisalFields {
  return {
    ...a,
    name: cleanText(a.name),
    councilDecision: cleanText(a.councilDecision),
    members: cleanMembers(a.members),
    meetingPlace: cleanText(a.meetingPlace),
    conclusion: cleanMultiline(a.conclusion),
    note: cleanMultiline(a.note),
  };
}

export function validateAppraisal(a: AppraisalFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!a.name) issues.push({ field: 'name', code: 'appraisal.nameRequired' });
  if (a.name.length > DUTY_LIMITS.name) issues.push({ field: 'name', code: 'text.tooLong', params: { max: DUTY_LIMITS.name, length: a.name.length } });
  if (a.councilDecision.length > DUTY_LIMITS.decision) issues.push({ field: 'councilDecision', code: 'text.tooLong', params: { max: DUTY_LIMITS.decision, length: a.councilDecision.length } });
  if (a.members.length > DUTY_LIMITS.members) issues.push({ field: 'members', code: 'appraisal.tooManyMembers', params: { max: DUTY_LIMITS.members } });
  for (const m of a.members)
    if (m.name.length > DUTY_LIMITS.person || m.position.length > DUTY_LIMITS.position || m.role.length > DUTY_LIMITS.position)
      issues.push({ field: 'members', code: 'text.tooLong', params: { max: DUTY_LIMITS.person } });
  if (a.meetingDate !== undefined && !isIsoDate(a.meetingDate)) issues.push(dateIssue('meetingDate', a.meetingDate));
  if (a.meetingPlace.length > DUTY_LIMITS.organisation) issues.push({ field: 'meetingPlace', code: 'text.tooLong', params: { max: DUTY_LIMITS.organisation, length: a.meetingPlace.length } });
  if (a.conclusion.length > DUTY_LIMITS.note) issues.push({ field: 'conclusion', code: 'text.tooLong', params: { max: DUTY_LIMITS.note, length: a.conclusion.length } });
  return issues;
}

/** A decision on one dossier: destroying a permanent one is refused; keeping longer needs a new period that outlasts this year and a reason. */
export function itemIssues(item: Pick<AppraisalItemFields, 'decision' | 'reason' | 'newRetention'>, dossier: Pick<Dossier, 'retention' | 'endDate' | 'year' | 'notation'>, currentYear: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (item.reason.length > DUTY_LIMITS.reason) issues.push({ field: 'reason', code: 'text.tooLong', params: { max: DUTY_LIMITS.reason, length: item.reason.length } });
  if (item.decision === 'destroy') {
    if (dossier.retention === 'permanent') issues.push({ field: 'decision', code: 'appraisal.destroyPermanent', params: { notation: dossier.notation } });
    if (!item.reason.trim()) issues.push({ field: 'reason', code: 'appraisal.reasonRequired' });
  } else {
    if (!item.reason.trim()) issues.push({ field: 'reason', code: 'appraisal.keepReasonRequired', params: { notation: dossier.notation } });
    if (item.newRetention === undefined || !isRetention(item.newRetention)) issues.push({ field: 'newRetention', code: 'appraisal.keepPeriodRequired', params: { notation: dossier.notation } });
    else if (item.newRetention !== 'permanent' && !keepsLonger(dossier, item.newRetention, currentYear))
      issues.push({ field: 'newRetention', code: 'appraisal.keepPeriodTooShort', params: { notation: dossier.notation, year: documentsEndYear(dossier) + item.newRetention } });
  }
  return issues;
}

/** What the council's decision needs: the decision that set it up, its members with a chair, the meeting date, a decision on every dossier. */
export function assertCouncilReady(a: Pick<AppraisalFields, 'councilDecision' | 'members' | 'meetingDate' | 'status'>, itemCount: number, today: string): void {
  if (a.status !== 'open') throw new AppError('appraisal.notOpen');
  if (itemCount === 0) throw new AppError('appraisal.empty');
  if (!a.councilDecision.trim()) throw new AppError('appraisal.councilDecisionRequired');
  if (a.members.length < 2) throw new AppError('appraisal.membersRequired');
  if (!a.meetingDate) throw new AppError('appraisal.meetingDateRequired');
  // Its opinion is recorded once the council has met.
  if (a.meetingDate > today) throw new AppError('appraisal.meetingInFuture', { date: formatDate(a.meetingDate) });
}

/**
 * Whether the list of papers to destroy and its explanation carry the day they are printed: they go before the council,
 * so printed after its meeting they leave their date to be written by hand (dated then, they read as made after the
 * meeting that examined them).
 */
export function datedOnPrinting(meetingDate: string | undefined, today: string): boolean {
  return !meetingDate || meetingDate >= today;
}

export type DestructionInput = {
  readonly decisionNumber: string;
  readonly decisionDate: string;
  readonly decisionSigner: string;
  readonly destroyedOn: string;
  readonly destructionPlace: string;
  readonly destructionMethod: string;
};

/**
 * The number of a decision as typed with words before it ("Quyết định số 07/QĐ-UBND", "QĐ 07/QĐ-UBND",
 * "số 07/QĐ-UBND"): the number alone ("07/QĐ-UBND"), since the papers print "Quyết định số" themselves.
 */
export function bareDecisionNumber(typed: string): string {
  return typed.trim().replace(/^(quyết\s+định\s*)?(qđ\.?\s+)?(số\s*:?\s*)?/iu, '');
}

export function cleanDestruction(i: DestructionInput): DestructionInput {
  return {
    decisionNumber: bareDecisionNumber(cleanText(i.decisionNumber)),
    decisionDate: cleanText(i.decisionDate),
    decisionSigner: cleanText(i.decisionSigner),
    destroyedOn: cleanText(i.destroyedOn),
    destructionPlace: cleanText(i.destructionPlace),
    destructionMethod: cleanText(i.destructionMethod),
  };
}

/**
 * Destruction follows the council's decision (status decided) and is made under a destruction
 * decision with its number and date. Neither the decision nor the destruction may be dated after
 * `today` (yyyy-mm-dd): a destruction is recorded once it happened, and cannot be undone.
 */
export function destructionIssues(a: Pick<Appraisal, 'status' | 'meetingDate'>, i: DestructionInput, today: string): FieldIssue[] {
  const issues = decisionIssues(a, i, today);
  if (!i.destroyedOn) issues.push({ field: 'destroyedOn', code: 'appraisal.destroyedOnRequired' });
  else if (!isIsoDate(i.destroyedOn)) issues.push(dateIssue('destroyedOn', i.destroyedOn));
  else if (i.destroyedOn > today) issues.push({ field: 'destroyedOn', code: 'appraisal.destroyedInFuture', params: { date: formatDate(i.destroyedOn) } });
  else if (isIsoDate(i.decisionDate) && i.destroyedOn < i.decisionDate) issues.push({ field: 'destroyedOn', code: 'appraisal.destroyedBeforeDecision', params: { decision: formatDate(i.decisionDate) } });
  for (const f of ['destructionPlace', 'destructionMethod'] as const)
    if (i[f].length > DUTY_LIMITS.organisation) issues.push({ field: f, code: 'text.tooLong', params: { max: DUTY_LIMITS.organisation, length: i[f].length } });
  return issues;
}

/** The destruction decision (Quyết định hủy tài liệu hết giá trị) as the head of the agency signed it. */
export type DestructionDecision = Pick<DestructionInput, 'decisionNumber' | 'decisionDate' | 'decisionSigner'>;

/** The destruction decision's number, date and signer, alike whether it is recorded alone (signed, not carried out yet) or with the destruction. */
export function decisionIssues(a: Pick<Appraisal, 'status' | 'meetingDate'>, i: DestructionDecision, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (a.status !== 'decided') issues.push({ field: 'status', code: 'appraisal.destroyNeedsCouncil' });
  if (!i.decisionNumber) issues.push({ field: 'decisionNumber', code: 'appraisal.decisionNumberRequired' });
  if (i.decisionNumber.length > DUTY_LIMITS.decision) issues.push({ field: 'decisionNumber', code: 'text.tooLong', params: { max: DUTY_LIMITS.decision, length: i.decisionNumber.length } });
  if (!i.decisionDate) issues.push({ field: 'decisionDate', code: 'appraisal.decisionDateRequired' });
  else if (!isIsoDate(i.decisionDate)) issues.push(dateIssue('decisionDate', i.decisionDate));
  else if (i.decisionDate > today) issues.push({ field: 'decisionDate', code: 'appraisal.dateInFuture', params: { date: formatDate(i.decisionDate) } });
  else if (a.meetingDate && i.decisionDate < a.meetingDate) issues.push({ field: 'decisionDate', code: 'appraisal.decisionBeforeMeeting', params: { meeting: formatDate(a.meetingDate) } });
  if (i.decisionSigner.length > DUTY_LIMITS.organisation) issues.push({ field: 'decisionSigner', code: 'text.tooLong', params: { max: DUTY_LIMITS.organisation, length: i.decisionSigner.length } });
  return issues;
}

/** "Quyết định số 12/QĐ-UBND ngày 05/03/2027": the reason written on each destroyed dossier's tombstone. */
export function destructionReason(number: string, isoDateText: string): string {
  return `Hủy theo Quyết định số ${number} ngày ${formatDate(isoDateText)}`;
}

/** Figures of the thuyết minh (PL III): totals, date range, and groups by reason. */
export type AppraisalSummary = {
  readonly total: number;
  readonly destroy: number;
  readonly keep: number;
  readonly sheets: number;
  readonly boxes: number;
  /** Dossiers to destroy whose sheets were not counted, and those in no box: the figures above leave them out. */
  readonly unsheeted: number;
  readonly unboxed: number;
  readonly fromYear?: number;
  readonly toYear?: number;
  /** Reason → dossiers to destroy, "Hết thời hạn bảo quản" first. */
  readonly byReason: readonly (readonly [string, number])[];
};

export function appraisalSummary(items: readonly Pick<AppraisalItemFields, 'decision' | 'reason' | 'dossierId'>[], dossiers: ReadonlyMap<string, Pick<Dossier, 'sheetCount' | 'year' | 'startDate' | 'endDate' | 'boxId'>>): AppraisalSummary {
  const destroyed = items.filter((i) => i.decision === 'destroy');
  const reasons = new Map<string, number>();
  for (const i of destroyed) reasons.set(i.reason || EXPIRED_REASON, (reasons.get(i.reason || EXPIRED_REASON) ?? 0) + 1);
  const ds = destroyed.map((i) => dossiers.get(i.dossierId)).filter((d): d is NonNullable<typeof d> => d !== undefined);
  const years = yearsSpanned(ds);
  return {
    total: items.length,
    destroy: destroyed.length,
    keep: items.length - destroyed.length,
    sheets: ds.reduce((s, d) => s + (d.sheetCount ?? 0), 0),
    boxes: new Set(ds.map((d) => d.boxId).filter(Boolean)).size,
    unsheeted: ds.filter((d) => d.sheetCount === undefined).length,
    unboxed: ds.filter((d) => !d.boxId).length,
    ...years,
    byReason: [...reasons].sort((a, b) => Number(b[0] === EXPIRED_REASON) - Number(a[0] === EXPIRED_REASON) || b[1] - a[1]),
  };
}

/**
 * The commonest Vietnamese family names, with their marks (compared tone-neutral, not folded: folded, "Trưởng" read as
 * "Trương", "Chủ" as "Chu", "Hộ" as "Hồ", and "Trưởng Thôn" as a name).
 */
const FAMILY_NAMES: ReadonlySet<string> = new Set(
  ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đào', 'Đinh', 'Đoàn', 'Lâm', 'Mai', 'Trịnh', 'Trương', 'Hà', 'Cao', 'Lưu', 'Lương', 'Tạ', 'Chu', 'Kiều', 'Triệu', 'Quách', 'Tô', 'Vương', 'Thái', 'Tăng', 'Khuất', 'Lại', 'Nông', 'Lò', 'Cà', 'Giang', 'Tống', 'Tiêu'].map((n) => toneNeutral(n.toLowerCase())),
);
/** Pairs of words a signer's title holds (folded), none of them a name's: "Trưởng Phòng", "Phó Chủ Tịch" typed capitalised. */
const TITLE_PAIRS: readonly string[] = ['chu tich', 'giam doc', 'truong phong', 'truong ban', 'bi thu', 'chanh van', 'thu truong', 'dung dau', 'pho chu', 'uy vien', 'can bo', 'cong chuc'];

/**
 * A decision's signer typed as a person's name alone ("Nguyễn Văn An"): the minutes and the list read "Quyết định số …
 * của <chức vụ>", so the field takes the title. Two to five words, each capitalised and the rest small (a title is
 * typed "Chủ tịch UBND xã"), the first a common family name, and no title's pair of words among them. A warning only:
 * names are many and titles are the office's own.
 */
export function signerLooksLikeName(typed: string): boolean {
  const words = cleanText(typed).split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w))) return false;
  if (!FAMILY_NAMES.has(toneNeutral(words[0]!.toLowerCase()))) return false;
  const joined = ` ${foldedWords(words.join(' ')).join(' ')} `;
  return !TITLE_PAIRS.some((pair) => joined.includes(` ${pair} `));
}
