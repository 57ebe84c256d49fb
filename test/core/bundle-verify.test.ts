// Staged import, one file: parse → verify (trust, first contact, a new key, a lost key, rotation by sequence,
// a signer sends only its own records, the receiver's own unit, format migration, typed fields).
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
  verifySelection,
  type BundleInput,
  type TrustPolicy,
  type VerifiedBundle,
} from '../../renderer/src/core/bundle/index';
import { readFileSync } from 'node:fs';
import { isAppError } from '../../renderer/src/core/errors';
import {
  ORIGIN_A,
  ORIGIN_B,
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
    expect(b.lineage).toBe(a1.kid);
  });

  it('first contact asks for confirmation with the fingerprint, then verifies once trusted', async () => {
    const { a1, inputA } = await setup();
    const parsed = parseBundleFile(await createBundleFile(inputA(1), a1.privateKey));
    const out = await verifyBundle(parsed, { trustedKeys: [] });
    expect(out.status).toBe('needs-confirmation');
    if (out.status !== 'needs-confirmation') return;
    expect(out.confirmation.kind).toBe('first-contact');
    expect(out.confirmation.fingerprint.words).toHaveLength(10);
    expect(out.confirmation.origin.unitId).toBe(UNIT_A);
    const again = await verifyBundle(parsed, { trustedKeys: [{ unitId: UNIT_A, kid: out.confirmation.kid, jwk: out.confirmation.signerKey }] });
    expect(again.status).toBe('verified');
  });

  it('a key of a known unit that no rotation leads to is offered for confirmation, never refused for good', async () => {
    const { policy, inputA } = await setup();
    const stranger = await fixtureKey(9);
    const out = await verifyBundle(parseBundleFile(await createBundleFile(inputA(2, { signerKey: stranger.jwk }), stranger.privateKey)), policy);
    expect(out.status === 'needs-confirmation' && out.confirmation.kind).toBe('new-key');
  });

  it('a unit that lost its key announces the new one, signed by the new key only; it needs a person, then verifies', async () => {
    const { policy, inputA } = await setup();
    const fresh = await fixtureKey(12);
    const keyRecovery = { kind: 'key-recovery' as const, unitId: UNIT_A, newKid: fresh.kid, backupCreatedAt: iso(T), resumedAfterSequence: 4 };
    const parsed = parseBundleFile(await createBundleFile(inputA(5, { signerKey: fresh.jwk, keyRecovery }), fresh.privateKey));
    const out = await verifyBundle(parsed, policy);
    expect(out.status === 'needs-confirmation' && [out.confirmation.kind, out.confirmation.recovery?.resumedAfterSequence]).toEqual(['key-recovery', 4]);
    const after = await verifyBundle(parsed, { ...policy, trustedKeys: [...policy.trustedKeys, { unitId: UNIT_A, kid: fresh.kid, jwk: fresh.jwk }] });
    expect(verified(after).lineage).toBe(fresh.kid);
    // A recovery announcing someone else's key is refused.
    const lie = parseBundleFile(await createBundleFile(inputA(5, { signerKey: fresh.jwk, keyRecovery: { ...keyRecovery, newKid: policy.trustedKeys[0]!.kid } }), fresh.privateKey));
    await expectCode(verifyBundle(lie, policy), 'bundle.recovery.invalid');
  });

  it('a second recovery from the same backup, or of the same lost key, is pointed out before it is trusted; another recovery is not', async () => {
    const { a1, policy, inputA } = await setup();
    const first = await fixtureKey(12);
    const second = await fixtureKey(13);
    const backup = iso(T - 86_400_000);
    const firstRecovery = { kind: 'key-recovery' as const, unitId: UNIT_A, newKid: first.kid, previousKid: a1.kid, backupCreatedAt: backup, resumedAfterSequence: 4 };
    // The archive confirmed the first restored PC's key as a key recovery (on 6 January 2026).
    const trusted: TrustPolicy = {
      ...policy,
      trustedKeys: [...policy.trustedKeys, { unitId: UNIT_A, kid: first.kid, jwk: first.jwk, confirmedAs: 'key-recovery', confirmedAt: iso(T + 86_400_000), recovery: firstRecovery }],
    };
    const warningsOf = async (recovery: Omit<typeof firstRecovery, 'newKid'>) => {
      const file = await createBundleFile(inputA(5, { signerKey: second.jwk, keyRecovery: { ...recovery, newKid: second.kid } }), second.privateKey);
      const out = await verifyBundle(parseBundleFile(file), trusted);
      if (out.status !== 'needs-confirmation') throw new Error(out.status);
      expect(out.confirmation.kind).toBe('key-recovery');
      return out.confirmation.warnings;
    };
    // The same backup restored on a second PC.
    expect(await warningsOf(firstRecovery)).toEqual([{ code: 'recovery.sameBackup', backupCreatedAt: backup, earlierConfirmedAt: iso(T + 86_400_000), earlierKid: first.kid }]);
    // An older backup made under the same key: that key reported lost again.
    const olderBackup = iso(T - 10 * 86_400_000);
    expect(await warningsOf({ ...firstRecovery, backupCreatedAt: olderBackup })).toEqual([
      { code: 'recovery.sameLostKey', backupCreatedAt: olderBackup, earlierBackupCreatedAt: backup, earlierConfirmedAt: iso(T + 86_400_000), earlierKid: first.kid },
    ]);
    // A later backup (made under the first restored PC's key) restored after that PC died: nothing to point out.
    expect(await warningsOf({ ...firstRecovery, previousKid: first.kid, backupCreatedAt: iso(T + 20 * 86_400_000) })).toEqual([]);
    // The first restored PC's key revoked (that PC is out of use): the new one is the unit's replacement, nothing to point out.
    const revoked: TrustPolicy = { ...trusted, revoked: [{ kid: first.kid, revokedAt: iso(T + 2 * 86_400_000), reason: 'Máy hỏng' }] };
    const afterRevocation = await verifyBundle(parseBundleFile(await createBundleFile(inputA(5, { signerKey: second.jwk, keyRecovery: { ...firstRecovery, newKid: second.kid } }), second.privateKey)), revoked);
    expect(afterRevocation.status === 'needs-confirmation' && afterRevocation.confirmation.warnings).toEqual([]);
    // Without the earlier recovery's announcement (a key confirmed before it was kept): the earlier restore is named,
    // its backup not known.
    const { recovery: _kept, ...bare } = trusted.trustedKeys.at(-1)!;
    const file = await createBundleFile(inputA(5, { signerKey: second.jwk, keyRecovery: { ...firstRecovery, newKid: second.kid } }), second.privateKey);
    const out = await verifyBundle(parseBundleFile(file), { ...policy, trustedKeys: [...policy.trustedKeys, bare] });
    expect(out.status === 'needs-confirmation' && out.confirmation.warnings).toEqual([{ code: 'recovery.earlierUnknown', earlierConfirmedAt: iso(T + 86_400_000), earlierKid: first.kid }]);
    // A key first confirmed as a new key (not a recovery) is no earlier restore.
    const asNew = await verifyBundle(parseBundleFile(file), { ...policy, trustedKeys: [...policy.trustedKeys, { ...bare, confirmedAs: 'new-key' as const }] });
    expect(asNew.status === 'needs-confirmation' && asNew.confirmation.warnings).toEqual([]);
  });

  it('two restored PCs of one unit in one selection, neither trusted yet: each new key is told of the other', async () => {
    const { a1, policy, inputA } = await setup();
    const one = await fixtureKey(12);
    const two = await fixtureKey(13);
    const other = await fixtureKey(14);
    const announce = (k: typeof one, backupCreatedAt: string) => ({ kind: 'key-recovery' as const, unitId: UNIT_A, newKid: k.kid, previousKid: a1.kid, backupCreatedAt, resumedAfterSequence: 4 });
    const fileOf = async (k: typeof one, backupCreatedAt: string) => parseBundleFile(await createBundleFile(inputA(5, { signerKey: k.jwk, keyRecovery: announce(k, backupCreatedAt) }), k.privateKey));
    const backup = iso(T - 86_400_000);
    const selection = await verifySelection([await fileOf(one, backup), await fileOf(two, backup)], policy);
    const warnings = selection.files.map((f) => (f.status === 'needs-confirmation' ? f.confirmations.map((c) => c.warnings) : f.status));
    expect(warnings).toEqual([
      [[{ code: 'recovery.together', backupCreatedAt: backup, otherKid: two.kid }]],
      [[{ code: 'recovery.together', backupCreatedAt: backup, otherKid: one.kid }]],
    ]);
    // One recovery alone, or with a bundle of another unit's new key: nothing said.
    const alone = await verifySelection([await fileOf(other, backup)], policy);
    expect(alone.files[0]!.status === 'needs-confirmation' && alone.files[0]!.confirmations[0]!.warnings).toEqual([]);
  });

  it('refuses a bundle claiming to be the receiver itself, before any key is offered', async () => {
    const { a1, inputA } = await setup();
    const parsed = parseBundleFile(await createBundleFile(inputA(1), a1.privateKey));
    await expectCode(verifyBundle(parsed, { trustedKeys: [], receiverUnitId: UNIT_A }), 'bundle.origin.receiver');
  });

  it('the same bundle again is already imported', async () => {
    const { a1, policy, inputA } = await setup();
    const b1file = await createBundleFile(inputA(1), a1.privateKey);
    const b1 = verified(await verifyBundle(parseBundleFile(b1file), policy));
    expect((await verifyBundle(parseBundleFile(b1file), { ...policy, seen: [seenEntryOf(b1)] })).status).toBe('already-imported');
  });

  it('a signer may send only its own records: another unit’s record, or a unitId of another unit, is refused naming that unit', async () => {
    const { a1, policy } = await setup();
    const named = { ...policy, knownUnits: [{ unitId: UNIT_B, name: ORIGIN_B.name, adminCode: ORIGIN_B.adminCode }] };
    const file = (records: BundleInput['records']) => createBundleFile({ origin: ORIGIN_A, signerKey: a1.jwk, sequence: 1, range: { kind: 'full' }, createdAt: iso(T), records }, a1.privateKey);
    const foreign = await verifyBundle(parseBundleFile(await file({ incomingDocs: [incoming(UNIT_B, 1, T, 1)] })), named).catch((e: unknown) => e);
    expect(isAppError(foreign) && [foreign.code, foreign.params.unit, foreign.params.sender]).toEqual(['bundle.record.foreignOrigin', ORIGIN_B.name, ORIGIN_A.name]);
    const box = { id: '0190aaaa-0000-7000-8000-0000000000b1', origin: UNIT_A, clock: '001767571200000.000000', deleted: false, changedBy: 'Lan', unitId: UNIT_B, fondsId: UNIT_A, number: 1 };
    await expectCode(verifyBundle(parseBundleFile(await file({ boxes: [box] })), named), 'bundle.record.foreignUnit');
  });

  it('accepts a new key through a rotation announced under the old key (in one selection, any order)', async () => {
    const { a1, policy, inputA } = await setup();
    const a2 = await fixtureKey(2);
    const keyRotation = await makeKeyRotation({ unitId: UNIT_A, previousKey: a1.jwk, newKey: a2.jwk, effectiveAt: iso(T + 3000) });
    const rot = await createBundleFile(inputA(3, { keyRotation, records: {} }), a1.privateKey);
    const next = await createBundleFile(inputA(4, { signerKey: a2.jwk }), a2.privateKey);
    const alone = await verifyBundle(parseBundleFile(next), policy);
    expect(alone.status === 'needs-confirmation' && alone.confirmation.kind).toBe('new-key');
    const sel = await verifySelection([parseBundleFile(next), parseBundleFile(rot)], policy);
    expect(sel.files.map((o) => o.status)).toEqual(['accepted', 'accepted']);
    const n = sel.files[0]!;
    expect(n.status === 'accepted' && [n.bundle.trustedVia, n.bundle.lineage]).toEqual(['rotation', a1.kid]);
    expect(sel.rotations.map((r) => [r.sequence, r.signedByKid])).toEqual([[3, a1.kid]]);
    // The old key signing after the rotation bundle is refused — whatever date the signer writes,
    // even one second before the rotation's effective time (the finding).
    const late = await createBundleFile(inputA(5, { createdAt: iso(T + 3000 - 1000) }), a1.privateKey);
    await expectCode(verifyBundle(parseBundleFile(late), { ...policy, rotations: sel.rotations }), 'bundle.signer.superseded');
  });

  it('refuses a rotation announcement not made by the signing key', async () => {
    const { a1, b1, policy, inputA } = await setup();
    const a2 = await fixtureKey(2);
    const keyRotation = await makeKeyRotation({ unitId: UNIT_A, previousKey: b1.jwk, newKey: a2.jwk, effectiveAt: iso(T) });
    await expectCode(verifyBundle(parseBundleFile(await createBundleFile(inputA(3, { keyRotation }), a1.privateKey)), policy), 'bundle.rotation.invalid');
  });

  it('runs the migration hooks for an older formatVersion (0 → 1 given, 1 → 2 built in)', async () => {
    const { a1, policy, inputA } = await setup();
    const payload = { ...buildBundlePayload(inputA(1)), formatVersion: 0, oldField: 'x' } as unknown as ReturnType<typeof buildBundlePayload>;
    const parsed = parseBundleFile(encodeBundleFile(await signBundlePayload(payload, a1.privateKey)));
    await expectCode(verifyBundle(parsed, policy), 'bundle.format.unsupported');
    const out = await verifyBundle(parsed, policy, {
      migrations: { 0: ({ oldField: _drop, ...rest }) => ({ ...rest, formatVersion: 1 }) },
    });
    expect(out.status).toBe('verified');
  });

  it('a format 1 file of the signer’s own records verifies; one that carried other units’ records cannot be checked and is refused', async () => {
    const { a1, policy, inputA } = await setup();
    const v1 = parseBundleFile(new Uint8Array(readFileSync('test/fixtures/bundles/commune-a-1-format-v1.json')));
    const out = verified(await verifyBundle(v1, policy));
    expect(out.payload.formatVersion).toBe(2);
    expect(out.payload.counts).toEqual({ units: 1, registers: 1, incomingDocs: 3 });
    const carrying = {
      ...buildBundlePayload(inputA(1)),
      formatVersion: 1,
      carriedOrigins: [{ unitId: UNIT_B, adminCode: '23456', name: ORIGIN_B.name, signerKid: a1.kid, signerKey: a1.jwk, sources: [{ sequence: 1, payloadSha256: 'b'.repeat(64) }] }],
    } as unknown as ReturnType<typeof buildBundlePayload>;
    await expectCode(verifyBundle(parseBundleFile(encodeBundleFile(await signBundlePayload(carrying, a1.privateKey))), policy), 'bundle.carried.unverifiable');
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
    // Parts taken in before count towards the set.
    expect(checkPartSet(bundles.slice(1), new Set([1]))).toMatchObject({ complete: true });
  });

  it('a small export stays one unsplit bundle', async () => {
    const { inputA } = await setup();
    const input = inputA(1);
    expect(splitIntoParts(input)).toEqual([input]);
  });
});
