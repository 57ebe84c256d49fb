// The one-pass decoder of a bundle's signed payload takes exactly the canonical base64url texts
// (the ones decode-then-encode gives back) and returns the bytes jose's decoder gives for them.
import fc from 'fast-check';
import { base64url } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeStrictBase64url, decodeStrictBase64urlBytes } from '../../renderer/src/core/bundle/base64url';
import { decodeCanonicalBase64url, decodeCanonicalBase64urlBytes, isCanonicalBase64url } from '../../renderer/src/core/bundle/verify';
import type { AppError } from '../../renderer/src/core/errors';

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

describe('decodeStrictBase64urlBytes (a payload read from the file, never made a string)', () => {
  it('takes bytes exactly when their text is canonical base64url, with the same bytes as jose', () => {
    const codes = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/= .\n'].map((c) => c.charCodeAt(0)).concat([0x00, 0x5c, 0x22, 0x7f, 0x80, 0xc3, 0xff]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...codes), { maxLength: 24 }), (list) => {
        const bytes = new Uint8Array(list);
        const text = String.fromCharCode(...list);
        const got = decodeStrictBase64urlBytes(bytes);
        expect(got !== undefined, text).toBe(isCanonicalBase64url(text));
        if (got) expect(got).toEqual(new Uint8Array(base64url.decode(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses with the same code as the text would be refused', () => {
    // A byte-order mark is a character like any other (a decoder must not drop it at the start).
    for (const s of ['AB', 'AAAAA', 'AA==', 'A+B/', 'AA AA', 'QUJD\\', 'QUJ"', '\uFEFFAAAA', '\uFEFFQQ', '\uFEFF']) {
      const fromText = (() => {
        try {
          decodeCanonicalBase64url(s, 'bundle.payload.notJson');
          return 'taken';
        } catch (e) {
          return (e as AppError).code;
        }
      })();
      expect(() => decodeCanonicalBase64urlBytes(new TextEncoder().encode(s), 'bundle.payload.notJson'), s).toThrow(expect.objectContaining({ code: fromText }));
    }
    expect(decodeCanonicalBase64urlBytes(new TextEncoder().encode('QUJD'), 'x')).toEqual(new TextEncoder().encode('ABC'));
  });
});
