/**
 * One action message on screen at a time: a refusal said again (Enter pressed three times) or a
 * success after it replaces the one shown (they stacked over the form's fields). Each message gets
 * a key of its own and the one before is closed: a message opened again under the key of one still
 * on screen was never shown (the retention schedule's refusal, found by its e2e test; 429e013).
 */
import type { App } from 'antd';

type MessageApi = ReturnType<typeof App.useApp>['message'];

let shown = 0;

/** The key for the next action message; the one shown before is closed. */
export function nextMessageKey(message: MessageApi): string {
  if (shown > 0) message.destroy(`action-message-${shown}`);
  return `action-message-${++shown}`;
}
