/**
 * Stage 1 of import: bytes → a JWS-shaped object whose payload is still untrusted.
 * Checks size, UTF-8 without a byte-order mark, canonical JSON (strict-json.ts) and the
 * flattened JWS JSON shape, nothing more.
 */
import { AppError } from '../errors';
import { BUNDLE_LIMITS } from './schema';
import { EXPORT_LAYOUT, type FlattenedJws } from './sign';
import { parseStrictJson } from './strict-json';
import { isBase64urlBytes } from './base64url';

/** A file that looks like a flattened JWS; nothing in it is verified yet. */
export type ParsedBundleFile = {
  readonly jws: FlattenedJws;
  readonly byteLength: number;
  /** Where `protected` and `payload` are in the file's bytes, when the file is the plain ASCII form (the signing input is copied from them, the payload decoded from them). */
  readonly source?: JwsSource;
};

/**
 * The file's bytes, where the `protected` and `payload` values start in them and the payload's
 * length (each value's bytes are its characters: ASCII). `exported`: the bytes are exactly what the export writes
 * (sign.ts `encodeBundleFile`), so the file is made again, byte for byte, from its signing input
 * and signature (sign.ts `exportedFileParts`).
 */
export type JwsSource = { readonly bytes: Uint8Array; readonly protectedAt: number; readonly payloadAt: number; readonly payloadLength: number; readonly exported: boolean };

/** Whether `text` is at `at` in `bytes` (ASCII). */
function bytesAt(bytes: Uint8Array, text: string, at: number): boolean {
  if (at < 0 || at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Whether `bytes` (a plain JWS file with members this long) are laid out exactly as `encodeBundleFile` writes them. */
function isExportLayout(bytes: Uint8Array, protectedLength: number, payloadLength: number, signatureLength: number): boolean {
  const l = EXPORT_LAYOUT;
  const payloadAt = l.open.length + protectedLength + l.beforePayload.length;
  const signatureAt = payloadAt + payloadLength + l.beforeSignature.length;
  return (
    bytes.length === signatureAt + signatureLength + l.close.length &&
    bytesAt(bytes, l.open, 0) &&
    bytesAt(bytes, l.beforePayload, payloadAt - l.beforePayload.length) &&
    bytesAt(bytes, l.beforeSignature, signatureAt - l.beforeSignature.length) &&
    bytesAt(bytes, l.close, bytes.length - l.close.length)
  );
}

/** The payload's length in characters (its bytes: ASCII), without making the payload a string when the file's bytes are at hand. */
const payloadLengthOf = (jws: FlattenedJws, source?: JwsSource) => (source ? source.payloadLength : jws.payload.length);

/**
 * The JWS signing input `protected.payload` (RFC 7515 §5.2): copied from the file's bytes when
 * the parse kept where they are, else encoded from the two strings (ASCII, already checked).
 */
export function signingInputOf(jws: FlattenedJws, source?: JwsSource, into?: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const head = jws.protected.length;
  const input = into ?? new Uint8Array(head + 1 + payloadLengthOf(jws, source));
  if (source) {
    input.set(source.bytes.subarray(source.protectedAt, source.protectedAt + head));
    input.set(source.bytes.subarray(source.payloadAt, source.payloadAt + source.payloadLength), head + 1);
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
  const size = jws.protected.length + 1 + payloadLengthOf(jws, source);
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
  // The plain form is ASCII only (base64url, member names, punctuation, white space): read from
  // the bytes, it is valid UTF-8, and a character's index is its byte's index.
  const plain = plainJws(bytes);
  if (plain) {
    const { jws, at, payloadLength } = plain;
    return {
      jws,
      byteLength: bytes.length,
      source: { bytes, protectedAt: at.protected, payloadAt: at.payload, payloadLength, exported: isExportLayout(bytes, jws.protected.length, payloadLength, jws.signature.length) },
    };
  }
  const other = otherKindOfFile(bytes);
  if (other) throw new AppError(other);
  return { jws: strictJws(bytes), byteLength: bytes.length };
}

const startsWith = (bytes: Uint8Array, ...head: number[]) => head.every((b, i) => bytes[i] === b);

/**
 * A file a clerk picks by mistake instead of a bundle, told as what it is rather than as a damaged
 * bundle ("copy it again" would not help): the app's own backup (its first line names its format),
 * or a document, picture or archive known by its first bytes.
 */
function otherKindOfFile(bytes: Uint8Array): string | undefined {
  const head = ascii.decode(bytes.subarray(0, 64)).replace(/\s/g, '');
  if (head.startsWith('{"kind":"header","format":"luutru-backup"')) return 'bundle.file.isBackup';
  if (
    startsWith(bytes, 0x25, 0x50, 0x44, 0x46) || // %PDF
    startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || // ZIP: .docx, .xlsx, .zip
    startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0) || // .doc, .xls
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || // PNG
    startsWith(bytes, 0xff, 0xd8, 0xff) || // JPEG
    startsWith(bytes, 0x52, 0x61, 0x72, 0x21) // RAR
  )
    return 'bundle.file.notBundle';
  return undefined;
}

/** A file read the general way — strict UTF-8, strict JSON, the JWS shape — with the precise refusal of each; the plain reading gives what this gives. */
export function strictJws(bytes: Uint8Array): FlattenedJws {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new AppError('bundle.file.notUtf8');
  }
  const json = parseStrictJson(text, { maxDepth: 4 });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new AppError('bundle.jws.malformed');
  return jwsShape(json);
}

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const QUOTE = 0x22;
const ascii = new TextDecoder();
const MEMBER_NAMES = ['payload', 'protected', 'signature'] as const;

/**
 * A flattened JWS whose payload is made a string only when asked for (`payload`): the payload of
 * a file read as plain is tens of megabytes, and an import reads it from the file's bytes (its
 * signing input, its decoding), so the string is mostly never made.
 */
function plainJwsOf(prot: string, signature: string, bytes: Uint8Array, payloadAt: number, payloadLength: number): FlattenedJws {
  let payload: string | undefined;
  return {
    protected: prot,
    get payload() {
      return (payload ??= ascii.decode(bytes.subarray(payloadAt, payloadAt + payloadLength)));
    },
    signature,
  };
}

/**
 * The file as every exporter writes it — one object of the three members, each name and value a
 * plain string (no escape), each value base64url — read from its bytes without a general JSON pass
 * over its tens of megabytes, nor a string of them: what the strict reading and `jwsShape` would
 * return for it, or undefined for anything else (which then takes that reading and gets its
 * precise refusal).
 */
function plainJws(bytes: Uint8Array): { jws: FlattenedJws; at: { protected: number; payload: number }; payloadLength: number } | undefined {
  const n = bytes.length;
  let i = 0;
  const skipWs = () => {
    while (i < n && isWs(bytes[i]!)) i++;
  };
  const token = (c: number): boolean => {
    skipWs();
    if (bytes[i] !== c) return false;
    i++;
    return true;
  };
  /** A string of base64url characters only (so no escape and nothing outside ASCII): where it is. */
  const plainString = (): { start: number; end: number } | undefined => {
    if (!token(QUOTE)) return undefined;
    const end = bytes.indexOf(QUOTE, i);
    if (end < 0) return undefined;
    const start = i;
    i = end + 1;
    return isBase64urlBytes(bytes, start, end) ? { start, end } : undefined;
  };
  if (!token(0x7b)) return undefined;
  const members: Partial<Record<(typeof MEMBER_NAMES)[number], { start: number; end: number }>> = {};
  for (let k = 0; k < 3; k++) {
    const name = plainString();
    const which = name && MEMBER_NAMES.find((m) => m.length === name.end - name.start && bytesAt(bytes, m, name.start));
    if (!which || members[which] || !token(0x3a)) return undefined;
    const value = plainString();
    if (value === undefined) return undefined;
    members[which] = value;
    if (!token(k < 2 ? 0x2c : 0x7d)) return undefined;
  }
  skipWs();
  if (i !== n) return undefined;
  const { protected: prot, payload, signature } = members as Required<typeof members>;
  if (prot.end === prot.start || payload.end === payload.start) throw new AppError('bundle.jws.malformed');
  if (signature.end - signature.start !== 86) throw new AppError('bundle.signature.invalid');
  const text = (m: { start: number; end: number }) => ascii.decode(bytes.subarray(m.start, m.end));
  const payloadLength = payload.end - payload.start;
  return { jws: plainJwsOf(text(prot), text(signature), bytes, payload.start, payloadLength), at: { protected: prot.start, payload: payload.start }, payloadLength };
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
