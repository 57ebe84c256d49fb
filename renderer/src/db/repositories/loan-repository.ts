/**
 * Loans and use of records (khai thác, sử dụng): a request with its dossiers, its return, the
 * overdue loans the home screen shows (from an index of open due dates), and the register of use
 * (sổ theo dõi sử dụng) of a year. A destroyed dossier, one still out, or one whose paper the unit
 * does not hold (deposited, or never deposited into an archive) is refused by name.
 */
import Dexie from 'dexie';
import { custodyCarriedBy } from './exchange-repository';
import { AppError } from '../../core/errors';
import { cleanLoan, holdsAsOwn, leftUnit, lendingRefusal, openDueOf, validateLoan, type Lender } from '../../core/duties/loans';
import { DUTY_LIMITS, type Loan, type LoanFields, type LoanItem, type LoanItemFields } from '../../core/duties/types';
import type { Dossier } from '../../core/dossiers/types';
import { addDays, isIsoDate } from '../../core/registers/dates';
import { cleanText } from '../../core/text';
import { formatDate, isoDate } from '../../core/format';
import { writeChanges, type Session } from '../changes';
import type { LuutruDb } from '../schema';
import { DutyInvalidError } from './duties-settings';
import { getDossier, getDossiers } from './dossier-repository';
import { dateIssue } from '../../core/typed-date';
import { isUpperLevel } from '../../core/unit';
import { getUnit } from './unit-repository';
import { foreignRecords } from './foreign-repository';
import { keptAtUnit, receivedDays } from '../../core/duties/deposit';
import type { DepositBatch } from '../../core/duties/types';

type StoredLoan = Loan & { readonly openDue?: string };
type LoanWithDue = LoanFields & { openDue?: string };

function withOpenDue(l: LoanFields): LoanWithDue {
  const { openDue: _o, ...rest } = l as LoanWithDue;
  const due = openDueOf(l);
  return due ? { ...rest, openDue: due } : rest;
}

export type LoanLine = { readonly dossierId: string; readonly documents: string };
export type LoanView = { readonly loan: Loan; readonly items: readonly LoanItem[]; readonly dossiers: readonly (Dossier | undefined)[] };

/** Every loan made in the years `from` to `to` (every unit's, cancelled ones too), through the loan-date index. */
export function loansInYears(db: LuutruDb, from: string | number, to: string | number = from): Promise<Loan[]> {
  return db.loans.where('loanDate').between(`${from}-01-01`, `${to}-12-31`, true, true).toArray();
}

/**
 * A request made before numbers were kept gets, for its slip and the register of use, its place among its year's
 * unnumbered requests (cancelled ones counted, by loan date): below every number given since (`createLoan` starts
 * after them), so no two requests of a year print one number.
 */
async function withNumbers(db: LuutruDb, loans: readonly Loan[], read?: readonly Loan[]): Promise<Loan[]> {
  const years = loans.filter((l) => l.number === undefined).map((l) => l.loanDate.slice(0, 4)).sort();
  if (years.length === 0) return [...loans];
  // One read over the years concerned (`read`: the caller's read of them already); ranked per unit and year.
  const old = (read ?? (await loansInYears(db, years[0]!, years.at(-1)!))).filter((l) => l.number === undefined);
  old.sort((a, b) => a.loanDate.localeCompare(b.loanDate) || a.clock.localeCompare(b.clock));
  const rank = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const l of old) {
    const key = `${l.unitId}|${l.loanDate.slice(0, 4)}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    rank.set(l.id, n);
  }
  return loans.map((l) => (l.number === undefined && rank.has(l.id) ? { ...l, number: rank.get(l.id)! } : l));
}

async function withItems(db: LuutruDb, raw: readonly Loan[], read?: readonly Loan[]): Promise<LoanView[]> {
  if (raw.length === 0) return [];
  const loans = await withNumbers(db, raw, read);
  const items = (await db.loanItems.where('loanId').anyOf(loans.map((l) => l.id)).toArray()).filter((i) => !i.deleted);
  // A loan may lend a dossier of a fonds received from another unit: read through the repository.
  const dossiers = await getDossiers(db, [...new Set(items.map((i) => i.dossierId))]);
  return loans.map((loan) => {
    const mine = items.filter((i) => i.loanId === loan.id);
    return { loan, items: mine, dossiers: mine.map((i) => dossiers.get(i.dossierId)) };
  });
}

/** Loans of the unit still out whose due date is before `today` (overdue), oldest first. */
export async function overdueLoans(db: LuutruDb, unitId: string, today: string): Promise<LoanView[]> {
  const rows = await db.loans.where('[unitId+openDue]').between([unitId, Dexie.minKey], [unitId, addDays(today, -1)], true, true).toArray();
  return withItems(db, rows.filter((l) => !l.deleted && l.returnedDate === undefined));
}

/** Loans of the unit still out, due soonest first. */
export async function openLoans(db: LuutruDb, unitId: string): Promise<LoanView[]> {
  const rows = await db.loans.where('[unitId+openDue]').between([unitId, Dexie.minKey], [unitId, Dexie.maxKey], true, true).toArray();
  return withItems(db, rows.filter((l) => !l.deleted && l.returnedDate === undefined));
}

/** The register of use of a year: the unit's loans made that year, in date order. */
export async function loansOfYear(db: LuutruDb, unitId: string, year: number): Promise<LoanView[]> {
  const rows = await loansInYears(db, year);
  // The year's loans, every unit's and cancelled ones, are also what ranks its requests made before numbers were kept.
  return withItems(db, rows.filter((l) => !l.deleted && l.unitId === unitId).sort((a, b) => a.loanDate.localeCompare(b.loanDate) || a.clock.localeCompare(b.clock)), rows);
}

/**
 * The unit lending, as notLendableYet needs it: whether it is an archive above the communes, the
 * other units' deposit batches it recorded as received, and the units whose fonds it took over.
 */

export async function lenderOf(db: LuutruDb, unitId: string): Promise<Lender> {
  const [unit, receipts, custody, own, others] = await Promise.all([
    getUnit(db, unitId),
    db.depositReceipts.where('unitId').equals(unitId).toArray(),
    custodyCarriedBy(db, unitId),
    db.depositBatches.toArray(),
    foreignRecords(db, 'depositBatches') as Promise<unknown[]> as Promise<DepositBatch[]>,
  ]);
  const receivedBatches = receivedDays(receipts, unitId);
  // A cancelled batch's dossiers no longer name it; where its papers went stays a fact.
  const kept = new Set([...own, ...others].filter(keptAtUnit).map((b) => b.id));
  return { unitId, upper: unit !== undefined && isUpperLevel(unit.level), receivedBatches, tookOver: new Map(custody.map((c) => [c.carriedUnitId, c.effectiveDate])), keptAtUnit: kept };
}

/** The unit's live loans of a dossier (made here: another unit's loans are not in these tables). */
export async function loansOf(db: LuutruDb, dossierId: string, except?: string): Promise<StoredLoan[]> {
  const items = (await db.loanItems.where('dossierId').equals(dossierId).toArray()).filter((i) => !i.deleted && i.loanId !== except);
  const loans = await db.loans.bulkGet(items.map((i) => i.loanId));
  return loans.filter((l): l is StoredLoan => l !== undefined && !l.deleted);
}

/** The open loan a dossier is out on, if any. */
async function outOn(db: LuutruDb, dossierId: string, except?: string): Promise<StoredLoan | undefined> {
  return (await loansOf(db, dossierId, except)).find((l) => l.returnedDate === undefined);
}

/** Records a request and its loan: every dossier must exist, not destroyed, not out on another loan. */
export async function createLoan(db: LuutruDb, session: Session, raw: LoanFields, lines: readonly LoanLine[]): Promise<Loan> {
  const fields = cleanLoan({ ...raw, unitId: session.unitId });
  const clean = lines.map((l) => ({ dossierId: l.dossierId, documents: cleanText(l.documents) }));
  const issues = validateLoan(fields, new Set(clean.map((l) => l.dossierId)).size, isoDate(new Date()));
  for (const l of clean) if (l.documents.length > DUTY_LIMITS.documents) issues.push({ field: 'documents', code: 'text.tooLong', params: { max: DUTY_LIMITS.documents, length: l.documents.length } });
  if (issues.length > 0) throw new DutyInvalidError(issues);
  // Named by its number (given here) and reader.
  return writeChanges(db, session, { action: 'loan.create', about: ['loans'] }, ['loans', 'loanItems', 'dossiers', 'units', 'depositReceipts', 'custody', 'depositBatches'], async (c) => {
    // Read with the loan, in its transaction: a receipt recorded meanwhile counts.
    const lender = await lenderOf(db, session.unitId);
    const seen = new Set<string>();
    for (const l of clean) {
      if (seen.has(l.dossierId)) continue;
      seen.add(l.dossierId);
      const dossier = await getDossier(db, l.dossierId);
      if (!dossier) throw new AppError('record.notFound');
      // Said under the dossiers' field, where it stays until they are chosen again (a message passed in 3 s).
      const refusal = lendingRefusal(dossier, await outOn(db, l.dossierId), lender, fields.loanDate);
      if (refusal) throw new DutyInvalidError([{ field: 'dossiers', ...refusal }]);
    }
    // The next number of the year's requests, cancelled ones counted (a number is never given twice); requests made before
    // numbers were kept count as numbered.
    const year = fields.loanDate.slice(0, 4);
    const ofYear = (await loansInYears(db, year)).filter((l) => l.unitId === session.unitId);
    const number = Math.max(ofYear.length, ...ofYear.map((l) => l.number ?? 0)) + 1;
    const loan = c.create<LoanWithDue>('loans', withOpenDue({ ...fields, number })) as Loan;
    const done = new Set<string>();
    for (const l of clean) {
      if (done.has(l.dossierId)) continue;
      done.add(l.dossierId);
      c.create<LoanItemFields>('loanItems', { unitId: session.unitId, loanId: loan.id, dossierId: l.dossierId, documents: l.documents });
    }
    return loan;
  });
}

async function ownLoan(db: LuutruDb, session: Session, id: string): Promise<StoredLoan> {
  const l = await db.loans.get(id);
  if (!l || l.deleted) throw new AppError('record.notFound');
  if (l.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
  return l;
}

/** The dossiers came back: the return date and their condition. */
export async function returnLoan(db: LuutruDb, session: Session, id: string, returnedDate: string, condition: string): Promise<Loan> {
  // Named by its number and reader (the line said only "Nhận lại tài liệu").
  return writeChanges(db, session, { action: 'loan.return', about: ['loans'] }, ['loans', 'loanItems', 'dossiers', 'units', 'depositReceipts', 'custody', 'depositBatches'], async (c) => {
    const before = await ownLoan(db, session, id);
    if (before.returnedDate !== undefined) throw new AppError('loan.alreadyReturned', { date: before.returnedDate });
    const { id: _i, origin: _o, clock: _c, deleted: _d, changedBy: _b, ...fields } = before;
    const next = cleanLoan({ ...fields, returnedDate, returnCondition: condition });
    const issues = validateLoan(next, 1, isoDate(new Date())).filter((i) => i.field === 'returnedDate' || i.field === 'returnCondition');
    if (!isIsoDate(returnedDate) && !issues.length) issues.push(dateIssue('returnedDate', returnedDate));
    if (issues.length === 0) {
      // A loan written in afterwards, made before its file was deposited, came back before the file was handed over.
      const items = (await db.loanItems.where('loanId').equals(id).toArray()).filter((i) => !i.deleted);
      const dossiers = await getDossiers(db, items.map((i) => i.dossierId));
      // Its own file, or at a merged commune one of a replaced commune's (an archive lends only what it holds), gone to an archive elsewhere.
      const lender = await lenderOf(db, session.unitId);
      const gone = [...dossiers.values()].find((d) => holdsAsOwn(d, lender) && leftUnit(d, lender) && d.depositedAt !== undefined && d.depositedAt < returnedDate);
      if (gone) issues.push({ field: 'returnedDate', code: 'loan.returnAfterDeposit', params: { notation: gone.notation, date: formatDate(gone.depositedAt) } });
    }
    if (issues.length > 0) throw new DutyInvalidError(issues);
    return c.updateKnown<LoanWithDue>('loans', before, withOpenDue(next)) as Loan;
  });
}

/** A loan entered by mistake: removed with a reason (kept as a tombstone). */
export async function cancelLoan(db: LuutruDb, session: Session, id: string, reason: string): Promise<void> {
  const why = cleanText(reason);
  if (!why) throw new AppError('loan.cancelReasonRequired');
  await writeChanges(db, session, { action: 'loan.cancel', detail: why, about: ['loans'] }, ['loans', 'loanItems'], async (c) => {
    const before = await ownLoan(db, session, id);
    const { openDue: _o, ...rest } = before;
    for (const i of await db.loanItems.where('loanId').equals(id).toArray()) if (!i.deleted) c.removeKnown('loanItems', i, why);
    c.removeKnown('loans', rest, why);
  });
}
