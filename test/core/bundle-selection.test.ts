// A selection of files verified together: forks never taken (in one selection, against what was taken in
// before, two part sets with one sequence); carried files checked with their own unit's key and taken only
// where custody was recorded; first-contact guards against look-alike units; sequences sent again after a
// unit restored an old backup.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  diffPayloads,
  createBundleFile,
  jwsShape,
  parseBundleFile,
  seenEntryOf,
  splitIntoParts,
  verifySelection,
  type BundleInput,
  type BundlePayload,
  type BundleRecord,
  type Custody,
  type ParsedBundleFile,
  type TrustPolicy,
} from '../../renderer/src/core/bundle/index';
import { UNIT_A, UNIT_B, communeRecords, fixtureId, incoming } from '../../scripts/make-bundle-fixtures';
import { signedFile, testUnit, trusting, type TestUnit } from '../helpers/bundles';

const UNIT_C = fixtureId(4, '0190dddd');
const T = Date.UTC(2026, 0, 5);
let A: TestUnit;
let B: TestUnit;
let C: TestUnit;
let policy: TrustPolicy;
beforeAll(async () => {
  A = await testUnit(1, UNIT_A, 'Ủy ban nhân dân xã Thụy Hải', '12345');
  B = await testUnit(3, UNIT_B, 'Ủy ban nhân dân xã Thụy Trình', '23456');
  C = await testUnit(5, UNIT_C, 'Ủy ban nhân dân xã Thái Thụy', '34567');
  policy = trusting([A, B, C]);
});

const parsed = (bytes: Uint8Array): ParsedBundleFile => parseBundleFile(bytes);
const custody = (carrier: string, carried: string): Custody => ({
  carrierUnitId: carrier,
  carriedUnitId: carried,
  kind: 'merger',
  effectiveDate: '2025-07-01',
  basis: 'Nghị quyết số 1656/NQ-UBTVQH15',
  confirmedBy: 'Trần Văn Bình',
  confirmedAt: '2025-07-02T00:00:00.000Z',
});

describe('forks: two different bundles with one origin and sequence are never both taken', () => {
  it('inside one selection: neither is taken, both are reported', async () => {
    const one = await signedFile(A, { sequence: 3, records: { incomingDocs: [incoming(UNIT_A, 1, T, 1)] } });
    const two = await signedFile(A, { sequence: 3, records: { incomingDocs: [incoming(UNIT_A, 2, T, 2)] } });
    const sel = await verifySelection([parsed(one), parsed(two)], policy);
    expect(sel.files.map((f) => f.status)).toEqual(['fork', 'fork']);
    expect(sel.accepted).toEqual([]);
    expect(sel.forks).toHaveLength(1);
    expect(sel.forks[0]!.variants.map((v) => v.source)).toEqual([0, 1]);
  });

  it('two complete part sets with one sequence: a fork, nothing taken', async () => {
    const big: BundleInput['records'] = { incomingDocs: Array.from({ length: 60 }, (_, i) => incoming(UNIT_A, i + 1, T + i, i + 1, { summary: 'x'.repeat(900) })) };
    const base = { origin: A.origin, signerKey: A.key.jwk, sequence: 4, range: { kind: 'full' as const }, createdAt: new Date(T).toISOString(), records: big };
    const set1 = splitIntoParts(base, 40_000, fixtureId(1, '0190eeee'));
    const set2 = splitIntoParts({ ...base, createdAt: new Date(T + 1).toISOString() }, 40_000, fixtureId(2, '0190eeee'));
    expect(set1.length).toBeGreaterThan(1);
    const files = await Promise.all([...set1, ...set2].map((p) => createBundleFile(p, A.key.privateKey)));
    const sel = await verifySelection(files.map(parsed), policy);
    expect(new Set(sel.files.map((f) => f.status))).toEqual(new Set(['fork']));
    expect(sel.accepted).toEqual([]);
  });

  it('against a bundle taken in before, in a later import', async () => {
    const first = await verifySelection([parsed(await signedFile(A, { sequence: 3, records: { incomingDocs: [incoming(UNIT_A, 1, T, 1)] } }))], policy);
    const seen = { ...policy, seen: first.received.map(seenEntryOf) };
    const other = await verifySelection([parsed(await signedFile(A, { sequence: 3, records: { incomingDocs: [incoming(UNIT_A, 2, T, 2)] } }))], seen);
    expect(other.files[0]!.status).toBe('fork');
    expect(other.forks[0]!.variants.map((v) => v.source)).toEqual(['seen', 0]);
  });
});

describe('carried files: a unit passes others’ records on, never changes them', () => {
  async function carrierFile(carried: Uint8Array[], extra: Partial<BundleInput> = {}) {
    return signedFile(C, { sequence: 1, records: communeRecords(C.origin, 1, T), carried: carried.map((b) => jwsShape(JSON.parse(new TextDecoder().decode(b)))), ...extra });
  }

  it('taken only after the receiver recorded why the carrier holds them (custody)', async () => {
    const fromB = await signedFile(B, { sequence: 1, records: communeRecords(B.origin, 2, T) });
    const file = await carrierFile([fromB]);
    const without = await verifySelection([parsed(file)], policy);
    expect(without.files[0]).toMatchObject({ status: 'needs-custody', carrier: { unitId: UNIT_C }, carried: [{ unitId: UNIT_B, name: B.origin.name }] });
    expect(without.accepted).toEqual([]);
    const withCustody = await verifySelection([parsed(file)], { ...policy, custody: [custody(UNIT_C, UNIT_B)] });
    expect(withCustody.files[0]!.status).toBe('accepted');
    expect(withCustody.accepted.map((b) => [b.payload.origin.unitId, b.via.map((v) => v.unitId)])).toEqual([
      [UNIT_B, [UNIT_C]],
      [UNIT_C, []],
    ]);
  });

  it('a carried file the carrier changed fails its own unit’s signature: the whole file is refused, naming that unit', async () => {
    const fromB = await signedFile(B, { sequence: 1, records: communeRecords(B.origin, 2, T) });
    const j = JSON.parse(new TextDecoder().decode(fromB)) as { protected: string; payload: string; signature: string };
    const payload = JSON.parse(Buffer.from(j.payload, 'base64url').toString('utf8')) as { records: { incomingDocs: { summary: string }[] } };
    payload.records.incomingDocs[0]!.summary = 'Đã bị sửa bởi đơn vị mang theo';
    const altered = new TextEncoder().encode(JSON.stringify({ ...j, payload: Buffer.from(JSON.stringify(payload)).toString('base64url') }));
    const sel = await verifySelection([parsed(await carrierFile([altered]))], { ...policy, custody: [custody(UNIT_C, UNIT_B)] });
    expect(sel.files[0]).toMatchObject({ status: 'error', error: { code: 'bundle.carried.invalid', params: { unit: C.origin.name, code: 'bundle.signature.invalid' } } });
    expect(sel.accepted).toEqual([]);
  });

  it('a carried unit never confirmed is a first contact for a person (via the carrier), nothing taken', async () => {
    const fromB = await signedFile(B, { sequence: 1, records: communeRecords(B.origin, 2, T) });
    const onlyC = trusting([C], { custody: [custody(UNIT_C, UNIT_B)] });
    const sel = await verifySelection([parsed(await carrierFile([fromB]))], onlyC);
    const f = sel.files[0]!;
    expect(f.status === 'needs-confirmation' && f.confirmations.map((c) => [c.kind, c.origin.unitId, c.via.map((v) => v.unitId)])).toEqual([['first-contact', UNIT_B, [UNIT_C]]]);
  });

  it('the same bundle received directly and carried counts once; carrying it again is already taken', async () => {
    const fromB = await signedFile(B, { sequence: 1, records: communeRecords(B.origin, 2, T) });
    const p = { ...policy, custody: [custody(UNIT_C, UNIT_B)] };
    const sel = await verifySelection([parsed(fromB), parsed(await carrierFile([fromB]))], p);
    expect(sel.accepted.filter((b) => b.payload.origin.unitId === UNIT_B)).toHaveLength(1);
    expect(sel.accepted.find((b) => b.payload.origin.unitId === UNIT_B)!.via).toEqual([]);
    const later = await verifySelection([parsed(fromB)], { ...p, seen: sel.received.map(seenEntryOf) });
    expect(later.files[0]!.status).toBe('already-imported');
  });

  it('nested carriers: each hop needs its own custody', async () => {
    const fromA = await signedFile(A, { sequence: 1, records: communeRecords(A.origin, 1, T) });
    const bCarriesA = await signedFile(B, { sequence: 2, records: {}, carried: [jwsShape(JSON.parse(new TextDecoder().decode(fromA)))] });
    const file = await carrierFile([bCarriesA]);
    const one = await verifySelection([parsed(file)], { ...policy, custody: [custody(UNIT_C, UNIT_B)] });
    expect(one.files[0]).toMatchObject({ status: 'needs-custody', carrier: { unitId: UNIT_C }, carried: [{ unitId: UNIT_A }] });
    const both = await verifySelection([parsed(file)], { ...policy, custody: [custody(UNIT_C, UNIT_B), custody(UNIT_B, UNIT_A)] });
    expect(both.accepted.map((b) => b.payload.origin.unitId).sort()).toEqual([UNIT_A, UNIT_B, UNIT_C].sort());
  });
});

describe('a refused file names the sender it claims, for the archivist to ask', () => {
  const alteredFile = (file: Uint8Array, alter: (payloadText: string) => string): Uint8Array => {
    const j = JSON.parse(new TextDecoder().decode(file)) as { protected: string; payload: string; signature: string };
    const text = alter(Buffer.from(j.payload, 'base64url').toString('utf8'));
    return new TextEncoder().encode(JSON.stringify({ ...j, payload: Buffer.from(text).toString('base64url') }));
  };

  it('a payload changed after signing: refused for its signature, the unit it names given as claimed', async () => {
    const file = await signedFile(A, { sequence: 2, records: communeRecords(A.origin, 2, T) });
    const altered = alteredFile(file, (text) => text.replace('"summary":"', '"summary":"Đã sửa: '));
    const sel = await verifySelection([parsed(altered)], policy);
    expect(sel.files[0]).toMatchObject({ status: 'error', error: { code: 'bundle.signature.invalid' }, claimed: { name: 'Ủy ban nhân dân xã Thụy Hải', adminCode: '12345' } });
    expect(sel.accepted).toEqual([]);
  });

  it('a payload that no longer reads as JSON: refused, no sender named', async () => {
    const file = await signedFile(A, { sequence: 2, records: communeRecords(A.origin, 2, T) });
    const sel = await verifySelection([parsed(alteredFile(file, (text) => text.slice(0, text.length / 2)))], policy);
    expect(sel.files[0]).toMatchObject({ status: 'error' });
    expect(sel.files[0]).not.toHaveProperty('claimed');
  });
});

describe('first-contact guards', () => {
  it('a look-alike name or an administrative code already trusted for another unit is a warning to read', async () => {
    const cyrillic = await testUnit(7, fixtureId(9, '0190ffff'), 'Ủy ban nhân dân xã Thụy H\u0430\u0309i', '55555'); // Cyrillic "а" + hook above: looks like "Hải"
    const sameCode = await testUnit(8, fixtureId(10, '0190ffff'), 'Ủy ban nhân dân xã Mới', '12345');
    const zeroWidth = await testUnit(10, fixtureId(11, '0190ffff'), 'Ủy ban nhân dân xã Thụy\u200b Hải', '66666');
    const decomposed = await testUnit(11, fixtureId(12, '0190ffff'), 'Ủy ban nhân dân xã Thụy Hải'.normalize('NFD'), '77777');
    const known = { ...policy, knownUnits: [{ unitId: UNIT_A, name: A.origin.name, adminCode: '12345' }] };
    const codes = async (u: TestUnit) => {
      const sel = await verifySelection([parsed(await signedFile(u, { sequence: 1, records: {} }))], known);
      const f = sel.files[0]!;
      return f.status === 'needs-confirmation' ? f.confirmations[0]!.warnings.map((w) => w.code).sort() : [f.status];
    };
    expect(await codes(cyrillic)).toEqual(['identity.lookAlikeName', 'identity.mixedScript']);
    expect(await codes(sameCode)).toEqual(['identity.sameAdminCode']);
    expect(await codes(zeroWidth)).toEqual(['identity.invisibleCharacters', 'identity.sameName']);
    expect(await codes(decomposed)).toEqual(['identity.sameName']);
    // The tone mark in its other place ("Thuỵ", not "Thụy"): the same name (it came with no warning).
    expect(await codes(await testUnit(14, fixtureId(14, '0190ffff'), 'Ủy ban nhân dân xã Thuỵ Hải', '99999'))).toEqual(['identity.sameName']);
    expect(await codes(await testUnit(13, fixtureId(13, '0190ffff'), 'Ủy ban nhân dân phường Hồng Châu', '88888'))).toEqual([]);
  });
});

describe('a unit restored from an old backup', () => {
  it('sends sequences again under a new key lineage: not a fork, but an overlap shown to a person', async () => {
    const s6 = await signedFile(A, { sequence: 6, records: { incomingDocs: [incoming(UNIT_A, 1, T, 1)] } });
    const first = await verifySelection([parsed(s6)], policy);
    const fresh = await testUnit(12, UNIT_A, A.origin.name, A.origin.adminCode);
    const again = await signedFile(fresh, {
      sequence: 6,
      records: { incomingDocs: [incoming(UNIT_A, 1, T + 50, 1, { summary: 'Nhập lại sau khôi phục' })] },
      keyRecovery: { kind: 'key-recovery', unitId: UNIT_A, newKid: fresh.key.kid, backupCreatedAt: new Date(T).toISOString(), resumedAfterSequence: 5 },
    });
    const confirmed = { ...policy, trustedKeys: [...policy.trustedKeys, { unitId: UNIT_A, kid: fresh.key.kid, jwk: fresh.key.jwk }], seen: first.received.map(seenEntryOf) };
    const sel = await verifySelection([parsed(again)], confirmed);
    expect(sel.files[0]!.status).toBe('accepted');
    expect(sel.forks).toEqual([]);
    expect(sel.overlaps.map((o) => [o.origin, o.sequence, o.lineages, o.variants.map((v) => !!v.bundle)])).toEqual([
      [{ unitId: UNIT_A, name: A.origin.name, adminCode: '12345' }, 6, [A.key.kid, fresh.key.kid].sort(), [false, true]],
    ]);
  });
});

describe('what differs between two bundles of one number', () => {
  const rec = (id: string, summary: string) => ({ id, origin: 'u', clock: '1', deleted: false, changedBy: 'x', summary }) as unknown as BundleRecord;
  const payload = (range: BundlePayload['range'], docs: BundleRecord[]) => ({ range, records: { incomingDocs: docs } }) as unknown as BundlePayload;
  it('against a changes-only export arriving now, the records it does not carry are not differences; what it changes or adds is', () => {
    const full = payload({ kind: 'full' }, [rec('a', 'A'), rec('b', 'B'), rec('c', 'C')]);
    const since = payload({ kind: 'since', sinceSequence: 1 }, [rec('b', 'B sửa'), rec('d', 'D')]);
    const d = diffPayloads(full, since);
    // It listed "only in version 1" for every record the full export carried.
    expect(d.onlyIn.map((o) => [o.variant, o.record.id])).toEqual([[1, 'd']]);
    expect(d.changed.map((c) => [c.a.id, c.fields])).toEqual([['b', ['summary']]]);
    // Received before as changes only, now in full (after the restore): everything the full one alone carries is listed — what was typed again among it.
    expect(diffPayloads(since, full).onlyIn.map((o) => [o.variant, o.record.id])).toEqual([[0, 'd'], [1, 'a'], [1, 'c']]);
    // Two full exports: a record in one only is a difference either way.
    expect(diffPayloads(full, payload({ kind: 'full' }, [rec('a', 'A')])).onlyIn.map((o) => [o.variant, o.record.id])).toEqual([[0, 'b'], [0, 'c']]);
  });
});
