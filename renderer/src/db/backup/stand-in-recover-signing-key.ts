/**
 * STAND-IN — delete after `git merge main` once the lead's `recoverSigningKey` lands in
 * db/exchange/keys.ts, and import it from there instead (same signature).
 * The real function makes a new key AND marks that the next bundle must announce a key
 * recovery; this stand-in only makes the new key, so restore can be built and tested now.
 */
import type { LuutruDb } from '../schema';
import { ensureSigningKey } from '../exchange/keys';

export async function recoverSigningKey(
  db: LuutruDb,
  unitId: string,
  _info: { readonly backupCreatedAt: string; readonly lastExportSequence: number },
): Promise<void> {
  await ensureSigningKey(db, unitId);
}
