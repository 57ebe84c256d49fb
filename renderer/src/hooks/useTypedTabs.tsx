/**
 * A drawer whose tabs may hold typing not saved (a progress note, a reason, the close form's dates, a part to split
 * off): which tabs do, and the way back to it. Closing the drawer over it asks first (useAskBeforeDropping), and so may
 * leaving the page (useLeaveGuard); answered "Quay lại" or "Ở lại", the tab holding it is shown again and the cursor
 * is in its field, at the end of the text. A clerk who typed a note, went to another tab and pressed Esc stayed on that
 * tab after "Quay lại", the note out of sight; after "Ở lại" the cursor was left on the drawer.
 */
import { useCallback, useMemo, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { fieldIn, isField, returnToField, tabToReturnTo, typedWhere } from './typed-tabs';
import { useLeaveGuard } from './useLeaveGuard';

type TabItem = { readonly key: string; readonly label?: ReactNode; readonly children?: ReactNode };

/**
 * `show`: shows a tab of the drawer (its Tabs' `activeKey` setter). Each tab that may hold typing reports it through
 * `report(key)` (a child's `onTyped`, stable for the drawer's life); `items` goes round the drawer's tab items, to know
 * their order and the field each last had the cursor in (typed in, or put there by a refusal).
 */
export function useTypedTabs(show: (key: string) => void) {
  const [typedTabs, setTypedTabs] = useState<ReadonlySet<string>>(() => new Set());
  const latest = useRef({ typedTabs, show });
  latest.current = { typedTabs, show };
  const order = useRef<readonly string[]>([]);
  const labels = useRef(new Map<string, string>());
  const panes = useRef(new Map<string, HTMLElement>());
  const lastField = useRef(new Map<string, HTMLElement>());
  const reporters = useRef(new Map<string, (typed: boolean) => void>());
  const paneRefs = useRef(new Map<string, (el: HTMLElement | null) => void>());

  const report = useCallback((key: string) => {
    let r = reporters.current.get(key);
    if (!r) {
      r = (typed: boolean) => setTypedTabs((s) => (s.has(key) === typed ? s : typed ? new Set([...s, key]) : new Set([...s].filter((k) => k !== key))));
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
  const items = useCallback(<T extends TabItem>(tabs: readonly T[]): T[] => {
    order.current = tabs.map((tab) => tab.key);
    labels.current = new Map(tabs.flatMap((tab) => (typeof tab.label === 'string' ? [[tab.key, tab.label] as const] : [])));
    return tabs.map((tab) => {
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
  const where = typedWhere(order.current, typedTabs, labels.current);
  useLeaveGuard(where, () => back());

  return useMemo(
    () => ({
      /** Where something is typed: the names of the tabs holding it (closing asks first, naming them, as leaving does); none when nothing is. */
      typed: where,
      report,
      back,
      items,
    }),
    [where, report, back, items],
  );
}
