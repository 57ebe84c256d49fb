/**
 * The archive's unit, its trust decisions and its bookkeeping in PostgreSQL: who this archive
 * is, trusted keys (confirmed by a person against a paper record), revocations from a chosen
 * moment, key rotations learnt from bundles, custody (why a unit may carry another's data),
 * and the trust policy the verifier reads — the same rows the app keeps in IndexedDB
 * (db/exchange/keys.ts, rows.ts), in tables of their own.
 */
import { jwkThumbprint } from '../core/bundle/keys';
import type { IdentityWarning, KnownUnit } from '../core/bundle/identity';
import type { KeyRecovery, PublicJwk } from '../core/bundle/schema';
import type { TrustPolicy } from '../core/bundle/verify';
import { AppError } from '../core/errors';
import { newId } from '../core/ids';
import type { CustodyRow, TrustedKeyRow } from '../db/exchange/rows';
import { assertComparison, keptRecovery, type KeyComparison, type RevokedKey } from '../core/bundle/rotation';
import type { Sql } from './sql';
import { newRefusal, type KeyRefusal } from '../core/bundle/refusals';

/** The archive itself: the receiving unit (Lưu trữ lịch sử tỉnh). */
export type ArchiveUnit = { readonly id: string; readonly name: string; readonly adminCode: string; readonly parentName: string };

export async function getSetting<T>(sql: Sql, key: string): Promise<T | undefined> {
  const rows = await sql.query<{ value: T }>('SELECT value FROM archive_settings WHERE key = $1', [key]);
  return rows[0]?.value;
}

export async function putSetting(sql: Sql, key: string, value: unknown): Promise<void> {
  await sql.query('INSERT INTO archive_settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, JSON.stringify(value)]);
}

export function archiveUnit(sql: Sql): Promise<ArchiveUnit | undefined> {
  return getSetting<ArchiveUnit>(sql, 'unit');
}

export async function requireUnit(sql: Sql): Promise<ArchiveUnit> {
  const u = await archiveUnit(sql);
  if (!u) throw new AppError('archive.notInitialised');
  return u;
}

/** The archive's name and code as `initUnit` takes them, refused as it would refuse them (`init` checks them before the folder is made). */
export function checkUnitInput(input: { name: string; adminCode: string }): void {
  if (!input.name.normalize('NFC').trim()) throw new AppError('archive.unit.name');
  if (!/^\d{2,5}$/.test(input.adminCode.trim())) throw new AppError('archive.unit.code');
}

/** First run: who this archive is. Refused once set (the unit id is what every bundle is checked against). */
export async function initUnit(sql: Sql, input: { name: string; adminCode: string; parentName?: string }): Promise<ArchiveUnit> {
  checkUnitInput(input);
  const name = input.name.normalize('NFC').trim();
  if (await archiveUnit(sql)) throw new AppError('archive.alreadyInitialised');
  const unit: ArchiveUnit = { id: newId(), name, adminCode: input.adminCode.trim(), parentName: (input.parentName ?? '').normalize('NFC').trim() };
  await putSetting(sql, 'unit', unit);
  return unit;
}

type KeyDbRow = { kid: string; unit_id: string; jwk: PublicJwk; origin_name: string; admin_code: string | null; confirmed_by: string; confirmed_at: string; confirmed_as: TrustedKeyRow['confirmedAs'] | null; note: string | null; recovery?: KeyRecovery | null; compared?: KeyComparison | null; confirmed_over?: IdentityWarning[] | null };

export function keyOfRow(r: KeyDbRow): TrustedKeyRow {
  return {
    unitId: r.unit_id,
    kid: r.kid,
    jwk: r.jwk,
    originName: r.origin_name,
    ...(r.admin_code ? { adminCode: r.admin_code } : {}),
    confirmedBy: r.confirmed_by,
    confirmedAt: r.confirmed_at,
    ...(r.confirmed_as ? { confirmedAs: r.confirmed_as } : {}),
    ...(r.confirmed_over?.length ? { confirmedOver: r.confirmed_over } : {}),
    ...(r.recovery ? { recovery: r.recovery } : {}),
    ...(r.note ? { note: r.note } : {}),
    ...(r.compared ? { compared: r.compared } : {}),
  };
}

export async function trustedKeys(sql: Sql): Promise<TrustedKeyRow[]> {
  return (await sql.query<KeyDbRow>('SELECT * FROM trusted_keys ORDER BY origin_name, confirmed_at')).map(keyOfRow);
}

export async function revokedKeys(sql: Sql): Promise<RevokedKey[]> {
  const rows = await sql.query<{ kid: string; revoked_at: string | null; reason: string | null; revoked_by: string | null }>('SELECT * FROM revoked_keys');
  return rows.map((r) => ({ kid: r.kid, ...(r.revoked_at ? { revokedAt: r.revoked_at } : {}), ...(r.reason ? { reason: r.reason } : {}), ...(r.revoked_by ? { revokedBy: r.revoked_by } : {}) }));
}

/** Trusts a key a person compared with a paper record. The archive's own unit is never another unit's key. */
export async function trustKey(
  sql: Sql,
  params: { unitId: string; originName: string; adminCode?: string; jwk: PublicJwk; confirmedBy: string; confirmedAs?: TrustedKeyRow['confirmedAs']; recovery?: KeyRecovery; note?: string; compared?: KeyComparison; confirmedOver?: readonly IdentityWarning[] },
  now: Date = new Date(),
): Promise<TrustedKeyRow> {
  const unit = await requireUnit(sql);
  if (params.unitId === unit.id) throw new AppError('bundle.origin.receiver');
  assertComparison(params.confirmedAs, params.compared);
  const kid = await jwkThumbprint(params.jwk);
  const recovery = keptRecovery(params, kid) ?? null;
  const over = params.confirmedOver ?? [];
  await sql.query(
    `INSERT INTO trusted_keys (kid, unit_id, jwk, origin_name, admin_code, confirmed_by, confirmed_at, confirmed_as, note, recovery, compared, confirmed_over) VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12::jsonb)
     ON CONFLICT (kid) DO UPDATE SET unit_id = EXCLUDED.unit_id, jwk = EXCLUDED.jwk, origin_name = EXCLUDED.origin_name, admin_code = EXCLUDED.admin_code,
       confirmed_by = EXCLUDED.confirmed_by, confirmed_at = EXCLUDED.confirmed_at, confirmed_as = EXCLUDED.confirmed_as, note = EXCLUDED.note, compared = EXCLUDED.compared, confirmed_over = EXCLUDED.confirmed_over,
       recovery = CASE WHEN EXCLUDED.confirmed_as = 'key-recovery' THEN COALESCE(EXCLUDED.recovery, trusted_keys.recovery) END`,
    [kid, params.unitId, JSON.stringify(params.jwk), params.originName, params.adminCode ?? null, params.confirmedBy, now.toISOString(), params.confirmedAs ?? null, params.note ?? null, recovery && JSON.stringify(recovery), params.compared ?? null, over.length > 0 ? JSON.stringify(over) : null],
  );
  return keyOfRow({ kid, unit_id: params.unitId, jwk: params.jwk, origin_name: params.originName, admin_code: params.adminCode ?? null, confirmed_by: params.confirmedBy, confirmed_at: now.toISOString(), confirmed_as: params.confirmedAs ?? null, note: params.note ?? null, recovery, compared: params.compared ?? null, confirmed_over: [...over] });
}

/** The key of a unit's file an archivist would not trust, kept with why (a row each: two workstations refusing at once both stay). */
export async function refuseKey(
  sql: Sql,
  params: { unitId: string; originName: string; adminCode: string; jwk: PublicJwk; refusedBy: string; reason: string },
  now: Date = new Date(),
): Promise<KeyRefusal> {
  const unit = await requireUnit(sql);
  if (params.unitId === unit.id) throw new AppError('bundle.origin.receiver');
  const refusal = await newRefusal(params, params.refusedBy, now);
  await sql.query('INSERT INTO key_refusals (kid, unit_id, origin_name, admin_code, refused_at, refused_by, reason) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    refusal.kid,
    refusal.unitId,
    refusal.originName,
    refusal.adminCode,
    refusal.refusedAt,
    refusal.refusedBy,
    refusal.reason,
  ]);
  return refusal;
}

/** The refusals of the key `kid` (every key's, without one), oldest first. */
export async function keyRefusals(sql: Sql, kid?: string): Promise<KeyRefusal[]> {
  type Row = { kid: string; unit_id: string; origin_name: string; admin_code: string; refused_at: string; refused_by: string; reason: string };
  const rows = kid === undefined ? await sql.query<Row>('SELECT * FROM key_refusals ORDER BY id') : await sql.query<Row>('SELECT * FROM key_refusals WHERE kid = $1 ORDER BY id', [kid]);
  return rows.map((r) => ({ kid: r.kid, unitId: r.unit_id, originName: r.origin_name, adminCode: r.admin_code, refusedAt: r.refused_at, refusedBy: r.refused_by, reason: r.reason }));
}

/** Revokes a key from the moment chosen (a successor it announced before then stays trusted). */
export async function revokeKey(sql: Sql, kid: string, reason: string, options: { from?: string; revokedBy?: string } = {}): Promise<void> {
  await sql.query(
    'INSERT INTO revoked_keys (kid, revoked_at, reason, revoked_by) VALUES ($1, $2, $3, $4) ON CONFLICT (kid) DO UPDATE SET revoked_at = EXCLUDED.revoked_at, reason = EXCLUDED.reason, revoked_by = EXCLUDED.revoked_by',
    [kid, options.from ?? new Date().toISOString(), reason, options.revokedBy ?? null],
  );
}

type CustodyDbRow = { carrier_unit_id: string; carried_unit_id: string; kind: 'merger' | 'transfer'; effective_date: string; basis: string; confirmed_by: string; confirmed_at: string };
const custodyOfRow = (r: CustodyDbRow): CustodyRow => ({
  carrierUnitId: r.carrier_unit_id,
  carriedUnitId: r.carried_unit_id,
  kind: r.kind,
  effectiveDate: r.effective_date,
  basis: r.basis,
  confirmedBy: r.confirmed_by,
  confirmedAt: r.confirmed_at,
});

export async function custodyList(sql: Sql): Promise<CustodyRow[]> {
  return (await sql.query<CustodyDbRow>('SELECT * FROM custody ORDER BY carrier_unit_id, carried_unit_id')).map(custodyOfRow);
}

/** Ghi nhận tiếp nhận phông, with the same checks as the app (db/exchange/import.ts recordCustody). */
export async function recordCustody(
  sql: Sql,
  params: { carrierUnitId: string; carriedUnitId: string; kind: 'merger' | 'transfer'; effectiveDate: string; basis: string; confirmedBy: string },
  now: Date = new Date(),
): Promise<void> {
  if (!params.basis.trim()) throw new AppError('custody.basis.required');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(params.effectiveDate)) throw new AppError('custody.date.invalid');
  if (params.carrierUnitId === params.carriedUnitId) throw new AppError('custody.self');
  if (params.kind !== 'merger' && params.kind !== 'transfer') throw new AppError('custody.kind');
  await sql.query(
    `INSERT INTO custody (carrier_unit_id, carried_unit_id, kind, effective_date, basis, confirmed_by, confirmed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (carrier_unit_id, carried_unit_id) DO UPDATE SET kind = EXCLUDED.kind, effective_date = EXCLUDED.effective_date, basis = EXCLUDED.basis,
       confirmed_by = EXCLUDED.confirmed_by, confirmed_at = EXCLUDED.confirmed_at`,
    [params.carrierUnitId, params.carriedUnitId, params.kind, params.effectiveDate, params.basis.trim(), params.confirmedBy, now.toISOString()],
  );
}

/** Units the archive trusts (for first-contact guards and for naming units in messages). */
export async function knownUnits(sql: Sql): Promise<KnownUnit[]> {
  const out = new Map<string, KnownUnit>();
  for (const k of await trustedKeys(sql)) out.set(k.unitId, { unitId: k.unitId, name: k.originName, adminCode: k.adminCode ?? '' });
  return [...out.values()];
}

/** Everything the verifier needs about keys, custody and past bundles. */
export async function loadTrustPolicy(sql: Sql, receiverUnitId: string): Promise<TrustPolicy> {
  const [keys, rotations, revoked, seen, custody] = [
    await trustedKeys(sql),
    await sql.query<{ announcement: never; signed_by_kid: string; sequence: number; received_at: string }>('SELECT announcement, signed_by_kid, sequence, received_at FROM key_rotations'),
    await revokedKeys(sql),
    await sql.query<{ origin: string; lineage: string; sequence: number; part_key: number; set_id: string | null; payload_sha256: string }>(
      'SELECT origin, lineage, sequence, part_key, set_id, payload_sha256 FROM received_bundles',
    ),
    await custodyList(sql),
  ];
  const known = new Map<string, KnownUnit>();
  for (const k of keys) known.set(k.unitId, { unitId: k.unitId, name: k.originName, adminCode: k.adminCode ?? '' });
  return {
    trustedKeys: keys,
    rotations: rotations.map((r) => ({ announcement: r.announcement, signedByKid: r.signed_by_kid, sequence: r.sequence, receivedAt: r.received_at })),
    revoked,
    seen: seen.map((s) => ({
      origin: s.origin,
      lineage: s.lineage,
      sequence: s.sequence,
      ...(s.part_key ? { part: s.part_key } : {}),
      ...(s.set_id ? { setId: s.set_id } : {}),
      payloadSha256: s.payload_sha256,
    })),
    custody,
    knownUnits: [...known.values()],
    receiverUnitId,
  };
}
