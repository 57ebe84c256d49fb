/**
 * The way back to what a clerk typed and has not saved, once a question about it was answered "Quay lại" (closing the
 * drawer over it) or "Ở lại" (leaving the page over it): the tab holding it shown, the cursor in its field at the end of
 * the text. The choices are pure (which tab, where the caret goes); `returnToField` puts the cursor there.
 */

/** The tab to go back to: the first tab, in the order shown, that holds typing; none when no tab shown holds any. */
export function tabToReturnTo(order: readonly string[], typed: ReadonlySet<string>): string | undefined {
  return order.find((k) => typed.has(k));
}

/**
 * Where the typing is, as both questions name it — closing the drawer ("Đóng và bỏ…") and leaving the page ("Có thay
 * đổi chưa lưu"), each saying "Những gì vừa gõ ở {{what}} chưa được lưu": the names of the tabs holding it, in the order
 * shown (one with no name by its key, as one not shown), "A, B". None when no tab holds any. The close question said
 * "ở đây" while the leave question named the tab.
 */
export function typedWhere(order: readonly string[], typed: ReadonlySet<string>, labels: ReadonlyMap<string, string>): string | undefined {
  if (typed.size === 0) return undefined;
  const keys = [...order.filter((k) => typed.has(k)), ...[...typed].filter((k) => !order.includes(k))];
  return keys.map((k) => labels.get(k) ?? k).join(', ');
}

/** A field the caret can be put in: a text box's `value` and `setSelectionRange` (a date or number box refuses it). */
export type CaretField = { readonly value: string; setSelectionRange(start: number, end: number): void };

/** Puts the caret after the last character typed (the field keeps where it last was otherwise: the start, once refilled). */
export function caretAtEnd(field: CaretField): void {
  const end = field.value.length;
  try {
    field.setSelectionRange(end, end);
  } catch {
    // An input type with no caret (number, date): the cursor in it is enough.
  }
}

/** Where typing goes. */
const FIELD = 'input:not([disabled]):not([type="hidden"]):not([readonly]), textarea:not([disabled]):not([readonly]), [contenteditable="true"]';

const shown = (el: Element) => el.isConnected && el.getClientRects().length > 0;

/** Whether typing goes into `el` (a text box, not a button or a tab). */
export const isField = (el: Element): boolean => el.matches(FIELD);

/**
 * The field holding the typing in `pane`: the one the cursor was last in there (typed in, or put in by a refusal), while
 * it is there, else the pane's first field.
 */
export function fieldIn(pane: HTMLElement | undefined, last: HTMLElement | undefined): HTMLElement | undefined {
  if (!pane) return undefined;
  if (last && pane.contains(last) && isField(last)) return last;
  return pane.querySelector<HTMLElement>(FIELD) ?? undefined;
}

/**
 * Puts the cursor in the field `find` gives, at the end of its text, once it is shown (its tab is shown a render or two
 * later), trying each frame for about a second. The question that asked has closed without giving the cursor back to
 * what held it on asking (`focusTriggerAfterClose: false`), so nothing takes it away again.
 */
export function returnToField(find: () => HTMLElement | undefined, frames = 60): void {
  const place = (left: number) => {
    const el = find();
    if (el && shown(el)) {
      el.focus({ preventScroll: true });
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) caretAtEnd(el);
      el.scrollIntoView({ block: 'nearest' });
    } else if (left > 0) requestAnimationFrame(() => place(left - 1));
  };
  requestAnimationFrame(() => place(frames));
}
