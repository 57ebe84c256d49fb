// The desktop app's daily automatic backup, renderer side, against a stand-in of the shell's
// API: off until a folder is chosen and it is switched on; then one backup a day, named as the
// shell's rotation expects, logged for the home screen; the browser host has none.
import { describe, expect, it } from 'vitest';
import { openDb } from '../../renderer/src/db/schema';
import { completeSetup } from '../../renderer/src/db/repositories/unit-repository';
import { runAutoBackupIfDue } from '../../renderer/src/features/backup/auto-backup';
import { lastBackups } from '../../renderer/src/db/backup/backup-log';
import { memorySink, testingPlatform, type StreamedFile } from '../../renderer/src/platform/testing';
import type { AutoBackupSettings, PlatformApi } from '../../renderer/src/platform/types';
import { isAutoBackupOf } from '../../electron/main/handlers/auto-backup';
import { thuyHaiSetup } from '../fixtures/setup-input';

function desktop(settings: AutoBackupSettings): { api: PlatformApi; files: StreamedFile[] } {
  const files: StreamedFile[] = [];
  const base = testingPlatform().api;
  return {
    files,
    api: {
      ...base,
      autoBackup: {
        settings: async () => settings,
        update: async () => settings,
        chooseFolder: async () => settings,
        openSink: async ({ fileName }) => {
          const f: StreamedFile = { name: fileName, pieces: [], closed: false, aborted: false };
          files.push(f);
          return memorySink(f);
        },
      },
    },
  };
}

describe('automatic daily backup', () => {
  it('runs once a day into the chosen folder, named for the rotation', async () => {
    const db = await openDb('auto-1');
    await completeSetup(db, thuyHaiSetup);
    expect(await runAutoBackupIfDue(db, testingPlatform().api, 'Nguyễn Thị Lan')).toBe('off');
    expect(await runAutoBackupIfDue(db, desktop({ enabled: true, keep: 7 }).api, 'Nguyễn Thị Lan')).toBe('off');
    expect(await runAutoBackupIfDue(db, desktop({ enabled: false, folder: 'D:\\SaoLuu', keep: 7 }).api, 'Nguyễn Thị Lan')).toBe('off');
    const on = desktop({ enabled: true, folder: 'D:\\SaoLuu', keep: 7 });
    const day1 = new Date('2026-11-24T08:00:00');
    expect(await runAutoBackupIfDue(db, on.api, 'Nguyễn Thị Lan', day1)).toBe('done');
    expect(on.files).toHaveLength(1);
    expect(on.files[0]!.closed).toBe(true);
    expect(isAutoBackupOf(on.files[0]!.name, '12345')).toBe(true);
    expect((await lastBackups(db)).last?.kind).toBe('auto-backup');
    expect(await runAutoBackupIfDue(db, on.api, 'Nguyễn Thị Lan', new Date('2026-11-24T17:00:00'))).toBe('not-due');
    expect(await runAutoBackupIfDue(db, on.api, 'Nguyễn Thị Lan', new Date('2026-11-25T08:30:00'))).toBe('done');
    expect(on.files).toHaveLength(2);
  });
});
