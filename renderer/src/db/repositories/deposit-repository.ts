/**
 * Deposit to the archive (nộp lưu): the dossiers due (from the index of when each deadline starts
 * counting), keeping a file back or marking it capital construction, the deposit batch that marks
 * its dossiers deposited, and — at the receiving archive — the receipt of another unit's batch.
 * Each action is one transaction; a refused one writes nothing.
 */
import Dexie from 'dexie';
import { AppError } from '../../core/errors';
import { assertDepositable, batchFigures, depositDue, dueStatus, historicalDue, keptAtUnit, keptBackIssues, receivedDays, type DepositDue, type DepositFacts, type DepositRules, type DueStatus } from '../../core/duties/deposit';
import { withDossierDerived } from '../../core/duties/dossier-fields';
import { DEPOSIT_DESTINATIONS, DUTY_LIMITS, type DepositBatch, type DepositBatchFields, type DepositReceipt, type DepositReceiptFields, type Loan } from '../../core/duties/types';
import type { Dossier, DossierFields } from '../../core/dossiers/types';
import { shelfLabel } from '../../core/dossiers/rules';
import { addDays, isIsoDate } from '../../core/registers/dates';
import { formatDate, isoDate } from '../../core/format';
import { cleanMultiline } from '../../core/registers/validation';
import { cleanText } from '../../core/text';
import { writeChanges, type ChangeSet, type Session } from '../changes';
import type { LuutruDb } from '../schema';
import { getMetresPerBox } from './dossier-repository';
import { loansOf } from './loan-repository';
import { DutyInvalidError } from './duties-settings';
import { unitNames } from './exchange-repository';
import { foreignChildren, foreignRecord, foreignRecords } from './foreign-repository';
import { dateIssue } from '../../core/typed-date';
import type { FieldIssue } from '../../core/errors';

export type DueRow = { readonly dossier: Dossier } & DepositDue & { readonly status: DueStatus };

/**
 * The unit's dossiers awaiting deposit whose deadline falls on or before `until` (default: the
 * warning horizon), soonest first. Reads only dossiers whose deadline has started counting — and
 * the files of the unit's own lưu trữ hiện hành batches due at the historical archive by then
 * (`historicalDue`; a commune makes one or two a year), of which the permanent ones are listed.
 */
export async function depositDueList(db: LuutruDb, unitId: string, rules: DepositRules, today: string, until: string = addDays(today, rules.warningDays)): Promise<DueRow[]> {
  const candidates = await db.dossiers.where('[unitId+depositFrom]').between([unitId, Dexie.minKey], [unitId, until], true, true).toArray();
  const rows: DueRow[] = [];
  for (const d of candidates) {
    if (d.deleted || d.origin !== unitId) continue;
    const due = depositDue(d, rules);
    if (due && due.due <= until) rows.push({ dossier: d, ...due, status: dueStatus(due.due, today, rules.warningDays) });
  }
  // The lưu trữ hiện hành batches due at the historical archive by then, their files read at once.
  const onwardDue = new Map((await listBatches(db, unitId)).filter(keptAtUnit).map((b) => [b.id, historicalDue(b.date, rules)] as const).filter(([, due]) => due <= until));
  for (const d of await db.dossiers.where('depositBatchId').anyOf([...onwardDue.keys()]).toArray()) {
    const due = onwardDue.get(d.depositBatchId!)!;
    if (!d.deleted && d.origin === unitId && d.retention === 'permanent') rows.push({ dossier: d, due, normalDue: due, rule: 'to-historical', status: dueStatus(due, today, rules.warningDays) });
  }
  return rows.sort((a, b) => a.due.localeCompare(b.due) || a.dossier.notation.localeCompare(b.dossier.notation, 'vi', { numeric: true }));
}

function fieldsOf(d: Dossier): DossierFields {
  const { id: _i, origin: _o, clock: _c, deleted: _d, deletedReason: _r, changedBy: _b, ...fields } = d;
  return fields;
}

/** Writes a dossier of ours with a few fields changed (or removed), the derived index fields recomputed. */
export function patchDossier(c: ChangeSet, session: Session, before: Dossier, patch: Partial<Record<keyof DossierFields, unknown>>): Dossier {
  if (before.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
  if (before.deleted) throw new AppError('record.deleted');
  const next: Record<string, unknown> = { ...fieldsOf(before), ...patch };
  for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
  return c.updateKnown<DossierFields>('dossiers', before, withDossierDerived(next as DossierFields)) as Dossier;
}

async function ownDossier(db: LuutruDb, session: Session, id: string): Promise<Dossier> {
  const d = await db.dossiers.get(id);
  if (!d) throw new AppError('record.notFound');
  if (d.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
  if (d.deleted) throw new AppError('record.deleted');
  return d;
}

/** Keeps a file back with the head's written approval until a date (at most the limit past its deadline). */
export async function keepBack(db: LuutruDb, session: Session, id: string, approval: string, until: string, rules: DepositRules): Promise<Dossier> {
  const clean = cleanText(approval);
  return writeChanges(db, session, { action: 'deposit.keepBack', detail: clean, about: ['dossiers'] }, ['dossiers'], async (c) => {
    const d = await ownDossier(db, session, id);
    const issues = keptBackIssues(d, clean, until, rules);
    if (clean.length > DUTY_LIMITS.decision) issues.push({ field: 'keptBackApproval', code: 'text.tooLong', params: { max: DUTY_LIMITS.decision, length: clean.length } });
    if (issues.length > 0) throw new DutyInvalidError(issues);
    return patchDossier(c, session, d, { keptBackApproval: clean, keptBackUntil: until });
  });
}

export async function endKeepBack(db: LuutruDb, session: Session, id: string): Promise<Dossier> {
  return writeChanges(db, session, { action: 'deposit.endKeepBack', about: ['dossiers'] }, ['dossiers'], async (c) => patchDossier(c, session, await ownDossier(db, session, id), { keptBackApproval: undefined, keptBackUntil: undefined }));
}

/** Marks a capital construction dossier (hồ sơ xây dựng cơ bản) with its final settlement date (the deadline counts from it), or unmarks it. */
export async function setCapitalConstruction(db: LuutruDb, session: Session, id: string, capital: boolean, settlementDate?: string): Promise<Dossier> {
  if (capital && !settlementDate) throw new DutyInvalidError([{ field: 'settlementDate', code: 'deposit.settlementRequired' }]);
  if (settlementDate !== undefined && !isIsoDate(settlementDate)) throw new DutyInvalidError([dateIssue('settlementDate', settlementDate)]);
  return writeChanges(db, session, { action: 'deposit.capital', about: ['dossiers'] }, ['dossiers'], async (c) =>
    patchDossier(c, session, await ownDossier(db, session, id), capital ? { capitalConstruction: true, settlementDate } : { capitalConstruction: undefined, settlementDate: undefined }),
  );
}

export type BatchInput = Omit<DepositBatchFields, 'unitId' | 'dossierCount' | 'boxCount' | 'metres' | 'sheetCount' | 'fromYear' | 'toYear'>;

function cleanBatch(b: BatchInput): BatchInput {
  const t = (v: string) => cleanText(v);
  return { ...b, number: t(b.number), name: t(b.name), date: t(b.date), basis: cleanMultiline(b.basis), giverUnit: t(b.giverUnit), giverName: t(b.giverName), giverPosition: t(b.giverPosition), receiverArchive: t(b.receiverArchive), receiverName: t(b.receiverName), receiverPosition: t(b.receiverPosition), condition: t(b.condition), note: cleanMultiline(b.note) };
}

function batchIssues(b: BatchInput, today: string) {
  const issues: { field: string; code: string; params?: Record<string, string | number> }[] = [];
  if (!b.name) issues.push({ field: 'name', code: 'deposit.nameRequired' });
  if (!isIsoDate(b.date)) issues.push(dateIssue('date', b.date));
  // The record says when the papers were handed over: never a day still to come (a year typed
  // wrong marked the dossiers deposited, and unchangeable, in 2031).
  else if (b.date > today) issues.push({ field: 'date', code: 'deposit.dateAfterToday', params: { date: formatDate(b.date), today: formatDate(today) } });
  if (!DEPOSIT_DESTINATIONS.includes(b.destination!)) issues.push({ field: 'destination', code: 'deposit.destinationRequired' });
  if (!b.receiverArchive) issues.push({ field: 'receiverArchive', code: 'deposit.receiverRequired' });
  if (!b.giverUnit) issues.push({ field: 'giverUnit', code: 'deposit.giverUnitRequired' });
  if (!b.giverName) issues.push({ field: 'giverName', code: 'deposit.giverRequired' });
  if (!b.giverPosition) issues.push({ field: 'giverPosition', code: 'deposit.giverPositionRequired' });
  if (!b.receiverName) issues.push({ field: 'receiverName', code: 'deposit.receiverRepRequired' });
  if (!b.receiverPosition) issues.push({ field: 'receiverPosition', code: 'deposit.receiverPositionRequired' });
  const long: [keyof BatchInput, number][] = [['number', 50], ['name', DUTY_LIMITS.basis], ['basis', DUTY_LIMITS.note], ['giverUnit', DUTY_LIMITS.organisation], ['giverName', DUTY_LIMITS.person], ['giverPosition', DUTY_LIMITS.position], ['receiverArchive', DUTY_LIMITS.organisation], ['receiverName', DUTY_LIMITS.person], ['receiverPosition', DUTY_LIMITS.position], ['condition', DUTY_LIMITS.condition], ['note', DUTY_LIMITS.note]];
  for (const [f, max] of long) if (String(b[f]).length > max) issues.push({ field: f, code: 'text.tooLong', params: { max, length: String(b[f]).length } });
  return issues;
}

/**
 * Makes a deposit batch of closed dossiers of one fonds: fixes the figures of the handover record
 * (dossiers, boxes, metres, sheets, years) and marks each dossier deposited on the batch's date.
 * An open, already deposited or deleted dossier refuses the whole batch, naming it.
 */
export async function createDepositBatch(db: LuutruDb, session: Session, raw: BatchInput, dossierIds: readonly string[], today: string = isoDate(new Date())): Promise<DepositBatch> {
  const input = cleanBatch(raw);
  const issues = batchIssues(input, today);
  if (issues.length > 0) throw new DutyInvalidError(issues);
  const perBox = await getMetresPerBox(db);
  // Named by the batch and its dossiers, counted.
  return writeChanges(db, session, { action: 'deposit.batch', about: ['depositBatches', 'dossiers'] }, ['dossiers', 'boxes', 'depositBatches', 'fonds', 'loans', 'loanItems'], async (c) => {
    const fonds = await db.fonds.get(input.fondsId);
    if (!fonds || fonds.deleted || fonds.unitId !== session.unitId) throw new AppError('dossier.fondsNotFound');
    const found = await db.dossiers.bulkGet([...new Set(dossierIds)]);
    if (found.some((d) => d === undefined)) throw new AppError('record.notFound');
    const dossiers = found as Dossier[];
    // A permanent file in the unit's own lưu trữ hiện hành goes on to the historical archive (its first batch kept on it).
    const keptHere = new Set((await listBatches(db, session.unitId)).filter(keptAtUnit).map((b) => b.id));
    assertDepositable(dossiers, session.unitId, input.fondsId, input.destination, keptHere);
    // Handed over once finished: not on a day before a file's work ended (a year typed wrong put 2025's files in a 2020 batch).
    const unfinished = dossiers.find((d) => d.endDate !== undefined && isIsoDate(d.endDate) && input.date < d.endDate);
    if (unfinished) throw new DutyInvalidError([{ field: 'date', code: 'deposit.dateBeforeEnd', params: { notation: unfinished.notation, end: formatDate(unfinished.endDate) } }]);
    const early = dossiers.find((d) => d.depositedAt !== undefined && input.date < d.depositedAt);
    if (early) throw new DutyInvalidError([{ field: 'date', code: 'deposit.dateBeforeCurrent', params: { notation: early.notation, date: formatDate(early.depositedAt) } }]);
    // A dossier out on loan is with its reader, not in the office: it cannot be handed over; nor on a day
    // before it was lent or came back (a batch dated in the past).
    for (const d of dossiers) {
      const loans = await loansOf(db, d.id);
      const out = loans.find((l) => l.returnedDate === undefined);
      if (out) throw new AppError('deposit.dossierOut', { notation: d.notation, name: out.requesterName, due: formatDate(out.dueDate) });
      const later = loans.find((l) => l.loanDate > input.date || (l.returnedDate !== undefined && l.returnedDate > input.date));
      if (later) throw new AppError('deposit.dossierLentAfter', { notation: d.notation, date: formatDate(later.returnedDate !== undefined && later.returnedDate > input.date ? later.returnedDate : later.loanDate) });
    }
    const boxes = await db.boxes.bulkGet([...new Set(dossiers.map((d) => d.boxId).filter((b): b is string => b !== undefined))]);
    const figures = batchFigures(dossiers, boxes.filter((b) => b !== undefined && !b.deleted) as { id: string }[], perBox);
    const batch = c.create<DepositBatchFields>('depositBatches', { ...input, unitId: session.unitId, ...figures }) as DepositBatch;
    for (const d of dossiers)
      patchDossier(c, session, d, {
        depositBatchId: batch.id,
        depositedAt: input.date,
        depositedRetention: d.retention,
        keptBackApproval: undefined,
        keptBackUntil: undefined,
        ...(d.depositBatchId !== undefined ? { currentBatchId: d.depositBatchId, currentDepositedAt: d.depositedAt, currentRetention: d.depositedRetention } : {}),
      });
    return batch;
  });
}

/** Cancels a batch made by mistake (with a reason): its dossiers are awaiting deposit again. */
export async function cancelDepositBatch(db: LuutruDb, session: Session, batchId: string, reason: string): Promise<void> {
  const why = cleanText(reason);
  if (!why) throw new AppError('deposit.cancelReasonRequired');
  await writeChanges(db, session, { action: 'deposit.cancel', detail: why, about: ['depositBatches', 'dossiers'] }, ['dossiers', 'depositBatches'], async (c) => {
    const batch = await c.get<DepositBatchFields>('depositBatches', batchId);
    if (!batch || batch.deleted) throw new AppError('record.notFound');
    // Files that went on from it (a lưu trữ hiện hành batch) to the historical archive: that batch is cancelled first.
    const movedOn = keptAtUnit(batch) ? (await movedOnFrom(db, batch.fondsId, batchId)).map((d) => d.notation) : [];
    if (movedOn.length > 0) throw new AppError('deposit.cancelMovedOn', { notations: movedOn.slice(0, 5).join(', '), total: movedOn.length });
    // A file that came from the unit's own lưu trữ hiện hành goes back there; any other awaits deposit again.
    for (const d of await db.dossiers.where('depositBatchId').equals(batchId).toArray())
      if (!d.deleted)
        patchDossier(
          c,
          session,
          d,
          d.currentBatchId !== undefined
            ? { depositBatchId: d.currentBatchId, depositedAt: d.currentDepositedAt, depositedRetention: d.currentRetention, currentBatchId: undefined, currentDepositedAt: undefined, currentRetention: undefined }
            : { depositBatchId: undefined, depositedAt: undefined, depositedRetention: undefined },
        );
    c.removeKnown('depositBatches', batch, why);
  });
}

/** The unit's files that went on to the historical archive from its lưu trữ hiện hành batch `batchId` (read through their fonds: few batches, no index). */
async function movedOnFrom(db: LuutruDb, fondsId: string, batchId: string): Promise<Dossier[]> {
  return (await db.dossiers.where('[fondsId+year]').between([fondsId, Dexie.minKey], [fondsId, Dexie.maxKey]).toArray()).filter((d) => d.currentBatchId === batchId && (!d.deleted || d.destroyedAt !== undefined));
}

/** Deposit batches (live) made by a unit, newest first (of one day, the last made first). */
export async function listBatches(db: LuutruDb, unitId: string): Promise<DepositBatch[]> {
  return (await db.depositBatches.where('unitId').equals(unitId).toArray()).filter((b) => !b.deleted).sort((a, b) => b.date.localeCompare(a.date) || b.clock.localeCompare(a.clock));
}

/**
 * A batch's dossiers as they were handed over, for its Mục lục: destroyed ones too, and each with
 * the retention it had then (a council may have kept it longer since; the signed paper says the first).
 */
export async function batchDossiers(db: LuutruDb, batchId: string): Promise<Dossier[]> {
  let all = await db.dossiers.where('depositBatchId').equals(batchId).toArray();
  // A batch into the unit's own lưu trữ hiện hành still lists the files that went on from it.
  const own = await db.depositBatches.get(batchId);
  // (Each with the retention it was handed over with there: a council may have made it permanent since.)
  if (own && keptAtUnit(own)) all = [...all, ...(await movedOnFrom(db, own.fondsId, batchId)).map((d) => ({ ...d, depositedRetention: d.currentRetention }))];
  // A batch received from another unit: its dossiers are in that unit's blocks.
  if (all.length === 0) all = (await foreignChildren(db, 'dossiers', 'depositBatchId', batchId)) as unknown as Dossier[];
  return all.filter((d) => !d.deleted || d.destroyedAt !== undefined).map((d) => (d.depositedRetention !== undefined ? { ...d, retention: d.depositedRetention } : d));
}

/** `batch.deleted`: the unit cancelled the batch after this unit recorded it received (the receipt is listed, to be cancelled). */
export type ReceivedBatch = { readonly batch: DepositBatch; readonly unitName: string; readonly receipt?: DepositReceipt };

/** Batches other units handed to an archive elsewhere, received in bundles, with the receipt this unit recorded for each. */
export async function receivedBatches(db: LuutruDb, selfId: string): Promise<ReceivedBatch[]> {
  // Other units' records are kept in their blocks (foreign-store.ts); the receipts are this unit's own.
  // Every read starts at once, before any await: a live query only observes the reads started while
  // its scope is current, and in Chromium, with other live queries running, the scope was gone after
  // the nested awaits of the foreign read, so a receipt recorded here did not refresh the list. (The
  // foreign read's first read, the directory, starts at once too; every change of another unit's
  // records rewrites its directory row, so that is enough for a new bundle to refresh the list.)
  const [foreign, own, units] = await Promise.all([foreignRecords(db, 'depositBatches'), db.depositReceipts.where('unitId').equals(selfId).toArray(), unitNames(db)]);
  // A batch into the sender's own lưu trữ hiện hành left the papers there: not one to receive.
  const receipts = own.filter((r) => !r.deleted && r.origin === selfId);
  // A batch the unit cancelled is gone from the list, unless this unit had recorded it received: then it stays, said
  // cancelled, for its receipt to be cancelled too (it vanished, and the receipt went on counting in the statistics).
  const recorded = new Set(receipts.map((r) => r.batchId));
  const batches = (foreign as unknown as DepositBatch[]).filter((b) => (!b.deleted || recorded.has(b.id)) && b.origin !== selfId && !keptAtUnit(b));
  return batches
    .map((batch) => {
      const receipt = receipts.find((r) => r.batchId === batch.id);
      return { batch, unitName: units.get(batch.unitId) ?? batch.unitId, ...(receipt ? { receipt } : {}) };
    })
    .sort((a, b) => b.batch.date.localeCompare(a.batch.date));
}

/** Where other units' files went, for a consolidated inventory's marks: their batches, and the day this unit recorded each received. */
export async function depositFacts(db: LuutruDb, selfId: string): Promise<DepositFacts> {
  const [batches, receipts] = await Promise.all([foreignRecords(db, 'depositBatches') as Promise<unknown[]> as Promise<DepositBatch[]>, db.depositReceipts.where('unitId').equals(selfId).toArray()]);
  return {
    batches: new Map(batches.map((b) => [b.id, b])),
    received: receivedDays(receipts, selfId),
  };
}

export type ReceiptInput = Pick<DepositReceiptFields, 'receivedDate' | 'receiverName' | 'receiverPosition' | 'dossierCount' | 'condition' | 'note'>;

const cleanReceipt = (raw: ReceiptInput): ReceiptInput => ({ ...raw, receiverName: cleanText(raw.receiverName), receiverPosition: cleanText(raw.receiverPosition), condition: cleanText(raw.condition), note: cleanMultiline(raw.note) });

/**
 * A receipt's refusals, field by field: the received day against today, the batch's handover and the first loan this
 * archive made of one of its files (lent because it held it: received after, the register of use would show a file lent
 * before it came), the receiver, the count, the lengths.
 */
function receiptIssues(input: ReceiptInput, batch: DepositBatch | undefined, today: string, firstLoan?: { readonly date: string; readonly notation: string }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!input.receivedDate) issues.push({ field: 'receivedDate', code: 'deposit.receivedDateRequired' });
  else if (!isIsoDate(input.receivedDate)) issues.push(dateIssue('receivedDate', input.receivedDate));
  // The day the papers were checked in: not still to come, nor before they were handed over (a year typed wrong
  // greyed every file of the batch for lending, or put the collection in a year no report covers).
  else if (input.receivedDate > today) issues.push({ field: 'receivedDate', code: 'deposit.receivedAfterToday', params: { date: formatDate(input.receivedDate), today: formatDate(today) } });
  else if (batch && input.receivedDate < batch.date) issues.push({ field: 'receivedDate', code: 'deposit.receivedBeforeHandover', params: { date: formatDate(input.receivedDate), handover: formatDate(batch.date) } });
  else if (firstLoan && input.receivedDate > firstLoan.date) issues.push({ field: 'receivedDate', code: 'deposit.receivedAfterLoan', params: { date: formatDate(input.receivedDate), loan: formatDate(firstLoan.date), notation: firstLoan.notation } });
  if (!input.receiverName) issues.push({ field: 'receiverName', code: 'deposit.receiverNameRequired' });
  // At least one file counted (none received is no receipt: nothing is recorded, or the receipt is cancelled); more than
  // were handed over is taken (the record prints both numbers), up to ten times as many (a figure typed with a zero too many).
  const most = Math.max(1, (batch?.dossierCount ?? 50_000) * 10);
  if (!Number.isInteger(input.dossierCount) || input.dossierCount < 1 || input.dossierCount > most)
    issues.push({ field: 'dossierCount', code: 'deposit.countedRange', params: { total: batch?.dossierCount ?? 0, max: most } });
  for (const [f, max] of [['receiverName', DUTY_LIMITS.person], ['receiverPosition', DUTY_LIMITS.position], ['condition', DUTY_LIMITS.condition], ['note', DUTY_LIMITS.note]] as const)
    if (input[f].length > max) issues.push({ field: f, code: 'text.tooLong', params: { max, length: input[f].length } });
  return issues;
}

/** A batch another unit handed over, by id: kept in that unit's blocks (or, for a test's own, in the table). */
async function handedBatch(db: LuutruDb, batchId: string): Promise<DepositBatch | undefined> {
  return ((await db.depositBatches.get(batchId)) ?? (await foreignRecord(db, 'depositBatches', batchId))) as DepositBatch | undefined;
}

/** This unit's live loans of a batch's files, each with the file as shelved ("ML 1 · HS 1", else its số, ký hiệu; read through the batch's files: a batch holds tens). */
async function loansOfBatch(db: LuutruDb, unitId: string, batchId: string): Promise<{ readonly loan: Loan; readonly notation: string }[]> {
  const files = new Map((await batchDossiers(db, batchId)).map((d) => [d.id, d]));
  const items = (await db.loanItems.where('dossierId').anyOf([...files.keys()]).toArray()).filter((i) => !i.deleted);
  const loans = new Map((await db.loans.bulkGet([...new Set(items.map((i) => i.loanId))])).filter((l): l is Loan => l !== undefined && !l.deleted && l.unitId === unitId).map((l) => [l.id, l]));
  return items.flatMap((i) => {
    const loan = loans.get(i.loanId);
    return loan ? [{ loan, notation: shelfLabel(files.get(i.dossierId)!) }] : [];
  });
}

/**
 * Refuses while a file of the batch is out on this unit's loans (no return recorded), naming the files as the archive
 * shelves them ("ML 1 · HS 1"): the batch's receipt is not cancelled meanwhile. The screen asks before a reason is typed.
 */
export async function assertReceiptCancellable(db: LuutruDb, unitId: string, batchId: string): Promise<void> {
  const out = [...new Set((await loansOfBatch(db, unitId, batchId)).filter((l) => l.loan.returnedDate === undefined).map((l) => l.notation))];
  if (out.length > 0) throw new AppError('deposit.receiptCancelLent', { notations: `${out.slice(0, 5).join(', ')}${out.length > 5 ? ', …' : ''}`, total: out.length });
}

/**
 * The first loan this unit made of one of a batch's files since its handover: a receipt of the batch may not be dated
 * after it. (Loans before it were made under an earlier batch of the same files, cancelled by the unit and sent again.)
 */
async function firstLoanOf(db: LuutruDb, unitId: string, batch: DepositBatch | undefined): Promise<{ date: string; notation: string } | undefined> {
  if (!batch) return undefined;
  const first = (await loansOfBatch(db, unitId, batch.id)).filter((l) => l.loan.loanDate >= batch.date).sort((a, b) => a.loan.loanDate.localeCompare(b.loan.loanDate))[0];
  return first ? { date: first.loan.loanDate, notation: first.notation } : undefined;
}

/** The receiving archive records that another unit's batch arrived: its own record, pointing at the batch. */
export async function recordDepositReceipt(db: LuutruDb, session: Session, batchId: string, raw: ReceiptInput, today: string = isoDate(new Date())): Promise<DepositReceipt> {
  const input = cleanReceipt(raw);
  return writeChanges(db, session, { action: 'deposit.receipt', detail: input.receivedDate, about: ['depositBatches'] }, ['depositBatches', 'depositReceipts', 'dossiers', 'loans', 'loanItems'], async (c) => {
    // Read once, in the transaction: the refusals of the fields first (the received day against its handover), then the batch's own.
    // (Recorded again after a cancelled receipt: the loans made under that one still stand.)
    const batch = await handedBatch(db, batchId);
    if (batch) c.mention('depositBatches', batch);
    const issues = receiptIssues(input, batch, today, await firstLoanOf(db, session.unitId, batch));
    if (issues.length > 0) throw new DutyInvalidError(issues);
    if (!batch || batch.deleted) throw new AppError('record.notFound');
    if (batch.origin === session.unitId) throw new AppError('deposit.receiptOwnBatch');
    // Into the unit's own lưu trữ hiện hành: the papers stayed there, no other archive receives them.
    if (keptAtUnit(batch)) throw new AppError('deposit.receiptKeptAtUnit', { name: batch.name, archive: batch.receiverArchive });
    const already = (await db.depositReceipts.where('batchId').equals(batchId).toArray()).find((r) => !r.deleted && r.origin === session.unitId);
    if (already) throw new AppError('deposit.alreadyReceived', { date: already.receivedDate });
    return c.create<DepositReceiptFields>('depositReceipts', { ...input, unitId: session.unitId, batchId, batchOrigin: batch.origin }) as DepositReceipt;
  });
}

/**
 * A receipt recorded wrong (the day, who received, the count, the state) corrected: checked as
 * when it was recorded; the journal keeps what it said before.
 */
export async function correctDepositReceipt(db: LuutruDb, session: Session, receiptId: string, raw: ReceiptInput, today: string = isoDate(new Date())): Promise<DepositReceipt> {
  const input = cleanReceipt(raw);
  return writeChanges(db, session, { action: 'deposit.receiptCorrect', detail: input.receivedDate, about: ['depositBatches'] }, ['depositBatches', 'depositReceipts', 'dossiers', 'loans', 'loanItems'], async (c) => {
    const before = await c.get<DepositReceiptFields>('depositReceipts', receiptId);
    if (!before || before.deleted) throw new AppError('record.notFound');
    const batch = await handedBatch(db, before.batchId);
    if (batch) c.mention('depositBatches', batch);
    const issues = receiptIssues(input, batch, today, await firstLoanOf(db, session.unitId, batch));
    if (issues.length > 0) throw new DutyInvalidError(issues);
    // The unit cancelled the batch since: the receipt is only to be cancelled.
    if (!batch || batch.deleted) throw new AppError('deposit.receiptBatchCancelled');
    return c.updateKnown<DepositReceiptFields>('depositReceipts', before, { ...before, ...input }) as DepositReceipt;
  });
}

/**
 * A receipt recorded for the wrong batch (or before the papers came) cancelled, with why: the batch
 * is again one to receive. Refused while a file of the batch is out on one of this archive's loans
 * (lent because the archive held it): that loan is returned or cancelled first.
 */
export async function cancelDepositReceipt(db: LuutruDb, session: Session, receiptId: string, reason: string): Promise<void> {
  const why = cleanText(reason);
  if (!why) throw new AppError('deposit.receiptCancelReasonRequired');
  await writeChanges(db, session, { action: 'deposit.receiptCancel', detail: why, about: ['depositBatches'] }, ['depositBatches', 'depositReceipts', 'dossiers', 'loans', 'loanItems'], async (c) => {
    const receipt = await c.get<DepositReceiptFields>('depositReceipts', receiptId);
    if (!receipt || receipt.deleted) throw new AppError('record.notFound');
    const batch = await handedBatch(db, receipt.batchId);
    if (batch) c.mention('depositBatches', batch);
    await assertReceiptCancellable(db, session.unitId, receipt.batchId);
    c.removeKnown('depositReceipts', receipt, why);
  });
}
