/**
 * Making a bundle: build the payload (counts computed, tables in fixed order), sign it
 * as a flattened JWS (RFC 7515, alg EdDSA) and encode the file bytes. Also the key
 * rotation announcement, which goes into a bundle signed by the OLD key.
 */
import { FlattenedSign } from 'jose';
import { AppError } from '../errors';
import { jwkThumbprint } from './keys';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_JWS_TYP,
  REPLICATED_TABLES,
  type BundleCounts,
  type BundleOrigin,
  type BundlePart,
  type BundlePayload,
  type BundleRange,
  type BundleRecord,
  type BundleRecords,
  type CarriedFile,
  type KeyRecovery,
  type KeyRotation,
  type PublicJwk,
} from './schema';

export type FlattenedJws = { readonly protected: string; readonly payload: string; readonly signature: string };

export type BundleInput = {
  readonly origin: BundleOrigin;
  readonly signerKey: PublicJwk;
  readonly sequence: number;
  readonly range: BundleRange;
  readonly createdAt: string;
  readonly records: BundleRecords;
  /** Other units' signed files passed on unchanged (see CarriedFileSchema). */
  readonly carried?: readonly CarriedFile[];
  readonly keyRotation?: KeyRotation;
  readonly keyRecovery?: KeyRecovery;
  readonly part?: BundlePart;
};

/** Orders tables as REPLICATED_TABLES and records by id, so equal content gives equal bytes. */
export function normaliseRecords(records: BundleRecords): BundleRecords {
  const out: Partial<Record<(typeof REPLICATED_TABLES)[number], readonly BundleRecord[]>> = {};
  for (const t of REPLICATED_TABLES) {
    const rows = records[t];
    if (rows && rows.length > 0) out[t] = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return out;
}

export function countRecords(records: BundleRecords): BundleCounts {
  const counts: Partial<Record<(typeof REPLICATED_TABLES)[number], number>> = {};
  for (const t of REPLICATED_TABLES) {
    const n = records[t]?.length ?? 0;
    if (n > 0) counts[t] = n;
  }
  return counts;
}

export function buildBundlePayload(input: BundleInput): BundlePayload {
  if (!Number.isInteger(input.sequence) || input.sequence < 1) throw new AppError('bundle.sequence.invalid');
  const records = normaliseRecords(input.records);
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    origin: input.origin,
    signerKey: input.signerKey,
    sequence: input.sequence,
    range: input.range,
    createdAt: input.createdAt,
    counts: countRecords(records),
    records,
    ...(input.carried && input.carried.length > 0 ? { carried: input.carried } : {}),
    ...(input.keyRotation ? { keyRotation: input.keyRotation } : {}),
    ...(input.keyRecovery ? { keyRecovery: input.keyRecovery } : {}),
    ...(input.part ? { part: input.part } : {}),
  };
}

const encoder = new TextEncoder();

/** Signs a payload; `kid` is the thumbprint of `payload.signerKey`, which must be the pair of `privateKey`. */
export async function signBundlePayload(payload: BundlePayload, privateKey: CryptoKey): Promise<FlattenedJws> {
  const kid = await jwkThumbprint(payload.signerKey);
  const jws = await new FlattenedSign(encoder.encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'EdDSA', typ: BUNDLE_JWS_TYP, kid })
    .sign(privateKey);
  if (jws.protected === undefined) throw new AppError('bundle.sign.failed');
  return { protected: jws.protected, payload: jws.payload, signature: jws.signature };
}

/** The bytes of a bundle file: the JWS JSON, one object, trailing newline. */
export function encodeBundleFile(jws: FlattenedJws): Uint8Array {
  return encoder.encode(`${JSON.stringify({ protected: jws.protected, payload: jws.payload, signature: jws.signature })}\n`);
}

/**
 * The parts of the file `encodeBundleFile` writes, out of the file's signing input
 * (`protected.payload`, parse.ts `signingInputOf`) and its signature: a Blob of them is the file,
 * byte for byte, made where the input is (the verify helper) instead of copied from the picked
 * file's bytes on the thread that writes the import.
 */
export function exportedFileParts(jws: Pick<FlattenedJws, 'protected' | 'signature'>, input: Uint8Array<ArrayBuffer>): (string | Uint8Array<ArrayBuffer>)[] {
  const h = jws.protected.length;
  const l = EXPORT_LAYOUT;
  return [l.open, input.subarray(0, h), l.beforePayload, input.subarray(h + 1), `${l.beforeSignature}${jws.signature}${l.close}`];
}

/** The text around the three members in the file `encodeBundleFile` writes (each member's value is base64url: JSON writes it as it is). */
export const EXPORT_LAYOUT = { open: '{"protected":"', beforePayload: '","payload":"', beforeSignature: '","signature":"', close: '"}\n' } as const;

/** Builds, signs and encodes one file. For big exports use `splitIntoParts` first. */
export async function createBundleFile(input: BundleInput, privateKey: CryptoKey): Promise<Uint8Array> {
  return encodeBundleFile(await signBundlePayload(buildBundlePayload(input), privateKey));
}

/** The announcement of a new key, to put in `BundleInput.keyRotation` of a bundle signed with the old key. */
export async function makeKeyRotation(params: {
  readonly unitId: string;
  readonly previousKey: PublicJwk;
  readonly newKey: PublicJwk;
  readonly effectiveAt: string;
  readonly reason?: string;
}): Promise<KeyRotation> {
  return {
    kind: 'key-rotation',
    unitId: params.unitId,
    previousKid: await jwkThumbprint(params.previousKey),
    newKey: params.newKey,
    newKid: await jwkThumbprint(params.newKey),
    effectiveAt: params.effectiveAt,
    ...(params.reason ? { reason: params.reason } : {}),
  };
}
