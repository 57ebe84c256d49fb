/** Importing an old Excel register: pick a file, map columns, dry run, import all or nothing. */
import type { Register } from '../../db/register-records';

export function ImportRegisterDialog(_props: { register: Register; onClose: () => void }) {
  return null;
}
