/**
 * The retention schedule of this unit (bảng thời hạn bảo quản): versions and their items, the
 * starter set loaded as an unverified version, new versions copied from an old one, an imported
 * table written whole or not at all, and the items a dossier of a year may pick. A dossier keeps
 * its own copy of the period and basis, so nothing here ever rewrites a dossier.
 */
import { AppError, type FieldIssue } from '../../core/errors';
import { addDays } from '../../core/registers/dates';
import { cleanItem, cleanSchedule, itemCodeIssues, scheduleForYear, sortItems, validateItem, validateNewVersion, validateSchedule, versionDateIssues, versionStanding, type ImportedItem } from '../../core/duties/retention';
import { isoDate } from '../../core/format';

export type { ImportedItem };
import { STARTER_SCHEDULE } from '../../core/duties/starter-schedule';
import type { RetentionItem, RetentionItemFields, RetentionSchedule, RetentionScheduleFields } from '../../core/duties/types';
import { writeChanges, type ChangeSet, type Session } from '../changes';
import type { LuutruDb } from '../schema';
import { DutyInvalidError } from './duties-settings';

/** This unit's schedule versions, newest first. */
export async function listSchedules(db: LuutruDb, unitId: string): Promise<RetentionSchedule[]> {
  return (await db.retentionSchedules.where('unitId').equals(unitId).toArray()).filter((s) => !s.deleted).sort((a, b) => b.validFrom.localeCompare(a.validFrom) || b.version.localeCompare(a.version, 'vi', { numeric: true }));
}

export async function listItems(db: LuutruDb, scheduleId: string): Promise<RetentionItem[]> {
  return sortItems((await db.retentionItems.where('scheduleId').equals(scheduleId).toArray()).filter((i) => !i.deleted));
}

/** The version in force for a dossier of `year` and its items (none when the unit has no schedule yet). */
export async function itemsForYear(db: LuutruDb, unitId: string, year: number): Promise<{ schedule: RetentionSchedule; items: RetentionItem[] } | undefined> {
  const schedule = scheduleForYear(await listSchedules(db, unitId), year);
  return schedule ? { schedule, items: await listItems(db, schedule.id) } : undefined;
}

/** How many dossiers picked this item. */
export async function itemUse(db: LuutruDb, itemId: string): Promise<number> {
  return db.dossiers.where('retentionItemId').equals(itemId).count();
}

/** What a version of the schedule says, apart from whether it was checked. */
const SCHEDULE_TEXTS = ['unitId', 'name', 'version', 'validFrom', 'validTo', 'basis', 'note'] as const satisfies readonly (keyof RetentionScheduleFields)[];

/**
 * Refuses a change to a version no longer in force on `today`: its items are what the dossiers of
 * its years picked, so a correction belongs in the version in force or a new one.
 */
async function ensureEditable(db: LuutruDb, schedule: RetentionSchedule, today: string): Promise<void> {
  if (versionStanding(schedule, await listSchedules(db, schedule.unitId), today) === 'superseded') throw new AppError('retention.versionSuperseded', { version: schedule.version });
}

export async function saveSchedule(db: LuutruDb, session: Session, raw: RetentionScheduleFields, id?: string, today: string = isoDate(new Date())): Promise<RetentionSchedule> {
  const fields = cleanSchedule({ ...raw, unitId: session.unitId });
  const issues = validateSchedule(fields);
  if (issues.length > 0) throw new DutyInvalidError(issues);
  return writeChanges(db, session, { action: id ? 'retention.scheduleUpdate' : 'retention.scheduleCreate', detail: `${fields.name} ${fields.version}` }, ['retentionSchedules'], async (c) => {
    if (id) {
      const before = await c.get<RetentionScheduleFields>('retentionSchedules', id);
      if (!before || before.deleted) throw new AppError('record.notFound');
      // A replaced version keeps what it said; whether it was checked against its issued text can
      // still be recorded (the dossiers that picked a period from it show it beside their basis).
      // Compared as tidied (an old note may hold spaces the form now trims); only the mark is written.
      const said = cleanSchedule(before);
      if (SCHEDULE_TEXTS.every((k) => (said[k] ?? '') === (fields[k] ?? ''))) {
        const kept = Object.fromEntries(SCHEDULE_TEXTS.filter((k) => before[k] !== undefined).map((k) => [k, before[k]]));
        return c.updateKnown<RetentionScheduleFields>('retentionSchedules', before, { ...kept, verified: fields.verified } as RetentionScheduleFields) as RetentionSchedule;
      }
      await ensureEditable(db, before as RetentionSchedule, today);
      return c.updateKnown<RetentionScheduleFields>('retentionSchedules', before, fields) as RetentionSchedule;
    }
    return c.create<RetentionScheduleFields>('retentionSchedules', fields) as RetentionSchedule;
  });
}

/**
 * Adds or corrects an item of a version in force or still to come. Its period cannot change once
 * a dossier picked it: the dossiers keep the old period, and a changed period belongs in a new
 * version of the schedule. A typed Số TT is a whole number no other item of the version holds.
 */
export async function saveItem(db: LuutruDb, session: Session, raw: RetentionItemFields, id?: string, today: string = isoDate(new Date())): Promise<RetentionItem> {
  const fields = cleanItem({ ...raw, unitId: session.unitId });
  const issues = validateItem(fields);
  if (issues.length > 0) throw new DutyInvalidError(issues);
  return writeChanges(db, session, { action: id ? 'retention.itemUpdate' : 'retention.itemCreate', detail: fields.title.slice(0, 80) }, ['retentionItems', 'retentionSchedules', 'dossiers'], async (c) => {
    const schedule = await db.retentionSchedules.get(fields.scheduleId);
    if (!schedule || schedule.deleted || schedule.unitId !== session.unitId) throw new AppError('record.notFound');
    await ensureEditable(db, schedule, today);
    const before = id ? await c.get<RetentionItemFields>('retentionItems', id) : undefined;
    if (id && (!before || before.deleted || before.scheduleId !== fields.scheduleId)) throw new AppError('record.notFound');
    if (before?.code !== fields.code) {
      const codeIssues = itemCodeIssues(fields.code, (await listItems(db, fields.scheduleId)).filter((i) => i.id !== id));
      if (codeIssues.length > 0) throw new DutyInvalidError(codeIssues);
    }
    if (!id || !before) return c.create<RetentionItemFields>('retentionItems', fields) as RetentionItem;
    if (before.retention !== fields.retention) {
      const used = await itemUse(db, id);
      if (used > 0) throw new AppError('retention.itemInUse', { count: used });
    }
    return c.updateKnown<RetentionItemFields>('retentionItems', before, fields) as RetentionItem;
  });
}

export async function deleteItem(db: LuutruDb, session: Session, id: string, today: string = isoDate(new Date())): Promise<void> {
  // Named by the item removed ("Xóa mục bảng thời hạn" said nothing of which).
  await writeChanges(db, session, { action: 'retention.itemDelete', about: ['retentionItems'] }, ['retentionItems', 'retentionSchedules'], async (c) => {
    const item = await c.get<RetentionItemFields>('retentionItems', id);
    const schedule = item && (await db.retentionSchedules.get(item.scheduleId));
    if (schedule) await ensureEditable(db, schedule, today);
    await c.remove('retentionItems', id, 'Xóa khỏi bảng thời hạn');
  });
}

/** Checks every item before anything is written; the first problem names its row. */
function checkedItems(scheduleId: string, unitId: string, items: readonly ImportedItem[]): RetentionItemFields[] {
  if (items.length === 0) throw new AppError('retention.importEmpty');
  return items.map((it, order) => {
    const fields = cleanItem({ unitId, scheduleId, group: it.group, code: it.code, title: it.title, retention: it.retention ?? (0 as never), basis: it.basis, note: it.note, order });
    const issues: FieldIssue[] = validateItem(fields);
    if (issues.length > 0) {
      const first = issues[0]!;
      throw new DutyInvalidError([{ ...first, code: first.code === 'retention.itemPeriodRequired' ? 'retention.importRowNoPeriod' : first.code, params: { ...first.params, row: it.row } }]);
    }
    return fields;
  });
}

function createVersion(c: ChangeSet, unitId: string, schedule: RetentionScheduleFields, items: readonly RetentionItemFields[], previous: readonly RetentionSchedule[]): RetentionSchedule {
  // The version in force until now ends the day before the new one starts.
  for (const p of previous)
    if (p.validFrom < schedule.validFrom && (p.validTo === undefined || p.validTo >= schedule.validFrom)) {
      const { id: _i, origin: _o, clock: _c, deleted: _d, changedBy: _b, ...fields } = p;
      c.updateKnown<RetentionScheduleFields>('retentionSchedules', p, { ...fields, validTo: addDays(schedule.validFrom, -1) });
    }
  const created = c.create<RetentionScheduleFields>('retentionSchedules', { ...schedule, unitId }) as RetentionSchedule;
  for (const it of items) c.create<RetentionItemFields>('retentionItems', { ...it, scheduleId: created.id, unitId });
  return created;
}

/**
 * A new version from an imported table (or typed data): the whole table is checked first — an
 * item without a period refuses the import naming its row, and nothing is written.
 */
export async function importSchedule(db: LuutruDb, session: Session, raw: RetentionScheduleFields, items: readonly ImportedItem[]): Promise<RetentionSchedule> {
  const schedule = cleanSchedule({ ...raw, unitId: session.unitId });
  const issues = validateSchedule(schedule);
  if (issues.length > 0) throw new DutyInvalidError(issues);
  const checked = checkedItems('', session.unitId, items);
  return writeChanges(db, session, { action: 'retention.import', detail: `${schedule.name} ${schedule.version} (${checked.length})` }, ['retentionSchedules', 'retentionItems'], async (c) => {
    const previous = await listSchedules(db, session.unitId);
    if (previous.some((p) => p.name === schedule.name && p.version === schedule.version)) throw new AppError('retention.versionTaken', { version: schedule.version });
    // The unit's versions are one sequence, whatever their names (the one in force is the latest to have begun).
    const dated = versionDateIssues(schedule, previous.map((p) => p.validFrom).sort().at(-1), isoDate(new Date()));
    if (dated.length > 0) throw new DutyInvalidError(dated);
    return createVersion(c, session.unitId, schedule, checked, previous);
  });
}

/** Loads the starter set of §3.2 as an unverified version ("cần kiểm tra"). */
export async function loadStarterSchedule(db: LuutruDb, session: Session): Promise<RetentionSchedule> {
  const { items, ...head } = STARTER_SCHEDULE;
  return importSchedule(
    db,
    session,
    { unitId: session.unitId, name: head.name, version: head.version, validFrom: head.validFrom, basis: head.basis, verified: false, note: head.note },
    items.map((it, i) => ({ row: i + 1, group: it.group, code: it.code, title: it.title, retention: it.retention, basis: it.basis, note: '' })),
  );
}

/**
 * A new version in force from `validFrom`, starting as a copy of `fromId` on the legal basis given
 * (required; the dialog offers the old version's); the old one ends the day before.
 */
export async function newScheduleVersion(db: LuutruDb, session: Session, fromId: string, version: string, validFrom: string, basis: string): Promise<RetentionSchedule> {
  const from = await db.retentionSchedules.get(fromId);
  if (!from || from.deleted || from.unitId !== session.unitId) throw new AppError('record.notFound');
  const { id: _i, origin: _o, clock: _c, deleted: _d, changedBy: _b, validTo: _t, ...head } = from;
  const schedule = cleanSchedule({ ...head, version, validFrom, basis });
  // Its date is checked where every version is written (importSchedule), against all of the unit's versions.
  const issues = validateNewVersion(schedule);
  if (issues.length > 0) throw new DutyInvalidError(issues);
  const items = await listItems(db, fromId);
  return importSchedule(
    db,
    session,
    schedule,
    items.map((it, i) => ({ row: i + 1, group: it.group, code: it.code, title: it.title, retention: it.retention, basis: it.basis, note: it.note })),
  );
}
