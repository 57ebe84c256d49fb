// A slip's row opens the slip on one click, as Enter does (one click only selected it; a clerk expected it to open). A
// clerk used to the double-click the list once took still gives one: its second click lands on the mask of the drawer
// just opened, and must not close it; a click on the mask later, Esc or the drawer's × close it as before.
import { describe, expect, it } from 'vitest';
import { DOUBLE_CLICK_MS, secondClickOfOpening } from '../../renderer/src/features/processing/double-click';

describe('the slip drawer opened by a click on its row', () => {
  it('stays open under the second click of a double-click, on its mask', () => {
    expect(secondClickOfOpening({ type: 'click', onMask: true }, 180)).toBe(true);
    expect(secondClickOfOpening({ type: 'click', onMask: true }, DOUBLE_CLICK_MS - 1)).toBe(true);
  });

  it('closes on a click on its mask once the double-click is over', () => {
    expect(secondClickOfOpening({ type: 'click', onMask: true }, DOUBLE_CLICK_MS)).toBe(false);
    expect(secondClickOfOpening({ type: 'click', onMask: true }, 4000)).toBe(false);
  });

  it('closes at once on Esc or its ×, however soon', () => {
    expect(secondClickOfOpening({ type: 'keydown', onMask: false }, 50)).toBe(false);
    expect(secondClickOfOpening({ type: 'click', onMask: false }, 50)).toBe(false);
  });
});
