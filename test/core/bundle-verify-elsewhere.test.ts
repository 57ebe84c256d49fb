// Files of a selection are checked partly on helper threads (the exchange worker's verify helpers):
// whatever a helper checks, the selection's verdicts are those of checking every file here — the
// same files taken, the same refusals with the same codes, in the same order of checks — and a
// helper that died leaves its files to be checked here. A unit not yet confirmed is never handed out.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildBundlePayload,
  checkContent,
  encodeBundleFile,
  parseBundleFile,
  signBundlePayload,
  splitIntoParts,
  createBundleFile,
  verifySelection,
  type BundlePayload,
  type CheckedContent,
  type TrustPolicy,
  type VerifyOptions,
} from '../../renderer/src/core/bundle/index';
import { UNIT_A, UNIT_B, fixtureId, incoming } from '../../scripts/make-bundle-fixtures';
import { signedFile, testUnit, trusting, type TestUnit } from '../helpers/bundles';

const UNIT_C = fixtureId(4, '0190dddd');
const T = Date.UTC(2026, 0, 5);
let A: TestUnit;
let B: TestUnit;
let C: TestUnit;
let policy: TrustPolicy;
let files: Uint8Array[];
let partCount = 0;

beforeAll(async () => {
  A = await testUnit(1, UNIT_A, 'Ủy ban nhân dân xã Thụy Hải', '12345');
  B = await testUnit(3, UNIT_B, 'Ủy ban nhân dân xã Thụy Trình', '23456');
  C = await testUnit(5, UNIT_C, 'Ủy ban nhân dân xã Thái Thụy', '34567');
  policy = trusting([A, B]);
  // A's bundle in three parts, B's bundle, B's bundle with its signature broken, A's bundle with a
  // record refused (signed by A's own key), and C's bundle (C is not confirmed: a person must).
  const big = { incomingDocs: Array.from({ length: 60 }, (_, i) => incoming(UNIT_A, i + 1, T + i, i + 1, { summary: 'Về việc tổ chức '.repeat(40) })) };
  const parts = splitIntoParts({ origin: A.origin, signerKey: A.key.jwk, sequence: 2, range: { kind: 'full' }, createdAt: new Date(T).toISOString(), records: big }, 60_000, fixtureId(1, '0190eeee'));
  partCount = parts.length;
  const partFiles = await Promise.all(parts.map((p) => createBundleFile(p, A.key.privateKey)));
  const b = await signedFile(B, { sequence: 1, records: { incomingDocs: [incoming(UNIT_B, 1, T, 1)] } });
  const broken = JSON.parse(new TextDecoder().decode(await signedFile(B, { sequence: 2, records: { incomingDocs: [incoming(UNIT_B, 2, T, 2)] } }))) as Record<string, string>;
  const brokenSignature = new TextEncoder().encode(JSON.stringify({ ...broken, signature: `${broken.signature!.startsWith('A') ? 'B' : 'A'}${broken.signature!.slice(1)}` }));
  const payload = buildBundlePayload({ origin: A.origin, signerKey: A.key.jwk, sequence: 3, range: { kind: 'full' }, createdAt: new Date(T).toISOString(), records: { incomingDocs: [incoming(UNIT_A, 90, T, 90)] } });
  const badRecord = structuredClone(payload) as unknown as { records: { incomingDocs: Record<string, unknown>[] } };
  badRecord.records.incomingDocs[0]!.arrivalNumber = 0;
  const refused = encodeBundleFile(await signBundlePayload(badRecord as unknown as BundlePayload, A.key.privateKey));
  const c = await signedFile(C, { sequence: 1, records: { incomingDocs: [incoming(UNIT_C, 1, T, 1)] } });
  files = [...partFiles, b, brokenSignature, refused, c];
});

/** What a person reads of a selection: each file's status and refusal, what is taken. */
async function verdicts(options: VerifyOptions) {
  const sel = await verifySelection(files.map((f) => parseBundleFile(f)), policy, options, '2026-01-06T00:00:00.000Z');
  return {
    files: sel.files.map((f) => `${f.status}${'error' in f && f.error ? ` ${f.error.code} ${JSON.stringify(f.error.params)}` : ''}`),
    accepted: sel.accepted.map((b) => b.payloadSha256),
  };
}

describe('verifying a selection with helper threads', () => {
  it('gives the verdicts of verifying every file here, the helper checking one file in two', async () => {
    const alone = await verdicts({});
    const handed: string[] = [];
    const helped = await verdicts({
      elsewhere: {
        helpers: 1,
        check: (jws, key, units) => {
          handed.push(jws.payload.slice(0, 12));
          // What crosses a thread is a copy.
          return checkContent(jws, key, units).then((c) => structuredClone(c) as CheckedContent);
        },
      },
    });
    expect(helped).toEqual(alone);
    expect(partCount).toBeGreaterThan(1);
    expect(alone.files).toEqual([
      ...Array.from({ length: partCount + 1 }, () => 'accepted'),
      expect.stringContaining('error bundle.signature.invalid'),
      expect.stringContaining('error bundle.record.invalid'),
      'needs-confirmation',
    ]);
    expect(alone.files[partCount + 2]).toContain('"path":"arrivalNumber"');
    // Every file but C's has a known signer: the helper had one in two of them; the unconfirmed unit's file stayed here.
    expect(handed).toHaveLength(Math.floor((partCount + 3) / 2));
  });

  it('checks here what a helper that died gave back', async () => {
    const alone = await verdicts({});
    let asked = 0;
    const helped = await verdicts({
      elsewhere: {
        helpers: 2,
        check: async () => {
          asked++;
          return undefined;
        },
      },
    });
    expect(asked).toBe(partCount + 3 - Math.ceil((partCount + 3) / 3));
    expect(helped).toEqual(alone);
  });

  it('is not used with schemas of the caller’s own (the helpers know only the defaults)', async () => {
    let asked = 0;
    await verdicts({ tableSchemas: {}, elsewhere: { helpers: 1, check: async () => (asked++, undefined) } });
    expect(asked).toBe(0);
  });
});
