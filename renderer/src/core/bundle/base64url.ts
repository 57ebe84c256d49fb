/**
 * Canonical base64url decoding in one pass (a signed bundle's payload is tens of megabytes):
 * only the 64 alphabet characters, no padding, a length that is not 1 mod 4, and the unused low
 * bits of the last character zero — the one encoding of its bytes. Anything else is undefined;
 * the caller then says why (verify.ts `decodeCanonicalBase64url`).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Byte → 6-bit value, 255 for anything outside the alphabet. */
const VALUE = (() => {
  const t = new Uint8Array(256).fill(255);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  return t;
})();

type FromBase64 = (s: string, options: { alphabet: 'base64url'; lastChunkHandling: 'loose' }) => Uint8Array<ArrayBuffer>;
/** The browser's own decoder (Chromium 140 and later): a tenth of the time on a 30 MB payload. Node 20 has none. */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: FromBase64 }).fromBase64;

/** The bytes of canonical base64url `s`, or undefined when `s` is not exactly that. */
export function decodeStrictBase64url(s: string): Uint8Array<ArrayBuffer> | undefined {
  return nativeFromBase64 ? decodeWithNative(s, nativeFromBase64) : decodeStrictBase64urlJs(s);
}

/**
 * The same rule on the browser's decoder, which in its loose mode skips white space and takes
 * padding and stray bits (its strict mode wants padding): the text is canonical only when its
 * length is not 1 mod 4, its last character leaves no stray bits, and the decoder gave every
 * byte the length promises (a character skipped gives fewer). Self-contained, so the browser
 * tests run this very function in Chromium (test/browser/native-base64url.test.ts).
 */
export function decodeWithNative(s: string, fromBase64: FromBase64): Uint8Array<ArrayBuffer> | undefined {
  const n = s.length;
  const rest = n % 4;
  if (rest === 1) return undefined;
  if (rest !== 0) {
    const c = s.charCodeAt(n - 1);
    const v = c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 71 : c >= 48 && c <= 57 ? c + 4 : c === 45 ? 62 : c === 95 ? 63 : -1;
    if (v < 0 || (v & (rest === 2 ? 0b1111 : 0b11)) !== 0) return undefined;
  }
  let out: Uint8Array<ArrayBuffer>;
  try {
    out = fromBase64(s, { alphabet: 'base64url', lastChunkHandling: 'loose' });
  } catch {
    return undefined;
  }
  return out.length === ((n - rest) / 4) * 3 + (rest === 0 ? 0 : rest - 1) ? out : undefined;
}

const encoder = new TextEncoder();

/** The one-pass decoder in JavaScript, where the browser has none (Node 20, older browsers): the text's UTF-8 (a character outside ASCII is bytes outside the alphabet). */
function decodeStrictBase64urlJs(s: string): Uint8Array<ArrayBuffer> | undefined {
  return decodeStrictBase64urlBytes(encoder.encode(s));
}

/**
 * Canonical base64url held as ASCII bytes (a file's payload, or the part of a signing input after
 * its dot), decoded without making it a string: on a 16 MB payload the string alone took as long
 * as this whole decoding (memory touched for the first time is what costs, not the loop).
 */
export function decodeStrictBase64urlBytes(s: Uint8Array): Uint8Array<ArrayBuffer> | undefined {
  const n = s.length;
  const rest = n % 4;
  if (rest === 1) return undefined;
  const full = n - rest;
  const out = new Uint8Array((full / 4) * 3 + (rest === 0 ? 0 : rest - 1));
  let o = 0;
  for (let i = 0; i < full; i += 4) {
    const a = VALUE[s[i]!]!;
    const b = VALUE[s[i + 1]!]!;
    const c = VALUE[s[i + 2]!]!;
    const d = VALUE[s[i + 3]!]!;
    if ((a | b | c | d) > 63) return undefined;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 0xff;
    out[o++] = v & 0xff;
  }
  if (rest === 0) return out;
  const a = VALUE[s[full]!]!;
  const b = VALUE[s[full + 1]!]!;
  const c = rest === 3 ? VALUE[s[full + 2]!]! : 0;
  if ((a | b | c) > 63) return undefined;
  // Stray bits in the last character: another text for the same bytes, so not canonical.
  if (rest === 2 ? (b & 0b1111) !== 0 : (c & 0b11) !== 0) return undefined;
  out[o++] = (a << 2) | (b >> 4);
  if (rest === 3) out[o] = ((b & 0b1111) << 4) | (c >> 2);
  return out;
}

/** Whether every byte of `s` from `start` to `end` is a base64url character (a file's member value read as plain). */
export function isBase64urlBytes(s: Uint8Array, start: number, end: number): boolean {
  let bad = 0;
  for (let i = start; i < end; i++) bad |= VALUE[s[i]!]!;
  return bad <= 63;
}
