// The checked-in fixtures (test/fixtures/bundles/) are exactly what scripts/make-bundle-fixtures.ts makes,
// and each verifies (or is refused) as documented. UPDATE_BUNDLE_FIXTURES=1 rewrites them.
// commune-a-1-format-v1.json is kept as written by format 1 (not regenerated): old files still verify.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  emptyMemoryState,
  importIntoMemory,
  parseBundleFile,
  verifySelection,
  type TrustedKey,
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
    const sel = await verifySelection(
      names.map((n) => parseBundleFile(read(n))),
      { trustedKeys: trust.keys },
    );
    const summary = sel.files.map((o) => (o.status === 'error' ? o.error.code : o.status === 'accepted' ? `${o.status}:${o.bundle.trustedVia}` : o.status));
    expect(summary).toEqual(['accepted:direct', 'accepted:direct', 'accepted:direct', 'accepted:direct', 'accepted:rotation', 'bundle.signature.invalid']);

    const { state } = importIntoMemory(emptyMemoryState('0190cccc-0000-7000-8000-000000000003'), sel.accepted);
    const docs = [...state.live.get('incomingDocs')!.values()];
    expect(docs).toHaveLength(7); // A: 3 + 1 (seq 2) + 1 (seq 4); B: 2
    expect(docs.filter((d) => d.deleted)).toHaveLength(1);
  });

  it('a first contact shows the fingerprint', async () => {
    const sel = await verifySelection([parseBundleFile(read('commune-b-1.json'))], { trustedKeys: [] });
    expect(sel.files[0]?.status).toBe('needs-confirmation');
  });
});
