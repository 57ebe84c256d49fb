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
