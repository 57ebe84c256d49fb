/**
 * Trust in signing keys: keys the receiver confirmed on paper (khóa tin cậy), key
 * rotation (đổi khóa) announced in a bundle signed by the old key, and revocation
 * (thu hồi khóa). Pure decisions over plain data; signatures are checked elsewhere.
 */
import type { KeyRotation, PublicJwk } from './schema';

/** A key the receiver trusts for one unit (confirmed by comparing fingerprints). */
export type TrustedKey = {
  readonly unitId: string;
  readonly kid: string;
  readonly jwk: PublicJwk;
  /** Free note, e.g. who confirmed it and when. */
  readonly note?: string;
};

export type RevokedKey = { readonly kid: string; readonly revokedAt?: string; readonly reason?: string };

/** A rotation announcement together with the kid of the verified bundle it came in. */
export type AuthenticatedRotation = { readonly announcement: KeyRotation; readonly signedByKid: string };

export type KeyTrust =
  | { readonly status: 'trusted'; readonly via: 'direct' | 'rotation'; readonly path: readonly string[] }
  | { readonly status: 'revoked' }
  | { readonly status: 'superseded'; readonly by: string }
  | { readonly status: 'untrusted' }
  | { readonly status: 'first-contact' };

export type KeyTrustQuery = {
  readonly unitId: string;
  readonly kid: string;
  readonly trustedKeys: readonly TrustedKey[];
  readonly rotations?: readonly AuthenticatedRotation[];
  readonly revoked?: readonly RevokedKey[];
  /** createdAt of the bundle: a rotation only counts from its effective time. */
  readonly at?: string;
};

/**
 * Whether `kid` may sign for `unitId`: directly trusted, or reached from a trusted key
 * through a chain of rotations, each announced under the key it replaces. A revoked
 * key neither signs nor vouches for a successor. A unit with no trusted key at all is
 * 'first-contact' (the UI asks a person to compare fingerprints).
 */
export function decideKeyTrust(q: KeyTrustQuery): KeyTrust {
  const revoked = new Set((q.revoked ?? []).map((r) => r.kid));
  if (revoked.has(q.kid)) return { status: 'revoked' };
  const roots = q.trustedKeys.filter((k) => k.unitId === q.unitId);
  if (roots.length === 0) return { status: 'first-contact' };
  const edges = (q.rotations ?? []).filter(
    (r) =>
      r.announcement.unitId === q.unitId &&
      r.announcement.previousKid === r.signedByKid &&
      !revoked.has(r.signedByKid) &&
      !revoked.has(r.announcement.newKid) &&
      (q.at === undefined || r.announcement.effectiveAt <= q.at),
  );
  const start = roots.map((k) => k.kid).filter((kid) => !revoked.has(kid));
  // Breadth-first, so the shortest path is reported; `seen` stops cycles.
  const prev = new Map<string, string | undefined>(start.map((kid) => [kid, undefined]));
  const queue = [...start];
  while (queue.length > 0) {
    const cur = queue.shift()!;
    if (cur === q.kid) {
      const path: string[] = [];
      for (let k: string | undefined = cur; k !== undefined; k = prev.get(k)) path.unshift(k);
      const superseding = edges.find((e) => e.signedByKid === cur);
      // Strictly after: the bundle that announces the rotation is itself signed by the old key at that time.
      if (superseding && q.at !== undefined && superseding.announcement.effectiveAt < q.at)
        return { status: 'superseded', by: superseding.announcement.newKid };
      return { status: 'trusted', via: path.length === 1 ? 'direct' : 'rotation', path };
    }
    for (const e of edges) {
      if (e.signedByKid !== cur || prev.has(e.announcement.newKid)) continue;
      prev.set(e.announcement.newKid, cur);
      queue.push(e.announcement.newKid);
    }
  }
  return { status: 'untrusted' };
}

/** The public key for a kid, from trusted keys or from announced rotations. */
export function knownKeyFor(
  kid: string,
  trustedKeys: readonly TrustedKey[],
  rotations: readonly AuthenticatedRotation[] = [],
): PublicJwk | undefined {
  return (
    trustedKeys.find((k) => k.kid === kid)?.jwk ?? rotations.find((r) => r.announcement.newKid === kid)?.announcement.newKey
  );
}
