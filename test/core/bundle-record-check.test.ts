// Records in a bundle are checked by plain functions made from the table schemas (record-check.ts)
// instead of zod's object walk: it must accept exactly what the schemas accept (docs/bundle.schema.json
// is made from them), or a bundle would be refused here that another implementation takes, or a
// record taken that the schema refuses. Properties: from a valid record of each table, fields are
// changed (to values around every bound, of other kinds, or taken out) and extra fields added; the
// two checks must agree on every one.
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { BUNDLE_LIMITS, DEFAULT_TABLE_SCHEMAS, DefaultRecordSchema, REPLICATED_TABLES, type ReplicatedTable } from '../../renderer/src/core/bundle/schema';
import { compileRecordCheck, recordCheckOf } from '../../renderer/src/core/bundle/record-check';
import { verifyBundle } from '../../renderer/src/core/bundle/verify';
import { parseBundleFile } from '../../renderer/src/core/bundle/parse';
import { createBundleFile, exportPublicJwk, generateSigningKeyPair, jwkThumbprint, type BundlePayload } from '../../renderer/src/core/bundle';

const schemaOf = (t: ReplicatedTable) => (DEFAULT_TABLE_SCHEMAS[t] ?? DefaultRecordSchema) as unknown as z.ZodObject;

const UUID = '0b6f2a8e-4c1d-4e7a-9f3b-2d5c8a1e6f40';
const HLC = '001735689600000.000000';

/** Values around the bounds of one field (its JSON Schema's lengths, bounds, enum and constants). */
function valuesFor(field: z.ZodType): unknown[] {
  const out: unknown[] = [];
  const walk = (s: Record<string, unknown>) => {
    for (const k of ['maxLength', 'minLength'] as const) {
      const n = s[k];
      if (typeof n === 'number') for (const d of [-1, 0, 1]) if (n + d >= 0) out.push('x'.repeat(n + d));
    }
    for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const) {
      const n = s[k];
      if (typeof n === 'number') for (const d of [-1, -0.5, 0, 0.5, 1]) out.push(n + d);
    }
    if (Array.isArray(s.enum)) out.push(...(s.enum as unknown[]), `${String(s.enum[0])}x`);
    if (s.const !== undefined) out.push(s.const);
    for (const k of ['anyOf', 'oneOf'] as const) if (Array.isArray(s[k])) for (const x of s[k] as Record<string, unknown>[]) walk(x);
    if (s.items && typeof s.items === 'object') out.push([], [{}], [{ name: 'Nguyễn Văn An', position: 'Chủ tịch', role: 'Chủ tịch Hội đồng', key: 'k', number: '1', title: 't' }]);
  };
  try {
    walk(z.toJSONSchema(field, { io: 'input' }) as Record<string, unknown>);
  } catch {
    // Not expressible as JSON Schema: the common values below only.
  }
  return out;
}

const COMMON: unknown[] = [UUID, UUID.toUpperCase(), `${UUID}0`, HLC, `${HLC}0`, '2025-03-04', '2025-3-4', '2025-03-04T08:00:00.000Z', '12345', '', 'Quyết định', 0, 1, -1, 1.5, 2025, 1e9, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, true, false, null, [], {}, [1, 'a'], { a: { b: 1 } }];

function tableCase(t: ReplicatedTable) {
  const schema = schemaOf(t);
  const shape = schema.shape as Record<string, z.ZodType>;
  const names = Object.keys(shape);
  const pools = new Map(names.map((n) => [n, [...valuesFor(shape[n]!), ...COMMON]]));
  // A valid record: for every field, the first value of its pool its schema takes.
  const base: Record<string, unknown> = {};
  for (const n of names) {
    const v = pools.get(n)!.find((x) => shape[n]!.safeParse(x).success);
    if (v !== undefined) base[n] = v;
  }
  return { schema, names, pools, base };
}

const extraValue = fc.oneof(fc.string({ maxLength: 5 }), fc.constant('a'.repeat(BUNDLE_LIMITS.maxStringLength + 1)), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.constant([[[[1]]]]), fc.constant([[[1]]]), fc.array(fc.integer(), { maxLength: 3 }));

describe('the fast record check accepts exactly what the table schemas accept', () => {
  for (const t of REPLICATED_TABLES) {
    it(`${t}: changed, missing and extra fields (property)`, () => {
      const { schema, names, pools, base } = tableCase(t);
      const check = compileRecordCheck(schema);
      // The valid record is valid for both, so the changes below start from an accepted record.
      expect(schema.safeParse(base).success).toBe(true);
      expect(check(base)).toBe(true);
      // Other fields are bounded JSON (the assumption the fast check rests on).
      expect(schema.safeParse({ ...base, zz: [1, 'a'] }).success).toBe(true);
      expect(schema.safeParse({ ...base, zz: [[[[1]]]] }).success).toBe(false);
      // Every field alone: each value of its pool, and taken out.
      for (const n of names) {
        const { [n]: _gone, ...without } = base;
        expect([n, check(without)]).toEqual([n, schema.safeParse(without).success]);
        for (const v of pools.get(n)!) {
          const r = { ...base, [n]: v };
          expect([n, v, check(r)]).toEqual([n, v, schema.safeParse(r).success]);
        }
      }
      const change = fc.tuple(fc.constantFrom(...names), fc.oneof(fc.constant('drop' as const), fc.nat()));
      const extra = fc.tuple(fc.string({ minLength: 1, maxLength: 6 }).filter((k) => !names.includes(k) && k !== '__proto__'), extraValue);
      fc.assert(
        fc.property(fc.array(change, { maxLength: 4 }), fc.array(extra, { maxLength: 3 }), fc.nat({ max: 90 }), (changes, extras, padding) => {
          const r: Record<string, unknown> = { ...base };
          for (const [n, how] of changes) {
            if (how === 'drop') delete r[n];
            else {
              const pool = pools.get(n)!;
              r[n] = pool[how % pool.length];
            }
          }
          for (const [k, v] of extras) r[k] = v;
          // Sometimes enough extra fields to pass the field-count bound.
          if (padding > 60) for (let i = 0; i < padding; i++) r[`f${i}`] = i;
          expect(check(r)).toBe(schema.safeParse(r).success);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('refuses what is not a record object, as the schemas do', () => {
    const check = recordCheckOf('incomingDocs');
    for (const v of [null, [], 'a', 1, undefined]) expect([check(v), schemaOf('incomingDocs').safeParse(v).success]).toEqual([false, false]);
  });
});

describe('a bundle whose record is wrong is still refused with where it is wrong', () => {
  it('names the table, the record and the field (the fast check refuses, zod says where)', async () => {
    const keys = await generateSigningKeyPair();
    const jwk = await exportPublicJwk(keys.publicKey);
    const kid = await jwkThumbprint(jwk);
    const unitId = '5c1e7a2b-3d4f-4a6b-8c9d-0e1f2a3b4c5d';
    const good = { id: UUID, origin: unitId, clock: HLC, deleted: false, changedBy: 'Nguyễn Thị Lan', registerId: '6d2f8b3c-4e5a-4b7c-9dae-1f2a3b4c5d6e', arrivalNumber: 1 };
    const payload = {
      format: 'luutru-bundle',
      formatVersion: 2,
      origin: { unitId, adminCode: '10001', legacyAdminCode: '', agencyId: '', name: 'Ủy ban nhân dân xã An Bình', level: 'commune', fonds: [] },
      signerKey: jwk,
      sequence: 1,
      range: { kind: 'full' },
      createdAt: '2026-01-10T08:00:00.000Z',
      counts: { incomingDocs: 2 },
      records: { incomingDocs: [good, { ...good, id: '7e3a9c4d-5f6b-4c8d-8ebf-2a3b4c5d6e7f', clock: '001735689600001.000000', arrivalNumber: 0 }] },
    } as unknown as BundlePayload;
    const file = parseBundleFile(await createBundleFile(payload, keys.privateKey));
    const policy = { trustedKeys: [{ unitId, kid, jwk }] };
    await expect(verifyBundle(file, policy)).rejects.toMatchObject({ code: 'bundle.record.invalid', params: { table: 'incomingDocs', index: 1, path: 'arrivalNumber' } });
  });
});
