/**
 * What the import worker sends the page, kept light: the first rows of each sheet (to pick
 * the header row) and, of the dry run, per row only what the table shows — status, number,
 * a clipped summary, the messages — plus the uncertain cells. A 100,000-row plan stays in
 * the worker for the import itself.
 */
import type { FieldIssue } from '../../core/errors';
import {
  detectHeaderRow,
  importableIncomingRows,
  importableOutgoingRows,
  type HeaderDetection,
  type ImportKind,
  type ImportRow,
  type ImportRowStatus,
  type ImportTotals,
  type RegisterImportMapping,
  type RegisterImportPlan,
  type UncertainSummary,
} from '../../core/register-import';
import { typeAndSummary } from '../../core/registers/register-book';
import type { SheetData } from '../../spreadsheet/read-workbook';

/** Rows of a sheet shown to pick the header (it is looked for in the first 40). */
const PREVIEW_ROWS = 40;
const PREVIEW_COLUMNS = 20;
const PREVIEW_CHARS = 100;
const SUMMARY_CHARS = 300;

export type SheetSummary = {
  readonly name: string;
  readonly hidden: boolean;
  /** Rows up to the last with a value (0: an empty sheet). */
  readonly rowCount: number;
  /** The first rows, texts clipped. */
  readonly preview: readonly ImportRow[];
  /** The header row found, if any. */
  readonly header?: HeaderDetection;
};

export type PlanRowView = {
  readonly rowNumber: number;
  readonly status: ImportRowStatus;
  readonly number?: number;
  readonly summary: string;
  readonly issues: readonly FieldIssue[];
  readonly warnings: readonly FieldIssue[];
};

export type PlanView = {
  readonly kind: ImportKind;
  readonly totals: ImportTotals;
  readonly issues: readonly FieldIssue[];
  readonly lastNumber: number;
  /** Every row but the skipped ones, in sheet order. */
  readonly rows: readonly PlanRowView[];
  readonly uncertain: UncertainSummary;
  /** Rows the import writes, without and with the possible duplicates. */
  readonly importable: { readonly withoutDuplicates: number; readonly withDuplicates: number };
};

/** The dry run kept in the worker for the import. */
export type StoredPlan = { readonly plan: RegisterImportPlan; readonly mapping: RegisterImportMapping; readonly signature: string; readonly registerId: string };

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

export function sheetSummary(sheet: SheetData, kind: ImportKind): SheetSummary {
  const preview = sheet.rows.slice(0, PREVIEW_ROWS).map((r) => ({
    rowNumber: r.rowNumber,
    cells: r.cells.slice(0, PREVIEW_COLUMNS).map((c) => ({ text: clip(c.text, PREVIEW_CHARS), raw: null })),
  }));
  const header = detectHeaderRow(sheet.rows, { kind });
  return { name: sheet.name, hidden: sheet.hidden, rowCount: sheet.rows.length, preview, ...(header ? { header } : {}) };
}

function importableCount(plan: RegisterImportPlan, includeDuplicates: boolean): number {
  return plan.kind === 'incoming' ? importableIncomingRows(plan, { includeDuplicates }).length : importableOutgoingRows(plan, { includeDuplicates }).length;
}

export function planView(plan: RegisterImportPlan, uncertain: UncertainSummary): PlanView {
  const rows: PlanRowView[] = [];
  const numberOf = (r: RegisterImportPlan['rows'][number]): number | undefined => {
    if (!r.input) return undefined;
    return plan.kind === 'incoming' ? (r.input as { arrivalNumber?: number }).arrivalNumber : (r.input as { number?: number }).number;
  };
  for (const r of plan.rows as readonly RegisterImportPlan['rows'][number][]) {
    if (r.status === 'empty') continue;
    const input = r.input;
    const number = numberOf(r);
    rows.push({
      rowNumber: r.rowNumber,
      status: r.status,
      ...(number === undefined ? {} : { number }),
      summary: input ? clip(typeAndSummary(input.typeName, input.summary), SUMMARY_CHARS) : '',
      issues: r.issues,
      warnings: r.warnings,
    });
  }
  return {
    kind: plan.kind,
    totals: plan.totals,
    issues: plan.issues,
    lastNumber: plan.lastNumber,
    rows,
    uncertain,
    importable: { withoutDuplicates: importableCount(plan, false), withDuplicates: importableCount(plan, true) },
  };
}
