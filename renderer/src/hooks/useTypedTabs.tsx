/**
 * A drawer whose tabs may hold typing not saved (a progress note, a reason, the close form's dates, a part to split
 * off): which tabs do, and the way back to it. Closing the drawer over it asks first (useAskBeforeDropping), and so may
 * leaving the page (useLeaveGuard); answered "Quay lại" or "Ở lại", the tab holding it is shown again and the cursor
 * is in its field, at the end of the text. A clerk who typed a note, went to another tab and pressed Esc stayed on that
 * tab after "Quay lại", the note out of sight; after "Ở lại" the cursor was left on the drawer.
 */
import { useCallback, useMemo, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { fieldIn, isField, labelText, returnToField, tabToReturnTo, typedParts, type TypedPart } from './typed-tabs';
import { useLeaveGuard } from './useLeaveGuard';

/** `action`: the label of the tab's button that uses what is typed there ("Gộp phiếu"); the questions name it. */
type TabItem = { readonly key: string; readonly label?: ReactNode; readonly children?: ReactNode; readonly action?: string };

/**
 * `show`: shows a tab of the drawer (its Tabs' `activeKey` setter). Each tab that may hold typing reports it through
 * `report(key)` (a child's `onTyped`, stable for the drawer's life), with the button that uses it where the child
 * knows better than the tab (adding a document or saving its correction); `items` goes round the drawer's tab items,
 * to know their order, names and buttons, and the field each last had the cursor in (typed in, or put there by a refusal).
 */
export function useTypedTabs(show: (key: string) => void) {
  // Each tab holding typing, with the button its content said uses it (none: the tab's own).
  const [typedTabs, setTypedTabs] = useState<ReadonlyMap<string, string | undefined>>(() => new Map());
  const latest = useRef({ typedTabs, show });
  latest.current = { typedTabs, show };
  const order = useRef<readonly string[]>([]);
  // Kept for a tab no longer shown too (its typing is still named by its name, not its key).
  const named = useRef(new Map<string, TypedPart>());
  const panes = useRef(new Map<string, HTMLElement>());
  const lastField = useRef(new Map<string, HTMLElement>());
  const reporters = useRef(new Map<string, (typed: boolean, action?: string) => void>());
  const paneRefs = useRef(new Map<string, (el: HTMLElement | null) => void>());

  const report = useCallback((key: string) => {
    let r = reporters.current.get(key);
    if (!r) {
      r = (typed: boolean, action?: string) =>
        setTypedTabs((s) => {
          if (typed) return s.has(key) && s.get(key) === action ? s : new Map(s).set(key, action);
          if (!s.has(key)) return s;
          const next = new Map(s);
          next.delete(key);
          return next;
        });
      reporters.current.set(key, r);
    }
    return r;
  }, []);

  /** Back to the typing: the first tab holding some, the cursor in its field. */
  const back = useCallback(() => {
    const key = tabToReturnTo(order.current, latest.current.typedTabs);
    if (key === undefined) return;
    latest.current.show(key);
    returnToField(() => fieldIn(panes.current.get(key), lastField.current.get(key)));
  }, []);

  const paneRef = useCallback((key: string) => {
    let r = paneRefs.current.get(key);
    if (!r) {
      r = (el: HTMLElement | null) => void (el ? panes.current.set(key, el) : panes.current.delete(key));
      paneRefs.current.set(key, r);
    }
    return r;
  }, []);

  /** The drawer's tab items, each one's content held in a box (no box of its own on screen) that knows its last field. */
  const items = useCallback(<T extends TabItem>(tabs: readonly T[]): Omit<T, 'action'>[] => {
    order.current = tabs.map((tab) => tab.key);
    for (const tab of tabs) {
      const name = labelText(tab.label);
      named.current.set(tab.key, { ...(name ? { name } : {}), ...(tab.action ? { action: tab.action } : {}) });
    }
    return tabs.map(({ action: _action, ...tab }) => {
      const remember = (e: SyntheticEvent) => void (e.target instanceof HTMLElement && isField(e.target) && lastField.current.set(tab.key, e.target));
      return {
        ...tab,
        children: (
          <div style={{ display: 'contents' }} ref={paneRef(tab.key)} onFocusCapture={remember} onInputCapture={remember}>
            {tab.children}
          </div>
        ),
      };
    });
  }, [paneRef]);

  // Leaving the page over typing asks too, naming its tabs; "Ở lại" comes back to it (the browser's Back left a dossier's
  // or a slip's reason behind unasked: only the entry's progress note was guarded).
  const where = typedParts(order.current, typedTabs, named.current);
  const key = where && JSON.stringify(where);
  // The same parts kept from one render to the next while they say the same (the leave guard and `typed` change with them only).
  const parts = useMemo(() => (key === undefined ? undefined : (JSON.parse(key) as TypedPart[])), [key]);
  useLeaveGuard(parts, () => back());

  return useMemo(
    () => ({
      /** Where something is typed: the tabs holding it and their buttons (closing asks first, naming them, as leaving does); none when nothing is. */
      typed: parts,
      report,
      back,
      items,
    }),
    [parts, report, back, items],
  );
}
