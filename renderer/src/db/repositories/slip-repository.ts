/**
 * Description slips (phiếu tin) of a processing job — each one the backlog dossier itself:
 * typing one (temporary number and place given here), correcting, splitting, merging, marking
 * to discard, checking; and the reads the screens page through (a window of the job's order,
 * by index range). Every action is one transaction with one journal entry; a refused one
 * writes nothing.
 */
import Dexie from 'dexie';
import { AppError } from '../../core/errors';
import type { Dossier, DossierFields, ProcessingJob, ProcessingJobFields } from '../../core/dossiers/types';
import { majorHeadingOf, headingLine, schemeEntries } from '../../core/processing/scheme';
import { cleanSlip, keptPastRetention, mergedSlip, mergeRefusal, splitPart, validateSlip } from '../../core/processing/slips';
import { DISCARD_REASONS, JOB_STAGES, type DiscardReason, type JobStage } from '../../core/processing/types';
import { cleanText } from '../../core/text';
import { formatDate } from '../../core/format';
import type { ChangeSet, Session } from '../changes';
import { writeChanges } from '../changes';
import type { LuutruDb } from '../schema';
import { DossierInvalidError, removeFromJobOrder } from './dossier-repository';
import { fieldsOf } from './record-fields';

export { fieldsOf };

/** What the slip form gives; the rest (fonds, job, numbers, heading text, year) is set here. */
export type SlipInput = Pick<DossierFields, 'title' | 'retention' | 'language' | 'access' | 'condition' | 'note'> &
  Partial<Pick<DossierFields, 'classId' | 'startDate' | 'endDate' | 'startPrecision' | 'endPrecision' | 'autographs' | 'annotation' | 'sheetCount' | 'pageCount' | 'discardReason' | 'discardBundle' | 'keeper'>> & {
    /** Present only to refuse moving a slip to another fonds. */
    readonly fondsId?: string;
  };

const jobRange = (jobId: string): [[string, unknown], [string, unknown]] => [[jobId, Dexie.minKey], [jobId, Dexie.maxKey]];

/** Live slips of a job (tombstones leave the order when they are removed). */
export async function countSlips(db: LuutruDb, jobId: string): Promise<number> {
  return db.dossiers.where('[jobId+position]').between(...jobRange(jobId)).count();
}

/** Slips at positions `from`…`to` (1-based, inclusive) of the job's order: what a screen shows. */
export async function slipWindow(db: LuutruDb, jobId: string, from: number, to: number): Promise<Dossier[]> {
  if (to < from) return [];
  // A slip deleted before deleted slips left the order may share a place with a live one: the live one is shown.
  return (await db.dossiers.where('[jobId+position]').between([jobId, from], [jobId, to], true, true).toArray()).filter((d) => !d.deleted);
}

/** Every live slip of a job in its order (for ordering, numbering, printing — not for screens). */
export async function jobSlips(db: LuutruDb, jobId: string): Promise<Dossier[]> {
  // A deleted slip leaves the order (removeFromJobOrder); one deleted before that kept its place, and is passed over.
  return (await db.dossiers.where('[jobId+position]').between(...jobRange(jobId)).toArray()).filter((d) => !d.deleted);
}

export async function slipByTempNumber(db: LuutruDb, jobId: string, tempNumber: number): Promise<Dossier | undefined> {
  return db.dossiers.where('[jobId+tempNumber]').equals([jobId, tempNumber]).first();
}

/** The temporary number the next slip of the job will get (shown on the entry form). */
export async function nextTempNumber(db: LuutruDb, jobId: string): Promise<number> {
  const last = await db.dossiers.where('[jobId+tempNumber]').between(...jobRange(jobId)).last();
  return (last?.tempNumber ?? 0) + 1;
}

async function ourJob(c: ChangeSet, session: Session, jobId: string): Promise<ProcessingJob> {
  const job = (await c.get<ProcessingJobFields>('processingJobs', jobId)) as ProcessingJob | undefined;
  if (!job || job.deleted) throw new AppError('job.notFound');
  if (job.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
  if (job.stage === 'done') throw new AppError('job.closed', { name: job.name });
  return job;
}

/** Moves the job forward to `stage` when it is still before it (never back). */
export function advanceStage(c: ChangeSet, job: ProcessingJob, stage: JobStage): void {
  if (JOB_STAGES.indexOf(job.stage ?? 'intake') >= JOB_STAGES.indexOf(stage)) return;
  c.updateKnown<ProcessingJobFields>('processingJobs', job, { ...fieldsOf(job), stage });
}

function ourSlip(session: Session, d: Dossier | undefined, jobId?: string): Dossier {
  if (!d || d.deleted) throw new AppError('record.notFound');
  if (d.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
  if (jobId !== undefined && d.jobId !== jobId) throw new AppError('slip.otherJob');
  return d;
}

/** The stored slip for what was typed: heading text from the scheme, year from the period. */
function slipFields(job: ProcessingJob, input: SlipInput, keep: Partial<DossierFields>): DossierFields {
  const entries = schemeEntries(job.scheme ?? []);
  const major = majorHeadingOf(entries, input.classId);
  const out: Record<string, unknown> = {
    ...keep,
    ...input,
    unitId: job.unitId,
    fondsId: input.fondsId ?? keep.fondsId ?? job.fondsId,
    jobId: job.id,
    source: 'backlog',
    notation: keep.notation ?? '',
    keeper: input.keeper ?? keep.keeper ?? '',
    heading: major ? headingLine(major) : '',
    headingCode: major?.node.code ?? '',
    year: input.startDate ? Number(input.startDate.slice(0, 4)) : (keep.year ?? Number((job.intakeDate ?? '2000').slice(0, 4))),
    status: keep.status ?? 'open',
  };
  for (const k of Object.keys(out)) if (out[k] === undefined || (k === 'discardReason' && out[k] === '')) delete out[k];
  if (out.discardReason === undefined) delete out.discardBundle;
  return cleanSlip(out as DossierFields);
}

function check(job: ProcessingJob, d: DossierFields): void {
  const issues = validateSlip(d, job.fondsId);
  const scheme = job.scheme ?? [];
  if (scheme.length > 0) {
    if (!d.classId) issues.push({ field: 'classId', code: 'slip.classRequired' });
    else if (!scheme.some((n) => n.id === d.classId)) issues.push({ field: 'classId', code: 'slip.classUnknown' });
  }
  if (issues.length > 0) throw new DossierInvalidError(issues);
}

/**
 * Saves a new slip (no id: the next temporary number, at the end of the job's order, typed
 * `today`) or corrects one. A slip stays in its job's fonds; a numbered slip keeps its number.
 */
export async function saveSlip(db: LuutruDb, session: Session, jobId: string, input: SlipInput, today: string, id?: string): Promise<Dossier> {
  return writeChanges(db, session, { action: id ? 'slip.update' : 'slip.create', detail: cleanText(input.title).slice(0, 80) }, ['dossiers', 'processingJobs'], async (c) => {
    const job = await ourJob(c, session, jobId);
    if (!id) {
      // Positions run 1…N without gaps, so the next is after the last (one index step, not a count).
      const last = await db.dossiers.where('[jobId+position]').between(...jobRange(jobId)).last();
      const fields = slipFields(job, input, { tempNumber: await nextTempNumber(db, jobId), position: (last?.position ?? 0) + 1, enteredOn: today, enteredBy: session.operator });
      check(job, fields);
      advanceStage(c, job, 'slips');
      return c.create<DossierFields>('dossiers', fields) as Dossier;
    }
    const before = ourSlip(session, (await c.get<DossierFields>('dossiers', id)) as Dossier | undefined, jobId);
    if (input.fondsId !== undefined && input.fondsId !== before.fondsId) throw new DossierInvalidError([{ field: 'fondsId', code: 'slip.otherFonds' }]);
    const { title: _t, retention: _r, language: _l, access: _a, condition: _c, note: _n, ...kept } = fieldsOf(before);
    for (const k of ['classId', 'startDate', 'endDate', 'startPrecision', 'endPrecision', 'autographs', 'annotation', 'sheetCount', 'pageCount', 'discardReason', 'discardBundle'] as const) delete kept[k];
    const fields = slipFields(job, input, kept);
    check(job, fields);
    return c.updateKnown<DossierFields>('dossiers', before, fields) as Dossier;
  });
}

/** Marks slips to discard with a reason (required), or (reason undefined) keeps them again. */
export async function setDiscard(db: LuutruDb, session: Session, jobId: string, ids: readonly string[], reason: DiscardReason | undefined | '', options: { note?: string; bundle?: number } = {}): Promise<void> {
  if (reason === '' || (reason !== undefined && !(DISCARD_REASONS as readonly string[]).includes(reason))) throw new DossierInvalidError([{ field: 'discardReason', code: 'slip.discardReasonRequired' }]);
  // Named by its slips (the line said only "2 hồ sơ"), as a split or a merge is: all counted, the first few named.
  await writeChanges(db, session, { action: reason ? 'slip.discard' : 'slip.keep', about: ['dossiers'] }, ['dossiers', 'processingJobs'], async (c) => {
    const job = await ourJob(c, session, jobId);
    for (const id of ids) {
      const before = ourSlip(session, (await c.get<DossierFields>('dossiers', id)) as Dossier | undefined, jobId);
      c.mention('dossiers', before, true);
      const { discardReason: _r, discardBundle: _b, ...rest } = fieldsOf(before);
      const next: DossierFields = reason ? { ...rest, discardReason: reason, ...(options.bundle !== undefined ? { discardBundle: options.bundle } : {}), ...(options.note !== undefined ? { note: cleanText(options.note) } : {}) } : rest;
      check(job, next);
      c.updateKnown<DossierFields>('dossiers', before, next);
    }
  });
}

/** Step 8: slips checked (or not) by the second archivist. */
export async function setChecked(db: LuutruDb, session: Session, jobId: string, ids: readonly string[], checked: boolean): Promise<void> {
  // Named by its slips, as setDiscard's: a slip already so is named and counted too (the clerk chose it).
  await writeChanges(db, session, { action: checked ? 'slip.check' : 'slip.uncheck', about: ['dossiers'] }, ['dossiers', 'processingJobs'], async (c) => {
    const job = await ourJob(c, session, jobId);
    if (checked) advanceStage(c, job, 'check');
    for (const id of ids) {
      const before = ourSlip(session, (await c.get<DossierFields>('dossiers', id)) as Dossier | undefined, jobId);
      c.mention('dossiers', before, true);
      const { checked: _c, ...rest } = fieldsOf(before);
      c.updateKnown<DossierFields>('dossiers', before, checked ? { ...rest, checked: true } : rest);
    }
  });
}

/** Shifts the positions of the slips after `after` by `delta` (a slip inserted or removed there). */
async function shiftAfter(db: LuutruDb, c: ChangeSet, jobId: string, after: number, delta: number): Promise<void> {
  const following = await db.dossiers.where('[jobId+position]').between([jobId, after + 1], [jobId, Dexie.maxKey], true, true).toArray();
  // A slip deleted before deleted slips left the order still has a place: it is passed over, never rewritten.
  for (const d of following) if (!d.deleted) c.updateKnown<DossierFields>('dossiers', d, { ...fieldsOf(d), position: d.position! + delta });
}

/** Splits a slip: the new part gets the next temporary number and stands right after it. */
export async function splitSlip(db: LuutruDb, session: Session, jobId: string, id: string, part: Parameters<typeof splitPart>[1], today: string): Promise<Dossier> {
  return writeChanges(db, session, { action: 'slip.split', about: ['dossiers'] }, ['dossiers', 'processingJobs'], async (c) => {
    const job = await ourJob(c, session, jobId);
    const original = ourSlip(session, (await c.get<DossierFields>('dossiers', id)) as Dossier | undefined, jobId);
    if (original.fileNumber !== undefined) throw new AppError('slip.splitNumbered', { number: original.fileNumber });
    // Named with the part made of it (the line said only "Tách phiếu tin"), not with the slips after them that move down.
    c.mention('dossiers', original, true);
    const fields = cleanSlip({ ...splitPart(fieldsOf(original), { ...part, title: cleanText(part.title) }), tempNumber: await nextTempNumber(db, jobId), position: original.position! + 1, enteredOn: today, enteredBy: session.operator });
    check(job, fields);
    await shiftAfter(db, c, jobId, original.position!, 1);
    const made = c.create<DossierFields>('dossiers', fields) as Dossier;
    c.mention('dossiers', made, true);
    return made;
  });
}

/** Why slip `gone` cannot be merged into `keep`: the same slip, another job's, a numbered or discarded one (the merge's rule). */
function refuseMerge(keep: Dossier, gone: Dossier): void {
  const refusal = keep.id === gone.id ? 'slip.mergeSelf' : mergeRefusal(keep, gone);
  if (refusal) throw new AppError(refusal);
}

/**
 * The slip numbered `tempNumber` in the job, to be merged into `keep`, read before the clerk is asked to confirm:
 * refused as the merge itself refuses it (AppError), so the question is never asked of a merge that cannot be done;
 * undefined when the job has no such slip (a number mistyped). The one place of the rule: the screen shows its refusal.
 */
export async function slipToMerge(db: LuutruDb, jobId: string, keep: Dossier, tempNumber: number): Promise<Dossier | undefined> {
  const gone = await slipByTempNumber(db, jobId, tempNumber);
  if (!gone || gone.deleted) return undefined;
  refuseMerge(keep, gone);
  return gone;
}

/**
 * Merges slip `absorbId` into `keepId`; the absorbed slip is removed (its number is not reused). Its journal line
 * says which into which ("12→7", journal-labels.ts), and names the two slips, not those after the absorbed one that
 * move up.
 */
export async function mergeSlips(db: LuutruDb, session: Session, jobId: string, keepId: string, absorbId: string): Promise<Dossier> {
  return writeChanges(db, session, { action: 'slip.merge', about: ['dossiers'] }, ['dossiers', 'processingJobs'], async (c) => {
    const job = await ourJob(c, session, jobId);
    const keep = ourSlip(session, (await c.get<DossierFields>('dossiers', keepId)) as Dossier | undefined, jobId);
    const gone = ourSlip(session, (await c.get<DossierFields>('dossiers', absorbId)) as Dossier | undefined, jobId);
    refuseMerge(keep, gone);
    const merged = mergedSlip(fieldsOf(keep), fieldsOf(gone));
    check(job, merged);
    // Read by the journal (journal-labels.ts detailText): "phiếu 12 vào phiếu 7".
    c.describe(`${gone.tempNumber}→${keep.tempNumber}`);
    c.mention('dossiers', keep, true);
    c.mention('dossiers', gone, true);
    // Positions close up behind the absorbed slip; `keep` may be among them.
    const moved = await removeFromJobOrder(db, c, gone, `Gộp vào phiếu số ${keep.tempNumber ?? ''}`, (d) => (d.id === keepId ? merged : fieldsOf(d)));
    return moved.get(keepId) ?? (c.updateKnown<DossierFields>('dossiers', keep, merged) as Dossier);
  });
}

/**
 * Deletes a slip of a job from the processing screen, with a reason: the job's own checks (ours,
 * not closed) as its other actions; the slip leaves the job's order (removeFromJobOrder).
 */
export async function deleteSlip(db: LuutruDb, session: Session, jobId: string, id: string, reason: string): Promise<void> {
  const why = cleanText(reason);
  if (!why) throw new AppError('dossier.deleteReasonRequired');
  await writeChanges(db, session, { action: 'dossier.delete', detail: why, about: ['dossiers'] }, ['dossiers', 'processingJobs'], async (c) => {
    await ourJob(c, session, jobId);
    const slip = ourSlip(session, (await c.get<DossierFields>('dossiers', id)) as Dossier | undefined, jobId);
    if (slip.depositBatchId !== undefined) throw new AppError('dossier.depositedNoDelete', { notation: slip.notation, date: formatDate(slip.depositedAt) });
    await removeFromJobOrder(db, c, slip, why);
  });
}

export async function getSlip(db: LuutruDb, id: string): Promise<Dossier | undefined> {
  return db.dossiers.get(id);
}

/** Slips by id, in the order asked (an order preview's first rows). */
export async function slipsByIds(db: LuutruDb, ids: readonly string[]): Promise<Dossier[]> {
  return (await db.dossiers.bulkGet([...ids])).filter((d): d is Dossier => d !== undefined);
}

/**
 * The check step's figures: live slips, discarded ones and the checked among the others; and the slips kept whose retention ran out before `currentYear` (their temporary
 * numbers): to be looked at again, and set aside as expired if they have no other value (they were numbered and boxed
 * without a word).
 */
export async function checkFigures(db: LuutruDb, jobId: string, currentYear: number): Promise<{ total: number; checked: number; discarded: number; unchecked: string[]; expired: number[] }> {
  let total = 0;
  let checked = 0;
  let discarded = 0;
  const unchecked: string[] = [];
  const expired: number[] = [];
  await db.dossiers.where('[jobId+position]').between(...jobRange(jobId)).each((d) => {
    if (d.deleted) return;
    total++;
    if (d.discardReason !== undefined) discarded++;
    else if (d.checked) checked++;
    else unchecked.push(d.id);
    if (keptPastRetention(d, currentYear)) expired.push(d.tempNumber);
  });
  return { total, checked, discarded, unchecked, expired: expired.sort((a, b) => a - b) };
}
