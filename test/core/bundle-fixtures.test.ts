// The checked-in fixtures (test/fixtures/bundles/) are exactly what scripts/make-bundle-fixtures.ts makes,
// and each verifies (or is refused) as documented. UPDATE_BUNDLE_FIXTURES=1 rewrites them.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  applyPlan,
  emptyMergeState,
  lookupFromState,
  parseBundleFile,
  planMerge,
  verifyBundles,
  type TrustedKey,
  type VerifiedBundle,
} from '../../renderer/src/core/bundle/index';
import { makeBundleFixtures } from '../../scripts/make-bundle-fixtures';

const dir = fileURLToPath(new URL('../fixtures/bundles/', import.meta.url));
const read = (name: string) => new Uint8Array(readFileSync(`${dir}${name}`));

describe('bundle fixtures', async () => {
  const generated = await makeBundleFixtures();
  if (process.env.UPDATE_BUNDLE_FIXTURES === '1') {
    mkdirSync(dir, { recursive: true });
    for (const [name, bytes] of generated) writeFileSync(`${dir}${name}`, bytes);
  }

  it('are reproducible byte for byte', () => {
    for (const [name, bytes] of generated) expect(Buffer.from(read(name)).equals(Buffer.from(bytes)), name).toBe(true);
  });

  it('verify as documented with trust.json', async () => {
    const trust = JSON.parse(new TextDecoder().decode(read('trust.json'))) as { keys: TrustedKey[] };
    const names = ['commune-a-1.json', 'commune-a-2.json', 'commune-b-1.json', 'commune-a-3-rotation.json', 'commune-a-4-new-key.json', 'commune-a-2-tampered.json'];
    const outs = await verifyBundles(
      names.map((n) => parseBundleFile(read(n))),
      { trustedKeys: trust.keys },
    );
    const summary = outs.map((o) => (o.status === 'error' ? o.error.code : o.status === 'verified' ? `${o.status}:${o.bundle.trustedVia}` : o.status));
    expect(summary).toEqual(['verified:direct', 'verified:direct', 'verified:direct', 'verified:direct', 'verified:rotation', 'bundle.signature.invalid']);

    const bundles = outs.flatMap((o): VerifiedBundle[] => (o.status === 'verified' ? [o.bundle] : []));
    const state = applyPlan(emptyMergeState(), planMerge(lookupFromState(emptyMergeState()), bundles));
    const docs = [...state.get('incomingDocs')!.values()];
    expect(docs).toHaveLength(7); // A: 3 + 1 (seq 2) + 1 (seq 4); B: 2
    expect(docs.filter((d) => d.deleted)).toHaveLength(1);
  });

  it('a first contact shows the fingerprint', async () => {
    const [o] = await verifyBundles([parseBundleFile(read('commune-b-1.json'))], { trustedKeys: [] });
    expect(o?.status).toBe('needs-confirmation');
  });
});
