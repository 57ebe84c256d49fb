/**
 * The desktop app's daily automatic backup, renderer side: while the app is open it checks
 * every hour, and when the last automatic backup is a day old it writes one into the folder
 * the main process keeps (which then keeps only the newest few). The browser host has none.
 */
import { useEffect } from 'react';
import { backupFileName } from '../../core/backup/format';
import type { LuutruDb } from '../../db/schema';
import type { PlatformApi } from '../../platform/types';
import { recordBackup } from '../../db/backup/backup-log';
import { writeBackup } from '../../db/backup/write-backup';
import { getLocalUnit } from '../../db/repositories/unit-repository';
import { isSampleProfile } from '../../db/sample/sample-flag';
import { lastAutoBackupAt } from '../../db/backup/backup-log';

export { lastAutoBackupAt };

const DAY_MS = 86_400_000;
const CHECK_MS = 3_600_000;

/** Writes an automatic backup when one is due; says what it did. */
export async function runAutoBackupIfDue(db: LuutruDb, platform: PlatformApi, operator: string, now: Date = new Date()): Promise<'off' | 'not-due' | 'done'> {
  const auto = platform.autoBackup;
  if (!auto) return 'off';
  const settings = await auto.settings();
  if (!settings.enabled || !settings.folder) return 'off';
  const last = await lastAutoBackupAt(db);
  if (last && now.getTime() - new Date(last).getTime() < DAY_MS) return 'not-due';
  const unit = await getLocalUnit(db);
  if (!unit) return 'off';
  const fileName = backupFileName(unit.adminCode, now, { sample: await isSampleProfile(db), suffix: 'tu-dong' });
  const sink = await auto.openSink({ fileName, unitCode: unit.adminCode });
  const info = await platform.appInfo();
  const result = await writeBackup(db, sink, { operator, appVersion: info.version, now });
  await recordBackup(db, { kind: 'auto-backup', at: now.toISOString(), status: 'done', fileName, operator, rows: result.rows, bytes: result.bytes, journalSeq: result.manifest.journalSeq });
  return 'done';
}

/** Runs the check at start and every hour while the app frame is shown. */
export function useAutoBackup(db: LuutruDb, platform: PlatformApi, operator: string | undefined): void {
  useEffect(() => {
    if (!platform.autoBackup || operator === undefined) return;
    const run = () => void runAutoBackupIfDue(db, platform, operator).catch(() => undefined);
    run();
    const timer = setInterval(run, CHECK_MS);
    return () => clearInterval(timer);
  }, [db, platform, operator]);
}
