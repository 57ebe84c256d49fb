/**
 * Archivist accounts of the province archive (tài khoản cán bộ lưu trữ): roles view < import <
 * administer; passwords hashed with bcrypt (bcryptjs: plain JavaScript, no native build, cost
 * 12); login sessions and API keys are random 256-bit tokens of which only the SHA-256 is
 * stored, so a copy of the database opens no door. Passwords are never logged or returned.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { AppError } from '../core/errors';
import type { Sql } from './sql';
import { ROLES, type Role } from '../core/archive-roles';

export type Account = { readonly username: string; readonly displayName: string; readonly role: Role };

export const BCRYPT_COST = 12;
const SESSION_HOURS = 12;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const token = (prefix: string) => `${prefix}${randomBytes(32).toString('base64url')}`;

/** At least 10 characters; at most 72 bytes (bcrypt reads no further). */
export function checkPassword(password: string): void {
  if ([...password].length < 10) throw new AppError('archive.password.short', { min: 10 });
  if (new TextEncoder().encode(password).length > 72) throw new AppError('archive.password.long', { max: 72 });
}

function checkUsername(username: string): string {
  const u = username.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]{1,39}$/.test(u)) throw new AppError('archive.username.invalid');
  return u;
}

export async function createAccount(sql: Sql, input: { username: string; displayName: string; role: Role; password: string }, now: Date = new Date()): Promise<Account> {
  const username = checkUsername(input.username);
  const displayName = input.displayName.normalize('NFC').trim();
  if (!displayName) throw new AppError('archive.displayName.required');
  if (!ROLES.includes(input.role)) throw new AppError('archive.role.invalid');
  checkPassword(input.password);
  const exists = await sql.query('SELECT 1 FROM accounts WHERE username = $1', [username]);
  if (exists.length > 0) throw new AppError('archive.username.taken', { username });
  const hash = await bcrypt.hash(input.password, BCRYPT_COST);
  await sql.query('INSERT INTO accounts (username, display_name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)', [username, displayName, input.role, hash, now.toISOString()]);
  return { username, displayName, role: input.role };
}

export async function setPassword(sql: Sql, username: string, password: string): Promise<void> {
  checkPassword(password);
  const hash = await bcrypt.hash(password, BCRYPT_COST);
  const rows = await sql.query('UPDATE accounts SET password_hash = $2 WHERE username = $1 RETURNING username', [username.trim().toLowerCase(), hash]);
  if (rows.length === 0) throw new AppError('archive.account.notFound', { username });
  await sql.query('DELETE FROM sessions WHERE username = $1', [username.trim().toLowerCase()]);
}

export async function listAccounts(sql: Sql): Promise<(Account & { disabled: boolean; createdAt: string })[]> {
  const rows = await sql.query<{ username: string; display_name: string; role: Role; disabled: boolean; created_at: string }>('SELECT username, display_name, role, disabled, created_at FROM accounts ORDER BY username');
  return rows.map((r) => ({ username: r.username, displayName: r.display_name, role: r.role, disabled: r.disabled, createdAt: r.created_at }));
}

export async function hasAdministrator(sql: Sql): Promise<boolean> {
  return (await sql.query("SELECT 1 FROM accounts WHERE role = 'administer' AND NOT disabled LIMIT 1")).length > 0;
}

// A hash to compare against when the account does not exist, so both cases take as long.
let dummyHash: string | undefined;

/** Checks a password; a session token on success. Unknown user and wrong password are one answer. */
export async function login(sql: Sql, username: string, password: string, now: Date = new Date()): Promise<{ token: string; account: Account; expiresAt: string }> {
  const u = username.trim().toLowerCase();
  const row = (await sql.query<{ username: string; display_name: string; role: Role; password_hash: string; disabled: boolean }>('SELECT * FROM accounts WHERE username = $1', [u]))[0];
  dummyHash ??= await bcrypt.hash('luutru-dummy-password', BCRYPT_COST);
  const ok = await bcrypt.compare(password.slice(0, 200), row?.password_hash ?? dummyHash);
  if (!row || !ok || row.disabled) throw new AppError('archive.login.failed');
  const t = token('lts_');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  await sql.query('DELETE FROM sessions WHERE expires_at < $1', [now.toISOString()]);
  await sql.query('INSERT INTO sessions (token_sha256, username, created_at, expires_at) VALUES ($1, $2, $3, $4)', [sha256(t), row.username, now.toISOString(), expiresAt]);
  return { token: t, account: { username: row.username, displayName: row.display_name, role: row.role }, expiresAt };
}

export async function logout(sql: Sql, sessionToken: string): Promise<void> {
  await sql.query('DELETE FROM sessions WHERE token_sha256 = $1', [sha256(sessionToken)]);
}

/** An API key for scripts and other tools (shown once; only its hash is kept). */
export async function createApiKey(sql: Sql, username: string, name: string, now: Date = new Date()): Promise<string> {
  const u = username.trim().toLowerCase();
  if ((await sql.query('SELECT 1 FROM accounts WHERE username = $1', [u])).length === 0) throw new AppError('archive.account.notFound', { username });
  const key = token('ltk_');
  await sql.query('INSERT INTO api_keys (key_sha256, name, username, created_at) VALUES ($1, $2, $3, $4)', [sha256(key), name.trim() || 'api', u, now.toISOString()]);
  return key;
}

/** The account behind a session token or an API key, or undefined. */
export async function authenticate(sql: Sql, presented: string | undefined, now: Date = new Date()): Promise<Account | undefined> {
  if (!presented || presented.length > 200) return undefined;
  const h = sha256(presented);
  const rows = presented.startsWith('ltk_')
    ? await sql.query<{ username: string; display_name: string; role: Role; disabled: boolean; key: string }>(
        'SELECT a.username, a.display_name, a.role, a.disabled, k.key_sha256 AS key FROM api_keys k JOIN accounts a USING (username) WHERE k.key_sha256 = $1 AND k.revoked_at IS NULL',
        [h],
      )
    : await sql.query<{ username: string; display_name: string; role: Role; disabled: boolean; key: string }>(
        'SELECT a.username, a.display_name, a.role, a.disabled, s.token_sha256 AS key FROM sessions s JOIN accounts a USING (username) WHERE s.token_sha256 = $1 AND s.expires_at > $2',
        [h, now.toISOString()],
      );
  const r = rows[0];
  if (!r || r.disabled || !timingSafeEqual(Buffer.from(r.key), Buffer.from(h))) return undefined;
  return { username: r.username, displayName: r.display_name, role: r.role };
}
