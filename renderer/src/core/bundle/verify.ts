/**
 * Stage 2 of import: signature, key, trust, format version (with migration hook),
 * payload schema, record origins and replay. Only `verifyBundle` makes a
 * `VerifiedBundle`, the one type the merge accepts. Every refusal is an AppError whose
 * code names the check that failed.
 */
import { base64url, flattenedVerify } from 'jose';
import type { ZodType } from 'zod';
import { AppError } from '../errors';
import { fingerprintOf, importPublicJwk, jwkThumbprint, toPublicJwk, type Fingerprint } from './keys';
import type { ParsedBundleFile } from './parse';
import { decideKeyTrust, knownKeyFor, type AuthenticatedRotation, type RevokedKey, type TrustedKey } from './rotation';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_JWS_TYP,
  BundlePayloadSchema,
  DEFAULT_TABLE_SCHEMAS,
  REPLICATED_TABLES,
  ThumbprintSchema,
  type BundleOrigin,
  type BundlePayload,
  type PublicJwk,
  type ReplicatedTable,
} from './schema';

/** A bundle the receiver has seen before (kept by the receiver, per origin). */
export type SeenBundle = {
  readonly origin: string;
  readonly sequence: number;
  readonly part?: number;
  readonly payloadSha256: string;
};

export type TrustPolicy = {
  readonly trustedKeys: readonly TrustedKey[];
  readonly rotations?: readonly AuthenticatedRotation[];
  readonly revoked?: readonly RevokedKey[];
  readonly seen?: readonly SeenBundle[];
};

/** Upgrades a payload of an older formatVersion by one step (v → v+1). */
export type FormatMigration = (payload: Record<string, unknown>) => Record<string, unknown>;

export type VerifyOptions = {
  /** Per-table record schemas replacing the defaults. */
  readonly tableSchemas?: Partial<Record<ReplicatedTable, ZodType>>;
  /** Keyed by the version they upgrade FROM. */
  readonly migrations?: Readonly<Record<number, FormatMigration>>;
};

declare const verifiedBrand: unique symbol;

/** A bundle whose signature, signer, schema, origins and sequence were all checked. */
export type VerifiedBundle = {
  readonly payload: BundlePayload;
  readonly kid: string;
  readonly fingerprint: Fingerprint;
  /** SHA-256 (hex) of the signed payload bytes: identifies this exact bundle. */
  readonly payloadSha256: string;
  readonly trustedVia: 'direct' | 'rotation';
  readonly [verifiedBrand]: true;
};

export type VerifyOutcome =
  | { readonly status: 'verified'; readonly bundle: VerifiedBundle }
  /** The same bundle was imported before: a no-op, the plan will be empty. */
  | { readonly status: 'already-imported'; readonly bundle: VerifiedBundle }
  /** First bundle from this unit: a person must compare the fingerprint on paper, then trust the key and verify again. */
  | {
      readonly status: 'needs-confirmation';
      readonly origin: BundleOrigin;
      readonly kid: string;
      readonly signerKey: PublicJwk;
      readonly fingerprint: Fingerprint;
      readonly counts: BundlePayload['counts'];
    };

const registry = new WeakSet<object>();

/** Runtime check of the brand (the type alone does not survive JS callers). */
export function isVerifiedBundle(value: unknown): value is VerifiedBundle {
  return typeof value === 'object' && value !== null && registry.has(value);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeJson(segment: string, code: string): unknown {
  try {
    return JSON.parse(decoder.decode(base64url.decode(segment)));
  } catch {
    throw new AppError(code);
  }
}

function readHeader(segment: string): { kid: string } {
  const h = decodeJson(segment, 'bundle.jws.header');
  if (typeof h !== 'object' || h === null || Array.isArray(h)) throw new AppError('bundle.jws.header');
  const { alg, typ, kid, ...rest } = h as Record<string, unknown>;
  if (alg !== 'EdDSA' || typ !== BUNDLE_JWS_TYP || Object.keys(rest).length > 0) throw new AppError('bundle.jws.header');
  const k = ThumbprintSchema.safeParse(kid);
  if (!k.success) throw new AppError('bundle.jws.header');
  return { kid: k.data };
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.').slice(0, 200);
}

function migrate(raw: unknown, options: VerifyOptions): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new AppError('bundle.payload.invalid', { path: '' });
  let obj = raw as Record<string, unknown>;
  if (obj.format !== BUNDLE_FORMAT) throw new AppError('bundle.format.unknown');
  let v = obj.formatVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new AppError('bundle.format.unsupported', { version: String(v) });
  if (v > BUNDLE_FORMAT_VERSION) throw new AppError('bundle.format.tooNew', { version: v, max: BUNDLE_FORMAT_VERSION });
  while (v < BUNDLE_FORMAT_VERSION) {
    const step = options.migrations?.[v];
    if (!step) throw new AppError('bundle.format.unsupported', { version: v });
    obj = step(obj);
    v += 1;
    if (obj.formatVersion !== v) throw new AppError('bundle.format.unsupported', { version: v });
  }
  return obj;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice()));
  return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}

function checkRecords(p: BundlePayload, options: VerifyOptions): void {
  const carried = p.carriedOrigins ?? [];
  const allowed = new Set<string>([p.origin.unitId]);
  // Any level may carry (an upper level, or a merged commune passing on the fonds of the
  // communes it replaced), but only origins it received signed bundles from.
  for (const c of carried) {
    if (allowed.has(c.unitId) || c.sources.length === 0) throw new AppError('bundle.carried.invalid', { unitId: c.unitId });
    allowed.add(c.unitId);
  }
  for (const t of REPLICATED_TABLES) {
    const rows = p.records[t] ?? [];
    if ((p.counts[t] ?? 0) !== rows.length)
      throw new AppError('bundle.counts.mismatch', { table: t, declared: p.counts[t] ?? 0, actual: rows.length });
    const schema = options.tableSchemas?.[t] ?? DEFAULT_TABLE_SCHEMAS[t];
    const ids = new Set<string>();
    rows.forEach((r, index) => {
      if (ids.has(r.id)) throw new AppError('bundle.record.duplicate', { table: t, id: r.id });
      ids.add(r.id);
      if (!allowed.has(r.origin)) throw new AppError('bundle.record.foreignOrigin', { table: t, id: r.id, origin: r.origin });
      if (schema) {
        const res = schema.safeParse(r);
        if (!res.success)
          throw new AppError('bundle.record.invalid', { table: t, index, path: issuePath(res.error.issues[0]?.path ?? []) });
      }
    });
  }
}

/**
 * Verifies a parsed file against the receiver's trust policy. Throws AppError on any
 * failed check; returns 'needs-confirmation' (nothing imported) for a first contact.
 */
export async function verifyBundle(parsed: ParsedBundleFile, policy: TrustPolicy, options: VerifyOptions = {}): Promise<VerifyOutcome> {
  const { jws } = parsed;
  const { kid } = readHeader(jws.protected);

  // Verify with the key we already know for this kid; only for an unknown kid read the key out of the (unverified) payload.
  let key = knownKeyFor(kid, policy.trustedKeys, policy.rotations);
  if (!key) {
    const raw = decodeJson(jws.payload, 'bundle.payload.notJson');
    const signerKey = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).signerKey : undefined;
    key = toPublicJwk(signerKey);
    if ((await jwkThumbprint(key)) !== kid) throw new AppError('bundle.kid.mismatch');
  }
  let payloadBytes: Uint8Array;
  try {
    payloadBytes = (await flattenedVerify(jws, await importPublicJwk(key), { algorithms: ['EdDSA'] })).payload;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('bundle.signature.invalid');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(decoder.decode(payloadBytes));
  } catch {
    throw new AppError('bundle.payload.notJson');
  }
  const migrated = migrate(raw, options);
  const res = BundlePayloadSchema.safeParse(migrated);
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new AppError('bundle.payload.invalid', { path: issuePath(issue?.path ?? []), message: (issue?.message ?? '').slice(0, 200) });
  }
  const payload: BundlePayload = res.data;
  if ((await jwkThumbprint(payload.signerKey)) !== kid) throw new AppError('bundle.kid.mismatch');
  checkRecords(payload, options);
  for (const c of payload.carriedOrigins ?? []) {
    if ((await jwkThumbprint(c.signerKey)) !== c.signerKid) throw new AppError('bundle.carried.invalid', { unitId: c.unitId });
  }
  const rot = payload.keyRotation;
  if (rot) {
    if (rot.unitId !== payload.origin.unitId || rot.previousKid !== kid || (await jwkThumbprint(rot.newKey)) !== rot.newKid)
      throw new AppError('bundle.rotation.invalid');
  }

  const fingerprint = fingerprintOf(kid);
  const trust = decideKeyTrust({
    unitId: payload.origin.unitId,
    kid,
    trustedKeys: policy.trustedKeys,
    rotations: policy.rotations ?? [],
    revoked: policy.revoked ?? [],
    at: payload.createdAt,
  });
  switch (trust.status) {
    case 'first-contact':
      return { status: 'needs-confirmation', origin: payload.origin, kid, signerKey: payload.signerKey, fingerprint, counts: payload.counts };
    case 'revoked':
      throw new AppError('bundle.signer.revoked', { kid });
    case 'superseded':
      throw new AppError('bundle.signer.superseded', { kid });
    case 'untrusted':
      throw new AppError('bundle.signer.untrusted', { kid, unit: payload.origin.name });
    case 'trusted':
      break;
  }

  const payloadSha256 = await sha256Hex(payloadBytes);
  const bundle = Object.freeze({ payload, kid, fingerprint, payloadSha256, trustedVia: trust.via }) as VerifiedBundle;
  registry.add(bundle);

  const seen = (policy.seen ?? []).filter((s) => s.origin === payload.origin.unitId);
  const partIndex = payload.part?.index;
  const same = seen.find((s) => s.sequence === payload.sequence && s.part === partIndex);
  if (same) {
    if (same.payloadSha256 === payloadSha256) return { status: 'already-imported', bundle };
    throw new AppError('bundle.sequence.fork', { sequence: payload.sequence });
  }
  const sameSequence = seen.filter((s) => s.sequence === payload.sequence);
  if (sameSequence.length > 0) {
    // Another part of a set already partly imported is fine; anything else reusing the number is a fork.
    const otherPart = partIndex !== undefined && sameSequence.every((s) => s.part !== undefined);
    if (!otherPart) throw new AppError('bundle.sequence.fork', { sequence: payload.sequence });
  } else {
    const last = seen.reduce((m, s) => Math.max(m, s.sequence), 0);
    if (payload.sequence < last) throw new AppError('bundle.sequence.replay', { sequence: payload.sequence, last });
  }
  return { status: 'verified', bundle };
}

/** What the receiver stores after applying a bundle, for later replay checks. */
export function seenEntryOf(b: VerifiedBundle): SeenBundle {
  return {
    origin: b.payload.origin.unitId,
    sequence: b.payload.sequence,
    ...(b.payload.part ? { part: b.payload.part.index } : {}),
    payloadSha256: b.payloadSha256,
  };
}

/** The rotation announced in a verified bundle, ready to add to `TrustPolicy.rotations`. */
export function rotationOf(b: VerifiedBundle): AuthenticatedRotation | undefined {
  return b.payload.keyRotation ? { announcement: b.payload.keyRotation, signedByKid: b.kid } : undefined;
}

export type BatchOutcome = VerifyOutcome | { readonly status: 'error'; readonly error: AppError };

/**
 * Verifies several files at once: rotations and sequences learnt from one bundle count
 * for the others (so "rotation bundle + first bundle under the new key" works in any
 * order). Returns one outcome per input, in input order.
 */
export async function verifyBundles(
  files: readonly ParsedBundleFile[],
  policy: TrustPolicy,
  options: VerifyOptions = {},
): Promise<BatchOutcome[]> {
  const out: (BatchOutcome | undefined)[] = files.map(() => undefined);
  let rotations = [...(policy.rotations ?? [])];
  let progress = true;
  while (progress) {
    progress = false;
    for (let i = 0; i < files.length; i++) {
      const prev = out[i];
      if (prev && !(prev.status === 'error' && prev.error.code === 'bundle.signer.untrusted')) continue;
      let next: BatchOutcome;
      try {
        next = await verifyBundle(files[i]!, { ...policy, rotations }, options);
      } catch (e) {
        next = { status: 'error', error: e instanceof AppError ? e : new AppError('bundle.verify.failed') };
      }
      out[i] = next;
      if (next.status === 'verified' || next.status === 'already-imported') {
        const r = rotationOf(next.bundle);
        if (r && !rotations.some((x) => x.announcement.newKid === r.announcement.newKid && x.signedByKid === r.signedByKid)) {
          rotations = [...rotations, r];
          progress = true;
        }
      }
    }
  }
  return out.map((o) => o ?? { status: 'error', error: new AppError('bundle.verify.failed') });
}
