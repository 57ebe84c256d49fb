// Each finding of "who may speak for whom", through the import pipeline of the app (prepareImport →
// applyImport on fake-indexeddb) with bundles crafted by units the archive trusts; the database digest
// is unchanged after every refusal, and the same files in any order end in the same database.
import { beforeAll, describe, expect, it } from 'vitest';
import { jwsShape, makeKeyRotation, type BundleInput } from '../../renderer/src/core/bundle/index';
import { applyImport, decideOwnership, prepareImport, recordCustody } from '../../renderer/src/db/exchange/import';
import { revokeKey, trustKey } from '../../renderer/src/db/exchange/keys';
import { originOverview } from '../../renderer/src/db/repositories/upper-level-repository';
import { UNIT_A, UNIT_B, communeRecords, fixtureId, incoming, rec } from '../../scripts/make-bundle-fixtures';
import { databaseDigest } from '../helpers/db-digest';
import { signedFile, testUnit, type TestUnit } from '../helpers/bundles';
import { upper, type TestProfile } from '../helpers/exchange-units';
import { foreignRecord, foreignRecords } from '../../renderer/src/db/repositories/foreign-repository';
import { trustedKeyList } from '../../renderer/src/db/repositories/exchange-repository';
import { indexedDbUpperApi } from '../../renderer/src/upper-api/indexeddb';

const UNIT_C = fixtureId(4, '0190dddd');
const T = Date.UTC(2026, 0, 5);
let A: TestUnit;
let B: TestUnit;
let C: TestUnit;
beforeAll(async () => {
  A = await testUnit(1, UNIT_A, 'Ủy ban nhân dân xã Thụy Hải', '12345');
  B = await testUnit(3, UNIT_B, 'Ủy ban nhân dân xã Thụy Trình', '23456');
  C = await testUnit(5, UNIT_C, 'Ủy ban nhân dân xã Thái Thụy', '34567');
});

const file = async (u: TestUnit, input: Partial<BundleInput> & Pick<BundleInput, 'sequence' | 'records'>, name = `${u.origin.adminCode}_${input.sequence}.luutru.json`) => ({ name, data: await signedFile(u, input) });

/** An archive that confirmed A, B and C on paper. */
async function archive(): Promise<TestProfile> {
  const up = await upper();
  for (const u of [A, B, C]) await trustKey(up.db, { unitId: u.origin.unitId, originName: u.origin.name, adminCode: u.origin.adminCode, jwk: u.key.jwk, confirmedBy: 'Bình' });
  return up;
}

async function take(up: TestProfile, files: { name: string; data: Uint8Array }[]) {
  const prepared = await prepareImport(up.db, files, up.session.unitId);
  if (prepared.receipt.canApply) await applyImport(up.db, prepared, 'Bình');
  return prepared;
}

/** Other units' data (the journal, import times and clocks differ with the order of imports). */
async function dataDigest(up: TestProfile): Promise<string> {
  const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
  const out: Record<string, unknown> = {};
  for (const t of ['units', 'fonds', 'registers', 'incomingDocs'] as const) out[t] = sorted(await foreignRecords(up.db, t));
  out.heldClaims = sorted((await up.db.heldClaims.toArray()).map(({ heldAt: _h, ...h }) => h));
  out.originStats = sorted(await up.db.originStats.toArray());
  return JSON.stringify(out);
}

describe('finding 1: a trusted unit cannot carry or change another unit’s records', () => {
  it('A’s bundle with records of B is refused naming B; a file A made up for B, signed by A, is refused naming A; nothing changes', async () => {
    const up = await archive();
    await take(up, [await file(B, { sequence: 1, records: communeRecords(B.origin, 2, T) })]);
    const before = await databaseDigest(up.db);
    const renamed = { ...rec(UNIT_B, 500, T + 9999, { kind: 'incoming', year: 2026, name: 'Đã đổi tên' }), deleted: true };
    const p1 = await prepareImport(up.db, [await file(A, { sequence: 1, records: { registers: [renamed] } })], up.session.unitId);
    expect(p1.receipt.files[0]?.error).toMatchObject({ code: 'bundle.record.foreignOrigin', params: { unit: B.origin.name, sender: A.origin.name } });
    // A "carried" file that A signed itself but made to look like B's.
    const fakeB = await signedFile({ origin: B.origin, key: A.key }, { sequence: 2, records: { registers: [renamed] } });
    const p2 = await prepareImport(up.db, [await file(A, { sequence: 1, records: {}, carried: [jwsShape(JSON.parse(new TextDecoder().decode(fakeB)))] })], up.session.unitId);
    expect(p2.receipt.files[0]?.error).toMatchObject({ code: 'bundle.carried.invalid', params: { code: 'bundle.signer.otherUnit', other: A.origin.name } });
    expect(p1.receipt.canApply || p2.receipt.canApply).toBe(false);
    expect(await databaseDigest(up.db)).toBe(before);
  });

  it('a merged commune may carry B only after the archive recorded the merger; B’s data arrives as B signed it', async () => {
    const up = await archive();
    const fromB = await signedFile(B, { sequence: 1, records: communeRecords(B.origin, 2, T) });
    const carrier = await file(C, { sequence: 1, records: {}, carried: [jwsShape(JSON.parse(new TextDecoder().decode(fromB)))] });
    const before = await databaseDigest(up.db);
    const waiting = await prepareImport(up.db, [carrier], up.session.unitId);
    expect(waiting.receipt.files[0]?.status).toBe('needs-custody');
    expect(waiting.receipt.canApply).toBe(false);
    expect(await databaseDigest(up.db)).toBe(before);
    await recordCustody(up.db, { carrierUnitId: UNIT_C, carriedUnitId: UNIT_B, kind: 'merger', effectiveDate: '2025-07-01', basis: 'Nghị quyết số 1656/NQ-UBTVQH15', confirmedBy: 'Bình' });
    await take(up, [carrier]);
    expect((await foreignRecords(up.db, 'incomingDocs')).map((d) => d.origin)).toEqual([UNIT_B, UNIT_B]);
    expect((await up.db.receivedBundles.toArray()).map((r) => [r.origin, r.via ?? []]).sort()).toEqual([
      [UNIT_B, [C.origin.name]],
      [UNIT_C, []],
    ]);
  });
});

describe('finding 2: rotation and revocation', () => {
  it('the old key after the rotation bundle is refused whatever its date; revoking it keeps the new key', async () => {
    const up = await archive();
    const a2 = await testUnit(2, UNIT_A, A.origin.name, A.origin.adminCode);
    const keyRotation = await makeKeyRotation({ unitId: UNIT_A, previousKey: A.key.jwk, newKey: a2.key.jwk, effectiveAt: new Date(T + 100_000).toISOString() });
    await take(up, [await file(A, { sequence: 1, records: communeRecords(A.origin, 1, T) }), await file(A, { sequence: 2, records: {}, keyRotation })]);
    // Signed by the old key, dated one second before the rotation's effective time.
    const late = await file(A, { sequence: 3, records: { incomingDocs: [incoming(UNIT_A, 77, T, 9)] }, createdAt: new Date(T + 99_000).toISOString() });
    const before = await databaseDigest(up.db);
    expect((await prepareImport(up.db, [late], up.session.unitId)).receipt.files[0]?.error?.code).toBe('bundle.signer.superseded');
    expect(await databaseDigest(up.db)).toBe(before);
    // The archive revokes the old key (from now): the new key still signs for A.
    await revokeKey(up.db, A.key.kid, 'Máy cũ bị mất');
    const next = await prepareImport(up.db, [await file(a2, { sequence: 3, records: { incomingDocs: [incoming(UNIT_A, 78, T, 10)] } })], up.session.unitId);
    expect(next.receipt.files[0]?.status).toBe('accepted');
  });

  it('the key a unit moved to is listed with the one it came from, and revoking it refuses what it signs', async () => {
    const up = await archive();
    const a2 = await testUnit(2, UNIT_A, A.origin.name, A.origin.adminCode);
    const keyRotation = await makeKeyRotation({ unitId: UNIT_A, previousKey: A.key.jwk, newKey: a2.key.jwk, effectiveAt: new Date(T + 100_000).toISOString() });
    await take(up, [await file(A, { sequence: 1, records: communeRecords(A.origin, 1, T) }), await file(A, { sequence: 2, records: {}, keyRotation })]);
    // Listed (it had no row, so nothing could revoke it), named as moved on from the old key.
    const listed = (await trustedKeyList(up.db)).filter((k) => k.unitId === UNIT_A);
    expect(listed.map((k) => [k.kid, k.rotatedFrom, k.originName])).toEqual([
      [A.key.kid, undefined, A.origin.name],
      [a2.key.kid, A.key.kid, A.origin.name],
    ]);
    await revokeKey(up.db, a2.key.kid, 'Máy mới bị mất', { from: new Date(T).toISOString() });
    expect((await trustedKeyList(up.db)).find((k) => k.kid === a2.key.kid)?.revoked?.reason).toBe('Máy mới bị mất');
    const before = await databaseDigest(up.db);
    const after = await prepareImport(up.db, [await file(a2, { sequence: 3, records: { incomingDocs: [incoming(UNIT_A, 78, T, 10)] } })], up.session.unitId);
    expect(after.receipt.files[0]?.error).toBeDefined();
    expect(after.receipt.canApply).toBe(false);
    expect(await databaseDigest(up.db)).toBe(before);
  });
});

describe('finding 3: forks are never both applied', () => {
  it('two different bundles with one sequence in one selection: nothing applied, the fork kept with what differs', async () => {
    const up = await archive();
    const one = await file(A, { sequence: 1, records: { ...communeRecords(A.origin, 1, T) } }, 'a.json');
    const two = await file(A, { sequence: 1, records: { ...communeRecords(A.origin, 2, T) } }, 'b.json');
    const prepared = await prepareImport(up.db, [one, two], up.session.unitId);
    expect(prepared.receipt.files.map((f) => f.status)).toEqual(['fork', 'fork']);
    expect(prepared.receipt.writes).toBe(0);
    await applyImport(up.db, prepared, 'Bình');
    expect(await foreignRecords(up.db, 'incomingDocs')).toEqual([]);
    const forks = await up.db.forks.toArray();
    expect(forks.map((f) => [f.originName, f.sequence, f.variants.map((v) => v.fileName)])).toEqual([[A.origin.name, 1, ['a.json', 'b.json']]]);
    expect(forks[0]?.diff?.onlyIn.map((o) => [o.variant, o.table, o.number])).toEqual([[1, 'incomingDocs', '2']]);
  });

  it('against a bundle applied before: refused, the database unchanged', async () => {
    const up = await archive();
    await take(up, [await file(A, { sequence: 1, records: communeRecords(A.origin, 1, T) })]);
    const before = await dataDigest(up);
    const other = await prepareImport(up.db, [await file(A, { sequence: 1, records: communeRecords(A.origin, 3, T) })], up.session.unitId);
    expect(other.receipt.files[0]?.status).toBe('fork');
    expect(other.receipt.writes).toBe(0);
    await applyImport(up.db, other, 'Bình');
    expect(await dataDigest(up)).toBe(before);
  });
});

describe('finding 4: record ids and register numbers, in every order', () => {
  it('A reusing one of B’s ids and taking number 1 in B’s register ends the same whichever file comes first', async () => {
    const bFile = await file(B, { sequence: 1, records: communeRecords(B.origin, 2, T) });
    const bDocId = communeRecords(B.origin, 2, T).incomingDocs[0]!.id;
    const aFile = await file(A, {
      sequence: 1,
      records: {
        ...communeRecords(A.origin, 1, T),
        incomingDocs: [
          { ...incoming(UNIT_A, 5, T + 5000, 1), id: bDocId, summary: 'Chiếm mã của xã khác' },
          { ...incoming(UNIT_A, 6, T, 1), registerId: fixtureId(500, UNIT_B.slice(0, 8)), summary: 'Chen vào sổ của xã khác' },
        ],
      },
    });
    const ab = await archive();
    await take(ab, [aFile]);
    await take(ab, [bFile]);
    const ba = await archive();
    await take(ba, [bFile]);
    await take(ba, [aFile]);
    const both = await archive();
    await take(both, [bFile, aFile]);
    expect(await dataDigest(ab)).toBe(await dataDigest(ba));
    expect(await dataDigest(both)).toBe(await dataDigest(ba));
    // B's register holds only B's entries; the contested id is held for a person, with both claims.
    const held = await ba.db.heldClaims.toArray();
    expect(held.map((h) => [h.origin, h.reason]).sort()).toEqual([
      [UNIT_A, 'contested'],
      [UNIT_A, 'parent-foreign'],
      [UNIT_B, 'contested'],
    ]);
    expect((await foreignRecords(ba.db, 'incomingDocs')).every((d) => d.origin === UNIT_B)).toBe(true);
    // The person decides the document is B's: B's version lives, A's claim is gone for good.
    await decideOwnership(ba.db, ba.session, 'incomingDocs', bDocId, UNIT_B);
    expect((await foreignRecord(ba.db, 'incomingDocs', bDocId))?.origin).toBe(UNIT_B);
    expect((await ba.db.heldClaims.toArray()).map((h) => h.reason)).toEqual(['parent-foreign']);
  });
});

describe('finding 5: the overview does not depend on the order', () => {
  it('B’s own bundle after the merged commune carried it is still recorded; a full bundle covers the sequences before it', async () => {
    const up = await archive();
    await recordCustody(up.db, { carrierUnitId: UNIT_C, carriedUnitId: UNIT_B, kind: 'merger', effectiveDate: '2025-07-01', basis: 'NQ 1656', confirmedBy: 'Bình' });
    const b1 = await signedFile(B, { sequence: 1, records: communeRecords(B.origin, 2, T) });
    await take(up, [await file(C, { sequence: 1, records: {}, carried: [jwsShape(JSON.parse(new TextDecoder().decode(b1)))] })]);
    // B's next full export: nothing new in it, but it is a bundle received from B.
    const b3 = await prepareImport(up.db, [await file(B, { sequence: 3, records: communeRecords(B.origin, 2, T) })], up.session.unitId);
    expect(b3.receipt.writes).toBe(0);
    expect(b3.receipt.canApply).toBe(true);
    await applyImport(up.db, b3, 'Bình');
    const rows = await originOverview(up.db, up.session.unitId, new Date(T + 86_400_000));
    const b = rows.find((r) => r.unitId === UNIT_B)!;
    expect([b.lastSequence, b.missing, b.carriedBy]).toEqual([3, [], []]);
    // A full bundle received first leaves no gaps before it.
    const other = await archive();
    await take(other, [await file(A, { sequence: 3, records: communeRecords(A.origin, 1, T) })]);
    expect((await originOverview(other.db, other.session.unitId, new Date())).find((r) => r.unitId === UNIT_A)?.missing).toEqual([]);
  });
});

describe('finding 6: first contact guards', () => {
  it('a bundle claiming the receiver itself is refused and its key cannot be trusted', async () => {
    const up = await upper();
    const before = await databaseDigest(up.db);
    const impostor = await testUnit(40, up.session.unitId, 'Lưu trữ lịch sử tỉnh Hưng Yên', '33');
    const p = await prepareImport(up.db, [await file(impostor, { sequence: 1, records: {} })], up.session.unitId);
    expect(p.receipt.files[0]?.error?.code).toBe('bundle.origin.receiver');
    await expect(trustKey(up.db, { unitId: up.session.unitId, originName: 'x', jwk: impostor.key.jwk, confirmedBy: 'Bình' })).rejects.toMatchObject({ code: 'bundle.origin.receiver' });
    expect(await databaseDigest(up.db)).toBe(before);
  });

  it('a look-alike of a trusted unit is offered with warnings to read', async () => {
    const up = await archive();
    const look = await testUnit(41, fixtureId(41, '0190f0f0'), 'Ủy ban nhân dân xã Thụy H\u0430\u0309i', '12345');
    const p = await prepareImport(up.db, [await file(look, { sequence: 1, records: {} })], up.session.unitId);
    expect(p.receipt.files[0]?.confirmations?.[0]?.warnings.map((w) => w.code).sort()).toEqual(['identity.lookAlikeName', 'identity.mixedScript', 'identity.sameAdminCode']);
    // Trusted over them after all (as the screens trust a card: with the warnings it showed): the key list keeps what was
    // read, with the unit it was alike to; a key trusted with none read has none.
    const c = p.receipt.files[0]!.confirmations![0]!;
    await indexedDbUpperApi(up.db, { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: '' }, up.session).trustKey(c, 'words-typed');
    const over = (await trustedKeyList(up.db)).find((k) => k.kid === c.kid)?.confirmedOver;
    expect(over?.map((w) => [w.code, 'otherName' in w ? w.otherName : ''])).toEqual([
      ['identity.mixedScript', ''],
      ['identity.lookAlikeName', A.origin.name],
      ['identity.sameAdminCode', A.origin.name],
    ]);
    expect((await trustedKeyList(up.db)).filter((k) => k.unitId === UNIT_A).every((k) => k.confirmedOver === undefined)).toBe(true);
  });
});

describe('a unit that lost its key after restoring an old backup (issue 10 item 3)', () => {
  it('its new key is taken only after a person confirms it; bundles it sends again are an overlap with what differs, not a fork', async () => {
    const up = await archive();
    const reg = communeRecords(A.origin, 1, T).registers;
    // Before the PC died: bundles 1 and 2 (bundle 2 was sent after the backup was made).
    await take(up, [await file(A, { sequence: 1, records: { ...communeRecords(A.origin, 1, T) } })]);
    await take(up, [await file(A, { sequence: 2, records: { incomingDocs: [incoming(UNIT_A, 20, T + 100, 2, { summary: 'Gửi sau bản sao lưu' })] } })]);
    // Restored from the backup made after bundle 1: a new key, sequences continue from 1.
    const fresh = await testUnit(30, UNIT_A, A.origin.name, A.origin.adminCode);
    const keyRecovery = { kind: 'key-recovery' as const, unitId: UNIT_A, newKid: fresh.key.kid, backupCreatedAt: new Date(T + 50).toISOString(), resumedAfterSequence: 1 };
    const again = await file(fresh, { sequence: 2, records: { registers: reg, incomingDocs: [incoming(UNIT_A, 21, T + 200, 2, { summary: 'Vào sổ lại sau khôi phục' })] }, keyRecovery }, 'sau-khoi-phuc.json');
    const before = await databaseDigest(up.db);
    const first = await prepareImport(up.db, [again], up.session.unitId);
    const c = first.receipt.files[0]?.confirmations?.[0];
    expect([c?.kind, c?.recovery?.resumedAfterSequence, first.receipt.canApply]).toEqual(['key-recovery', 1, false]);
    expect(await databaseDigest(up.db)).toBe(before); // nothing from that key before the paper check
    await trustKey(up.db, { unitId: UNIT_A, originName: A.origin.name, jwk: c!.signerKey, confirmedBy: 'Bình', confirmedAs: 'key-recovery' });
    const second = await prepareImport(up.db, [again], up.session.unitId);
    expect(second.receipt.files[0]?.status).toBe('accepted');
    expect(second.receipt.forks).toEqual([]);
    const overlap = second.receipt.overlaps[0]!;
    expect([overlap.kind, overlap.sequence, overlap.variants.length]).toEqual(['overlap', 2, 2]);
    // Each version named by its file: the one received before, and the one picked now (it was blank: "Bản 2: , tạo lúc …").
    expect(overlap.variants[1]?.fileName).toBe('sau-khoi-phuc.json');
    // What differs: the entry sent before the crash, and the one typed again after the restore.
    expect(overlap.diff?.onlyIn.filter((o) => o.table === 'incomingDocs').map((o) => [o.variant, o.title])).toEqual([
      [0, 'Gửi sau bản sao lưu'],
      [1, 'Vào sổ lại sau khôi phục'],
    ]);
    await applyImport(up.db, second, 'Bình');
    // Both were taken; number 2 is held for a person (two entries of one register), nothing renumbered.
    expect((await up.db.forks.toArray()).map((f) => f.kind)).toEqual(['overlap']);
    expect((await up.db.heldClaims.toArray()).map((h) => h.reason)).toEqual(['number-conflict']);
    const ov = await originOverview(up.db, up.session.unitId, new Date(T));
    expect(ov.find((r) => r.unitId === UNIT_A)?.lineages).toBe(2);
  });

  it('a bundle signed with the key the unit reported lost waits for a person’s decision on that bundle, and is journalled so', async () => {
    const up = await archive();
    await take(up, [await file(A, { sequence: 1, records: { ...communeRecords(A.origin, 1, T) } })]);
    // The commune restored a backup: its new key, confirmed as a key recovery, reports the old one lost.
    const fresh = await testUnit(33, UNIT_A, A.origin.name, A.origin.adminCode);
    const keyRecovery = { kind: 'key-recovery' as const, unitId: UNIT_A, newKid: fresh.key.kid, backupCreatedAt: new Date(T + 50).toISOString(), resumedAfterSequence: 1 };
    await trustKey(up.db, { unitId: UNIT_A, originName: A.origin.name, jwk: fresh.key.jwk, confirmedBy: 'Bình', confirmedAs: 'key-recovery', compared: 'words-typed', recovery: keyRecovery });
    // A bundle signed with the old key arrives afterwards (made before the loss, or by whoever holds the old PC).
    const late = await file(A, { sequence: 2, records: { incomingDocs: [incoming(UNIT_A, 30, T + 100, 2, { summary: 'Gói của máy cũ đến muộn' })] } }, 'may-cu.json');
    const prepared = await prepareImport(up.db, [late], up.session.unitId);
    const f = prepared.receipt.files[0]!;
    expect([f.status, typeof f.lostKey?.reportedAt]).toEqual(['accepted', 'string']);
    const before = await databaseDigest(up.db);
    // Not taken in without the person's decision on this very bundle (the screen's tick; the HTTP API checks it too).
    await expect(applyImport(up.db, prepared, 'Bình')).rejects.toMatchObject({ code: 'import.lostKeyUndecided', params: { name: 'may-cu.json', unit: A.origin.name } });
    await expect(applyImport(up.db, prepared, 'Bình', new Date(), undefined, undefined, ['another-bundle'])).rejects.toMatchObject({ code: 'import.lostKeyUndecided' });
    expect(await databaseDigest(up.db)).toBe(before);
    await applyImport(up.db, prepared, 'Bình', new Date(), undefined, undefined, [f.payloadSha256!]);
    expect((await foreignRecords(up.db, 'incomingDocs')).map((d) => d.summary)).toContain('Gói của máy cũ đến muộn');
    const [entry] = await up.db.journal.orderBy('seq').reverse().limit(1).toArray();
    expect(entry?.detail).toBe('may-cu.json; nhập dù ký bằng khóa đơn vị đã báo mất (người nhập xác nhận gói lập trước khi mất): may-cu.json');
    // A bundle of the new key is not asked about.
    const next = await prepareImport(up.db, [await file(fresh, { sequence: 2, records: { incomingDocs: [incoming(UNIT_A, 31, T + 300, 3)] }, keyRecovery })], up.session.unitId);
    expect(next.receipt.files[0]?.lostKey).toBeUndefined();
  });

  it('the same backup restored on a second PC is pointed out before its key is trusted, naming the first restore', async () => {
    const up = await archive();
    await take(up, [await file(A, { sequence: 1, records: { ...communeRecords(A.origin, 1, T) } })]);
    const backupCreatedAt = new Date(T + 50).toISOString();
    const recoveryOf = (u: TestUnit) => ({ kind: 'key-recovery' as const, unitId: UNIT_A, newKid: u.key.kid, previousKid: A.key.kid, backupCreatedAt, resumedAfterSequence: 1 });
    const confirmationOf = async (u: TestUnit, summary: string) => {
      const f = await file(u, { sequence: 2, records: { incomingDocs: [incoming(UNIT_A, 30, T + 300, 2, { summary })] }, keyRecovery: recoveryOf(u) });
      const prepared = await prepareImport(up.db, [f], up.session.unitId);
      return prepared.receipt.files[0]!.confirmations![0]!;
    };
    // The first restored PC: nothing to point out; confirmed as the screen does (with the announcement it carried).
    const pc1 = await testUnit(31, UNIT_A, A.origin.name, A.origin.adminCode);
    const c1 = await confirmationOf(pc1, 'Máy khôi phục thứ nhất');
    expect([c1.kind, c1.warnings]).toEqual(['key-recovery', []]);
    await trustKey(up.db, { unitId: UNIT_A, originName: A.origin.name, jwk: c1.signerKey, confirmedBy: 'Bình', confirmedAs: 'key-recovery', ...(c1.recovery ? { recovery: c1.recovery } : {}) });
    expect((await up.db.trustedKeys.get(pc1.key.kid))?.recovery?.backupCreatedAt).toBe(backupCreatedAt);
    // The same backup restored again on another PC: the archivist reads it before typing the words.
    const pc2 = await testUnit(32, UNIT_A, A.origin.name, A.origin.adminCode);
    const c2 = await confirmationOf(pc2, 'Máy khôi phục thứ hai');
    expect(c2.warnings.map((w) => w.code)).toEqual(['recovery.sameBackup']);
    // An announcement that is not this key's is refused (it would point at the wrong restore), and nothing is trusted.
    await expect(trustKey(up.db, { unitId: UNIT_A, originName: A.origin.name, jwk: pc2.key.jwk, confirmedBy: 'Bình', confirmedAs: 'key-recovery', recovery: recoveryOf(pc1) })).rejects.toMatchObject({ code: 'bundle.recovery.invalid' });
    expect(await up.db.trustedKeys.get(pc2.key.kid)).toBeUndefined();
    // The first PC's key confirmed again without it (from a file, say): the announcement kept before stays.
    await trustKey(up.db, { unitId: UNIT_A, originName: A.origin.name, jwk: c1.signerKey, confirmedBy: 'Bình', confirmedAs: 'key-recovery' });
    expect((await up.db.trustedKeys.get(pc1.key.kid))?.recovery?.backupCreatedAt).toBe(backupCreatedAt);
  });
});
