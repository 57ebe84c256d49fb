// The built CLI (dist-cli/luutru.mjs via bin/luutru.mjs): keygen, verify, import into a state file (forks and
// replays seen across runs), inspect, merge (bundles passed on unchanged), schema; sentences from the app's catalogue.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBundleFile, pkcs8FromSeed, verifyBundle } from '../../renderer/src/core/bundle/index';
import { ORIGIN_A, ORIGIN_UPPER, UNIT_A, UNIT_B, UNIT_MERGED, UNIT_UPPER, fixtureKey, incoming } from '../../scripts/make-bundle-fixtures';

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
    // The same sentence as the app shows (English catalogue of the app).
    expect(t.out).toContain('The signature does not match the content');
    const alone = cli('bundle', 'verify', fx('commune-a-4-new-key.json'), ...trust);
    expect(alone.code).toBe(2);
    expect(alone.out).toContain('NEEDS CONFIRMATION (new-key)');
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
    expect(m.out).toContain('passed on 5 signed bundle file(s) unchanged');

    const v = await verifyBundle(parseBundleFile(new Uint8Array(readFileSync(out))), { trustedKeys: [{ unitId: UNIT_UPPER, kid: upper.kid, jwk: upper.jwk }] });
    if (v.status !== 'verified') throw new Error(v.status);
    const p = v.bundle.payload;
    // No record is re-signed by the upper level: the communes' own files travel inside, byte for byte.
    expect(p.records).toEqual({});
    expect(p.carried?.map((c) => c.payload)).toEqual(inputs.map((f) => (JSON.parse(readFileSync(f, 'utf8')) as { payload: string }).payload));

    // A merge without confirmed keys is refused, with fingerprints shown.
    const refused = cli('bundle', 'merge', join(tmp, 'x.json'), fx('commune-b-1.json'), '--key', join(tmp, 'fixed.pem'), '--origin', join(tmp, 'origin.json'));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('cli.needsConfirmation');
    expect(cli('bundle', 'merge', join(tmp, 'y.json'), fx('commune-b-1.json'), '--key', join(tmp, 'fixed.pem'), '--origin', join(tmp, 'origin.json'), '--accept-new-keys').code).toBe(0);
    // A tampered input stops the merge.
    const bad = cli('bundle', 'merge', join(tmp, 'z.json'), fx('commune-a-2-tampered.json'), '--key', join(tmp, 'fixed.pem'), '--origin', join(tmp, 'origin.json'), '--trust', fx('trust.json'));
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('bundle.signature.invalid');
    expect(existsSync(join(tmp, 'z.json'))).toBe(false);
  });

  it('import keeps a state file: a later run sees what was taken in, a fork across runs is refused, a carrier needs custody', async () => {
    const state = join(tmp, 'state.json');
    const trust = ['--trust', fx('trust.json'), '--state', state];
    const first = cli('bundle', 'import', fx('commune-a-1.json'), fx('commune-b-1.json'), ...trust);
    expect(first.code).toBe(0);
    expect(first.out).toContain('records: 9 new');
    const again = cli('bundle', 'import', fx('commune-a-1.json'), ...trust);
    expect(again.out).toContain('ALREADY TAKEN');
    // Another file with sequence 1 of commune A, signed by A's key: a fork, across runs.
    const a1 = await fixtureKey(1);
    const forkFile = join(tmp, 'fork.json');
    const { createBundleFile } = await import('../../renderer/src/core/bundle/index');
    writeFileSync(
      forkFile,
      await createBundleFile(
        { origin: ORIGIN_A, signerKey: a1.jwk, sequence: 1, range: { kind: 'full' }, createdAt: '2026-03-01T00:00:00.000Z', records: { incomingDocs: [incoming(UNIT_A, 4242, Date.UTC(2026, 2, 1), 99)] } },
        a1.privateKey,
      ),
    );
    const fork = cli('bundle', 'verify', forkFile, '--state', state);
    expect(fork.code).toBe(1);
    expect(fork.out).toContain('FORK');
    expect(cli('bundle', 'import', forkFile, ...trust).out).toContain('FORK');
    const saved = JSON.parse(readFileSync(state, 'utf8')) as { seen: unknown[]; live: Record<string, unknown[]> };
    expect(saved.seen).toHaveLength(2);
    expect(saved.live.incomingDocs).toHaveLength(5);
    // A merged commune carrying B: a person must record why (custody) before it is taken.
    const carrier = cli('bundle', 'import', fx('merged-c-1-carries-b.json'), '--state', state, '--accept-new-keys');
    expect(carrier.code).toBe(2);
    expect(carrier.out).toContain('NEEDS CUSTODY');
    const withCustody = cli('bundle', 'import', fx('merged-c-1-carries-b.json'), '--state', state, '--accept-new-keys', '--custody', `${UNIT_MERGED}:${UNIT_B}:merger:2025-07-01:Nghị quyết số 1656/NQ-UBTVQH15`);
    expect(withCustody.code).toBe(0);
    expect(withCustody.out).toContain('carries Ủy ban nhân dân phường Đông Kinh #1');
  });

  it('a recovered key taken with --accept-new-keys keeps its announcement: the same backup restored again is pointed out', async () => {
    const state = join(tmp, 'state-recovery.json');
    const trust = ['--trust', fx('trust.json'), '--state', state];
    expect(cli('bundle', 'import', fx('commune-a-1.json'), ...trust).code).toBe(0);
    const { createBundleFile } = await import('../../renderer/src/core/bundle/index');
    const a1 = await fixtureKey(1);
    const restored = async (seed: number, name: string) => {
      const k = await fixtureKey(seed);
      const keyRecovery = { kind: 'key-recovery' as const, unitId: UNIT_A, newKid: k.kid, previousKid: a1.kid, backupCreatedAt: '2026-02-01T08:00:00.000Z', resumedAfterSequence: 1 };
      const file = join(tmp, name);
      writeFileSync(
        file,
        await createBundleFile(
          { origin: ORIGIN_A, signerKey: k.jwk, sequence: 2, range: { kind: 'since', sinceSequence: 1 }, createdAt: '2026-02-02T00:00:00.000Z', records: { incomingDocs: [incoming(UNIT_A, 5000 + seed, Date.UTC(2026, 1, 2), 50 + seed)] }, keyRecovery },
          k.privateKey,
        ),
      );
      return file;
    };
    const first = cli('bundle', 'import', await restored(12, 'pc1.json'), ...trust, '--accept-new-keys');
    expect(first.code).toBe(0);
    expect(first.err).not.toContain('WARNING');
    const saved = JSON.parse(readFileSync(state, 'utf8')) as { trustedKeys: { confirmedAs?: string; recovery?: { backupCreatedAt: string } }[] };
    expect(saved.trustedKeys.find((k) => k.confirmedAs === 'key-recovery')?.recovery?.backupCreatedAt).toBe('2026-02-01T08:00:00.000Z');
    const second = cli('bundle', 'verify', await restored(13, 'pc2.json'), ...trust);
    expect(second.code).toBe(2);
    expect(second.out).toContain('WARNING recovery.sameBackup: the backup of 2026-02-01T08:00:00.000Z was restored before');
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
