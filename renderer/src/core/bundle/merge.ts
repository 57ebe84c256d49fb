/**
 * Which of two versions of one record wins (hợp nhất): a max over a total order, so any
 * order of imports ends the same. Used by the import plan (import-plan.ts) between versions
 * of the SAME origin; claims of different origins on one id are never decided by it.
 */
import type { RecordMeta } from '../records';
import { canonicalJson, sha256Hex } from './canonical';

const encoder = new TextEncoder();

/**
 * The later clock; at equal clocks the tombstone; then the greater origin (string order);
 * then the greater SHA-256 of the canonical content. Identical content returns `a`.
 * Commutative and associative.
 */
export function pickWinner<T extends RecordMeta>(a: T, b: T): T {
  if (a.clock !== b.clock) return a.clock > b.clock ? a : b;
  if (a.deleted !== b.deleted) return a.deleted ? a : b;
  if (a.origin !== b.origin) return a.origin > b.origin ? a : b;
  // Fast path: the same version read twice (from a bundle and from the database) serialises alike.
  if (a === b || JSON.stringify(a) === JSON.stringify(b)) return a;
  const ca = canonicalJson(a);
  const cb = canonicalJson(b);
  if (ca === cb) return a;
  return sha256Hex(encoder.encode(ca)) > sha256Hex(encoder.encode(cb)) ? a : b;
}
