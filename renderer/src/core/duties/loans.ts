/**
 * Use of records (khai thác, sử dụng tài liệu; vn-records §6): a request names who asks (person,
 * organisation, identity document), why, which dossiers or documents, the form of use (read on
 * site, copy, certified copy), who approved it, and the loan, due and return dates. A destroyed
 * dossier cannot be lent, nor one still out on another loan, nor one whose paper the lender does
 * not hold (notLendableYet: deposited elsewhere, or never deposited into this archive).
 */
import { AppError, type FieldIssue } from '../errors';
import type { Dossier } from '../dossiers/types';
import { isIsoDate } from '../registers/dates';
import { formatDate } from '../format';
import { cleanMultiline } from '../registers/validation';
import { cleanText, foldText } from '../text';
import { DUTY_LIMITS, LOAN_FORMS, type Loan, type LoanFields } from './types';
import { dateIssue } from '../typed-date';

/** Default loan period in days for the form (a setting of the office; the portal procedure gives 1–7 working days, 🟡). */
export const DEFAULT_LOAN_DAYS = 7;

export function cleanLoan(l: LoanFields): LoanFields {
  const out: LoanFields = {
    ...l,
    requesterName: cleanText(l.requesterName),
    organisation: cleanText(l.organisation),
    idDocument: cleanText(l.idDocument),
    purpose: cleanMultiline(l.purpose),
    approvedBy: cleanText(l.approvedBy),
    returnCondition: cleanText(l.returnCondition),
    note: cleanMultiline(l.note),
  };
  if (out.returnedDate !== undefined && cleanText(out.returnedDate) === '') {
    const { returnedDate: _r, ...rest } = out;
    return rest;
  }
  return out;
}

/** What a request must have (marked * on its form); a copy needs its number of copies besides (validateLoan). */
export const LOAN_REQUIRED = ['requesterName', 'idDocument', 'purpose', 'approvedBy', 'requestDate', 'loanDate', 'dueDate', 'dossiers'] as const;

/**
 * The approver as typed in one field ("Vũ Văn Hùng, Giám đốc"): the name under the signature, the position over it, in
 * capitals as a signature block has it (it printed "Vũ Văn Hùng, Giám đốc" on one bold line). No comma: a name alone.
 */
export function approverParts(typed: string): { readonly name: string; readonly position: string } {
  const at = typed.indexOf(',');
  return at < 0 ? { name: typed.trim(), position: '' } : { name: typed.slice(0, at).trim(), position: typed.slice(at + 1).trim() };
}

/**
 * `today` (local "yyyy-mm-dd"): a request, a handing over or a return written in the register has
 * happened — a day after it is refused (a typo in the year went in and showed the loan as out).
 */
export function validateLoan(l: LoanFields, itemCount: number, today?: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const long = (field: keyof LoanFields, value: string, max: number) => {
    if (value.length > max) issues.push({ field, code: 'text.tooLong', params: { max, length: value.length } });
  };
  if (!l.requesterName) issues.push({ field: 'requesterName', code: 'loan.requesterRequired' });
  long('requesterName', l.requesterName, DUTY_LIMITS.person);
  long('organisation', l.organisation, DUTY_LIMITS.organisation);
  if (!l.idDocument) issues.push({ field: 'idDocument', code: 'loan.idDocumentRequired' });
  long('idDocument', l.idDocument, DUTY_LIMITS.idDocument);
  if (!l.purpose) issues.push({ field: 'purpose', code: 'loan.purposeRequired' });
  long('purpose', l.purpose, DUTY_LIMITS.purpose);
  if (!l.approvedBy) issues.push({ field: 'approvedBy', code: 'loan.approvalRequired' });
  // The slip prints the position over the signature and the name under it (pdf loan-forms `approverParts`): both, a comma between.
  else if (Object.values(approverParts(l.approvedBy)).some((part) => !part)) issues.push({ field: 'approvedBy', code: 'loan.approverPosition' });
  long('approvedBy', l.approvedBy, DUTY_LIMITS.person);
  long('returnCondition', l.returnCondition, DUTY_LIMITS.condition);
  long('note', l.note, DUTY_LIMITS.note);
  if (!LOAN_FORMS.includes(l.form)) issues.push({ field: 'form', code: 'loan.formInvalid' });
  if (!Number.isInteger(l.copies) || l.copies < 0 || l.copies > DUTY_LIMITS.copies) issues.push({ field: 'copies', code: 'loan.copiesRange', params: { min: l.form === 'read' ? 0 : 1, max: DUTY_LIMITS.copies } });
  else if (l.form !== 'read' && l.copies === 0) issues.push({ field: 'copies', code: 'loan.copiesRequired' });
  for (const f of ['requestDate', 'loanDate', 'dueDate'] as const) if (!isIsoDate(l[f])) issues.push(dateIssue(f, l[f]));
  if (isIsoDate(l.loanDate) && isIsoDate(l.requestDate) && l.loanDate < l.requestDate) issues.push({ field: 'loanDate', code: 'loan.loanBeforeRequest' });
  if (isIsoDate(l.loanDate) && isIsoDate(l.dueDate) && l.dueDate < l.loanDate) issues.push({ field: 'dueDate', code: 'loan.dueBeforeLoan' });
  if (l.returnedDate !== undefined) {
    if (!isIsoDate(l.returnedDate)) issues.push(dateIssue('returnedDate', l.returnedDate));
    else if (isIsoDate(l.loanDate) && l.returnedDate < l.loanDate) issues.push({ field: 'returnedDate', code: 'loan.returnBeforeLoan' });
  }
  if (today !== undefined)
    for (const f of ['requestDate', 'loanDate', 'returnedDate'] as const) {
      const d = l[f];
      if (d !== undefined && isIsoDate(d) && d > today && !issues.some((i) => i.field === f)) issues.push({ field: f, code: 'loan.dateInFuture', params: { date: formatDate(d), today: formatDate(today) } });
    }
  if (itemCount === 0) issues.push({ field: 'dossiers', code: 'loan.dossiersRequired' });
  if (itemCount > DUTY_LIMITS.loanItems) issues.push({ field: 'dossiers', code: 'loan.tooManyDossiers', params: { max: DUTY_LIMITS.loanItems } });
  return issues;
}

/** Số bản sao as typed: none when reading on site, blank as 0 (refused for a copy), only digits read (else NaN, refused). */
export function copiesOf(form: LoanFields['form'], text: string): number {
  const t = text.trim();
  if (form === 'read' || t === '') return 0;
  return /^\d{1,9}$/.test(t) ? Number(t) : Number.NaN;
}

/**
 * Who is lending, to know where a dossier's paper is: the unit, whether it is an archive above the
 * communes (it holds only what was deposited into it), the deposit batches of other units it
 * recorded as received (batch id → the day it received them), and the units whose fonds it took
 * over (Tiếp nhận phông: a merged commune, a transfer — unit id → the day it took them over).
 * A batch into the unit's own lưu trữ hiện hành moves the paper to the unit's archive room, not away.
 */
export type Lender = {
  readonly unitId: string;
  readonly upper: boolean;
  readonly receivedBatches: ReadonlyMap<string, string>;
  readonly tookOver: ReadonlyMap<string, string>;
  /** Deposit batches, its own or others', into the depositing unit's own lưu trữ hiện hành (deposit.ts batchDestination): their paper stayed at that unit. */
  readonly keptAtUnit: ReadonlySet<string>;
};

/**
 * Why a dossier cannot be lent (on `onDate`, the loan's day), before any loan is asked:
 * - processing / open: a backlog slip not numbered yet, a dossier still at work in the office;
 * - deposited: its paper went to an archive elsewhere in a deposit batch (nộp lưu) on or before that
 *   day — it is lent there, not by the unit that deposited it (nor by a merged commune that took over
 *   the fonds of the one that did); a batch into the unit's own lưu trữ hiện hành keeps it the unit's;
 * - notDeposited: an archive's copy of a commune's record whose paper was never deposited into it
 *   (it stays at the commune, in its lưu trữ hiện hành if deposited there);
 * - notReceived: deposited into this archive, but the archive has not recorded the batch as received;
 * - receivedAfter: it did, after the loan's day;
 * - notTakenOver: at a commune, another unit's record (received in a bundle) whose fonds the commune
 *   has not recorded taking over: its paper is at that unit;
 * - takenOverAfter: it did, from a day after the loan's.
 * A loan dated before the deposit (written in afterwards from the paper register) is the unit's own.
 */
export type NotLendable = 'processing' | 'open' | 'deposited' | 'notDeposited' | 'notReceived' | 'receivedAfter' | 'notTakenOver' | 'takenOverAfter';

/**
 * Whether a dossier's paper is the lender's as its own fonds' is — its own files, or at a commune
 * those of the units whose fonds it took over (notLendableYet checks it did) until deposited — rather
 * than an archive's, held only once deposited into it and received.
 */
export function holdsAsOwn(dossier: Pick<Dossier, 'origin'>, lender: Pick<Lender, 'unitId' | 'upper'>): boolean {
  return !lender.upper || dossier.origin === lender.unitId;
}

/** Whether a dossier's paper left its unit for an archive elsewhere (a batch into the unit's own lưu trữ hiện hành keeps it there). */
export function leftUnit<D extends Pick<Dossier, 'depositBatchId'>>(dossier: D, lender: Pick<Lender, 'keptAtUnit'>): dossier is D & { readonly depositBatchId: string } {
  return dossier.depositBatchId !== undefined && !lender.keptAtUnit.has(dossier.depositBatchId);
}

export function notLendableYet(
  dossier: Pick<Dossier, 'status' | 'source' | 'origin' | 'depositBatchId' | 'depositedAt'>,
  lender: Lender,
  onDate: string,
): NotLendable | undefined {
  if (dossier.status !== 'closed') return dossier.source === 'backlog' ? 'processing' : 'open';
  if (dossier.origin !== lender.unitId && !lender.upper) {
    // A merged commune holds the fonds of those it replaced from the day it took them over; another unit's record received as data only is not its paper.
    const from = lender.tookOver.get(dossier.origin);
    if (from === undefined) return 'notTakenOver';
    if (onDate < from) return 'takenOverAfter';
  }
  if (!holdsAsOwn(dossier, lender)) {
    if (!leftUnit(dossier, lender)) return 'notDeposited';
    // Held from the day the archive received the batch (a loan dated before it was not the archive's to make).
    const received = lender.receivedBatches.get(dossier.depositBatchId);
    if (received === undefined) return 'notReceived';
    return received <= onDate ? undefined : 'receivedAfter';
  }
  if (leftUnit(dossier, lender) && (dossier.depositedAt === undefined || dossier.depositedAt <= onDate)) return 'deposited';
  return undefined;
}

/**
 * Why a dossier may not be lent, as a refusal naming it (code and params), or undefined when it may:
 * it was not destroyed or removed, is closed — records are used once their dossier is finished (an
 * open one is still at work in the office, at the commune that files it; a backlog slip is still
 * being processed) —, its paper is held by the lender (notLendableYet), and it is not out on
 * another loan (a paper file is in one place).
 */
export function lendingRefusal(
  dossier: Pick<Dossier, 'deleted' | 'notation' | 'destroyedAt' | 'destructionDecisionNumber' | 'status' | 'source' | 'origin' | 'depositBatchId' | 'depositedAt'>,
  outOn: Pick<Loan, 'requesterName' | 'dueDate'> | undefined,
  lender: Lender,
  onDate: string,
): { readonly code: string; readonly params: Readonly<Record<string, string>> } | undefined {
  const notation = dossier.notation;
  if (dossier.deleted && dossier.destroyedAt) return { code: 'loan.dossierDestroyed', params: { notation, decision: dossier.destructionDecisionNumber ?? '' } };
  if (dossier.deleted) return { code: 'loan.dossierDeleted', params: { notation } };
  const why = notLendableYet(dossier, lender, onDate);
  if (why === 'processing') return { code: 'loan.dossierProcessing', params: { notation } };
  if (why === 'open') return { code: 'loan.dossierOpen', params: { notation } };
  if (why === 'deposited') return { code: 'loan.dossierDeposited', params: { notation, date: formatDate(dossier.depositedAt) } };
  if (why === 'notDeposited') return { code: 'loan.dossierNotDeposited', params: { notation } };
  if (why === 'notReceived') return { code: 'loan.dossierNotReceived', params: { notation } };
  if (why === 'receivedAfter') return { code: 'loan.dossierReceivedAfter', params: { notation, date: formatDate(lender.receivedBatches.get(dossier.depositBatchId!)) } };
  if (why === 'notTakenOver') return { code: 'loan.dossierNotTakenOver', params: { notation } };
  if (why === 'takenOverAfter') return { code: 'loan.dossierTakenOverAfter', params: { notation, date: formatDate(lender.tookOver.get(dossier.origin)) } };
  if (outOn) return { code: 'loan.dossierOut', params: { notation, name: outOn.requesterName, due: formatDate(outOn.dueDate) } };
  return undefined;
}

/** `lendingRefusal` thrown (a dossier not held here at all: record.notFound). */
export function assertLendable(dossier: Parameters<typeof lendingRefusal>[0] | undefined, outOn: Parameters<typeof lendingRefusal>[1], lender: Lender, onDate: string): void {
  if (!dossier) throw new AppError('record.notFound');
  const refusal = lendingRefusal(dossier, outOn, lender, onDate);
  if (refusal) throw new AppError(refusal.code, refusal.params);
}

/** The due date to index while a loan is open (not returned, not cancelled); absent otherwise. */
export function openDueOf(l: Pick<Loan, 'returnedDate' | 'dueDate'> & { readonly deleted?: boolean }): string | undefined {
  return l.deleted || l.returnedDate !== undefined ? undefined : l.dueDate;
}

export function isOverdue(l: Pick<Loan, 'returnedDate' | 'dueDate' | 'deleted'>, today: string): boolean {
  const due = openDueOf(l);
  return due !== undefined && due < today;
}

/** One reader, however many requests: the same name and identity document (folded). */
export function readerKey(l: Pick<LoanFields, 'requesterName' | 'idDocument'>): string {
  return `${foldText(l.requesterName).replace(/\s+/g, ' ')}|${foldText(l.idDocument).replace(/\s+/g, '')}`;
}
