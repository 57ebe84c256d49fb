/**
 * Signed, verified bundles for tests: fixture keys from fixed seeds, a policy trusting
 * them, and a one-call `signed(...)` that builds, signs, parses and verifies a bundle.
 */
import {
  createBundleFile,
  parseBundleFile,
  verifyBundle,
  type BundleInput,
  type BundleOrigin,
  type TrustPolicy,
  type VerifiedBundle,
} from '../../renderer/src/core/bundle/index';
import { fixtureKey, originOf, type FixtureKey } from '../../scripts/make-bundle-fixtures';

export type TestUnit = { readonly origin: BundleOrigin; readonly key: FixtureKey };

export async function testUnit(seed: number, unitId: string, name: string, adminCode: string, level: BundleOrigin['level'] = 'commune'): Promise<TestUnit> {
  return { origin: originOf(unitId, name, adminCode, level), key: await fixtureKey(seed) };
}

export function trusting(units: readonly TestUnit[], extra: Partial<TrustPolicy> = {}): TrustPolicy {
  return {
    trustedKeys: units.map((u) => ({ unitId: u.origin.unitId, kid: u.key.kid, jwk: u.key.jwk })),
    knownUnits: units.map((u) => ({ unitId: u.origin.unitId, name: u.origin.name, adminCode: u.origin.adminCode })),
    ...extra,
  };
}

export async function signedFile(u: TestUnit, input: Partial<BundleInput> & Pick<BundleInput, 'sequence' | 'records'>, key: FixtureKey = u.key): Promise<Uint8Array> {
  return createBundleFile(
    { origin: u.origin, signerKey: key.jwk, range: { kind: 'full' }, createdAt: '2026-01-05T08:00:00.000Z', ...input },
    key.privateKey,
  );
}

/** A verified bundle of `u` (throws if it does not verify under `policy`). */
export async function signed(u: TestUnit, policy: TrustPolicy, input: Partial<BundleInput> & Pick<BundleInput, 'sequence' | 'records'>): Promise<VerifiedBundle> {
  const out = await verifyBundle(parseBundleFile(await signedFile(u, input)), policy);
  if (out.status === 'needs-confirmation') throw new Error(`needs confirmation: ${u.origin.name}`);
  return out.bundle;
}
