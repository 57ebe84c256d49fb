// docs/bundle.schema.json is the generated JSON Schema of the zod payload schema, and both accept and refuse the same samples.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { BundlePayloadSchema, buildBundlePayload } from '../../renderer/src/core/bundle/index';
import { bundleJsonSchema } from '../../renderer/src/cli/luutru';
import { ORIGIN_UPPER, UNIT_A, communeRecords, fixtureKey, incoming, ORIGIN_A } from '../../scripts/make-bundle-fixtures';

const doc = JSON.parse(readFileSync(new URL('../../docs/bundle.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('bundle JSON Schema', async () => {
  const key = await fixtureKey(1);
  const good = buildBundlePayload({
    origin: ORIGIN_A,
    signerKey: key.jwk,
    sequence: 3,
    range: { kind: 'since', sinceSequence: 2 },
    createdAt: '2026-01-05T08:00:00.000Z',
    records: { ...communeRecords(ORIGIN_A, 2, Date.UTC(2026, 0, 5)), dossiers: [{ ...incoming(UNIT_A, 9, 1, 1), nested: { a: [1, 'x', { b: true }] } }] },
    part: { index: 1, total: 2, setId: '0190a000-0000-7000-8000-000000000009' },
  });
  const upper = buildBundlePayload({
    origin: ORIGIN_UPPER,
    signerKey: key.jwk,
    sequence: 1,
    range: { kind: 'full' },
    createdAt: '2026-01-05T08:00:00.000Z',
    records: {},
    carried: [{ protected: 'eyJhbGciOiJFZERTQSJ9', payload: 'eyJ4IjoxfQ', signature: 'A'.repeat(86) }],
  });
  const bad: Array<[string, unknown]> = [
    ['version 1 (only through the migration)', { ...good, formatVersion: 1 }],
    ['carried file with a short signature', { ...upper, carried: [{ protected: 'eyJ4IjoxfQ', payload: 'eyJ4IjoxfQ', signature: 'AAAA' }] }],
    ['carried file with an extra member', { ...upper, carried: [{ ...upper.carried![0]!, header: {} }] }],
    ['extra member', { ...good, extra: 1 }],
    ['sequence 0', { ...good, sequence: 0 }],
    ['range since without number', { ...good, range: { kind: 'since' } }],
    ['private jwk', { ...good, signerKey: { ...key.jwk, d: 'x' } }],
    ['upper-case uuid', { ...good, origin: { ...good.origin, unitId: good.origin.unitId.toUpperCase() } }],
    ['unknown table', { ...good, records: { secrets: [] } }],
    ['record without clock', { ...good, records: { units: [{ ...good.records.units![0]!, clock: undefined }] } }],
    ['record with bad clock', { ...good, records: { units: [{ ...good.records.units![0]!, clock: '1.2' }] } }],
    ['too-long string', { ...good, records: { dossiers: [{ ...good.records.dossiers![0]!, note: 'x'.repeat(20_001) }] } }],
    ['too deep', { ...good, records: { dossiers: [{ ...good.records.dossiers![0]!, note: { a: { b: { c: { d: 1 } } } } }] } }],
  ];

  it('the checked-in file is what the zod schema generates (npm run docs:bundle-schema)', () => {
    expect(doc).toEqual(JSON.parse(JSON.stringify(bundleJsonSchema())));
  });

  it('JSON Schema (ajv) and zod agree on samples', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: false });
    const validate = ajv.compile(doc);
    for (const [name, sample] of [['good', good], ['upper', upper]] as const) {
      const plain = JSON.parse(JSON.stringify(sample)) as unknown;
      expect(BundlePayloadSchema.safeParse(plain).success, `zod ${name}`).toBe(true);
      expect(validate(plain), `ajv ${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    for (const [name, sample] of bad) {
      const plain = JSON.parse(JSON.stringify(sample)) as unknown;
      expect(BundlePayloadSchema.safeParse(plain).success, `zod ${name}`).toBe(false);
      expect(validate(plain), `ajv ${name}`).toBe(false);
    }
  });
});
