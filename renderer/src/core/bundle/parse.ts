/**
 * Stage 1 of import: bytes → a JWS-shaped object whose payload is still untrusted.
 * Checks size, UTF-8 without a byte-order mark, canonical JSON (strict-json.ts) and the
 * flattened JWS JSON shape, nothing more.
 */
import { AppError } from '../errors';
import { BUNDLE_LIMITS } from './schema';
import { EXPORT_LAYOUT, type FlattenedJws } from './sign';
import { parseStrictJson } from './strict-json';

/** A file that looks like a flattened JWS; nothing in it is verified yet. */
export type ParsedBundleFile = {
  readonly jws: FlattenedJws;
  readonly byteLength: number;
  /** Where `protected` and `payload` start in the file's bytes, when the file is the plain ASCII form (the signing input is then copied from them). */
  readonly source?: JwsSource;
};

/**
 * The file's bytes and where the `protected` and `payload` values start in them (each value's
 * bytes are its characters: ASCII). `exported`: the bytes are exactly what the export writes
 * (sign.ts `encodeBundleFile`), so the file is made again, byte for byte, from its signing input
 * and signature (sign.ts `exportedFileParts`).
 */
export type JwsSource = { readonly bytes: Uint8Array; readonly protectedAt: number; readonly payloadAt: number; readonly exported: boolean };

/** Whether `text` (a plain JWS file) is laid out exactly as `encodeBundleFile` writes `jws`. */
function isExportLayout(text: string, jws: FlattenedJws): boolean {
  const l = EXPORT_LAYOUT;
  const payloadAt = l.open.length + jws.protected.length + l.beforePayload.length;
  const signatureAt = payloadAt + jws.payload.length + l.beforeSignature.length;
  return (
    text.length === signatureAt + jws.signature.length + l.close.length &&
    text.startsWith(l.open) &&
    text.startsWith(l.beforePayload, payloadAt - l.beforePayload.length) &&
    text.startsWith(l.beforeSignature, signatureAt - l.beforeSignature.length) &&
    text.endsWith(l.close)
  );
}

/**
 * The JWS signing input `protected.payload` (RFC 7515 §5.2): copied from the file's bytes when
 * the parse kept where they are, else encoded from the two strings (ASCII, already checked).
 */
export function signingInputOf(jws: FlattenedJws, source?: JwsSource, into?: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const head = jws.protected.length;
  const input = into ?? new Uint8Array(head + 1 + jws.payload.length);
  if (source) {
    input.set(source.bytes.subarray(source.protectedAt, source.protectedAt + head));
    input.set(source.bytes.subarray(source.payloadAt, source.payloadAt + jws.payload.length), head + 1);
  } else {
    const encoder = new TextEncoder();
    encoder.encodeInto(jws.protected, input);
    encoder.encodeInto(jws.payload, input.subarray(head + 1));
  }
  input[head] = 0x2e; // '.'
  return input;
}

/**
 * Signing inputs are tens of megabytes and made for every file checked; memory a thread touches
 * for the first time is slow to get (on the microVM the import is measured on, ~3 ms a megabyte,
 * as much as the check of that input by Ed25519), so the buffers of inputs checked are kept and
 * made again into the next ones: at most two, the largest (a bundle's two parts, about 40 MB),
 * kept while the thread that checks files lives — the exchange worker, or the process of the
 * province archive's server.
 */
const spareInputs: ArrayBuffer[] = [];
const KEPT_INPUTS = 2;
/** Room for a later, slightly larger input (whole megabytes). */
const roomFor = (size: number) => Math.ceil((size + 1) / 1_048_576) * 1_048_576;

/** `signingInputOf` into a kept buffer when one is large enough; give it back with `returnSigningInput` once its check is over. */
export function signingInputFromSpare(jws: FlattenedJws, source?: JwsSource): Uint8Array<ArrayBuffer> {
  const size = jws.protected.length + 1 + jws.payload.length;
  let best = -1;
  // The smallest that fits; among equal sizes the one given back last (kept in the order given back).
  spareInputs.forEach((b, i) => {
    if (b.byteLength >= size && (best < 0 || b.byteLength <= spareInputs[best]!.byteLength)) best = i;
  });
  const buffer = best >= 0 ? spareInputs.splice(best, 1)[0]! : new ArrayBuffer(roomFor(size));
  return signingInputOf(jws, source, new Uint8Array(buffer, 0, size));
}

/** Keeps the buffer of a signing input whose check is over (nothing refers to it any more) for the next one. */
export function returnSigningInput(input: Uint8Array<ArrayBuffer>): void {
  const buffer = input.buffer;
  // Moved away to another thread (detached), or kept already.
  if (buffer.byteLength === 0 || spareInputs.includes(buffer)) return;
  spareInputs.push(buffer);
  spareInputs.sort((a, b) => b.byteLength - a.byteLength);
  spareInputs.length = Math.min(spareInputs.length, KEPT_INPUTS);
}

export type ParseOptions = { readonly maxBytes?: number };

const B64URL = /^[A-Za-z0-9_-]*$/;

export function parseBundleFile(bytes: Uint8Array, options: ParseOptions = {}): ParsedBundleFile {
  const maxBytes = options.maxBytes ?? BUNDLE_LIMITS.maxFileBytes;
  if (bytes.length > maxBytes) throw new AppError('bundle.file.tooLarge', { size: bytes.length, max: maxBytes });
  if (bytes.length === 0) throw new AppError('bundle.file.empty');
  // A byte-order mark means the file went through an editor: refuse it rather than guess.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) throw new AppError('bundle.file.bom');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new AppError('bundle.file.notUtf8');
  }
  const plain = plainJws(text);
  // The plain form is ASCII only (base64url, member names, punctuation, white space), so a
  // character's index in the text is its byte's index in the file.
  if (plain)
    return {
      jws: plain.jws,
      byteLength: bytes.length,
      ...(text.length === bytes.length ? { source: { bytes, protectedAt: plain.at.protected, payloadAt: plain.at.payload, exported: isExportLayout(text, plain.jws) } } : {}),
    };
  const json = parseStrictJson(text, { maxDepth: 4 });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new AppError('bundle.jws.malformed');
  return { jws: jwsShape(json), byteLength: bytes.length };
}

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const JWS_MEMBERS: ReadonlySet<string> = new Set(['payload', 'protected', 'signature']);

/**
 * The file as every exporter writes it — one object of the three members, each name and value a
 * plain string (no escape), each value base64url — read without a general JSON pass over its tens
 * of megabytes: what the strict reading and `jwsShape` would return for it, or undefined for
 * anything else (which then takes that reading and gets its precise refusal).
 */
function plainJws(text: string): { jws: FlattenedJws; at: { protected: number; payload: number } } | undefined {
  const n = text.length;
  let i = 0;
  const skipWs = () => {
    while (i < n && isWs(text.charCodeAt(i))) i++;
  };
  const token = (c: number): boolean => {
    skipWs();
    if (text.charCodeAt(i) !== c) return false;
    i++;
    return true;
  };
  let valueAt = 0;
  const plainString = (): string | undefined => {
    if (!token(0x22)) return undefined;
    const end = text.indexOf('"', i);
    if (end < 0) return undefined;
    valueAt = i;
    const value = text.slice(i, end);
    i = end + 1;
    // Base64url has no backslash or control character: the text between the quotes is the value itself.
    return B64URL.test(value) ? value : undefined;
  };
  if (!token(0x7b)) return undefined;
  const members: Record<string, string> = {};
  const at: Record<string, number> = {};
  for (let k = 0; k < 3; k++) {
    const name = plainString();
    if (name === undefined || !JWS_MEMBERS.has(name) || name in members || !token(0x3a)) return undefined;
    const value = plainString();
    if (value === undefined) return undefined;
    members[name] = value;
    at[name] = valueAt;
    if (!token(k < 2 ? 0x2c : 0x7d)) return undefined;
  }
  skipWs();
  if (i !== n) return undefined;
  const { protected: prot, payload, signature } = members as FlattenedJws;
  if (prot === '' || payload === '') throw new AppError('bundle.jws.malformed');
  if (signature.length !== 86) throw new AppError('bundle.signature.invalid');
  return { jws: { protected: prot, payload, signature }, at: { protected: at.protected!, payload: at.payload! } };
}

/** The three members of a flattened JWS, base64url, nothing else (also used for carried files). */
export function jwsShape(json: unknown): FlattenedJws {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new AppError('bundle.jws.malformed');
  const obj = json as Record<string, unknown>;
  const keys = Object.keys(obj).sort().join(',');
  if (keys !== 'payload,protected,signature') throw new AppError('bundle.jws.malformed', { members: keys.slice(0, 100) });
  const { protected: prot, payload, signature } = obj;
  if (typeof prot !== 'string' || typeof payload !== 'string' || typeof signature !== 'string')
    throw new AppError('bundle.jws.malformed');
  if (!B64URL.test(prot) || !B64URL.test(payload) || !B64URL.test(signature) || prot === '' || payload === '')
    throw new AppError('bundle.jws.malformed');
  if (signature.length !== 86) throw new AppError('bundle.signature.invalid');
  return { protected: prot, payload, signature };
}
