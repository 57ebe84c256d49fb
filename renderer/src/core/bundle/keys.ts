/**
 * Signing keys (khóa ký) in pure WebCrypto, so the same code runs in Node 20 and
 * Chromium: generate an Ed25519 pair with a non-extractable private key, export the
 * public JWK, its RFC 7638 thumbprint (the `kid`), and a fingerprint a person can
 * read aloud over the phone and compare on paper (dấu vân tay khóa).
 */
import { base64url, calculateJwkThumbprint } from 'jose';
import { AppError } from '../errors';
import { foldText, foldedWords } from '../text';
import { FINGERPRINT_WORDS } from './fingerprint-words';
import { PublicJwkSchema, type PublicJwk } from './schema';

export type SigningKeyPair = { readonly privateKey: CryptoKey; readonly publicKey: CryptoKey };

/** New Ed25519 pair; the private key can sign but never be exported (it stays in IndexedDB). */
export async function generateSigningKeyPair(): Promise<SigningKeyPair> {
  const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
  if (!('privateKey' in pair)) throw new AppError('bundle.key.generateFailed');
  return { privateKey: pair.privateKey, publicKey: pair.publicKey };
}

/** The public key as a minimal JWK {kty, crv, x}. */
export async function exportPublicJwk(publicKey: CryptoKey): Promise<PublicJwk> {
  const jwk = await crypto.subtle.exportKey('jwk', publicKey);
  return toPublicJwk(jwk);
}

/** Keeps only the public members and checks them; refuses private keys. */
export function toPublicJwk(jwk: unknown): PublicJwk {
  if (typeof jwk !== 'object' || jwk === null) throw new AppError('bundle.key.invalid');
  const { kty, crv, x } = jwk as Record<string, unknown>;
  const parsed = PublicJwkSchema.safeParse({ kty, crv, x });
  if (!parsed.success) throw new AppError('bundle.key.invalid');
  return parsed.data;
}

export async function importPublicJwk(jwk: PublicJwk): Promise<CryptoKey> {
  try {
    return await crypto.subtle.importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, { name: 'Ed25519' }, true, ['verify']);
  } catch {
    throw new AppError('bundle.key.invalid');
  }
}

/** RFC 7638 SHA-256 thumbprint, base64url (43 chars): the `kid` of bundles signed with this key. */
export async function jwkThumbprint(jwk: PublicJwk): Promise<string> {
  return calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x }, 'sha256');
}

export type Fingerprint = {
  readonly kid: string;
  /** 10 words, one per byte of the thumbprint, e.g. "gà · núi · …". */
  readonly words: readonly string[];
  /** The same 10 bytes as hex in groups of 4: "3F2A 91BC 0D11 7E55 A0C3". */
  readonly hex: string;
  /** The same 10 bytes as five 5-digit numbers (0–65535): "16170 37308 …". */
  readonly decimal: string;
};

export const FINGERPRINT_BYTES = 10;

/** The human fingerprint of a thumbprint (or of a key, via `keyFingerprint`). */
export function fingerprintOf(kid: string): Fingerprint {
  let bytes: Uint8Array;
  try {
    bytes = base64url.decode(kid);
  } catch {
    throw new AppError('bundle.key.invalid');
  }
  if (bytes.length < FINGERPRINT_BYTES) throw new AppError('bundle.key.invalid');
  const head = Array.from(bytes.subarray(0, FINGERPRINT_BYTES));
  const words = head.map((b) => FINGERPRINT_WORDS[b]!);
  const pairs: number[] = [];
  for (let i = 0; i < head.length; i += 2) pairs.push(head[i]! * 256 + head[i + 1]!);
  return {
    kid,
    words,
    hex: pairs.map((p) => p.toString(16).toUpperCase().padStart(4, '0')).join(' '),
    decimal: pairs.map((p) => String(p).padStart(5, '0')).join(' '),
  };
}

export async function keyFingerprint(jwk: PublicJwk): Promise<Fingerprint> {
  return fingerprintOf(await jwkThumbprint(jwk));
}

/**
 * Whether the words a person typed from a paper record are this fingerprint's words, in
 * order. Marks and case do not matter: no two words of the list fold to the same letters.
 */
export function wordsMatchFingerprint(typed: string, fingerprint: Fingerprint): boolean {
  return checkFingerprintWords(typed, fingerprint).status === 'match';
}

/**
 * Words typed from the paper against a fingerprint, saying what is wrong: how many were typed when
 * it is not ten, else which places (1-based) differ — so the person checks that word on the paper,
 * not all ten again.
 */
export function checkFingerprintWords(typed: string, fingerprint: Fingerprint): { status: 'match' } | { status: 'count'; typed: number; expected: number } | { status: 'differ'; places: number[] } {
  const typedWords = foldedWords(typed);
  const expected = fingerprint.words.map((w) => foldText(w));
  if (typedWords.length !== expected.length) return { status: 'count', typed: typedWords.length, expected: expected.length };
  const places = expected.flatMap((w, i) => (typedWords[i] === w ? [] : [i + 1]));
  return places.length === 0 ? { status: 'match' } : { status: 'differ', places };
}

/** Words back to the 10 bytes' hex, for a "type the words you heard" check; undefined if a word is unknown. */
export function wordsToHex(words: readonly string[]): string | undefined {
  const out: string[] = [];
  for (const w of words) {
    const i = FINGERPRINT_WORDS.indexOf(w.normalize('NFC').trim().toLowerCase());
    if (i < 0) return undefined;
    out.push(i.toString(16).toUpperCase().padStart(2, '0'));
  }
  return out.join('');
}

const PKCS8_ED25519_PREFIX = Uint8Array.from([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);

/** Imports a PKCS#8 Ed25519 private key (DER bytes), non-extractable. Used by the CLI and fixtures. */
export async function importPkcs8PrivateKey(der: Uint8Array): Promise<CryptoKey> {
  try {
    return await crypto.subtle.importKey('pkcs8', der.slice(), { name: 'Ed25519' }, false, ['sign']);
  } catch {
    throw new AppError('bundle.key.invalid');
  }
}

/** PKCS#8 DER for a 32-byte Ed25519 seed (deterministic keys for test fixtures). */
export function pkcs8FromSeed(seed: Uint8Array): Uint8Array {
  if (seed.length !== 32) throw new AppError('bundle.key.invalid');
  const der = new Uint8Array(PKCS8_ED25519_PREFIX.length + 32);
  der.set(PKCS8_ED25519_PREFIX);
  der.set(seed, PKCS8_ED25519_PREFIX.length);
  return der;
}

/** Reads a "-----BEGIN PRIVATE KEY-----" PEM into DER bytes. */
export function pemToDer(pem: string, label = 'PRIVATE KEY'): Uint8Array {
  const m = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(pem);
  if (!m) throw new AppError('bundle.key.invalid');
  const b64 = m[1]!.replace(/\s+/g, '');
  try {
    const bin = atob(b64);
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    throw new AppError('bundle.key.invalid');
  }
}

/** Public JWK derived from an Ed25519 PKCS#8 DER (the last 32 bytes are the seed; WebCrypto derives x). */
export async function publicJwkFromPkcs8(der: Uint8Array): Promise<PublicJwk> {
  // Import extractable only long enough to read the public part; the caller keeps the non-extractable key.
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('pkcs8', der.slice(), { name: 'Ed25519' }, true, ['sign']);
  } catch {
    throw new AppError('bundle.key.invalid');
  }
  const jwk = await crypto.subtle.exportKey('jwk', key);
  return toPublicJwk(jwk);
}
