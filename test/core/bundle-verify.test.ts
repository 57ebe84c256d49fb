// Staged import: parse → verify (trust, first contact, rotation, replay, parts, carried origins, migration).
import { describe, expect, it } from 'vitest';
import {
  buildBundlePayload,
  checkPartSet,
  createBundleFile,
  encodeBundleFile,
  isVerifiedBundle,
  makeKeyRotation,
  parseBundleFile,
  seenEntryOf,
  signBundlePayload,
  splitIntoParts,
  verifyBundle,
  verifyBundles,
  type BundleInput,
  type TrustPolicy,
  type VerifiedBundle,
} from '../../renderer/src/core/bundle/index';
import { isAppError } from '../../renderer/src/core/errors';
import {
  ORIGIN_A,
  ORIGIN_B,
  ORIGIN_UPPER,
  UNIT_A,
  UNIT_B,
  UNIT_UPPER,
  communeRecords,
  fixtureKey,
  incoming,
} from '../../scripts/make-bundle-fixtures';

const T = Date.UTC(2026, 0, 5);
const iso = (ms: number) => new Date(ms).toISOString();

async function setup() {
  const a1 = await fixtureKey(1);
  const b1 = await fixtureKey(3);
  const up = await fixtureKey(4);
  const policy: TrustPolicy = {
    trustedKeys: [
      { unitId: UNIT_A, kid: a1.kid, jwk: a1.jwk },
      { unitId: UNIT_B, kid: b1.kid, jwk: b1.jwk },
      { unitId: UNIT_UPPER, kid: up.kid, jwk: up.jwk },
    ],
  };
  const inputA = (sequence: number, extra: Partial<BundleInput> = {}): BundleInput => ({
    origin: ORIGIN_A,
    signerKey: a1.jwk,
    sequence,
    range: sequence === 1 ? { kind: 'full' } : { kind: 'since', sinceSequence: sequence - 1 },
    createdAt: iso(T + sequence * 1000),
    records: communeRecords(ORIGIN_A, 3, T + sequence),
    ...extra,
  });
  return { a1, b1, up, policy, inputA };
}

async function expectCode(p: Promise<unknown> | (() => unknown), code: string) {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    expect(isAppError(e) ? e.code : e).toBe(code);
    return;
  }
  throw new Error(`expected ${code}`);
}

function verified(o: Awaited<ReturnType<typeof verifyBundle>>): VerifiedBundle {
  if (o.status !== 'verified' && o.status !== 'already-imported') throw new Error(`not verified: ${o.status}`);
  return o.bundle;
}

describe('verifyBundle', () => {
  it('round-trips a signed bundle and brands it', async () => {
    const { a1, policy, inputA } = await setup();
    const file = await createBundleFile(inputA(1), a1.privateKey);
    const out = await verifyBundle(parseBundleFile(file), policy);
    expect(out.status).toBe('verified');
    const b = verified(out);
    expect(isVerifiedBundle(b)).toBe(true);
    expect(isVerifiedBundle({ ...b })).toBe(false);
    expect(b.kid).toBe(a1.kid);
    expect(b.payload.counts).toEqual({ units: 1, registers: 1, incomingDocs: 3 });
    expect(b.payloadSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b.trustedVia).toBe('direct');
  });

  it('first contact asks for confirmation with the fingerprint, then verifies once trusted', async () => {
    const { a1, inputA } = await setup();
    const parsed = parseBundleFile(await createBundleFile(inputA(1), a1.privateKey));
    const out = await verifyBundle(parsed, { trustedKeys: [] });
    expect(out.status).toBe('needs-confirmation');
    if (out.status !== 'needs-confirmation') return;
    expect(out.fingerprint.words).toHaveLength(10);
    expect(out.origin.unitId).toBe(UNIT_A);
    const again = await verifyBundle(parsed, { trustedKeys: [{ unitId: UNIT_A, kid: out.kid, jwk: out.signerKey }] });
    expect(again.status).toBe('verified');
  });

  it('same bundle again is a no-op; a different payload with a seen sequence is a fork; an older unseen one is a replay', async () => {
    const { a1, policy, inputA } = await setup();
    const b1 = verified(await verifyBundle(parseBundleFile(await createBundleFile(inputA(1), a1.privateKey)), policy));
    const b2file = await createBundleFile(inputA(2), a1.privateKey);
    const b2 = verified(await verifyBundle(parseBundleFile(b2file), policy));
    const seen = { ...policy, seen: [seenEntryOf(b1), seenEntryOf(b2)] };
    expect((await verifyBundle(parseBundleFile(b2file), seen)).status).toBe('already-imported');
    const fork = await createBundleFile(inputA(2, { createdAt: iso(T + 99_000) }), a1.privateKey);
    await expectCode(verifyBundle(parseBundleFile(fork), seen), 'bundle.sequence.fork');
    const seen5 = { ...policy, seen: [{ ...seenEntryOf(b2), sequence: 5 }] };
    await expectCode(verifyBundle(parseBundleFile(b2file), seen5), 'bundle.sequence.replay');
  });

  it('accepts a new key through a rotation announced under the old key (in one batch, any order)', async () => {
    const { a1, policy, inputA } = await setup();
    const a2 = await fixtureKey(2);
    const keyRotation = await makeKeyRotation({ unitId: UNIT_A, previousKey: a1.jwk, newKey: a2.jwk, effectiveAt: iso(T + 3000) });
    const rot = await createBundleFile(inputA(3, { keyRotation, records: {} }), a1.privateKey);
    const next = await createBundleFile(inputA(4, { signerKey: a2.jwk }), a2.privateKey);
    await expectCode(verifyBundle(parseBundleFile(next), policy), 'bundle.signer.untrusted');
    const outs = await verifyBundles([parseBundleFile(next), parseBundleFile(rot)], policy);
    expect(outs.map((o) => o.status)).toEqual(['verified', 'verified']);
    const n = outs[0]!;
    expect(n.status === 'verified' && n.bundle.trustedVia).toBe('rotation');
    // The old key signing after the rotation took effect is refused.
    const late = await createBundleFile(inputA(5, { createdAt: iso(T + 9000) }), a1.privateKey);
    const r = outs[1]!;
    if (r.status !== 'verified' || !r.bundle.payload.keyRotation) throw new Error('rotation');
    await expectCode(
      verifyBundle(parseBundleFile(late), { ...policy, rotations: [{ announcement: r.bundle.payload.keyRotation, signedByKid: a1.kid }] }),
      'bundle.signer.superseded',
    );
  });

  it('refuses a rotation announcement not made by the signing key', async () => {
    const { a1, b1, policy, inputA } = await setup();
    const a2 = await fixtureKey(2);
    const keyRotation = await makeKeyRotation({ unitId: UNIT_A, previousKey: b1.jwk, newKey: a2.jwk, effectiveAt: iso(T) });
    await expectCode(verifyBundle(parseBundleFile(await createBundleFile(inputA(3, { keyRotation }), a1.privateKey)), policy), 'bundle.rotation.invalid');
  });

  it('an upper level or a merged commune may carry listed origins it received bundles from', async () => {
    const { a1, b1, up, policy } = await setup();
    const recs = { incomingDocs: [incoming(UNIT_A, 1, T, 1), incoming(UNIT_B, 2, T, 1)] };
    const carriedOrigins = [
      { unitId: UNIT_A, adminCode: '12345', name: ORIGIN_A.name, signerKid: a1.kid, signerKey: a1.jwk, sources: [{ sequence: 1, signerKid: a1.kid, payloadSha256: 'a'.repeat(64) }] },
      { unitId: UNIT_B, adminCode: '23456', name: ORIGIN_B.name, signerKid: b1.kid, signerKey: b1.jwk, sources: [{ sequence: 1, signerKid: b1.kid, payloadSha256: 'b'.repeat(64) }] },
    ];
    const base = { sequence: 1, range: { kind: 'full' } as const, createdAt: iso(T), records: recs, carriedOrigins };
    const ok = await createBundleFile({ ...base, origin: ORIGIN_UPPER, signerKey: up.jwk }, up.privateKey);
    expect((await verifyBundle(parseBundleFile(ok), policy)).status).toBe('verified');
    const unlisted = await createBundleFile({ ...base, carriedOrigins: carriedOrigins.slice(0, 1), origin: ORIGIN_UPPER, signerKey: up.jwk }, up.privateKey);
    await expectCode(verifyBundle(parseBundleFile(unlisted), policy), 'bundle.record.foreignOrigin');
    // A merged commune passes on the fonds of the communes it replaced.
    const merged = { ...ORIGIN_UPPER, level: 'commune' as const, adminCode: '12399', name: 'Ủy ban nhân dân xã Thái Thụy' };
    const mergedFile = await createBundleFile({ ...base, origin: merged, signerKey: up.jwk }, up.privateKey);
    expect((await verifyBundle(parseBundleFile(mergedFile), policy)).status).toBe('verified');
    // Carrying itself, or an origin without any source bundle, is refused.
    const self = await createBundleFile({ ...base, origin: ORIGIN_A, signerKey: a1.jwk }, a1.privateKey);
    await expectCode(verifyBundle(parseBundleFile(self), policy), 'bundle.carried.invalid');
    const sourceless = [carriedOrigins[0]!, { ...carriedOrigins[1]!, sources: [] }];
    const noSources = await createBundleFile({ ...base, carriedOrigins: sourceless, origin: ORIGIN_UPPER, signerKey: up.jwk }, up.privateKey);
    await expectCode(verifyBundle(parseBundleFile(noSources), policy), 'bundle.carried.invalid');
    const badKid = [{ ...carriedOrigins[0]!, signerKid: b1.kid }, carriedOrigins[1]!];
    const forged = await createBundleFile({ ...base, carriedOrigins: badKid, origin: ORIGIN_UPPER, signerKey: up.jwk }, up.privateKey);
    await expectCode(verifyBundle(parseBundleFile(forged), policy), 'bundle.carried.invalid');
  });

  it('runs the migration hook for an older formatVersion', async () => {
    const { a1, policy, inputA } = await setup();
    const payload = { ...buildBundlePayload(inputA(1)), formatVersion: 0, oldField: 'x' } as unknown as ReturnType<typeof buildBundlePayload>;
    const parsed = parseBundleFile(encodeBundleFile(await signBundlePayload(payload, a1.privateKey)));
    await expectCode(verifyBundle(parsed, policy), 'bundle.format.unsupported');
    const out = await verifyBundle(parsed, policy, {
      migrations: { 0: ({ oldField: _drop, ...rest }) => ({ ...rest, formatVersion: 1 }) },
    });
    expect(out.status).toBe('verified');
  });

  it('checks the typed fields of dossiers, boxes and processing jobs', async () => {
    const { a1, policy } = await setup();
    const meta = { origin: UNIT_A, clock: '001767571200000.000000', deleted: false, changedBy: 'Lan' };
    const dossier = { ...meta, id: '0190aaaa-0000-7000-8000-0000000000d1', unitId: UNIT_A, fondsId: UNIT_A, year: 2025, notation: '01.TH', title: 'Tập lưu quyết định', retention: 'permanent', status: 'closed', fileNumber: 1, inventoryNumber: 1 };
    const box = { ...meta, id: '0190aaaa-0000-7000-8000-0000000000b1', unitId: UNIT_A, fondsId: UNIT_A, number: 1, note: '' };
    const job = { ...meta, id: '0190aaaa-0000-7000-8000-0000000000c1', unitId: UNIT_A, fondsId: UNIT_A, name: 'Chỉnh lý 2010–2020', receivedMetres: 12.5, processedMetres: 4, discardedMetres: 0, status: 'open' };
    const file = (records: BundleInput['records']) => createBundleFile({ origin: ORIGIN_A, signerKey: a1.jwk, sequence: 1, range: { kind: 'full' }, createdAt: iso(T), records }, a1.privateKey);
    expect((await verifyBundle(parseBundleFile(await file({ dossiers: [dossier], boxes: [box], processingJobs: [job] })), policy)).status).toBe('verified');
    for (const [records, path] of [
      [{ dossiers: [{ ...dossier, retention: 'mãi mãi' }] }, 'retention'],
      [{ dossiers: [{ ...dossier, fileNumber: 0 }] }, 'fileNumber'],
      [{ boxes: [{ ...box, number: -3 }] }, 'number'],
      [{ processingJobs: [{ ...job, receivedMetres: 1e9 }] }, 'receivedMetres'],
    ] as const) {
      const out = await verifyBundle(parseBundleFile(await file(records as BundleInput['records'])), policy).catch((e: unknown) => e);
      expect(isAppError(out) && [out.code, out.params.path]).toEqual(['bundle.record.invalid', path]);
    }
  });

  it('applies a pluggable per-table schema', async () => {
    const { a1, policy, inputA } = await setup();
    const { z } = await import('zod');
    const parsed = parseBundleFile(await createBundleFile(inputA(1), a1.privateKey));
    const strict = z.object({ summary: z.string().max(5) }).loose();
    await expectCode(verifyBundle(parsed, policy, { tableSchemas: { incomingDocs: strict } }), 'bundle.record.invalid');
  });
});

describe('parts', () => {
  it('splits by size into signed parts and checks the set', async () => {
    const { a1, policy } = await setup();
    const input: BundleInput = {
      origin: ORIGIN_A,
      signerKey: a1.jwk,
      sequence: 7,
      range: { kind: 'full' },
      createdAt: iso(T),
      records: { incomingDocs: Array.from({ length: 300 }, (_, i) => incoming(UNIT_A, i + 1, T + i, i + 1, { summary: 'x'.repeat(900) })) },
    };
    const parts = splitIntoParts(input, 150_000, '0190a000-0000-7000-8000-00000000abcd');
    expect(parts.length).toBeGreaterThan(2);
    const files = await Promise.all(parts.map((p) => createBundleFile(p, a1.privateKey)));
    for (const f of files) expect(f.length).toBeLessThan(150_000);
    const bundles = await Promise.all(files.map(async (f) => verified(await verifyBundle(parseBundleFile(f), policy))));
    const total = bundles.reduce((n, b) => n + (b.payload.records.incomingDocs?.length ?? 0), 0);
    expect(total).toBe(300);
    const shuffled = [...bundles].reverse();
    const set = checkPartSet(shuffled);
    expect(set.complete && set.bundles.map((b) => b.payload.part?.index)).toEqual(parts.map((_, i) => i + 1));
    expect(checkPartSet(bundles.slice(1))).toEqual({ complete: false, missing: [1], total: parts.length });
    expect(() => checkPartSet([bundles[0]!, bundles[0]!])).toThrow('bundle.parts.inconsistent');
    // A later part of an already partly imported set is not a replay.
    const seen = { ...policy, seen: [seenEntryOf(bundles[0]!)] };
    expect((await verifyBundle(parseBundleFile(files[1]!), seen)).status).toBe('verified');
  });

  it('a small export stays one unsplit bundle', async () => {
    const { inputA } = await setup();
    const input = inputA(1);
    expect(splitIntoParts(input)).toEqual([input]);
  });
});
