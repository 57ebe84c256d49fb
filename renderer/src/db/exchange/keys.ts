/**
 * This unit's Ed25519 signing key (made with WebCrypto, private part non-extractable,
 * kept in IndexedDB) and the receiver's trusted keys of other units. WebCrypto calls
 * happen outside Dexie transactions.
 */
import { exportPublicJwk, generateSigningKeyPair, jwkThumbprint, keyFingerprint, type Fingerprint } from '../../core/bundle/keys';
import { makeKeyRotation } from '../../core/bundle/sign';
import type { PublicJwk } from '../../core/bundle/schema';
import type { TrustPolicy } from '../../core/bundle/verify';
import { AppError } from '../../core/errors';
import type { LuutruDb } from '../schema';
import type { SigningKeyRow, TrustedKeyRow } from './rows';

export async function activeSigningKey(db: LuutruDb, unitId: string): Promise<SigningKeyRow | undefined> {
  return (await db.signingKeys.where('unitId').equals(unitId).toArray()).find((k) => k.status === 'active');
}

/** Makes the unit's key pair if it has none (first run, or a profile from before keys existed). */
export async function ensureSigningKey(db: LuutruDb, unitId: string): Promise<SigningKeyRow> {
  const existing = await activeSigningKey(db, unitId);
  if (existing) return existing;
  const pair = await generateSigningKeyPair();
  const publicJwk = await exportPublicJwk(pair.publicKey);
  const row: SigningKeyRow = {
    kid: await jwkThumbprint(publicJwk),
    unitId,
    privateKey: pair.privateKey,
    publicJwk,
    createdAt: new Date().toISOString(),
    status: 'active',
  };
  return db.transaction('rw', db.signingKeys, async () => {
    const again = await activeSigningKey(db, unitId);
    if (again) return again;
    await db.signingKeys.add(row);
    return row;
  });
}

export async function signingFingerprint(db: LuutruDb, unitId: string): Promise<Fingerprint | undefined> {
  const key = await activeSigningKey(db, unitId);
  return key ? keyFingerprint(key.publicJwk) : undefined;
}

/**
 * Replaces the active key with a new one. The announcement is signed into the next
 * bundle by the OLD key's signature (the bundle carrying it is signed with the old key).
 */
export async function rotateSigningKey(db: LuutruDb, unitId: string, reason: string): Promise<SigningKeyRow> {
  const old = await activeSigningKey(db, unitId);
  if (!old) throw new AppError('keys.none');
  const pair = await generateSigningKeyPair();
  const publicJwk = await exportPublicJwk(pair.publicKey);
  const announcement = await makeKeyRotation({
    unitId,
    previousKey: old.publicJwk,
    newKey: publicJwk,
    effectiveAt: new Date().toISOString(),
    ...(reason ? { reason } : {}),
  });
  const row: SigningKeyRow = {
    kid: announcement.newKid,
    unitId,
    privateKey: pair.privateKey,
    publicJwk,
    createdAt: new Date().toISOString(),
    status: 'active',
    announcement,
  };
  await db.transaction('rw', db.signingKeys, async () => {
    await db.signingKeys.put({ ...old, status: 'retired' });
    await db.signingKeys.add(row);
  });
  return row;
}

/** The key that signs the next bundle: while a rotation is pending, the retired key signs the announcement. */
export async function keyForNextBundle(db: LuutruDb, unitId: string): Promise<{ signer: SigningKeyRow; announce?: SigningKeyRow }> {
  const active = await activeSigningKey(db, unitId);
  if (!active) throw new AppError('keys.none');
  if (active.announcement) {
    const previous = await db.signingKeys.get(active.announcement.previousKid);
    if (previous) return { signer: previous, announce: active };
  }
  return { signer: active };
}

/** After a bundle carrying the announcement was written, the new key signs alone. */
export async function announcementDelivered(db: LuutruDb, kid: string): Promise<void> {
  const row = await db.signingKeys.get(kid);
  if (row?.announcement) {
    const { announcement: _a, ...rest } = row;
    await db.signingKeys.put(rest);
  }
}

export async function trustKey(
  db: LuutruDb,
  params: { unitId: string; originName: string; jwk: PublicJwk; confirmedBy: string; note?: string },
): Promise<TrustedKeyRow> {
  const kid = await jwkThumbprint(params.jwk);
  const row: TrustedKeyRow = {
    unitId: params.unitId,
    kid,
    jwk: params.jwk,
    originName: params.originName,
    confirmedBy: params.confirmedBy,
    confirmedAt: new Date().toISOString(),
    ...(params.note ? { note: params.note } : {}),
  };
  await db.trustedKeys.put(row);
  return row;
}

export async function revokeKey(db: LuutruDb, kid: string, reason: string): Promise<void> {
  await db.revokedKeys.put({ kid, revokedAt: new Date().toISOString(), reason });
}

/** Everything the verifier needs to know about keys and past bundles. */
export async function loadTrustPolicy(db: LuutruDb): Promise<TrustPolicy> {
  const [trustedKeys, rotations, revoked, seen] = await Promise.all([
    db.trustedKeys.toArray(),
    db.keyRotations.toArray(),
    db.revokedKeys.toArray(),
    db.seenBundles.toArray(),
  ]);
  return {
    trustedKeys,
    rotations: rotations.map((r) => ({ announcement: r.announcement, signedByKid: r.signedByKid })),
    revoked,
    seen: seen.map((s) => ({
      origin: s.origin,
      sequence: s.sequence,
      ...(s.partKey ? { part: s.partKey } : {}),
      payloadSha256: s.payloadSha256,
    })),
  };
}
