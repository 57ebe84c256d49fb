/**
 * AppErrors across a worker boundary. Comlink sends a thrown Error as its message and name
 * only, so a worker's AppError would reach the page without its code and params, and the
 * clerk would read "unknown error" instead of the sentence that says what to do. Both sides
 * call `shareAppErrors()` (the page through worker-handle.ts, each worker in its own module):
 * an AppError then arrives as an AppError, with its `issues` when it has some (a refused
 * import lists the rows).
 */
import { transferHandlers, type TransferHandler } from 'comlink';
import { AppError, type FieldIssue } from '../core/errors';

type Sent = { readonly appError: true; readonly code: string; readonly params: Readonly<Record<string, string | number>>; readonly issues?: readonly FieldIssue[] };

function isSent(v: unknown): v is Sent {
  return typeof v === 'object' && v !== null && (v as { appError?: unknown }).appError === true;
}

let shared = false;

/** Makes AppErrors thrown in a worker arrive whole (idempotent). */
export function shareAppErrors(): void {
  if (shared) return;
  shared = true;
  const base = transferHandlers.get('throw') as TransferHandler<unknown, unknown>;
  transferHandlers.set('throw', {
    canHandle: (v): v is unknown => base.canHandle(v),
    serialize(thrown) {
      const value = (thrown as { value?: unknown }).value;
      if (!(value instanceof AppError)) return base.serialize(thrown);
      const issues = (value as { issues?: unknown }).issues;
      const sent: Sent = { appError: true, code: value.code, params: { ...value.params }, ...(Array.isArray(issues) ? { issues: issues as FieldIssue[] } : {}) };
      return [sent, []];
    },
    deserialize(serialized) {
      if (!isSent(serialized)) return base.deserialize(serialized);
      throw Object.assign(new AppError(serialized.code, serialized.params), serialized.issues ? { issues: serialized.issues } : {});
    },
  });
}

/** The row issues of a refused import, whether thrown here or in a worker. */
export function issuesOf(e: unknown): readonly FieldIssue[] | undefined {
  const issues = e instanceof AppError ? (e as { issues?: unknown }).issues : undefined;
  return Array.isArray(issues) ? (issues as FieldIssue[]) : undefined;
}
