/**
 * Verifying a selection of files at once (the files a person picked, and the signed files
 * they carry): keys learnt from one file count for the others (a rotation and the first
 * bundle under the new key, in any order); carried files are verified with their own
 * unit's key and accepted only where the receiver recorded why the carrier holds them
 * (custody); split exports are taken as complete sets; and two different bundles with the
 * same origin, lineage and sequence are never both taken — a fork is reported instead.
 */
import { AppError } from '../errors';
import type { BundleOrigin } from './schema';
import { jwsShape, signingInputFromSpare, type ParsedBundleFile } from './parse';
import { BUNDLE_LIMITS } from './schema';
import { checkPartSet } from './parts';
import {
  claimedSender,
  kidOf,
  rotationOf,
  verifyBundle,
  type CarrierRef,
  type CheckedContent,
  type ClaimedSender,
  type KeyConfirmation,
  type SeenBundle,
  type TrustPolicy,
  type VerifiedBundle,
  type VerifyOptions,
} from './verify';
import { knownKeyFor, type AuthenticatedRotation } from './rotation';
import { recoveriesTogether } from './identity';

export type UnitRef = { readonly unitId: string; readonly name: string; readonly adminCode: string };

/** Two different bundles claiming one (origin, lineage, sequence): never both taken. */
export type ForkReport = {
  readonly origin: UnitRef;
  readonly lineage: string;
  readonly sequence: number;
  readonly variants: readonly {
    readonly payloadSha256: string;
    /** 'seen': taken in earlier; otherwise the index of the picked file it came in. */
    readonly source: 'seen' | number;
    readonly bundle?: VerifiedBundle;
  }[];
};

/** A unit restored from a backup sent sequences it had already sent before (different key lineage). */
export type RecoveryOverlap = {
  readonly origin: UnitRef;
  readonly sequence: number;
  readonly lineages: readonly string[];
  /** The bundles with this sequence: taken in before (no bundle) or in this selection. */
  readonly variants: readonly { readonly payloadSha256: string; readonly lineage: string; readonly bundle?: VerifiedBundle }[];
};

export type FileVerdict =
  | { readonly status: 'accepted' | 'already-imported'; readonly bundle: VerifiedBundle; readonly carried: readonly VerifiedBundle[] }
  | { readonly status: 'needs-confirmation'; readonly confirmations: readonly KeyConfirmation[]; readonly origin?: BundleOrigin }
  | { readonly status: 'needs-custody'; readonly carrier: UnitRef; readonly carried: readonly UnitRef[] }
  | { readonly status: 'incomplete'; readonly origin: BundleOrigin; readonly sequence: number; readonly missing: readonly number[]; readonly total: number }
  | { readonly status: 'fork'; readonly origin: BundleOrigin; readonly sequence: number }
  /** `claimed`: the sender a refused file names, not verified (verify.ts `claimedSender`), to say whom to ask for a new export. */
  | { readonly status: 'error'; readonly error: AppError; readonly origin?: BundleOrigin; readonly claimed?: ClaimedSender };

export type SelectionResult = {
  readonly files: readonly FileVerdict[];
  /** Bundles to apply: new, complete, not forked; one per payload (a file carried twice counts once). */
  readonly accepted: readonly VerifiedBundle[];
  /** Every verified bundle of the accepted files, new or seen before (all are recorded as received). */
  readonly received: readonly VerifiedBundle[];
  readonly forks: readonly ForkReport[];
  readonly overlaps: readonly RecoveryOverlap[];
  /** Rotations learnt from the accepted files (to record with the import). */
  readonly rotations: readonly AuthenticatedRotation[];
};

type Item = { readonly file: number; readonly parsed: ParsedBundleFile; readonly via: readonly CarrierRef[] };
type ItemResult =
  | { readonly kind: 'ok'; readonly bundle: VerifiedBundle; readonly fresh: boolean }
  | { readonly kind: 'confirm'; readonly confirmation: KeyConfirmation }
  | { readonly kind: 'error'; readonly error: AppError }
  | { readonly kind: 'skip' };

const unitRef = (o: BundleOrigin): UnitRef => ({ unitId: o.unitId, name: o.name, adminCode: o.adminCode });
const groupKey = (b: VerifiedBundle) => `${b.payload.origin.unitId}|${b.lineage}|${b.payload.sequence}`;

/** A refused file's verdict with the sender it names, where it names one. */
function withClaim(verdict: { status: 'error'; error: AppError }, parsed: ParsedBundleFile): FileVerdict {
  const claimed = claimedSender(parsed);
  return claimed ? { ...verdict, claimed } : verdict;
}

function asAppError(e: unknown): AppError {
  return e instanceof AppError ? e : new AppError('bundle.verify.failed');
}

/**
 * Told after each bundle is checked: the picked file it came from, how many are checked and how
 * many there are so far (a carrier's bundles join the count when it is opened). It may throw to
 * stop the verification (a person cancelled).
 */
export type OnVerified = (file: number, done: number, total: number) => void | Promise<void>;

/**
 * The picked files handed to helper threads (`options.elsewhere`): of those whose signer's key is
 * known, all but one in `helpers + 1`, in order, so the helpers check theirs while the loop below
 * checks the others. A file whose key is not known yet (a person confirms it, or a rotation in
 * another file gives it) is checked here.
 */
function checkElsewhere(items: readonly Item[], policy: TrustPolicy, options: VerifyOptions): Map<Item, Promise<CheckedContent | undefined>> {
  const out = new Map<Item, Promise<CheckedContent | undefined>>();
  const elsewhere = options.elsewhere;
  if (!elsewhere || elsewhere.helpers < 1 || options.tableSchemas || options.migrations) return out;
  let n = 0;
  for (const item of items) {
    const kid = kidOf(item.parsed);
    const key = kid ? knownKeyFor(kid, policy.trustedKeys, policy.rotations) : undefined;
    if (!key || n++ % (elsewhere.helpers + 1) === 0) continue;
    const p = elsewhere.check(item.parsed.jws, key, policy.knownUnits, signingInputFromSpare(item.parsed.jws, item.parsed.source), item.parsed.source?.exported === true);
    // Its refusal is told when the loop reaches the file.
    p.catch(() => undefined);
    out.set(item, p);
  }
  return out;
}

/** Verifies the picked files (and everything they carry) against the receiver's policy. */
export async function verifySelection(
  files: readonly (ParsedBundleFile | AppError)[],
  policy: TrustPolicy,
  options: VerifyOptions = {},
  now: string = new Date().toISOString(),
  onVerified?: OnVerified,
): Promise<SelectionResult> {
  const items: Item[] = [];
  files.forEach((f, file) => {
    if (!(f instanceof AppError)) items.push({ file, parsed: f, via: [] });
  });
  const results = new Map<Item, ItemResult>();
  let rotations = [...(policy.rotations ?? [])];
  const checked = checkElsewhere(items, policy, options);
  const learnt: AuthenticatedRotation[] = [];

  // Until nothing changes: a rotation learnt from one file may let another verify.
  for (let progress = true; progress; ) {
    progress = false;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const prev = results.get(item);
      if (prev && prev.kind !== 'confirm') continue;
      let r: ItemResult;
      try {
        const out = await verifyBundle(item.parsed, { ...policy, rotations }, options, item.via, checked.get(item));
        if (out.status === 'needs-confirmation') r = { kind: 'confirm', confirmation: out.confirmation };
        else r = { kind: 'ok', bundle: out.bundle, fresh: out.status === 'verified' };
      } catch (e) {
        const err = asAppError(e);
        // The receiver's own data coming back inside a carrier is simply not taken again.
        r = item.via.length > 0 && err.code === 'bundle.origin.receiver' ? { kind: 'skip' } : { kind: 'error', error: err };
      }
      results.set(item, r);
      await onVerified?.(item.file, results.size, items.length);
      if (r.kind !== 'ok') continue;
      const rot = rotationOf(r.bundle, now);
      if (rot && !rotations.some((x) => x.announcement.newKid === rot.announcement.newKid && x.signedByKid === rot.signedByKid)) {
        rotations = [...rotations, rot];
        learnt.push(rot);
        progress = true;
      }
      if (r.bundle.payload.carried?.length) {
        const carrier: CarrierRef = { unitId: r.bundle.payload.origin.unitId, name: r.bundle.payload.origin.name, sequence: r.bundle.payload.sequence, payloadSha256: r.bundle.payloadSha256 };
        if (item.via.length + 1 > BUNDLE_LIMITS.maxCarryDepth) {
          results.set(item, { kind: 'error', error: new AppError('bundle.carried.tooDeep', { max: BUNDLE_LIMITS.maxCarryDepth }) });
          continue;
        }
        for (const c of r.bundle.payload.carried) {
          if (items.length >= BUNDLE_LIMITS.maxCarried + files.length) {
            results.set(item, { kind: 'error', error: new AppError('bundle.carried.tooMany', { max: BUNDLE_LIMITS.maxCarried }) });
            break;
          }
          items.push({ file: item.file, parsed: { jws: jwsShape(c), byteLength: c.payload.length }, via: [...item.via, carrier] });
          progress = true;
        }
      }
    }
  }

  // Two restored PCs of one unit in this selection: each new key is told of the other.
  const together = recoveriesTogether([...results.values()].flatMap((r) => (r.kind === 'confirm' && r.confirmation.recovery ? [r.confirmation.recovery] : [])));
  if (together.size > 0)
    for (const [item, r] of results)
      if (r.kind === 'confirm' && together.has(r.confirmation.kid)) results.set(item, { kind: 'confirm', confirmation: { ...r.confirmation, warnings: [...r.confirmation.warnings, ...together.get(r.confirmation.kid)!] } });

  // Per file: its own result and those of everything it carries.
  const verdicts: (FileVerdict | undefined)[] = files.map((f) => (f instanceof AppError ? { status: 'error', error: f } : undefined));
  const okByFile = new Map<number, { bundle: VerifiedBundle; fresh: boolean; via: readonly CarrierRef[] }[]>();
  for (let file = 0; file < files.length; file++) {
    if (verdicts[file]) continue;
    const mine = items.filter((it) => it.file === file);
    const top = mine.find((it) => it.via.length === 0)!;
    const topResult = results.get(top)!;
    const topOrigin = topResult.kind === 'ok' ? topResult.bundle.payload.origin : topResult.kind === 'confirm' ? topResult.confirmation.origin : undefined;
    const errorItem = mine.find((it) => results.get(it)?.kind === 'error');
    if (errorItem) {
      const err = (results.get(errorItem) as { error: AppError }).error;
      verdicts[file] =
        errorItem === top
          ? withClaim({ status: 'error', error: err }, top.parsed)
          : {
              status: 'error',
              error: new AppError('bundle.carried.invalid', { unit: errorItem.via.at(-1)?.name ?? '', code: err.code, ...err.params }),
              ...(topOrigin ? { origin: topOrigin } : {}),
            };
      continue;
    }
    const confirmations = mine.flatMap((it) => {
      const r = results.get(it)!;
      return r.kind === 'confirm' ? [r.confirmation] : [];
    });
    if (confirmations.length > 0) {
      verdicts[file] = { status: 'needs-confirmation', confirmations, ...(topOrigin ? { origin: topOrigin } : {}) };
      continue;
    }
    const oks = mine.flatMap((it) => {
      const r = results.get(it)!;
      return r.kind === 'ok' ? [{ bundle: r.bundle, fresh: r.fresh, via: it.via }] : [];
    });
    const missingCustody = new Map<string, UnitRef>();
    for (const o of oks) {
      const carrier = o.via.at(-1);
      if (!carrier) continue;
      const ok = (policy.custody ?? []).some((c) => c.carrierUnitId === carrier.unitId && c.carriedUnitId === o.bundle.payload.origin.unitId);
      if (!ok) missingCustody.set(`${carrier.unitId}|${o.bundle.payload.origin.unitId}`, unitRef(o.bundle.payload.origin));
    }
    if (missingCustody.size > 0) {
      const carrierBundle = oks.find((o) => o.via.length === 0)!.bundle;
      verdicts[file] = { status: 'needs-custody', carrier: unitRef(carrierBundle.payload.origin), carried: [...missingCustody.values()] };
      continue;
    }
    okByFile.set(file, oks);
  }

  // One instance per payload, preferring the one received directly.
  const byHash = new Map<string, { bundle: VerifiedBundle; fresh: boolean; files: Set<number> }>();
  for (const [file, oks] of okByFile)
    for (const o of oks) {
      const cur = byHash.get(o.bundle.payloadSha256);
      if (!cur) byHash.set(o.bundle.payloadSha256, { bundle: o.bundle, fresh: o.fresh, files: new Set([file]) });
      else {
        cur.files.add(file);
        if (o.bundle.via.length < cur.bundle.via.length) cur.bundle = o.bundle;
      }
    }

  // Group by (origin, lineage, sequence): one bundle, or one complete part set, per group — else a fork.
  const groups = new Map<string, VerifiedBundle[]>();
  for (const { bundle } of byHash.values()) (groups.get(groupKey(bundle)) ?? groups.set(groupKey(bundle), []).get(groupKey(bundle))!).push(bundle);
  const seenByGroup = new Map<string, SeenBundle[]>();
  for (const s of policy.seen ?? []) {
    const k = `${s.origin}|${s.lineage}|${s.sequence}`;
    (seenByGroup.get(k) ?? seenByGroup.set(k, []).get(k)!).push(s);
  }
  const forks: ForkReport[] = [];
  const blocked = new Set<string>();
  const incomplete = new Map<number, FileVerdict>();
  for (const [key, bundles] of groups) {
    const seen = seenByGroup.get(key) ?? [];
    const shapes = new Set([...bundles.map((b) => b.payload.part?.setId ?? 'whole'), ...seen.map((s) => s.setId ?? 'whole')]);
    const wholeShas = new Set([...bundles.filter((b) => !b.payload.part).map((b) => b.payloadSha256), ...seen.filter((s) => s.setId === undefined).map((s) => s.payloadSha256)]);
    const partClash = (() => {
      const byIndex = new Map<number, Set<string>>();
      for (const b of bundles) if (b.payload.part) (byIndex.get(b.payload.part.index) ?? byIndex.set(b.payload.part.index, new Set()).get(b.payload.part.index)!).add(b.payloadSha256);
      for (const s of seen) if (s.part !== undefined) (byIndex.get(s.part) ?? byIndex.set(s.part, new Set()).get(s.part)!).add(s.payloadSha256);
      return [...byIndex.values()].some((set) => set.size > 1);
    })();
    if (shapes.size > 1 || wholeShas.size > 1 || partClash) {
      const first = bundles[0]!;
      forks.push({
        origin: unitRef(first.payload.origin),
        lineage: first.lineage,
        sequence: first.payload.sequence,
        variants: [
          ...seen.map((s) => ({ payloadSha256: s.payloadSha256, source: 'seen' as const })),
          ...bundles.map((b) => ({ payloadSha256: b.payloadSha256, source: Math.min(...byHash.get(b.payloadSha256)!.files), bundle: b })),
        ],
      });
      blocked.add(key);
      continue;
    }
    const parts = bundles.filter((b) => b.payload.part);
    if (parts.length > 0) {
      const seenIndexes = new Set(seen.map((s) => s.part));
      const status = checkPartSet(parts, seenIndexes);
      if (!status.complete) {
        blocked.add(key);
        for (const b of parts)
          for (const file of byHash.get(b.payloadSha256)!.files)
            incomplete.set(file, { status: 'incomplete', origin: b.payload.origin, sequence: b.payload.sequence, missing: status.missing, total: status.total });
      }
    }
  }

  // Files: a top-level bundle that forks or is incomplete is not taken; a carried one that does is left out of its carrier.
  const accepted: VerifiedBundle[] = [];
  const received: VerifiedBundle[] = [];
  for (const [file, oks] of okByFile) {
    const top = oks.find((o) => o.via.length === 0)!;
    if (blocked.has(groupKey(top.bundle))) {
      verdicts[file] = incomplete.get(file) ?? { status: 'fork', origin: top.bundle.payload.origin, sequence: top.bundle.payload.sequence };
      continue;
    }
    const carried = oks.filter((o) => o.via.length > 0 && !blocked.has(groupKey(o.bundle))).map((o) => o.bundle);
    verdicts[file] = { status: oks.some((o) => o.fresh) ? 'accepted' : 'already-imported', bundle: top.bundle, carried };
  }
  const takenFiles = new Set([...okByFile.keys()].filter((f) => verdicts[f]!.status === 'accepted' || verdicts[f]!.status === 'already-imported'));
  for (const { bundle, fresh, files: fs } of byHash.values()) {
    if (blocked.has(groupKey(bundle)) || ![...fs].some((f) => takenFiles.has(f))) continue;
    received.push(bundle);
    if (fresh) accepted.push(bundle);
  }

  // Sequences sent again under a new lineage (a unit restored from an old backup).
  type Slot = { origin: UnitRef; sequence: number; variants: Map<string, RecoveryOverlap['variants'][number]> };
  const bySeq = new Map<string, Slot>();
  const slot = (origin: string, sequence: number) => bySeq.get(`${origin}|${sequence}`) ?? bySeq.set(`${origin}|${sequence}`, { origin: { unitId: origin, name: origin, adminCode: '' }, sequence, variants: new Map() }).get(`${origin}|${sequence}`)!;
  for (const s of policy.seen ?? []) slot(s.origin, s.sequence).variants.set(s.payloadSha256, { payloadSha256: s.payloadSha256, lineage: s.lineage });
  const touched = new Set<string>();
  for (const b of received) {
    const sl = slot(b.payload.origin.unitId, b.payload.sequence);
    sl.origin = unitRef(b.payload.origin);
    sl.variants.set(b.payloadSha256, { payloadSha256: b.payloadSha256, lineage: b.lineage, bundle: b });
    touched.add(`${b.payload.origin.unitId}|${b.payload.sequence}`);
  }
  const overlaps: RecoveryOverlap[] = [];
  for (const key of touched) {
    const sl = bySeq.get(key)!;
    const lineages = [...new Set([...sl.variants.values()].map((v) => v.lineage))].sort();
    // Parts of one set share a lineage; more than one lineage is a re-sent number.
    if (lineages.length > 1) overlaps.push({ origin: sl.origin, sequence: sl.sequence, lineages, variants: [...sl.variants.values()] });
  }

  return {
    files: verdicts.map((v) => v ?? { status: 'error', error: new AppError('bundle.verify.failed') }),
    accepted: accepted.sort(compareBundles),
    received: received.sort(compareBundles),
    forks,
    overlaps: overlaps.sort((a, b) => (a.origin.unitId < b.origin.unitId ? -1 : a.origin.unitId > b.origin.unitId ? 1 : a.sequence - b.sequence)),
    rotations: learnt.filter((r) => received.some((b) => b.kid === r.signedByKid && b.payload.sequence === r.sequence)),
  };
}

/** A stable order (origin, lineage, sequence, part), so plans do not depend on the order files were picked. */
export function compareBundles(a: VerifiedBundle, b: VerifiedBundle): number {
  const x = a.payload;
  const y = b.payload;
  if (x.origin.unitId !== y.origin.unitId) return x.origin.unitId < y.origin.unitId ? -1 : 1;
  if (a.lineage !== b.lineage) return a.lineage < b.lineage ? -1 : 1;
  if (x.sequence !== y.sequence) return x.sequence - y.sequence;
  return (x.part?.index ?? 0) - (y.part?.index ?? 0);
}
