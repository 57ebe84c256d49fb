/**
 * Errors a person sees. Core code throws `AppError` with a stable code (for tests
 * and logs) and parameters; the UI turns the code into a Vietnamese (or English)
 * sentence from the i18n catalogue `errors.<code>`.
 */

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** One problem with one field of a form or an imported row. */
export type FieldIssue = {
  readonly field: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
};

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Issues from the form and from the repository, one per field (the form's first: it says what was typed wrong). */
export function mergeIssues(form: readonly FieldIssue[], saved: readonly FieldIssue[]): FieldIssue[] {
  const seen = new Set(form.map((i) => i.field));
  return [...form, ...saved.filter((i) => !seen.has(i.field))];
}
