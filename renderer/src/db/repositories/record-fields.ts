/** A stored record's own fields, without the envelope every replicated record carries. */
const META = ['id', 'origin', 'clock', 'deleted', 'deletedReason', 'changedBy'] as const;

/** The fields of a stored record, without its envelope (to write it again changed). */
export function fieldsOf<T extends object>(r: T): Omit<T, (typeof META)[number]> {
  const out: Record<string, unknown> = { ...(r as Record<string, unknown>) };
  for (const k of META) delete out[k];
  return out as Omit<T, (typeof META)[number]>;
}
