import type { TFunction } from 'i18next';

/** A table's name for people: the storage list's own, else the archive duties' (loans showed as "loans", "loanItems"). */
export function storageLabel(t: TFunction, name: string): string {
  return t([`tables.${name}`, `table.${name}`], { defaultValue: name });
}
