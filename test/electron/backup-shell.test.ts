// The shell's backup side in Node (no Electron binary): streamed writes land whole or not at
// all, streamed reads give the file back piece by piece, automatic backups keep the newest K of
// the unit (never a file put there by hand), the second start focuses the first window, and
// every new IPC payload is checked.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StreamRegistry } from '../../electron/main/handlers/streams';
import { backupsToRemove, checkAutoBackupName, readAutoBackupConfig, rotateAutoBackups, writeAutoBackupConfig } from '../../electron/main/handlers/auto-backup';
import { focusFirstWindow, type FocusableWindow } from '../../electron/main/single-instance';
import { validatePayload } from '../../electron/main/validate';

const tmp = () => mkdtempSync(join(tmpdir(), 'luutru-shell-bk-'));
const enc = new TextEncoder();

describe('streamed files', () => {
  it('a write appears only when closed, whole; an abort leaves nothing', async () => {
    const dir = tmp();
    const s = new StreamRegistry();
    const target = join(dir, '12345_2026-11-25_1430.luutru-backup');
    const id = await s.openWrite(target);
    await s.write(id, enc.encode('{"kind":"header"}\n'));
    expect(existsSync(target)).toBe(false);
    await s.write(id, enc.encode('{"kind":"signature"}\n'));
    expect(await s.close(id)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('{"kind":"header"}\n{"kind":"signature"}\n');
    const other = await s.openWrite(join(dir, 'b.luutru-backup'));
    await s.write(other, enc.encode('nửa chừng'));
    await s.abort(other);
    expect(readdirSync(dir)).toEqual(['12345_2026-11-25_1430.luutru-backup']);
    expect(s.openCount).toBe(0);
  });

  it('replaces an older file of the same name only on close', async () => {
    const dir = tmp();
    const target = join(dir, 'x.luutru-backup');
    writeFileSync(target, 'bản cũ');
    const s = new StreamRegistry();
    const id = await s.openWrite(target);
    await s.write(id, enc.encode('bản mới'));
    expect(readFileSync(target, 'utf8')).toBe('bản cũ');
    await s.close(id);
    expect(readFileSync(target, 'utf8')).toBe('bản mới');
  });

  it('reads a file back in pieces by offset', async () => {
    const dir = tmp();
    const file = join(dir, 'r.luutru-backup');
    const data = Buffer.alloc(100_000, 7);
    writeFileSync(file, data);
    const s = new StreamRegistry();
    const { id, name, size } = await s.openRead(file);
    expect([name, size]).toEqual(['r.luutru-backup', 100_000]);
    const parts: Uint8Array[] = [];
    for (let at = 0; at < size; ) {
      const p = await s.read(id, at, 30_000);
      parts.push(p);
      at += p.length;
    }
    expect(parts.map((p) => p.length)).toEqual([30_000, 30_000, 30_000, 10_000]);
    expect((await s.read(id, size, 10)).length).toBe(0);
    await s.closeRead(id);
    await expect(s.read(id, 0, 10)).rejects.toThrow(/unknown stream/);
  });
});

describe('automatic backups', () => {
  const names = [
    '12345_2026-11-20_0900_tu-dong.luutru-backup',
    '12345_2026-11-21_0900_tu-dong.luutru-backup',
    '12345_2026-11-22_0900_tu-dong.luutru-backup',
    '12345_2026-11-23_0900_tu-dong.luutru-backup',
    '12345_2026-11-21_1500.luutru-backup', // made by hand: never rotated
    '12346_2026-11-19_0900_tu-dong.luutru-backup', // another unit's
    'ghi-chu.txt',
  ];

  it('keep the newest K of this unit, never files made by hand or of another unit', () => {
    expect(backupsToRemove(names, '12345', 2)).toEqual(['12345_2026-11-21_0900_tu-dong.luutru-backup', '12345_2026-11-20_0900_tu-dong.luutru-backup']);
    expect(backupsToRemove(names, '12345', 10)).toEqual([]);
    expect(backupsToRemove(names, '12345', 0)).toHaveLength(3); // at least the newest stays
  });

  it('rotation deletes on disk', async () => {
    const dir = tmp();
    for (const n of names) writeFileSync(join(dir, n), 'x');
    expect(await rotateAutoBackups(dir, '12345', 3)).toEqual(['12345_2026-11-20_0900_tu-dong.luutru-backup']);
    expect(readdirSync(dir)).toHaveLength(names.length - 1);
  });

  it('keeps its settings in a file; the renderer cannot name a path', async () => {
    const file = join(tmp(), 'auto-backup.json');
    expect(await readAutoBackupConfig(file)).toEqual({ enabled: false, keep: 7 });
    await writeAutoBackupConfig(file, { enabled: true, folder: 'D:\\SaoLuu', keep: 5 });
    expect(await readAutoBackupConfig(file)).toEqual({ enabled: true, folder: 'D:\\SaoLuu', keep: 5 });
    expect(checkAutoBackupName('12345_2026-11-25_1430_tu-dong.luutru-backup', '12345')).toBeDefined();
    expect(checkAutoBackupName('..\\..\\Windows\\x_tu-dong.luutru-backup', '12345')).toBeUndefined();
    expect(checkAutoBackupName('12346_2026-11-25_1430_tu-dong.luutru-backup', '12345')).toBeUndefined();
  });
});

describe('single instance', () => {
  function win(minimized: boolean, destroyed = false) {
    const calls: string[] = [];
    const w: FocusableWindow = {
      isDestroyed: () => destroyed,
      isMinimized: () => minimized,
      restore: () => void calls.push('restore'),
      show: () => void calls.push('show'),
      focus: () => void calls.push('focus'),
    };
    return { w, calls };
  }

  it('the second start brings the first window back, restored if minimised', () => {
    const a = win(true);
    expect(focusFirstWindow([a.w])).toBe(true);
    expect(a.calls).toEqual(['restore', 'show', 'focus']);
    const gone = win(false, true);
    const b = win(false);
    expect(focusFirstWindow([gone.w, b.w])).toBe(true);
    expect([gone.calls, b.calls]).toEqual([[], ['show', 'focus']]);
    expect(focusFirstWindow([])).toBe(false);
  });
});

describe('IPC checks for backups', () => {
  it('validates the streamed and automatic backup channels', () => {
    const filters = [{ name: 'Bản sao lưu', extensions: ['luutru-backup'] }];
    expect(validatePayload('stream:save-open', { suggestedName: '12345_2026-11-25_1430.luutru-backup', filters })).toBe(true);
    expect(validatePayload('stream:save-open', { suggestedName: '../x', filters })).toBe(false);
    expect(validatePayload('stream:write', { id: 1, data: new Uint8Array(10) })).toBe(true);
    expect(validatePayload('stream:write', { id: 1, data: new Uint8Array(17 * 1024 * 1024) })).toBe(false);
    expect(validatePayload('stream:write', { id: -1, data: new Uint8Array(1) })).toBe(false);
    expect(validatePayload('stream:close', { id: 3 })).toBe(true);
    expect(validatePayload('stream:close', { id: 3, path: '/etc/passwd' })).toBe(false);
    expect(validatePayload('stream:read', { id: 2, offset: 0, length: 4 * 1024 * 1024 })).toBe(true);
    expect(validatePayload('stream:read', { id: 2, offset: -1, length: 10 })).toBe(false);
    expect(validatePayload('autobackup:set', { enabled: true, keep: 7 })).toBe(true);
    expect(validatePayload('autobackup:set', { enabled: true, keep: 0 })).toBe(false);
    expect(validatePayload('autobackup:open', { fileName: '12345_2026-11-25_1430_tu-dong.luutru-backup', unitCode: '12345' })).toBe(true);
    expect(validatePayload('autobackup:open', { fileName: 'a/b', unitCode: '12345' })).toBe(false);
    expect(validatePayload('autobackup:get', null)).toBe(true);
  });
});
