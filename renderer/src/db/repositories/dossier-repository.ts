/**
 * Dossiers (hồ sơ), boxes (hộp) and backlog processing jobs (đợt chỉnh lý) of this unit:
 * opening and editing a dossier, closing it (Art. 29.4), final numbering in an inventory
 * (mục lục), packing numbered dossiers into boxes, and the holdings reported upward. Every
 * action is one transaction with one journal entry; a refused action writes nothing.
 */
import { CLOSING_PLACEHOLDERS, closingLinesOf, unclosedBrace, unknownClosingPlaceholders } from '../../core/dossiers/closing-text';
import type { PlanDecision } from '../../core/dossiers/plan-decision';
import Dexie from 'dexie';
import { AppError, type FieldIssue, mergeIssues } from '../../core/errors';
import { assignFileNumbers, holdings, holdingsFromCounters, inventoryFor, orderDossiers, packIntoBoxes, type Holdings, type NumberingOrder } from '../../core/dossiers/inventory';
import { datedDocuments } from './dossier-doc-repository';
import { boxFileOrder } from '../../core/processing/held-view';
import { cleanDossier, documentOutsidePeriod, pagesOverSheets, validateBox, validateDossier, validateProcessingJob, journalDossierName, isPlanDossier } from '../../core/dossiers/rules';
import { notationSortKey } from '../../core/dossiers/list-keys';
import { DEFAULT_METRES_PER_BOX, type Box, type Dossier, type DossierFields, type ProcessingJob, type ProcessingJobFields } from '../../core/dossiers/types';
import { cleanMultiline } from '../../core/registers/validation';
import { cleanText } from '../../core/text';
import { formatDate, isoDate } from '../../core/format';
import { dossierDutyIssues, withDossierDerived } from '../../core/duties/dossier-fields';
import { assertFondsAllows, assertNumberingOpen } from '../../core/duties/fonds';
import type { Fonds } from '../../core/unit';
import { writeChanges, writeDecision, type ChangeSet, type Session } from '../changes';
import { fieldsOf } from './record-fields';
import type { LuutruDb } from '../schema';
import { foreignChildren, foreignHoldingsCounters, foreignRecord, foreignRecordsById } from './foreign-repository';

/** Validation failed: `issues` says which fields and why; nothing was written. */
export class DossierInvalidError extends AppError {
  constructor(readonly issues: readonly FieldIssue[]) {
    super('dossier.invalid', { count: issues.length });
  }
}

/** For a save's `.catch`: a refusal with the form's own issues first (what was typed wrong), one per field; other errors as they are. */
export function withFormIssues(form: readonly FieldIssue[]): (e: unknown) => never {
  return (e) => {
    throw e instanceof DossierInvalidError ? new DossierInvalidError(mergeIssues(form, e.issues)) : e;
  };
}

const METRES_PER_BOX_KEY = 'metresPerBox';

/** A year's live dossiers of the file plan (a backlog job's slips are described in its own inventory, not the plan). */
export async function planDossiers(db: LuutruDb, fondsId: string, year: number): Promise<Dossier[]> {
  return (await listDossiers(db, fondsId, year)).filter(isPlanDossier);
}

/** Every dossier of a fonds (tombstones included, so callers can show or skip them). */
export async function listDossiers(db: LuutruDb, fondsId: string, year?: number): Promise<Dossier[]> {
  const range = year === undefined ? db.dossiers.where('[fondsId+year]').between([fondsId, Dexie.minKey], [fondsId, Dexie.maxKey]) : db.dossiers.where('[fondsId+year]').equals([fondsId, year]);
  const own = await range.toArray();
  if (own.length > 0) return own;
  // Another unit's fonds: its dossiers are in its blocks.
  const received = (await foreignChildren(db, 'dossiers', 'fondsId', fondsId)) as unknown as Dossier[];
  return year === undefined ? received : received.filter((d) => d.year === year);
}

/** This unit's live dossiers of the year whose notation reads the same, case and marks aside (the notation index). */
async function sameNotationKey(db: LuutruDb, d: Pick<DossierFields, 'fondsId' | 'year' | 'notation'>): Promise<Dossier[]> {
  const primary = notationSortKey(d.notation).split('\u0000')[0]!;
  return db.dossiers.where('[fondsId+year+liveKey]').between([d.fondsId, d.year, `${primary}\u0000`], [d.fondsId, d.year, `${primary}\u0001`], true, false).toArray();
}

/** One dossier by id: this unit's, or one received from another unit (read from its blocks). */
export async function getDossier(db: LuutruDb, id: string): Promise<Dossier | undefined> {
  return (await db.dossiers.get(id)) ?? ((await foreignRecord(db, 'dossiers', id)) as unknown as Dossier | undefined);
}

/** A box by id, this unit's or received (read from its unit's blocks); a removed one too, as a tombstone. */
export async function getBox(db: LuutruDb, id: string): Promise<Box | undefined> {
  return (await db.boxes.get(id)) ?? ((await foreignRecord(db, 'boxes', id)) as unknown as Box | undefined);
}

/** The live dossiers in a box, by their numbers: this unit's through the box index, another unit's from that unit's blocks. */
export async function boxDossiers(db: LuutruDb, box: Pick<Box, 'id' | 'origin'>, unitId: string): Promise<Dossier[]> {
  const rows = box.origin === unitId ? await db.dossiers.where('boxId').equals(box.id).toArray() : ((await foreignChildren(db, 'dossiers', 'boxId', box.id, box.origin)) as unknown as Dossier[]);
  return rows.filter((d) => !d.deleted).sort(boxFileOrder);
}

/** Dossiers by id, this unit's or received (ids not held here are absent from the map). */
export async function getDossiers(db: LuutruDb, ids: readonly string[]): Promise<Map<string, Dossier>> {
  const own = await db.dossiers.bulkGet([...ids]);
  const out = new Map<string, Dossier>();
  own.forEach((d) => d && out.set(d.id, d));
  const missing = ids.filter((id) => !out.has(id));
  if (missing.length > 0) for (const [id, r] of await foreignRecordsById(db, 'dossiers', missing)) out.set(id, r as unknown as Dossier);
  return out;
}

export async function listBoxes(db: LuutruDb, fondsId: string): Promise<Box[]> {
  let all = await db.boxes.where('fondsId').equals(fondsId).toArray();
  if (all.length === 0) all = (await foreignChildren(db, 'boxes', 'fondsId', fondsId)) as unknown as Box[];
  return all.filter((b) => !b.deleted).sort((a, b) => (a.inventoryNumber ?? 0) - (b.inventoryNumber ?? 0) || a.number - b.number);
}

export async function listProcessingJobs(db: LuutruDb, fondsId: string): Promise<ProcessingJob[]> {
  let all = await db.processingJobs.where('fondsId').equals(fondsId).toArray();
  if (all.length === 0) all = (await foreignChildren(db, 'processingJobs', 'fondsId', fondsId)) as unknown as ProcessingJob[];
  return all.filter((j) => !j.deleted);
}

/** Refuses any change to a deposited dossier (its description is on the signed Mục lục nộp lưu), with `code`'s sentence. */
function notDeposited(d: Pick<Dossier, 'depositBatchId' | 'depositedAt' | 'notation'> | undefined, code: string): void {
  if (d?.depositBatchId !== undefined) throw new AppError(code, { notation: d.notation, date: formatDate(d.depositedAt) });
}

function mine(session: Session, r: { origin: string; deleted: boolean }): void {
  if (r.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
  if (r.deleted) throw new AppError('record.deleted');
}

/**
 * Opens (no id) or edits a dossier. Checked against the fonds' other dossiers: a notation once
 * per year's plan, a file number once per inventory; a closed dossier must meet `closingIssues`.
 */
export async function saveDossier(db: LuutruDb, session: Session, raw: DossierFields, id?: string): Promise<Dossier> {
  return writeDossier(db, session, raw, id, id ? 'dossier.update' : 'dossier.create');
}

/**
 * `action` names the step in the journal: closing and reopening are not plain edits. `against`: what closing found wrong
 * against the documents listed, said first, at once with what the rules refuse of the other closing fields.
 */
async function writeDossier(db: LuutruDb, session: Session, raw: DossierFields, id: string | undefined, action: string, today: string = isoDate(new Date()), against: readonly FieldIssue[] = []): Promise<Dossier> {
  const fields = withDossierDerived(cleanDossier({ ...raw, unitId: session.unitId }));
  return writeChanges(db, session, { action, detail: journalDossierName(fields) }, ['dossiers', 'fonds'], async (c) => {
    const fonds = await db.fonds.get(fields.fondsId);
    if (!fonds || fonds.deleted || fonds.unitId !== session.unitId) throw new AppError('dossier.fondsNotFound');
    const before = id ? await c.get<DossierFields>('dossiers', id) : undefined;
    if (id && !before) throw new AppError('record.notFound');
    if (before) mine(session, before);
    // Deposited: its description is on the signed Mục lục nộp lưu, kept as it was handed over.
    notDeposited(before, 'dossier.depositedNoEdit');
    // A closed fonds (phông đóng) keeps its numbers: no new dossier, no renumbering.
    assertFondsAllows(fonds, before, fields);
    // A notation is checked against the year's dossiers that share its key (an index range); a final
    // number against the fonds' numbered ones, which only a numbered dossier's edit needs.
    const candidates = fields.fileNumber !== undefined ? await listDossiers(db, fields.fondsId) : await sameNotationKey(db, fields);
    const others = candidates.filter((d) => !d.deleted && d.id !== id);
    // A closed dossier, closed now or corrected later, keeps to what closing requires: no paper dated after today.
    const issues = [...validateDossier(fields, others, today), ...dossierDutyIssues(fields)];
    // Pages against sheets, when they were typed (and the page count is not refused already).
    const pages = pagesOverSheets(fields, before);
    if (against.length > 0) {
      const said = [...against, ...(pages ? [pages] : [])];
      throw new DossierInvalidError([...said, ...issues.filter((i) => CLOSING_FIELDS.has(i.field) && !said.some((a) => a.field === i.field))]);
    }
    if (pages && !issues.some((i) => i.field === pages.field)) issues.push(pages);
    if (issues.length > 0) throw new DossierInvalidError(issues);
    if (!before) return c.create<DossierFields>('dossiers', fields) as Dossier;
    return c.updateKnown<DossierFields>('dossiers', before, fields) as Dossier;
  });
}

/** The fonds, refused when it is closed (its numbering is frozen). */
async function openFonds(db: LuutruDb, fondsId: string): Promise<Fonds | undefined> {
  const fonds = await db.fonds.get(fondsId);
  if (fonds) assertNumberingOpen(fonds);
  return fonds;
}

export type ClosingInput = Pick<DossierFields, 'sheetCount' | 'pageCount' | 'startDate' | 'endDate' | 'startPrecision' | 'endPrecision'>;
/** The fields the close form shows, where its refusals are said. */
const CLOSING_FIELDS: ReadonlySet<string> = new Set(['sheetCount', 'pageCount', 'startDate', 'endDate']);

/** Closes a dossier (kết thúc hồ sơ): the document dates and, for files kept ≥ 5 years, the sheet count. */
export async function closeDossier(db: LuutruDb, session: Session, id: string, closing: ClosingInput, today: string): Promise<Dossier> {
  const before = await db.dossiers.get(id);
  if (!before) throw new AppError('record.notFound');
  const { id: _i, origin: _o, clock: _c, deleted: _d, changedBy: _b, ...fields } = before;
  const next: DossierFields = { ...fields, ...closing, status: 'closed', closedAt: today };
  for (const k of ['sheetCount', 'pageCount', 'startDate', 'endDate', 'startPrecision', 'endPrecision'] as const) if (next[k] === undefined) delete (next as Record<string, unknown>)[k];
  // A date known to the day is kept as it always was, without a precision.
  for (const k of ['startPrecision', 'endPrecision'] as const) if (next[k] === 'day') delete (next as Record<string, unknown>)[k];
  // Linked documents read from their register entries (their rows hold no number or date).
  const docs = await datedDocuments(db, id);
  // Fewer sheets than its documents run to: one of the two is wrong (a dossier of documents on sheets 1–5 closed as 3 sheets).
  // Only a count that reads as one: "abc" (−1 here) is refused by the dossier rules as not a number, not as fewer than
  // the documents' last sheet ("đến tờ số 0" was said of it).
  const against: FieldIssue[] = [];
  if (next.sheetCount !== undefined && next.sheetCount >= 1) {
    const last = Math.max(0, ...docs.map((d) => Math.max(d.sheetFrom ?? 0, d.sheetTo ?? 0)));
    if (last > next.sheetCount) against.push({ field: 'sheetCount', code: 'dossier.sheetsBelowDocuments', params: { sheets: last } });
  }
  // A period that leaves out a document listed in it: one of the two is wrong, and the cover would contradict its list.
  against.push(...documentOutsidePeriod(next, docs));
  // Said at once with what the dossier rules refuse of the other closing fields (the page count was said only once the
  // dates were mended).
  return writeDossier(db, session, next, id, 'dossier.close', today, against);
}

/** Opens a closed dossier again (documents to add); its final number and box stay. */
export async function reopenDossier(db: LuutruDb, session: Session, id: string): Promise<Dossier> {
  const before = await db.dossiers.get(id);
  if (!before) throw new AppError('record.notFound');
  // Handed over to the archive: no papers are added to it any more.
  notDeposited(before, 'dossier.depositedNoReopen');
  const { id: _i, origin: _o, clock: _c, deleted: _d, changedBy: _b, closedAt: _ca, ...fields } = before;
  return writeDossier(db, session, { ...fields, status: 'open' }, id, 'dossier.reopen');
}

/** Removes a dossier from the plan (tombstone with a reason); its number is not given to another. */
export async function deleteDossier(db: LuutruDb, session: Session, id: string, reason: string): Promise<void> {
  const why = cleanText(reason);
  if (!why) throw new AppError('dossier.deleteReasonRequired');
  await writeChanges(db, session, { action: 'dossier.delete', detail: why, about: ['dossiers'] }, ['dossiers'], async (c) => {
    const d = (await c.get<DossierFields>('dossiers', id)) as Dossier | undefined;
    notDeposited(d, 'dossier.depositedNoDelete');
    if (!d) throw new AppError('record.notFound');
    await removeFromJobOrder(db, c, d, why);
  });
}

/**
 * Tombstones a dossier; a processing job's slip also leaves the job's order, the live slips after
 * it taking its place and the next ones, so the job's list, its count, its checks, numbering and papers see the
 * live slips only (a slip deleted on the Hồ sơ page stayed in them: numbering asked for it to be
 * checked first, the report, foreword and handover counted it, its cover and slip were printed).
 * Its numbers stay given: a hồ sơ số is never given to another file.
 */
export async function removeFromJobOrder(db: LuutruDb, c: ChangeSet, d: Dossier, reason: string, moved: (d: Dossier) => DossierFields = fieldsOf): Promise<Map<string, Dossier>> {
  // Deleted already: nothing moves (the slips after it closed up when it was deleted). Another unit's record is
  // refused as read-only first (removeKnown says so; on one of ours deleted it does nothing).
  if (d.deleted) {
    c.removeKnown('dossiers', d, reason);
    throw new AppError('record.deleted');
  }
  const saved = new Map<string, Dossier>();
  if (d.jobId === undefined || d.position === undefined) {
    c.removeKnown('dossiers', d, reason);
    return saved;
  }
  const { position, ...withoutPlace } = d;
  c.removeKnown('dossiers', withoutPlace, reason);
  const following = await db.dossiers.where('[jobId+position]').between([d.jobId, position + 1], [d.jobId, Dexie.maxKey], true, true).toArray();
  // Read from the database, not the change set: both callers write nothing to these slips before (a merge's kept slip is written here, through `moved`).
  // The live slips after it take the places from its own on, one after another. A slip deleted before deleted slips
  // left the order still has its place: passed over, never rewritten (every reader of the order passes over it too).
  let place = position;
  for (const s of following) if (!s.deleted) saved.set(s.id, c.updateKnown<DossierFields>('dossiers', s, { ...moved(s), position: place++ }) as Dossier);
  return saved;
}

export type NumberingInput = {
  readonly fondsId: string;
  /** Dossiers to number; all must be closed and not numbered yet. */
  readonly ids: readonly string[];
  readonly order: NumberingOrder;
  /** Inventory numbers for permanent and fixed-term dossiers (the same number puts both in one). */
  readonly inventories: { readonly permanent: number; readonly fixedTerm: number };
};

/**
 * Final numbering (đánh số hồ sơ chính thức): orders the dossiers, puts each in its inventory
 * and gives it the next free hồ sơ số there, continuing after the numbers already given.
 * Returns how many were numbered.
 */
export async function numberDossiers(db: LuutruDb, session: Session, input: NumberingInput): Promise<number> {
  // Named by the fonds and the dossiers numbered, counted (its detail was their count alone).
  return writeChanges(db, session, { action: 'dossier.number', about: ['fonds', 'dossiers'] }, ['dossiers', 'fonds'], async (c) => {
    const fonds = await openFonds(db, input.fondsId);
    if (fonds) c.mention('fonds', fonds);
    // Destroyed or removed dossiers keep their numbers: never given to another.
    const withTombstones = await listDossiers(db, input.fondsId);
    const all = withTombstones.filter((d) => !d.deleted);
    const wanted = new Set(input.ids);
    const chosen = all.filter((d) => wanted.has(d.id));
    if (chosen.length !== wanted.size) throw new AppError('record.notFound');
    for (const d of chosen) {
      mine(session, d);
      if (d.status !== 'closed') throw new AppError('dossier.numberNeedsClosed', { notation: d.notation });
      if (d.fileNumber !== undefined) throw new AppError('dossier.alreadyNumbered', { notation: d.notation, number: d.fileNumber });
    }
    const byInventory = new Map<number, Dossier[]>();
    for (const d of chosen) {
      const inv = inventoryFor(d.retention, input.inventories);
      byInventory.set(inv, [...(byInventory.get(inv) ?? []), d]);
    }
    for (const [inv, group] of byInventory) {
      const taken = new Set(withTombstones.filter((d) => d.inventoryNumber === inv && d.fileNumber !== undefined).map((d) => d.fileNumber!));
      const start = taken.size ? Math.max(...taken) + 1 : 1;
      const numbers = assignFileNumbers(orderDossiers(group, input.order).map((d) => d.id), start, taken);
      for (const d of group) {
        const { id: _i, origin: _o, clock: _c, deleted: _d, changedBy: _b, ...fields } = d;
        c.updateKnown<DossierFields>('dossiers', d, { ...fields, inventoryNumber: inv, fileNumber: numbers.get(d.id)! });
      }
    }
    return chosen.length;
  });
}

/**
 * Boxes the numbered dossiers of a fonds that are not in a box yet: per inventory, in hồ sơ số
 * order, into new boxes numbered after the last box of that inventory, at most
 * `capacitySheets` sheets a box, never splitting a dossier. Returns the boxes made.
 */
export async function boxNumberedDossiers(db: LuutruDb, session: Session, fondsId: string, capacitySheets: number, options: { readonly jobId?: string } = {}): Promise<Box[]> {
  if (!Number.isInteger(capacitySheets) || capacitySheets < 10 || capacitySheets > 5000) throw new AppError('box.capacityRange', { min: 10, max: 5000 });
  const { jobId } = options;
  return writeChanges(db, session, { action: 'dossier.box', about: ['boxes', 'dossiers'] }, ['dossiers', 'boxes', 'fonds'], async (c) => {
    await openFonds(db, fondsId);
    // A processing job boxes only its own slips (and its boxes say so); otherwise every loose numbered dossier of the fonds.
    const all = (await listDossiers(db, fondsId)).filter((d) => !d.deleted && d.origin === session.unitId && (jobId === undefined || d.jobId === jobId));
    const boxes = await listBoxes(db, fondsId);
    const loose = all.filter((d) => d.fileNumber !== undefined && d.boxId === undefined && d.discardReason === undefined);
    // None numbered at all: the step before is what is missing (it said none was left outside a box).
    if (loose.length === 0) throw new AppError(all.some((d) => d.fileNumber !== undefined) ? 'box.nothingToBox' : 'box.numberFirst');
    const made: Box[] = [];
    const inventories = [...new Set(loose.map((d) => d.inventoryNumber!))].sort((a, b) => a - b);
    for (const inv of inventories) {
      const group = loose.filter((d) => d.inventoryNumber === inv).sort((a, b) => a.fileNumber! - b.fileNumber!);
      let next = Math.max(0, ...boxes.filter((b) => (b.inventoryNumber ?? 0) === inv).map((b) => b.number)) + 1;
      const byId = new Map(group.map((d) => [d.id, d]));
      for (const ids of packIntoBoxes(group, capacitySheets)) {
        const box = c.create('boxes', { unitId: session.unitId, fondsId, inventoryNumber: inv, number: next++, note: '', ...(jobId !== undefined ? { jobId } : {}) }) as Box;
        made.push(box);
        for (const id of ids) {
          const d = byId.get(id)!;
          const { id: _i, origin: _o, clock: _c, deleted: _d, changedBy: _b, ...fields } = d;
          c.updateKnown<DossierFields>('dossiers', d, { ...fields, boxId: box.id });
        }
      }
    }
    return made;
  });
}

/** Moves dossiers into an existing box of theirs (or out of any box with `boxId` undefined). */
export async function moveToBox(db: LuutruDb, session: Session, ids: readonly string[], boxId: string | undefined): Promise<void> {
  await writeChanges(db, session, { action: 'dossier.move', about: ['dossiers', 'boxes'] }, ['dossiers', 'boxes', 'fonds'], async (c) => {
    if (boxId !== undefined) {
      const box = await db.boxes.get(boxId);
      if (!box || box.deleted) throw new AppError('record.notFound');
      mine(session, box);
      c.mention('boxes', box);
    }
    for (const id of ids) {
      const d = await c.get<DossierFields>('dossiers', id);
      if (!d) throw new AppError('record.notFound');
      mine(session, d);
      // Handed over in its box: the batch's boxes and metres are on the signed record.
      notDeposited(d, 'dossier.depositedNoEdit');
      await openFonds(db, d.fondsId);
      const { id: _i, origin: _o, clock: _c, deleted: _d, changedBy: _b, boxId: _x, ...fields } = d;
      c.updateKnown<DossierFields>('dossiers', d, boxId === undefined ? fields : { ...fields, boxId });
    }
  });
}

/** Adds one empty box with the given number (for boxes labelled by hand). */
export async function addBox(db: LuutruDb, session: Session, fondsId: string, number: number, inventoryNumber?: number, note = ''): Promise<Box> {
  const fields = { unitId: session.unitId, fondsId, number, ...(inventoryNumber !== undefined ? { inventoryNumber } : {}), note: cleanMultiline(note) };
  return writeChanges(db, session, { action: 'box.create', detail: String(number) }, ['boxes', 'fonds'], async (c) => {
    await openFonds(db, fondsId);
    const issues = validateBox(fields, await listBoxes(db, fondsId));
    if (issues.length > 0) throw new DossierInvalidError(issues);
    return c.create('boxes', fields) as Box;
  });
}

export async function saveProcessingJob(db: LuutruDb, session: Session, raw: ProcessingJobFields, id?: string): Promise<ProcessingJob> {
  const fields: ProcessingJobFields = { ...raw, unitId: session.unitId, name: cleanText(raw.name), note: cleanMultiline(raw.note) };
  const issues = validateProcessingJob(fields);
  if (issues.length > 0) throw new DossierInvalidError(issues);
  return writeChanges(db, session, { action: id ? 'job.update' : 'job.create', detail: fields.name }, ['processingJobs'], async (c) => {
    const before = id ? await c.get<ProcessingJobFields>('processingJobs', id) : undefined;
    if (!before) return c.create<ProcessingJobFields>('processingJobs', fields, id) as ProcessingJob;
    mine(session, before);
    // A job finished on the processing page is closed to changes, here too.
    if (before.stage === 'done') throw new AppError('job.closed', { name: before.name });
    // Only the metres, name, status and note are set here: a job run on the processing page keeps
    // its intake, scheme, stage and report (an update replaces the whole record).
    return c.updateKnown<ProcessingJobFields>('processingJobs', before, { ...before, ...fields }) as ProcessingJob;
  });
}

/** The decisions issuing each year's file plan, by fonds and year (a local setting, as typed before printing). */
const PLAN_DECISIONS_KEY = 'planDecisions';

export async function getPlanDecision(db: LuutruDb, fondsId: string, year: number): Promise<PlanDecision | undefined> {
  const all = (await db.settings.get(PLAN_DECISIONS_KEY))?.value as Record<string, PlanDecision> | undefined;
  const d = all && typeof all === 'object' ? all[`${fondsId}:${year}`] : undefined;
  return d && typeof d.number === 'string' && typeof d.date === 'string' && typeof d.issuer === 'string' ? d : undefined;
}

export async function setPlanDecision(db: LuutruDb, fondsId: string, year: number, decision: PlanDecision): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const all = ((await db.settings.get(PLAN_DECISIONS_KEY))?.value as Record<string, PlanDecision> | undefined) ?? {};
    await db.settings.put({ key: PLAN_DECISIONS_KEY, value: { ...all, [`${fondsId}:${year}`]: decision } });
  });
}

/** Mét giá per box, as this office counts it (a setting; see DEFAULT_METRES_PER_BOX). */
export async function getMetresPerBox(db: LuutruDb): Promise<number> {
  const v = (await db.settings.get(METRES_PER_BOX_KEY))?.value;
  return typeof v === 'number' && v > 0 && v < 1 ? v : DEFAULT_METRES_PER_BOX;
}

/** Keeps how many metres of shelf a box counts as, journaled (the statistics' metres follow it); unchanged, nothing is written. */
export async function setMetresPerBox(db: LuutruDb, metres: number, session: Session): Promise<void> {
  if (!Number.isFinite(metres) || metres <= 0 || metres >= 1) throw new AppError('box.metresPerBoxRange');
  if ((await getMetresPerBox(db)) === metres) return;
  await writeDecision(db, session, { action: 'settings.metresPerBox', detail: String(metres) }, ['settings'], () => db.settings.put({ key: METRES_PER_BOX_KEY, value: metres }));
}

const CLOSING_LINES_KEY = 'closingLines';

/** The office's wording of the Chứng từ kết thúc (core/dossiers/closing-text.ts), line by line; empty: the usual one. Local to this PC. */
export async function getClosingLines(db: LuutruDb): Promise<readonly string[]> {
  const v = (await db.settings.get(CLOSING_LINES_KEY))?.value;
  return Array.isArray(v) && v.every((l) => typeof l === 'string') ? (v as string[]) : [];
}

/**
 * Keeps the office's wording, cleaned (core/dossiers/closing-text.ts `closingLinesOf`: none, or the usual lines typed
 * back, is the usual one), journaled (the wording of an official paper changed without a trace), and gives what is
 * kept; unchanged, nothing is written. A brace left open or a name in braces the app does not know is refused, named.
 */
export async function setClosingLines(db: LuutruDb, typed: readonly string[], session: Session): Promise<readonly string[]> {
  const lines = closingLinesOf(typed);
  const open = lines.find((l) => unclosedBrace(l));
  if (open !== undefined) throw new AppError('dossier.closingBrace', { line: open });
  const unknown = unknownClosingPlaceholders(lines);
  if (unknown.length > 0) throw new AppError('dossier.closingPlaceholder', { names: unknown.join(', '), known: CLOSING_PLACEHOLDERS.map((p) => `{${p}}`).join(', ') });
  if ((await getClosingLines(db)).join('\n') === lines.join('\n')) return lines;
  const usual = lines.length === 0;
  await writeDecision(db, session, { action: usual ? 'settings.closingLinesUsual' : 'settings.closingLines', ...(usual ? {} : { detail: lines.join(' / ') }) }, ['settings'], async () => {
    if (usual) await db.settings.delete(CLOSING_LINES_KEY);
    else await db.settings.put({ key: CLOSING_LINES_KEY, value: lines });
  });
  return lines;
}

/** Holdings per origin unit (this unit's and every unit received in bundles). */
export async function holdingsByOrigin(db: LuutruDb): Promise<Map<string, Holdings>> {
  // This unit's records are in its tables and counted here; other units' figures are the
  // counters every import keeps (no block read: a province's dossiers are never loaded to count).
  const [dossiers, boxes, jobs, theirs, perBox] = await Promise.all([db.dossiers.toArray(), db.boxes.toArray(), db.processingJobs.toArray(), foreignHoldingsCounters(db), getMetresPerBox(db)]);
  const out = new Map<string, Holdings>();
  const origins = new Set([...dossiers, ...boxes, ...jobs].map((r) => r.origin));
  for (const o of origins)
    out.set(
      o,
      holdings(
        dossiers.filter((d) => d.origin === o),
        boxes.filter((b) => b.origin === o),
        jobs.filter((j) => j.origin === o),
        perBox,
      ),
    );
  for (const [o, counters] of theirs) if (!out.has(o) && Object.keys(counters).length > 0) out.set(o, holdingsFromCounters(counters, perBox));
  return out;
}
