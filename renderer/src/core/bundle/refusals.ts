/**
 * Keys an archivist would not trust (its words differed from the sending unit's paper, or no file was expected from
 * it): kept, with who refused it, when and why, so that a file signed with it again is met with what was decided — a
 * refusal left no trace, and the next file of the same key asked afresh. The same list on IndexedDB and PostgreSQL (a
 * setting each: a few rows, read by key).
 */
import { AppError } from '../errors';
import { cleanText } from '../text';

export const KEY_REFUSALS_KEY = 'keyRefusals';

export type KeyRefusal = {
  readonly kid: string;
  readonly unitId: string;
  readonly originName: string;
  readonly adminCode: string;
  readonly refusedAt: string;
  readonly refusedBy: string;
  readonly reason: string;
};

/** The newest refusals kept (a handful a year: the cap only bounds a setting that grows). */
const KEPT = 500;
const REASON_MAX = 500;

const isRefusal = (v: unknown): v is KeyRefusal => {
  const r = v as Record<string, unknown> | null;
  return typeof r === 'object' && r !== null && ['kid', 'unitId', 'originName', 'adminCode', 'refusedAt', 'refusedBy', 'reason'].every((k) => typeof r[k] === 'string');
};

/** The refusals a setting holds (anything else in it left out). */
export function keptRefusals(value: unknown): KeyRefusal[] {
  return Array.isArray(value) ? value.filter(isRefusal) : [];
}

/** The list with `r` added, the oldest let go past the cap. */
export function withRefusal(list: readonly KeyRefusal[], r: KeyRefusal): KeyRefusal[] {
  return [...list, r].slice(-KEPT);
}

/** The refusals of one key, oldest first. */
export function refusalsOf(list: readonly KeyRefusal[], kid: string): KeyRefusal[] {
  return list.filter((r) => r.kid === kid);
}

/** A refusal's reason tidied (one line, spaces folded); refused when empty (who reads the list later must know why). */
export function refusalReason(reason: string): string {
  const r = cleanText(reason);
  if (!r) throw new AppError('keys.refuse.reasonRequired');
  return r.slice(0, REASON_MAX);
}
