/**
 * Stage 1 of import: bytes → a JWS-shaped object whose payload is still untrusted.
 * Checks size, UTF-8 without a byte-order mark, canonical JSON (strict-json.ts) and the
 * flattened JWS JSON shape, nothing more.
 */
import { AppError } from '../errors';
import { BUNDLE_LIMITS } from './schema';
import type { FlattenedJws } from './sign';
import { parseStrictJson } from './strict-json';

/** A file that looks like a flattened JWS; nothing in it is verified yet. */
export type ParsedBundleFile = { readonly jws: FlattenedJws; readonly byteLength: number };

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
  const json = parseStrictJson(text, { maxDepth: 4 });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new AppError('bundle.jws.malformed');
  return { jws: jwsShape(json), byteLength: bytes.length };
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
