/**
 * The directories of other units' records, kept between imports (in the exchange worker: an
 * archivist taking in 50 communes one after another reads the directories once, not 50 times).
 *
 * Correctness first: a kept directory is used only while the database's foreign generation is the
 * one it was read at. Every write of other units' records (db/changes.ts, inside its transaction)
 * sets a new random generation; anything that replaces the data otherwise (a sample removed, a
 * backup restored: every table cleared) leaves none, and without a generation nothing is kept. The
 * generation is read in the same transaction as the directories it vouches for, so a directory
 * kept here was read at exactly that state. A directory is lent to one import at a time; one that
 * was being written when its transaction failed is dropped.
 */
import { newId } from '../../core/ids';
import type { LuutruDb } from '../schema';
import { ForeignStore, type ForeignDirectory } from './foreign-store';

/** The settings key of the generation (a random id, never a counter: a restored old value must not match by chance). */
export const FOREIGN_GENERATION_KEY = 'foreignGeneration';

type Kept = { readonly generation: string; readonly directory: ForeignDirectory; lent: boolean };
const kept = new WeakMap<LuutruDb, Kept>();

/** The generation of other units' data now (undefined: unknown, nothing may be kept). Call inside the transaction that reads them. */
export async function foreignGeneration(db: LuutruDb): Promise<string | undefined> {
  const row = await db.settings.get(FOREIGN_GENERATION_KEY);
  return typeof row?.value === 'string' ? row.value : undefined;
}

/** Marks other units' data as changed (inside the transaction that changes them); returns the new generation. */
export async function nextForeignGeneration(db: LuutruDb): Promise<string> {
  const generation = newId();
  await db.settings.put({ key: FOREIGN_GENERATION_KEY, value: generation });
  return generation;
}

/** Forgets the generation (after other units' data was replaced outside the one write path). */
export async function forgetForeignGeneration(db: LuutruDb): Promise<void> {
  await db.settings.delete(FOREIGN_GENERATION_KEY);
}

/**
 * A store over the directory kept for `generation` when there is one and nobody else holds it,
 * otherwise over a fresh directory (read from the database as needed). Give it back with
 * `keepForeignStore` or `dropForeignStore`.
 */
export function lendForeignStore(db: LuutruDb, generation: string | undefined): ForeignStore {
  const k = kept.get(db);
  if (k && !k.lent && generation !== undefined && k.generation === generation) {
    k.lent = true;
    return new ForeignStore(db, k.directory);
  }
  return new ForeignStore(db);
}

/** Keeps what `store` knows as the directory of `generation` (the state its transaction committed, or read). */
export function keepForeignStore(db: LuutruDb, store: ForeignStore, generation: string | undefined): void {
  const k = kept.get(db);
  // A lent directory comes back only through its borrower; another store does not replace it meanwhile.
  if (k?.lent && k.directory !== store.directory) return;
  if (generation === undefined) kept.delete(db);
  else kept.set(db, { generation, directory: store.directory, lent: false });
}

/** Drops what `store` knows (its transaction failed: its directory may hold writes that never happened). */
export function dropForeignStore(db: LuutruDb, store: ForeignStore): void {
  if (kept.get(db)?.directory === store.directory) kept.delete(db);
}
