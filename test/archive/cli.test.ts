// `luutru archive` on the command line: the first run declares the archive and its administrator
// (password on standard input, never an argument), a second `init` does not redeclare it, an
// account with a too-short password is refused in Vietnamese, accounts list with their roles, an
// API key is printed once, and `migrate` reports the schema version.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveMain, type ArchiveIo } from '../../renderer/src/archive/cli';
import { SCHEMA_VERSION } from '../../renderer/src/archive/migrations';
import { LOCK_FILE } from '../../renderer/src/archive/sql';
import { formatMessage } from '../../renderer/src/cli/messages';
import { main } from '../../renderer/src/cli/luutru';

const dir = mkdtempSync(join(tmpdir(), 'luutru-archive-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(stdin = ''): ArchiveIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), stdin: async () => stdin };
}

const flags = (entries: Record<string, string | true>) => new Map(Object.entries({ db: join(dir, 'data'), ...entries }));

describe('luutru archive', () => {
  it('declares the archive and its administrator once, manages accounts and keys', { timeout: 120_000 }, async () => {
    const first = io('mat-khau-quan-tri-1\n');
    expect(await archiveMain('init', [], flags({ name: 'Lưu trữ lịch sử tỉnh Hưng Yên', code: '33', admin: 'binh', 'admin-name': 'Trần Văn Bình', 'password-stdin': true }), first)).toBe(0);
    expect(first.lines).toContain('Đã khai báo: Lưu trữ lịch sử tỉnh Hưng Yên (33).');
    expect(first.lines).toContain('Đã tạo tài khoản quản trị binh.');
    expect(first.lines.join('\n')).not.toContain('mat-khau-quan-tri-1');

    const again = io();
    expect(await archiveMain('init', [], flags({ name: 'Khác', code: '01', admin: 'x', 'admin-name': 'X', 'password-stdin': true }), again)).toBe(0);
    expect(again.lines.join('\n')).not.toContain('Khác');

    const short = io('ngan\n');
    await expect(archiveMain('user', ['add'], flags({ username: 'an', name: 'Lê Thị An', role: 'view', 'password-stdin': true }), short)).rejects.toMatchObject({ code: 'archive.password.short' });
    expect(formatMessage('archive.password.short', { min: 10 }, 'vi')).toBe('Mật khẩu phải có ít nhất 10 ký tự.');
    expect(await archiveMain('user', ['add'], flags({ username: 'an', name: 'Lê Thị An', role: 'view', 'password-stdin': true }), io('mat-khau-cua-an-2026\n'))).toBe(0);

    const list = io();
    expect(await archiveMain('user', ['list'], flags({}), list)).toBe(0);
    expect(list.lines).toEqual(['an\tview\tLê Thị An', 'binh\tadminister\tTrần Văn Bình']);

    const key = io();
    expect(await archiveMain('apikey', ['add'], flags({ username: 'an', label: 'báo cáo' }), key)).toBe(0);
    expect(key.lines[0]).toMatch(/^ltk_[A-Za-z0-9_-]{43}$/);

    const m = io();
    expect(await archiveMain('migrate', [], flags({}), m)).toBe(0);
    expect(m.lines).toEqual([`Cơ sở dữ liệu ở phiên bản ${SCHEMA_VERSION} (mới nhất: ${SCHEMA_VERSION}).`]);
  });

  it('refuses a data folder another running program holds (accounts added beside a running server were lost), takes over one left by a program that ended', { timeout: 120_000 }, async () => {
    const lock = join(dir, 'data', LOCK_FILE);
    // Held by a live process (this test's parent stands in for a running server).
    writeFileSync(lock, String(process.ppid));
    await expect(archiveMain('user', ['list'], flags({}), io())).rejects.toMatchObject({ code: 'archive.db.inUse', params: { pid: process.ppid } });
    expect(formatMessage('archive.db.inUse', { folder: 'kho', pid: 42 }, 'vi')).toContain('đang được một chương trình khác mở (tiến trình 42');
    expect(readFileSync(lock, 'utf8')).toBe(String(process.ppid));
    // Left by a process that is gone: taken over, and let go once the command is done.
    writeFileSync(lock, '999999999');
    const list = io();
    expect(await archiveMain('user', ['list'], flags({}), list)).toBe(0);
    expect(list.lines[0]).toMatch(/^an\tview/);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes no account into a folder whose archive was never declared (an init refused halfway)', { timeout: 120_000 }, async () => {
    const other = new Map<string, string | true>([['db', join(dir, 'undeclared')], ['code', 'HY'], ['name', 'Lưu trữ lịch sử tỉnh Hưng Yên'], ['admin', 'binh'], ['admin-name', 'Trần Văn Bình'], ['password-stdin', true]]);
    await expect(archiveMain('init', [], other, io('mat-khau-quan-tri-1\n'))).rejects.toMatchObject({ code: 'archive.unit.code' });
    // Refused before anything was made: no folder (it was made, its schema migrated, for a code refused).
    expect(existsSync(join(dir, 'undeclared'))).toBe(false);
    const add = new Map<string, string | true>([['db', join(dir, 'undeclared')], ['username', 'an'], ['name', 'Lê Thị An'], ['role', 'view'], ['password-stdin', true]]);
    await expect(archiveMain('user', ['add'], add, io('mat-khau-cua-an-2026\n'))).rejects.toMatchObject({ code: 'archive.notInitialised' });
  });

  it('prints its usage through the main command line, and a missing --db is a usage error', async () => {
    const lines: string[] = [];
    expect(await main(['archive', '--help'], { out: (l) => lines.push(l), err: (l) => lines.push(l) })).toBe(0);
    expect(lines.join('\n')).toContain('luutru archive <command> --db');
    const errs: string[] = [];
    expect(await main(['archive', 'migrate'], { out: (l) => errs.push(l), err: (l) => errs.push(l) })).toBe(1);
    expect(errs.join('\n')).toContain('cli.usage');
  });
});
