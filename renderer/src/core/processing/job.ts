/**
 * A processing job as a workflow for one fonds: its intake (step 1: date, metres, bundles and
 * boxes received, condition, where from, who handed over and who received), the stage it is
 * in, the inventory's foreword drafted from the fonds history and the job's figures, and the
 * code printed as a QR on each box label.
 */
import type { FieldIssue } from '../errors';
import { boxContents, type BoxContents } from '../dossiers/inventory';
import { isIsoDate } from '../registers/dates';
import { numberRange } from '../registers/numbering';
import { validateProcessingJob } from '../dossiers/rules';
import { DOSSIER_LIMITS, type Box, type Dossier, type ProcessingJobFields } from '../dossiers/types';
import { validateScheme } from './scheme';
import { DISCARD_REASONS, JOB_STAGES, PROCESSING_LIMITS, type JobStage } from './types';
import type { FinalReport } from './report';
import { dateIssue } from '../typed-date';

const long = (issues: FieldIssue[], field: string, v: string | undefined, max: number) => {
  if ((v ?? '').length > max) issues.push({ field, code: 'text.tooLong', params: { max, length: (v ?? '').length } });
};

/** The job rules (name, metres) plus the intake, scheme and report fields. */
export function validateJob(j: ProcessingJobFields, today: string): FieldIssue[] {
  const issues = validateProcessingJob(j);
  if (j.stage !== undefined && !(JOB_STAGES as readonly string[]).includes(j.stage)) issues.push({ field: 'stage', code: 'job.stageInvalid' });
  if (j.intakeDate !== undefined) {
    if (!isIsoDate(j.intakeDate)) issues.push(dateIssue('intakeDate', j.intakeDate));
    else if (j.intakeDate > today) issues.push({ field: 'intakeDate', code: 'job.intakeInFuture' });
  }
  for (const f of ['receivedBundles', 'receivedBoxes'] as const) {
    const v = j[f];
    if (v !== undefined && (!Number.isInteger(v) || v < 0 || v > PROCESSING_LIMITS.maxBundles)) issues.push({ field: f, code: 'register.count.rangeFromZero', params: { max: PROCESSING_LIMITS.maxBundles } });
  }
  long(issues, 'intakeCondition', j.intakeCondition, PROCESSING_LIMITS.intakeCondition);
  long(issues, 'receivedFrom', j.receivedFrom, PROCESSING_LIMITS.place);
  for (const f of ['handedOverBy', 'receivedBy'] as const) long(issues, f, j[f], PROCESSING_LIMITS.person);
  for (const f of ['handedOverRole', 'receivedByRole'] as const) long(issues, f, j[f], PROCESSING_LIMITS.role);
  long(issues, 'foreword', j.foreword, PROCESSING_LIMITS.foreword);
  long(issues, 'problems', j.problems, PROCESSING_LIMITS.problems);
  if (j.scheme) issues.push(...validateScheme(j.scheme));
  // A figure that does not read as a number ("1.125": one thousand or one point one?) says so, not that it is too large.
  if (j.keptMetres !== undefined && !Number.isFinite(j.keptMetres)) issues.push({ field: 'keptMetres', code: 'job.metresRange', params: { max: DOSSIER_LIMITS.maxMetres } });
  else if (j.keptMetres !== undefined && (j.keptMetres < 0 || (!issues.some((i) => i.field === 'receivedMetres') && j.keptMetres > j.receivedMetres)))
    issues.push({ field: 'keptMetres', code: 'job.keptOverReceived' });
  for (const r of DISCARD_REASONS) {
    const v = j.discardedByReason?.[r];
    if (v !== undefined && (!Number.isFinite(v) || v < 0 || v > j.receivedMetres)) issues.push({ field: `discarded-${r}`, code: 'job.metresRange', params: { max: j.receivedMetres } });
  }
  const receivedOk = !issues.some((i) => i.field === 'receivedMetres');
  if (receivedOk && (j.keptMetres ?? 0) + j.discardedMetres > j.receivedMetres + 1e-9) issues.push({ field: 'keptMetres', code: 'job.keptAndDiscardedOverReceived' });
  for (const f of ['permanentInventory', 'fixedTermInventory'] as const) {
    const v = j[f];
    if (v !== undefined && (!Number.isInteger(v) || v < 1 || v > 999)) issues.push({ field: f, code: v === 0 ? 'register.count.zero' : 'register.count.range', params: { max: 999 } });
  }
  return issues;
}

/** The next stage after `stage` ('done' stays). */
export function nextStage(stage: JobStage): JobStage {
  const i = JOB_STAGES.indexOf(stage);
  return JOB_STAGES[Math.min(JOB_STAGES.length - 1, i + 1)]!;
}

export function stageIndex(stage: JobStage | undefined): number {
  return JOB_STAGES.indexOf(stage ?? 'intake');
}

/**
 * A draft of the inventory's foreword (lời nói đầu, TCN 04:1997): the history of the body and of
 * the fonds as the office recorded it, then what this job received, kept and discarded, and how
 * the list is arranged. The archivist edits it; it is only a start.
 */
/** The four parts of an inventory's foreword (lời nói đầu), in the order the draft writes them. */
export const FOREWORD_PARTS = ['1. Lịch sử đơn vị hình thành phông và lịch sử phông', '2. Tình hình tài liệu trước khi chỉnh lý', '3. Kết quả chỉnh lý', '4. Cách sắp xếp mục lục'] as const;

export function forewordDraft(input: {
  readonly unitName: string;
  readonly fondsName: string;
  readonly fondsHistory: string;
  readonly job: Pick<ProcessingJobFields, 'receivedMetres' | 'intakeDate'>;
  readonly report: Pick<FinalReport, 'keptMetres' | 'discardedMetres' | 'dossiers' | 'permanent' | 'fixedTerm' | 'boxes' | 'period'> & Partial<Pick<FinalReport, 'discardedItems'>>;
  readonly headings: readonly string[];
  readonly metres: (n: number) => string;
}): string {
  const { report, metres } = input;
  // Items set aside with their metres not typed yet: left blank to fill in (it said "0 mét giá" beside them), and counted.
  const items = report.discardedItems ?? 0;
  const discarded = items > 0 ? `${report.discardedMetres > 0 ? metres(report.discardedMetres) : '……'} mét giá (${items} tập)` : `${metres(report.discardedMetres)} mét giá`;
  const history = input.fondsHistory.trim() || `${input.unitName} … (ghi lịch sử đơn vị hình thành phông và lịch sử phông).`;
  const paragraphs = [
    `${FOREWORD_PARTS[0]}\n${history}`,
    `${FOREWORD_PARTS[1]}\nKhối tài liệu của ${input.fondsName} đưa ra chỉnh lý gồm ${metres(input.job.receivedMetres)} mét giá, ở dạng bó, gói chưa được phân loại, lập hồ sơ.`,
    `${FOREWORD_PARTS[2]}\nSau chỉnh lý còn ${metres(report.keptMetres)} mét giá, gồm ${report.dossiers} hồ sơ (${report.permanent} hồ sơ bảo quản vĩnh viễn, ${report.fixedTerm} hồ sơ bảo quản có thời hạn) trong ${report.boxes} hộp; thời gian tài liệu ${report.period || '…'}. Tài liệu loại ra: ${discarded}.`,
    `${FOREWORD_PARTS[3]}\nHồ sơ được sắp xếp theo phương án phân loại: ${input.headings.join('; ') || '…'}. Trong mỗi nhóm, hồ sơ được sắp xếp theo thời gian.`,
  ];
  return paragraphs.join('\n\n');
}

/**
 * What a box label's QR code says: unit (administrative code), fonds number, inventory, box and
 * the box's id, as a short line a phone or a scanner reads back (and search can find by id).
 * "LUUTRU-HOP|DV:12345|PH:15|ML:1|HOP:3|ID:0190…"
 */
export function boxCode(input: { readonly adminCode: string; readonly fondsNumber: string; readonly inventoryNumber?: number | string; readonly boxNumber: number; readonly boxId: string }): string {
  const clean = (s: string | number | undefined) => String(s ?? '').replace(/[|:]/g, ' ').trim();
  return `LUUTRU-HOP|DV:${clean(input.adminCode)}|PH:${clean(input.fondsNumber)}|ML:${clean(input.inventoryNumber)}|HOP:${input.boxNumber}|ID:${input.boxId}`;
}

/** One box label as both prints make it (a fonds' boxes, a job's): what the box holds, its inventory, and its code for the QR. */
export function boxLabelEntry(box: Box, dossiers: readonly Dossier[], owner: { readonly adminCode: string; readonly fondsNumber: string }): BoxContents & { readonly inventoryNumber?: number; readonly code: string } {
  return {
    ...boxContents(box, dossiers),
    ...(box.inventoryNumber !== undefined ? { inventoryNumber: box.inventoryNumber } : {}),
    code: boxCode({ adminCode: owner.adminCode, fondsNumber: owner.fondsNumber, ...(box.inventoryNumber !== undefined ? { inventoryNumber: box.inventoryNumber } : {}), boxNumber: box.number, boxId: box.id }),
  };
}

/** What a print of some of the boxes only adds to its file name ("-ml2-hop-3-5"), so a reprint is not saved over the whole set; '' for all. */
export function labelsFileSuffix(picked: readonly Pick<Box, 'number' | 'inventoryNumber'>[], all: number): string {
  if (picked.length === all || picked.length === 0) return '';
  const inventories = [...new Set(picked.map((b) => b.inventoryNumber))];
  const { min, max } = numberRange(picked.map((x) => x.number))!;
  return `${inventories.length === 1 && inventories[0] !== undefined ? `-ml${inventories[0]}` : ''}-hop-${min === max ? min : `${min}-${max}`}`;
}

/** Reads a box code back (the e2e test and a scanner in the store room); undefined when it is not one. */
export function parseBoxCode(text: string): { adminCode: string; fondsNumber: string; inventoryNumber: string; boxNumber: number; boxId: string } | undefined {
  const parts = text.split('|');
  if (parts[0] !== 'LUUTRU-HOP') return undefined;
  const f = new Map(parts.slice(1).map((p) => [p.slice(0, p.indexOf(':')), p.slice(p.indexOf(':') + 1)] as const));
  const box = Number(f.get('HOP'));
  if (!Number.isInteger(box) || !f.get('ID')) return undefined;
  return { adminCode: f.get('DV') ?? '', fondsNumber: f.get('PH') ?? '', inventoryNumber: f.get('ML') ?? '', boxNumber: box, boxId: f.get('ID')! };
}
