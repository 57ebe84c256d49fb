/**
 * The upper level's statistics per unit as an .xlsx table (the bars of the overview, as figures an
 * archivist can sort, add to a report and print): one row per unit, a total row under them. Figures
 * are real numbers; a unit that has written no backlog figure leaves those cells empty, not 0. The
 * totals are sums in the sheet (a figure corrected there changes its total), in bold.
 */
import type { OriginOverview } from '../core/bundle/overview';
import type { Holdings } from '../core/dossiers/inventory';
import { FIRST_ROW, rowsToXlsx, type XlsxValue } from './write-workbook';

export type UnitStatsRow = {
  readonly name: string;
  readonly incomingDocs: number;
  readonly outgoingDocs: number;
  readonly registers: number;
  readonly holdings: Holdings | undefined;
};

/**
 * The units' rows of the sheet from the overview's (`rows`, in their order): each named as the page names it (`names`,
 * core `overviewUnitNames`: two units of one name told apart by their codes), else by its row's name.
 */
export function unitStatsRows(
  rows: readonly Pick<OriginOverview, 'unitId' | 'name' | 'counts'>[],
  holdings: ReadonlyMap<string, Holdings>,
  names: ReadonlyMap<string, string>,
): UnitStatsRow[] {
  return rows.map((r) => ({ name: names.get(r.unitId) ?? r.name, incomingDocs: r.counts.incomingDocs ?? 0, outgoingDocs: r.counts.outgoingDocs ?? 0, registers: r.counts.registers ?? 0, holdings: holdings.get(r.unitId) }));
}

/** Headers of the figures, in the UI language (the unit column first). */
export type UpperStatsHeaders = {
  readonly unit: string;
  readonly incomingDocs: string;
  readonly outgoingDocs: string;
  readonly registers: string;
  readonly dossiers: string;
  readonly boxes: string;
  readonly metres: string;
  readonly backlogReceived: string;
  readonly backlogProcessed: string;
  readonly backlogRemaining: string;
  readonly total: string;
  /** The sheet's name (at most 31 characters). */
  readonly sheet: string;
};

/** Whether the unit has written any backlog figure (a job received): without one its backlog is not known, not nil. */
export function hasBacklog(h: Holdings | undefined): boolean {
  return (h?.backlogReceivedMetres ?? 0) > 0 || (h?.backlogProcessedMetres ?? 0) > 0;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The sheet's rows: one per unit in the order given, an empty row (sorting the units in Excel leaves the totals out),
 * then the totals (backlog totals over the units that have one).
 */
export function upperStatsRows(units: readonly UnitStatsRow[], totalLabel: string): XlsxValue[][] {
  const rows = units.map((u): XlsxValue[] => {
    const h = u.holdings;
    const backlog = hasBacklog(h) ? [round(h!.backlogReceivedMetres), round(h!.backlogProcessedMetres), round(h!.backlogRemainingMetres)] : [null, null, null];
    return [u.name, u.incomingDocs, u.outgoingDocs, u.registers, h?.dossiers ?? 0, h?.boxes ?? 0, round(h?.metres ?? 0), ...backlog];
  });
  const sum = (i: number) => round(rows.reduce((s, r) => s + (typeof r[i] === 'number' ? r[i] : 0), 0));
  const anyBacklog = units.some((u) => hasBacklog(u.holdings));
  return [...rows, [], [totalLabel, sum(1), sum(2), sum(3), sum(4), sum(5), sum(6), ...(anyBacklog ? [sum(7), sum(8), sum(9)] : [null, null, null])]];
}

/** The totals row as sums over the units' rows of the sheet (columns B…), each with the value it has now. */
function totalsAsSums(rows: XlsxValue[][], units: number): XlsxValue[][] {
  if (units === 0) return rows;
  const totals = rows.at(-1)!;
  const last = FIRST_ROW + units - 1;
  const sums = totals.map((v, i) => {
    if (i === 0 || typeof v !== 'number') return v;
    const col = String.fromCharCode(65 + i);
    return { formula: `SUM(${col}${FIRST_ROW}:${col}${last})`, result: v };
  });
  return [...rows.slice(0, -1), sums];
}

export async function upperStatsToXlsx(title: string, headers: UpperStatsHeaders, units: readonly UnitStatsRow[], created?: Date): Promise<Uint8Array> {
  const figure = (header: string) => ({ header, width: Math.max(12, Math.min(24, header.length + 2)) });
  const rows = totalsAsSums(upperStatsRows(units, headers.total), units.length);
  return rowsToXlsx(
    title,
    [
      { header: headers.unit, width: 40 },
      figure(headers.incomingDocs),
      figure(headers.outgoingDocs),
      figure(headers.registers),
      figure(headers.dossiers),
      figure(headers.boxes),
      figure(headers.metres),
      figure(headers.backlogReceived),
      figure(headers.backlogProcessed),
      figure(headers.backlogRemaining),
    ],
    rows,
    { sheetName: headers.sheet, strongRows: [rows.length - 1], ...(created ? { created } : {}) },
  );
}
