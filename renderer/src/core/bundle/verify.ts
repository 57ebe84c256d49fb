/**
 * Stage 2 of import, for one signed file: canonical header and payload, signature, key,
 * trust, format version (with migration), payload schema and record ownership. Only
 * `verifyBundle` makes a `VerifiedBundle`, the one type the import plan accepts. Every
 * refusal is an AppError whose code names the check that failed. Files carried inside
 * a bundle, part sets and forks across a selection are handled in selection.ts.
 */
import { base64url } from 'jose';
import type { ZodType } from 'zod';
import { AppError } from '../errors';
import { identityWarnings, recoveryWarnings, type IdentityWarning, type KnownUnit } from './identity';
import { fingerprintOf, importPublicJwk, jwkThumbprint, toPublicJwk, type Fingerprint } from './keys';
import { returnSigningInput, signingInputFromSpare, signingInputOf, type ParsedBundleFile } from './parse';
import { decideKeyTrust, knownKeyFor, type AuthenticatedRotation, type RevokedKey, type TrustedKey } from './rotation';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_JWS_TYP,
  BundlePayloadEnvelopeSchema,
  DEFAULT_TABLE_SCHEMAS,
  DefaultRecordSchema,
  REPLICATED_TABLES,
  ThumbprintSchema,
  type BundleOrigin,
  type BundlePayload,
  type KeyRecovery,
  type PublicJwk,
  type ReplicatedTable,
} from './schema';
import type { FlattenedJws } from './sign';
import { decodeStrictBase64url, decodeStrictBase64urlBytes } from './base64url';
import { parseStrictJson } from './strict-json';
import { recordCheckOf } from './record-check';
import { keepRecordBytes } from './record-bytes';
import { decodeUtf8, readCheckedPayload, readPayload } from './payload-read';

/** A bundle (or one part) the receiver has taken in, kept per origin for duplicates and forks. */
export type SeenBundle = {
  readonly origin: string;
  /** The confirmed key whose lineage signed it (sequences are unique within a lineage). */
  readonly lineage: string;
  readonly sequence: number;
  readonly part?: number;
  readonly setId?: string;
  readonly payloadSha256: string;
};

/** Ghi nhận tiếp nhận phông: the receiver recorded why `carrier` may pass on `carried`'s records. */
export type Custody = {
  readonly carrierUnitId: string;
  readonly carriedUnitId: string;
  /** sáp nhập (merger) or chuyển giao (transfer, e.g. a district passing on its communes). */
  readonly kind: 'merger' | 'transfer';
  /** dd/mm/yyyy as ISO date (yyyy-mm-dd). */
  readonly effectiveDate: string;
  /** The decision it rests on, e.g. "Nghị quyết 1656/NQ-UBTVQH15". */
  readonly basis: string;
  readonly confirmedBy: string;
  readonly confirmedAt: string;
};

export type TrustPolicy = {
  readonly trustedKeys: readonly TrustedKey[];
  readonly rotations?: readonly AuthenticatedRotation[];
  readonly revoked?: readonly RevokedKey[];
  readonly seen?: readonly SeenBundle[];
  readonly custody?: readonly Custody[];
  /** The receiving unit: a bundle claiming to be it is refused. */
  readonly receiverUnitId?: string;
  /** Units already known, for first-contact warnings and for naming units in messages. */
  readonly knownUnits?: readonly KnownUnit[];
};

/** Upgrades a payload of an older formatVersion by one step (v → v+1). */
export type FormatMigration = (payload: Record<string, unknown>) => Record<string, unknown>;

export type VerifyOptions = {
  /** Per-table record schemas replacing the defaults. */
  readonly tableSchemas?: Partial<Record<ReplicatedTable, ZodType>>;
  /** Keyed by the version they upgrade FROM; added to (and overriding) the built-in ones. */
  readonly migrations?: Readonly<Record<number, FormatMigration>>;
  /**
   * Helper threads that run `checkContent` (with the default schemas, so only used without the
   * two options above): `verifySelection` hands them every file but one in `helpers + 1` whose
   * signer's key is known, and checks the others itself meanwhile. `check` gives undefined when
   * the helper could not do it (it died): the file is then checked here.
   */
  readonly elsewhere?: {
    readonly helpers: number;
    /**
     * `input` is the file's signing input (parse.ts `signingInputFromSpare`), handed over to the
     * helper (which may give its buffer back: `returnSigningInput`). `exported`: a picked file
     * laid out as exported (parse.ts `JwsSource.exported`), which the helper may make again from
     * the input to be kept (sign.ts `exportedFileParts`).
     */
    readonly check: (jws: FlattenedJws, key: PublicJwk, knownUnits: readonly KnownUnit[] | undefined, input: Uint8Array<ArrayBuffer>, exported: boolean) => Promise<CheckedContent | undefined>;
    /** A picked file laid out as exported, checked here: its input (the check over) is handed over, to make the file again from it to be kept. */
    readonly keep?: (jws: FlattenedJws, input: Uint8Array<ArrayBuffer>) => void;
  };
};

/** A unit a file was carried through, outermost first. */
export type CarrierRef = { readonly unitId: string; readonly name: string; readonly sequence: number; readonly payloadSha256: string };

declare const verifiedBrand: unique symbol;

/** A bundle whose signature, signer, schema and records were all checked. */
export type VerifiedBundle = {
  readonly payload: BundlePayload;
  readonly kid: string;
  readonly fingerprint: Fingerprint;
  /** SHA-256 (hex) of the signed payload bytes: identifies this exact bundle. */
  readonly payloadSha256: string;
  readonly trustedVia: 'direct' | 'rotation';
  readonly lineage: string;
  /** The file exactly as signed (kept, and passed on unchanged when carried upward). */
  readonly file: FlattenedJws;
  /** Carriers it came through; empty when received directly. */
  readonly via: readonly CarrierRef[];
  readonly [verifiedBrand]: true;
};

/** A key a person must confirm against a paper record before anything it signed is imported. */
export type KeyConfirmation = {
  /** first-contact: no key of this unit yet; new-key: the unit has another confirmed key; key-recovery: the unit says it lost its key. */
  readonly kind: 'first-contact' | 'new-key' | 'key-recovery';
  readonly origin: BundleOrigin;
  readonly kid: string;
  readonly signerKey: PublicJwk;
  readonly fingerprint: Fingerprint;
  readonly counts: BundlePayload['counts'];
  readonly sequence: number;
  readonly createdAt: string;
  readonly recovery?: KeyRecovery;
  readonly warnings: readonly IdentityWarning[];
  readonly via: readonly CarrierRef[];
};

export type VerifyOutcome =
  | { readonly status: 'verified'; readonly bundle: VerifiedBundle }
  /** The same bundle was taken in before: nothing to apply, but it is still a receipt. */
  | { readonly status: 'already-imported'; readonly bundle: VerifiedBundle }
  | { readonly status: 'needs-confirmation'; readonly confirmation: KeyConfirmation };

const registry = new WeakSet<object>();

/** Runtime check of the brand (the type alone does not survive JS callers). */
export function isVerifiedBundle(value: unknown): value is VerifiedBundle {
  return typeof value === 'object' && value !== null && registry.has(value);
}

const B64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Whether base64url text is the one encoding of its bytes: only alphabet characters, no
 * padding, a length that is not 1 mod 4, and the unused low bits of the last character zero
 * (2 bits when the length is 3 mod 4, 4 bits when it is 2 mod 4). The same as decoding and
 * re-encoding, without re-encoding megabytes.
 */
export function isCanonicalBase64url(segment: string): boolean {
  const rest = segment.length % 4;
  if (rest === 1 || !/^[A-Za-z0-9_-]*$/.test(segment)) return false;
  if (rest === 0) return true;
  const last = B64URL_ALPHABET.indexOf(segment[segment.length - 1]!);
  return (last & (rest === 2 ? 0b1111 : 0b11)) === 0;
}

/** Bytes as the text they are, a byte-order mark included (a string decoder would drop one at the start, and take what the text refuses). */
const asText = new TextDecoder('utf-8', { ignoreBOM: true });

/** base64url that is the one encoding of its bytes (no stray bits, no padding, no spaces), decoded. */
export function decodeCanonicalBase64url(segment: string, code: string): Uint8Array<ArrayBuffer> {
  const fast = decodeStrictBase64url(segment);
  if (fast) return fast;
  if (!isCanonicalBase64url(segment)) {
    // Not base64url at all is the caller's error; decodable but not canonical is an altered file.
    try {
      base64url.decode(segment);
    } catch {
      throw new AppError(code);
    }
    throw new AppError('bundle.jws.notCanonical');
  }
  try {
    return new Uint8Array(base64url.decode(segment));
  } catch {
    throw new AppError(code);
  }
}

/** `decodeCanonicalBase64url` of base64url held as ASCII bytes, without making them a string (unless refused: the text then says why). */
export function decodeCanonicalBase64urlBytes(bytes: Uint8Array, code: string): Uint8Array<ArrayBuffer> {
  return decodeStrictBase64urlBytes(bytes) ?? decodeCanonicalBase64url(asText.decode(bytes), code);
}

function decodeJson(bytes: Uint8Array, code: string): unknown {
  return parseStrictJson(decodeUtf8(bytes, code), { syntaxCode: code, maxDepth: 16 });
}

function readHeader(segment: string): { kid: string } {
  const h = decodeJson(decodeCanonicalBase64url(segment, 'bundle.jws.header'), 'bundle.jws.header');
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

/**
 * v1 → v2: a v1 bundle carried other units' records under the carrier's signature only.
 * Those cannot be checked against their own unit's key, so such a file is refused; a v1
 * bundle of the signer's own records is taken as it is.
 */
const fromV1: FormatMigration = (p) => {
  const { carriedOrigins, ...rest } = p;
  if (Array.isArray(carriedOrigins) && carriedOrigins.length > 0) throw new AppError('bundle.carried.unverifiable');
  return { ...rest, formatVersion: 2 };
};
export const BUILT_IN_MIGRATIONS: Readonly<Record<number, FormatMigration>> = { 1: fromV1 };

function migrate(raw: unknown, options: VerifyOptions): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new AppError('bundle.payload.invalid', { path: '' });
  let obj = raw as Record<string, unknown>;
  if (obj.format !== BUNDLE_FORMAT) throw new AppError('bundle.format.unknown');
  let v = obj.formatVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new AppError('bundle.format.unsupported', { version: String(v) });
  if (v > BUNDLE_FORMAT_VERSION) throw new AppError('bundle.format.tooNew', { version: v, max: BUNDLE_FORMAT_VERSION });
  const steps = { ...BUILT_IN_MIGRATIONS, ...options.migrations };
  while (v < BUNDLE_FORMAT_VERSION) {
    const step = steps[v];
    if (!step) throw new AppError('bundle.format.unsupported', { version: v });
    obj = step(obj);
    v += 1;
    if (obj.formatVersion !== v) throw new AppError('bundle.format.unsupported', { version: v });
  }
  return obj;
}

/**
 * The Ed25519 signature over the JWS signing input `protected.payload` (RFC 7515 §5.2; the header
 * was checked to be exactly alg EdDSA, our typ and kid). Straight to WebCrypto: both parts are
 * base64url (ASCII) already checked, so they are copied once into the input (from the file's own
 * bytes where the parse kept them: parse.ts `signingInputOf`), not re-checked, concatenated and
 * decoded again as a general JWS library does with a 30 MB payload.
 */
async function verifySignature(input: Uint8Array<ArrayBuffer>, key: CryptoKey, signature: Uint8Array<ArrayBuffer>): Promise<void> {
  let ok = false;
  try {
    ok = await crypto.subtle.verify({ name: 'Ed25519' }, key, signature, input);
  } catch {
    ok = false;
  }
  if (!ok) throw new AppError('bundle.signature.invalid');
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What `work` gave, or what it threw (told later, in its turn). */
function attempt<T>(work: () => T): { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown } {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Name of a unit for messages: known name, else its id. */
export function unitLabel(unitId: string, known: readonly KnownUnit[] | undefined): string {
  return known?.find((k) => k.unitId === unitId)?.name ?? unitId;
}

/** A signer may only send its own records: every record's origin (and unitId, where a table has one) is the signer. */
function checkRecords(p: BundlePayload, policy: Pick<TrustPolicy, 'knownUnits'>, options: VerifyOptions): void {
  const self = p.origin.unitId;
  for (const t of REPLICATED_TABLES) {
    const rows = p.records[t] ?? [];
    if ((p.counts[t] ?? 0) !== rows.length)
      throw new AppError('bundle.counts.mismatch', { table: t, declared: p.counts[t] ?? 0, actual: rows.length });
    const own = options.tableSchemas?.[t];
    const schema = own ?? DEFAULT_TABLE_SCHEMAS[t] ?? DefaultRecordSchema;
    // The default schemas' fast form; a record it refuses goes to zod, which says where it is wrong.
    const fast = own ? undefined : recordCheckOf(t);
    const ids = new Set<string>();
    rows.forEach((r, index) => {
      if (ids.has(r.id)) throw new AppError('bundle.record.duplicate', { table: t, id: r.id });
      ids.add(r.id);
      if (r.origin !== self)
        throw new AppError('bundle.record.foreignOrigin', { table: t, id: r.id, origin: r.origin, unit: unitLabel(r.origin, policy.knownUnits), sender: p.origin.name });
      if (t !== 'units' && typeof r.unitId === 'string' && r.unitId !== self)
        throw new AppError('bundle.record.foreignUnit', { table: t, id: r.id, unit: unitLabel(r.unitId, policy.knownUnits), sender: p.origin.name });
      if (t === 'units' && r.id !== self)
        throw new AppError('bundle.record.foreignUnit', { table: t, id: r.id, unit: unitLabel(r.id, policy.knownUnits), sender: p.origin.name });
      if (fast?.(r)) return;
      const res = schema.safeParse(r);
      if (!res.success) throw new AppError('bundle.record.invalid', { table: t, index, path: issuePath(res.error.issues[0]?.path ?? []) });
    });
  }
}

/**
 * Where each record is in the payload's bytes (record-bytes.ts), found only for a payload of the
 * current format (a migrated one is not the bytes it was read from).
 */
type RecordPlaces = { readonly bytes: Uint8Array<ArrayBuffer>; readonly spans: Readonly<Record<string, Uint32Array<ArrayBuffer>>> };

/** A file's content once its signature held: the payload read and enveloped, its digest, and the records' refusal if any (told in its turn). */
type Content = { readonly payload: BundlePayload; readonly payloadSha256: string; readonly recordsError?: AppError; readonly places?: RecordPlaces };

/**
 * What `checkContent` found, as it crosses to another thread: the payload's bytes (its signature
 * held, strict JSON) and where its records are, read again there piece by piece
 * (payload-read.ts `readCheckedPayload`: no 20 MB string is made or copied), its digest, the
 * records' refusal.
 */
export type CheckedContent = {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly spans?: Readonly<Record<string, Uint32Array<ArrayBuffer>>>;
  readonly payloadSha256: string;
  readonly recordsError?: AppError;
};

const isCurrentFormat = (raw: unknown) => typeof raw === 'object' && raw !== null && (raw as Record<string, unknown>).formatVersion === BUNDLE_FORMAT_VERSION;

function placesOf(raw: unknown, bytes: Uint8Array<ArrayBuffer>, spans: RecordPlaces['spans'] | undefined): RecordPlaces | undefined {
  return spans && isCurrentFormat(raw) ? { bytes, spans } : undefined;
}

function envelopeOf(raw: unknown, options: VerifyOptions): BundlePayload {
  const res = BundlePayloadEnvelopeSchema.safeParse(migrate(raw, options));
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new AppError('bundle.payload.invalid', { path: issuePath(issue?.path ?? []), message: (issue?.message ?? '').slice(0, 200) });
  }
  return res.data as BundlePayload;
}

/**
 * The costly half of verifying: signature, payload text, strict JSON, envelope and records.
 * The signature check and the digest are started first (a browser may run them off this
 * thread) and awaited once the payload is read; no refusal of the payload is told before the
 * signature holds (a file altered in transit is refused as such, whatever else is wrong with
 * it), and the records' refusal is kept to be told after the signer checks, as it always was.
 */
async function readContent(
  input: Uint8Array<ArrayBuffer>,
  payloadBytes: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
  key: CryptoKey,
  policy: Pick<TrustPolicy, 'knownUnits'>,
  options: VerifyOptions,
): Promise<Content & { readonly spans?: RecordPlaces['spans'] }> {
  const signed = verifySignature(input, key, signature);
  const digest = sha256Hex(payloadBytes);
  signed.catch(() => undefined);
  digest.catch(() => undefined);
  const read = attempt(() => {
    const { raw, spans } = readPayload(payloadBytes, { syntaxCode: 'bundle.payload.notJson', maxDepth: 16 });
    const places = placesOf(raw, payloadBytes, spans);
    return { payload: envelopeOf(raw, options), ...(spans ? { spans } : {}), ...(places ? { places } : {}) };
  });
  const records = read.ok ? attempt(() => checkRecords(read.value.payload, policy, options)) : undefined;
  await signed;
  if (!read.ok) throw read.error;
  return { ...read.value, payloadSha256: await digest, ...(records && !records.ok ? { recordsError: asAppError(records.error) } : {}) };
}

/** What a helper thread is handed of a file besides its signing input: the payload is read out of the input. */
export type JwsHeaderAndSignature = Pick<FlattenedJws, 'protected' | 'signature'> & { readonly payload?: string };

/**
 * `readContent` for a file whose signer's key is known, run on a helper thread (the exchange
 * worker's verify helper) while the worker verifies another file: only what it found crosses
 * back — the payload's bytes and where its records are, read again by the worker without checks
 * (its envelope check is cheap). Default schemas only.
 * Without `jws.payload`, the payload is the part of `input` after `protected.` (the file's
 * base64url, ASCII): the megabytes cross to the helper once, as the input, not twice.
 */
export async function checkContent(jws: JwsHeaderAndSignature, key: PublicJwk, knownUnits?: readonly KnownUnit[], input: Uint8Array<ArrayBuffer> = signingInputOf({ ...jws, payload: jws.payload ?? '' })): Promise<CheckedContent> {
  const payloadBytes = jws.payload === undefined ? decodeCanonicalBase64urlBytes(input.subarray(jws.protected.length + 1), 'bundle.payload.notJson') : decodeCanonicalBase64url(jws.payload, 'bundle.payload.notJson');
  const signature = decodeCanonicalBase64url(jws.signature, 'bundle.signature.invalid');
  const c = await readContent(input, payloadBytes, signature, await importPublicJwk(key), { knownUnits }, {});
  return { bytes: payloadBytes, payloadSha256: c.payloadSha256, ...(c.spans ? { spans: c.spans } : {}), ...(c.recordsError ? { recordsError: c.recordsError } : {}) };
}

/** The content a helper checked, taken back: its bytes (strict JSON already) parsed and enveloped here. */
function contentFrom(c: CheckedContent, options: VerifyOptions): Content {
  let raw: unknown;
  try {
    raw = readCheckedPayload(c.bytes, c.spans);
  } catch {
    throw new AppError('bundle.payload.notJson');
  }
  const places = placesOf(raw, c.bytes, c.spans);
  return { payload: envelopeOf(raw, options), payloadSha256: c.payloadSha256, ...(places ? { places } : {}), ...(c.recordsError ? { recordsError: c.recordsError } : {}) };
}

/** A sender as a file names it in its payload, before anything is verified. */
export type ClaimedSender = { readonly name: string; readonly adminCode: string };

const claimText = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 200) : '');

/**
 * The sender a file names in its payload, read WITHOUT checking anything (a lenient decode and
 * parse, its result never trusted): only for the message refusing the file, so that the archivist
 * knows whom to ask for a new export. Undefined when the payload does not read as one.
 */
export function claimedSender(parsed: ParsedBundleFile): ClaimedSender | undefined {
  try {
    const { source, jws } = parsed;
    const bytes = source ? decodeStrictBase64urlBytes(source.bytes.subarray(source.payloadAt, source.payloadAt + source.payloadLength)) : decodeStrictBase64url(jws.payload);
    if (!bytes) return undefined;
    const origin = (JSON.parse(new TextDecoder().decode(bytes)) as { origin?: Record<string, unknown> } | null)?.origin;
    const name = claimText(origin?.name);
    return name ? { name, adminCode: claimText(origin?.adminCode) } : undefined;
  } catch {
    return undefined;
  }
}

/** The kid a file says it is signed with (undefined when its header is not ours: verifying says why). */
export function kidOf(parsed: ParsedBundleFile): string | undefined {
  try {
    return readHeader(parsed.jws.protected).kid;
  } catch {
    return undefined;
  }
}

const asAppError = (e: unknown): AppError => (e instanceof AppError ? e : new AppError('bundle.verify.failed'));

/**
 * Verifies one signed file against the receiver's trust policy. Throws AppError on any
 * failed check; returns 'needs-confirmation' (nothing imported) when a person must first
 * confirm the signer's key. `via` names the carriers the file came through.
 */
export async function verifyBundle(
  parsed: ParsedBundleFile,
  policy: TrustPolicy,
  options: VerifyOptions = {},
  via: readonly CarrierRef[] = [],
  /** This file's content checked elsewhere (`checkContent` on a helper thread), for a signer whose key is known. */
  checked?: Promise<CheckedContent | undefined>,
): Promise<VerifyOutcome> {
  const { jws } = parsed;
  const { kid } = readHeader(jws.protected);

  // Verify with the key already known for this kid; only for an unknown kid read the key out of the (unverified) payload.
  let key = knownKeyFor(kid, policy.trustedKeys, policy.rotations);
  // A kid is its key's thumbprint: the key the helper checked with is this one.
  const elsewhere = key && checked ? await checked : undefined;
  let content: Content;
  if (elsewhere) content = contentFrom(elsewhere, options);
  else {
    const { source } = parsed;
    // Read from the file's bytes where they are at hand: the payload is never made a string.
    const payloadBytes = source
      ? decodeCanonicalBase64urlBytes(source.bytes.subarray(source.payloadAt, source.payloadAt + source.payloadLength), 'bundle.payload.notJson')
      : decodeCanonicalBase64url(jws.payload, 'bundle.payload.notJson');
    const signature = decodeCanonicalBase64url(jws.signature, 'bundle.signature.invalid');
    if (!key) {
      const raw = decodeJson(payloadBytes, 'bundle.payload.notJson');
      const signerKey = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).signerKey : undefined;
      key = toPublicJwk(signerKey);
      if ((await jwkThumbprint(key)) !== kid) throw new AppError('bundle.kid.mismatch');
    }
    const cryptoKey = await importPublicJwk(key);
    // The input's buffer is kept for the next file once its check is over (parse.ts `signingInputFromSpare`).
    const input = signingInputFromSpare(jws, parsed.source);
    try {
      content = await readContent(input, payloadBytes, signature, cryptoKey, policy, options);
    } catch (e) {
      returnSigningInput(input);
      throw e;
    }
    const keep = options.elsewhere?.keep;
    if (keep && parsed.source?.exported) keep(jws, input);
    else returnSigningInput(input);
  }
  const { payload } = content;
  if ((await jwkThumbprint(payload.signerKey)) !== kid) throw new AppError('bundle.kid.mismatch');
  if (policy.receiverUnitId !== undefined && payload.origin.unitId === policy.receiverUnitId) throw new AppError('bundle.origin.receiver');
  if (content.recordsError) throw content.recordsError;
  const rot = payload.keyRotation;
  if (rot && (rot.unitId !== payload.origin.unitId || rot.previousKid !== kid || (await jwkThumbprint(rot.newKey)) !== rot.newKid))
    throw new AppError('bundle.rotation.invalid');
  const rec = payload.keyRecovery;
  if (rec && (rec.unitId !== payload.origin.unitId || rec.newKid !== kid)) throw new AppError('bundle.recovery.invalid');

  // A key a person confirmed for one unit never speaks for another.
  const keyOwner = policy.trustedKeys.find((k) => k.kid === kid && k.unitId !== payload.origin.unitId);
  if (keyOwner) throw new AppError('bundle.signer.otherUnit', { unit: payload.origin.name, other: unitLabel(keyOwner.unitId, policy.knownUnits) });

  const fingerprint = fingerprintOf(kid);
  const trust = decideKeyTrust({
    unitId: payload.origin.unitId,
    kid,
    sequence: payload.sequence,
    trustedKeys: policy.trustedKeys,
    rotations: policy.rotations ?? [],
    revoked: policy.revoked ?? [],
  });
  if (trust.status === 'first-contact' || trust.status === 'unknown-key') {
    const kind = rec ? 'key-recovery' : trust.status === 'first-contact' ? 'first-contact' : 'new-key';
    const candidate = { unitId: payload.origin.unitId, name: payload.origin.name, adminCode: payload.origin.adminCode };
    return {
      status: 'needs-confirmation',
      confirmation: {
        kind,
        origin: payload.origin,
        kid,
        signerKey: payload.signerKey,
        fingerprint,
        counts: payload.counts,
        sequence: payload.sequence,
        createdAt: payload.createdAt,
        ...(rec ? { recovery: rec } : {}),
        warnings: [...identityWarnings(candidate, policy.knownUnits ?? []), ...(rec ? recoveryWarnings(rec, policy.trustedKeys, policy.revoked) : [])],
        via,
      },
    };
  }
  if (trust.status === 'revoked') throw new AppError('bundle.signer.revoked', { kid, unit: payload.origin.name });
  if (trust.status === 'superseded') throw new AppError('bundle.signer.superseded', { kid, sequence: payload.sequence, last: trust.sequence, unit: payload.origin.name });
  if (trust.status === 'not-yet-valid') throw new AppError('bundle.signer.notYetValid', { kid, sequence: payload.sequence, from: trust.sequence + 1, unit: payload.origin.name });

  // Each record keeps the bytes it was read from, for storing it as received (record-bytes.ts).
  if (content.places) for (const [t, rows] of Object.entries(payload.records)) {
    const spans = content.places.spans[t];
    if (rows && spans) keepRecordBytes(rows, content.places.bytes, spans);
  }
  const { payloadSha256 } = content;
  const bundle = Object.freeze({
    payload,
    kid,
    fingerprint,
    payloadSha256,
    trustedVia: trust.via,
    lineage: trust.lineage,
    // The file's members as parsed (a plain file's payload is made a string only if asked for).
    file: jws,
    via,
  }) as VerifiedBundle;
  registry.add(bundle);

  const seen = policy.seen ?? [];
  if (seen.some((s) => s.payloadSha256 === payloadSha256)) return { status: 'already-imported', bundle };
  return { status: 'verified', bundle };
}

/** What the receiver stores after taking in a bundle, for duplicates and forks. */
export function seenEntryOf(b: VerifiedBundle): SeenBundle {
  return {
    origin: b.payload.origin.unitId,
    lineage: b.lineage,
    sequence: b.payload.sequence,
    ...(b.payload.part ? { part: b.payload.part.index, setId: b.payload.part.setId } : {}),
    payloadSha256: b.payloadSha256,
  };
}

/** The rotation announced in a verified bundle, ready to add to `TrustPolicy.rotations`. */
export function rotationOf(b: VerifiedBundle, receivedAt?: string): AuthenticatedRotation | undefined {
  return b.payload.keyRotation
    ? { announcement: b.payload.keyRotation, signedByKid: b.kid, sequence: b.payload.sequence, ...(receivedAt !== undefined ? { receivedAt } : {}) }
    : undefined;
}
