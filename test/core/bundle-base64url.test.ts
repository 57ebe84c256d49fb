// The one-pass decoder of a bundle's signed payload takes exactly the canonical base64url texts
// (the ones decode-then-encode gives back) and returns the bytes jose's decoder gives for them.
import fc from 'fast-check';
import { base64url } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeStrictBase64url } from '../../renderer/src/core/bundle/base64url';
import { isCanonicalBase64url } from '../../renderer/src/core/bundle/verify';

describe('decodeStrictBase64url', () => {
  it('gives back the bytes of any encoding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(decodeStrictBase64url(base64url.encode(bytes))).toEqual(bytes);
      }),
    );
  });

  it('takes a text exactly when it is canonical base64url, with the same bytes as jose', () => {
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/= .\u00e0\u0111\n';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 24 }), (list) => {
        const s = list.join('');
        const got = decodeStrictBase64url(s);
        expect(got !== undefined, s).toBe(isCanonicalBase64url(s));
        if (got) expect(got).toEqual(new Uint8Array(base64url.decode(s)));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses stray bits, padding, a length of 1 mod 4 and characters outside the alphabet', () => {
    for (const s of ['AB', 'ABC', 'AAAAA', 'AA==', 'A+B/', 'AA AA', 'ĐAAA']) expect(decodeStrictBase64url(s), s).toBeUndefined();
    expect(decodeStrictBase64url('AA')).toEqual(new Uint8Array([0]));
    expect(decodeStrictBase64url('')).toEqual(new Uint8Array(0));
  });
});
