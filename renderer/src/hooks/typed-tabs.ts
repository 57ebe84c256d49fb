/**
 * The way back to what a clerk typed and has not saved, once a question about it was answered "Quay lại" (closing the
 * drawer over it) or "Ở lại" (leaving the page over it): the tab holding it shown, the cursor in its field at the end of
 * the text; and where the typing is and what uses it, as both questions say it. The choices are pure (which tab, where
 * the caret goes, the words); `returnToField` puts the cursor there.
 */
import { isValidElement, type ReactNode } from 'react';
import type { TFunction } from 'i18next';

/** The tab to go back to: the first tab, in the order shown, that holds typing; none when no tab shown holds any. */
export function tabToReturnTo(order: readonly string[], typed: { has(key: string): boolean }): string | undefined {
  return order.find((k) => typed.has(k));
}

/**
 * A part of a screen holding typing not saved, as the questions name it: a drawer's tab or a settings section by its
 * name (none: a tab with no name in words), and the button that uses what was typed there ("Gộp phiếu", "Thêm văn
 * bản"; none: its save button).
 */
export type TypedPart = { readonly name?: string; readonly action?: string };

/**
 * The parts holding typing: the tabs `typed` names, in the order shown (one no longer shown after them), each by its
 * name and its action — the one its content reported (`typed`'s value: a documents tab adding or correcting), else the
 * tab's own (`tabs`). None when no tab holds any.
 */
export function typedParts(order: readonly string[], typed: ReadonlyMap<string, string | undefined>, tabs: ReadonlyMap<string, TypedPart>): TypedPart[] | undefined {
  if (typed.size === 0) return undefined;
  const keys = [...order.filter((k) => typed.has(k)), ...[...typed.keys()].filter((k) => !order.includes(k))];
  return keys.map((k) => {
    const tab = tabs.get(k);
    const action = typed.get(k) ?? tab?.action;
    return { ...(tab?.name ? { name: tab.name } : {}), ...(action ? { action } : {}) };
  });
}

/**
 * A tab's name in words, from its label: the text of an icon-and-words label too; none for a label with no words (the
 * question then says "một thẻ của khung này", never the tab's key: it said "follow").
 */
export function labelText(label: ReactNode): string | undefined {
  const text = (node: ReactNode): string => {
    if (typeof node === 'string' || typeof node === 'number') return String(node);
    if (Array.isArray(node)) return node.map(text).join('');
    if (isValidElement<{ children?: ReactNode }>(node)) return text(node.props.children);
    return '';
  };
  const words = text(label).replace(/\s+/g, ' ').trim();
  return words || undefined;
}

/** A name or a button's label as the questions quote it. */
const quoted = (text: string) => `“${text}”`;

/**
 * What the questions say of typing not saved — closing the drawer ("Đóng và bỏ…") and leaving the page ("Có thay đổi
 * chưa lưu"): `what`, where it is ("“Gộp phiếu”, “Văn bản trong hồ sơ”"), and `how`, the button that uses it in each
 * part ("“Gộp phiếu”", "“Thêm văn bản” ở “Văn bản trong hồ sơ”"). Both said "bấm Lưu" where the button was "Gộp phiếu"
 * or "Xóa phiếu": a button not there. A part with no button named says its save button; parts all with the same, once.
 */
export function typedQuestionWords(t: TFunction, parts: readonly TypedPart[]): { what: string; how: string } {
  const name = (p: TypedPart) => (p.name ? quoted(p.name) : t('app.typedUnnamedTab'));
  const button = (p: TypedPart) => (p.action ? quoted(p.action) : t('app.typedSaveButton'));
  const what = parts.map(name).join(', ');
  const buttons = new Set(parts.map(button));
  if (parts.length === 1 || buttons.size === 1) {
    const [only] = buttons;
    return { what, how: parts.length === 1 ? only! : t('app.typedActionEach', { action: only }) };
  }
  // A button named as its tab ("Xóa phiếu" on "Xóa phiếu") is said once.
  const how = parts.map((p) => (p.action && p.action === p.name ? quoted(p.action) : t('app.typedActionIn', { action: button(p), where: name(p) }))).join(', ');
  return { what, how };
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
