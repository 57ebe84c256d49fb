/**
 * This PC's unit profile, its fonds and its operators: first-run setup and the
 * reads every screen needs. The local unit id is a local setting; the profile
 * itself is a replicated record (it travels in bundles as the origin's identity).
 */
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import {
  cleanSigner,
  cleanUnitInput,
  defaultSignerTitle,
  formHead,
  MAX_SIGNER_TITLE,
  placeOfUnit,
  validateSetup,
  validateUnit,
  type Fonds,
  type FondsFields,
  type Operator,
  type OperatorFields,
  type SetupInput,
  type Signer,
  type UnitProfile,
  type UnitProfileFields,
} from '../../core/unit';
import { cleanText } from '../../core/text';
import { writeChanges, writeDecision, type Session } from '../changes';
import type { LuutruDb } from '../schema';
import { foreignRecord, foreignRecords } from './foreign-repository';
import { ensureSigningKey } from '../exchange/keys';

const LOCAL_UNIT_KEY = 'localUnitId';
const CURRENT_OPERATOR_KEY = 'currentOperatorId';
/** Who signs the office's papers (a local setting: kept in backups, never sent in bundles). */
const SIGNER_KEY = 'signer';

export async function getLocalUnitId(db: LuutruDb): Promise<string | undefined> {
  const row = await db.settings.get(LOCAL_UNIT_KEY);
  return typeof row?.value === 'string' ? row.value : undefined;
}

export async function getLocalUnit(db: LuutruDb): Promise<UnitProfile | undefined> {
  const id = await getLocalUnitId(db);
  return id ? db.units.get(id) : undefined;
}

/** A unit profile by id: this PC's, or one received in a bundle. */
export async function getUnit(db: LuutruDb, id: string): Promise<UnitProfile | undefined> {
  return (await db.units.get(id)) ?? ((await foreignRecord(db, 'units', id)) as unknown as UnitProfile | undefined);
}

/** A fonds by id: this unit's, or one received in a bundle. */
export async function getFonds(db: LuutruDb, id: string): Promise<Fonds | undefined> {
  return (await db.fonds.get(id)) ?? ((await foreignRecord(db, 'fonds', id)) as unknown as Fonds | undefined);
}

/** Every unit known here (this PC's and those received in bundles), not removed. */
export async function listUnits(db: LuutruDb): Promise<UnitProfile[]> {
  const received = (await foreignRecords(db, 'units')) as unknown as UnitProfile[];
  return [...(await db.units.toArray()), ...received].filter((u) => !u.deleted);
}

export type FondsChoice = Fonds & { readonly unitName: string };

/**
 * Every fonds held here, not removed: this unit's first, then those received from other units
 * (read-only: a merged commune keeps the closed fonds of the communes it replaced; an upper
 * level those of its communes), by unit name and fonds name.
 */
export async function listHeldFonds(db: LuutruDb, selfId: string): Promise<FondsChoice[]> {
  const [own, received, units] = await Promise.all([db.fonds.toArray(), foreignRecords(db, 'fonds'), listUnits(db)]);
  const names = new Map(units.map((u) => [u.id, u.name]));
  return [...own, ...(received as unknown as Fonds[])]
    .filter((f) => !f.deleted)
    .map((f) => ({ ...f, unitName: names.get(f.unitId) ?? '' }))
    .sort((a, b) => Number(a.unitId !== selfId) - Number(b.unitId !== selfId) || a.unitName.localeCompare(b.unitName, 'vi') || a.name.localeCompare(b.name, 'vi'));
}

/** Creates the unit, its first fonds and first operator in one transaction. */
export async function completeSetup(db: LuutruDb, raw: SetupInput, now: Date = new Date()): Promise<UnitProfile> {
  const input = cleanUnitInput(raw);
  const issues = validateSetup(input, now.getFullYear());
  if (issues.length > 0) throw new AppError('setup.invalid', { count: issues.length });
  if (await getLocalUnitId(db)) throw new AppError('setup.alreadyDone');
  const unitId = newId();
  const session: Session = { unitId, operator: input.operator.name };
  const unit = await writeChanges(db, session, { action: 'setup.complete' }, ['units', 'fonds', 'operators'], async (changes) => {
    const unit = await changes.put<UnitProfileFields>('units', input.unit, unitId);
    await changes.put<FondsFields>('fonds', {
      unitId,
      name: input.fonds.name,
      number: input.fonds.number,
      status: 'open',
      startYear: input.fonds.startYear,
      history: '',
    });
    const op = await changes.put<OperatorFields>('operators', {
      unitId,
      name: input.operator.name,
      position: input.operator.position,
      active: true,
    });
    await db.settings.bulkPut([
      { key: LOCAL_UNIT_KEY, value: unitId },
      { key: CURRENT_OPERATOR_KEY, value: op.id },
    ]);
    return unit;
  });
  // The unit's signing key for bundles (WebCrypto: outside the transaction).
  await ensureSigningKey(db, unitId);
  return unit;
}

/** Edits the unit profile; `baseClock` (the version the form showed) refuses overwriting another window's save. */
export async function updateUnit(db: LuutruDb, session: Session, fields: UnitProfileFields, baseClock?: string): Promise<UnitProfile> {
  const issues = validateUnit(fields);
  if (issues.length > 0) throw new AppError('setup.invalid', { count: issues.length });
  return writeChanges(db, session, { action: 'unit.update' }, ['units'], async (c) => {
    const before = await c.get<UnitProfileFields>('units', session.unitId);
    if (!before) throw new AppError('record.notFound');
    await c.assertNotStale('units', before, fields, baseClock);
    return c.updateKnown<UnitProfileFields>('units', before, fields) as UnitProfile;
  });
}

export async function listFonds(db: LuutruDb, unitId: string): Promise<Fonds[]> {
  return (await db.fonds.where('unitId').equals(unitId).toArray()).filter((f) => !f.deleted);
}

export async function listOperators(db: LuutruDb, unitId: string): Promise<Operator[]> {
  return (await db.operators.where('unitId').equals(unitId).toArray()).filter((o) => !o.deleted);
}

/** The operator of that name (the session's), with the position given at setup or in the settings. */
export async function operatorNamed(db: LuutruDb, unitId: string, name: string): Promise<Operator | undefined> {
  return (await listOperators(db, unitId)).find((o) => o.name === name);
}

export async function getCurrentOperatorId(db: LuutruDb): Promise<string | undefined> {
  const row = await db.settings.get(CURRENT_OPERATOR_KEY);
  return typeof row?.value === 'string' ? row.value : undefined;
}

export async function setCurrentOperator(db: LuutruDb, operatorId: string): Promise<void> {
  await db.settings.put({ key: CURRENT_OPERATOR_KEY, value: operatorId });
}

/** Adds a named operator (a person who uses this PC) and makes them current. */
export async function addOperator(db: LuutruDb, session: Session, name: string, position: string): Promise<Operator> {
  const clean = cleanText(name);
  if (!clean) throw new AppError('operator.name.required');
  if (clean.length > 100) throw new AppError('text.tooLong', { max: 100, length: clean.length });
  if (cleanText(position).length > 100) throw new AppError('text.tooLong', { max: 100, length: cleanText(position).length });
  const existing = await listOperators(db, session.unitId);
  if (existing.some((o) => o.name.toLocaleLowerCase('vi') === clean.toLocaleLowerCase('vi')))
    throw new AppError('operator.name.duplicate', { name: clean });
  const op = await writeChanges(db, session, { action: 'operator.add', detail: clean }, ['operators'], (c) =>
    c.put<OperatorFields>('operators', { unitId: session.unitId, name: clean, position: cleanText(position), active: true }),
  );
  await setCurrentOperator(db, op.id);
  return op;
}

/**
 * The signer as the settings hold it: its title, or with none set the title the office's name calls
 * for (core `defaultSignerTitle`, shown in the settings to start from; `set` false), and its name.
 * Forms take it through core `formHead`.
 */
export async function getSigner(db: LuutruDb, unitName: string): Promise<Signer & { readonly set: boolean }> {
  const v = (await db.settings.get(SIGNER_KEY))?.value as Partial<Signer> | undefined;
  const title = typeof v?.title === 'string' ? v.title : '';
  const name = typeof v?.name === 'string' ? v.name : '';
  return { title: title || defaultSignerTitle(unitName), name, set: title !== '' };
}

/**
 * Saves the signer (an empty title goes back to the default), journaled (the signature block of official papers changed
 * without a trace; unchanged, nothing is written); refused when the title is too long for a signature block.
 */
export async function setSigner(db: LuutruDb, raw: Signer, session: Session): Promise<Signer> {
  const s = cleanSigner(raw);
  if (s.title.length > MAX_SIGNER_TITLE || s.title.split('\n').length > 3) throw new AppError('signer.titleTooLong', { max: MAX_SIGNER_TITLE });
  if (s.name.length > 100) throw new AppError('text.tooLong', { max: 100, length: s.name.length });
  const stored = (await db.settings.get(SIGNER_KEY))?.value as Partial<Signer> | undefined;
  if ((stored?.title ?? '') === s.title && (stored?.name ?? '') === s.name) return s;
  await writeDecision(db, session, { action: 'settings.signer', detail: [s.title.replace(/\n/g, ' / '), s.name].filter(Boolean).join(' — ') }, ['settings'], () => db.settings.put({ key: SIGNER_KEY, value: s }));
  return s;
}

/** This office as its printed forms name it: agency, parent, the place before the date, and who signs for it. */
export type FormUnit = { readonly name: string; readonly parentName: string; readonly place: string; readonly head?: Signer };

export async function getFormUnit(db: LuutruDb, unitId: string): Promise<FormUnit> {
  const unit = await getUnit(db, unitId);
  const name = unit?.name ?? '';
  return { name, parentName: unit?.parentName ?? '', place: placeOfUnit(name), head: formHead(name, await getSigner(db, name)) };
}
