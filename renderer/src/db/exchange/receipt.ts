/**
 * The dry-run receipt of an import (biên nhận nhập dữ liệu), as plain data the worker sends
 * to the screen: each picked file and what it carries, keys to confirm, custody to record,
 * what the plan would write or hold and why (naming the units involved), forks with what
 * differs, and sequences a restored unit sent again.
 */
import { diffPayloads } from '../../core/bundle/diff';
import type { IdentityWarning } from '../../core/bundle/identity';
import type { Fingerprint } from '../../core/bundle/keys';
import type { HeldReason, ImportPlan, RejectionCode, TablePlanSummary } from '../../core/bundle/import-plan';
import type { BundleCounts, BundlePayload, BundleRecord, KeyRecovery, PublicJwk, ReplicatedTable } from '../../core/bundle/schema';
import { archivedPayload } from './archive';
import type { SelectionResult, UnitRef } from '../../core/bundle/selection';
import type { ClaimedSender, TrustPolicy, VerifiedBundle } from '../../core/bundle/verify';
import type { LuutruDb } from '../schema';
import type { ForkDiff, ForkRow, ReceivedBundleRow } from './rows';
import { lostReported } from '../../core/bundle/rotation';
import { AppError } from '../../core/errors';

export type CarriedReceipt = {
  readonly origin: UnitRef;
  readonly sequence: number;
  readonly part?: number;
  readonly counts: BundleCounts;
  readonly payloadSha256: string;
  readonly alreadyReceived: boolean;
};

export type ConfirmationReceipt = {
  readonly kind: 'first-contact' | 'new-key' | 'key-recovery';
  readonly origin: UnitRef;
  readonly kid: string;
  readonly signerKey: PublicJwk;
  readonly fingerprint: Fingerprint;
  readonly counts: BundleCounts;
  readonly sequence: number;
  readonly createdAt: string;
  readonly recovery?: KeyRecovery;
  readonly warnings: readonly IdentityWarning[];
  /** Units it was carried through (names), outermost first. */
  readonly via: readonly string[];
};

export type FileReceipt = {
  readonly name: string;
  readonly status: SelectionResult['files'][number]['status'];
  readonly payloadSha256?: string;
  readonly origin?: UnitRef;
  readonly sequence?: number;
  readonly part?: { readonly index: number; readonly total: number };
  readonly createdAt?: string;
  readonly fingerprint?: Fingerprint;
  readonly counts?: BundleCounts;
  readonly carried?: readonly CarriedReceipt[];
  readonly confirmations?: readonly ConfirmationReceipt[];
  readonly custody?: { readonly carrier: UnitRef; readonly carried: readonly UnitRef[] };
  readonly missing?: readonly number[];
  readonly total?: number;
  readonly error?: { readonly code: string; readonly params: Readonly<Record<string, string | number>> };
  /** The sender a refused file names (not verified). */
  readonly claimed?: ClaimedSender;
  /**
   * Signed with a key its unit reported lost (a key recovery confirmed since, `reportedAt`): taken in
   * only when a person decides, for this bundle, that it was made on the old PC before the loss.
   */
  readonly lostKey?: { readonly reportedAt: string };
};

/** An import's journal line, in both stores: the files, and those a person took in though signed with a key reported lost. */
export function importJournalDetail(files: readonly { readonly name: string }[], receipt: Pick<ImportReceipt, 'files'>): string {
  const lost = receipt.files.filter((f) => f.status === 'accepted' && f.lostKey).map((f) => f.name);
  return `${files.map((f) => f.name).join(', ')}${lost.length ? `; nhập dù ký bằng khóa đơn vị đã báo mất (người nhập xác nhận gói lập trước khi mất): ${lost.join(', ')}` : ''}`;
}

/**
 * Refuses an apply that would take in a bundle signed with a key reported lost without a person's
 * decision for that very bundle (`accepted`: the payloads decided). Both stores check it.
 */
export function assertLostKeyDecided(receipt: Pick<ImportReceipt, 'files'>, accepted: readonly string[] = []): void {
  const undecided = receipt.files.find((f) => f.status === 'accepted' && f.lostKey && !accepted.includes(f.payloadSha256 ?? ''));
  if (undecided) throw new AppError('import.lostKeyUndecided', { name: undecided.name, unit: undecided.origin?.name ?? '' });
}

/** A record and what it is, for a person: its table, its number or notation, its title. */
export type RecordLabel = { readonly table: ReplicatedTable; readonly id: string; readonly number?: string; readonly title: string };

export type HeldReceipt = RecordLabel & {
  readonly origin: UnitRef;
  readonly reason: HeldReason;
  /** The unit on the other side (parent's owner, other claimant) or the record keeping the number. */
  readonly other?: string;
};
export type RejectedReceipt = RecordLabel & { readonly origin: UnitRef; readonly code: RejectionCode };

export type ImportReceipt = {
  readonly files: readonly FileReceipt[];
  readonly tables: Readonly<Partial<Record<ReplicatedTable, TablePlanSummary>>>;
  readonly held: readonly HeldReceipt[];
  readonly rejected: readonly RejectedReceipt[];
  readonly forks: readonly ForkRow[];
  /** Sequences a restored unit sent again under a new key, with what differs. */
  readonly overlaps: readonly ForkRow[];
  readonly origins: readonly UnitRef[];
  /** Records the plan writes to their tables. */
  readonly writes: number;
  /**
   * Of `writes`, records held from bundles received before (a register's entries that came ahead of their register) and
   * taken in now, which no file of this import carries: the tables count this import's records only, and "6 bản ghi" on
   * the button stood over tables summing to 5.
   */
  readonly takenFromHeld: number;
  readonly heldCount: number;
  /** Bundles recorded as received that were not before (even with nothing new in them). */
  readonly newlyReceived: number;
  readonly canApply: boolean;
  readonly isEmpty: boolean;
};

const MAX_LISTED = 500;

/**
 * The keys a check asks to confirm, each once — the first file's question — with the files it signs (their places in
 * `files`), in the order first met: two files of one new unit asked twice, with the same ten words, and trusting one
 * took both away. The import's receipt and the trusted-keys page ask through it.
 */
export function keysToConfirm(receipt: Pick<ImportReceipt, 'files'>): { readonly confirmation: ConfirmationReceipt; readonly files: readonly number[] }[] {
  const byKid = new Map<string, { confirmation: ConfirmationReceipt; files: number[] }>();
  receipt.files.forEach((f, i) => {
    if (f.status !== 'needs-confirmation') return;
    for (const c of f.confirmations ?? []) {
      const seen = byKid.get(c.kid);
      if (seen) seen.files.push(i);
      else byKid.set(c.kid, { confirmation: c, files: [i] });
    }
  });
  return [...byKid.values()];
}

/**
 * Held claims the plan writes to their table that no file of this import carries (see `ImportReceipt.takenFromHeld`).
 * Only the tables with releases are looked at: an import that releases nothing costs nothing here.
 */
function heldTakenIn(plan: ImportPlan, selection: SelectionResult): number {
  if (plan.releases.length === 0) return 0;
  const tables = new Set(plan.releases.map((r) => r.table));
  const key = (table: string, id: string, origin: string) => `${table}\u0000${id}\u0000${origin}`;
  const written = new Set(plan.puts.filter((p) => tables.has(p.table)).map((p) => key(p.table, p.record.id, p.record.origin)));
  const carried = new Set(selection.accepted.flatMap((b) => [...tables].flatMap((t) => (b.payload.records[t] ?? []).map((r) => key(t, r.id, r.origin)))));
  return plan.releases.filter((r) => written.has(key(r.table, r.id, r.origin)) && !carried.has(key(r.table, r.id, r.origin))).length;
}

export function recordLabel(table: ReplicatedTable, r: BundleRecord): RecordLabel {
  const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
  const number =
    table === 'incomingDocs' ? text(r.arrivalNumber) : table === 'outgoingDocs' ? text(r.numberText ?? r.number) : table === 'dossiers' ? text(r.notation) : table === 'boxes' ? text(r.number) : undefined;
  const title = text(r.summary) ?? text(r.title) ?? text(r.name) ?? '';
  return { table, id: r.id, ...(number !== undefined ? { number } : {}), title: title.slice(0, 200) };
}

function names(policy: TrustPolicy, selection: SelectionResult): (unitId: string) => UnitRef {
  const m = new Map<string, UnitRef>();
  for (const k of policy.knownUnits ?? []) m.set(k.unitId, k);
  const add = (b: VerifiedBundle) => m.set(b.payload.origin.unitId, { unitId: b.payload.origin.unitId, name: b.payload.origin.name, adminCode: b.payload.origin.adminCode });
  for (const b of selection.received) add(b);
  for (const f of selection.files) if (f.status === 'needs-confirmation') for (const c of f.confirmations) m.set(c.origin.unitId, { unitId: c.origin.unitId, name: c.origin.name, adminCode: c.origin.adminCode });
  return (unitId) => m.get(unitId) ?? { unitId, name: unitId, adminCode: '' };
}

/** What fork rows read from a receiver's store: kept payloads and the bundles received. */
export type ForkLookup = {
  readonly payload: (payloadSha256: string) => Promise<BundlePayload | undefined>;
  readonly received: (payloadSha256s: readonly string[]) => Promise<(Pick<ReceivedBundleRow, 'createdAt' | 'counts' | 'fileName'> | undefined)[]>;
};

async function diffOf(lookup: ForkLookup, variants: readonly { payloadSha256: string; bundle?: VerifiedBundle }[]): Promise<ForkDiff | undefined> {
  const payloads: (BundlePayload | undefined)[] = [];
  for (const v of variants.slice(0, 2)) payloads.push(v.bundle?.payload ?? (await lookup.payload(v.payloadSha256)));
  if (!payloads[0] || !payloads[1]) return undefined;
  const d = diffPayloads(payloads[0], payloads[1]);
  return {
    onlyIn: d.onlyIn.map((o) => ({ variant: o.variant, ...recordLabel(o.table, o.record) })),
    changed: d.changed.map((c) => ({ ...recordLabel(c.table, c.b), fields: c.fields })),
    truncated: d.truncated,
  };
}

/** Fork and overlap rows with what differs (the earlier bundle's content comes from the kept signed files). */
export function forkRows(db: LuutruDb, selection: SelectionResult, files: readonly { name: string }[], now: Date): Promise<ForkRow[]> {
  return forkRowsFrom({ payload: (sha) => archivedPayload(db, sha), received: (shas) => db.receivedBundles.bulkGet([...shas]) }, selection, files, now);
}

/** Fork and overlap rows from any store (IndexedDB here, PostgreSQL at a province archive). */
export async function forkRowsFrom(lookup: ForkLookup, selection: SelectionResult, files: readonly { name: string }[], now: Date): Promise<ForkRow[]> {
  const out: ForkRow[] = [];
  /** The picked file a bundle of this selection came in (itself or carried), by its digest. */
  const pickedName = (sha: string): string | undefined => {
    const i = selection.files.findIndex((v) => (v.status === 'accepted' || v.status === 'already-imported') && (v.bundle.payloadSha256 === sha || v.carried.some((c) => c.payloadSha256 === sha)));
    return i >= 0 ? files[i]?.name : undefined;
  };
  for (const o of selection.overlaps) {
    // The version taken in before first, then the one arriving now.
    const variants = [...o.variants].sort((a, b) => Number(!!a.bundle) - Number(!!b.bundle));
    const diff = await diffOf(lookup, variants);
    const received = await lookup.received(variants.map((v) => v.payloadSha256));
    out.push({
      kind: 'overlap',
      origin: o.origin.unitId,
      originName: o.origin.name,
      lineage: o.lineages.join(','),
      sequence: o.sequence,
      variants: variants.map((v, i) => ({
        payloadSha256: v.payloadSha256,
        taken: true,
        ...(v.bundle
          ? { createdAt: v.bundle.payload.createdAt, counts: v.bundle.payload.counts, ...(pickedName(v.payloadSha256) ? { fileName: pickedName(v.payloadSha256)! } : {}) }
          : received[i]
            ? { createdAt: received[i]!.createdAt, counts: received[i]!.counts, fileName: received[i]!.fileName }
            : {}),
      })),
      ...(diff ? { diff } : {}),
      detectedAt: now.toISOString(),
    });
  }
  for (const f of selection.forks) {
    const diff = await diffOf(lookup, f.variants);
    const received = await lookup.received(f.variants.map((v) => v.payloadSha256));
    out.push({
      kind: 'fork',
      origin: f.origin.unitId,
      originName: f.origin.name,
      lineage: f.lineage,
      sequence: f.sequence,
      variants: f.variants.map((v, i) => ({
        payloadSha256: v.payloadSha256,
        taken: v.source === 'seen',
        ...(v.bundle ? { createdAt: v.bundle.payload.createdAt, counts: v.bundle.payload.counts } : received[i] ? { createdAt: received[i]!.createdAt, counts: received[i]!.counts } : {}),
        ...(typeof v.source === 'number' ? { fileName: files[v.source]?.name ?? '' } : received[i] ? { fileName: received[i]!.fileName } : {}),
      })),
      ...(diff ? { diff } : {}),
      detectedAt: now.toISOString(),
    });
  }
  return out;
}

export function buildReceipt(
  input: {
    selection: SelectionResult;
    plan: ImportPlan | undefined;
    files: readonly { name: string }[];
    forks: readonly ForkRow[];
    alreadyReceived: ReadonlySet<string>;
    policy: TrustPolicy;
  },
): ImportReceipt {
  const { selection, plan, files, forks, alreadyReceived, policy } = input;
  const unit = names(policy, selection);
  const fileReceipts: FileReceipt[] = selection.files.map((v, i): FileReceipt => {
    const name = files[i]?.name ?? '';
    switch (v.status) {
      case 'accepted':
      case 'already-imported': {
        const p = v.bundle.payload;
        const lost = v.status === 'accepted' ? lostReported(p.origin.unitId, v.bundle.lineage, policy.trustedKeys, policy.revoked ?? []) : undefined;
        return {
          name,
          status: v.status,
          ...(lost !== undefined ? { lostKey: { reportedAt: lost } } : {}),
          payloadSha256: v.bundle.payloadSha256,
          origin: unit(p.origin.unitId),
          sequence: p.sequence,
          ...(p.part ? { part: { index: p.part.index, total: p.part.total } } : {}),
          createdAt: p.createdAt,
          fingerprint: v.bundle.fingerprint,
          counts: p.counts,
          carried: v.carried.map((c) => ({
            origin: unit(c.payload.origin.unitId),
            sequence: c.payload.sequence,
            ...(c.payload.part ? { part: c.payload.part.index } : {}),
            counts: c.payload.counts,
            payloadSha256: c.payloadSha256,
            alreadyReceived: alreadyReceived.has(c.payloadSha256),
          })),
        };
      }
      case 'needs-confirmation':
        return {
          name,
          status: v.status,
          ...(v.origin ? { origin: unit(v.origin.unitId) } : {}),
          confirmations: v.confirmations.map((c) => ({
            kind: c.kind,
            origin: { unitId: c.origin.unitId, name: c.origin.name, adminCode: c.origin.adminCode },
            kid: c.kid,
            signerKey: c.signerKey,
            fingerprint: c.fingerprint,
            counts: c.counts,
            sequence: c.sequence,
            createdAt: c.createdAt,
            ...(c.recovery ? { recovery: c.recovery } : {}),
            warnings: c.warnings,
            via: c.via.map((x) => x.name),
          })),
        };
      case 'needs-custody':
        return { name, status: v.status, origin: v.carrier, custody: { carrier: v.carrier, carried: v.carried } };
      case 'incomplete':
        return { name, status: v.status, origin: unit(v.origin.unitId), sequence: v.sequence, missing: v.missing, total: v.total };
      case 'fork':
        return { name, status: v.status, origin: unit(v.origin.unitId), sequence: v.sequence };
      case 'error':
        return { name, status: v.status, ...(v.origin ? { origin: unit(v.origin.unitId) } : {}), error: { code: v.error.code, params: v.error.params }, ...(v.claimed ? { claimed: v.claimed } : {}) };
    }
  });
  const held: HeldReceipt[] = (plan?.holds ?? []).slice(0, MAX_LISTED).map((h) => ({
    ...recordLabel(h.table, h.record),
    origin: unit(h.origin),
    reason: h.reason,
    ...(h.detail ? { other: h.reason === 'number-conflict' ? h.detail : h.detail.split(',').map((o) => unit(o).name).join(', ') } : {}),
  }));
  const rejected: RejectedReceipt[] = (plan?.rejected ?? []).slice(0, MAX_LISTED).map((r) => {
    const rec = selection.accepted.flatMap((b) => b.payload.records[r.table] ?? []).find((x) => x.id === r.id && x.origin === r.origin);
    return { ...(rec ? recordLabel(r.table, rec) : { table: r.table, id: r.id, title: '' }), origin: unit(r.origin), code: r.code };
  });
  const origins = new Map<string, UnitRef>();
  for (const b of selection.received) origins.set(b.payload.origin.unitId, unit(b.payload.origin.unitId));
  const newlyReceived = selection.received.filter((b) => !alreadyReceived.has(b.payloadSha256)).length;
  const writes = plan ? plan.puts.length : 0;
  const heldCount = plan ? plan.holds.length : 0;
  const takenFromHeld = plan ? heldTakenIn(plan, selection) : 0;
  return {
    files: fileReceipts,
    tables: plan?.tables ?? {},
    held,
    rejected,
    forks: forks.filter((f) => f.kind !== 'overlap'),
    overlaps: forks.filter((f) => f.kind === 'overlap'),
    origins: [...origins.values()],
    writes,
    takenFromHeld,
    heldCount,
    newlyReceived,
    canApply: newlyReceived > 0 || forks.length > 0 || (plan !== undefined && !plan.isEmpty),
    isEmpty: newlyReceived === 0 && (!plan || plan.isEmpty),
  };
}
