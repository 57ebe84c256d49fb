// A record's extra fields are checked by one function, isBoundedJson, instead of zod's union of
// unions (it was most of the cost of reading a bundle). It must accept exactly what the
// published schema (BoundedJsonValueSchema, in docs/bundle.schema.json) accepts, or a bundle
// another implementation considers valid would be refused here, or the other way round.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLE_LIMITS, BoundedJsonValueSchema, isBoundedJson } from '../../renderer/src/core/bundle/schema';

const longString = fc.integer({ min: BUNDLE_LIMITS.maxStringLength - 2, max: BUNDLE_LIMITS.maxStringLength + 2 }).map((n) => 'a'.repeat(n));
// fast-check sometimes makes a "__proto__" key on purpose; zod's record skips that member (see the
// last test), and the strict parser refuses it before any schema sees it, so it is left out here.
const key = fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: 98, max: 102 }).map((n) => 'k'.repeat(n))).filter((k) => k !== '__proto__');
const leaf = fc.oneof(fc.string({ maxLength: 20 }), longString, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null));
// Objects as JSON.parse makes them: fast-check may also make objects without a prototype, which JSON never
// gives, and on which zod's length check throws instead of answering (a member "length" holding one: seen
// once in a few runs).
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small', maxDepth: 6 }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(key, tie('v'), { maxKeys: 3, noNullPrototype: true })),
})).v;
const longArray = fc.integer({ min: BUNDLE_LIMITS.maxArrayLength - 1, max: BUNDLE_LIMITS.maxArrayLength + 1 }).map((n) => Array.from({ length: n }, () => 1));

describe('isBoundedJson accepts exactly what BoundedJsonValueSchema accepts', () => {
  it('for nested values, long strings, long keys and deep nesting (property)', () => {
    fc.assert(
      fc.property(fc.oneof(value, longArray, fc.array(longArray, { maxLength: 1 })), (v) => {
        expect(isBoundedJson(v)).toBe(BoundedJsonValueSchema.safeParse(v).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what JSON cannot hold and a value one level too deep', () => {
    for (const v of [undefined, () => 1, Symbol('x'), Number.NaN, Number.POSITIVE_INFINITY, 10n]) expect([isBoundedJson(v), BoundedJsonValueSchema.safeParse(v).success]).toEqual([false, false]);
    const deep = (n: number): unknown => (n === 0 ? 1 : [deep(n - 1)]);
    expect([isBoundedJson(deep(BUNDLE_LIMITS.maxDepth - 1)), isBoundedJson(deep(BUNDLE_LIMITS.maxDepth))]).toEqual([true, false]);
    expect(BoundedJsonValueSchema.safeParse(deep(BUNDLE_LIMITS.maxDepth)).success).toBe(false);
  });

  it('checks a "__proto__" member that the zod record skips (the strict parser refuses the name before either)', () => {
    const o: Record<string, unknown> = {};
    Object.defineProperty(o, '__proto__', { value: 'a'.repeat(BUNDLE_LIMITS.maxStringLength + 1), enumerable: true, configurable: true, writable: true });
    expect(isBoundedJson(o)).toBe(false);
    expect(BoundedJsonValueSchema.safeParse(o).success).toBe(true);
  });
});
