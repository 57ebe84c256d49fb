// The tamper corpus: each damaged or forged bundle is refused with the code of the check that caught it.
import { FlattenedSign } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  BUNDLE_LIMITS,
  buildBundlePayload,
  createBundleFile,
  encodeBundleFile,
  parseBundleFile,
  seenEntryOf,
  signBundlePayload,
  verifyBundle,
  type BundleInput,
  type BundlePayload,
  type TrustPolicy,
} from '../../renderer/src/core/bundle/index';
import { isAppError } from '../../renderer/src/core/errors';
import { ORIGIN_A, UNIT_A, UNIT_B, communeRecords, fixtureKey, incoming } from '../../scripts/make-bundle-fixtures';

const T = Date.UTC(2026, 0, 5);
const enc = new TextEncoder();
const dec = new TextDecoder();

async function codeOf(f: () => unknown): Promise<string> {
  try {
    await f();
  } catch (e) {
    return isAppError(e) ? e.code : `not an AppError: ${String(e)}`;
  }
  return 'accepted';
}

const b64uDecode = (s: string) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const b64uEncode = (b: Uint8Array) => btoa(String.fromCharCode(...b)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('tamper corpus', async () => {
  const key = await fixtureKey(1);
  const attacker = await fixtureKey(66);
  const policy: TrustPolicy = { trustedKeys: [{ unitId: UNIT_A, kid: key.kid, jwk: key.jwk }] };
  const input: BundleInput = {
    origin: ORIGIN_A,
    signerKey: key.jwk,
    sequence: 2,
    range: { kind: 'since', sinceSequence: 1 },
    createdAt: new Date(T).toISOString(),
    records: communeRecords(ORIGIN_A, 4, T),
  };
  const good = await createBundleFile(input, key.privateKey);
  const jws = JSON.parse(dec.decode(good)) as { protected: string; payload: string; signature: string };
  const withJws = (j: Partial<typeof jws>) => enc.encode(JSON.stringify({ ...jws, ...j }));
  /** A payload edited then signed with the TRUSTED key: the signature is fine, the content is not. */
  const resigned = async (edit: (p: Record<string, unknown>) => unknown) =>
    encodeBundleFile(await signBundlePayload(edit(structuredClone(buildBundlePayload(input)) as Record<string, unknown>) as BundlePayload, key.privateKey));
  const run = (bytes: Uint8Array, p: TrustPolicy = policy) => codeOf(() => verifyBundle(parseBundleFile(bytes), p));

  it('the untouched file verifies', async () => {
    expect((await verifyBundle(parseBundleFile(good), policy)).status).toBe('verified');
  });

  it('bit flip in the payload → bundle.signature.invalid', async () => {
    for (const pos of [0, 100, 400]) {
      const bytes = b64uDecode(jws.payload);
      bytes[pos] = bytes[pos]! ^ 0x01;
      expect(await run(withJws({ payload: b64uEncode(bytes) }))).toBe('bundle.signature.invalid');
    }
  });

  it('bit flip in the signature → bundle.signature.invalid', async () => {
    for (const pos of [0, 31, 63]) {
      const sig = b64uDecode(jws.signature);
      sig[pos] = sig[pos]! ^ 0x80;
      expect(await run(withJws({ signature: b64uEncode(sig) }))).toBe('bundle.signature.invalid');
    }
  });

  it('bit flip in the protected header → bundle.jws.header or signature', async () => {
    const h = JSON.parse(dec.decode(b64uDecode(jws.protected))) as Record<string, string>;
    expect(await run(withJws({ protected: b64uEncode(enc.encode(JSON.stringify({ ...h, typ: 'JWT' }))) }))).toBe('bundle.jws.header');
    expect(await run(withJws({ protected: b64uEncode(enc.encode(JSON.stringify({ alg: h.alg, kid: h.kid, typ: h.typ }))) }))).toBe(
      'bundle.signature.invalid',
    );
  });

  it('truncation → bundle.file.notJson; empty → bundle.file.empty', async () => {
    expect(await run(good.subarray(0, good.length - 10))).toBe('bundle.file.notJson');
    expect(await run(good.subarray(0, 1000))).toBe('bundle.file.notJson');
    expect(await run(new Uint8Array())).toBe('bundle.file.empty');
  });

  it('truncated signature → bundle.signature.invalid', async () => {
    expect(await run(withJws({ signature: jws.signature.slice(0, 80) }))).toBe('bundle.signature.invalid');
  });

  it('not UTF-8 → bundle.file.notUtf8; not a JWS → bundle.jws.malformed', async () => {
    expect(await run(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]))).toBe('bundle.file.notUtf8');
    expect(await run(enc.encode('[1,2]'))).toBe('bundle.jws.malformed');
    expect(await run(withJws({ header: 'x' } as Partial<typeof jws>))).toBe('bundle.jws.malformed');
    expect(await run(withJws({ payload: 'not base64!' }))).toBe('bundle.jws.malformed');
  });

  it('re-signed by another key claiming the same unit → bundle.signer.untrusted', async () => {
    const forged = await createBundleFile({ ...input, signerKey: attacker.jwk }, attacker.privateKey);
    expect(await run(forged)).toBe('bundle.signer.untrusted');
  });

  it('another key but the trusted kid in the header → bundle.signature.invalid', async () => {
    const forged = await createBundleFile({ ...input, signerKey: attacker.jwk }, attacker.privateKey);
    const f = JSON.parse(dec.decode(forged)) as typeof jws;
    expect(await run(withJws({ payload: f.payload, signature: f.signature }))).toBe('bundle.signature.invalid');
  });

  it('kid not matching signerKey → bundle.kid.mismatch', async () => {
    const signWithKid = async (payload: unknown, kid: string) => {
      const j = await new FlattenedSign(enc.encode(JSON.stringify(payload)))
        .setProtectedHeader({ alg: 'EdDSA', typ: 'luutru-bundle+json', kid })
        .sign(key.privateKey);
      return enc.encode(JSON.stringify(j));
    };
    // Signed by the trusted key under its kid, but announcing the attacker's public key inside.
    expect(await run(await signWithKid({ ...buildBundlePayload(input), signerKey: attacker.jwk }, key.kid))).toBe('bundle.kid.mismatch');
    // Unknown kid that is not the thumbprint of the key in the payload.
    expect(await run(await signWithKid(buildBundlePayload(input), attacker.kid), { trustedKeys: [] })).toBe('bundle.kid.mismatch');
  });

  it('revoked key → bundle.signer.revoked', async () => {
    expect(await run(good, { ...policy, revoked: [{ kid: key.kid, reason: 'Mất máy' }] })).toBe('bundle.signer.revoked');
  });

  it('replay: old sequence, different content → bundle.sequence.fork', async () => {
    const first = await verifyBundle(parseBundleFile(good), policy);
    if (first.status !== 'verified') throw new Error('setup');
    const seen = { ...policy, seen: [seenEntryOf(first.bundle)] };
    const other = await createBundleFile({ ...input, records: { incomingDocs: [incoming(UNIT_A, 77, T, 9)] } }, key.privateKey);
    expect(await run(other, seen)).toBe('bundle.sequence.fork');
    const older = await createBundleFile({ ...input, sequence: 1, range: { kind: 'full' } }, key.privateKey);
    expect(await run(older, seen)).toBe('bundle.sequence.replay');
  });

  it('wrong format or formatVersion → bundle.format.*', async () => {
    expect(await run(await resigned((p) => ({ ...p, formatVersion: 2 })))).toBe('bundle.format.tooNew');
    expect(await run(await resigned((p) => ({ ...p, formatVersion: '1' })))).toBe('bundle.format.unsupported');
    expect(await run(await resigned((p) => ({ ...p, formatVersion: 1.5 })))).toBe('bundle.format.unsupported');
    expect(await run(await resigned((p) => ({ ...p, format: 'other' })))).toBe('bundle.format.unknown');
  });

  it('record claiming another origin → bundle.record.foreignOrigin', async () => {
    expect(
      await run(
        await resigned((p) => {
          const r = p.records as { incomingDocs: Array<Record<string, unknown>> };
          r.incomingDocs[1] = { ...r.incomingDocs[1], origin: UNIT_B };
          return p;
        }),
      ),
    ).toBe('bundle.record.foreignOrigin');
  });

  it('wrongly-typed fields → bundle.payload.invalid / bundle.record.invalid', async () => {
    const edits: Array<[string, (p: Record<string, unknown>) => unknown, string]> = [
      ['sequence as string', (p) => ({ ...p, sequence: '2' }), 'bundle.payload.invalid'],
      ['sequence 0', (p) => ({ ...p, sequence: 0 }), 'bundle.payload.invalid'],
      ['unknown table', (p) => ({ ...p, records: { ...(p.records as object), secrets: [] } }), 'bundle.payload.invalid'],
      ['unknown envelope member', (p) => ({ ...p, extra: 1 }), 'bundle.payload.invalid'],
      ['private key in signerKey', (p) => ({ ...p, signerKey: { ...key.jwk, d: 'A'.repeat(43) } }), 'bundle.payload.invalid'],
      ...(
        [
          ['clock not HLC', { clock: '2026-01-01' }],
          ['deleted as string', { deleted: 'false' }],
          ['id not uuid', { id: 'abc' }],
          ['huge string', { summary: 'x'.repeat(BUNDLE_LIMITS.maxStringLength + 1) }],
          ['too deep', { note: { a: { b: { c: { d: 1 } } } } }],
          ['too many fields', Object.fromEntries(Array.from({ length: BUNDLE_LIMITS.maxFieldsPerRecord }, (_, i) => [`f${i}`, i]))],
        ] as const
      ).map(([name, patch]): [string, (p: Record<string, unknown>) => unknown, string] => [
        name,
        (p) => {
          const r = p.records as { incomingDocs: Array<Record<string, unknown>> };
          r.incomingDocs[0] = { ...r.incomingDocs[0], ...patch };
          return p;
        },
        'bundle.payload.invalid',
      ]),
      [
        'arrivalNumber as string',
        (p) => {
          const r = p.records as { incomingDocs: Array<Record<string, unknown>> };
          r.incomingDocs[0] = { ...r.incomingDocs[0], arrivalNumber: '12' };
          return p;
        },
        'bundle.record.invalid',
      ],
      ['counts lie', (p) => ({ ...p, counts: { ...(p.counts as object), incomingDocs: 5 } }), 'bundle.counts.mismatch'],
      [
        'duplicate id',
        (p) => {
          const r = p.records as { incomingDocs: Array<Record<string, unknown>> };
          r.incomingDocs[1] = { ...r.incomingDocs[1], id: r.incomingDocs[0]!.id };
          return p;
        },
        'bundle.record.duplicate',
      ],
    ];
    for (const [name, edit, code] of edits) expect(await run(await resigned(edit)), name).toBe(code);
  });

  it('enormous file (over the cap) → bundle.file.tooLarge before any parsing', async () => {
    const big = new Uint8Array(BUNDLE_LIMITS.maxFileBytes + 1).fill(0x20);
    expect(await run(big)).toBe('bundle.file.tooLarge');
    expect(await codeOf(() => parseBundleFile(good, { maxBytes: 100 }))).toBe('bundle.file.tooLarge');
  });
});
