// A bundle file in the plain form (three base64url members, no escapes) is read from its bytes,
// its payload made a string only when asked for. Whatever the file, the reading must say what
// the strict JSON reading says: the same three members, or a refusal with the same code — a file
// the strict reading refuses or reads otherwise is never taken as plain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBundleFile, strictJws } from '../../renderer/src/core/bundle/parse';
import { createBundleFile, verifyBundle, type TrustPolicy } from '../../renderer/src/core/bundle/index';
import { ORIGIN_A, UNIT_A, communeRecords, fixtureKey } from '../../scripts/make-bundle-fixtures';
import { AppError } from '../../renderer/src/core/errors';

const outcome = (read: () => { protected: string; payload: string; signature: string }) => {
  try {
    const j = read();
    return { protected: j.protected, payload: j.payload, signature: j.signature };
  } catch (e) {
    return { refused: e instanceof AppError ? e.code : String(e) };
  }
};

const b64 = (min: number, max: number) => fc.stringMatching(new RegExp(`^[A-Za-z0-9_-]{${min},${max}}$`));
/** A value: base64url, now and then with something a plain reading must not take as it is. */
const value = (min: number, max: number) =>
  fc.oneof(
    { weight: 6, arbitrary: b64(min, max) },
    { weight: 1, arbitrary: fc.tuple(b64(0, 8), fc.constantFrom('\\u0041', '\\"', '\\/', 'é', 'Đ', '\u0000', ' ', '=', '+', '"', '\n', '\\'), b64(0, 8)).map(([a, x, b]) => a + x + b) },
  );
const name = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('protected', 'payload', 'signature') }, { weight: 1, arbitrary: fc.constantFrom('Payload', 'payloa\\u0064', 'kid', '') });
const ws = fc.constantFrom('', '', ' ', '\n', '\t', '\r\n', '\u00a0');

describe('a bundle file read as plain', () => {
  it('gives what the strict reading gives, members or refusal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, fc.oneof(value(0, 40), b64(86, 86))), { minLength: 2, maxLength: 4 }),
        fc.array(ws, { minLength: 12, maxLength: 12 }),
        fc.constantFrom('', '', '', ',', '}', 'x', '\u00ff'),
        (members, w, tail) => {
          let k = 0;
          const text = `${w[k++]}{${members.map(([n, v]) => `${w[k++ % 12]}"${n}"${w[k++ % 12]}:"${v}"`).join(',')}}${w[k++ % 12]}${tail}`;
          const bytes = new TextEncoder().encode(text);
          expect(outcome(() => parseBundleFile(bytes).jws), text).toEqual(outcome(() => strictJws(bytes)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps where the members are, and makes the payload a string only when asked', () => {
    const payload = 'eyJ' + 'A'.repeat(5000);
    const bytes = new TextEncoder().encode(`{"protected":"eyJh","payload":"${payload}","signature":"${'B'.repeat(86)}"}\n`);
    const parsed = parseBundleFile(bytes);
    expect(parsed.source).toMatchObject({ protectedAt: 14, payloadAt: 31, payloadLength: payload.length, exported: true });
    expect(parsed.jws.payload).toBe(payload);
    expect(JSON.parse(JSON.stringify(parsed.jws))).toEqual({ protected: 'eyJh', payload, signature: 'B'.repeat(86) });
  });
});

describe('a plain file verified', () => {
  it('is read from its bytes: its payload is never made a string, and the bundle is what it signed', async () => {
    const key = await fixtureKey(1);
    const policy: TrustPolicy = { trustedKeys: [{ unitId: UNIT_A, kid: key.kid, jwk: key.jwk }] };
    const records = communeRecords(ORIGIN_A, 3, Date.UTC(2026, 0, 5));
    const bytes = await createBundleFile({ origin: ORIGIN_A, signerKey: key.jwk, sequence: 1, range: { kind: 'full' }, createdAt: '2026-01-05T00:00:00.000Z', records }, key.privateKey);
    const parsed = parseBundleFile(bytes);
    const asked: string[] = [];
    const { protected: prot, signature } = parsed.jws;
    const watched = {
      ...parsed,
      jws: {
        protected: prot,
        signature,
        get payload(): string {
          asked.push('payload');
          throw new Error('the payload was made a string');
        },
      },
    };
    const out = await verifyBundle(watched, policy);
    expect(out.status).toBe('verified');
    expect(asked).toEqual([]);
    if (out.status !== 'verified') return;
    expect(out.bundle.payload.records.incomingDocs?.map((r) => r.id)).toEqual(records.incomingDocs!.map((r) => r.id));
    // Asked for afterwards (a backup, the archive server), the payload is the file's.
    expect(parsed.jws.payload).toBe(JSON.parse(new TextDecoder().decode(bytes)).payload);
  });
});
