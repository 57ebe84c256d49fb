/**
 * The one seam between the upper-level and exchange screens (tổng hợp cấp trên, nhập gói,
 * khóa tin cậy, cần xem xét) and the store behind them: this PC's IndexedDB (the commune
 * or merged-commune app, offline — indexeddb.ts wraps the repositories and the exchange
 * worker) or the province archive's server on the LAN (http.ts, PostgreSQL behind it).
 * Screens get it from React context (context.tsx) and never know which one it is.
 * Everything here is plain data that crosses HTTP as JSON.
 */
import type { OriginOverview } from '../core/bundle/overview';
import type { KeyRefusal } from '../core/bundle/refusals';
import type { ConsolidatedSection } from '../core/dossiers/consolidated';
import type { Holdings } from '../core/dossiers/inventory';
import type { ReplicatedTable } from '../core/bundle/schema';
import type { KeyComparison } from '../core/bundle/rotation';
import type { UnitRef } from '../core/bundle/selection';
import type { ConfirmationReceipt, ImportReceipt } from '../db/exchange/receipt';
import type { CustodyRow, ForkRow, HeldClaimRow, ReceivedBundleRow } from '../db/exchange/rows';
import type { BookUnit } from '../pdf/definitions/register-book';
import type { SearchHit } from './search-hit';
import type { ArchiveItem } from '../core/processing/archive-items';
import type { HeldBoxView, HeldDossierView } from '../core/processing/held-view';
import type { ReportsView, UnitDuties, UnitReport } from '../core/duties/upper-duties';
import type { FormUnit } from '../db/repositories/unit-repository';

export type { ArchiveItem, HeldBoxView, HeldDossierView, OriginOverview, SearchHit };

/** An archive search's hits, and whether others follow them (`more`: the server says so; the app's index does not, undefined). */
export type HeldHits = { readonly items: ArchiveItem[]; readonly more?: boolean };

export type Progress = { readonly stage: string; readonly done: number; readonly total: number };
export type OnProgress = (p: Progress) => void;

import type { KeyListRow } from '../db/exchange/key-list';
export type { KeyListRow };

/** Holdings per origin (dossiers, boxes, metres, backlog) and the metres-per-box setting they use. */
export type HoldingsResult = { readonly byOrigin: Readonly<Record<string, Holdings>>; readonly metresPerBox: number };

/** What the consolidated inventory PDF needs: the receiving unit for its header, and the sections. */
export type InventoryData = { readonly unit: BookUnit; readonly sections: readonly ConsolidatedSection[] };

/** The statistics reports the units sent (core/duties/upper-duties.ts), with the receiving unit for the printed report's header. */
export type StatReportsResult = ReportsView & { readonly unit: FormUnit };
export type { UnitDuties, UnitReport };
export type CustodyInput = { readonly kind: 'merger' | 'transfer'; readonly effectiveDate: string; readonly basis: string };

/** The receiving unit and the person acting (printed on receipts and inventories). */
export type Receiver = { readonly unitId: string; readonly name: string; readonly parentName: string; readonly operator: string };

export type UpperLevelApi = {
  readonly kind: 'indexeddb' | 'http';
  readonly receiver: Receiver;
  /**
   * What the person may do here besides reading: take in bundles (confirm keys, record custody, settle held claims),
   * and revoke keys. The app's own store: both; the archive server: as the signed-in archivist's role allows (the
   * server refuses the rest anyway; offered, they were refused only once the file was picked or the reason typed).
   */
  readonly may: { readonly import: boolean; readonly administer: boolean };
  /** Per sending unit: last bundle, gaps, days since contact, record counts. */
  overview(now: Date): Promise<OriginOverview[]>;
  holdings(): Promise<HoldingsResult>;
  /** Names of units as this store knows them (trusted keys, units received). */
  unitNames(): Promise<Readonly<Record<string, string>>>;
  /** Every entry of every unit matching the query (diacritics and case ignored), at most `limit`; null when a newer search replaced it. */
  search(query: string, options: { readonly origin?: string; readonly limit: number }, onProgress?: OnProgress): Promise<SearchHit[] | null>;
  /**
   * Every unit's dossiers, slips, boxes and documents inside dossiers (or one unit's) holding the query's words, boxes
   * first when it names a box or a place, at most `limit`, each as core archive-items shows it (a document with its
   * dossier and box, a slip with its job); null when a newer search replaced it (IndexedDB: the app's archive index;
   * the server: each dossier's, box's and document's words, archive/search.ts).
   */
  searchHeld(query: string, options: { readonly origin?: string; readonly limit: number }): Promise<ArchiveItem[] | null>;
  /** `searchHeld`, and whether others follow the first `limit` hits, where the store knows it (HeldHits). */
  findHeld(query: string, options: { readonly origin?: string; readonly limit: number }): Promise<HeldHits | null>;
  /**
   * A dossier or slip found by archive search, read-only, with its live box and the documents listed in it (core
   * held-view, one shape for both stores); null when it is not held, or was removed (a later bundle took it out).
   */
  heldDossier(id: string): Promise<HeldDossierView | null>;
  /** A box found by archive search, with the live files in it by their numbers; null when it is not held, or was removed. */
  heldBox(id: string): Promise<HeldBoxView | null>;
  /** Frees what `search` and `searchHeld` kept (the IndexedDB indexes live in a worker until the page that used them closes). */
  closeSearch(): void;
  inventory(onlyUnitId?: string): Promise<InventoryData>;
  /** The units' yearly statistics reports, one year's side by side (`year`, else the newest). */
  statReports(year?: number): Promise<StatReportsResult>;
  /** Per unit of `unitIds`: the deposits, destructions and loans its bundles brought, of `year` or of every year (a unit with none has none). */
  unitDuties(unitIds: readonly string[], year?: number): Promise<Readonly<Record<string, UnitDuties>>>;
  /** The dry run: verify the files and plan the import (nothing written); `token` names it for apply/discard. Aborting `signal` stops it (AppError exchange.cancelled). */
  prepareImport(files: readonly { name: string; data: Uint8Array }[], onProgress?: OnProgress, signal?: AbortSignal): Promise<{ token: string; receipt: ImportReceipt }>;
  /**
   * The dry run made again on the files of the dry run `token` (after a key was confirmed or a
   * custody recorded): a new token, `token` dropped. If it fails or is stopped, its files can be
   * checked again (IndexedDB: `token` still stands; over HTTP the server keeps one dry run per
   * archivist, so applying `token` then answers import.expired). The files given to
   * `prepareImport` moved to where the import runs: the exchange worker holds them, not the page.
   */
  prepareImportAgain(token: string, onProgress?: OnProgress, signal?: AbortSignal): Promise<{ token: string; receipt: ImportReceipt }>;
  /** `lostKeyAccepted`: the bundles signed with a key reported lost that the person decided to take in (receipt `lostKey`). */
  applyImport(token: string, onProgress?: OnProgress, lostKeyAccepted?: readonly string[]): Promise<{ written: number; held: number }>;
  discardImport(token: string): Promise<void>;
  /** Trusts the key of `c`, recording how the person compared its fingerprint words. */
  trustKey(c: ConfirmationReceipt, compared: KeyComparison): Promise<void>;
  /** Records that the key of `c` is not trusted, and why (a file signed with it again is met with it). */
  refuseKey(c: ConfirmationReceipt, reason: string): Promise<void>;
  /** The refusals of the key `kid` (every key's, without one), oldest first. */
  keyRefusals(kid?: string): Promise<KeyRefusal[]>;
  recordCustody(carrier: UnitRef, carried: readonly UnitRef[], input: CustodyInput): Promise<void>;
  revokeKey(kid: string, reason: string, from: string): Promise<void>;
  trustedKeys(): Promise<KeyListRow[]>;
  heldClaims(offset: number, limit: number): Promise<{ rows: HeldClaimRow[]; total: number }>;
  /** The bundles taken in, newest import first, a page at a time. */
  /** `origin`: only that unit's bundles (its own and those carried for it). */
  receivedBundles(offset: number, limit: number, origin?: string): Promise<{ rows: ReceivedBundleRow[]; total: number }>;
  decideOwner(table: ReplicatedTable, id: string, owner: string): Promise<void>;
  forks(): Promise<ForkRow[]>;
  custody(): Promise<CustodyRow[]>;
  /**
   * Runs `query` now and again whenever the data may have changed (IndexedDB: Dexie's live
   * query; HTTP: after this client's own writes, and every few seconds for other workstations).
   * Returns the unsubscribe function.
   */
  watch<T>(query: () => Promise<T>, onValue: (value: T) => void, onError: (e: unknown) => void): () => void;
};
