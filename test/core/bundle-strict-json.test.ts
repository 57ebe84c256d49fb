// Canonical reading of untrusted JSON: one meaning per file. Duplicate or reserved member
// names, unsafe integers and over-deep nesting are refused with the path where they were
// found; everything strict JSON allows comes back exactly as JSON.parse gives it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countMembers, parseCountedJson, parseStrictJson } from '../../renderer/src/core/bundle/strict-json';

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
    // Objects of an array are read against the names of the one before (strict-json.ts `template`).
    ['duplicate in a later record, the first name as before', '[{"a":1,"b":2},{"a":1,"a":2}]', 'json.duplicateMember', '1.a'],
    ['duplicate past the names of the record before', '[{"a":1,"b":2},{"a":1,"b":2,"a":3}]', 'json.duplicateMember', '1.a'],
    ['duplicate in a later record, names reordered', '[{"a":1,"b":2},{"b":1,"a":2,"b":3}]', 'json.duplicateMember', '1.b'],
    ['duplicate after a record whose name had an escape', '[{"a\\u0062":1},{"ab":1,"ab":2}]', 'json.duplicateMember', '1.ab'],
    ['reserved name past the names of the record before', '[{"a":1},{"a":1,"__proto__":2}]', 'json.reservedMember', '1.__proto__'],
    ['escaped twin of the record before\'s name', '[{"ab":1,"c":2},{"ab":1,"\\u0061b":2}]', 'json.duplicateMember', '1.ab'],
    ['a form-feed name written short and in \\u form, after a record whose name is e, backslash, f', '[{"e\\\\f":1},{"e\\f":1,"e\\u000c":2}]', 'json.duplicateMember', '1.e\f'],
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

  it('arrays of objects with names repeated, reordered or escaped: refused exactly when an object repeats a name, at that name', () => {
    type Obj = { members: [string, boolean, Val][] };
    type Val = number | Obj | Obj[];
    const name = fc.constantFrom('id', 'a', 'b', 'số', 'c"d', 'e\\f');
    const obj: fc.Arbitrary<Obj> = fc.letrec<{ o: Obj; v: Val }>((tie) => ({
      o: fc.record({ members: fc.array(fc.tuple(name, fc.boolean(), tie('v')), { maxLength: 5 }) }),
      v: fc.oneof({ depthSize: 'small' }, fc.integer({ min: 0, max: 9 }), tie('o'), fc.array(tie('o'), { maxLength: 3 })),
    })).o as fc.Arbitrary<Obj>;
    // A name written plainly, or every character escaped.
    const nameText = (n: string, escape: boolean) => (escape ? `"${[...n].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"` : JSON.stringify(n));
    const write = (v: Val): string =>
      typeof v === 'number' ? String(v) : Array.isArray(v) ? `[${v.map(write).join(',')}]` : `{${v.members.map(([n, e, x]) => `${nameText(n, e)}:${write(x)}`).join(',')}}`;
    /** The path of the first repeated name in reading order, or undefined. */
    const firstRepeat = (v: Val, at: string[]): string | undefined => {
      if (typeof v === 'number') return undefined;
      if (Array.isArray(v)) {
        for (const [k, o] of v.entries()) {
          const r = firstRepeat(o, [...at, String(k)]);
          if (r !== undefined) return r;
        }
        return undefined;
      }
      const seen = new Set<string>();
      for (const [n, , x] of v.members) {
        if (seen.has(n)) return [...at, n].join('.');
        seen.add(n);
        const r = firstRepeat(x, [...at, n]);
        if (r !== undefined) return r;
      }
      return undefined;
    };
    fc.assert(
      fc.property(fc.array(obj, { minLength: 1, maxLength: 6 }), (records) => {
        const text = write(records);
        const repeat = firstRepeat(records, []);
        if (repeat === undefined) expect(parseStrictJson(text)).toEqual(JSON.parse(text));
        else expect(refuse(text)).toMatchObject({ code: 'json.duplicateMember', params: { path: repeat } });
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the value of a long safe integer and a fraction exactly', () => {
    expect(parseStrictJson('[1234567890123456, 0.1]')).toEqual([1234567890123456, 0.1]);
  });
});

/** What the counted reading says of a text: its value, or that it cannot accept it. */
function counted(text: string, maxDepth?: number): { value: unknown } | 'refused' {
  try {
    return { value: parseCountedJson(text, countMembers(new TextEncoder().encode(text)), maxDepth) };
  } catch {
    return 'refused';
  }
}

/** What the strict reading says: its value, or that it refuses. */
function strict(text: string, maxDepth?: number): { value: unknown } | 'refused' {
  try {
    return { value: parseStrictJson(text, maxDepth === undefined ? {} : { maxDepth }) };
  } catch {
    return 'refused';
  }
}

describe('parseCountedJson: the strict verdict on the value, names counted over the bytes', () => {
  it('counts the members of UTF-8 text, colons inside strings and escaped quotes left out', () => {
    const n = (text: string) => countMembers(new TextEncoder().encode(text));
    expect(n('{"a":1,"b":{"c":"x:y"},"d":["e:f"]}')).toBe(4);
    expect(n('{"tiêu đề":"Quyết định: \\"số\\" 12","k\\\\":2}')).toBe(2);
    expect(n('[1,2,3]')).toBe(0);
    expect(n('{"a":"unterminated')).toBe(-1);
  });

  it('gives the strict verdict on every text of the strict tables above', () => {
    for (const text of [
      '{}', '[]', ' {"a":1,"b":[1,2,{"c":null}],"d":"x\\"y","e":true,"f":false} ', '{"a":{"x":1},"b":{"x":2}}', '-0', '9007199254740991', '1.5e3',
      '{"a":1,"a":2}', '{"alg":"none","\\u0061lg":"EdDSA"}', '{"records":[{"id":1},{"id":2,"id":3}]}', '{"__proto__":{"x":1}}', '{"a":{"constructor":1}}',
      '{"n":9007199254740993}', '[-9007199254740993]', '{"n":1e20}', '{"n":1e400}', '[{"a":1,"b":2},{"b":1,"a":2,"b":3}]', '[{"e\\\\f":1},{"e\\f":1,"e\\u000c":2}]',
      `${'['.repeat(40)}${']'.repeat(40)}`, '{"a":1,}', '{"a":01}', '[NaN]', '"a\u0001b"', '{} {}', '\ufeff{}', '{"a:b":1}', '{"a":"b:c","a":"d"}',
    ])
      expect(counted(text), text).toEqual(strict(text));
    expect(counted('[[[1]]]', 3)).toEqual(strict('[[[1]]]', 3));
    expect(counted('[[[[1]]]]', 3)).toEqual(strict('[[[[1]]]]', 3));
  });

  it('agrees with the strict reading on arrays of records with names repeated, escaped, reserved, deep or holding colons and quotes', () => {
    type Obj = { members: [string, boolean, Val][] };
    type Val = number | string | Obj | Obj[];
    const name = fc.constantFrom('id', 'a', 'b', 'số', 'c"d', 'e\\f', 'x:y', '__proto__', 'toString');
    const obj: fc.Arbitrary<Obj> = fc.letrec<{ o: Obj; v: Val }>((tie) => ({
      o: fc.record({ members: fc.array(fc.tuple(name, fc.boolean(), tie('v')), { maxLength: 5 }) }),
      v: fc.oneof(
        { depthSize: 'small' },
        // -1001 and -1002 stand for an integer past 2^53 and one written with an exponent (written out below).
        fc.constantFrom(0, 7, -3, 9007199254740991, -1001, -1002, 0.5),
        fc.constantFrom('', 'a:b', 'say "x"', 'đường\\', '\\"', 'Quyết định: 12/QĐ-UBND'),
        tie('o'),
        fc.array(tie('o'), { maxLength: 3 }),
      ),
    })).o as fc.Arbitrary<Obj>;
    const nameText = (n: string, escape: boolean) => (escape ? `"${[...n].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"` : JSON.stringify(n));
    const write = (v: Val): string =>
      typeof v === 'number' ? (v === -1001 ? '9007199254740993' : v === -1002 ? '1e20' : String(v)) : typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? `[${v.map(write).join(',')}]` : `{${v.members.map(([n, e, x]) => `${nameText(n, e)}:${write(x)}`).join(',')}}`;
    fc.assert(
      fc.property(fc.array(obj, { minLength: 1, maxLength: 6 }), fc.integer({ min: 2, max: 8 }), (records, depth) => {
        const text = write(records);
        expect(counted(text, depth)).toEqual(strict(text, depth));
      }),
      { numRuns: 3000 },
    );
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
