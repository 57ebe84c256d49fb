/**
 * Keys an archivist would not trust (its words differed from the sending unit's paper, or no file was expected from
 * it): kept, with who refused it, when and why, so that a file signed with it again is met with what was decided — a
 * refusal left no trace, and the next file of the same key asked afresh. The record and its rules; each store keeps them
 * its own way (a setting on IndexedDB, db/exchange/keys.ts; a table on PostgreSQL, archive/trust.ts).
 */
import { AppError } from '../errors';
import { cleanText } from '../text';
import { jwkThumbprint } from './keys';
import type { PublicJwk } from './schema';

export type KeyRefusal = {
  readonly kid: string;
  readonly unitId: string;
  readonly originName: string;
  readonly adminCode: string;
  readonly refusedAt: string;
  readonly refusedBy: string;
  readonly reason: string;
};

const REASON_MAX = 500;

/** A refusal's reason tidied (one line, spaces folded); refused when empty (who reads the list later must know why). */
function refusalReason(reason: string): string {
  const r = cleanText(reason);
  if (!r) throw new AppError('keys.refuse.reasonRequired');
  return r.slice(0, REASON_MAX);
}

/** The refusal of a unit's key by `refusedBy` at `now`, its reason tidied (refused when empty). */
export async function newRefusal(
  params: { readonly unitId: string; readonly originName: string; readonly adminCode: string; readonly jwk: PublicJwk; readonly reason: string },
  refusedBy: string,
  now: Date,
): Promise<KeyRefusal> {
  const reason = refusalReason(params.reason);
  return { kid: await jwkThumbprint(params.jwk), unitId: params.unitId, originName: params.originName, adminCode: params.adminCode, refusedAt: now.toISOString(), refusedBy, reason };
}
