/**
 * Big exports split into numbered parts (phần), each a complete signed bundle with the
 * same origin, sequence and setId. Import takes the whole set: `checkPartSet` says
 * whether a set of verified parts is complete and consistent.
 */
import { AppError } from '../errors';
import { newId } from '../ids';
import { BUNDLE_LIMITS, REPLICATED_TABLES, type BundleRecord, type BundleRecords, type CarriedFile, type ReplicatedTable } from './schema';
import type { BundleInput } from './sign';
import type { VerifiedBundle } from './verify';

const encoder = new TextEncoder();
/** The JWS carries the payload in base64url: 4 bytes on disk per 3 of payload. */
const BASE64_GROWTH = 4 / 3;
/** Room for the envelope (origin, key, announcements) besides records and carried files. */
const ENVELOPE_ALLOWANCE = 64 * 1024;

/**
 * Splits an export into parts whose files stay under about `maxPartBytes`. Records keep
 * table order, then the carried files follow; a single record or carried file bigger than
 * a part still gets its own part. One part only → returned unchanged (no `part` member).
 */
export function splitIntoParts(
  input: BundleInput,
  maxPartBytes: number = BUNDLE_LIMITS.defaultPartBytes,
  setId: string = newId(),
): BundleInput[] {
  const budget = Math.max(1024, maxPartBytes / BASE64_GROWTH - ENVELOPE_ALLOWANCE);
  type Part = { records: Partial<Record<ReplicatedTable, BundleRecord[]>>; carried: CarriedFile[] };
  const parts: Part[] = [];
  let current: Part = { records: {}, carried: [] };
  let size = 0;
  let count = 0;
  const room = (n: number) => {
    if (count > 0 && size + n > budget) {
      parts.push(current);
      current = { records: {}, carried: [] };
      size = 0;
      count = 0;
    }
    size += n;
    count += 1;
  };
  for (const t of REPLICATED_TABLES) {
    for (const r of input.records[t] ?? []) {
      room(encoder.encode(JSON.stringify(r)).length + 1);
      (current.records[t] ??= []).push(r);
    }
  }
  for (const c of input.carried ?? []) {
    // Carried files are ASCII (base64url): length is their size.
    room(c.protected.length + c.payload.length + c.signature.length + 48);
    current.carried.push(c);
  }
  parts.push(current);
  if (parts.length === 1) return [input];
  if (parts.length > BUNDLE_LIMITS.maxParts) throw new AppError('bundle.parts.tooMany', { count: parts.length });
  return parts.map((p, i): BundleInput => {
    const { carried: _all, ...rest } = input;
    return {
      ...rest,
      records: p.records satisfies BundleRecords,
      ...(p.carried.length > 0 ? { carried: p.carried } : {}),
      part: { index: i + 1, total: parts.length, setId },
    };
  });
}

export type PartSetStatus =
  | { readonly complete: true; readonly bundles: readonly VerifiedBundle[] }
  | { readonly complete: false; readonly missing: readonly number[]; readonly total: number };

/**
 * Checks that the given verified parts form one consistent set (same setId, origin,
 * sequence, signer, total; no index twice) and says which parts are missing — parts
 * taken in before (`alreadyHave`) count as present. A single unsplit bundle is a complete
 * set of one. Returns parts sorted by index.
 */
export function checkPartSet(bundles: readonly VerifiedBundle[], alreadyHave: ReadonlySet<number | undefined> = new Set()): PartSetStatus {
  if (bundles.length === 0) throw new AppError('bundle.parts.inconsistent', { reason: 'empty' });
  const first = bundles[0]!;
  if (!first.payload.part) {
    if (bundles.length > 1) throw new AppError('bundle.parts.inconsistent', { reason: 'unsplit' });
    return { complete: true, bundles };
  }
  const { setId, total } = first.payload.part;
  const seen = new Set<number>();
  for (const b of bundles) {
    const p = b.payload.part;
    if (
      !p ||
      p.setId !== setId ||
      p.total !== total ||
      b.payload.origin.unitId !== first.payload.origin.unitId ||
      b.payload.sequence !== first.payload.sequence ||
      b.kid !== first.kid
    )
      throw new AppError('bundle.parts.inconsistent', { reason: 'mismatch' });
    if (seen.has(p.index)) throw new AppError('bundle.parts.inconsistent', { reason: 'duplicate', index: p.index });
    seen.add(p.index);
  }
  const missing: number[] = [];
  for (let i = 1; i <= total; i++) if (!seen.has(i) && !alreadyHave.has(i)) missing.push(i);
  if (missing.length > 0) return { complete: false, missing, total };
  return { complete: true, bundles: [...bundles].sort((a, b) => a.payload.part!.index - b.payload.part!.index) };
}
