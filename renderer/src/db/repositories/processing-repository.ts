/**
 * Processing jobs (đợt chỉnh lý) as workflows for one fonds: intake, classification scheme,
 * stage; ordering the slips (applied after a preview, and moved by keyboard), final numbering
 * in the job's order, boxing, shelf places of boxes, and the final report's figures. One
 * transaction and one journal entry per action; refused actions write nothing.
 */
import { boxPlace } from '../../core/processing/search-text';
import { AppError } from '../../core/errors';
import type { Box, Dossier, DossierFields, ProcessingJob, ProcessingJobFields } from '../../core/dossiers/types';
import { stageIndex, validateJob } from '../../core/processing/job';
import { expiredSlipNumbers } from '../../core/processing/slips';
import { listNumbers, planJobNumbering, type Inventories } from '../../core/processing/numbering';
import { currentOrder, moveToHeading, moveWithinHeading, orderSlips, positionChanges, previewOrder, type JobOrder, type OrderPreview } from '../../core/processing/ordering';
import { headingLine, majorHeadingOf, schemeEntries } from '../../core/processing/scheme';
import { jobProgress, type JobProgress } from '../../core/processing/report';
import { DISCARD_REASONS, PROCESSING_LIMITS, type ClassNode, type DiscardReason, type JobStage } from '../../core/processing/types';
import { cleanMultiline } from '../../core/registers/validation';
import { cleanText } from '../../core/text';
import { writeChanges, type ChangeSet, type Session } from '../changes';
import type { LuutruDb } from '../schema';
import { boxNumberedDossiers, DossierInvalidError, getClosingLines, listBoxes, listDossiers } from './dossier-repository';
import { boxContents, packIntoBoxes, type BoxContents } from '../../core/dossiers/inventory';
import { advanceStage, fieldsOf, jobSlips } from './slip-repository';
import { docRowsOfFonds } from './dossier-doc-repository';
import type { DocRow } from '../../core/processing/documents';
import { formHead, type Fonds, type Signer, type UnitProfile } from '../../core/unit';
import { getLocalUnitId, getSigner } from './unit-repository';

export async function getJob(db: LuutruDb, id: string): Promise<ProcessingJob | undefined> {
  return db.processingJobs.get(id);
}

/** Live jobs of a fonds, newest intake first. */
export async function jobsOfFonds(db: LuutruDb, fondsId: string): Promise<ProcessingJob[]> {
  const all = (await db.processingJobs.where('fondsId').equals(fondsId).toArray()).filter((j) => !j.deleted);
  return all.sort((a, b) => (b.intakeDate ?? '').localeCompare(a.intakeDate ?? '') || b.clock.localeCompare(a.clock));
}

function ours(session: Session, r: { origin: string; deleted: boolean } | undefined): void {
  if (!r || r.deleted) throw new AppError('job.notFound');
  if (r.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
}

const cleanOpt = (v: string | undefined) => (v === undefined ? undefined : cleanText(v));

/**
 * Creates (no id) or updates a job: intake fields, scheme, stage, foreword, report. `raw` may be a change of the job as
 * stored, applied inside the write (two changes made at once both stay: one read before the other wrote was lost).
 */
export async function saveJob(db: LuutruDb, session: Session, raw: ProcessingJobFields | ((stored: ProcessingJobFields) => ProcessingJobFields), today: string, id?: string): Promise<ProcessingJob> {
  return writeChanges(db, session, { action: id ? 'job.update' : 'job.create' }, ['processingJobs', 'fonds'], async (c) => {
    const before = id ? await c.get<ProcessingJobFields>('processingJobs', id) : undefined;
    if (id) ours(session, before);
    if (typeof raw === 'function' && !before) throw new AppError('job.notFound');
    const job = cleanJob(session, typeof raw === 'function' ? raw(fieldsOf(before!)) : raw);
    const issues = validateJob(job, today);
    if (issues.length > 0) throw new DossierInvalidError(issues);
    c.describe(job.name);
    const fonds = await db.fonds.get(job.fondsId);
    if (!fonds || fonds.deleted || fonds.unitId !== session.unitId) throw new AppError('dossier.fondsNotFound');
    // The intake form records the papers received: intake is done, the slips are the work in hand.
    if (!before) return c.create<ProcessingJobFields>('processingJobs', { stage: 'slips', ...job }) as ProcessingJob;
    if (before.fondsId !== job.fondsId) throw new AppError('job.otherFonds');
    return c.updateKnown<ProcessingJobFields>('processingJobs', before, job) as ProcessingJob;
  });
}

/** A job's fields as typed, tidied (spaces, line breaks) and without the ones left empty. */
function cleanJob(session: Session, raw: ProcessingJobFields): ProcessingJobFields {
  const fields: Record<string, unknown> = {
    ...raw,
    unitId: session.unitId,
    name: cleanText(raw.name),
    note: cleanMultiline(raw.note),
    intakeCondition: cleanOpt(raw.intakeCondition),
    receivedFrom: cleanOpt(raw.receivedFrom),
    handedOverBy: cleanOpt(raw.handedOverBy),
    handedOverRole: cleanOpt(raw.handedOverRole),
    receivedBy: cleanOpt(raw.receivedBy),
    receivedByRole: cleanOpt(raw.receivedByRole),
    foreword: raw.foreword === undefined ? undefined : cleanMultiline(raw.foreword),
    problems: raw.problems === undefined ? undefined : cleanMultiline(raw.problems),
  };
  for (const k of Object.keys(fields)) if (fields[k] === undefined) delete fields[k];
  return fields as ProcessingJobFields;
}

export async function setStage(db: LuutruDb, session: Session, jobId: string, stage: JobStage, today: string): Promise<ProcessingJob> {
  return saveJob(db, session, (j) => ({ ...j, stage, status: stage === 'done' ? 'done' : 'open', ...(stage === 'done' && !j.endDate ? { endDate: today } : {}) }), today, jobId);
}

/**
 * Stores the scheme. A heading that slips still use cannot disappear (their heading text
 * follows a renamed heading on the next correction; the printed outputs read the scheme).
 */
export async function saveScheme(
  db: LuutruDb,
  session: Session,
  jobId: string,
  scheme: readonly ClassNode[] | ((stored: readonly ClassNode[]) => readonly ClassNode[]),
  today: string,
): Promise<ProcessingJob> {
  const slips = await jobSlips(db, jobId);
  // An edit (a function) applies to the scheme as stored, not as the screen last read it: two edits in quick succession
  // (a heading renamed, then one added) both stay — the second wrote its stale copy over the first.
  return saveJob(
    db,
    session,
    (j) => {
      const next = typeof scheme === 'function' ? scheme(j.scheme ?? []) : scheme;
      const kept = new Set(next.map((n) => n.id));
      const orphan = slips.find((s) => s.classId !== undefined && !kept.has(s.classId));
      if (orphan) throw new AppError('scheme.headingInUse', { temp: orphan.tempNumber ?? 0 });
      return { ...j, scheme: [...next] };
    },
    today,
    jobId,
  );
}

/** What applying an order to the job would move (nothing is stored). */
export async function previewJobOrder(db: LuutruDb, jobId: string, how: JobOrder): Promise<OrderPreview> {
  const job = await db.processingJobs.get(jobId);
  return previewOrder(await jobSlips(db, jobId), job?.scheme ?? [], how);
}

async function storeOrder(c: ChangeSet, slips: readonly Dossier[], ids: readonly string[], patch?: { id: string; fields: Partial<DossierFields> }, first = 1): Promise<number> {
  const byId = new Map(slips.map((s) => [s.id, s]));
  const changes = positionChanges(slips, ids, first);
  if (patch && !changes.has(patch.id)) changes.set(patch.id, byId.get(patch.id)!.position!);
  for (const [id, position] of changes) {
    const d = byId.get(id)!;
    c.updateKnown<DossierFields>('dossiers', d, { ...fieldsOf(d), ...(patch?.id === id ? patch.fields : {}), position });
  }
  return changes.size;
}

async function openJob(c: ChangeSet, session: Session, jobId: string): Promise<ProcessingJob> {
  const job = (await c.get<ProcessingJobFields>('processingJobs', jobId)) as ProcessingJob | undefined;
  ours(session, job);
  if (job!.stage === 'done') throw new AppError('job.closed', { name: job!.name });
  return job!;
}

/** Applies one of the four orders of §5.4 to the whole job; returns how many slips moved. */
export async function applyJobOrder(db: LuutruDb, session: Session, jobId: string, how: JobOrder): Promise<number> {
  return writeChanges(db, session, { action: 'slip.order', detail: how.order }, ['dossiers', 'processingJobs'], async (c) => {
    const job = await openJob(c, session, jobId);
    const slips = await jobSlips(db, jobId);
    if (slips.some((s) => s.fileNumber !== undefined)) throw new AppError('processing.orderAfterNumbering');
    const moved = await storeOrder(c, slips, orderSlips(slips, job.scheme ?? [], how).map((s) => s.id));
    advanceStage(c, job, 'number');
    return moved;
  });
}

/** Moves one slip up or down inside its heading (keyboard: Alt+↑ / Alt+↓). */
export async function moveSlip(db: LuutruDb, session: Session, jobId: string, id: string, direction: 'up' | 'down'): Promise<number> {
  return writeChanges(db, session, { action: 'slip.move' }, ['dossiers', 'processingJobs'], async (c) => {
    await openJob(c, session, jobId);
    const me = await db.dossiers.get(id);
    if (!me || me.jobId !== jobId || me.position === undefined) throw new AppError('record.notFound');
    const neighbours = (await db.dossiers.where('[jobId+position]').between([jobId, me.position - 1], [jobId, me.position + 1], true, true).toArray()).filter((d) => !d.deleted);
    if (neighbours.some((s) => s.fileNumber !== undefined)) throw new AppError('processing.orderAfterNumbering');
    return storeOrder(c, neighbours, moveWithinHeading(neighbours, id, direction), undefined, neighbours[0]!.position!);
  });
}

/** Puts a slip under another heading of the scheme, at the end of that heading's slips. */
export async function moveSlipToHeading(db: LuutruDb, session: Session, jobId: string, id: string, classId: string): Promise<void> {
  await writeChanges(db, session, { action: 'slip.moveHeading' }, ['dossiers', 'processingJobs'], async (c) => {
    const job = await openJob(c, session, jobId);
    const scheme = job.scheme ?? [];
    if (!scheme.some((n) => n.id === classId)) throw new DossierInvalidError([{ field: 'classId', code: 'slip.classUnknown' }]);
    const slips = await jobSlips(db, jobId);
    const me = slips.find((s) => s.id === id);
    if (!me) throw new AppError('record.notFound');
    if (me.fileNumber !== undefined) throw new AppError('processing.orderAfterNumbering');
    const major = majorHeadingOf(schemeEntries(scheme), classId);
    const ids = moveToHeading(currentOrder(slips), id, classId, scheme);
    await storeOrder(c, slips, ids, { id, fields: { classId, heading: major ? headingLine(major) : '', headingCode: major?.node.code ?? '' } });
  });
}

/** Taken final numbers per inventory in the fonds (any source, tombstones included: a number is never given twice). */
async function takenNumbers(db: LuutruDb, fondsId: string): Promise<Map<number, Set<number>>> {
  const taken = new Map<number, Set<number>>();
  for (const d of await listDossiers(db, fondsId)) {
    if (d.fileNumber === undefined || d.inventoryNumber === undefined) continue;
    const s = taken.get(d.inventoryNumber) ?? new Set<number>();
    s.add(d.fileNumber);
    taken.set(d.inventoryNumber, s);
  }
  return taken;
}

/** The job's final numbers as planned against those the fonds has given; refused (the slips listed) when it cannot be numbered. */
async function plannedNumbers(db: LuutruDb, fondsId: string, slips: Parameters<typeof planJobNumbering>[0], inventories: Inventories) {
  const taken = await takenNumbers(db, fondsId);
  const plan = planJobNumbering(slips, inventories, taken);
  if (!plan.ok) throw new AppError(plan.code, { count: plan.tempNumbers.length, list: listNumbers(plan.tempNumbers) });
  return { plan, taken };
}

/**
 * What final numbering would give, written nowhere (asked before it is done: the numbers are for good): per inventory
 * the range the job's files would take and the highest number it already gave (0 for a new one) — and what to say
 * first: slips not put in order yet (numbered as they stand, the inventory came out unsorted under a foreword saying it
 * was), and kept slips past their retention in `currentYear` (their temporary numbers). Refused for the slips as
 * `numberJob` would be (unchecked, sheets missing, none left).
 */
export async function previewJobNumbering(
  db: LuutruDb,
  jobId: string,
  inventories: Inventories,
  currentYear: number,
): Promise<{ ranges: ReadonlyMap<number, { from: number; to: number; count: number }>; last: ReadonlyMap<number, number>; unordered: boolean; expired: number[] }> {
  const job = await getJob(db, jobId);
  if (!job || job.deleted) throw new AppError('job.notFound');
  const slips = await jobSlips(db, jobId);
  const { plan, taken } = await plannedNumbers(db, job.fondsId, slips, inventories);
  return {
    ranges: plan.byInventory,
    last: new Map([...plan.byInventory.keys()].map((inv) => [inv, Math.max(0, ...(taken.get(inv) ?? []))])),
    unordered: stageIndex(job.stage) < stageIndex('number'),
    expired: expiredSlipNumbers(slips, currentYear),
  };
}

/**
 * Final numbering in the job's order (step 13): closes each kept slip with its inventory and
 * hồ sơ số. Refused, listing the temporary numbers, while slips are unchecked or files kept
 * ≥ 20 years have no sheet count.
 */
export async function numberJob(db: LuutruDb, session: Session, jobId: string, inventories: Inventories, today: string): Promise<ReadonlyMap<number, { from: number; to: number; count: number }>> {
  return writeChanges(db, session, { action: 'slip.number', about: ['processingJobs', 'dossiers'] }, ['dossiers', 'processingJobs'], async (c) => {
    const job = await openJob(c, session, jobId);
    c.mention('processingJobs', job);
    const slips = await jobSlips(db, jobId);
    const { plan } = await plannedNumbers(db, job.fondsId, slips, inventories);
    for (const s of slips) {
      const n = plan.numbers.get(s.id);
      if (!n) continue;
      c.updateKnown<DossierFields>('dossiers', s, { ...fieldsOf(s), status: 'closed', closedAt: today, inventoryNumber: n.inventoryNumber, fileNumber: n.fileNumber });
    }
    c.updateKnown<ProcessingJobFields>('processingJobs', job, { ...fieldsOf(job), permanentInventory: inventories.permanent, fixedTermInventory: inventories.fixedTerm, ...(job.stage === undefined || ['intake', 'slips', 'check', 'order', 'number'].includes(job.stage) ? { stage: 'box' as const } : {}) });
    return plan.byInventory;
  });
}

/**
 * Numbering and boxing in one pass (steps 13 and 15 together): each slip is written once with
 * its inventory, hồ sơ số and box — half the writes of the two steps apart, which matters at
 * 20,000 slips. Same rules as `numberJob` and `boxJob`.
 */
export async function numberAndBoxJob(db: LuutruDb, session: Session, jobId: string, inventories: Inventories, capacitySheets: number, today: string): Promise<{ ranges: ReadonlyMap<number, { from: number; to: number; count: number }>; boxes: Box[] }> {
  if (!Number.isInteger(capacitySheets) || capacitySheets < 10 || capacitySheets > 5000) throw new AppError('box.capacityRange', { min: 10, max: 5000 });
  return writeChanges(db, session, { action: 'slip.numberAndBox', about: ['processingJobs', 'boxes', 'dossiers'] }, ['dossiers', 'processingJobs', 'boxes'], async (c) => {
    const job = await openJob(c, session, jobId);
    c.mention('processingJobs', job);
    const slips = await jobSlips(db, jobId);
    const { plan } = await plannedNumbers(db, job.fondsId, slips, inventories);
    const existing = await listBoxes(db, job.fondsId);
    const made: Box[] = [];
    const byId = new Map(slips.map((s) => [s.id, s]));
    for (const inv of [...plan.byInventory.keys()].sort((a, b) => a - b)) {
      const group = [...plan.numbers].filter(([, n]) => n.inventoryNumber === inv).sort((a, b) => a[1].fileNumber - b[1].fileNumber);
      let next = Math.max(0, ...existing.filter((b) => (b.inventoryNumber ?? 0) === inv).map((b) => b.number)) + 1;
      for (const ids of packIntoBoxes(group.map(([id]) => ({ id, sheetCount: byId.get(id)!.sheetCount })), capacitySheets)) {
        const box = c.create('boxes', { unitId: session.unitId, fondsId: job.fondsId, inventoryNumber: inv, number: next++, note: '', jobId }) as Box;
        made.push(box);
        for (const id of ids) {
          const s = byId.get(id)!;
          const n = plan.numbers.get(id)!;
          c.updateKnown<DossierFields>('dossiers', s, { ...fieldsOf(s), status: 'closed', closedAt: today, inventoryNumber: n.inventoryNumber, fileNumber: n.fileNumber, boxId: box.id });
        }
      }
    }
    c.updateKnown<ProcessingJobFields>('processingJobs', job, { ...fieldsOf(job), permanentInventory: inventories.permanent, fixedTermInventory: inventories.fixedTerm, ...(JOB_ORDER_BEFORE_REPORT.includes(job.stage ?? 'intake') ? { stage: 'report' as const } : {}) });
    return { ranges: plan.byInventory, boxes: made };
  });
}

const JOB_ORDER_BEFORE_REPORT: readonly JobStage[] = ['intake', 'slips', 'check', 'order', 'number', 'box'];

/** Boxes the job's numbered slips not in a box yet (per inventory, in number order, never splitting a file). */
export async function boxJob(db: LuutruDb, session: Session, jobId: string, capacitySheets: number): Promise<Box[]> {
  const job = await db.processingJobs.get(jobId);
  ours(session, job);
  return boxNumberedDossiers(db, session, job!.fondsId, capacitySheets, { jobId });
}

export type ShelfPlace = { readonly store: string; readonly rack: string; readonly bay: string; readonly shelf: string };

/** Puts boxes on a shelf (kho, giá, khoang, tầng) — shelving them, or moving them. */
export async function placeBoxes(db: LuutruDb, session: Session, boxIds: readonly string[], place: ShelfPlace): Promise<void> {
  const clean = { store: cleanText(place.store), rack: cleanText(place.rack), bay: cleanText(place.bay), shelf: cleanText(place.shelf) };
  const issues = Object.entries(clean)
    .filter(([, v]) => v.length > PROCESSING_LIMITS.location)
    .map(([field, v]) => ({ field, code: 'text.tooLong', params: { max: PROCESSING_LIMITS.location, length: v.length } }));
  if (issues.length > 0) throw new DossierInvalidError(issues);
  await writeChanges(db, session, { action: 'box.place', detail: boxPlace(clean), about: ['boxes'] }, ['boxes'], async (c) => {
    for (const id of boxIds) {
      const b = await c.get<Record<string, unknown>>('boxes', id);
      if (!b || b.deleted) throw new AppError('record.notFound');
      if (b.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
      const { store: _s, rack: _r, bay: _b, shelf: _h, ...rest } = fieldsOf(b);
      const next: Record<string, unknown> = { ...rest };
      for (const [k, v] of Object.entries(clean)) if (v) next[k] = v;
      c.updateKnown('boxes', b, next);
    }
  });
}

/** Boxes a job filled, by inventory and number. */
export async function jobBoxes(db: LuutruDb, jobId: string): Promise<Box[]> {
  return (await db.boxes.where('jobId').equals(jobId).toArray()).filter((b) => !b.deleted).sort((a, b) => (a.inventoryNumber ?? 0) - (b.inventoryNumber ?? 0) || a.number - b.number);
}

/** What a listed box holds (the files' numbers, years, sheets), for the boxes shown: their own files read, by box. */
export async function boxFigures(db: LuutruDb, boxes: readonly Box[]): Promise<Map<string, BoxContents & { readonly sheets: number }>> {
  if (boxes.length === 0) return new Map();
  const inside = await db.dossiers.where('boxId').anyOf(boxes.map((b) => b.id)).toArray();
  return new Map(
    boxes.map((b) => {
      const mine = inside.filter((d) => d.boxId === b.id && !d.deleted);
      return [b.id, { ...boxContents(b, mine), sheets: mine.reduce((s, d) => s + (d.sheetCount ?? 0), 0) }];
    }),
  );
}

export type ReportInput = { readonly keptMetres: number; readonly discardedByReason: Readonly<Partial<Record<DiscardReason, number>>>; readonly problems: string; readonly foreword?: string };

/** The final report's metres and text: discarded metres add up the reasons; processed = kept + discarded. */
export async function saveReport(db: LuutruDb, session: Session, jobId: string, input: ReportInput, today: string): Promise<ProcessingJob> {
  const byReason: Partial<Record<DiscardReason, number>> = {};
  for (const r of DISCARD_REASONS) if (input.discardedByReason[r] !== undefined) byReason[r] = input.discardedByReason[r];
  const discarded = Math.round(Object.values(byReason).reduce((s, v) => s + (Number.isFinite(v) ? v! : Number.NaN), 0) * 100) / 100;
  return saveJob(
    db,
    session,
    (j) => ({
      ...j,
      keptMetres: input.keptMetres,
      discardedByReason: byReason,
      discardedMetres: discarded,
      processedMetres: Math.min(j.receivedMetres, Math.round((input.keptMetres + discarded) * 100) / 100),
      problems: input.problems,
      ...(input.foreword !== undefined ? { foreword: input.foreword } : {}),
    }),
    today,
    jobId,
  );
}

/** Progress figures of a job (one pass over its slips; shown on the job's overview, not while typing). */
export async function jobProgressOf(db: LuutruDb, jobId: string): Promise<JobProgress | undefined> {
  const job = await db.processingJobs.get(jobId);
  if (!job) return undefined;
  return jobProgress(job, await jobSlips(db, jobId));
}

/** Everything the printed outputs of a job need (see features/processing/print-jobs.ts). */
export async function processingPrintData(db: LuutruDb, jobId: string): Promise<{ unit: UnitProfile; head: Signer; fonds: Fonds; job: ProcessingJob; slips: Dossier[]; boxes: Box[]; docs: Map<string, DocRow[]>; closingLines: readonly string[] }> {
  const job = await db.processingJobs.get(jobId);
  if (!job) throw new AppError('job.notFound');
  const [fonds, unit, slips, boxes, closingLines] = await Promise.all([db.fonds.get(job.fondsId), db.units.get(job.unitId), jobSlips(db, jobId), jobBoxes(db, jobId), getClosingLines(db)]);
  if (!fonds || !unit) throw new AppError('dossier.fondsNotFound');
  // This office's signer on its own papers; another unit's job (seen at the upper level) gets only its kind of title.
  const head = formHead(unit.name, (await getLocalUnitId(db)) === unit.id ? await getSigner(db, unit.name) : undefined);
  return { unit, head, fonds, job, slips, boxes, docs: await docRowsOfFonds(db, fonds.id, unit.name), closingLines };
}

/** Jobs of every unit (the upper level's figures per job). */
export async function allJobs(db: LuutruDb): Promise<ProcessingJob[]> {
  return (await db.processingJobs.toArray()).filter((j) => !j.deleted);
}

/** Layout choices for forms the sources leave open (❓): label size, the cover board's front-leaf place. Local to this PC. */
export type PrintSettings = { readonly labelWidthMm: number; readonly labelHeightMm: number; readonly frontLeafOffsetMm: number };
export const DEFAULT_PRINT_SETTINGS: PrintSettings = { labelWidthMm: 80, labelHeightMm: 120, frontLeafOffsetMm: 420 };
const PRINT_SETTINGS_KEY = 'processingPrint';

export async function getPrintSettings(db: LuutruDb): Promise<PrintSettings> {
  const v = (await db.settings.get(PRINT_SETTINGS_KEY))?.value as Partial<PrintSettings> | undefined;
  return { ...DEFAULT_PRINT_SETTINGS, ...(v && typeof v === 'object' ? v : {}) };
}

export async function setPrintSettings(db: LuutruDb, s: PrintSettings): Promise<void> {
  await db.settings.put({ key: PRINT_SETTINGS_KEY, value: s });
}
