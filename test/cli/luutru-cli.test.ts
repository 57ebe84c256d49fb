// The built CLI (dist-cli/luutru.mjs via bin/luutru.mjs): keygen, verify, inspect, merge, schema.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBundleFile, pkcs8FromSeed, verifyBundle } from '../../renderer/src/core/bundle/index';
import { ORIGIN_UPPER, UNIT_A, UNIT_B, UNIT_UPPER, fixtureKey } from '../../scripts/make-bundle-fixtures';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/luutru.mjs');
const built = join(root, 'dist-cli/luutru.mjs');
const fx = (name: string) => join(root, 'test/fixtures/bundles', name);

function newestSource(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return t;
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args, '--lang', 'en'], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  const stale = !existsSync(built) || statSync(built).mtimeMs < newestSource(join(root, 'renderer/src'));
  if (stale) execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'ignore' });
}, 180_000);

describe('luutru CLI', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'luutru-cli-'));

  it('prints a clear message when not built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luutru-nobuild-'));
    mkdirSync(join(dir, 'bin'));
    copyFileSync(bin, join(dir, 'bin/luutru.mjs'));
    const r = spawnSync(process.execPath, [join(dir, 'bin/luutru.mjs'), 'bundle', 'schema'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('npm run build:cli');
  });

  it('verify: ok, tampered, untrusted, first contact; a rotation batch verifies', () => {
    const trust = ['--trust', fx('trust.json')];
    expect(cli('bundle', 'verify', fx('commune-a-1.json'), fx('commune-b-1.json'), ...trust).code).toBe(0);
    const t = cli('bundle', 'verify', fx('commune-a-2-tampered.json'), ...trust);
    expect(t.code).toBe(1);
    expect(t.out).toContain('bundle.signature.invalid');
    expect(cli('bundle', 'verify', fx('commune-a-4-new-key.json'), ...trust).out).toContain('bundle.signer.untrusted');
    const rot = cli('bundle', 'verify', fx('commune-a-4-new-key.json'), fx('commune-a-3-rotation.json'), ...trust);
    expect(rot.code).toBe(0);
    expect(rot.out).toContain('(rotation key)');
    const first = cli('bundle', 'verify', fx('commune-b-1.json'));
    expect(first.code).toBe(2);
    expect(first.out).toContain('NEEDS CONFIRMATION');
    expect(first.out).toMatch(/words: {3}\S+( · \S+){9}/);
  });

  it('inspect shows origin, sequence, range, counts and fingerprint words', () => {
    const r = cli('bundle', 'inspect', fx('commune-a-2.json'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Ủy ban nhân dân xã Thụy Hải');
    expect(r.out).toContain('sequence:  2');
    expect(r.out).toContain('range:     since #1');
    expect(r.out).toContain('counts:    incomingDocs=3');
    expect(r.out).toContain('thông · mía · gốc');
    expect(cli('bundle', 'inspect', fx('commune-a-2-tampered.json')).code).toBe(1);
  });

  it('keygen writes a PKCS#8 key that merge can sign with; merged bundle keeps origins and verifies', async () => {
    const keyFile = join(tmp, 'upper.pem');
    const k = cli('bundle', 'keygen', keyFile);
    expect(k.code).toBe(0);
    expect(readFileSync(keyFile, 'utf8')).toContain('BEGIN PRIVATE KEY');
    expect((statSync(keyFile).mode & 0o777).toString(8)).toBe('600');
    // keygen never overwrites.
    expect(cli('bundle', 'keygen', keyFile).code).toBe(1);

    // Deterministic upper-level key for the assertions below.
    const upper = await fixtureKey(4);
    const der = pkcs8FromSeed(new Uint8Array(32).fill(4));
    const pem = `-----BEGIN PRIVATE KEY-----\n${Buffer.from(der).toString('base64')}\n-----END PRIVATE KEY-----\n`;
    writeFileSync(join(tmp, 'fixed.pem'), pem);
    writeFileSync(join(tmp, 'origin.json'), JSON.stringify(ORIGIN_UPPER));
    const out = join(tmp, 'merged.json');
    const inputs = ['commune-a-1.json', 'commune-a-2.json', 'commune-b-1.json', 'commune-a-3-rotation.json', 'commune-a-4-new-key.json'].map(fx);
    const m = cli('bundle', 'merge', out, ...inputs, '--key', join(tmp, 'fixed.pem'), '--origin', join(tmp, 'origin.json'), '--trust', fx('trust.json'), '--created-at', '2026-02-01T00:00:00.000Z');
    expect(m.err).toBe('');
    expect(m.code).toBe(0);
    expect(m.out).toContain('2 carried origin(s)');

    const v = await verifyBundle(parseBundleFile(new Uint8Array(readFileSync(out))), { trustedKeys: [{ unitId: UNIT_UPPER, kid: upper.kid, jwk: upper.jwk }] });
    if (v.status !== 'verified') throw new Error(v.status);
    const p = v.bundle.payload;
    expect(p.carriedOrigins?.map((c) => c.unitId).sort()).toEqual([UNIT_A, UNIT_B].sort());
    expect(new Set(p.records.incomingDocs?.map((r) => r.origin))).toEqual(new Set([UNIT_A, UNIT_B]));
    expect(p.counts).toEqual({ units: 2, registers: 2, incomingDocs: 7 });
    expect(p.records.incomingDocs?.filter((r) => r.deleted)).toHaveLength(1);
    // The A carried origin records both of A's signers' sources.
    const carriedA = p.carriedOrigins?.find((c) => c.unitId === UNIT_A);
    expect(carriedA?.sources.map((s) => s.sequence)).toEqual([1, 2, 3, 4]);
    expect(new Set(carriedA?.sources.map((s) => s.signerKid)).size).toBe(2);
    expect(carriedA?.signerKid).toBe(carriedA?.sources[3]?.signerKid);

    // A merge without confirmed keys is refused, with fingerprints shown.
    const refused = cli('bundle', 'merge', join(tmp, 'x.json'), fx('commune-b-1.json'), '--key', join(tmp, 'fixed.pem'), '--origin', join(tmp, 'origin.json'));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('cli.needsConfirmation');
    expect(cli('bundle', 'merge', join(tmp, 'y.json'), fx('commune-b-1.json'), '--key', join(tmp, 'fixed.pem'), '--origin', join(tmp, 'origin.json'), '--accept-new-keys').code).toBe(0);
    // A tampered input stops the merge.
    const bad = cli('bundle', 'merge', join(tmp, 'z.json'), fx('commune-a-2-tampered.json'), '--key', join(tmp, 'fixed.pem'), '--origin', join(tmp, 'origin.json'), '--trust', fx('trust.json'));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('bundle.signature.invalid');
    expect(existsSync(join(tmp, 'z.json'))).toBe(false);
  });

  it('schema prints the JSON Schema in docs/', () => {
    const r = cli('bundle', 'schema');
    expect(JSON.parse(r.out)).toEqual(JSON.parse(readFileSync(join(root, 'docs/bundle.schema.json'), 'utf8')));
  });

  it('usage errors exit 1', () => {
    expect(cli('bundle', 'verify').code).toBe(1);
    expect(cli('nonsense').code).toBe(1);
    expect(cli('bundle', 'verify', join(tmp, 'missing.json')).out).toContain('cli.fileRead');
  });
});
