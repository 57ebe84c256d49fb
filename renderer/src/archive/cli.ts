/**
 * `luutru archive …`: start and look after a province archive (lưu trữ lịch sử tỉnh) on
 * PostgreSQL. `--db` is a folder (embedded PGlite, nothing to install) or a
 * postgres:// URL (a PostgreSQL server the province's IT staff run). The first `serve` on a
 * new database asks, on the terminal, who the archive is and the administrator's account;
 * `init` does the same from options (passwords from the terminal or --password-stdin, never
 * from the command line, where other users of the PC could read them).
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { AppError } from '../core/errors';
import { createAccount, createApiKey, hasAdministrator, listAccounts, setPassword } from './auth';
import { ROLES, type Role } from '../core/archive-roles';
import { migrate, SCHEMA_VERSION } from './migrations';
import { startArchiveServer } from './server';
import { openArchiveDb, type ArchiveDb } from './sql';
import { archiveUnit, checkUnitInput, initUnit, requireUnit } from './trust';

export type ArchiveIo = {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Asks on the terminal (hidden for passwords); undefined without one. */
  readonly ask?: (question: string, hidden: boolean) => Promise<string>;
  readonly stdin?: () => Promise<string>;
};

export const ARCHIVE_USAGE = `luutru archive <command> --db <folder | postgres://user@host/db>

  serve [--host 127.0.0.1] [--port 8470] [--allow CIDR,...] [--tls-cert cert.pem --tls-key key.pem] [--dist dist]
        start the archive (the first time: who the archive is and its administrator, asked here)
  init --name NAME --code MÃ [--parent NAME] --admin USER --admin-name "Họ tên" [--password-stdin]
  user add --username U --name "Họ tên" --role view|import|administer [--password-stdin]
  user list | user password --username U [--password-stdin]
  apikey add --username U --label NAME          a key for scripts (shown once)
  migrate                                       bring the database schema up to date

--allow: addresses that may connect (default: this PC only). Example for a LAN: --host 0.0.0.0 --allow 127.0.0.1,192.168.1.0/24
--tls-cert/--tls-key: serve HTTPS with this certificate (recommended on a LAN: passwords then never travel in clear).`;

type Flags = ReadonlyMap<string, string | true>;

function need(flags: Flags, name: string): string {
  const v = flags.get(name);
  if (typeof v !== 'string' || v.trim() === '') throw new AppError('cli.usage');
  return v;
}

/** A terminal prompt; passwords are not echoed. */
export function terminalAsk(): ArchiveIo['ask'] {
  if (!process.stdin.isTTY) return undefined;
  return (question, hidden) =>
    new Promise((ok) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      if (hidden) {
        const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
        (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => write(s.startsWith(question) ? s : s.replace(/[^\r\n]/g, ''));
      }
      rl.question(question, (a) => {
        rl.close();
        if (hidden) process.stdout.write('\n');
        ok(a);
      });
    });
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function password(flags: Flags, io: ArchiveIo, who: string): Promise<string> {
  if (flags.has('password-stdin')) {
    const text = (await (io.stdin ?? readStdin)()).replace(/\r?\n$/, '');
    if (!text) throw new AppError('archive.password.short', { min: 10 });
    return text;
  }
  if (!io.ask) throw new AppError('archive.password.noTerminal');
  for (;;) {
    const a = await io.ask(`Mật khẩu cho ${who} (ít nhất 10 ký tự): `, true);
    const b = await io.ask('Nhập lại mật khẩu: ', true);
    if (a === b) return a;
    io.err('Hai lần nhập không giống nhau, hãy nhập lại.');
  }
}

async function firstRun(db: ArchiveDb, flags: Flags, io: ArchiveIo, fromOptions: boolean): Promise<void> {
  const ask = async (q: string, flag: string) => (fromOptions ? need(flags, flag) : (flags.get(flag) as string | undefined) ?? (io.ask ? await io.ask(q, false) : need(flags, flag)));
  if (!(await archiveUnit(db))) {
    if (!fromOptions && !io.ask) throw new AppError('archive.notInitialised');
    if (!fromOptions) io.out('Lần chạy đầu tiên: khai báo cơ quan lưu trữ và tài khoản quản trị.');
    const name = await ask('Tên cơ quan (ví dụ: Lưu trữ lịch sử tỉnh Hưng Yên): ', 'name');
    const code = await ask('Mã đơn vị hành chính của tỉnh (ví dụ: 33): ', 'code');
    const parentName = (flags.get('parent') as string | undefined) ?? (fromOptions || !io.ask ? '' : await io.ask('Cơ quan chủ quản (ví dụ: Sở Nội vụ tỉnh Hưng Yên): ', false));
    const unit = await initUnit(db, { name, adminCode: code, parentName });
    io.out(`Đã khai báo: ${unit.name} (${unit.adminCode}).`);
  }
  if (!(await hasAdministrator(db))) {
    if (!fromOptions && !io.ask) throw new AppError('archive.noAdministrator');
    const username = await ask('Tên đăng nhập của quản trị viên: ', 'admin');
    const displayName = await ask('Họ và tên quản trị viên: ', 'admin-name');
    let created = false;
    while (!created) {
      try {
        await createAccount(db, { username, displayName, role: 'administer', password: await password(flags, io, username) });
        created = true;
      } catch (e) {
        if (!(e instanceof AppError) || !e.code.startsWith('archive.password') || flags.has('password-stdin') || !io.ask) throw e;
        io.err(e.code === 'archive.password.short' ? 'Mật khẩu phải có ít nhất 10 ký tự.' : 'Mật khẩu dài quá 72 byte.');
      }
    }
    io.out(`Đã tạo tài khoản quản trị ${username}.`);
  }
}

/** Runs one `archive` command; returns the exit code, or a promise that lives as long as the server (serve). */
export async function archiveMain(cmd: string | undefined, rest: readonly string[], flags: Flags, io: ArchiveIo): Promise<number> {
  if (!cmd) {
    io.out(ARCHIVE_USAGE);
    return 1;
  }
  // `init`'s name and code are refused before anything is made (a code refused left a new folder, its schema migrated).
  if (cmd === 'init') checkUnitInput({ name: need(flags, 'name'), adminCode: need(flags, 'code') });
  const db = await openArchiveDb(need(flags, 'db'));
  let keepOpen = false;
  try {
    const { from, to } = await migrate(db);
    if (from !== to) io.out(`Cơ sở dữ liệu: phiên bản ${from} → ${to}.`);
    switch (cmd) {
      case 'migrate':
        io.out(`Cơ sở dữ liệu ở phiên bản ${to} (mới nhất: ${SCHEMA_VERSION}).`);
        return 0;
      case 'init':
        await firstRun(db, flags, io, true);
        return 0;
      case 'serve': {
        await firstRun(db, flags, io, false);
        const dist = (flags.get('dist') as string | undefined) ?? fileURLToPath(new URL('../dist/', import.meta.url));
        const server = await startArchiveServer({
          db,
          host: (flags.get('host') as string | undefined) ?? '127.0.0.1',
          port: Number(flags.get('port') ?? 8470),
          allow: (flags.get('allow') as string | undefined) ?? '127.0.0.1/32,::1/128',
          distDir: dist,
          log: io.out,
          ...(flags.has('tls-cert') || flags.has('tls-key') ? { tls: { cert: readFileSync(need(flags, 'tls-cert')), key: readFileSync(need(flags, 'tls-key')) } } : {}),
        });
        io.out(`Lưu trữ tỉnh đang chạy tại ${server.url} — mở địa chỉ này bằng Chromium/Edge/Chrome. Nhấn Ctrl+C để dừng.`);
        keepOpen = true;
        await new Promise<void>((ok) => {
          const stop = () => void server.close().then(() => db.close()).then(ok);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        return 0;
      }
      case 'user': {
        // Accounts belong to a declared archive (an init refused halfway left a folder that took them without a word).
        await requireUnit(db);
        const sub = rest[0];
        if (sub === 'list') {
          for (const a of await listAccounts(db)) io.out(`${a.username}\t${a.role}\t${a.displayName}${a.disabled ? '\t(khóa)' : ''}`);
          return 0;
        }
        if (sub === 'add') {
          const role = need(flags, 'role') as Role;
          if (!ROLES.includes(role)) throw new AppError('archive.role.invalid');
          const username = need(flags, 'username');
          const a = await createAccount(db, { username, displayName: need(flags, 'name'), role, password: await password(flags, io, username) });
          io.out(`Đã tạo tài khoản ${a.username} (${a.role}).`);
          return 0;
        }
        if (sub === 'password') {
          const username = need(flags, 'username');
          await setPassword(db, username, await password(flags, io, username));
          io.out(`Đã đổi mật khẩu của ${username}; các phiên đăng nhập cũ đã bị hủy.`);
          return 0;
        }
        throw new AppError('cli.usage');
      }
      case 'apikey': {
        if (rest[0] !== 'add') throw new AppError('cli.usage');
        await requireUnit(db);
        const key = await createApiKey(db, need(flags, 'username'), (flags.get('label') as string | undefined) ?? 'api');
        io.out(key);
        io.err('Khóa API chỉ hiện một lần: hãy lưu lại. Gửi kèm mỗi yêu cầu: Authorization: Bearer <khóa>.');
        return 0;
      }
      default:
        io.out(ARCHIVE_USAGE);
        return 1;
    }
  } finally {
    if (!keepOpen) await db.close();
  }
}
