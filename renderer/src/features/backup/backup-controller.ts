/**
 * Runs backups, checks and restores for the screens, outside any component's lifetime:
 * a restore empties the tables the app frame reads, so the screen that started it goes
 * away while it runs. Progress lives in a zustand store (UI state only); the data, the
 * file and the log go through db/backup. Other windows hear of a restore and reload.
 */
import { create } from 'zustand';
import { AppError } from '../../core/errors';
import { BACKUP_FILE_EXTENSION, backupFileName } from '../../core/backup/format';
import type { BackupSummary } from '../../core/backup/check';
import type { LuutruDb } from '../../db/schema';
import type { ByteSource, PlatformApi } from '../../platform/types';
import { writeBackup, type BackupResult } from '../../db/backup/write-backup';
import { checkBackup, hasData, localHoldings, restoreBackup, type LocalHoldings, type RestoreStage } from '../../db/backup/restore';
import { recordBackup, type BackupKind } from '../../db/backup/backup-log';
import { getLocalUnit } from '../../db/repositories/unit-repository';
import { isSampleProfile } from '../../db/sample/sample-flag';
import { announceToOtherWindows } from '../../platform/app-windows';
import { createSampleProfile } from '../../db/sample/make-sample';

export type TaskKind = 'backup' | 'check' | 'restore' | 'sample';
export type Task = { readonly kind: TaskKind; readonly stage: RestoreStage | 'write'; readonly done: number; readonly total: number };

type BackupUiState = {
  readonly task: Task | undefined;
  /** Shown once after a restore finished (unit name, records). */
  /** `sample`: the try-out data, never sent up (no new key to announce). */
  readonly restored: { readonly unit: string; readonly total: number; readonly sample?: boolean } | undefined;
  set(patch: Partial<Omit<BackupUiState, 'set'>>): void;
};

export const useBackupStore = create<BackupUiState>((set) => ({
  task: undefined,
  restored: undefined,
  set: (patch) => set(patch),
}));

const progress = (kind: TaskKind) => (stage: Task['stage'], done: number, total: number) => useBackupStore.getState().set({ task: { kind, stage, done, total } });

export function backupFilters(label: string) {
  return [{ name: label, extensions: [BACKUP_FILE_EXTENSION] }];
}

/**
 * Asks where to save and writes a backup there. Undefined when the person cancelled the
 * dialog. `kind` says what it is for in the log (and the safety backup's file name).
 */
export async function runBackup(
  db: LuutruDb,
  platform: PlatformApi,
  opts: { operator: string; filterLabel: string; kind?: BackupKind },
): Promise<BackupResult | undefined> {
  const unit = await getLocalUnit(db);
  if (!unit) throw new AppError('backup.noUnit');
  const now = new Date();
  const kind = opts.kind ?? 'backup';
  const name = backupFileName(unit.adminCode, now, { sample: await isSampleProfile(db), ...(kind === 'safety-backup' ? { suffix: 'truoc-khoi-phuc' } : {}) });
  const sink = await platform.saveStream({ suggestedName: name, filters: backupFilters(opts.filterLabel) });
  if (!sink) return undefined;
  const info = await platform.appInfo();
  const onProgress = progress('backup');
  try {
    const result = await writeBackup(db, sink, { operator: opts.operator, appVersion: info.version, now, onProgress: (d, t) => onProgress('write', d, t) });
    await recordBackup(db, {
      kind,
      at: new Date().toISOString(),
      status: 'done',
      fileName: result.saved.saved ? result.saved.path : name,
      operator: opts.operator,
      rows: result.rows,
      bytes: result.bytes,
      journalSeq: result.manifest.journalSeq,
    });
    return result;
  } finally {
    useBackupStore.getState().set({ task: undefined });
  }
}

/** Asks for a backup file and checks it whole (nothing written). Undefined when cancelled. */
export async function chooseAndCheck(db: LuutruDb, platform: PlatformApi, filterLabel: string): Promise<{ source: ByteSource; summary: BackupSummary } | undefined> {
  const source = await platform.openStream({ filters: backupFilters(filterLabel) });
  if (!source) return undefined;
  const onProgress = progress('check');
  try {
    const summary = await checkBackup(db, source, onProgress);
    return { source, summary };
  } finally {
    useBackupStore.getState().set({ task: undefined });
  }
}

export { hasData, localHoldings, type LocalHoldings };

/**
 * Restores a checked backup. When the profile holds data, a backup of it is made first
 * (the clerk chooses where); if that is cancelled, nothing is restored.
 */
export async function runRestore(
  db: LuutruDb,
  platform: PlatformApi,
  chosen: { source: ByteSource; summary: BackupSummary },
  opts: { operator: string; filterLabel: string },
): Promise<void> {
  if ((await hasData(db)) && (await getLocalUnit(db))) {
    const safety = await runBackup(db, platform, { operator: opts.operator, filterLabel: opts.filterLabel, kind: 'safety-backup' });
    if (!safety) throw new AppError('restore.safetyCancelled');
  }
  const onProgress = progress('restore');
  onProgress('write', 0, chosen.summary.totalRows);
  try {
    await restoreBackup(db, chosen.source, chosen.summary, { operator: opts.operator || chosen.summary.header.createdBy, onProgress });
    announceToOtherWindows('restored');
    useBackupStore.getState().set({ restored: { unit: chosen.summary.header.unit.name, total: chosen.summary.totalRows, ...(chosen.summary.header.sample ? { sample: true } : {}) } });
  } finally {
    useBackupStore.getState().set({ task: undefined });
  }
}

/**
 * Makes the sample profile. The unit exists after its first step, so the app frame would
 * appear while registers and dossiers are still being written: the task gates it until done.
 */
export async function runSample(db: LuutruDb, profile: 'commune' | 'archive'): Promise<void> {
  const onProgress = progress('sample');
  onProgress('write', 0, 1);
  try {
    await createSampleProfile(db, { profile, onProgress: (done, total) => onProgress('write', done, total) });
  } finally {
    useBackupStore.getState().set({ task: undefined });
  }
}
