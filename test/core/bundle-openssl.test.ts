// Independent check: a bundle made by our code verifies with the plain openssl recipe of docs/bundle-format.md
// (jq + basenc + openssl pkeyutl), and a tampered copy does not.
import { execFileSync } from 'node:child_process';
import { createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBundleFile } from '../../renderer/src/core/bundle/index';
import { ORIGIN_A, communeRecords, fixtureKey } from '../../scripts/make-bundle-fixtures';

const RECIPE = `
jq -j '.protected + "." + .payload' b.json > input.bin
s=$(jq -r .signature b.json); while [ $(( \${#s} % 4 )) -ne 0 ]; do s="$s="; done
printf %s "$s" | basenc --base64url -d > sig.bin
openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in input.bin -sigfile sig.bin
`;

function run(dir: string): { ok: boolean; out: string } {
  try {
    return { ok: true, out: execFileSync('bash', ['-c', RECIPE], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe('openssl verification recipe', async () => {
  const key = await fixtureKey(1);
  const bytes = await createBundleFile(
    { origin: ORIGIN_A, signerKey: key.jwk, sequence: 1, range: { kind: 'full' }, createdAt: '2026-01-05T08:00:00.000Z', records: communeRecords(ORIGIN_A, 5, Date.UTC(2026, 0, 5)) },
    key.privateKey,
  );
  const pem = createPublicKey({ key: { ...key.jwk }, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();

  it('docs/bundle-format.md carries the same recipe', () => {
    const md = readFileSync(new URL('../../docs/bundle-format.md', import.meta.url), 'utf8');
    for (const line of RECIPE.trim().split('\n')) expect(md).toContain(line);
  });

  it('verifies a genuine bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luutru-openssl-'));
    writeFileSync(join(dir, 'b.json'), bytes);
    writeFileSync(join(dir, 'pub.pem'), pem);
    const r = run(dir);
    expect(r.out).toContain('Signature Verified Successfully');
    expect(r.ok).toBe(true);
  });

  it('fails on a tampered bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luutru-openssl-'));
    const jws = JSON.parse(new TextDecoder().decode(bytes)) as { payload: string };
    const p = jws.payload;
    const i = 200;
    const flipped = `${p.slice(0, i)}${p[i] === 'A' ? 'B' : 'A'}${p.slice(i + 1)}`;
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ ...jws, payload: flipped }));
    writeFileSync(join(dir, 'pub.pem'), pem);
    const r = run(dir);
    expect(r.ok).toBe(false);
    expect(r.out).not.toContain('Signature Verified Successfully');
  });

  it('verifies the checked-in fixture with its key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luutru-openssl-'));
    writeFileSync(join(dir, 'b.json'), readFileSync(new URL('../fixtures/bundles/commune-a-1.json', import.meta.url)));
    writeFileSync(join(dir, 'pub.pem'), pem);
    expect(run(dir).out).toContain('Signature Verified Successfully');
  });
});
