/**
 * Headings kept with the rows they head: a page never ends on a list's heading — a section's
 * heading with the column titles, or a heading line across the table ("II. ĐỊA CHÍNH - XÂY DỰNG",
 * "1. Kế hoạch, báo cáo") — followed by fewer than `KEPT_ROWS` of its rows, the rest of them on the
 * next page (a consolidated inventory ended a page on a unit's heading and one of its files).
 *
 * The table's head (its header rows, repeated on every page) is kept with its first rows by pdfmake's
 * `keepWithHeaderRows`. A heading line further down is a row like the others, which pdfmake cannot keep
 * with the next; so it and the rows it keeps are laid out as ONE row of the table (kept whole, as every
 * row is: `dontBreakRows`) holding a table of its own with the same columns, drawn so that it reads as
 * rows of the list. `pageBreakBefore` could move such a heading instead, but pdfmake then lays the whole
 * document out again for each heading it moves: a 5,000-file inventory took three times as long.
 */
import type { CustomTableLayout, Size, Table, TableCell } from 'pdfmake/interfaces';

/** Rows of a list kept under its heading (all of them when it heads fewer). */
export const KEPT_ROWS = 3;

/** A row of a list under a table's head: a heading across the table (`heading`: its rank, 0 the highest), or a row of the list. */
export type ListRow = { readonly cells: readonly TableCell[]; readonly heading?: number };

/**
 * Index of the last row kept with the heading at `at` (-1: the table's head): its first `KEPT_ROWS`
 * rows up to the next heading of its rank or higher, and under every heading among them what that one
 * keeps (`ends`, filled from the last row up). Heading lines one after another are kept together.
 */
function keptUntil(rows: readonly ListRow[], at: number, ends: readonly number[]): number {
  const rank = at < 0 ? -Infinity : (rows[at]!.heading ?? 0);
  let end = at;
  let count = 0;
  for (let i = at + 1; i < rows.length; i++) {
    const h = rows[i]!.heading;
    if (count >= KEPT_ROWS && i > end) break;
    if (h === undefined) {
      count++;
      end = Math.max(end, i);
    } else if (h <= rank && count > 0) break;
    else end = Math.max(end, ends[i] ?? i);
  }
  return end;
}

/**
 * The layout of a heading's block inside a row of the list: the list's own, without the rules around it
 * (the list draws those), so that its columns' rules and text fall where the list's do.
 */
function blockLayout(layout: CustomTableLayout): CustomTableLayout {
  return {
    ...layout,
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : (layout.hLineWidth?.(i, node) ?? 1)),
    vLineWidth: (i, node) => (i === 0 || i === (node.table.body[0]?.length ?? 0) ? 0 : (layout.vLineWidth?.(i, node) ?? 1)),
  };
}

/**
 * The `table` of a list: `head` (header rows, repeated on every page) over `rows`, in `widths`, ruled
 * by `layout` (its paddings the same for every cell). The head is kept with its first rows; a heading
 * further down, with the rows it keeps, is one row holding them (see above). Every row is kept whole.
 */
export function keptTable(head: readonly (readonly TableCell[])[], rows: readonly ListRow[], widths: readonly Size[], layout: CustomTableLayout): Table {
  const ends: number[] = [];
  for (let i = rows.length - 1; i >= 0; i--) ends[i] = rows[i]!.heading === undefined ? i : keptUntil(rows, i, ends);
  const headEnd = keptUntil(rows, -1, ends);
  const n = widths.length;
  const body: TableCell[][] = head.map((r) => [...r]);
  let keep = 0;
  for (let i = 0; i < rows.length; ) {
    const end = rows[i]!.heading === undefined ? i : ends[i]!;
    if (end === i) body.push([...rows[i]!.cells]);
    else {
      const block: Table = { widths: [...widths], body: rows.slice(i, end + 1).map((r) => [...r.cells]) };
      const pad = (f: CustomTableLayout['paddingLeft']) => -(f?.(0, { table: block }) ?? 0);
      // The list's paddings taken back: the block's first column starts where the list's does, its rows where a row's text would.
      const cell = { colSpan: n, table: block, layout: blockLayout(layout), margin: [pad(layout.paddingLeft), pad(layout.paddingTop), pad(layout.paddingRight), pad(layout.paddingBottom)] };
      body.push([cell as TableCell, ...Array.from({ length: n - 1 }, (): TableCell => '')]);
    }
    if (i <= headEnd) keep++;
    i = end + 1;
  }
  return { headerRows: head.length, keepWithHeaderRows: keep, dontBreakRows: true, widths: [...widths], body };
}
