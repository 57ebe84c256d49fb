// Who trusted, revoked or changed a signing key, and who recorded a fonds taken over, is in the
// journal (nhật ký thay đổi) with the person's name: the upper level's screens act through
// indexedDbUpperApi, the commune's key change through rotateSigningKey with the session.
import { beforeAll, describe, expect, it } from 'vitest';
import { UNIT_A, UNIT_B } from '../../scripts/make-bundle-fixtures';
import { recentJournal } from '../../renderer/src/db/repositories/journal-repository';
import { ensureSigningKey, rotateSigningKey, trustKey } from '../../renderer/src/db/exchange/keys';
import { indexedDbUpperApi } from '../../renderer/src/upper-api/indexeddb';
import { testUnit, type TestUnit } from '../helpers/bundles';
import { commune, upper } from '../helpers/exchange-units';
import { fingerprintOf, keyFingerprint } from '../../renderer/src/core/bundle/keys';

const words = (kid: string) => `khóa ${fingerprintOf(kid).words.join(' · ')}`;

let A: TestUnit;
let B: TestUnit;
beforeAll(async () => {
  A = await testUnit(1, UNIT_A, 'Ủy ban nhân dân xã Thụy Hải', '12345');
  B = await testUnit(3, UNIT_B, 'Ủy ban nhân dân xã Thụy Trình', '23456');
});

describe('key and custody decisions are journalled', () => {
  it('trusting a key, recording a custody and revoking the key each leave one entry naming the archivist and the unit', async () => {
    const up = await upper();
    const api = indexedDbUpperApi(up.db, { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: '' }, up.session);
    const before = (await recentJournal(up.db, 50)).length;
    await api.trustKey({
      kind: 'first-contact',
      origin: { unitId: UNIT_A, name: A.origin.name, adminCode: A.origin.adminCode },
      kid: A.key.kid,
      signerKey: A.key.jwk,
      fingerprint: await keyFingerprint(A.key.jwk),
      counts: {},
      sequence: 1,
      createdAt: '2026-01-05T00:00:00.000Z',
      warnings: [],
      via: [],
    } as unknown as Parameters<typeof api.trustKey>[0], 'words-read-aloud');
    await api.recordCustody({ unitId: UNIT_A, name: A.origin.name, adminCode: A.origin.adminCode }, [{ unitId: UNIT_B, name: B.origin.name, adminCode: B.origin.adminCode }], {
      kind: 'merger',
      effectiveDate: '2025-07-01',
      basis: 'Nghị quyết số 1656/NQ-UBTVQH15',
    });
    await api.revokeKey(A.key.kid, 'Máy cũ bị mất', '2026-03-05T12:00:00.000Z');

    const entries = (await recentJournal(up.db, 50)).slice(0, 3).reverse();
    expect((await recentJournal(up.db, 50)).length).toBe(before + 3);
    expect(entries.map((e) => [e.action, e.operator])).toEqual([
      ['key.trust', 'Trần Văn Bình'],
      ['custody.record', 'Trần Văn Bình'],
      ['key.revoke', 'Trần Văn Bình'],
    ]);
    // How the words were compared is said with the key, and kept with it.
    expect(entries[0]!.detail).toBe(`${A.origin.name} — ${words(A.key.kid)}; đã đối chiếu 10 từ (đọc qua điện thoại hoặc so với giấy), không gõ lại, khớp`);
    expect((await up.db.trustedKeys.get(A.key.kid))?.compared).toBe('words-read-aloud');
    expect(entries[1]!.detail).toBe(`${A.origin.name} ← ${B.origin.name} (sáp nhập từ 01/07/2025, Nghị quyết số 1656/NQ-UBTVQH15)`);
    expect(entries[2]!.detail).toContain(`${A.origin.name} — ${words(A.key.kid)}, từ 05/03/2026`);
    expect(entries[2]!.detail).toContain('Máy cũ bị mất');
    // What was decided is stored with the entry.
    expect((await up.db.revokedKeys.get(A.key.kid))?.reason).toBe('Máy cũ bị mất');
    expect(await up.db.custody.count()).toBe(1);
  });

  it('a new key is trusted only when its words were typed: read aloud is for a first contact', async () => {
    const up = await upper();
    const before = (await recentJournal(up.db, 50)).length;
    await expect(trustKey(up.db, { unitId: UNIT_B, originName: B.origin.name, jwk: B.key.jwk, confirmedBy: 'Bình', confirmedAs: 'new-key', compared: 'words-read-aloud' }, up.session)).rejects.toMatchObject({ code: 'key.compareByTyping' });
    expect(await up.db.trustedKeys.get(B.key.kid)).toBeUndefined();
    expect((await recentJournal(up.db, 50)).length).toBe(before);
    await trustKey(up.db, { unitId: UNIT_B, originName: B.origin.name, jwk: B.key.jwk, confirmedBy: 'Bình', confirmedAs: 'new-key', compared: 'words-typed' }, up.session);
    expect((await up.db.trustedKeys.get(B.key.kid))?.compared).toBe('words-typed');
  });

  it('a key not trusted is kept with who, when and why, journalled, and found again by its key; a refusal without a reason is refused', async () => {
    const up = await upper();
    const api = indexedDbUpperApi(up.db, { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: '' }, up.session);
    const c = { kind: 'first-contact', origin: { unitId: UNIT_B, name: B.origin.name, adminCode: B.origin.adminCode }, kid: B.key.kid, signerKey: B.key.jwk } as unknown as Parameters<typeof api.refuseKey>[0];
    const before = (await recentJournal(up.db, 50)).length;
    await expect(api.refuseKey(c, '   ')).rejects.toMatchObject({ code: 'keys.refuse.reasonRequired' });
    expect((await recentJournal(up.db, 50)).length).toBe(before);
    await api.refuseKey(c, 'Từ thứ 10 khác với giấy   của xã');
    const [entry] = await recentJournal(up.db, 1);
    expect(entry).toMatchObject({ action: 'key.refuse', operator: 'Trần Văn Bình', detail: `${B.origin.name} — ${words(B.key.kid)}: Từ thứ 10 khác với giấy của xã` });
    const refusals = await api.keyRefusals(B.key.kid);
    expect(refusals.map((r) => [r.unitId, r.originName, r.refusedBy, r.reason])).toEqual([[UNIT_B, B.origin.name, 'Trần Văn Bình', 'Từ thứ 10 khác với giấy của xã']]);
    expect(await api.keyRefusals(A.key.kid)).toEqual([]);
    // Without a key, every refusal (the trusted-keys page lists them).
    expect((await api.keyRefusals()).map((r) => r.kid)).toEqual([B.key.kid]);
    // Not trusted by it.
    expect(await up.db.trustedKeys.get(B.key.kid)).toBeUndefined();
  });

  it('a commune changing its own key is journalled with the old and new key', async () => {
    const c = await commune('Ủy ban nhân dân xã Thụy Hải', '12345');
    const old = await ensureSigningKey(c.db, c.session.unitId);
    const next = await rotateSigningKey(c.db, c.session.unitId, 'Đổi khóa định kỳ', c.session);
    const [last] = await recentJournal(c.db, 1);
    expect(last).toMatchObject({ action: 'key.rotate', operator: 'Nguyễn Thị Lan', detail: `${words(old.kid)} → ${words(next.kid)}` });
  });
});
