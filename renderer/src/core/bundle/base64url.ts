/**
 * Canonical base64url decoding in one pass (a signed bundle's payload is tens of megabytes):
 * only the 64 alphabet characters, no padding, a length that is not 1 mod 4, and the unused low
 * bits of the last character zero — the one encoding of its bytes. Anything else is undefined;
 * the caller then says why (verify.ts `decodeCanonicalBase64url`).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Character code → 6-bit value, 255 for anything outside the alphabet (every UTF-16 code unit has an entry). */
const VALUE = (() => {
  const t = new Uint8Array(65536).fill(255);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  return t;
})();

/** The bytes of canonical base64url `s`, or undefined when `s` is not exactly that. */
export function decodeStrictBase64url(s: string): Uint8Array<ArrayBuffer> | undefined {
  const n = s.length;
  const rest = n % 4;
  if (rest === 1) return undefined;
  const full = n - rest;
  const out = new Uint8Array((full / 4) * 3 + (rest === 0 ? 0 : rest - 1));
  let o = 0;
  for (let i = 0; i < full; i += 4) {
    const a = VALUE[s.charCodeAt(i)]!;
    const b = VALUE[s.charCodeAt(i + 1)]!;
    const c = VALUE[s.charCodeAt(i + 2)]!;
    const d = VALUE[s.charCodeAt(i + 3)]!;
    if ((a | b | c | d) > 63) return undefined;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 0xff;
    out[o++] = v & 0xff;
  }
  if (rest === 0) return out;
  const a = VALUE[s.charCodeAt(full)]!;
  const b = VALUE[s.charCodeAt(full + 1)]!;
  const c = rest === 3 ? VALUE[s.charCodeAt(full + 2)]! : 0;
  if ((a | b | c) > 63) return undefined;
  // Stray bits in the last character: another text for the same bytes, so not canonical.
  if (rest === 2 ? (b & 0b1111) !== 0 : (c & 0b11) !== 0) return undefined;
  out[o++] = (a << 2) | (b >> 4);
  if (rest === 3) out[o] = ((b & 0b1111) << 4) | (c >> 2);
  return out;
}
