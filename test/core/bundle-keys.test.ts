// Keys, thumbprints, the spoken fingerprint and the rotation/revocation decision.
import { describe, expect, it } from 'vitest';
import {
  FINGERPRINT_WORDS,
  decideKeyTrust,
  exportPublicJwk,
  fingerprintOf,
  generateSigningKeyPair,
  jwkThumbprint,
  keyFingerprint,
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

describe('decideKeyTrust', () => {
  const at = '2026-06-01T00:00:00.000Z';
  async function chain() {
    const [k1, k2, k3, other] = await Promise.all([fixtureKey(1), fixtureKey(2), fixtureKey(3), fixtureKey(9)]);
    const r12: AuthenticatedRotation = {
      announcement: await makeKeyRotation({ unitId: UNIT_A, previousKey: k1.jwk, newKey: k2.jwk, effectiveAt: '2026-02-01T00:00:00.000Z' }),
      signedByKid: k1.kid,
    };
    const r23: AuthenticatedRotation = {
      announcement: await makeKeyRotation({ unitId: UNIT_A, previousKey: k2.jwk, newKey: k3.jwk, effectiveAt: '2026-03-01T00:00:00.000Z' }),
      signedByKid: k2.kid,
    };
    const trusted: TrustedKey[] = [{ unitId: UNIT_A, kid: k1.kid, jwk: k1.jwk }];
    return { k1, k2, k3, other, r12, r23, trusted };
  }

  it('table of cases', async () => {
    const { k1, k2, k3, other, r12, r23, trusted } = await chain();
    const forged: AuthenticatedRotation = { announcement: { ...r23.announcement }, signedByKid: other.kid };
    const cases: Array<[string, Parameters<typeof decideKeyTrust>[0], string]> = [
      ['directly trusted', { unitId: UNIT_A, kid: k1.kid, trustedKeys: trusted }, 'trusted'],
      ['unknown unit is first contact', { unitId: UNIT_B, kid: k1.kid, trustedKeys: trusted }, 'first-contact'],
      ['other key for known unit', { unitId: UNIT_A, kid: other.kid, trustedKeys: trusted }, 'untrusted'],
      ['one rotation', { unitId: UNIT_A, kid: k2.kid, trustedKeys: trusted, rotations: [r12], at }, 'trusted'],
      ['two rotations, any order', { unitId: UNIT_A, kid: k3.kid, trustedKeys: trusted, rotations: [r23, r12], at }, 'trusted'],
      ['gap in chain', { unitId: UNIT_A, kid: k3.kid, trustedKeys: trusted, rotations: [r23], at }, 'untrusted'],
      ['rotation signed by a stranger', { unitId: UNIT_A, kid: k3.kid, trustedKeys: trusted, rotations: [r12, forged], at }, 'untrusted'],
      ['only forged link', { unitId: UNIT_A, kid: k3.kid, trustedKeys: trusted, rotations: [forged], at }, 'untrusted'],
      ['rotation for another unit', { unitId: UNIT_B, kid: k2.kid, trustedKeys: [{ ...trusted[0]!, unitId: UNIT_B }], rotations: [r12], at }, 'untrusted'],
      ['revoked key', { unitId: UNIT_A, kid: k1.kid, trustedKeys: trusted, revoked: [{ kid: k1.kid }] }, 'revoked'],
      ['revoked middle key breaks chain', { unitId: UNIT_A, kid: k3.kid, trustedKeys: trusted, rotations: [r12, r23], revoked: [{ kid: k2.kid }], at }, 'untrusted'],
      ['not yet effective', { unitId: UNIT_A, kid: k2.kid, trustedKeys: trusted, rotations: [r12], at: '2026-01-15T00:00:00.000Z' }, 'untrusted'],
      ['old key after rotation', { unitId: UNIT_A, kid: k1.kid, trustedKeys: trusted, rotations: [r12], at }, 'superseded'],
    ];
    for (const [name, q, expected] of cases) expect(decideKeyTrust(q).status, name).toBe(expected);
  });

  it('reports the path of a rotation chain', async () => {
    const { k1, k2, k3, r12, r23, trusted } = await chain();
    expect(decideKeyTrust({ unitId: UNIT_A, kid: k3.kid, trustedKeys: trusted, rotations: [r12, r23], at })).toEqual({
      status: 'trusted',
      via: 'rotation',
      path: [k1.kid, k2.kid, k3.kid],
    });
  });
});
