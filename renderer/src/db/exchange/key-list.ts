/**
 * The trusted-keys list as the screens show it, made the same way from either store (IndexedDB:
 * db/repositories/exchange-repository.ts; PostgreSQL: archive/reads.ts). Plain code, no database.
 */
import type { RevokedKey } from '../../core/bundle/rotation';
import type { KeyRotation } from '../../core/bundle/schema';
import type { TrustedKeyRow } from './rows';

/** A key as the trusted-keys screen lists it; `rotatedFrom` names the key whose signed bundle announced it (no person confirmed it). */
export type KeyListRow = TrustedKeyRow & { readonly revoked?: RevokedKey; readonly rotatedFrom?: string };

/**
 * The keys this receiver trusts, for the screen: those a person confirmed, and the keys their
 * units moved to by a rotation announced in a bundle signed with a trusted key (followed along
 * a chain of rotations) — trusted as well, so listed and revocable like the others (a rotated
 * key had no row, and nothing could revoke it). Shared by the IndexedDB and PostgreSQL stores.
 */
export function keyListOf(keys: readonly TrustedKeyRow[], rotations: readonly { readonly announcement: KeyRotation; readonly signedByKid: string; readonly receivedAt: string }[], revoked: readonly RevokedKey[]): KeyListRow[] {
  const byKid = new Map<string, KeyListRow>(keys.map((k) => [k.kid, k]));
  for (let added = true; added; ) {
    added = false;
    for (const r of rotations) {
      const from = byKid.get(r.signedByKid);
      const { newKid, newKey, unitId, effectiveAt } = r.announcement;
      if (!from || byKid.has(newKid) || from.unitId !== unitId) continue;
      const { revoked: _r, confirmedAs: _c, note: _n, ...unit } = from;
      byKid.set(newKid, { ...unit, kid: newKid, jwk: newKey, confirmedBy: '', confirmedAt: r.receivedAt || effectiveAt, rotatedFrom: r.signedByKid });
      added = true;
    }
  }
  const gone = new Map(revoked.map((x) => [x.kid, x]));
  return [...byKid.values()]
    .map((k) => ({ ...k, ...(gone.has(k.kid) ? { revoked: gone.get(k.kid)! } : {}) }))
    .sort((a, b) => a.originName.localeCompare(b.originName, 'vi') || a.confirmedAt.localeCompare(b.confirmedAt));
}

