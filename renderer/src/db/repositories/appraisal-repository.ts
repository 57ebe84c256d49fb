/**
 * Appraisal and destruction (xác định giá trị tài liệu, hủy tài liệu hết giá trị): expired
 * dossiers found through the expiry-year index, an appraisal gathering them before the council,
 * the council's decision per dossier (destroy, or keep longer with a new period applied to the
 * dossier), and the destruction under a numbered decision: each destroyed dossier stays as a
 * tombstoned description naming the decision. Each action is one transaction.
 */
import Dexie from 'dexie';
import { AppError } from '../../core/errors';
import { assertCouncilReady, cleanAppraisal, cleanDestruction, decisionIssues, destructionIssues, destructionReason, EXPIRED_REASON, itemIssues, validateAppraisal, type DestructionDecision, type DestructionInput } from '../../core/duties/appraisal';
import { DUTY_LIMITS, type Appraisal, type AppraisalFields, type AppraisalItem, type AppraisalItemFields } from '../../core/duties/types';
import type { Dossier, Retention } from '../../core/dossiers/types';
import { formatDate, isoDate } from '../../core/format';
import { cleanText } from '../../core/text';
import { writeChanges, type Session } from '../changes';
import type { LuutruDb } from '../schema';
import { patchDossier } from './deposit-repository';
import { DutyInvalidError } from './duties-settings';
import { fieldsOf } from './slip-repository';

/** Dossiers already before a council that has not finished (open or decided). */
async function inProgress(db: LuutruDb, unitId: string): Promise<Set<string>> {
  const running = (await db.appraisals.where('unitId').equals(unitId).toArray()).filter((a) => !a.deleted && a.status !== 'destroyed');
  if (running.length === 0) return new Set();
  const items = await db.appraisalItems.where('appraisalId').anyOf(running.map((a) => a.id)).toArray();
  return new Set(items.filter((i) => !i.deleted).map((i) => i.dossierId));
}

/** The unit's fixed-term dossiers whose retention is over in `currentYear` and not yet before a council. */
export async function expiredDossiers(db: LuutruDb, unitId: string, currentYear: number): Promise<{ expired: Dossier[]; inAppraisal: number }> {
  const rows = await db.dossiers.where('[unitId+expiresYear]').between([unitId, Dexie.minKey], [unitId, currentYear - 1], true, true).toArray();
  const live = rows.filter((d) => !d.deleted && d.origin === unitId && d.retention !== 'permanent');
  const busy = await inProgress(db, unitId);
  return { expired: live.filter((d) => !busy.has(d.id)).sort((a, b) => (a.expiresYear ?? 0) - (b.expiresYear ?? 0) || a.notation.localeCompare(b.notation, 'vi', { numeric: true })), inAppraisal: live.filter((d) => busy.has(d.id)).length };
}

export async function listAppraisals(db: LuutruDb, unitId: string): Promise<Appraisal[]> {
  return (await db.appraisals.where('unitId').equals(unitId).toArray()).filter((a) => !a.deleted).sort((a, b) => b.clock.localeCompare(a.clock));
}

export type AppraisalDetail = { readonly appraisal: Appraisal; readonly items: readonly AppraisalItem[]; readonly dossiers: ReadonlyMap<string, Dossier> };

export async function appraisalDetail(db: LuutruDb, id: string): Promise<AppraisalDetail | undefined> {
  const appraisal = await db.appraisals.get(id);
  if (!appraisal || appraisal.deleted) return undefined;
  const items = (await db.appraisalItems.where('appraisalId').equals(id).toArray()).filter((i) => !i.deleted);
  const found = await db.dossiers.bulkGet(items.map((i) => i.dossierId));
  const dossiers = new Map(found.filter((d): d is Dossier => d !== undefined).map((d) => [d.id, d]));
  const sorted = [...items].sort((a, b) => {
    const da = dossiers.get(a.dossierId);
    const dbb = dossiers.get(b.dossierId);
    return (da?.inventoryNumber ?? 0) - (dbb?.inventoryNumber ?? 0) || (da?.fileNumber ?? 0) - (dbb?.fileNumber ?? 0) || (da?.notation ?? '').localeCompare(dbb?.notation ?? '', 'vi', { numeric: true });
  });
  return { appraisal, items: sorted, dossiers };
}

/** A dossier that may go before the council to be destroyed: ours, live, not permanent, not in another appraisal. */
function checkCandidate(d: Dossier | undefined, session: Session, busy: ReadonlySet<string>, fondsId: string): Dossier {
  if (!d) throw new AppError('record.notFound');
  if (d.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
  if (d.deleted) throw new AppError('record.deleted');
  if (d.retention === 'permanent') throw new AppError('appraisal.destroyPermanent', { notation: d.notation });
  if (d.fondsId !== fondsId) throw new AppError('appraisal.otherFonds', { notation: d.notation });
  if (busy.has(d.id)) throw new AppError('appraisal.alreadyInAppraisal', { notation: d.notation });
  return d;
}

export type AppraisalInput = Pick<AppraisalFields, 'fondsId' | 'name' | 'councilDecision' | 'members' | 'meetingPlace' | 'conclusion' | 'note'> & { readonly meetingDate?: string };

/** Opens an appraisal with the chosen dossiers, each proposed for destruction as "Hết thời hạn bảo quản". */
export async function startAppraisal(db: LuutruDb, session: Session, raw: AppraisalInput, dossierIds: readonly string[]): Promise<Appraisal> {
  const fields = cleanAppraisal({ ...raw, unitId: session.unitId, status: 'open' });
  const issues = validateAppraisal(fields);
  if (issues.length > 0) throw new DutyInvalidError(issues);
  if (dossierIds.length === 0) throw new AppError('appraisal.empty');
  return writeChanges(db, session, { action: 'appraisal.start', about: ['appraisals', 'dossiers'] }, ['appraisals', 'appraisalItems', 'dossiers'], async (c) => {
    const busy = await inProgress(db, session.unitId);
    const dossiers = (await db.dossiers.bulkGet([...new Set(dossierIds)])).map((d) => checkCandidate(d, session, busy, fields.fondsId));
    const appraisal = c.create<AppraisalFields>('appraisals', fields) as Appraisal;
    for (const d of dossiers) {
      c.create<AppraisalItemFields>('appraisalItems', { unitId: session.unitId, appraisalId: appraisal.id, dossierId: d.id, decision: 'destroy', reason: EXPIRED_REASON });
      c.mention('dossiers', d);
    }
    return appraisal;
  });
}

async function openAppraisal(db: LuutruDb, session: Session, id: string): Promise<Appraisal> {
  const a = await db.appraisals.get(id);
  if (!a || a.deleted) throw new AppError('record.notFound');
  if (a.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
  if (a.status !== 'open') throw new AppError('appraisal.notOpen');
  return a;
}

export async function addToAppraisal(db: LuutruDb, session: Session, id: string, dossierIds: readonly string[]): Promise<void> {
  await writeChanges(db, session, { action: 'appraisal.add', about: ['appraisals', 'dossiers'] }, ['appraisals', 'appraisalItems', 'dossiers'], async (c) => {
    const a = await openAppraisal(db, session, id);
    c.mention('appraisals', a);
    const busy = await inProgress(db, session.unitId);
    for (const d of await db.dossiers.bulkGet([...new Set(dossierIds)])) {
      const candidate = checkCandidate(d, session, busy, a.fondsId);
      c.create<AppraisalItemFields>('appraisalItems', { unitId: session.unitId, appraisalId: id, dossierId: candidate.id, decision: 'destroy', reason: EXPIRED_REASON });
      c.mention('dossiers', candidate);
    }
  });
}

/** The council, its members and meeting: editable while the appraisal is open. */
export async function saveCouncil(db: LuutruDb, session: Session, id: string, raw: AppraisalInput): Promise<Appraisal> {
  return writeChanges(db, session, { action: 'appraisal.council', about: ['appraisals'] }, ['appraisals'], async (c) => {
    const before = await openAppraisal(db, session, id);
    const fields = cleanAppraisal({ ...before, ...raw, fondsId: before.fondsId, unitId: session.unitId, status: 'open' });
    const { meetingDate, ...rest } = fields;
    const next = raw.meetingDate ? { ...rest, meetingDate } : rest;
    const issues = validateAppraisal(next);
    if (issues.length > 0) throw new DutyInvalidError(issues);
    return c.updateKnown<AppraisalFields>('appraisals', before, next) as Appraisal;
  });
}

/** The council's decision on one dossier: destroy with a reason, or keep longer with a new period and why. */
export async function setItemDecision(db: LuutruDb, session: Session, itemId: string, decision: AppraisalItemFields['decision'], reason: string, newRetention: Retention | undefined, currentYear: number): Promise<AppraisalItem> {
  const clean = cleanText(reason);
  return writeChanges(db, session, { action: 'appraisal.decision', detail: decision, about: ['dossiers'] }, ['appraisals', 'appraisalItems', 'dossiers'], async (c) => {
    const before = await c.get<AppraisalItemFields>('appraisalItems', itemId);
    if (!before || before.deleted) throw new AppError('record.notFound');
    await openAppraisal(db, session, before.appraisalId);
    const dossier = await db.dossiers.get(before.dossierId);
    if (!dossier) throw new AppError('record.notFound');
    c.mention('dossiers', dossier);
    const next: AppraisalItemFields = { unitId: before.unitId, appraisalId: before.appraisalId, dossierId: before.dossierId, decision, reason: clean, ...(decision === 'keep' && newRetention !== undefined ? { newRetention } : {}) };
    const issues = itemIssues(next, dossier, currentYear);
    if (issues.length > 0) throw new DutyInvalidError(issues);
    return c.updateKnown<AppraisalItemFields>('appraisalItems', before, next) as AppraisalItem;
  });
}

export async function removeFromAppraisal(db: LuutruDb, session: Session, itemId: string): Promise<void> {
  await writeChanges(db, session, { action: 'appraisal.remove', about: ['dossiers'] }, ['appraisals', 'appraisalItems', 'dossiers'], async (c) => {
    const before = await c.get<AppraisalItemFields>('appraisalItems', itemId);
    if (!before || before.deleted) throw new AppError('record.notFound');
    await openAppraisal(db, session, before.appraisalId);
    const dossier = await db.dossiers.get(before.dossierId);
    if (dossier) c.mention('dossiers', dossier);
    c.removeKnown('appraisalItems', before, 'Đưa ra khỏi danh sách xác định giá trị');
  });
}

/**
 * Records the council's decision (the meeting happened): every decision is checked again, the
 * dossiers kept longer get their new period with the council as its basis, and the appraisal is
 * ready for the destruction decision.
 */
export async function decideAppraisal(db: LuutruDb, session: Session, id: string, currentYear: number, now: Date = new Date()): Promise<Appraisal> {
  return writeChanges(db, session, { action: 'appraisal.decide', about: ['appraisals'] }, ['appraisals', 'appraisalItems', 'dossiers'], async (c) => {
    const a = await openAppraisal(db, session, id);
    const items = (await db.appraisalItems.where('appraisalId').equals(id).toArray()).filter((i) => !i.deleted);
    assertCouncilReady(a, items.length, isoDate(now));
    const dossiers = new Map((await db.dossiers.bulkGet(items.map((i) => i.dossierId))).filter((d): d is Dossier => d !== undefined).map((d) => [d.id, d]));
    for (const item of items) {
      const d = dossiers.get(item.dossierId);
      if (!d || d.deleted) throw new AppError('record.deleted');
      const issues = itemIssues(item, d, currentYear);
      if (issues.length > 0) throw new DutyInvalidError(issues);
    }
    for (const item of items)
      if (item.decision === 'keep') {
        const d = dossiers.get(item.dossierId)!;
        const basis = `Hội đồng xác định giá trị tài liệu họp ngày ${formatDate(a.meetingDate)}: ${item.reason}`.slice(0, DUTY_LIMITS.basis);
        patchDossier(c, session, d, { retention: item.newRetention!, retentionBasis: basis, retentionItemId: undefined });
        // What it had before, given back if the appraisal is opened again to correct a mistake.
        const keptFrom = { retention: d.retention, ...(d.retentionBasis ? { retentionBasis: d.retentionBasis } : {}), ...(d.retentionItemId ? { retentionItemId: d.retentionItemId } : {}) };
        c.updateKnown<AppraisalItemFields>('appraisalItems', item, { ...fieldsOf(item), keptFrom });
      }
    const { id: _i, origin: _o, clock: _c, deleted: _d, changedBy: _b, ...fields } = a;
    return c.updateKnown<AppraisalFields>('appraisals', a, { ...fields, status: 'decided' }) as Appraisal;
  });
}

/**
 * Records the destruction decision once the head of the agency has signed it (Quyết định hủy tài
 * liệu hết giá trị: number, date, signer), before the destruction is carried out — often weeks
 * later. Recorded again to correct it; carried out with `destroyAppraisal`, which starts from it.
 */
export async function recordDestructionDecision(db: LuutruDb, session: Session, id: string, raw: DestructionDecision, now: Date = new Date()): Promise<Appraisal> {
  const { decisionNumber, decisionDate, decisionSigner } = cleanDestruction({ ...raw, destroyedOn: '', destructionPlace: '', destructionMethod: '' });
  const input = { decisionNumber, decisionDate, decisionSigner };
  return writeChanges(db, session, { action: 'appraisal.destructionDecision', detail: decisionNumber, about: ['appraisals'] }, ['appraisals'], async (c) => {
    const a = await db.appraisals.get(id);
    if (!a || a.deleted) throw new AppError('record.notFound');
    if (a.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
    if (a.status === 'destroyed') throw new AppError('appraisal.alreadyDestroyed');
    const issues = decisionIssues(a, input, isoDate(now));
    if (issues.length > 0) throw new DutyInvalidError(issues);
    return c.updateKnown<AppraisalFields>('appraisals', a, { ...fieldsOf(a), ...input }) as Appraisal;
  });
}

/**
 * Opens again an appraisal whose council's opinion was recorded but not yet carried out, to
 * correct what was recorded wrongly (a decision on a dossier, the meeting's date): the reason is
 * journalled; each dossier kept longer gets back the period it had before, unless it was changed
 * since; a destruction decision recorded on that opinion is taken off (it is recorded again
 * once the opinion is). A destruction carried out is never undone.
 */
export async function reopenAppraisal(db: LuutruDb, session: Session, id: string, reason: string): Promise<Appraisal> {
  const why = cleanText(reason);
  if (!why) throw new AppError('appraisal.reopenReasonRequired');
  return writeChanges(db, session, { action: 'appraisal.reopen', detail: why, about: ['appraisals'] }, ['appraisals', 'appraisalItems', 'dossiers'], async (c) => {
    const a = await db.appraisals.get(id);
    if (!a || a.deleted) throw new AppError('record.notFound');
    if (a.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
    if (a.status === 'destroyed') throw new AppError('appraisal.reopenDestroyed');
    if (a.status !== 'decided') throw new AppError('appraisal.notDecided');
    const kept = (await db.appraisalItems.where('appraisalId').equals(id).toArray()).filter((i) => !i.deleted && i.keptFrom);
    for (const item of kept) {
      const from = item.keptFrom!;
      const d = await db.dossiers.get(item.dossierId);
      if (d && !d.deleted && d.origin === session.unitId && d.retention === item.newRetention)
        patchDossier(c, session, d, { retention: from.retention, retentionBasis: from.retentionBasis, retentionItemId: from.retentionItemId });
      const { keptFrom: _k, ...rest } = fieldsOf(item);
      c.updateKnown<AppraisalItemFields>('appraisalItems', item, rest);
    }
    const { decisionNumber: _n, decisionDate: _d, decisionSigner: _s, ...rest } = fieldsOf(a);
    return c.updateKnown<AppraisalFields>('appraisals', a, { ...rest, status: 'open' }) as Appraisal;
  });
}

/**
 * Carries out the destruction decision: refused without the council's decision or without the
 * decision's number and date, and for any permanent dossier. Each destroyed dossier keeps its
 * description and numbers, with the decision's number and date, as a tombstone.
 */
export async function destroyAppraisal(db: LuutruDb, session: Session, id: string, raw: DestructionInput, now: Date = new Date()): Promise<Appraisal> {
  const input = cleanDestruction(raw);
  // Named by the appraisal and the dossiers destroyed (its detail was the decision's number alone).
  return writeChanges(db, session, { action: 'appraisal.destroy', detail: input.decisionNumber, about: ['appraisals', 'dossiers'] }, ['appraisals', 'appraisalItems', 'dossiers'], async (c) => {
    const a = await db.appraisals.get(id);
    if (!a || a.deleted) throw new AppError('record.notFound');
    if (a.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
    const issues = destructionIssues(a, input, isoDate(now));
    if (issues.length > 0) throw new DutyInvalidError(issues);
    const items = (await db.appraisalItems.where('appraisalId').equals(id).toArray()).filter((i) => !i.deleted && i.decision === 'destroy');
    if (items.length === 0) throw new AppError('appraisal.nothingToDestroy');
    const reason = destructionReason(input.decisionNumber, input.decisionDate);
    for (const item of items) {
      const d = await db.dossiers.get(item.dossierId);
      if (!d) throw new AppError('record.notFound');
      if (d.retention === 'permanent') throw new AppError('appraisal.destroyPermanent', { notation: d.notation });
      // The tombstone keeps the description and numbers; the derived index fields go, so it is no longer due or expired.
      const { depositFrom: _f, expiresYear: _e, ...tomb } = patchDossier(c, session, d, { appraisalId: id, destroyedAt: input.destroyedOn, destructionDecisionNumber: input.decisionNumber, destructionDecisionDate: input.decisionDate });
      c.removeKnown('dossiers', tomb, reason);
    }
    const { id: _i, origin: _o, clock: _c, deleted: _d, changedBy: _b, ...fields } = a;
    return c.updateKnown<AppraisalFields>('appraisals', a, { ...fields, status: 'destroyed', ...input }) as Appraisal;
  });
}

/** Every destroyed dossier of the unit with its decision: the permanent list of what was destroyed. */
export async function destroyedDossiers(db: LuutruDb, unitId: string): Promise<Dossier[]> {
  const done = (await db.appraisals.where('unitId').equals(unitId).toArray()).filter((a) => a.status === 'destroyed');
  if (done.length === 0) return [];
  const items = await db.appraisalItems.where('appraisalId').anyOf(done.map((a) => a.id)).toArray();
  const found = await db.dossiers.bulkGet(items.filter((i) => i.decision === 'destroy' && !i.deleted).map((i) => i.dossierId));
  return found.filter((d): d is Dossier => d !== undefined && d.destroyedAt !== undefined).sort((a, b) => (b.destroyedAt ?? '').localeCompare(a.destroyedAt ?? '') || a.notation.localeCompare(b.notation, 'vi', { numeric: true }));
}
