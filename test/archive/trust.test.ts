// Keys, rotations, revocations, custody and forks at the province archive, with the signed fixture
// files: a rotation announced in one bundle lets the next, signed by the new key, in (and is kept);
// a tampered file is refused; a merged commune's file carrying another unit's waits until custody is
// recorded; a second, different bundle with a number already taken is a fork kept for review; a key
// revoked from a moment refuses what it signs after it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyArchiveImport, prepareArchiveImport, type ImportFile } from '../../renderer/src/archive/import';
import { archiveForks, archiveKeyList, archiveOverview } from '../../renderer/src/archive/reads';
import type { ArchiveDb } from '../../renderer/src/archive/sql';
import { keyRefusals, recordCustody, refuseKey, revokeKey, trustKey } from '../../renderer/src/archive/trust';
import { createBundleFile } from '../../renderer/src/core/bundle/index';
import { ORIGIN_A, UNIT_A, UNIT_B, UNIT_MERGED, communeRecords, fixtureKey, incoming } from '../../scripts/make-bundle-fixtures';
import { signedFile, testUnit } from '../helpers/bundles';
import { ENGINES, openArchive } from '../helpers/archive-db';

const fx = (name: string): ImportFile => ({ name, data: new Uint8Array(readFileSync(`test/fixtures/bundles/${name}`)) });
const trust = JSON.parse(readFileSync('test/fixtures/bundles/trust.json', 'utf8')) as { keys: { unitId: string; jwk: never; note?: string }[] };

describe.each(ENGINES)('trust at the archive ($name)', (engine) => {
  let db: ArchiveDb;
  beforeAll(async () => {
    ({ db } = await openArchive(engine));
    for (const k of trust.keys) await trustKey(db, { unitId: k.unitId, originName: k.note ?? k.unitId, jwk: k.jwk, confirmedBy: 'Bình' });
  });
  afterAll(async () => db?.close());

  const take = async (files: ImportFile[]) => {
    const p = await prepareArchiveImport(db, files);
    if (p.receipt.canApply) await applyArchiveImport(db, p, 'Bình');
    return p.receipt;
  };

  it('rotation, tampering, custody, forks and revocation', async () => {
    const r1 = await take([fx('commune-a-1.json'), fx('commune-a-2.json'), fx('commune-b-1.json')]);
    expect(r1.files.map((f) => f.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect((await take([fx('commune-a-2-tampered.json')])).files[0]!.error?.code).toBe('bundle.signature.invalid');
    const rot = await take([fx('commune-a-4-new-key.json'), fx('commune-a-3-rotation.json')]);
    expect(rot.files.map((f) => f.status)).toEqual(['accepted', 'accepted']);
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM key_rotations'))[0]!.n).toBe(1);

    const carrier = await take([fx('merged-c-1-carries-b.json')]);
    expect(carrier.files[0]!.status).toBe('needs-confirmation');
    for (const c of carrier.files[0]!.confirmations ?? []) await trustKey(db, { unitId: c.origin.unitId, originName: c.origin.name, jwk: c.signerKey, confirmedBy: 'Bình', confirmedAs: c.kind });
    const custody = await take([fx('merged-c-1-carries-b.json')]);
    expect(custody.files[0]!.status).toBe('needs-custody');
    await recordCustody(db, { carrierUnitId: UNIT_MERGED, carriedUnitId: UNIT_B, kind: 'merger', effectiveDate: '2025-07-01', basis: 'Nghị quyết số 1656/NQ-UBTVQH15', confirmedBy: 'Bình' });
    await expect(recordCustody(db, { carrierUnitId: UNIT_MERGED, carriedUnitId: UNIT_B, kind: 'merger', effectiveDate: '01/07/2025', basis: 'x', confirmedBy: 'Bình' })).rejects.toMatchObject({ code: 'custody.date.invalid' });
    expect((await take([fx('merged-c-1-carries-b.json')])).files[0]!.status).toBe('accepted');

    // Another bundle numbered 1 from commune A, signed by its first key: a fork, nothing of it taken.
    const key = await fixtureKey(1);
    const forkFile = await createBundleFile({ origin: ORIGIN_A, signerKey: key.jwk, sequence: 1, range: { kind: 'full' }, createdAt: '2026-01-06T08:00:00.000Z', records: {} }, key.privateKey);
    const fork = await take([{ name: 'a-1-other.json', data: forkFile }]);
    expect(fork.files[0]!.status).toBe('fork');
    expect((await archiveForks(db)).map((f) => [f.origin, f.sequence])).toEqual([[ORIGIN_A.unitId, 1]]);

    // The first key of A revoked: nothing it signs is taken from then on.
    const firstKid = (await archiveKeyList(db)).find((k) => k.unitId === ORIGIN_A.unitId && k.kid === key.kid)!.kid;
    await revokeKey(db, firstKid, 'Mất USB chứa khóa', { from: '2026-01-01T00:00:00.000Z', revokedBy: 'Bình' });
    expect((await archiveKeyList(db)).find((k) => k.kid === firstKid)?.revoked?.reason).toBe('Mất USB chứa khóa');
    const later = await createBundleFile({ origin: ORIGIN_A, signerKey: key.jwk, sequence: 9, range: { kind: 'full' }, createdAt: '2026-02-06T08:00:00.000Z', records: {} }, key.privateKey);
    expect((await take([{ name: 'a-9.json', data: later }])).files[0]!.error?.code).toMatch(/^bundle\.signer\./);

    const overview = await archiveOverview(db, new Date('2026-03-01'));
    expect(overview.map((o) => [o.name, o.lastSequence])).toEqual([
      ['Ủy ban nhân dân xã Thụy Hải', 4],
      ['Ủy ban nhân dân phường Đông Kinh', 1],
      ['Ủy ban nhân dân xã Thái Thụy', 1],
    ]);
  });
});

describe.each(ENGINES)('a bundle signed with a key its unit reported lost ($name)', (engine) => {
  let db: ArchiveDb;
  beforeAll(async () => {
    ({ db } = await openArchive(engine));
  });
  afterAll(async () => db?.close());

  it('is taken in only with a person’s decision on that bundle, as in the app', async () => {
    const T = Date.UTC(2026, 0, 5);
    const A = await testUnit(1, UNIT_A, 'Ủy ban nhân dân xã Thụy Hải', '12345');
    await trustKey(db, { unitId: UNIT_A, originName: A.origin.name, jwk: A.key.jwk, confirmedBy: 'Bình', confirmedAs: 'first-contact', compared: 'words-read-aloud' }, new Date(T));
    const first = await prepareArchiveImport(db, [{ name: 'a-1.json', data: await signedFile(A, { sequence: 1, records: communeRecords(A.origin, 1, T) }) }]);
    await applyArchiveImport(db, first, 'Bình');
    const fresh = await testUnit(33, UNIT_A, A.origin.name, A.origin.adminCode);
    await trustKey(db, { unitId: UNIT_A, originName: A.origin.name, jwk: fresh.key.jwk, confirmedBy: 'Bình', confirmedAs: 'key-recovery', compared: 'words-typed' }, new Date(T + 86_400_000));
    const late = await prepareArchiveImport(db, [{ name: 'may-cu.json', data: await signedFile(A, { sequence: 2, records: { incomingDocs: [incoming(UNIT_A, 30, T + 100, 2)] } }) }]);
    const f = late.receipt.files[0]!;
    expect([f.status, typeof f.lostKey?.reportedAt]).toEqual(['accepted', 'string']);
    await expect(applyArchiveImport(db, late, 'Bình')).rejects.toMatchObject({ code: 'import.lostKeyUndecided' });
    expect((await archiveOverview(db, new Date(T))).find((o) => o.unitId === UNIT_A)?.lastSequence).toBe(1);
    await applyArchiveImport(db, late, 'Bình', new Date(), undefined, [f.payloadSha256!]);
    expect((await archiveOverview(db, new Date(T))).find((o) => o.unitId === UNIT_A)?.lastSequence).toBe(2);
    // The journal names the bundle taken in so, as the app's does.
    const [entry] = await db.query<{ detail: string }>("SELECT detail FROM journal WHERE action = 'bundle.import' ORDER BY seq DESC LIMIT 1");
    expect(entry?.detail).toBe('may-cu.json; nhập dù ký bằng khóa đơn vị đã báo mất (người nhập xác nhận gói lập trước khi mất): may-cu.json');
  });
  it('a key not trusted is kept with who, when and why, found again by its key, and two refusals both stay', async () => {
    const B = await testUnit(3, UNIT_B, 'Ủy ban nhân dân xã Thụy Trình', '23456');
    await expect(refuseKey(db, { unitId: UNIT_B, originName: B.origin.name, adminCode: '23456', jwk: B.key.jwk, refusedBy: 'Bình', reason: ' ' })).rejects.toMatchObject({ code: 'keys.refuse.reasonRequired' });
    await Promise.all([
      refuseKey(db, { unitId: UNIT_B, originName: B.origin.name, adminCode: '23456', jwk: B.key.jwk, refusedBy: 'Bình', reason: 'Từ thứ 10 khác với giấy' }),
      refuseKey(db, { unitId: UNIT_B, originName: B.origin.name, adminCode: '23456', jwk: B.key.jwk, refusedBy: 'Lan', reason: 'Xã chưa gửi gói nào' }),
    ]);
    const found = await keyRefusals(db, B.key.kid);
    expect(found.map((r) => [r.refusedBy, r.reason]).sort()).toEqual([['Bình', 'Từ thứ 10 khác với giấy'], ['Lan', 'Xã chưa gửi gói nào']]);
    expect(await keyRefusals(db, 'another-kid')).toEqual([]);
    // Without a key, every refusal (the trusted-keys page lists them).
    expect((await keyRefusals(db)).filter((r) => r.kid === B.key.kid)).toHaveLength(2);
  });
});
