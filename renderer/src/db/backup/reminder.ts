/**
 * The backup reminder on the home screen: when the last backup was made, how many
 * changes (journal entries) came since, and whether it is time to remind — after a
 * number of days (default 7) or of changes (default 200), both settings.
 */
import type { LuutruDb } from '../schema';
import { lastBackups, type BackupLogRow } from './backup-log';

export const REMINDER_KEY = 'backup.reminder';
export type ReminderSettings = { readonly days: number; readonly entries: number };
export const DEFAULT_REMINDER: ReminderSettings = { days: 7, entries: 200 };

export type BackupStatus = {
  /** What the data here was last saved to or came from: a backup made, or a restore (the data is then that backup's). */
  readonly last: BackupLogRow | undefined;
  /** The last backup file made here (a restore is not one). */
  readonly lastMade: BackupLogRow | undefined;
  readonly daysSince: number | undefined;
  readonly changesSince: number;
  readonly settings: ReminderSettings;
  /** Why a reminder is shown, or undefined when none is due. */
  readonly due: 'never' | 'days' | 'entries' | undefined;
};

export async function reminderSettings(db: LuutruDb): Promise<ReminderSettings> {
  const row = await db.settings.get(REMINDER_KEY);
  const v = row?.value as Partial<ReminderSettings> | undefined;
  const ok = (n: unknown, d: number) => (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : d);
  return { days: ok(v?.days, DEFAULT_REMINDER.days), entries: ok(v?.entries, DEFAULT_REMINDER.entries) };
}

export async function saveReminderSettings(db: LuutruDb, s: ReminderSettings): Promise<void> {
  await db.settings.put({ key: REMINDER_KEY, value: { days: s.days, entries: s.entries } });
}

const DAY_MS = 86_400_000;

export async function backupStatus(db: LuutruDb, now: Date = new Date()): Promise<BackupStatus> {
  const [{ last, made: lastMade }, settings] = await Promise.all([lastBackups(db), reminderSettings(db)]);
  const changesSince = await db.journal.where('seq').above(last?.journalSeq ?? 0).count();
  const daysSince = last ? Math.floor((now.getTime() - new Date(last.at).getTime()) / DAY_MS) : undefined;
  const due = !last ? 'never' : daysSince! >= settings.days ? 'days' : changesSince >= settings.entries ? 'entries' : undefined;
  return { last, lastMade, daysSince, changesSince, settings, due };
}
