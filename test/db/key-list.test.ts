// The trusted-keys screen lists exactly the keys the verifier takes: the confirmed ones, and the
// keys their units moved to along the rotations the verifier follows (effectiveRotations).
import { describe, expect, it } from 'vitest';
import { keyListOf, refusalStanding } from '../../renderer/src/db/exchange/key-list';
import type { TrustedKeyRow } from '../../renderer/src/db/exchange/rows';
import type { AuthenticatedRotation, RevokedKey } from '../../renderer/src/core/bundle/rotation';

const UNIT = '0190a5c2-0000-7000-8000-000000000001';
const jwk = (x: string) => ({ kty: 'OKP', crv: 'Ed25519', x }) as never;
const confirmed: TrustedKeyRow = { unitId: UNIT, kid: 'kA', jwk: jwk('a'), originName: 'Ủy ban nhân dân xã Thụy Hải', adminCode: '12345', confirmedBy: 'Bình', confirmedAt: '2026-01-10T08:00:00.000Z' };
const rotation = (from: string, to: string, sequence: number, receivedAt: string, previousKid = from): AuthenticatedRotation => ({
  announcement: { kind: 'key-rotation', unitId: UNIT, previousKid, newKey: jwk(to), newKid: to, effectiveAt: receivedAt },
  signedByKid: from,
  sequence,
  receivedAt,
});
const listed = (rotations: AuthenticatedRotation[], revoked: RevokedKey[] = []) => keyListOf([confirmed], rotations, revoked).map((k) => [k.kid, k.rotatedFrom ?? '', k.revoked ? 'revoked' : '']);

describe('the trusted-keys list', () => {
  it('follows a chain of rotations, each named by the key it came from', () => {
    expect(listed([rotation('kB', 'kC', 3, '2026-03-01T00:00:00.000Z'), rotation('kA', 'kB', 2, '2026-02-01T00:00:00.000Z')])).toEqual([
      ['kA', '', ''],
      ['kB', 'kA', ''],
      ['kC', 'kB', ''],
    ]);
  });

  it('does not follow a rotation received after its key was revoked, but keeps one received before', () => {
    const r = [rotation('kA', 'kB', 2, '2026-05-01T00:00:00.000Z')];
    expect(listed(r, [{ kid: 'kA', revokedAt: '2026-04-01T00:00:00.000Z', reason: 'mất máy' }])).toEqual([['kA', '', 'revoked']]);
    expect(listed(r, [{ kid: 'kA', revokedAt: '2026-06-01T00:00:00.000Z', reason: 'mất máy' }])).toEqual([
      ['kA', '', 'revoked'],
      ['kB', 'kA', ''],
    ]);
  });

  it('takes only the earliest successor of a key, and no announcement made under another key', () => {
    expect(listed([rotation('kA', 'kX', 5, '2026-02-02T00:00:00.000Z'), rotation('kA', 'kB', 2, '2026-02-01T00:00:00.000Z')])).toEqual([
      ['kA', '', ''],
      ['kB', 'kA', ''],
    ]);
    expect(listed([rotation('kA', 'kB', 2, '2026-02-01T00:00:00.000Z', 'kZ')])).toEqual([['kA', '', '']]);
  });

  it('says of a key its unit moved on from which key replaced it and up to which bundle it signs (it read "Đang dùng")', () => {
    const list = keyListOf([confirmed], [rotation('kB', 'kC', 3, '2026-03-01T00:00:00.000Z'), rotation('kA', 'kB', 2, '2026-02-01T00:00:00.000Z')], []);
    expect(list.map((k) => [k.kid, k.replacedBy])).toEqual([
      ['kA', { kid: 'kB', sequence: 2 }],
      ['kB', { kid: 'kC', sequence: 3 }],
      ['kC', undefined],
    ]);
  });

  it('tells of a key recorded as not trusted whether it was trusted since, and revoked since', () => {
    const list = keyListOf([confirmed], [], [{ kid: 'kA', revokedAt: '2026-06-01T00:00:00.000Z', reason: 'mất máy' }]);
    expect(refusalStanding('kA', list)).toBe('revoked-since');
    expect(refusalStanding('kA', keyListOf([confirmed], [], []))).toBe('trusted-since');
    expect(refusalStanding('kZ', list)).toBe('not-trusted');
  });
});
