/**
 * The trusted-keys list as the screens show it, made the same way from either store (IndexedDB:
 * db/repositories/exchange-repository.ts; PostgreSQL: archive/reads.ts). Plain code, no database.
 */
import { effectiveRotations, lineageOf, lostReported, type AuthenticatedRotation, type RevokedKey } from '../../core/bundle/rotation';
import type { TrustedKeyRow } from './rows';

/**
 * A key as the trusted-keys screen lists it; `rotatedFrom` names the key whose signed bundle
 * announced it (no person confirmed it); `lostReportedAt`: when its unit reported it lost (a new
 * key confirmed as a key recovery) — still trusted; the screen suggests revoking it.
 */
export type KeyListRow = TrustedKeyRow & {
  readonly revoked?: RevokedKey;
  readonly rotatedFrom?: string;
  readonly lostReportedAt?: string;
  /** Its unit moved on to `kid` in bundle `sequence`: it signs bundles up to that one only. */
  readonly replacedBy?: { readonly kid: string; readonly sequence: number };
};

/**
 * The keys this receiver trusts, for the screen: those a person confirmed, and the keys their
 * units moved to by a rotation announced in a bundle signed with a trusted key (followed along
 * a chain of rotations) — trusted as well, so listed and revocable like the others (a rotated
 * key had no row, and nothing could revoke it). A key its unit moved on from says by which key and up to which
 * bundle it signs (`replacedBy`: it read "Đang dùng" beside its successor). The rotations followed are the verifier's own
 * (`effectiveRotations`: announced under the key they replace, received before that key's
 * revocation, the earliest successor of a key only), so the list never shows a key the verifier
 * would not take. Shared by the IndexedDB and PostgreSQL stores.
 */
export function keyListOf(keys: readonly TrustedKeyRow[], rotations: readonly AuthenticatedRotation[], revoked: readonly RevokedKey[]): KeyListRow[] {
  const byKid = new Map<string, KeyListRow>(keys.map((k) => [k.kid, k]));
  const replaced = new Map<string, AuthenticatedRotation>();
  for (const unitId of new Set(keys.map((k) => k.unitId))) {
    const next = new Map(effectiveRotations(unitId, rotations, revoked).map((r) => [r.signedByKid, r]));
    for (const [kid, r] of next) replaced.set(kid, r);
    for (const root of keys.filter((k) => k.unitId === unitId)) {
      let from: KeyListRow = root;
      for (let r = next.get(from.kid); r && !byKid.has(r.announcement.newKid); r = next.get(from.kid)) {
        const { revoked: _r, confirmedAs: _c, confirmedOver: _co, recovery: _rc, note: _n, compared: _cm, ...unit } = from;
        const row: KeyListRow = { ...unit, kid: r.announcement.newKid, jwk: r.announcement.newKey, confirmedBy: '', confirmedAt: r.receivedAt || r.announcement.effectiveAt, rotatedFrom: r.signedByKid };
        byKid.set(row.kid, row);
        from = row;
      }
    }
  }
  const gone = new Map(revoked.map((x) => [x.kid, x]));
  return [...byKid.values()]
    .map((k) => {
      // The lineage as the verifier has it (the confirmed key a rotated key's chain starts from).
      const lost = lostReported(k.unitId, lineageOf(k.unitId, k.kid, keys, rotations, revoked), keys, revoked);
      const by = replaced.get(k.kid);
      return { ...k, ...(gone.has(k.kid) ? { revoked: gone.get(k.kid)! } : {}), ...(lost !== undefined ? { lostReportedAt: lost } : {}), ...(by ? { replacedBy: { kid: by.announcement.newKid, sequence: by.sequence } } : {}) };
    })
    .sort((a, b) => a.originName.localeCompare(b.originName, 'vi') || a.confirmedAt.localeCompare(b.confirmedAt));
}

/** What became of a key recorded as not trusted, from the list of keys: trusted since (in use, moved on from or reported lost), revoked since, or still not trusted. */
export function refusalStanding(kid: string, keys: readonly KeyListRow[]): 'not-trusted' | 'trusted-since' | 'revoked-since' {
  const k = keys.find((x) => x.kid === kid);
  return !k ? 'not-trusted' : k.revoked ? 'revoked-since' : 'trusted-since';
}
