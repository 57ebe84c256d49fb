/**
 * Windowing a list of fixed-height rows that may be taller than a browser lets an element be
 * (Chromium stops near 33.5 million px: a million 46 px rows is 46 million). Up to `maxPx` the
 * scroll area is the list's true height; beyond it the area is `maxPx` tall and a scroll
 * position maps proportionally onto the list, so the last row is still reached by scrolling.
 * Pure arithmetic: the table renders the rows `first..last` at `top(i)`.
 */

/** Tallest scroll area used (well under Chromium's limit). */
export const MAX_SCROLL_PX = 10_000_000;

export type WindowGeometry = {
  readonly count: number;
  readonly rowHeight: number;
  /** Height of the visible part of the list. */
  readonly viewport: number;
  readonly maxPx?: number;
};

/** Height of the scroll area. */
export function scrollHeight(g: WindowGeometry): number {
  return Math.min(g.count * g.rowHeight, g.maxPx ?? MAX_SCROLL_PX);
}

/** How far the scroll area and the list itself can move. */
function ranges(g: WindowGeometry): { real: number; virtual: number } {
  return { real: Math.max(0, scrollHeight(g) - g.viewport), virtual: Math.max(0, g.count * g.rowHeight - g.viewport) };
}

/** Where in the list (px from its top) the viewport starts, for a scroll position. */
export function listOffset(g: WindowGeometry, scrollTop: number): number {
  const { real, virtual } = ranges(g);
  if (real === 0) return 0;
  return (Math.min(Math.max(0, scrollTop), real) / real) * virtual;
}

export type RowWindow = {
  /** First and last (inclusive) row to render; last < first when there is none. */
  readonly first: number;
  readonly last: number;
  /** First and last (inclusive) row at least partly on screen. */
  readonly visibleFirst: number;
  readonly visibleLast: number;
  /** Top of row i inside the scroll area. */
  top(i: number): number;
};

export function rowWindow(g: WindowGeometry, scrollTop: number, overscan = 6): RowWindow {
  if (g.count === 0) return { first: 0, last: -1, visibleFirst: 0, visibleLast: -1, top: () => 0 };
  const offset = listOffset(g, scrollTop);
  const visibleFirst = Math.min(g.count - 1, Math.floor(offset / g.rowHeight));
  const visibleLast = Math.min(g.count - 1, Math.max(visibleFirst, Math.ceil((offset + g.viewport) / g.rowHeight) - 1));
  const shift = Math.min(Math.max(0, scrollTop), ranges(g).real) - offset;
  return {
    first: Math.max(0, visibleFirst - overscan),
    last: Math.min(g.count - 1, visibleLast + overscan),
    visibleFirst,
    visibleLast,
    top: (i) => i * g.rowHeight + shift,
  };
}

/** The scroll position that brings row `index` fully on screen, moving as little as needed. */
export function scrollTopFor(g: WindowGeometry, scrollTop: number, index: number): number {
  const { real, virtual } = ranges(g);
  if (real === 0 || virtual === 0) return 0;
  const offset = listOffset(g, scrollTop);
  const rowTop = index * g.rowHeight;
  let next = offset;
  if (rowTop < offset) next = rowTop;
  else if (rowTop + g.rowHeight > offset + g.viewport) next = rowTop + g.rowHeight - g.viewport;
  if (next === offset) return scrollTop;
  // Rounded so that the row still lies within the viewport once the browser keeps whole pixels.
  const exact = (Math.min(next, virtual) / virtual) * real;
  return next < offset ? Math.floor(exact) : Math.ceil(exact);
}
