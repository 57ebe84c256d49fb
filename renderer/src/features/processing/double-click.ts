/**
 * A slip opens on one click on its row, as Enter opens it (one click only selected it: a clerk clicked a slip and
 * nothing opened). A clerk used to the double-click it once took still gives one: its second click lands on the
 * drawer's mask, just put over the list, and closed the drawer as soon as it opened. Such a click is not a close.
 */

/** Longer than the time between the two clicks of a double-click (Windows allows up to 500 ms by default). */
export const DOUBLE_CLICK_MS = 500;

/** A close asked of a drawer: a click or a key, on its mask or elsewhere (its ×, its close button). */
export type CloseAsked = { readonly type: string; readonly onMask: boolean };

/** Whether a close asked `sinceOpened` ms after the drawer opened is the second click of the double-click that opened it. */
export function secondClickOfOpening(close: CloseAsked, sinceOpened: number): boolean {
  return close.type === 'click' && close.onMask && sinceOpened < DOUBLE_CLICK_MS;
}
