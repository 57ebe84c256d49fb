/**
 * From a job's records to the inputs of its printed outputs (the PDF worker's jobs): handover
 * records at intake and after processing, slips, covers with their document lists, closing
 * certificates, the discard list and note, the archival inventory per inventory number, the
 * final report, box labels with their QR codes. Pure: the data comes from `processingPrintData`.
 */
import { boxesToLabel, inventoryRows, yearsSpanned, type LabelPick } from '../../core/dossiers/inventory';
import { formatRetention } from '../../core/dossiers/rules';
import type { Box, Dossier, ProcessingJob } from '../../core/dossiers/types';
import { formatDate, formatDecimal, isoDate } from '../../core/format';
import type { DocRow } from '../../core/processing/documents';
import { discardRows, discardSummary } from '../../core/processing/discards';
import { boxLabelEntry, labelsFileSuffix } from '../../core/processing/job';
import { formatPeriod } from '../../core/processing/period';
import { archivesLawBasis } from '../../core/duties/deposit';
import { finalReport } from '../../core/processing/report';
import { classNames, headingLine, schemeEntries } from '../../core/processing/scheme';
import { DISCARD_REASON_TEXT } from '../../core/processing/types';
import type { Fonds, Signer, UnitProfile } from '../../core/unit';
import { placeOfUnit } from '../../core/unit';
import type { PdfJob } from '../../pdf/jobs';
import { DEFAULT_ABBREVIATIONS } from '../../pdf/definitions/archival-inventory';
import { closingOf, coverOf } from '../dossiers/dossier-papers';

export type PrintData = {
  readonly unit: UnitProfile;
  /** Who signs the office's papers (the settings' signer). */
  readonly head?: Signer;
  readonly fonds: Fonds;
  readonly job: ProcessingJob;
  /** Live slips in the job's order. */
  readonly slips: readonly Dossier[];
  readonly boxes: readonly Box[];
  readonly docs: ReadonlyMap<string, readonly DocRow[]>;
  /** The office's wording of the closing certificate (settings; empty: the usual one). */
  readonly closingLines?: readonly string[];
  readonly operator: string;
  readonly date: Date;
};

const metres = (n: number) => formatDecimal(n, 'vi');
const bookUnit = (d: Pick<PrintData, 'unit' | 'head'>) => ({ name: d.unit.name, parentName: d.unit.parentName, place: placeOfUnit(d.unit.name), ...(d.head ? { head: d.head } : {}) });
/** The slips kept (not set aside to discard). */
export const keptSlips = (d: Pick<PrintData, 'slips'>) => d.slips.filter((s) => s.discardReason === undefined);
const period = (s: Dossier) => formatPeriod(s.startDate, s.endDate, s.startPrecision, s.endPrecision);
const ACCESS = { open: 'Sử dụng rộng rãi', restricted: 'Hạn chế sử dụng' } as const;

export function handoverJob(d: PrintData, when: 'intake' | 'after'): PdfJob {
  const j = d.job;
  const r = finalReport(j, d.slips, d.boxes);
  const store = { unit: `${d.unit.name} (kho lưu trữ)`, name: j.handedOverBy ?? '', role: j.handedOverRole ?? '' };
  const team = { unit: 'Người (tổ) chỉnh lý tài liệu', name: j.receivedBy ?? d.operator, role: j.receivedByRole ?? '' };
  return {
    kind: 'handover-record',
    input: {
      unit: bookUnit(d),
      date: d.date,
      title: when === 'intake' ? 'BIÊN BẢN GIAO NHẬN TÀI LIỆU ĐƯA RA CHỈNH LÝ' : 'BIÊN BẢN GIAO NHẬN TÀI LIỆU SAU CHỈNH LÝ',
      // Archive papers handed over for and after processing: under the Law on Archives in force that day and the job's plan
      // (NĐ 30, on the office's văn thư work, was cited).
      basis: [archivesLawBasis(isoDate(d.date)), `Căn cứ kế hoạch chỉnh lý tài liệu "${j.name}",`],
      giver: when === 'intake' ? store : team,
      receiver: when === 'intake' ? team : store,
      batch: `Tài liệu của ${d.fonds.name}${j.receivedFrom ? ` (${j.receivedFrom})` : ''}`,
      period: when === 'intake' ? '' : r.period,
      quantity:
        when === 'intake'
          ? [`Tổng số: ${metres(j.receivedMetres)} mét giá`, ...(j.receivedBundles ? [`${j.receivedBundles} bó, gói`] : []), ...(j.receivedBoxes ? [`${j.receivedBoxes} hộp, cặp`] : [])]
          : [`Tổng số hộp: ${r.boxes}`, `Tổng số hồ sơ: ${r.dossiers} (${r.permanent} vĩnh viễn, ${r.fixedTerm} có thời hạn)`, `Quy ra mét giá: ${metres(r.keptMetres)} mét`],
      condition: when === 'intake' ? (j.intakeCondition ?? '') : 'Tài liệu đã được chỉnh lý hoàn chỉnh, sắp xếp trong hộp, có nhãn hộp.',
      attached: when === 'intake' ? '' : r.inventories.map((n) => `Mục lục hồ sơ số ${n}`).join('; '),
    },
  };
}

/** What a slip set aside to discard says in its note: that it is discarded, why, and in which bundle; then its own note. */
function slipNote(s: Dossier): string {
  if (s.discardReason === undefined) return s.note;
  const mark = `Tài liệu loại: ${DISCARD_REASON_TEXT[s.discardReason]}${s.discardBundle !== undefined ? `, bó số ${s.discardBundle}` : ''}.`;
  return s.note ? `${mark} ${s.note}` : mark;
}

export function slipsJob(d: PrintData, only?: ReadonlySet<string>): PdfJob {
  const boxNo = new Map(d.boxes.map((b) => [b.id, b.number]));
  const headings = classNames(d.job.scheme ?? []);
  return {
    kind: 'description-slips',
    input: {
      archiveName: `Lưu trữ ${d.unit.name}`,
      fondsName: d.fonds.number ? `${d.fonds.name} (phông số ${d.fonds.number})` : d.fonds.name,
      // As they are filed: the numbered files by inventory and file number, those not numbered yet in the job's order, then
      // those set aside to discard, each marked (a discarded slip printed among the others was filed with them).
      slips: [...numberedFiles(d), ...keptSlips(d).filter((s) => s.fileNumber === undefined), ...d.slips.filter((s) => s.discardReason !== undefined)]
        .filter((s) => !only || only.has(s.id))
        .map((s) => ({
          ...(s.discardReason !== undefined ? { discarded: true } : {}),
          ...(s.tempNumber !== undefined ? { tempNumber: s.tempNumber } : {}),
          ...(s.inventoryNumber !== undefined ? { inventoryNumber: s.inventoryNumber } : {}),
          ...(s.boxId && boxNo.has(s.boxId) ? { boxNumber: boxNo.get(s.boxId)! } : {}),
          ...(s.fileNumber !== undefined ? { fileNumber: s.fileNumber } : {}),
          ...(s.sheetCount !== undefined ? { sheets: s.sheetCount } : {}),
          infoCode: (s.classId && headings.get(s.classId)) || s.heading,
          title: s.title,
          annotation: s.annotation ?? '',
          period: period(s),
          language: s.language,
          autographs: s.autographs ?? '',
          retention: formatRetention(s.retention),
          access: ACCESS[s.access],
          condition: s.condition,
          note: slipNote(s),
          // Who wrote it (who changed it last is, after the final numbering, who numbered every slip).
          preparer: s.enteredBy || s.changedBy,
          date: formatDate(s.enteredOn),
        })),
    },
  };
}

/** A job's numbered files in the order of their numbers (inventory, then file): each paper made for them goes into its file without sorting. */
function numberedFiles(d: PrintData): Dossier[] {
  return keptSlips(d)
    .filter((s) => s.fileNumber !== undefined)
    .sort((a, b) => (a.inventoryNumber ?? 0) - (b.inventoryNumber ?? 0) || (a.fileNumber ?? 0) - (b.fileNumber ?? 0));
}

/** A job's numbered files' covers, as the dossiers page prints a year's (dossier-papers.ts). */
export function coversJob(d: PrintData, stock: 'a4' | 'board-650x320', frontLeafOffsetMm?: number): PdfJob {
  return {
    kind: 'file-covers',
    input: {
      dossiers: numberedFiles(d).map((s) => coverOf(s, d.unit, d.fonds, d.docs.get(s.id) ?? [])),
      options: { stock, ...(frontLeafOffsetMm !== undefined ? { frontLeafOffsetMm } : {}) },
    },
  };
}

/** A job's numbered files' closing certificates, as a closed dossier's (dossier-papers.ts). */
export function closingJob(d: PrintData): PdfJob {
  const { name: agencyName, parentName, place } = bookUnit(d);
  return {
    kind: 'closing-certificate',
    // In the covers' order (they came in slip order, inventories mixed: 2.11, 2.12, 1.9…).
    input: { agencyName, parentName, place, lines: d.closingLines ?? [], dossiers: numberedFiles(d).map((s) => closingOf(s, d.fonds, d.docs.get(s.id) ?? [])) },
  };
}

export function discardListJob(d: PrintData): PdfJob {
  return { kind: 'discard-list', input: { unit: bookUnit(d), fondsName: d.fonds.name, rows: discardRows(d.slips), date: d.date, preparer: d.operator } };
}

export function discardNoteJob(d: PrintData): PdfJob {
  return { kind: 'discard-note', input: { unit: bookUnit(d), fondsName: d.fonds.name, history: d.fonds.history, summary: discardSummary(d.slips, d.job.discardedByReason ?? {}), date: d.date, preparer: d.operator } };
}

/** Inventory numbers the job's numbered slips are in. */
export function jobInventories(d: Pick<PrintData, 'slips'>): number[] {
  return [...new Set(d.slips.filter((s) => s.fileNumber !== undefined && s.discardReason === undefined).map((s) => s.inventoryNumber!))].sort((a, b) => a - b);
}

export function inventoryJob(d: PrintData, inventory: number): PdfJob {
  const inside = keptSlips(d).filter((s) => s.inventoryNumber === inventory && s.fileNumber !== undefined).sort((a, b) => a.fileNumber! - b.fileNumber!);
  const rows = inventoryRows(inside, d.boxes);
  // The classification's headings as lines over the first file of each.
  const entries = schemeEntries(d.job.scheme ?? []);
  const byId = new Map(entries.map((e) => [e.node.id, e]));
  const before = new Map<number, string[]>();
  let shown: string[] = [];
  inside.forEach((s, i) => {
    const e = s.classId ? byId.get(s.classId) : undefined;
    if (!e) return;
    const chain = entries.filter((x) => e.path === x.path || e.path.startsWith(`${x.path}.`));
    const lines = chain.map((x) => headingLine(x));
    const fresh = lines.filter((l, k) => shown[k] !== l);
    if (fresh.length) before.set(i, lines.slice(lines.length - fresh.length));
    shown = lines;
  });
  const years = yearsSpanned(inside);
  const permanent = inside.every((s) => s.retention === 'permanent');
  return {
    kind: 'archival-inventory',
    input: {
      unit: bookUnit(d),
      archiveName: `Lưu trữ ${d.unit.name}`,
      fonds: { name: d.fonds.name, number: d.fonds.number },
      inventoryNumber: inventory,
      kind: permanent ? 'vĩnh viễn' : 'có thời hạn',
      ...years,
      foreword: d.job.foreword ?? '',
      abbreviations: DEFAULT_ABBREVIATIONS,
      // Số TT is the file's number in the inventory (the job's files go on after those it held: 9–13 printed as 1–5 beside them).
      rows: rows.map((r) => ({ ...r, ordinal: r.fileNumber ?? r.ordinal, notation: r.notation || String(r.fileNumber ?? '') })),
      headingsBefore: before,
      date: d.date,
      preparer: d.operator,
    },
  };
}

/**
 * "Thời gian thực hiện: từ … đến …": from the intake (else the job's start), to its end — the day printed
 * once the job is finished, a blank to fill by hand before (the print date read as if the work had ended).
 */
function reportPeriod(d: PrintData): { intakeDate: string; endDate: string } {
  const end = d.job.endDate ?? (d.job.stage === 'done' || d.job.status === 'done' ? isoDate(d.date) : undefined);
  return { intakeDate: formatDate(d.job.intakeDate ?? d.job.startDate), endDate: formatDate(end) };
}

export function reportJob(d: PrintData): PdfJob {
  const report = finalReport(d.job, d.slips, d.boxes);
  // Only what was made: covers and closing certificates once files are numbered, labels once boxes are filled.
  const numbered = report.inventories.length > 0;
  const made = numbered && report.boxes > 0 ? ['Bìa hồ sơ, chứng từ kết thúc và nhãn hộp'] : numbered ? ['Bìa hồ sơ và chứng từ kết thúc'] : report.boxes > 0 ? ['Nhãn hộp'] : [];
  const tools = [...report.inventories.map((n) => `Mục lục hồ sơ số ${n} (03 bản)`), ...(report.discardedItems ? ['Danh mục tài liệu loại và thuyết minh'] : []), `Cơ sở dữ liệu ${d.slips.length} phiếu tin`, ...made];
  return { kind: 'processing-report', input: { unit: bookUnit(d), date: d.date, jobName: d.job.name, fondsName: d.fonds.name, ...reportPeriod(d), report, tools, problems: d.job.problems ?? '', preparer: d.operator } };
}

/** The labels of the job's boxes, or of one inventory's, numbered `from`–`to` (either end open; refused when none is there: core `boxesToLabel`). */
export function labelsJob(d: PrintData, size: { widthMm: number; heightMm: number; startSlot: number }, pick: LabelPick = {}): PdfJob {
  return {
    kind: 'box-labels',
    input: {
      fondsName: d.fonds.name,
      fondsNumber: d.fonds.number,
      boxes: boxesToLabel(d.boxes, pick).map((b) => boxLabelEntry(b, d.slips, { adminCode: d.unit.adminCode, fondsNumber: d.fonds.number })),
      options: size,
    },
  };
}

/** The file name of a job's labels: "nhan-hop", and which boxes when only some are printed ("nhan-hop-ml1-hop-2"). */
export function labelsFileName(d: PrintData, pick: LabelPick = {}): string {
  return `nhan-hop${labelsFileSuffix(boxesToLabel(d.boxes, pick), d.boxes.length)}`;
}
