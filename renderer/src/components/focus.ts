/**
 * Whether the person is busy in a field already: typing in a text box, or with a list open.
 * A form that appears once its data is read (late on a slow or busy PC) must not take the cursor
 * then: taking it closed the list the clerk had just opened, and the click did nothing. A list
 * closed after a pick is not busy: the form that the pick brings may take the cursor.
 */
export function personBusyInField(): boolean {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active.offsetParent === null) return false;
  if (active.matches('[role=combobox]')) return active.getAttribute('aria-expanded') === 'true';
  return active.matches('input, textarea, [contenteditable=true]');
}

/**
 * Puts the cursor on what `find` returns once it is on the page and enabled — the next step after an
 * action, which appears or is enabled only when its data is read again — trying for about three seconds,
 * and leaving it be if the person has meanwhile put the cursor somewhere (not on the page, on a
 * button the action disabled, or in a dialog or confirmation on screen now, which is closing).
 */
export function focusWhenReady(find: () => HTMLElement | null | undefined, tries = 60): void {
  const closing = [...document.querySelectorAll('.ant-modal-wrap, .ant-popover')].filter((o) => o.getClientRects().length > 0);
  // What had the cursor when the action ran (its button): still there, it is not the person's new choice — on a busy
  // PC the page may not have disabled or removed it yet when the first try runs (it gave up then, the cursor left there).
  const trigger = document.activeElement;
  const idle = () => {
    const active = document.activeElement;
    return !active || active === document.body || active === trigger || (active as HTMLButtonElement).disabled === true || !active.isConnected || closing.some((o) => o.contains(active));
  };
  const settle = (left: number) => {
    if (!idle()) return;
    const el = find();
    if (el && !(el as HTMLButtonElement).disabled) el.focus();
    else if (left > 0) setTimeout(() => settle(left - 1), 50);
  };
  setTimeout(() => settle(tries), 0);
}

/**
 * Whether the cursor is nowhere a key reaches: on the page itself, on an element gone from it, or on one no longer shown
 * (a menu item or a dialog's button after they closed). Then Enter, Tab from there and Escape did nothing the clerk meant.
 */
export function focusLost(): boolean {
  const active = document.activeElement;
  return !(active instanceof HTMLElement) || active === document.body || !active.isConnected || active.getClientRects().length === 0;
}

/** The overlays an output goes through on its way (a menu, a dialog, a confirmation), all closing once it runs. */
const PASSING_OVERLAYS = '.ant-dropdown, .ant-modal-wrap, .ant-popover';

/**
 * Puts the cursor on `el` (the button that started an output) just before a print preview opens, which gives the cursor
 * back on closing to what had it when it opened: when the cursor was lost meanwhile, or is still in a menu or dialog the
 * output went through, closing. Never when the clerk has put it somewhere on the page meanwhile (a book takes seconds to
 * lay out: they may be typing the next entry).
 */
export function focusBackOn(el: HTMLElement | null | undefined): void {
  if (!el?.isConnected) return;
  const active = document.activeElement;
  if (focusLost() || (active instanceof HTMLElement && active.closest(PASSING_OVERLAYS) !== null)) el.focus({ preventScroll: true });
}

/** The band at the top of the window where antd's messages ("Chưa lưu: còn … ô chưa đúng") are shown. */
const MESSAGE_BAND = 96;

/**
 * Puts the cursor in a field a refusal marked with its label and the message under it in sight: left where it is
 * when the whole field shows below the messages' band, else brought to the middle of the window. The browser's own
 * scroll put the input at the window's top edge, its label and the row's other labels above it, under the red message.
 */
export function focusShowingField(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  const item = el.closest<HTMLElement>('.ant-form-item') ?? el;
  const box = item.getBoundingClientRect();
  if (box.top >= MESSAGE_BAND && box.bottom <= window.innerHeight) return;
  item.scrollIntoView({ block: 'center' });
}

/**
 * `found` with the confirmation (antd Popconfirm) just opened, once it is drawn and placed — tried over a few frames:
 * antd draws a popup far above the page (top −1000vh) until it is aligned with its button.
 */
function whenConfirmShown(found: (popup: HTMLElement) => void): void {
  const settle = (left: number) => {
    const popup = [...document.querySelectorAll<HTMLElement>('.ant-popconfirm')].filter((p) => p.getClientRects().length > 0 && !p.closest('.ant-popover-hidden')).at(-1);
    if (popup && popup.getBoundingClientRect().top > -window.innerHeight) found(popup);
    else if (left > 0) requestAnimationFrame(() => settle(left - 1));
  };
  requestAnimationFrame(() => settle(20));
}

/**
 * Puts the cursor on the first button, "Quay lại", of the confirmation just opened: Enter keeps things as they are, Tab
 * reaches the one that confirms (from the button that asked, Tab went on to the page and closed the question
 * unanswered). Moved without scrolling the page.
 */
export function focusConfirmBack(): void {
  whenConfirmShown((popup) => popup.querySelector<HTMLElement>('.ant-popconfirm-buttons button')?.focus({ preventScroll: true }));
}

/**
 * The cursor on the action of the confirmation just opened (its last button), and the confirmation brought into view
 * where it stands: antd's own autoFocus focused the button before the popup was placed, which scrolled the page to its
 * top and left the question below the window — a second Enter then answered a question never seen.
 */
export function focusConfirmAction(): void {
  whenConfirmShown((popup) => {
    popup.querySelector<HTMLElement>('.ant-popconfirm-buttons button:last-child')?.focus({ preventScroll: true });
    popup.scrollIntoView({ block: 'nearest' });
  });
}

/** What Tab stops on inside a dialog. */
const TABBABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Tab on a dialog's (or drawer's) last stop goes round to its first (Shift+Tab on the first goes to the last, as antd
 * does). antd holds the cursor in an open dialog by pulling it back when it lands on the page behind; past the last
 * button of the page there is nothing to land on, so one Tab took the cursor out of the page — nowhere on screen, the
 * next Enter did nothing — before the next brought it back. Installed once, for every dialog and drawer of the app.
 */
export function keepTabInDialogs(): void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Tab') return;
    const active = document.activeElement;
    // A list open under the box: its Tab is the list's (it takes the option and keeps the cursor there).
    if (active?.getAttribute('aria-expanded') === 'true') return;
    // A confirmation popped over its button (antd holds none: Tab left it for the page, where a second one opened beside
    // it) goes round both ways; a dialog or drawer forwards only (antd takes Shift+Tab round itself).
    const popped = active instanceof HTMLElement ? active.closest<HTMLElement>('.ant-popover') : null;
    if (e.shiftKey && !popped) return;
    const dialog = popped ?? (active instanceof HTMLElement ? active.closest<HTMLElement>('.ant-modal-wrap, .ant-drawer') : null);
    if (!dialog) return;
    const stops = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && el.tabIndex >= 0);
    const [from, to] = e.shiftKey ? [stops[0], stops[stops.length - 1]] : [stops[stops.length - 1], stops[0]];
    if (!from || !to || from !== active) return;
    e.preventDefault();
    to.focus();
  };
  window.addEventListener('keydown', onKey, true);
}

