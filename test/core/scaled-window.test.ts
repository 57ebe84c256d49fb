// Windowing fixed-height rows, also past the height a browser lets an element be: which rows
// are drawn where, and where to scroll so that a row chosen with the keyboard is on screen.
import { describe, expect, it } from 'vitest';
import { MAX_SCROLL_PX, rowWindow, scrollHeight, scrollTopFor } from '../../renderer/src/core/scaled-window';

const small = { count: 100, rowHeight: 46, viewport: 460 };
const million = { count: 1_000_000, rowHeight: 46, viewport: 520 };

describe('scaled window', () => {
  it('a short list scrolls by its true height and draws the rows on screen plus a margin', () => {
    expect(scrollHeight(small)).toBe(4600);
    const w = rowWindow(small, 460, 2);
    expect([w.visibleFirst, w.visibleLast, w.first, w.last]).toEqual([10, 19, 8, 21]);
    expect(w.top(10)).toBe(460);
  });

  it('an empty list draws nothing', () => {
    const w = rowWindow({ ...small, count: 0 }, 0);
    expect(w.last).toBeLessThan(w.first);
  });

  it('a million rows fit a scroll area under the browser limit, and its bottom shows the last row at the bottom', () => {
    expect(scrollHeight(million)).toBe(MAX_SCROLL_PX);
    const bottom = MAX_SCROLL_PX - million.viewport;
    const w = rowWindow(million, bottom);
    expect(w.visibleLast).toBe(999_999);
    // Drawn where the viewport is: the last row's bottom is the viewport's bottom.
    expect(w.top(999_999) + 46).toBeCloseTo(bottom + million.viewport, 6);
    const top = rowWindow(million, 0);
    expect([top.visibleFirst, top.top(0)]).toEqual([0, 0]);
  });

  it('the keyboard brings a row on screen with the least scrolling, also in a scaled list', () => {
    expect(scrollTopFor(small, 0, 5)).toBe(0);
    expect(scrollTopFor(small, 0, 10)).toBe(46);
    expect(scrollTopFor(small, 460, 3)).toBe(138);
    for (const index of [0, 1, 500_000, 999_998, 999_999]) {
      const st = scrollTopFor(million, 0, index);
      const w = rowWindow(million, st);
      expect(w.visibleFirst).toBeLessThanOrEqual(index);
      expect(w.visibleLast).toBeGreaterThanOrEqual(index);
      // Fully on screen: the row's top and bottom lie within the viewport.
      expect(w.top(index) - st).toBeGreaterThanOrEqual(0);
      expect(w.top(index) + 46 - st).toBeLessThanOrEqual(million.viewport);
    }
  });
});
