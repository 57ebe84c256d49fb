/** Stored shapes of the signed-bundle tables (local to this PC, never replicated). */
import type { BundleCounts, BundleRange, BundleRecord, KeyRecovery, KeyRotation, PublicJwk, ReplicatedTable } from '../../core/bundle/schema';
import type { TrustedKey } from '../../core/bundle/rotation';
import type { IdentityWarning } from '../../core/bundle/identity';
import type { Custody } from '../../core/bundle/verify';
import type { HeldClaim } from '../../core/bundle/import-plan';
import type { FlattenedJws } from '../../core/bundle/sign';
import type { HoldingsCounter } from '../../core/dossiers/inventory';

/** This unit's key pair; the private key is a non-extractable CryptoKey. */
export type SigningKeyRow = {
  readonly kid: string;
  readonly unitId: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: PublicJwk;
  readonly createdAt: string;
  readonly status: 'active' | 'retired';
  /** A rotation announcement signed by the previous key, to ship in the next bundle. */
  readonly announcement?: KeyRotation;
  /** The sequence of the bundle that carried the announcement (later bundles are signed by this key). */
  readonly announcedIn?: number;
  /** Made after a restore (the old key was lost): ship this in the next bundles until the receiver confirms it. */
  readonly recovery?: KeyRecovery;
};

export type TrustedKeyRow = TrustedKey & {
  readonly originName: string;
  /** Mã ĐVHC the unit had when its key was confirmed (first-contact guards compare it). */
  readonly adminCode?: string;
  readonly confirmedBy: string;
  readonly confirmedAt: string;
  /** How it was confirmed: first contact, a new key of a known unit, or a unit that lost its key. */
  readonly confirmedAs?: 'first-contact' | 'new-key' | 'key-recovery';
  /** The warnings its card showed, which the person read and trusted it over (the confirmation's; `readWarnings` on the server). */
  readonly confirmedOver?: readonly IdentityWarning[];
};

export type KeyRotationRow = {
  readonly newKid: string;
  readonly signedByKid: string;
  readonly announcement: KeyRotation;
  /** Sequence of the bundle that announced it (0 if unknown, from before v6). */
  readonly sequence: number;
  /** When this receiver got it ('' if unknown). */
  readonly receivedAt: string;
};

/** A bundle (or part) taken in — directly or carried inside another unit's bundle — for duplicates, forks and the overview. */
export type ReceivedBundleRow = {
  readonly payloadSha256: string;
  readonly origin: string;
  readonly lineage: string;
  readonly sequence: number;
  /** Part index, 0 for an unsplit bundle. */
  readonly partKey: number;
  readonly setId?: string;
  readonly originName: string;
  readonly adminCode: string;
  readonly signerKid: string;
  readonly createdAt: string;
  readonly importedAt: string;
  readonly importedBy: string;
  readonly fileName: string;
  readonly range: BundleRange;
  readonly counts: BundleCounts;
  /** The bundle it came inside, when carried (its file is archived within that one). */
  readonly carriedIn?: string;
  /** Names of the units it was carried through, outermost first. */
  readonly via?: readonly string[];
};

/** The signed file of a bundle received directly, exactly as signed: kept to pass on unchanged and to show what differs in a fork. */
export type BundleArchiveRow = {
  readonly payloadSha256: string;
  readonly origin: string;
  readonly sequence: number;
  readonly receivedAt: string;
} & (
  /**
   * The file's bytes as they were picked, as a Blob: IndexedDB keeps its content beside the row,
   * so keeping a 30 MB file costs the import no serializing of it (read with `archivedRowFile`).
   */
  | { readonly blob: Blob; readonly file?: undefined }
  /** The file as its three members (databases before blobs, and rows restored from a backup). */
  | { readonly file: FlattenedJws; readonly blob?: undefined }
);

/** Ghi nhận tiếp nhận phông: why a carrier may pass on another unit's records. */
export type CustodyRow = Custody;

/** A person's decision of which unit owns a record id claimed by two units. */
export type OwnershipRow = { readonly table: ReplicatedTable; readonly id: string; readonly owner: string; readonly decidedBy: string; readonly decidedAt: string };

/**
 * Two different bundles claiming one sequence of a unit: a fork (gói trùng số, the new one not
 * taken), or an overlap after a unit restored an old backup (gói gửi lại sau khôi phục: both taken
 * under different key lineages, the records merged by the usual rule) — either way, what differs.
 */
export type ForkRow = {
  readonly id?: number;
  readonly kind?: 'fork' | 'overlap';
  readonly origin: string;
  readonly originName: string;
  readonly lineage: string;
  readonly sequence: number;
  readonly variants: readonly { readonly payloadSha256: string; readonly createdAt?: string; readonly fileName?: string; readonly counts?: BundleCounts; readonly taken: boolean }[];
  /** What differs between the first two variants (records only in one, records whose fields differ). */
  readonly diff?: ForkDiff;
  readonly detectedAt: string;
};

type ForkRecordLabel = { readonly table: ReplicatedTable; readonly id: string; readonly number?: string; readonly title: string };
export type ForkDiff = {
  readonly onlyIn: readonly (ForkRecordLabel & { readonly variant: 0 | 1 })[];
  readonly changed: readonly (ForkRecordLabel & { readonly fields: readonly string[] })[];
  readonly truncated: boolean;
};

/** Live records per table of another unit, kept up to date by every import (no scans). */
export type OriginStatsRow = {
  readonly origin: string;
  readonly counts: Readonly<Partial<Record<ReplicatedTable, number>>>;
  /** The origin's holdings counters, kept by every import (absent or of another version: counted again from its blocks). */
  readonly holdings?: Readonly<Partial<Record<HoldingsCounter, number>>>;
  readonly holdingsVersion?: number;
};

/** A held claim as stored (parentKey/numberKey '' when not set, so they can be indexed). */
export type HeldClaimRow = HeldClaim & { readonly heldAt: string };

/** @deprecated v3–v5 shape, kept for the v6 migration. */
export type SeenBundleRow = {
  readonly origin: string;
  readonly sequence: number;
  /** Part index, 0 for an unsplit bundle (IndexedDB keys cannot hold undefined). */
  readonly partKey: number;
  readonly payloadSha256: string;
  readonly originName: string;
  readonly adminCode: string;
  readonly signerKid: string;
  readonly createdAt: string;
  readonly importedAt: string;
  readonly importedBy: string;
  readonly fileName: string;
  readonly range: BundleRange;
  readonly counts: BundleCounts;
};

export type ExportLogRow = {
  readonly id?: number;
  readonly sequence: number;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly range: BundleRange;
  readonly counts: BundleCounts;
  readonly fileNames: readonly string[];
  /** Highest journal seq included: the next incremental export starts after it. */
  readonly journalSeq: number;
  /** The new key announced (signed by the old one) in this bundle, if any. */
  readonly announcedKid?: string;
  /** Set when the receiver confirmed it got this bundle (from its receipt / handover record). */
  readonly acknowledgedAt?: string;
};

/** @deprecated v3–v5: an imported record held out of its table because its register number collides. */
export type HeldRecordRow = {
  readonly table: ReplicatedTable;
  readonly id: string;
  readonly record: BundleRecord;
  readonly conflictKey: string;
  readonly heldAt: string;
};
