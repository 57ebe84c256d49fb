/**
 * Deterministic bundle fixtures for tests (test/fixtures/bundles/): two communes, a key
 * rotation, and a tampered file. Keys come from fixed seeds and Ed25519 signatures are
 * deterministic, so regenerating gives the same bytes. Also exports the sample data
 * helpers the bundle tests share.
 *
 * Regenerate: npm run fixtures:bundles
 */
import {
  createBundleFile,
  importPkcs8PrivateKey,
  jwkThumbprint,
  makeKeyRotation,
  pkcs8FromSeed,
  publicJwkFromPkcs8,
  type BundleOrigin,
  type BundleRecord,
  type PublicJwk,
  type TrustedKey,
} from '../renderer/src/core/bundle/index';
import { encodeHlc } from '../renderer/src/core/hlc';

export type FixtureKey = { readonly privateKey: CryptoKey; readonly jwk: PublicJwk; readonly kid: string; readonly pkcs8: Uint8Array };

/** An Ed25519 key from a one-byte seed (test use only). */
export async function fixtureKey(seedByte: number): Promise<FixtureKey> {
  const pkcs8 = pkcs8FromSeed(new Uint8Array(32).fill(seedByte));
  const jwk = await publicJwkFromPkcs8(pkcs8);
  return { privateKey: await importPkcs8PrivateKey(pkcs8), jwk, kid: await jwkThumbprint(jwk), pkcs8 };
}

/** A UUID v7-shaped id from a number (stable across runs). */
export function fixtureId(n: number, prefix = '0190a000'): string {
  return `${prefix}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

export const UNIT_A = fixtureId(1, '0190aaaa');
export const UNIT_B = fixtureId(2, '0190bbbb');
export const UNIT_UPPER = fixtureId(3, '0190cccc');
export const UNIT_MERGED = fixtureId(5, '0190eeee');

export function originOf(unitId: string, name: string, adminCode: string, level: BundleOrigin['level'] = 'commune'): BundleOrigin {
  return {
    unitId,
    adminCode,
    legacyAdminCode: '',
    agencyId: '',
    name,
    level,
    fonds: [{ id: fixtureId(900 + Number(adminCode.slice(-2)), unitId.slice(0, 8)), name: `Phông lưu trữ ${name}`, number: '01', status: 'open' }],
  };
}

export const ORIGIN_A = originOf(UNIT_A, 'Ủy ban nhân dân xã Thụy Hải', '12345');
export const ORIGIN_B = originOf(UNIT_B, 'Ủy ban nhân dân phường Đông Kinh', '23456');
export const ORIGIN_UPPER = originOf(UNIT_UPPER, 'Lưu trữ lịch sử tỉnh Hưng Yên', '33', 'province-archive');
/** A commune formed on 01/7/2025 by merging others: it keeps (and passes on) their fonds. */
export const ORIGIN_MERGED = originOf(UNIT_MERGED, 'Ủy ban nhân dân xã Thái Thụy', '34567');

export const clockAt = (ms: number, counter = 0): string => encodeHlc({ wallMs: ms, counter });
const T0 = Date.UTC(2026, 0, 5, 8, 0, 0);

/** A record of a table, with the meta envelope. */
export function rec(origin: string, n: number, clockMs: number, fields: Record<string, unknown> = {}, deleted = false): BundleRecord {
  return {
    id: fixtureId(n, origin.slice(0, 8)),
    origin,
    clock: clockAt(clockMs),
    deleted,
    ...(deleted ? { deletedReason: 'Nhập nhầm' } : {}),
    changedBy: 'Nguyễn Thị Lan',
    ...fields,
  };
}

export function incoming(origin: string, n: number, clockMs: number, arrivalNumber: number, extra: Record<string, unknown> = {}): BundleRecord {
  return rec(origin, n, clockMs, {
    registerId: fixtureId(500, origin.slice(0, 8)),
    arrivalNumber,
    arrivalDate: '2026-01-05',
    issuer: 'UBND tỉnh Hưng Yên',
    summary: `Công văn số ${arrivalNumber} về việc báo cáo công tác lưu trữ`,
    ...extra,
  });
}

export function unitRecord(o: BundleOrigin, clockMs: number): BundleRecord {
  return {
    id: o.unitId,
    origin: o.unitId,
    clock: clockAt(clockMs),
    deleted: false,
    changedBy: 'Nguyễn Thị Lan',
    level: o.level,
    name: o.name,
    shortName: o.name.replace('Ủy ban nhân dân', 'UBND'),
    adminCode: o.adminCode,
    legacyAdminCode: '',
    agencyId: '',
    parentName: 'UBND tỉnh Hưng Yên',
  };
}

export function communeRecords(o: BundleOrigin, count: number, clockMs: number) {
  return {
    units: [unitRecord(o, clockMs)],
    registers: [rec(o.unitId, 500, clockMs, { kind: 'incoming', year: 2026, name: 'Sổ đăng ký văn bản đến năm 2026' })],
    incomingDocs: Array.from({ length: count }, (_, i) => incoming(o.unitId, 1000 + i, clockMs + i, i + 1)),
  };
}

export const FIXTURE_SEEDS = { A1: 1, A2: 2, B1: 3, UPPER: 4, MERGED: 5, ATTACKER: 66 } as const;

/** All fixture files, name → bytes, plus the trust file. */
export async function makeBundleFixtures(): Promise<Map<string, Uint8Array>> {
  const a1 = await fixtureKey(FIXTURE_SEEDS.A1);
  const a2 = await fixtureKey(FIXTURE_SEEDS.A2);
  const b1 = await fixtureKey(FIXTURE_SEEDS.B1);
  const files = new Map<string, Uint8Array>();
  const iso = (ms: number) => new Date(ms).toISOString();

  files.set(
    'commune-a-1.json',
    await createBundleFile(
      { origin: ORIGIN_A, signerKey: a1.jwk, sequence: 1, range: { kind: 'full' }, createdAt: iso(T0 + 10_000), records: communeRecords(ORIGIN_A, 3, T0) },
      a1.privateKey,
    ),
  );
  const a2Records = {
    incomingDocs: [
      incoming(UNIT_A, 1000, T0 + 60_000, 1, { summary: 'Công văn số 1 (đã sửa trích yếu)' }),
      { ...incoming(UNIT_A, 1001, T0 + 61_000, 2), deleted: true, deletedReason: 'Vào sổ trùng' },
      incoming(UNIT_A, 1003, T0 + 62_000, 4),
    ],
  };
  files.set(
    'commune-a-2.json',
    await createBundleFile(
      { origin: ORIGIN_A, signerKey: a1.jwk, sequence: 2, range: { kind: 'since', sinceSequence: 1 }, createdAt: iso(T0 + 70_000), records: a2Records },
      a1.privateKey,
    ),
  );
  files.set(
    'commune-b-1.json',
    await createBundleFile(
      { origin: ORIGIN_B, signerKey: b1.jwk, sequence: 1, range: { kind: 'full' }, createdAt: iso(T0 + 20_000), records: communeRecords(ORIGIN_B, 2, T0) },
      b1.privateKey,
    ),
  );
  const rotation = await makeKeyRotation({ unitId: UNIT_A, previousKey: a1.jwk, newKey: a2.jwk, effectiveAt: iso(T0 + 100_000), reason: 'Thay máy tính' });
  files.set(
    'commune-a-3-rotation.json',
    await createBundleFile(
      { origin: ORIGIN_A, signerKey: a1.jwk, sequence: 3, range: { kind: 'since', sinceSequence: 2 }, createdAt: iso(T0 + 100_000), records: {}, keyRotation: rotation },
      a1.privateKey,
    ),
  );
  files.set(
    'commune-a-4-new-key.json',
    await createBundleFile(
      {
        origin: ORIGIN_A,
        signerKey: a2.jwk,
        sequence: 4,
        range: { kind: 'since', sinceSequence: 3 },
        createdAt: iso(T0 + 200_000),
        records: { incomingDocs: [incoming(UNIT_A, 1004, T0 + 190_000, 5)] },
      },
      a2.privateKey,
    ),
  );
  // Tampered: one bit of the signed payload flipped (arrival number 2 → 3), signature kept.
  const good = JSON.parse(new TextDecoder().decode(files.get('commune-a-2.json')!)) as { protected: string; payload: string; signature: string };
  const payloadText = new TextDecoder().decode(Uint8Array.from(atob(good.payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));
  const flipped = payloadText.replace('"arrivalNumber":2', '"arrivalNumber":3');
  const b64 = btoa(String.fromCharCode(...new TextEncoder().encode(flipped))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  files.set('commune-a-2-tampered.json', new TextEncoder().encode(`${JSON.stringify({ ...good, payload: b64 })}\n`));

  // A merged commune passes on B's own signed bundle unchanged (the receiver checks B's signature).
  const merged = await fixtureKey(FIXTURE_SEEDS.MERGED);
  const bFile = JSON.parse(new TextDecoder().decode(files.get('commune-b-1.json')!)) as { protected: string; payload: string; signature: string };
  files.set(
    'merged-c-1-carries-b.json',
    await createBundleFile(
      { origin: ORIGIN_MERGED, signerKey: merged.jwk, sequence: 1, range: { kind: 'full' }, createdAt: iso(T0 + 300_000), records: communeRecords(ORIGIN_MERGED, 1, T0 + 300_000), carried: [bFile] },
      merged.privateKey,
    ),
  );

  const trust: { keys: TrustedKey[] } = {
    keys: [
      { unitId: UNIT_A, kid: a1.kid, jwk: a1.jwk, note: 'Xã Thụy Hải — đối chiếu trên giấy' },
      { unitId: UNIT_B, kid: b1.kid, jwk: b1.jwk, note: 'Phường Đông Kinh — đối chiếu trên giấy' },
    ],
  };
  files.set('trust.json', new TextEncoder().encode(`${JSON.stringify(trust, null, 2)}\n`));
  return files;
}
