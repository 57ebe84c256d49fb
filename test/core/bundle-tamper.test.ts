// The tamper corpus: each damaged, forged or ambiguous bundle is refused with the code of the check that caught it.
// Canonical input: one file has one meaning (no duplicate members, no BOM, canonical base64url, safe integers,
// no reserved member names).
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
  verifySelection,
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
    if (isAppError(e)) return e.code;
    const code = (e as { code?: unknown }).code;
    return typeof code === 'string' ? code : `not an AppError: ${String(e)}`;
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
  const run = (bytes: Uint8Array, p: TrustPolicy = policy) =>
    codeOf(async () => {
      const out = await verifyBundle(parseBundleFile(bytes), p);
      if (out.status === 'needs-confirmation') throw Object.assign(new Error(), { code: `needs-confirmation:${out.confirmation.kind}` });
    });
  /** Signs exact payload text (to write what JSON.stringify never would) with the trusted key. */
  const signedText = async (text: string, header = { alg: 'EdDSA', typ: 'luutru-bundle+json', kid: key.kid }) =>
    enc.encode(JSON.stringify(await new FlattenedSign(enc.encode(text)).setProtectedHeader(header).sign(key.privateKey)));
  const payloadText = JSON.stringify(buildBundlePayload(input));

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

  it('a file picked by mistake is told as what it is: the app’s backup, a document or a picture', async () => {
    const backup = new TextEncoder().encode('{"kind":"header","format":"luutru-backup","formatVersion":1,"schemaVersion":8}\n{"kind":"table"}\n');
    expect(await run(backup)).toBe('bundle.file.isBackup');
    expect(await run(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n'))).toBe('bundle.file.notBundle');
    expect(await run(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe('bundle.file.notBundle');
    expect(await run(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('bundle.file.notBundle');
  });

  it('not UTF-8 → bundle.file.notUtf8; not a JWS → bundle.jws.malformed', async () => {
    expect(await run(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]))).toBe('bundle.file.notUtf8');
    expect(await run(enc.encode('[1,2]'))).toBe('bundle.jws.malformed');
    expect(await run(withJws({ header: 'x' } as Partial<typeof jws>))).toBe('bundle.jws.malformed');
    expect(await run(withJws({ payload: 'not base64!' }))).toBe('bundle.jws.malformed');
  });

  it('re-signed by another key claiming the same unit → a new key a person must confirm on paper, nothing imported', async () => {
    const forged = await createBundleFile({ ...input, signerKey: attacker.jwk }, attacker.privateKey);
    expect(await run(forged)).toBe('needs-confirmation:new-key');
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

  it('same sequence, different content → a fork, never taken; a late older bundle is taken', async () => {
    const first = await verifyBundle(parseBundleFile(good), policy);
    if (first.status !== 'verified') throw new Error('setup');
    const seen = { ...policy, seen: [seenEntryOf(first.bundle)] };
    const other = await createBundleFile({ ...input, records: { incomingDocs: [incoming(UNIT_A, 77, T, 9)] } }, key.privateKey);
    const sel = await verifySelection([parseBundleFile(other)], seen);
    expect(sel.files[0]?.status).toBe('fork');
    expect(sel.accepted).toEqual([]);
    const older = await createBundleFile({ ...input, sequence: 1, range: { kind: 'full' } }, key.privateKey);
    expect((await verifySelection([parseBundleFile(older)], seen)).files[0]?.status).toBe('accepted');
  });

  it('wrong format or formatVersion → bundle.format.*', async () => {
    expect(await run(await resigned((p) => ({ ...p, formatVersion: 3 })))).toBe('bundle.format.tooNew');
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
        // Each record is checked once, against its table's schema: refused naming table, row and field.
        'bundle.record.invalid',
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

  it('the file laid out another way (spaces, line breaks, members in another order) reads as the same bundle; an escaped member is still read strictly', async () => {
    const laidOut = enc.encode(`\n{ "signature" : "${jws.signature}",\r\n\t"payload":"${jws.payload}" ,"protected":"${jws.protected}" }\n`);
    expect(parseBundleFile(laidOut).jws).toEqual(parseBundleFile(good).jws);
    expect((await verifyBundle(parseBundleFile(laidOut), policy)).status).toBe('verified');
    // "\u0070ayload" is "payload" to JSON: read through the strict parser, same bundle.
    const escaped = enc.encode(`{"protected":"${jws.protected}","\\u0070ayload":"${jws.payload}","signature":"${jws.signature}"}`);
    expect(parseBundleFile(escaped).jws).toEqual(parseBundleFile(good).jws);
    // Trailing text after the object is not a bundle.
    expect(await run(enc.encode(`${dec.decode(good)} x`))).toBe('bundle.file.notJson');
  });

  it('duplicate member names anywhere → json.duplicateMember', async () => {
    // In the file itself: a second "payload" would silently replace the first.
    const twoPayloads = enc.encode(`{"protected":"${jws.protected}","payload":"${jws.payload}","payload":"${jws.payload}","signature":"${jws.signature}"}`);
    expect(await run(twoPayloads)).toBe('json.duplicateMember');
    // In the protected header: "alg":"none" then "alg":"EdDSA".
    const header = b64uEncode(enc.encode(`{"alg":"none","alg":"EdDSA","typ":"luutru-bundle+json","kid":"${key.kid}"}`));
    expect(await run(withJws({ protected: header }))).toBe('json.duplicateMember');
    // In the signed payload: a record with two "origin" members, properly signed.
    const dup = payloadText.replace('"origin":"' + UNIT_A + '","clock"', `"origin":"${UNIT_B}","origin":"${UNIT_A}","clock"`);
    expect(dup).not.toBe(payloadText);
    expect(await run(await signedText(dup))).toBe('json.duplicateMember');
  });

  it('a UTF-8 byte-order mark → bundle.file.bom', async () => {
    expect(await run(Uint8Array.from([0xef, 0xbb, 0xbf, ...good]))).toBe('bundle.file.bom');
  });

  it('altered unused bits of the base64url signature → bundle.jws.notCanonical', async () => {
    // 64 bytes = 85⅓ characters: the last character carries 4 unused bits; flipping one keeps the same bytes.
    const last = jws.signature.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const twin = alphabet[alphabet.indexOf(last) ^ 0b0001]!;
    expect(b64uDecode(jws.signature.slice(0, -1) + twin)).toEqual(b64uDecode(jws.signature));
    expect(await run(withJws({ signature: jws.signature.slice(0, -1) + twin }))).toBe('bundle.jws.notCanonical');
  });

  it('an integer outside the safe range → json.unsafeInteger (never stored as a rounded number)', async () => {
    const big = payloadText.replace('"arrivalNumber":1,', '"arrivalNumber":9007199254740993,');
    expect(big).not.toBe(payloadText);
    expect(await run(await signedText(big))).toBe('json.unsafeInteger');
  });

  it('reserved member names → json.reservedMember (never silently dropped)', async () => {
    for (const name of ['__proto__', 'constructor', 'hasOwnProperty']) {
      const text = payloadText.replace('"changedBy":', `"${name}":{"x":1},"changedBy":`);
      expect(await run(await signedText(text)), name).toBe('json.reservedMember');
    }
  });

  it('enormous file (over the cap) → bundle.file.tooLarge before any parsing', async () => {
    const big = new Uint8Array(BUNDLE_LIMITS.maxFileBytes + 1).fill(0x20);
    expect(await run(big)).toBe('bundle.file.tooLarge');
    expect(await codeOf(() => parseBundleFile(good, { maxBytes: 100 }))).toBe('bundle.file.tooLarge');
  });
});
