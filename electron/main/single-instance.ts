/**
 * One instance of the desktop app (a clerk double-clicks the icon twice): the second start
 * quits and the first window comes to the front. The decision is pure and tested in Node.
 */
export type FocusableWindow = { isDestroyed(): boolean; isMinimized(): boolean; restore(): void; show(): void; focus(): void };

/** Brings the first window back: restored if minimised, shown and focused. False when there is none. */
export function focusFirstWindow(windows: readonly FocusableWindow[]): boolean {
  const win = windows.find((w) => !w.isDestroyed());
  if (!win) return false;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  return true;
}
