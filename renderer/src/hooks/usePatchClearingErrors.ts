/**
 * A form draft's `patch` that also takes away the red mark of each field whose value it changes,
 * as the clerk corrects it (a stale "Thời hạn bảo quản chưa đúng" stayed under "Vĩnh viễn" until the
 * next save). A field written back as it was keeps its mark (settling a heading writes the retention
 * back unchanged). One rule for the register, dossier and slip forms.
 */
import { useCallback, type Dispatch, type SetStateAction } from 'react';

type FieldErrors = Record<string, string>;

/** The errors without those of `fields` (the same object when none of them has one, so React skips a render). */
export function withoutErrors(fields: readonly string[]): (errors: FieldErrors) => FieldErrors {
  return (e) => (fields.some((k) => k in e) ? Object.fromEntries(Object.entries(e).filter(([k]) => !fields.includes(k))) : e);
}

export function usePatchClearingErrors<T extends object>(
  draft: { readonly patch: (fields: Partial<T>) => void; readonly read: () => T },
  setErrors: Dispatch<SetStateAction<FieldErrors>>,
  /** The error's name for a form field, where they differ (the slip's heading box fills `classId`). Stable (module-level). */
  errorKeyOf: (field: string) => string = (field) => field,
): (fields: Partial<T>) => void {
  const { patch, read } = draft;
  return useCallback(
    (fields: Partial<T>) => {
      const before = read();
      patch(fields);
      const changed = (Object.keys(fields) as (keyof T & string)[]).filter((k) => fields[k] !== before[k]).map(errorKeyOf);
      setErrors(withoutErrors(changed));
    },
    [patch, read, setErrors, errorKeyOf],
  );
}
