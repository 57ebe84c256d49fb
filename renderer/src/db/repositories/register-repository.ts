/**
 * Registers (sổ đăng ký văn bản đến / đi) and their issuing bodies: opening a register for a
 * year, closing it, and the reads the register screens need. Entries live in
 * entry-repository.ts. Numbers are only ever taken inside a write transaction that also
 * holds the register, so two windows can never hand out the same number.
 */
import { AppError } from '../../core/errors';
import { validateIssuingBody, validateRegister, closeRegister as closedRegister } from '../../core/registers/validation';
import { volumeOf } from '../../core/registers/numbering';
import type { IssuingBodyFields, RegisterFields, RegisterKind } from '../../core/registers/types';
import { cleanText } from '../../core/text';
import { writeChanges, type Session } from '../changes';
import type { Register, IssuingBody } from '../register-records';
import type { LuutruDb } from '../schema';
import { foreignRecord, foreignRecords } from './foreign-repository';

/** The unit's registers, newest year first, then incoming before outgoing. */
export async function listRegisters(db: LuutruDb, unitId?: string): Promise<Register[]> {
  // Without a unit: this unit's registers and those received from other units (read-only).
  const all = unitId
    ? await db.registers.where('[unitId+kind+year]').between([unitId, '', 0], [unitId, '\uffff', 99999]).toArray()
    : [...(await db.registers.toArray()), ...((await foreignRecords(db, 'registers')) as unknown as Register[])];
  const order: Record<RegisterKind, number> = { incoming: 0, outgoing: 1, internal: 2 };
  return all
    .filter((r) => !r.deleted)
    .sort((a, b) => b.year - a.year || order[a.kind] - order[b.kind] || Number(a.secret) - Number(b.secret) || a.name.localeCompare(b.name, 'vi'));
}

/** One register by id (closed or another unit's too), or undefined. */
export async function getRegister(db: LuutruDb, id: string): Promise<Register | undefined> {
  return (await db.registers.get(id)) ?? ((await foreignRecord(db, 'registers', id)) as unknown as Register | undefined);
}

export async function listIssuingBodies(db: LuutruDb, unitId: string): Promise<IssuingBody[]> {
  return (await db.issuingBodies.where('unitId').equals(unitId).toArray()).filter((b) => !b.deleted);
}

/** The default name printed on the cover: "Sổ đăng ký văn bản đến năm 2026", "… đi của HĐND xã … năm 2026". */
export function defaultRegisterName(kind: RegisterKind, year: number, secret: boolean, bodyName?: string): string {
  const base = kind === 'incoming' ? 'Sổ đăng ký văn bản đến' : kind === 'outgoing' ? 'Sổ đăng ký văn bản đi' : 'Sổ đăng ký văn bản nội bộ';
  return [base, secret ? 'mật' : '', kind !== 'incoming' && bodyName ? `của ${bodyName}` : '', `năm ${year}`].filter(Boolean).join(' ');
}

/**
 * A commune keeps at least two issuing bodies with separate number series: UBND xã and
 * HĐND xã (Art. 15 NĐ 30). Created once, named after the unit's short name.
 */
export async function ensureDefaultIssuingBodies(db: LuutruDb, session: Session): Promise<IssuingBody[]> {
  const existing = await listIssuingBodies(db, session.unitId);
  if (existing.length > 0) return existing;
  const unit = await db.units.get(session.unitId);
  if (!unit) throw new AppError('setup.required');
  const place = unit.shortName.replace(/^(UBND|Ủy ban nhân dân)\s+/iu, '') || unit.name.replace(/^Ủy ban nhân dân\s+/iu, '');
  const bodies: IssuingBodyFields[] = [
    { unitId: session.unitId, name: `Ủy ban nhân dân ${place}`, abbreviation: 'UBND', active: true },
    { unitId: session.unitId, name: `Hội đồng nhân dân ${place}`, abbreviation: 'HĐND', active: true },
  ];
  return writeChanges(db, session, { action: 'issuingBody.defaults' }, ['issuingBodies'], async (c) => bodies.map((b) => c.create('issuingBodies', b)));
}

export async function saveIssuingBody(db: LuutruDb, session: Session, fields: IssuingBodyFields, id?: string): Promise<IssuingBody> {
  const clean: IssuingBodyFields = { ...fields, unitId: session.unitId, name: cleanText(fields.name), abbreviation: cleanText(fields.abbreviation) };
  const others = (await listIssuingBodies(db, session.unitId)).filter((b) => b.id !== id);
  const issues = validateIssuingBody(clean, others);
  if (issues.length > 0) throw new AppError('issuingBody.invalid', { count: issues.length, first: issues[0]!.code });
  return writeChanges(db, session, { action: id ? 'issuingBody.update' : 'issuingBody.create' }, ['issuingBodies'], (c) => c.put('issuingBodies', clean, id));
}

export type OpenRegisterInput = {
  readonly kind: RegisterKind;
  readonly year: number;
  readonly secret?: boolean;
  readonly issuingBodyId?: string;
  readonly name?: string;
  /** Where an electronic register takes over a paper one mid-year. */
  readonly firstNumber?: number;
  readonly volume?: number;
};

/**
 * Opens a register for a year. Refused (AppError 'register.invalid' with the first issue code)
 * when an open register already keeps the same number series.
 */
export async function openRegister(db: LuutruDb, session: Session, input: OpenRegisterInput, now: Date = new Date()): Promise<Register> {
  const body = input.issuingBodyId ? await db.issuingBodies.get(input.issuingBodyId) : undefined;
  const secret = input.secret ?? false;
  const firstNumber = input.firstNumber ?? 1;
  const fields: RegisterFields = {
    unitId: session.unitId,
    kind: input.kind,
    year: input.year,
    name: cleanText(input.name ?? '') || defaultRegisterName(input.kind, input.year, secret, body?.name),
    ...(input.kind !== 'incoming' && input.issuingBodyId ? { issuingBodyId: input.issuingBodyId } : {}),
    secret,
    status: 'open',
    firstNumber,
    lastNumber: firstNumber - 1,
    ...(input.volume ? { volume: input.volume } : {}),
    note: '',
  };
  return writeChanges(db, session, { action: 'register.open', detail: fields.name }, ['registers'], async (c) => {
    const others = await db.registers.where('[unitId+kind+year]').equals([session.unitId, input.kind, input.year]).toArray();
    const issues = validateRegister(fields, others, now.getFullYear());
    if (issues.length > 0) throw new AppError('register.invalid', { count: issues.length, first: issues[0]!.code, year: input.year });
    return c.create('registers', fields);
  });
}

/** Quyển số printed on a register's book (core/registers/numbering.ts `volumeOf`), among the unit's registers of its year. */
export async function registerVolume(db: LuutruDb, register: Register): Promise<number> {
  const others = await db.registers.where('[unitId+kind+year]').equals([register.unitId, register.kind, register.year]).toArray();
  return volumeOf(register, others);
}

/** Closes a register at year end (đóng sổ): no more numbers can be taken from it. */
export async function closeRegister(db: LuutruDb, session: Session, registerId: string, date: string): Promise<Register> {
  return writeChanges(db, session, { action: 'register.close' }, ['registers'], async (c) => {
    const before = await db.registers.get(registerId);
    if (!before) throw new AppError('record.notFound');
    if (before.status === 'closed') return before;
    return c.updateKnown('registers', before, closedRegister(before, date));
  });
}

/**
 * The registers a clerk works in for a year: the incoming one and one outgoing per issuing
 * body, opened on first use. Existing registers (open or closed) are kept as they are.
 */
export async function ensureYearRegisters(db: LuutruDb, session: Session, year: number, now: Date = new Date()): Promise<Register[]> {
  const bodies = await ensureDefaultIssuingBodies(db, session);
  const existing = (await listRegisters(db, session.unitId)).filter((r) => r.year === year && r.origin === session.unitId);
  const wanted: OpenRegisterInput[] = [
    { kind: 'incoming', year },
    ...bodies.filter((b) => b.active).map((b) => ({ kind: 'outgoing' as const, year, issuingBodyId: b.id })),
  ];
  for (const w of wanted) {
    const has = existing.some((r) => r.kind === w.kind && !r.secret && (w.kind === 'incoming' || r.issuingBodyId === w.issuingBodyId));
    if (!has) await openRegister(db, session, w, now);
  }
  return (await listRegisters(db, session.unitId)).filter((r) => r.year === year);
}
