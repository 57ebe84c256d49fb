// Keys, thumbprints, the spoken fingerprint and the rotation/revocation decision.
import { describe, expect, it } from 'vitest';
import {
  FINGERPRINT_WORDS,
  checkFingerprintWords,
  decideKeyTrust,
  exportPublicJwk,
  fingerprintOf,
  generateSigningKeyPair,
  jwkThumbprint,
  keyFingerprint,
  lostReported,
  makeKeyRotation,
  wordsToHex,
  type AuthenticatedRotation,
  type TrustedKey,
} from '../../renderer/src/core/bundle/index';
import { foldText } from '../../renderer/src/core/text';
import { fixtureKey, UNIT_A, UNIT_B } from '../../scripts/make-bundle-fixtures';

/** Stricter than foldText: merges sounds that regional accents or a bad phone line confuse. */
function soundKey(w: string): string {
  return foldText(w)
    .replace(/^gi(?=[aeiouy])/, 'z')
    .replace(/^[dr]/, 'z')
    .replace(/^tr/, 'ch')
    .replace(/^s/, 'x')
    .replace(/^k(?!h)/, 'c')
    .replace(/^q/, 'c')
    .replace(/y/g, 'i')
    .replace(/nh$/, 'n')
    .replace(/ng$/, 'n')
    .replace(/c$/, 't')
    .replace(/^v/, 'z')
    .replace(/^l/, 'n');
}

describe('fingerprint words', () => {
  it('has 256 distinct, short, NFC words', () => {
    expect(FINGERPRINT_WORDS).toHaveLength(256);
    for (const w of FINGERPRINT_WORDS) {
      expect(w).toBe(w.normalize('NFC'));
      expect(w).toMatch(/^\p{Ll}+$/u);
      expect([...w].length).toBeLessThanOrEqual(6);
    }
    expect(new Set(FINGERPRINT_WORDS).size).toBe(256);
  });
  it('no two words fold to the same ASCII', () => {
    expect(new Set(FINGERPRINT_WORDS.map(foldText)).size).toBe(256);
  });
  it('no two words sound alike under regional mergers', () => {
    expect(new Set(FINGERPRINT_WORDS.map(soundKey)).size).toBe(256);
  });
  it('is frozen: first and last words never change', () => {
    expect([FINGERPRINT_WORDS[0], FINGERPRINT_WORDS[255]]).toEqual(['gà', 'phiếu']);
  });
});

describe('keys', () => {
  it('generates a non-extractable private key whose public JWK exports', async () => {
    const pair = await generateSigningKeyPair();
    expect(pair.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', pair.privateKey)).rejects.toThrow();
    const jwk = await exportPublicJwk(pair.publicKey);
    expect(Object.keys(jwk).sort()).toEqual(['crv', 'kty', 'x']);
    const kid = await jwkThumbprint(jwk);
    expect(kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('renders 10 words, grouped hex and decimal from the thumbprint', async () => {
    const k = await fixtureKey(1);
    const fp = await keyFingerprint(k.jwk);
    expect(fp.kid).toBe(k.kid);
    expect(fp.words).toHaveLength(10);
    expect(fp.hex).toMatch(/^([0-9A-F]{4} ){4}[0-9A-F]{4}$/);
    expect(fp.decimal).toMatch(/^(\d{5} ){4}\d{5}$/);
    expect(wordsToHex(fp.words)).toBe(fp.hex.replace(/ /g, ''));
    // Same key, same words: pinned so a change to the list or encoding is caught.
    expect(fingerprintOf(k.kid)).toEqual(fp);
    expect(fp).toMatchInlineSnapshot(`
      {
        "decimal": "20528 53624 58981 54826 22273",
        "hex": "5030 D178 E665 D62A 5701",
        "kid": "UDDReOZl1ipXAfp9wYsm13sDBMK5og--QWdBjzuf6o4",
        "words": [
          "thông",
          "mía",
          "gốc",
          "khay",
          "bắp",
          "sỏi",
          "hào",
          "cú",
          "nấm",
          "vịt",
        ],
      }
    `);
  });

  it('different keys give different words', async () => {
    const a = await keyFingerprint((await fixtureKey(1)).jwk);
    const b = await keyFingerprint((await fixtureKey(2)).jwk);
    expect(a.words).not.toEqual(b.words);
  });
});

describe('checking fingerprint words typed from paper', () => {
  it('says how many were typed, or which places differ, whatever the marks and spacing', async () => {
    const fp = await keyFingerprint((await fixtureKey(1)).jwk);
    const plain = fp.words.map((w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd'));
    expect(checkFingerprintWords(`  ${plain.join('  ')} `, fp)).toEqual({ status: 'match' });
    expect(checkFingerprintWords(plain.slice(0, 9).join(' '), fp)).toEqual({ status: 'count', typed: 9, expected: 10 });
    const wrong = [...plain];
    wrong[2] = 'xyz';
    wrong[9] = 'abc';
    expect(checkFingerprintWords(wrong.join(' '), fp)).toEqual({ status: 'differ', places: [3, 10] });
  });
});

describe('decideKeyTrust (validity counted in the signer’s bundle sequences)', () => {
  // K1 → K2 announced in bundle 3 (signed by K1); K2 → K3 announced in bundle 7 (signed by K2).
  async function chain() {
    const [k1, k2, k3, other] = await Promise.all([fixtureKey(1), fixtureKey(2), fixtureKey(3), fixtureKey(9)]);
    const r12: AuthenticatedRotation = {
      announcement: await makeKeyRotation({ unitId: UNIT_A, previousKey: k1.jwk, newKey: k2.jwk, effectiveAt: '2026-02-01T00:00:00.000Z' }),
      signedByKid: k1.kid,
      sequence: 3,
      receivedAt: '2026-02-02T00:00:00.000Z',
    };
    const r23: AuthenticatedRotation = {
      announcement: await makeKeyRotation({ unitId: UNIT_A, previousKey: k2.jwk, newKey: k3.jwk, effectiveAt: '2026-03-01T00:00:00.000Z' }),
      signedByKid: k2.kid,
      sequence: 7,
      receivedAt: '2026-03-02T00:00:00.000Z',
    };
    const trusted: TrustedKey[] = [{ unitId: UNIT_A, kid: k1.kid, jwk: k1.jwk }];
    return { k1, k2, k3, other, r12, r23, trusted };
  }

  it('a key its unit reported lost is marked, still trusted; a mistaken recovery, once revoked, no longer marks it', async () => {
    const { k1, k2, k3, r12 } = await chain();
    // K1 (→ K2 by rotation in bundle 3) was lost; the unit, restored from a backup, sends under K3, confirmed as a key recovery.
    const trustedKeys: TrustedKey[] = [
      { unitId: UNIT_A, kid: k1.kid, jwk: k1.jwk, confirmedAs: 'first-contact', confirmedAt: '2026-01-05T08:00:00.000Z' },
      { unitId: UNIT_A, kid: k3.kid, jwk: k3.jwk, confirmedAs: 'key-recovery', confirmedAt: '2026-06-01T08:00:00.000Z' },
    ];
    expect(lostReported(UNIT_A, k1.kid, trustedKeys)).toBe('2026-06-01T08:00:00.000Z');
    expect(lostReported(UNIT_A, k3.kid, trustedKeys)).toBeUndefined();
    // Still trusted: bundles it sent before the loss may arrive late, directly or carried (the archivist may revoke it).
    expect(decideKeyTrust({ unitId: UNIT_A, kid: k2.kid, sequence: 6, trustedKeys, rotations: [r12] }).status).toBe('trusted');
    // A recovery confirmed by mistake and revoked marks nothing.
    expect(lostReported(UNIT_A, k1.kid, trustedKeys, [{ kid: k3.kid, revokedAt: '2026-06-02T08:00:00.000Z' }])).toBeUndefined();
  });

  it('table of cases', async () => {
    const { k1, k2, k3, other, r12, r23, trusted } = await chain();
    const forged: AuthenticatedRotation = { ...r23, signedByKid: other.kid };
    const q = (kid: string, sequence: number, extra: Partial<Parameters<typeof decideKeyTrust>[0]> = {}) => ({ unitId: UNIT_A, kid, sequence, trustedKeys: trusted, ...extra });
    const cases: Array<[string, Parameters<typeof decideKeyTrust>[0], string]> = [
      ['directly trusted', q(k1.kid, 1), 'trusted'],
      ['unknown unit is first contact', { ...q(k1.kid, 1), unitId: UNIT_B }, 'first-contact'],
      ['another key of a known unit is offered for confirmation', q(other.kid, 1), 'unknown-key'],
      ['the old key signs the rotation bundle itself', q(k1.kid, 3, { rotations: [r12] }), 'trusted'],
      ['the new key after the rotation bundle', q(k2.kid, 4, { rotations: [r12] }), 'trusted'],
      ['the old key after the rotation bundle, whatever date it writes', q(k1.kid, 4, { rotations: [r12] }), 'superseded'],
      ['the new key before the rotation bundle', q(k2.kid, 2, { rotations: [r12] }), 'not-yet-valid'],
      ['two rotations, any order', q(k3.kid, 8, { rotations: [r23, r12] }), 'trusted'],
      ['middle key after its own rotation', q(k2.kid, 8, { rotations: [r23, r12] }), 'superseded'],
      ['gap in chain', q(k3.kid, 8, { rotations: [r23] }), 'unknown-key'],
      ['rotation signed by a stranger', q(k3.kid, 8, { rotations: [r12, forged] }), 'unknown-key'],
      ['rotation for another unit', { ...q(k2.kid, 4, { rotations: [r12] }), unitId: UNIT_B, trustedKeys: [{ ...trusted[0]!, unitId: UNIT_B }] }, 'unknown-key'],
      ['revoked key', q(k1.kid, 1, { revoked: [{ kid: k1.kid }] }), 'revoked'],
      [
        'revoking the old key keeps the successor it announced before the chosen moment',
        q(k2.kid, 5, { rotations: [r12], revoked: [{ kid: k1.kid, revokedAt: '2026-05-01T00:00:00.000Z' }] }),
        'trusted',
      ],
      [
        'a successor announced after the chosen moment is not trusted',
        q(k2.kid, 5, { rotations: [r12], revoked: [{ kid: k1.kid, revokedAt: '2026-01-15T00:00:00.000Z' }] }),
        'unknown-key',
      ],
      ['revoked middle key: its own successor announced before revocation stays', q(k3.kid, 8, { rotations: [r12, r23], revoked: [{ kid: k2.kid, revokedAt: '2026-04-01T00:00:00.000Z' }] }), 'trusted'],
      ['revoked middle key signs nothing', q(k2.kid, 5, { rotations: [r12, r23], revoked: [{ kid: k2.kid, revokedAt: '2026-04-01T00:00:00.000Z' }] }), 'revoked'],
    ];
    for (const [name, query, expected] of cases) expect(decideKeyTrust(query).status, name).toBe(expected);
  });

  it('a second rotation from the same key never replaces the first one (the earliest announcement wins)', async () => {
    const { k1, k2, other, r12, trusted } = await chain();
    const later: AuthenticatedRotation = {
      announcement: await makeKeyRotation({ unitId: UNIT_A, previousKey: k1.jwk, newKey: other.jwk, effectiveAt: '2026-01-01T00:00:00.000Z' }),
      signedByKid: k1.kid,
      sequence: 5,
    };
    for (const rotations of [
      [r12, later],
      [later, r12],
    ]) {
      expect(decideKeyTrust({ unitId: UNIT_A, kid: k2.kid, sequence: 6, trustedKeys: trusted, rotations }).status).toBe('trusted');
      expect(decideKeyTrust({ unitId: UNIT_A, kid: other.kid, sequence: 6, trustedKeys: trusted, rotations }).status).toBe('unknown-key');
    }
  });

  it('reports the path and lineage of a rotation chain', async () => {
    const { k1, k2, k3, r12, r23, trusted } = await chain();
    expect(decideKeyTrust({ unitId: UNIT_A, kid: k3.kid, sequence: 9, trustedKeys: trusted, rotations: [r12, r23] })).toEqual({
      status: 'trusted',
      via: 'rotation',
      path: [k1.kid, k2.kid, k3.kid],
      lineage: k1.kid,
    });
  });
});
