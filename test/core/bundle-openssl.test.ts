// Independent check with standard tools only: the recipe of docs/bundle-format.md §9 (bash, jq, coreutils,
// openssl) checks the header and the kid, builds the PEM public key from the JWK with printf and base64,
// prints the fingerprint hex the app shows, and verifies the signature — and stops on a tampered copy.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBundleFile, fingerprintOf, type BundleInput } from '../../renderer/src/core/bundle/index';
import { ORIGIN_A, communeRecords, fixtureKey } from '../../scripts/make-bundle-fixtures';

const md = readFileSync(new URL('../../docs/bundle-format.md', import.meta.url), 'utf8');
/** The shell block of §9, taken from the document itself. */
const RECIPE = /## 9\.[\s\S]*?```sh\n([\s\S]*?)```/.exec(md)?.[1] ?? '';

function run(bundle: Uint8Array | string): { ok: boolean; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'luutru-openssl-'));
  writeFileSync(join(dir, 'b.json'), bundle);
  try {
    return { ok: true, out: execFileSync('bash', ['-c', RECIPE], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe('verification recipe with standard tools (docs/bundle-format.md §9)', async () => {
  const key = await fixtureKey(1);
  const input: BundleInput = { origin: ORIGIN_A, signerKey: key.jwk, sequence: 1, range: { kind: 'full' }, createdAt: '2026-01-05T08:00:00.000Z', records: communeRecords(ORIGIN_A, 5, Date.UTC(2026, 0, 5)) };
  const bytes = await createBundleFile(input, key.privateKey);
  const jws = JSON.parse(new TextDecoder().decode(bytes)) as { protected: string; payload: string; signature: string };

  it('the document holds the recipe, with the Ed25519 SPKI prefix', () => {
    expect(RECIPE).toContain('openssl pkeyutl -verify');
    expect(RECIPE).toContain("printf '\\x30\\x2a\\x30\\x05\\x06\\x03\\x2b\\x65\\x70\\x03\\x21\\x00'");
  });

  it('verifies a genuine bundle: header, kid, fingerprint hex as the app shows it, signature', () => {
    const r = run(bytes);
    expect(r.out).toContain(`kid OK: ${key.kid}`);
    expect(r.out).toContain(`${fingerprintOf(key.kid).hex.replace(/ /g, '')} (fingerprint hex)`);
    expect(r.out).toContain('Signature Verified Successfully');
    expect(r.ok).toBe(true);
  });

  it('stops on a changed payload', () => {
    const i = 200;
    const flipped = `${jws.payload.slice(0, i)}${jws.payload[i] === 'A' ? 'B' : 'A'}${jws.payload.slice(i + 1)}`;
    const r = run(JSON.stringify({ ...jws, payload: flipped }));
    expect(r.ok).toBe(false);
    expect(r.out).not.toContain('Signature Verified Successfully');
  });

  it('stops on a header that is not exactly alg, kid and typ', () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', kid: key.kid, typ: 'luutru-bundle+json' })).toString('base64url');
    const r = run(JSON.stringify({ ...jws, protected: header }));
    expect(r.ok).toBe(false);
    expect(r.out).not.toContain('kid OK');
  });

  it('stops when the key inside is not the kid of the header', async () => {
    const other = await fixtureKey(66);
    const forged = JSON.parse(new TextDecoder().decode(await createBundleFile({ ...input, signerKey: other.jwk }, other.privateKey))) as typeof jws;
    const r = run(JSON.stringify({ ...forged, protected: jws.protected }));
    expect(r.ok).toBe(false);
    expect(r.out).toContain('kid does not match the key in the payload');
    expect(r.out).not.toContain('Signature Verified Successfully');
  });

  it('verifies the checked-in fixture', () => {
    expect(run(readFileSync(new URL('../fixtures/bundles/commune-a-1.json', import.meta.url))).out).toContain('Signature Verified Successfully');
  });
});
