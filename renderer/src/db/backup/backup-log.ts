/**
 * The backup log (schema v8): every backup made from this profile and every restore
 * made into it. It is local to this PC and is never itself in a backup (a backup cannot
 * hold the record of its own making), so restoring leaves the restored tables' content
 * hashes exactly as they were. The home screen reads it for "last backup" and reminders.
 */
import type { LuutruDb } from '../schema';

export type BackupKind = 'backup' | 'auto-backup' | 'safety-backup' | 'restore';

export type BackupLogRow = {
  readonly id?: number;
  readonly kind: BackupKind;
  /** When it finished (a restore in progress: when it started). ISO date-time. */
  readonly at: string;
  readonly status: 'done' | 'in-progress';
  readonly fileName: string;
  readonly operator: string;
  /** Records in the file (all tables). */
  readonly rows: number;
  readonly bytes?: number;
  /** The journal's last seq the backup holds: "N new entries since the last backup" counts after it. */
  readonly journalSeq: number;
  /** Restore: when the backup it came from was made. */
  readonly backupCreatedAt?: string;
};

/**
 * In one read, newest first: `last`, the newest finished backup of any kind made here or restored into here (what the
 * data here was last saved to or came from), and `made`, the newest backup file of the data as it was used here — no
 * restore, nor the copy a restore makes of the data it replaces (that copy read as the last backup).
 */
export async function lastBackups(db: LuutruDb): Promise<{ readonly last?: BackupLogRow; readonly made?: BackupLogRow }> {
  let last: BackupLogRow | undefined;
  let made: BackupLogRow | undefined;
  await db.backupLog
    .orderBy('at')
    .reverse()
    .until(() => made !== undefined)
    .each((r) => {
      if (r.status !== 'done') return;
      last ??= r;
      if (r.kind !== 'restore' && r.kind !== 'safety-backup') made = r;
    });
  return { ...(last ? { last } : {}), ...(made ? { made } : {}) };
}

/** A restore that started and never finished (the tab was closed, the disk filled…). */
/** When the last automatic backup finished, or undefined. */
export async function lastAutoBackupAt(db: LuutruDb): Promise<string | undefined> {
  let at: string | undefined;
  await db.backupLog
    .orderBy('at')
    .reverse()
    .until(() => at !== undefined)
    .each((r) => {
      if (r.kind === 'auto-backup' && r.status === 'done') at = r.at;
    });
  return at;
}

export async function unfinishedRestore(db: LuutruDb): Promise<BackupLogRow | undefined> {
  const rows = await db.backupLog.where('at').above('').toArray();
  return rows.find((r) => r.kind === 'restore' && r.status === 'in-progress');
}

export async function listBackupLog(db: LuutruDb, limit = 20): Promise<BackupLogRow[]> {
  return db.backupLog.orderBy('at').reverse().limit(limit).toArray();
}

export async function recordBackup(db: LuutruDb, row: Omit<BackupLogRow, 'id'>): Promise<number> {
  return (await db.backupLog.add(row)) as number;
}
