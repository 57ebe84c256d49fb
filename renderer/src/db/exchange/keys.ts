/**
 * This unit's Ed25519 signing key (made with WebCrypto, private part non-extractable,
 * kept in IndexedDB) and the receiver's trusted keys of other units. WebCrypto calls
 * happen outside Dexie transactions.
 */
import { exportPublicJwk, fingerprintOf, generateSigningKeyPair, jwkThumbprint, keyFingerprint, type Fingerprint } from '../../core/bundle/keys';
import { makeKeyRotation } from '../../core/bundle/sign';
import { assertComparison, COMPARED_IN_JOURNAL, keptRecovery, type KeyComparison } from '../../core/bundle/rotation';
import type { KeyRecovery, PublicJwk } from '../../core/bundle/schema';
import { newRefusal, type KeyRefusal } from '../../core/bundle/refusals';
import type { IdentityWarning, KnownUnit } from '../../core/bundle/identity';
import type { TrustPolicy } from '../../core/bundle/verify';
import { AppError } from '../../core/errors';
import { formatDateTime } from '../../core/format';
import type { LuutruDb } from '../schema';
import { writeDecision, type Session } from '../changes';
import type { SigningKeyRow, TrustedKeyRow } from './rows';

/** A key as the journal names it: its fingerprint words, the ones compared on paper (not the 43-character id). */
const keyWords = (kid: string) => `khóa ${fingerprintOf(kid).words.join(' · ')}`;

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
export async function rotateSigningKey(db: LuutruDb, unitId: string, reason: string, session?: Session): Promise<SigningKeyRow> {
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
  await writeDecision(db, session, { action: 'key.rotate', detail: `${keyWords(old.kid)} → ${keyWords(row.kid)}` }, ['signingKeys'], async () => {
    await db.signingKeys.put({ ...old, status: 'retired' });
    await db.signingKeys.add(row);
  });
  return row;
}

/** The key that signs the next bundle: while a rotation is pending, the retired key signs the announcement. */
export async function keyForNextBundle(db: LuutruDb, unitId: string): Promise<{ signer: SigningKeyRow; announce?: SigningKeyRow }> {
  const active = await activeSigningKey(db, unitId);
  if (!active) throw new AppError('keys.none');
  // Only the first bundle after a rotation is signed by the old key (the receiver counts the
  // old key valid up to that bundle's sequence); every later one is signed by the new key.
  if (active.announcement && active.announcedIn === undefined) {
    const previous = await db.signingKeys.get(active.announcement.previousKid);
    if (previous) return { signer: previous, announce: active };
  }
  return { signer: active };
}

/** The rotation went out in bundle `sequence`: from now on the new key signs. */
export async function rotationAnnounced(db: LuutruDb, kid: string, sequence: number): Promise<void> {
  const row = await db.signingKeys.get(kid);
  if (row?.announcement && row.announcedIn === undefined) await db.signingKeys.put({ ...row, announcedIn: sequence });
}

/** After the receiver acknowledged a bundle carrying the announcement, the new key signs alone. */
export async function announcementDelivered(db: LuutruDb, kid: string): Promise<void> {
  const row = await db.signingKeys.get(kid);
  if (row?.announcement || row?.recovery) {
    const { announcement: _a, recovery: _r, ...rest } = row;
    await db.signingKeys.put(rest);
  }
}

/**
 * Trusts a key a person compared with a paper record (first contact, a new key of a known
 * unit, or the new key of a unit that lost its own). The key's own unit may never be this PC's unit.
 */
export async function trustKey(
  db: LuutruDb,
  params: {
    unitId: string;
    originName: string;
    adminCode?: string;
    jwk: PublicJwk;
    confirmedBy: string;
    confirmedAs?: TrustedKeyRow['confirmedAs'];
    /** The unit's announcement, when confirmed as a key recovery (kept to compare the next recovery with). */
    recovery?: KeyRecovery;
    note?: string;
    /** How the person compared the fingerprint words (the screens always say; scripts and the sample do not). */
    compared?: KeyComparison;
    /** The warnings its card showed, which the person read and trusted it over (kept to be listed with it). */
    confirmedOver?: readonly IdentityWarning[];
  },
  session?: Session,
): Promise<TrustedKeyRow> {
  const self = (await db.settings.get('localUnitId'))?.value;
  if (params.unitId === self) throw new AppError('bundle.origin.receiver');
  assertComparison(params.confirmedAs, params.compared);
  const kid = await jwkThumbprint(params.jwk);
  // Confirmed again (from a file, or after a revocation was undone): the announcement kept before stays.
  const recovery = keptRecovery(params, kid) ?? (params.confirmedAs === 'key-recovery' ? (await db.trustedKeys.get(kid))?.recovery : undefined);
  const row: TrustedKeyRow = {
    unitId: params.unitId,
    kid,
    jwk: params.jwk,
    originName: params.originName,
    ...(params.adminCode ? { adminCode: params.adminCode } : {}),
    confirmedBy: params.confirmedBy,
    confirmedAt: new Date().toISOString(),
    ...(params.confirmedAs ? { confirmedAs: params.confirmedAs } : {}),
    ...(params.confirmedOver?.length ? { confirmedOver: params.confirmedOver } : {}),
    ...(recovery ? { recovery } : {}),
    ...(params.note ? { note: params.note } : {}),
    ...(params.compared ? { compared: params.compared } : {}),
  };
  await writeDecision(db, session, { action: 'key.trust', detail: `${row.originName} — ${keyWords(kid)}${params.compared ? `; ${COMPARED_IN_JOURNAL[params.compared]}` : ''}` }, ['trustedKeys'], () => db.trustedKeys.put(row));
  return row;
}

/** The key of a unit's file the person would not trust (its words differed from the unit's paper…): kept with why, and journalled. */
export async function refuseKey(
  db: LuutruDb,
  session: Session,
  params: { unitId: string; originName: string; adminCode: string; jwk: PublicJwk; reason: string },
  now: Date = new Date(),
): Promise<KeyRefusal> {
  if (params.unitId === (await db.settings.get('localUnitId'))?.value) throw new AppError('bundle.origin.receiver');
  const refusal = await newRefusal(params, session.operator, now);
  await writeDecision(db, session, { action: 'key.refuse', detail: `${params.originName} — ${keyWords(refusal.kid)}: ${refusal.reason}` }, ['settings'], async () => {
    const kept = keptRefusals((await db.settings.get(KEY_REFUSALS_KEY))?.value);
    // The newest kept (a handful a year: the cap only bounds a setting that grows).
    await db.settings.put({ key: KEY_REFUSALS_KEY, value: [...kept, refusal].slice(-KEPT_REFUSALS) });
  });
  return refusal;
}

/** The setting holding this PC's refusals, and how many are kept. */
const KEY_REFUSALS_KEY = 'keyRefusals';
const KEPT_REFUSALS = 500;

const isRefusal = (v: unknown): v is KeyRefusal => {
  const r = v as Record<string, unknown> | null;
  return typeof r === 'object' && r !== null && ['kid', 'unitId', 'originName', 'adminCode', 'refusedAt', 'refusedBy', 'reason'].every((k) => typeof r[k] === 'string');
};

/** The refusals the setting holds (anything else in it left out). */
const keptRefusals = (value: unknown): KeyRefusal[] => (Array.isArray(value) ? value.filter(isRefusal) : []);

/** The refusals of the key `kid` made here, oldest first. */
export async function keyRefusals(db: LuutruDb, kid?: string): Promise<KeyRefusal[]> {
  return keptRefusals((await db.settings.get(KEY_REFUSALS_KEY))?.value).filter((r) => kid === undefined || r.kid === kid);
}

/**
 * Revokes a key from the moment the person chooses (`from`, default now): bundles it signs
 * are refused from then on, but a successor it announced in a bundle received before that
 * moment stays trusted — so revoking an old key never locks the receiver out of the unit.
 */
export async function revokeKey(db: LuutruDb, kid: string, reason: string, options: { from?: string; revokedBy?: string; session?: Session } = {}): Promise<void> {
  const revokedAt = options.from ?? new Date().toISOString();
  const owner = (await db.trustedKeys.get(kid))?.originName;
  await writeDecision(db, options.session, { action: 'key.revoke', detail: `${owner ? `${owner} — ` : ''}${keyWords(kid)}, từ ${formatDateTime(revokedAt)}: ${reason}` }, ['revokedKeys'], () =>
    db.revokedKeys.put({ kid, revokedAt, reason, ...(options.revokedBy ? { revokedBy: options.revokedBy } : {}) }),
  );
}

/** Units this PC already trusts (for first-contact guards and for naming units in messages). */
export async function knownUnits(db: LuutruDb): Promise<KnownUnit[]> {
  const keys = await db.trustedKeys.toArray();
  const out = new Map<string, KnownUnit>();
  for (const k of keys) out.set(k.unitId, { unitId: k.unitId, name: k.originName, adminCode: k.adminCode ?? '' });
  return [...out.values()];
}

/** Everything the verifier needs to know about keys, custody and past bundles. */
export async function loadTrustPolicy(db: LuutruDb, receiverUnitId?: string): Promise<TrustPolicy> {
  const [trustedKeys, rotations, revoked, seen, custody, known] = await Promise.all([
    db.trustedKeys.toArray(),
    db.keyRotations.toArray(),
    db.revokedKeys.toArray(),
    db.receivedBundles.toArray(),
    db.custody.toArray(),
    knownUnits(db),
  ]);
  return {
    trustedKeys,
    rotations: rotations.map((r) => ({ announcement: r.announcement, signedByKid: r.signedByKid, sequence: r.sequence, receivedAt: r.receivedAt })),
    revoked,
    seen: seen.map((s) => ({
      origin: s.origin,
      lineage: s.lineage,
      sequence: s.sequence,
      ...(s.partKey ? { part: s.partKey } : {}),
      ...(s.setId ? { setId: s.setId } : {}),
      payloadSha256: s.payloadSha256,
    })),
    custody,
    knownUnits: known,
    ...(receiverUnitId ? { receiverUnitId } : {}),
  };
}

/**
 * After a restore from a backup (the private key is never in a backup): a new key, and a
 * key-recovery announcement that rides in every bundle until the receiver has confirmed
 * it. Bundle sequences continue from the backup's export log.
 */
export async function recoverSigningKey(
  db: LuutruDb,
  unitId: string,
  /** `previousKid`: the key lost (the backup's signer: the restored tables hold no key to name it by). */
  info: { readonly backupCreatedAt: string; readonly lastExportSequence: number; readonly previousKid: string },
): Promise<SigningKeyRow> {
  const pair = await generateSigningKeyPair();
  const publicJwk = await exportPublicJwk(pair.publicKey);
  const kid = await jwkThumbprint(publicJwk);
  const recovery: KeyRecovery = {
    kind: 'key-recovery',
    unitId,
    newKid: kid,
    previousKid: info.previousKid,
    backupCreatedAt: info.backupCreatedAt,
    resumedAfterSequence: info.lastExportSequence,
  };
  const row: SigningKeyRow = { kid, unitId, privateKey: pair.privateKey, publicJwk, createdAt: new Date().toISOString(), status: 'active', recovery };
  // Not journalled: the restore it follows is in the backup log, and the restored tables stay as backed up.
  await db.transaction('rw', db.signingKeys, async () => {
    for (const k of await db.signingKeys.where('unitId').equals(unitId).toArray()) if (k.status === 'active') await db.signingKeys.put({ ...k, status: 'retired' });
    await db.signingKeys.add(row);
  });
  return row;
}
