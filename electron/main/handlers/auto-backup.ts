/**
 * The desktop app's daily automatic backup, main-process side: its settings (folder, how
 * many to keep) in a small JSON file in userData — the renderer never names a path — the
 * names of automatic backups, and the rotation that keeps the newest `keep` of them for a
 * unit (files the clerk put in the folder by hand are never touched). Tested in Node.
 */
import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite } from './files';

export type AutoBackupConfig = { readonly enabled: boolean; readonly folder?: string; readonly keep: number };
export const DEFAULT_AUTO_BACKUP: AutoBackupConfig = { enabled: false, keep: 7 };

export async function readAutoBackupConfig(file: string): Promise<AutoBackupConfig> {
  try {
    const raw = JSON.parse(await readFile(file, 'utf8')) as Partial<AutoBackupConfig>;
    return {
      enabled: raw.enabled === true,
      ...(typeof raw.folder === 'string' && raw.folder ? { folder: raw.folder } : {}),
      keep: typeof raw.keep === 'number' && Number.isInteger(raw.keep) && raw.keep >= 1 && raw.keep <= 365 ? raw.keep : DEFAULT_AUTO_BACKUP.keep,
    };
  } catch {
    return DEFAULT_AUTO_BACKUP;
  }
}

export async function writeAutoBackupConfig(file: string, config: AutoBackupConfig): Promise<void> {
  await atomicWrite(file, new TextEncoder().encode(`${JSON.stringify(config, null, 2)}\n`));
}

/** An automatic backup's file name: "<unit code>_<yyyy-mm-dd>_<hhmm>_tu-dong.luutru-backup". */
export function isAutoBackupOf(name: string, unitCode: string): boolean {
  return name.startsWith(`${unitCode}_`) && /^\d{2,5}_\d{4}-\d{2}-\d{2}_\d{4}(_mau)?_tu-dong\.luutru-backup$/.test(name);
}

/** A safe file name from the renderer for an automatic backup, or undefined. */
export function checkAutoBackupName(name: string, unitCode: string): string | undefined {
  return /^\d{2,5}$/.test(unitCode) && isAutoBackupOf(name, unitCode) ? name : undefined;
}

/** Which automatic backups of `unitCode` go, keeping the newest `keep` (names sort by date and time). */
export function backupsToRemove(names: readonly string[], unitCode: string, keep: number): string[] {
  const mine = names.filter((n) => isAutoBackupOf(n, unitCode)).sort().reverse();
  return mine.slice(Math.max(1, keep));
}

/** Deletes the automatic backups beyond the newest `keep`; returns the names removed. */
export async function rotateAutoBackups(folder: string, unitCode: string, keep: number): Promise<string[]> {
  const gone = backupsToRemove(await readdir(folder), unitCode, keep);
  for (const name of gone) await unlink(join(folder, name)).catch(() => undefined);
  return gone;
}
