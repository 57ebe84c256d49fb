// Canonical reading of untrusted JSON: one meaning per file. Duplicate or reserved member
// names, unsafe integers and over-deep nesting are refused with the path where they were
// found; everything strict JSON allows comes back exactly as JSON.parse gives it.
import { describe, expect, it } from 'vitest';
import { parseStrictJson } from '../../renderer/src/core/bundle/strict-json';

const refuse = (text: string) => {
  try {
    parseStrictJson(text);
  } catch (e) {
    return e as { code: string; params: Record<string, unknown> };
  }
  throw new Error(`accepted: ${text}`);
};

describe('parseStrictJson', () => {
  const accepted: string[] = [
    '{}',
    '[]',
    ' {"a":1,"b":[1,2,{"c":null}],"d":"x\\"y","e":true,"f":false} ',
    '{"a":{"x":1},"b":{"x":2}}',
    '"\\u00e1\\n\\t\\/"',
    '-0',
    '9007199254740991',
    '-9007199254740991',
    '1.5e3',
    '123456789012345.678',
    '{"tiêu đề":"Quyết định về việc ban hành Quy chế làm việc"}',
    '[[[[[[1]]]]]]',
  ];
  for (const text of accepted) {
    it(`accepts ${text.slice(0, 40)}`, () => {
      expect(parseStrictJson(text)).toEqual(JSON.parse(text));
    });
  }

  const refused: Array<[string, string, string, string?]> = [
    ['duplicate member', '{"a":1,"a":2}', 'json.duplicateMember', 'a'],
    ['duplicate member, written with an escape', '{"alg":"none","\\u0061lg":"EdDSA"}', 'json.duplicateMember', 'alg'],
    ['duplicate nested in an array', '{"records":[{"id":1},{"id":2,"id":3}]}', 'json.duplicateMember', 'records.1.id'],
    ['__proto__', '{"__proto__":{"x":1}}', 'json.reservedMember', '__proto__'],
    ['constructor', '{"a":{"constructor":1}}', 'json.reservedMember', 'a.constructor'],
    ['hasOwnProperty', '[{"hasOwnProperty":1}]', 'json.reservedMember', '0.hasOwnProperty'],
    ['integer above 2^53', '{"n":9007199254740993}', 'json.unsafeInteger', 'n'],
    ['integer below -2^53', '[-9007199254740993]', 'json.unsafeInteger', '0'],
    ['integer written with an exponent', '{"n":1e20}', 'json.unsafeInteger', 'n'],
    ['too deep', `${'['.repeat(40)}${']'.repeat(40)}`, 'json.tooDeep'],
    ['trailing comma', '{"a":1,}', 'bundle.file.notJson'],
    ['single quotes', "{'a':1}", 'bundle.file.notJson'],
    ['leading zero', '{"a":01}', 'bundle.file.notJson'],
    ['NaN', '[NaN]', 'bundle.file.notJson'],
    ['control character in a string', '"a\u0001b"', 'bundle.file.notJson'],
    ['bad escape', '"\\x41"', 'bundle.file.notJson'],
    ['two values', '{} {}', 'bundle.file.notJson'],
    ['unterminated', '{"a":"b', 'bundle.file.notJson'],
    ['empty', '', 'bundle.file.notJson'],
    ['a BOM is not JSON whitespace', '\ufeff{}', 'bundle.file.notJson'],
  ];
  for (const [name, text, code, path] of refused) {
    it(`refuses ${name}`, () => {
      const e = refuse(text);
      expect(e.code).toBe(code);
      if (path !== undefined) expect(e.params.path).toBe(path);
    });
  }

  it('keeps the value of a long safe integer and a fraction exactly', () => {
    expect(parseStrictJson('[1234567890123456, 0.1]')).toEqual([1234567890123456, 0.1]);
  });
});

describe('isCanonicalBase64url', async () => {
  const { isCanonicalBase64url } = await import('../../renderer/src/core/bundle/verify');
  const { base64url } = await import('jose');
  it('agrees with decode-then-encode on every length and every last character', () => {
    for (let n = 0; n < 8; n++) {
      const good = base64url.encode(new Uint8Array(n).fill(0xa5));
      expect(isCanonicalBase64url(good), good).toBe(true);
      if (good.length === 0) continue;
      for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') {
        const s = good.slice(0, -1) + ch;
        let same = false;
        try {
          same = base64url.encode(base64url.decode(s)) === s;
        } catch {
          same = false;
        }
        expect(isCanonicalBase64url(s), s).toBe(same);
      }
    }
    expect(isCanonicalBase64url('AAAAA')).toBe(false);
    expect(isCanonicalBase64url('AA==')).toBe(false);
    expect(isCanonicalBase64url('A+B/')).toBe(false);
  });
});
