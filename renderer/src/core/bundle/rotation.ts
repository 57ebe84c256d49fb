/**
 * Trust in signing keys: keys a person confirmed against a paper record (khóa tin cậy), key
 * rotation (đổi khóa) announced in a bundle signed by the old key, and revocation (thu hồi).
 * Pure decisions over plain data; signatures are checked elsewhere.
 *
 * Validity is counted in the signer's own bundle sequence numbers, never in the dates the
 * signer writes: once a rotation announced in bundle N is known, the old key is good only
 * for sequences ≤ N and the new key only for sequences > N. Each key a person confirmed
 * directly starts a lineage (dòng khóa); rotations continue it. A key that nobody can reach
 * from a confirmed key is never refused for good: it is offered to a person to confirm by
 * its fingerprint words (a new key, or a unit that lost its key), so the receiver can never
 * lock itself out of a unit.
 */
import { AppError } from '../errors';
import type { KeyRecovery, KeyRotation, PublicJwk } from './schema';

/** A key the receiver trusts for one unit (confirmed by comparing fingerprints). */
export type TrustedKey = {
  readonly unitId: string;
  readonly kid: string;
  readonly jwk: PublicJwk;
  /** Free note, e.g. who confirmed it and when. */
  readonly note?: string;
  /** How and when a person confirmed it (a unit's new key after it lost its own: `key-recovery`). */
  readonly confirmedAs?: 'first-contact' | 'new-key' | 'key-recovery';
  readonly confirmedAt?: string;
  /** Confirmed as a key recovery: the unit's announcement (which backup it restored, which key it lost), for the next one to be compared with. */
  readonly recovery?: KeyRecovery;
  /** How a person compared its 10 fingerprint words (not recorded before 2026-12, nor for keys trusted by the CLI or the sample). */
  readonly compared?: KeyComparison;
};

/**
 * How a person compared a key's 10 fingerprint words before trusting it: typed back from the
 * unit's signed paper, or — a first contact only — read with the sender by phone or compared by
 * eye with its paper, said by a tick. Kept with the key and in the journal, for whoever checks later.
 */
export type KeyComparison = 'words-typed' | 'words-read-aloud';
export const KEY_COMPARISONS: readonly KeyComparison[] = ['words-typed', 'words-read-aloud'];

/**
 * Refuses a comparison the kind of confirmation does not allow: only a first contact may be read
 * aloud by phone; a unit's new key, or the key replacing a lost one, is typed from its signed paper
 * (the screen enforces it; the stores check it again, so no other client trusts a key otherwise).
 */
export function assertComparison(confirmedAs: TrustedKey['confirmedAs'], compared: KeyComparison | undefined): void {
  if (compared === 'words-read-aloud' && confirmedAs !== undefined && confirmedAs !== 'first-contact') throw new AppError('key.compareByTyping');
}

/** The journal's words for how a key was compared (the journal is kept in Vietnamese, as its other details). */
export const COMPARED_IN_JOURNAL: Readonly<Record<KeyComparison, string>> = {
  'words-typed': 'đã gõ lại 10 từ, khớp',
  'words-read-aloud': 'đã đối chiếu 10 từ (đọc qua điện thoại hoặc so với giấy), không gõ lại, khớp',
};

/**
 * A revoked (compromised or retired) key. `revokedAt` is the moment from which the person
 * no longer trusts it: rotations it announced that reached this receiver before that moment
 * still count, so its successor stays trusted.
 */
export type RevokedKey = { readonly kid: string; readonly revokedAt?: string; readonly reason?: string; readonly revokedBy?: string };

/** A rotation announcement with the key and sequence of the verified bundle it came in. */
export type AuthenticatedRotation = {
  readonly announcement: KeyRotation;
  readonly signedByKid: string;
  /** Sequence of the bundle that announced it: the old key signs up to it, the new one after it. */
  readonly sequence: number;
  /** When this receiver first received it ('' if unknown: recorded before receipts were kept). */
  readonly receivedAt?: string;
};

export type KeyTrust =
  | {
      readonly status: 'trusted';
      readonly via: 'direct' | 'rotation';
      /** Keys from the confirmed root to this one. */
      readonly path: readonly string[];
      /** The confirmed key this lineage starts from: sequences are unique within a lineage. */
      readonly lineage: string;
    }
  | { readonly status: 'revoked' }
  /** The key was replaced by a rotation announced in bundle `sequence`; this bundle is later. */
  | { readonly status: 'superseded'; readonly by: string; readonly sequence: number }
  /** The key was announced in bundle `sequence` and may sign only later bundles. */
  | { readonly status: 'not-yet-valid'; readonly sequence: number }
  /** The unit has confirmed keys, but not this one and no rotation leads to it. */
  | { readonly status: 'unknown-key' }
  | { readonly status: 'first-contact' };

export type KeyTrustQuery = {
  readonly unitId: string;
  readonly kid: string;
  /** Sequence of the bundle being verified. */
  readonly sequence: number;
  readonly trustedKeys: readonly TrustedKey[];
  readonly rotations?: readonly AuthenticatedRotation[];
  readonly revoked?: readonly RevokedKey[];
};

type Validity = { readonly from: number; readonly to: number; readonly root: string; readonly parent?: string };

/** Rotation edges that count: announced under the key they replace, not cut off by a revocation. */
export function effectiveRotations(unitId: string, rotations: readonly AuthenticatedRotation[], revoked: readonly RevokedKey[]): AuthenticatedRotation[] {
  const revokedAt = new Map(revoked.map((r) => [r.kid, r.revokedAt ?? '']));
  const kept = rotations.filter((r) => {
    if (r.announcement.unitId !== unitId || r.announcement.previousKid !== r.signedByKid) return false;
    // An edge to a revoked key stays: that key signs nothing, but may have announced its own successor in time.
    const cut = revokedAt.get(r.signedByKid);
    if (cut === undefined) return true;
    // Received before the moment the person says the key stopped being trustworthy.
    return cut !== '' && (r.receivedAt ?? '') < cut;
  });
  // One successor per key: the earliest announcement wins (a later one from the same key is a fork).
  const bySigner = new Map<string, AuthenticatedRotation>();
  for (const r of [...kept].sort((a, b) => a.sequence - b.sequence || (a.announcement.newKid < b.announcement.newKid ? -1 : 1)))
    if (!bySigner.has(r.signedByKid)) bySigner.set(r.signedByKid, r);
  return [...bySigner.values()];
}

/** Every key reachable from the unit's confirmed keys, with the sequences it may sign. */
function keyValidity(q: Omit<KeyTrustQuery, 'kid' | 'sequence'>): Map<string, Validity> {
  const revoked = new Set((q.revoked ?? []).map((r) => r.kid));
  const edges = effectiveRotations(q.unitId, q.rotations ?? [], q.revoked ?? []);
  const next = new Map(edges.map((e) => [e.signedByKid, e]));
  const out = new Map<string, Validity>();
  const roots = q.trustedKeys.filter((k) => k.unitId === q.unitId).map((k) => k.kid).sort();
  for (const root of roots) {
    let kid: string | undefined = root;
    let from = 1;
    let parent: string | undefined;
    while (kid !== undefined && !out.has(kid)) {
      const e = next.get(kid);
      const to = e ? e.sequence : Number.MAX_SAFE_INTEGER;
      // A revoked key keeps its place in the chain (its successor may stay trusted) but signs nothing.
      out.set(kid, { from, to, root, ...(parent ? { parent } : {}) });
      if (!e) break;
      parent = kid;
      kid = e.announcement.newKid;
      from = e.sequence + 1;
    }
  }
  for (const kid of revoked) if (out.has(kid)) out.set(kid, { ...out.get(kid)!, from: 1, to: 0 });
  return out;
}

/**
 * Whether `kid` may sign bundle `sequence` of `unitId`: a confirmed key, or one reached
 * from it through rotations, within the sequences it is valid for.
 */
export function decideKeyTrust(q: KeyTrustQuery): KeyTrust {
  if ((q.revoked ?? []).some((r) => r.kid === q.kid)) return { status: 'revoked' };
  if (!q.trustedKeys.some((k) => k.unitId === q.unitId)) return { status: 'first-contact' };
  const validity = keyValidity(q);
  const v = validity.get(q.kid);
  if (!v) return { status: 'unknown-key' };
  if (q.sequence > v.to) {
    const e = effectiveRotations(q.unitId, q.rotations ?? [], q.revoked ?? []).find((r) => r.signedByKid === q.kid);
    return { status: 'superseded', by: e?.announcement.newKid ?? '', sequence: v.to };
  }
  if (q.sequence < v.from) return { status: 'not-yet-valid', sequence: v.from - 1 };
  const path: string[] = [];
  for (let k: string | undefined = q.kid; k !== undefined; k = validity.get(k)?.parent) path.unshift(k);
  return { status: 'trusted', via: path.length === 1 ? 'direct' : 'rotation', path, lineage: v.root };
}

/**
 * When the unit reported the key of the lineage rooted at `root` lost — its first new key a person
 * confirmed as a key recovery after that lineage's, and has not revoked since — if it did. Only
 * shown (the trusted-keys list): the key stays trusted, since bundles it sent before the loss may
 * still arrive, directly or carried; the archivist revokes it if the old PC may be in other hands.
 */
export function lostReported(unitId: string, root: string, trustedKeys: readonly TrustedKey[], revoked: readonly RevokedKey[] = []): string | undefined {
  const gone = new Set(revoked.map((r) => r.kid));
  const own = trustedKeys.filter((k) => k.unitId === unitId);
  const confirmedAt = own.find((k) => k.kid === root)?.confirmedAt ?? '';
  const reports = own.filter((k) => k.confirmedAs === 'key-recovery' && k.kid !== root && !gone.has(k.kid) && (k.confirmedAt ?? '') > confirmedAt).map((k) => k.confirmedAt ?? '');
  return reports.length > 0 ? reports.sort()[0] : undefined;
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

/** The lineage a (trusted) key belongs to, or the key itself when it is not reachable yet. */
export function lineageOf(unitId: string, kid: string, trustedKeys: readonly TrustedKey[], rotations: readonly AuthenticatedRotation[], revoked: readonly RevokedKey[] = []): string {
  return keyValidity({ unitId, trustedKeys, rotations, revoked }).get(kid)?.root ?? kid;
}

/**
 * The key-recovery announcement a key being trusted keeps: only its own (announcing this key, of its
 * unit) and only when confirmed as a key recovery; any other is refused (it would point the next
 * recovery at the wrong restore). Both stores (IndexedDB and the archive's PostgreSQL) ask this.
 */
export function keptRecovery(params: { readonly unitId: string; readonly confirmedAs?: TrustedKey['confirmedAs']; readonly recovery?: KeyRecovery }, kid: string): KeyRecovery | undefined {
  const r = params.recovery;
  if (r && (params.confirmedAs !== 'key-recovery' || r.newKid !== kid || r.unitId !== params.unitId)) throw new AppError('bundle.recovery.invalid');
  return r;
}
