/**
 * The Dexie database: every schema version in ascending order, each with a one-line
 * comment. A version keeps its upgrade() forever; each has a migration test in
 * test/db/schema-migrations.test.ts on a fixture database of the version before.
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Fonds, Operator, UnitProfile } from '../core/unit';
import type { JournalEntry } from '../core/journal';
import type { IncomingDoc, IssuingBody, OutgoingDoc, Register } from './register-records';
import { deriveIncoming, deriveOutgoing } from './register-derived';
import type {
  BundleArchiveRow,
  CustodyRow,
  ExportLogRow,
  ForkRow,
  HeldClaimRow,
  KeyRotationRow,
  OriginStatsRow,
  OwnershipRow,
  ReceivedBundleRow,
  SigningKeyRow,
  TrustedKeyRow,
} from './exchange/rows';
import { migrateToV6 } from './migrations/v6-bundle-authority';
import { migrateToV10 } from './migrations/v10-foreign-blocks';
import type { ForeignBlockRow, ForeignDirRow } from './foreign/foreign-store';
import type { RevokedKey } from '../core/bundle/rotation';
import type { Box, Dossier, ProcessingJob } from '../core/dossiers/types';
import type { BackupLogRow } from './backup/backup-log';
import type { DossierDoc } from '../core/processing/types';
import type { Appraisal, AppraisalItem, DepositBatch, DepositReceipt, Loan, LoanItem, RetentionItem, RetentionSchedule, StatReport } from '../core/duties/types';
import { withDossierDerived } from '../core/duties/dossier-fields';

/** Local, non-replicated key/value settings (this PC's unit, the clock, language…). */
export type SettingRow = { readonly key: string; readonly value: unknown };

/** What the person was typing, kept so nothing is lost on reload or crash. */
export type DraftRow = { readonly key: string; readonly value: unknown; readonly updatedAt: string };

export const DB_NAME = 'luutru';

export class LuutruDb extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  drafts!: EntityTable<DraftRow, 'key'>;
  journal!: EntityTable<JournalEntry, 'seq'>;
  units!: EntityTable<UnitProfile, 'id'>;
  fonds!: EntityTable<Fonds, 'id'>;
  operators!: EntityTable<Operator, 'id'>;
  registers!: EntityTable<Register, 'id'>;
  issuingBodies!: EntityTable<IssuingBody, 'id'>;
  incomingDocs!: EntityTable<IncomingDoc, 'id'>;
  outgoingDocs!: EntityTable<OutgoingDoc, 'id'>;
  signingKeys!: EntityTable<SigningKeyRow, 'kid'>;
  trustedKeys!: EntityTable<TrustedKeyRow, 'kid'>;
  revokedKeys!: EntityTable<RevokedKey, 'kid'>;
  keyRotations!: Table<KeyRotationRow, [string, string]>;
  receivedBundles!: EntityTable<ReceivedBundleRow, 'payloadSha256'>;
  bundleArchive!: EntityTable<BundleArchiveRow, 'payloadSha256'>;
  exportLog!: EntityTable<ExportLogRow, 'id'>;
  heldClaims!: Table<HeldClaimRow, [string, string, string]>;
  custody!: Table<CustodyRow, [string, string]>;
  ownership!: Table<OwnershipRow, [string, string]>;
  forks!: EntityTable<ForkRow, 'id'>;
  originStats!: EntityTable<OriginStatsRow, 'origin'>;
  foreignBlocks!: Table<ForeignBlockRow, [string, string, number]>;
  foreignDirs!: Table<ForeignDirRow, [string, string]>;
  dossiers!: EntityTable<Dossier, 'id'>;
  boxes!: EntityTable<Box, 'id'>;
  processingJobs!: EntityTable<ProcessingJob, 'id'>;
  backupLog!: EntityTable<BackupLogRow, 'id'>;
  dossierDocs!: EntityTable<DossierDoc, 'id'>;
  retentionSchedules!: EntityTable<RetentionSchedule, 'id'>;
  retentionItems!: EntityTable<RetentionItem, 'id'>;
  depositBatches!: EntityTable<DepositBatch, 'id'>;
  depositReceipts!: EntityTable<DepositReceipt, 'id'>;
  appraisals!: EntityTable<Appraisal, 'id'>;
  appraisalItems!: EntityTable<AppraisalItem, 'id'>;
  loans!: EntityTable<Loan & { readonly openDue?: string }, 'id'>;
  loanItems!: EntityTable<LoanItem, 'id'>;
  statReports!: EntityTable<StatReport, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // v1: foundation — unit profile, fonds, operators, change journal, drafts, settings.
    this.version(1).stores({
      settings: '&key',
      drafts: '&key, updatedAt',
      journal: '++seq, at, *recordIds',
      units: 'id, clock',
      fonds: 'id, unitId, clock',
      operators: 'id, unitId, clock',
    });
    // v2: registers of incoming/outgoing documents; numbers unique per register (enforced here, not only in the UI).
    this.version(2).stores({
      registers: 'id, [unitId+kind+year], clock',
      issuingBodies: 'id, unitId, clock',
      incomingDocs: 'id, &[registerId+arrivalNumber], clock',
      outgoingDocs: 'id, &[registerId+number], clock',
    });
    // v3: signed bundles — this unit's keys, trusted keys of others, bundles seen, exports made, held conflicts.
    this.version(3).stores({
      signingKeys: '&kid, unitId',
      trustedKeys: '&kid, unitId',
      revokedKeys: '&kid',
      keyRotations: '&[newKid+signedByKid]',
      seenBundles: '&[origin+sequence+partKey], origin',
      exportLog: '++id, sequence',
      heldRecords: '&[table+id], table',
    });
    // v4: register entries indexed by duplicate key (Phụ lục VI warning) and open deadline (follow-up list).
    this.version(4)
      .stores({
        incomingDocs: 'id, &[registerId+arrivalNumber], clock, dupKey, openDeadline',
        outgoingDocs: 'id, &[registerId+number], clock, dupKey',
      })
      .upgrade(async (tx) => {
        await tx.table('incomingDocs').toCollection().modify((d: Record<string, unknown>) => {
          Object.assign(d, deriveIncoming(d as never));
          if (d.openDeadline === undefined) delete d.openDeadline;
        });
        const bodies = new Map<string, string>();
        await tx.table('issuingBodies').each((b: { id: string; name: string }) => bodies.set(b.id, b.name));
        const registers = new Map<string, string>();
        await tx.table('registers').each((r: { id: string; issuingBodyId?: string }) => registers.set(r.id, bodies.get(r.issuingBodyId ?? '') ?? ''));
        await tx.table('outgoingDocs').toCollection().modify((d: Record<string, unknown>) => {
          Object.assign(d, deriveOutgoing(d as never, registers.get(String(d.registerId)) ?? ''));
        });
      });
    // v5: dossiers (hồ sơ) by fonds and year, boxes (hộp), backlog processing jobs (đợt chỉnh lý).
    this.version(5).stores({
      dossiers: 'id, [fondsId+year], unitId, boxId, clock',
      boxes: 'id, fondsId, unitId, clock',
      processingJobs: 'id, fondsId, unitId, clock',
    });
    // v6: bundle authority — bundles received per key lineage (and carried ones), their signed files, held claims per
    // origin, custody (mergers/transfers), ownership decisions, forks, per-origin counters; rotations by sequence.
    // seenBundles and heldRecords are moved into receivedBundles and heldClaims and left empty (dropped in a later version).
    this.version(6)
      .stores({
        receivedBundles: '&payloadSha256, origin, [origin+lineage+sequence], carriedIn',
        bundleArchive: '&payloadSha256, origin, receivedAt',
        heldClaims: '&[table+id+origin], table, reason, parentKey, numberKey, origin',
        custody: '&[carrierUnitId+carriedUnitId], carriedUnitId',
        ownership: '&[table+id]',
        forks: '++id, origin, [origin+lineage+sequence]',
        originStats: '&origin',
        registers: 'id, [unitId+kind+year], clock, issuingBodyId',
      })
      .upgrade(migrateToV6);
    // v7: backlog processing — slips (backlog dossiers) by job order and temporary number, boxes by job, documents inside dossiers.
    this.version(7).stores({
      dossiers: 'id, [fondsId+year], unitId, boxId, clock, [jobId+position], [jobId+tempNumber]',
      boxes: 'id, fondsId, unitId, clock, jobId',
      dossierDocs: 'id, [dossierId+position], fondsId, clock, incomingDocId, outgoingDocId',
    });
    // v8: backups made from and restores made into this profile (never itself backed up: a backup cannot hold its own record);
    // entries' duplicate keys derived again (the key gained the document's year after v4; entries written before kept the old one).
    this.version(8)
      .stores({
        backupLog: '++id, at',
      })
      .upgrade(rederiveEntries);
    // v10: other units' records kept in blocks per origin and table (foreign-store.ts), not one row each.
    this.version(10)
      .stores({
        foreignBlocks: '&[origin+table+block]',
        foreignDirs: '&[origin+table], table',
      })
      .upgrade(migrateToV10);
    // v12: the archive's duties — retention schedule versions and items, deposit batches and receipts, appraisals and
    // destruction, loans, yearly statistics reports; dossiers indexed by deposit count start and expiry year (derived),
    // keeping v7's job indexes (a version's spec of a table replaces the earlier one).
    this.version(12)
      .stores({
        dossiers: 'id, [fondsId+year], unitId, boxId, clock, [jobId+position], [jobId+tempNumber], [unitId+depositFrom], [unitId+expiresYear], depositBatchId, retentionItemId',
        retentionSchedules: 'id, unitId, clock',
        retentionItems: 'id, scheduleId, unitId, clock',
        depositBatches: 'id, unitId, fondsId, clock',
        depositReceipts: 'id, batchId, unitId, clock',
        appraisals: 'id, unitId, fondsId, clock',
        appraisalItems: 'id, appraisalId, dossierId, clock',
        loans: 'id, unitId, [unitId+openDue], loanDate, clock',
        loanItems: 'id, loanId, dossierId, clock',
        statReports: 'id, [unitId+year], year, clock',
      })
      .upgrade(async (tx) => {
        await tx.table('dossiers').toCollection().modify((d: Dossier, ref: { value: Dossier }) => {
          ref.value = withDossierDerived(d);
        });
      });
    // v13: the dossier list reads the rows on screen from index ranges: dossiers by fonds, year and notation order
    // (all, and without removed ones), and by the arranging step they wait for (derived: core/dossiers/list-keys.ts).
    this.version(13)
      .stores({
        dossiers:
          'id, [fondsId+year], unitId, boxId, clock, [jobId+position], [jobId+tempNumber], [unitId+depositFrom], [unitId+expiresYear], depositBatchId, retentionItemId, [fondsId+year+listKey], [fondsId+year+liveKey], [fondsId+arrangeStage+year]',
      })
      .upgrade(async (tx) => {
        await tx.table('dossiers').toCollection().modify((d: Dossier, ref: { value: Dossier }) => {
          ref.value = withDossierDerived(d);
        });
      });
    // v14: the dossier list in the file plan's order — by major heading, then notation (`planKey`,
    // `livePlanKey`); the notation-ordered index stays for the next number and the form's hints.
    this.version(14)
      .stores({
        dossiers:
          'id, [fondsId+year], unitId, boxId, clock, [jobId+position], [jobId+tempNumber], [unitId+depositFrom], [unitId+expiresYear], depositBatchId, retentionItemId, [fondsId+year+listKey], [fondsId+year+liveKey], [fondsId+year+planKey], [fondsId+year+livePlanKey], [fondsId+arrangeStage+year]',
      })
      .upgrade(async (tx) => {
        await tx.table('dossiers').toCollection().modify((d: Dossier, ref: { value: Dossier }) => {
          ref.value = withDossierDerived(d);
        });
      });
  }
}

/** Every table name, for typed transaction scopes. */
export type TableName = {
  // Structural (a Dexie Table has a schema and bulkPut): Table's generics are invariant.
  [K in keyof LuutruDb]: LuutruDb[K] extends { readonly schema: unknown; bulkPut: unknown; core: unknown } ? K : never;
}[keyof LuutruDb] &
  string;

/** v8: derives the indexed fields of every register entry again, as v4 did (the duplicate key's format changed since). */
async function rederiveEntries(tx: Transaction): Promise<void> {
  await tx.table('incomingDocs').toCollection().modify((d: Record<string, unknown>) => {
    Object.assign(d, deriveIncoming(d as never));
    if (d.openDeadline === undefined) delete d.openDeadline;
  });
  const bodies = new Map<string, string>();
  await tx.table('issuingBodies').each((b: { id: string; name: string }) => bodies.set(b.id, b.name));
  const registers = new Map<string, string>();
  await tx.table('registers').each((r: { id: string; issuingBodyId?: string }) => registers.set(r.id, bodies.get(r.issuingBodyId ?? '') ?? ''));
  await tx.table('outgoingDocs').toCollection().modify((d: Record<string, unknown>) => {
    Object.assign(d, deriveOutgoing(d as never, registers.get(String(d.registerId)) ?? ''));
  });
}

/** Opens the database (creating or upgrading it). */
export async function openDb(name: string = DB_NAME): Promise<LuutruDb> {
  const db = new LuutruDb(name);
  await db.open();
  return db;
}
