/** Stored shapes of the signed-bundle tables (local to this PC, never replicated). */
import type { BundleCounts, BundleRange, BundleRecord, KeyRotation, PublicJwk, ReplicatedTable } from '../../core/bundle/schema';
import type { TrustedKey } from '../../core/bundle/rotation';

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
};

export type TrustedKeyRow = TrustedKey & {
  readonly originName: string;
  readonly confirmedBy: string;
  readonly confirmedAt: string;
};

export type KeyRotationRow = { readonly newKid: string; readonly signedByKid: string; readonly announcement: KeyRotation };

/** A bundle (or part) that was imported: for replay checks and the upper-level contact view. */
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

/** An imported record held out of its table because its register number collides (for a person to resolve). */
export type HeldRecordRow = {
  readonly table: ReplicatedTable;
  readonly id: string;
  readonly record: BundleRecord;
  readonly conflictKey: string;
  readonly heldAt: string;
};
