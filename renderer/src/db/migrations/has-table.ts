import type { Transaction } from 'dexie';

/**
 * Whether the schema version being upgraded to has `name`. An upgrade transaction spans every
 * object store of the database, but Dexie lets a step touch only the tables of its own version
 * (a table added later — dossierDocs in v7 — is refused in the v6 step).
 */
export function hasTable(tx: Transaction, name: string): boolean {
  try {
    tx.table(name);
    return true;
  } catch {
    return false;
  }
}
