/**
 * Register entries: registering an incoming or outgoing document (the number is taken from the
 * register in the same transaction that writes the entry, and the unique index
 * [registerId+number] refuses a second entry with the same number even if two windows race),
 * editing, cancelling (a tombstone with a reason: the number is never reused), the duplicate
 * warning of Phụ lục VI and the follow-up list. (Importing an old register: register-import-repository.ts.)
 */
import Dexie from 'dexie';
import { AppError, type FieldIssue } from '../../core/errors';
import { abbrForTypeName } from '../../core/registers/doc-types';
import { buildSymbol, entryRef } from '../../core/registers/notation';
import { maybeSameDocument, sameNumberPrefix, sameOutgoingDocument } from '../../core/registers/duplicates';
import { assignNumber } from '../../core/registers/numbering';
import { EARLIER_ENTRIES, valuesByUse } from '../../core/registers/earlier-values';
import { cleanIncomingInput, cleanOutgoingInput, validateIncoming, validateOutgoing } from '../../core/registers/validation';
import type { IncomingDocFields, IncomingInput, OutgoingDocFields, OutgoingInput } from '../../core/registers/types';
import { cleanText } from '../../core/text';
import { decodeHlc } from '../../core/hlc';
import { isoDate } from '../../core/format';
import { receivedEntry } from '../../core/registers/received-entry';
import type { BundleRecord } from '../../core/bundle/schema';
import { writeChanges, type Session } from '../changes';
import { deriveIncoming, deriveOutgoing } from '../register-derived';
import type { IncomingDoc, OutgoingDoc, Register } from '../register-records';
import type { LuutruDb } from '../schema';
import { foreignChildren, foreignRecord, foreignRecordFrom, foreignRecordsById } from './foreign-repository';

export type SaveOptions = {
  /** The clerk saw the duplicate warning and decided to register anyway. */
  readonly confirmDuplicate?: boolean;
  /** Today as "yyyy-mm-dd" (local calendar), for date checks. */
  readonly today: string;
  /**
   * Corrections: the clock of the version the form was opened on. A save that would overwrite
   * what another window saved since is refused (AppError 'record.changedElsewhere').
   */
  readonly baseClock?: string;
};

export type SaveResult<T> =
  | { readonly kind: 'saved'; readonly doc: T }
  /** Same (số, ký hiệu, cơ quan ban hành) already registered: nothing written; ask the clerk. */
  | { readonly kind: 'duplicate'; readonly duplicates: readonly T[] };

/** Validation failed: `issues` says which fields and why; nothing was written. */
export class EntryInvalidError extends AppError {
  constructor(readonly issues: readonly FieldIssue[]) {
    super('register.entryInvalid', { count: issues.length });
  }
}

async function registerOf(db: LuutruDb, registerId: string): Promise<Register> {
  const r = await db.registers.get(registerId);
  if (!r || r.deleted) throw new AppError('register.notFound');
  return r;
}

function mine(session: Session, r: { origin: string }): void {
  if (r.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
}

/** Entries with the same duplicate key (not cancelled), excluding `exceptId`. */
async function sameKey(db: LuutruDb, table: 'incomingDocs', key: string, exceptId?: string): Promise<IncomingDoc[]>;
async function sameKey(db: LuutruDb, table: 'outgoingDocs', key: string, exceptId?: string): Promise<OutgoingDoc[]>;
async function sameKey(db: LuutruDb, table: 'incomingDocs' | 'outgoingDocs', key: string, exceptId?: string): Promise<(IncomingDoc | OutgoingDoc)[]> {
  if (!key) return [];
  const rows: (IncomingDoc | OutgoingDoc)[] = table === 'incomingDocs' ? await db.incomingDocs.where('dupKey').equals(key).toArray() : await db.outgoingDocs.where('dupKey').equals(key).toArray();
  return rows.filter((d) => !d.deleted && d.id !== exceptId);
}

/**
 * Incoming entries that may be this very document: the same key, or the same number and symbol in
 * the same year (or a year not known on either side) from a sender written otherwise (core/registers/
 * duplicates.ts `maybeSameDocument`), found by the prefix of the stored keys. Not cancelled, not `exceptId`.
 */
async function maybeSameIncoming(db: LuutruDb, key: string, arrivalDate: string, exceptId?: string): Promise<IncomingDoc[]> {
  const prefix = sameNumberPrefix(key);
  if (!prefix) return sameKey(db, 'incomingDocs', key, exceptId);
  const rows = await db.incomingDocs.where('dupKey').startsWith(prefix).toArray();
  return rows.filter((d) => !d.deleted && d.id !== exceptId && maybeSameDocument({ key, arrivalDate }, { key: d.dupKey ?? '', arrivalDate: d.arrivalDate }));
}

/** Registers an incoming document: assigns the next số đến of the register. */
export async function registerIncoming(db: LuutruDb, session: Session, registerId: string, raw: IncomingInput, opts: SaveOptions): Promise<SaveResult<IncomingDoc>> {
  const input = cleanIncomingInput({ ...raw, arrivalNumber: undefined });
  return writeChanges(db, session, { action: 'incoming.register' }, ['registers', 'incomingDocs'], async (c) => {
    const register = await registerOf(db, registerId);
    mine(session, register);
    const issues = validateIncoming(input, { register, today: opts.today });
    if (issues.length > 0) throw new EntryInvalidError(issues);
    const derived = deriveIncoming(input);
    if (!opts.confirmDuplicate) {
      const duplicates = await maybeSameIncoming(db, derived.dupKey, input.arrivalDate);
      if (duplicates.length > 0) return { kind: 'duplicate', duplicates } as const;
    }
    const { number, register: raised } = assignNumber(register);
    c.updateKnown('registers', register, raised);
    const fields: IncomingDocFields & typeof derived = { ...input, ...derived, registerId, arrivalNumber: number };
    // The journal names the entry (it said "Đăng ký văn bản đến" and nothing of which).
    c.describe(entryRef(fields));
    return { kind: 'saved', doc: c.create('incomingDocs', fields) as IncomingDoc } as const;
  });
}

/** Corrects an incoming entry. Its register and số đến never change. */
export async function updateIncoming(db: LuutruDb, session: Session, id: string, raw: IncomingInput, opts: SaveOptions): Promise<SaveResult<IncomingDoc>> {
  return writeChanges(db, session, { action: 'incoming.update' }, ['registers', 'incomingDocs'], async (c) => {
    const before = await db.incomingDocs.get(id);
    if (!before) throw new AppError('record.notFound');
    mine(session, before);
    const register = await registerOf(db, before.registerId);
    const input = cleanIncomingInput({ ...raw, arrivalNumber: before.arrivalNumber });
    // A correction is allowed in a closed register (the book is corrected, not extended).
    const issues = validateIncoming(input, { register: { ...register, status: 'open' }, today: opts.today });
    if (issues.length > 0) throw new EntryInvalidError(issues);
    const derived = deriveIncoming(input);
    if (!opts.confirmDuplicate && derived.dupKey !== before.dupKey) {
      const duplicates = await maybeSameIncoming(db, derived.dupKey, input.arrivalDate, id);
      if (duplicates.length > 0) return { kind: 'duplicate', duplicates } as const;
    }
    const fields = { ...withoutDerived(input), ...derived, registerId: before.registerId, arrivalNumber: before.arrivalNumber };
    if (!derived.openDeadline) delete (fields as { openDeadline?: string }).openDeadline;
    await c.assertNotStale('incomingDocs', before, fields, opts.baseClock);
    c.describe(entryRef(fields));
    return { kind: 'saved', doc: c.updateKnown('incomingDocs', before, fields) as IncomingDoc } as const;
  });
}

function withoutDerived<T extends object>(input: T): T {
  const { dupKey: _k, openDeadline: _d, ...rest } = input as T & { dupKey?: string; openDeadline?: string };
  return rest as T;
}

/** The outgoing notation when the clerk left it empty: type abbreviation + issuer ("QĐ-UBND", or "UBND" for công văn). */
export function defaultOutgoingSymbol(typeName: string, issuerAbbreviation: string, unitSuffix = ''): string {
  return buildSymbol({ typeAbbr: abbrForTypeName(typeName), issuerAbbr: issuerAbbreviation, unitSuffix });
}

/** Registers an outgoing (or internal) document: assigns the next số of the register's series. */
export async function registerOutgoing(db: LuutruDb, session: Session, registerId: string, raw: OutgoingInput, opts: SaveOptions): Promise<SaveResult<OutgoingDoc>> {
  const cleaned = cleanOutgoingInput({ ...raw, number: undefined });
  return writeChanges(db, session, { action: 'outgoing.register' }, ['registers', 'issuingBodies', 'outgoingDocs'], async (c) => {
    const register = await registerOf(db, registerId);
    mine(session, register);
    const body = register.issuingBodyId ? await db.issuingBodies.get(register.issuingBodyId) : undefined;
    const input = { ...cleaned, notation: cleaned.notation || defaultOutgoingSymbol(cleaned.typeName, body?.abbreviation ?? '') };
    const issues = validateOutgoing(input, { register, today: opts.today });
    if (issues.length > 0) throw new EntryInvalidError(issues);
    const { number, register: raised } = assignNumber(register);
    const derived = deriveOutgoing({ ...input, number }, body?.name ?? '');
    if (!opts.confirmDuplicate) {
      // The same ký hiệu typed, or the same document registered again (its kind, date and summary: a second
      // number taken for one document, which can only be cancelled), among the register's newest entries.
      const recent = (await newestOutgoing(db, registerId, RECENT_OUTGOING)).filter((d) => !d.deleted && sameOutgoingDocument(input, d));
      const byKey = await sameKey(db, 'outgoingDocs', derived.dupKey);
      const duplicates = [...byKey, ...recent.filter((d) => !byKey.some((k) => k.id === d.id))];
      if (duplicates.length > 0) return { kind: 'duplicate', duplicates } as const;
    }
    c.updateKnown('registers', register, raised);
    const fields: OutgoingDocFields & typeof derived = { ...input, ...derived, registerId, number };
    c.describe(entryRef(fields));
    return { kind: 'saved', doc: c.create('outgoingDocs', fields) as OutgoingDoc } as const;
  });
}

export async function updateOutgoing(db: LuutruDb, session: Session, id: string, raw: OutgoingInput, opts: SaveOptions): Promise<SaveResult<OutgoingDoc>> {
  return writeChanges(db, session, { action: 'outgoing.update' }, ['registers', 'issuingBodies', 'outgoingDocs'], async (c) => {
    const before = await db.outgoingDocs.get(id);
    if (!before) throw new AppError('record.notFound');
    mine(session, before);
    const register = await registerOf(db, before.registerId);
    const body = register.issuingBodyId ? await db.issuingBodies.get(register.issuingBodyId) : undefined;
    const input = cleanOutgoingInput({ ...raw, number: before.number });
    const issues = validateOutgoing(input, { register: { ...register, status: 'open' }, today: opts.today });
    if (issues.length > 0) throw new EntryInvalidError(issues);
    const derived = deriveOutgoing(input, body?.name ?? '');
    const fields = { ...withoutDerived(input), ...derived, registerId: before.registerId, number: before.number };
    await c.assertNotStale('outgoingDocs', before, fields, opts.baseClock);
    c.describe(entryRef(fields));
    return { kind: 'saved', doc: c.updateKnown('outgoingDocs', before, fields) as OutgoingDoc } as const;
  });
}

/** Cancels an entry (tombstone with a reason). Its number stays taken and shows as cancelled in the book. */
export async function cancelEntry(db: LuutruDb, session: Session, table: 'incomingDocs' | 'outgoingDocs', id: string, reason: string): Promise<void> {
  const why = cleanText(reason);
  if (!why) throw new AppError('register.cancelReason.required');
  // Named by its number and summary, the reason after (the line said only why: which entry, nobody could tell).
  await writeChanges(db, session, { action: table === 'incomingDocs' ? 'incoming.cancel' : 'outgoing.cancel', detail: why, about: [table] }, [table], async (c) => {
    await c.remove(table, id, why);
  });
}

/** Another unit's entry, read as its register's (receivedEntry: an entry of an older format may lack a field). */
const asReceived = (table: 'incomingDocs' | 'outgoingDocs', r: BundleRecord): IncomingDoc | OutgoingDoc => receivedEntry(table, r) as unknown as IncomingDoc | OutgoingDoc;

/** Every entry of a register (cancelled ones included), by number; another unit's register is read from its blocks. Small registers only: lists read windows (entriesAt). */
export async function listIncoming(db: LuutruDb, registerId: string): Promise<IncomingDoc[]> {
  const own = await db.incomingDocs.where('[registerId+arrivalNumber]').between([registerId, Dexie.minKey], [registerId, Dexie.maxKey]).toArray();
  if (own.length > 0) return own;
  const received = (await foreignChildren(db, 'incomingDocs', 'registerId', registerId)).map((r) => asReceived('incomingDocs', r) as IncomingDoc);
  return received.sort((a, b) => a.arrivalNumber - b.arrivalNumber);
}

export async function listOutgoing(db: LuutruDb, registerId: string): Promise<OutgoingDoc[]> {
  const own = await db.outgoingDocs.where('[registerId+number]').between([registerId, Dexie.minKey], [registerId, Dexie.maxKey]).toArray();
  if (own.length > 0) return own;
  const received = (await foreignChildren(db, 'outgoingDocs', 'registerId', registerId)).map((r) => asReceived('outgoingDocs', r) as OutgoingDoc);
  return received.sort((a, b) => a.number - b.number);
}

/** One entry, incoming or outgoing, by id (cancelled ones too; this unit's or one received; `origin`: the unit it is expected from, e.g. a search hit's). */
export async function getEntry(db: LuutruDb, id: string, origin?: string): Promise<IncomingDoc | OutgoingDoc | undefined> {
  const own = (await db.incomingDocs.get(id)) ?? (await db.outgoingDocs.get(id));
  if (own) return own;
  // The unit's directories of both registers first: an outgoing entry is not looked for through every unit's incoming ones.
  for (const table of ['incomingDocs', 'outgoingDocs'] as const) {
    const r = origin === undefined ? undefined : await foreignRecordFrom(db, table, id, origin);
    if (r) return asReceived(table, r);
  }
  for (const table of ['incomingDocs', 'outgoingDocs'] as const) {
    const r = await foreignRecord(db, table, id);
    if (r) return asReceived(table, r);
  }
  return undefined;
}

/** The given entries of a table, as stored now (undefined where an id is unknown); `origin`: the unit received ones are expected from. */
export async function getEntries(db: LuutruDb, table: 'incomingDocs' | 'outgoingDocs', ids: readonly string[], origin?: string): Promise<(IncomingDoc | OutgoingDoc | undefined)[]> {
  const own: (IncomingDoc | OutgoingDoc | undefined)[] = table === 'incomingDocs' ? await db.incomingDocs.bulkGet([...ids]) : await db.outgoingDocs.bulkGet([...ids]);
  const missing = ids.filter((_, i) => !own[i]);
  if (missing.length === 0) return own;
  const received = await foreignRecordsById(db, table, missing, origin);
  return own.map((r, i) => {
    const got = r ? undefined : received.get(ids[i]!);
    return r ?? (got && asReceived(table, got));
  });
}

/** The last `max` entries of an incoming register, newest first, read through its number index (the same cost at any size). */
function newestIncoming(db: LuutruDb, registerId: string, max: number): Promise<IncomingDoc[]> {
  return db.incomingDocs.where('[registerId+arrivalNumber]').between([registerId, Dexie.minKey], [registerId, Dexie.maxKey]).reverse().limit(max).toArray();
}
/** How many of a register's newest outgoing entries are compared with one being registered (a document registered twice is so most often at once). */
const RECENT_OUTGOING = 300;

/** The same for an outgoing register. */
function newestOutgoing(db: LuutruDb, registerId: string, max: number): Promise<OutgoingDoc[]> {
  return db.outgoingDocs.where('[registerId+number]').between([registerId, Dexie.minKey], [registerId, Dexie.maxKey]).reverse().limit(max).toArray();
}

/**
 * The outgoing entries (not cancelled) of a unit's outgoing registers of a year, by register
 * and number: the replies an incoming document can be linked to. With `latest`, only the last
 * that many entries of each register (a reply is recent; a register may hold a million).
 */
export async function listOutgoingOfYear(db: LuutruDb, unitId: string, year: number, latest?: number): Promise<OutgoingDoc[]> {
  const registers = await db.registers.where('[unitId+kind+year]').equals([unitId, 'outgoing', year]).toArray();
  const lists = await Promise.all(
    registers.map(async (r) =>
      latest === undefined
        ? listOutgoing(db, r.id)
        : (await newestOutgoing(db, r.id, latest)).reverse(),
    ),
  );
  return lists.flat().filter((d) => !d.deleted);
}

/**
 * This unit's incoming documents still being handled whose deadline is on or before `until`
 * ("yyyy-mm-dd"), earliest first. Other units' entries (received in bundles) are theirs to handle.
 */
export async function openDeadlinesUntil(db: LuutruDb, until: string, origin: string, limit = 200): Promise<IncomingDoc[]> {
  return (await openDeadlineList(db, until, origin, limit)).items;
}

/** `openDeadlinesUntil`, and whether there are more than `limit` (the list then says so instead of a count that is only its length). */
export async function openDeadlineList(db: LuutruDb, until: string, origin: string, limit = 200): Promise<{ items: IncomingDoc[]; more: boolean }> {
  const out: IncomingDoc[] = [];
  await db.incomingDocs
    .where('openDeadline')
    .belowOrEqual(until)
    .until(() => out.length > limit)
    .each((d) => {
      if (!d.deleted && d.origin === origin) out.push(d);
    });
  return { items: out.slice(0, limit), more: out.length > limit };
}

const byNumber = (table: 'incomingDocs' | 'outgoingDocs') => (table === 'incomingDocs' ? '[registerId+arrivalNumber]' : '[registerId+number]');
const numberOf = (d: IncomingDoc | OutgoingDoc) => ('arrivalNumber' in d ? d.arrivalNumber : d.number);

/**
 * The entries of a register at some numbers (a window of its list), aligned with them
 * (undefined where none): through the [registerId+number] index — one range read when the
 * numbers lie close together, else each key — or, for a register received from another unit,
 * by the record ids its index keeps.
 */
export async function entriesAt(
  db: LuutruDb,
  table: 'incomingDocs' | 'outgoingDocs',
  registerId: string,
  numbers: readonly number[],
  ids?: readonly string[],
): Promise<(IncomingDoc | OutgoingDoc | undefined)[]> {
  if (numbers.length === 0) return [];
  if (ids) return getEntries(db, table, ids);
  const t = db.table<IncomingDoc | OutgoingDoc, string>(table);
  let lo = Infinity;
  let hi = -Infinity;
  for (const n of numbers) {
    lo = Math.min(lo, n);
    hi = Math.max(hi, n);
  }
  const rows =
    hi - lo + 1 <= 3 * numbers.length
      ? await t.where(byNumber(table)).between([registerId, lo], [registerId, hi], true, true).toArray()
      : await t.where(byNumber(table)).anyOf(numbers.map((n) => [registerId, n])).toArray();
  const found = new Map(rows.map((r) => [numberOf(r), r]));
  return numbers.map((n) => found.get(n));
}

/**
 * The entries of a register numbered from..to (inclusive), by number, read `page` at a time
 * (keyset paging on the number index), at most `max` of them; `onProgress` hears how many so
 * far. A register received from another unit is read from its blocks.
 */
export async function entriesInRange(
  db: LuutruDb,
  table: 'incomingDocs' | 'outgoingDocs',
  registerId: string,
  range: { readonly from: number; readonly to: number; readonly max: number },
  onProgress?: (read: number) => void,
  page = 2000,
): Promise<(IncomingDoc | OutgoingDoc)[]> {
  const out: (IncomingDoc | OutgoingDoc)[] = [];
  if (!(await db.registers.get(registerId))) {
    const received = (await foreignChildren(db, table, 'registerId', registerId)).map((r) => asReceived(table, r));
    return received.filter((d) => numberOf(d) >= range.from && numberOf(d) <= range.to).sort((a, b) => numberOf(a) - numberOf(b)).slice(0, range.max);
  }
  const t = db.table<IncomingDoc | OutgoingDoc, string>(table);
  let next = range.from;
  while (out.length < range.max && next <= range.to) {
    const rows = await t.where(byNumber(table)).between([registerId, next], [registerId, range.to], true, true).limit(Math.min(page, range.max - out.length)).toArray();
    if (rows.length === 0) break;
    out.push(...rows);
    onProgress?.(out.length);
    next = numberOf(rows[rows.length - 1]!) + 1;
  }
  return out;
}

/**
 * The numbers of this register's last day of registering — the documents registered through the form on the newest day
 * any of them still live was (this PC's calendar), read newest first from the journal of the register, at most `max`:
 * the ĐẾN stamps a clerk prints after a day's registering. By the day registered, not the Ngày đến (a document received
 * a week ago and registered today made the day a week ago, and today's others were left out), nor the day last written
 * (an older entry corrected today, a register imported today, read as registered today). Cancelled ones get no slip: they
 * neither set the day nor end its span (one inside it is skipped by the print). A register none of whose entries was
 * registered here (imported, received) goes by the day its newest live entry was written. Undefined when no live entry
 * is found.
 */
export async function lastDayOfIncoming(db: LuutruDb, registerId: string, max = 500): Promise<{ date: string; from: number; to: number } | undefined> {
  // The registrations, newest first: each entry with the day it was registered.
  const registered: { readonly id: string; readonly day: string }[] = [];
  await db.journal
    .where('recordIds')
    .equals(registerId)
    .reverse()
    .until(() => registered.length >= max)
    .each((e) => {
      if (e.action !== 'incoming.register') return;
      const day = isoDate(new Date(e.at));
      for (const c of e.changes) if (c.table === 'incomingDocs' && c.op === 'create') registered.push({ id: c.recordId, day });
    });
  if (registered.length === 0) return lastWrittenDay(db, registerId, max);
  const docs = await db.incomingDocs.bulkGet(registered.map((r) => r.id));
  const live = registered.map((r, i) => ({ ...r, doc: docs[i] })).filter((r) => r.doc && !r.doc.deleted && r.doc.registerId === registerId);
  const date = live[0]?.day;
  if (date === undefined) return undefined;
  const numbers = live.filter((r) => r.day === date).map((r) => r.doc!.arrivalNumber);
  return { date, from: Math.min(...numbers), to: Math.max(...numbers) };
}

/** The newest live entries written on the day the newest was (its clock's day), for a register with no registration here. */
async function lastWrittenDay(db: LuutruDb, registerId: string, max: number): Promise<{ date: string; from: number; to: number } | undefined> {
  const newest = (await newestIncoming(db, registerId, max)).filter((d) => !d.deleted);
  const first = newest[0];
  if (!first) return undefined;
  const day = writtenDay(first);
  let from = first.arrivalNumber;
  for (const d of newest) {
    if (writtenDay(d) !== day) break;
    from = d.arrivalNumber;
  }
  return { date: day, from, to: first.arrivalNumber };
}

/** The day (this PC's calendar) an entry was last written: its clock's time. */
const writtenDay = (d: { readonly clock: string }) => isoDate(new Date(decodeHlc(d.clock).wallMs));

/**
 * The values `fields` had in the last `max` entries of `register` (cancelled ones left out), most
 * used first: last year's register lends them to this year's forms (core/registers/earlier-values.ts).
 * Read newest-first through the number index, so a register of any size costs the same.
 */
export async function recentEntryValues(db: LuutruDb, register: Register, fields: readonly string[], max = EARLIER_ENTRIES): Promise<Record<string, string[]>> {
  const newest =
    register.kind === 'incoming' ? await newestIncoming(db, register.id, max) : await newestOutgoing(db, register.id, max);
  return valuesByUse(newest.filter((d) => !d.deleted) as unknown as Record<string, unknown>[], fields);
}

/** One of this PC's own entries of the incoming (or outgoing) registers, by id; undefined when there is none. */
export async function getOwnEntry(db: LuutruDb, kind: 'incoming' | 'outgoing', id: string): Promise<IncomingDoc | OutgoingDoc | undefined> {
  return kind === 'incoming' ? db.incomingDocs.get(id) : db.outgoingDocs.get(id);
}

/**
 * Among the newest `entries` (newest first), the live one of the latest day, and its number: the day a new
 * entry's date is compared with. The latest day, not the last number's: a number given to a back-dated
 * document (warned of, kept on purpose) set the bar back, and the next one back-dated was compared with it.
 */
function latestDated<T extends { readonly deleted: boolean }>(entries: readonly T[], dateOf: (d: T) => string, numberOf: (d: T) => number): { date: string; to: number } | undefined {
  let best: T | undefined;
  // Newest first: on the same day, the higher number stays.
  for (const d of entries) if (!d.deleted && (best === undefined || dateOf(d) > dateOf(best))) best = d;
  return best && { date: dateOf(best), to: numberOf(best) };
}

/**
 * An incoming register's live entry of the latest arrival day among its newest `max`, its day and number (the
 * date-order note compares with it: an entry cancelled for a wrong later date must not warn on every one after it).
 * Read newest-first through the number index.
 */
export async function lastLiveIncoming(db: LuutruDb, registerId: string, max = 50): Promise<{ date: string; to: number } | undefined> {
  return latestDated(await newestIncoming(db, registerId, max), (d) => d.arrivalDate, (d) => d.arrivalNumber);
}

/** The outgoing register's live entry of the latest document date among its newest `max`: its number and date (the form warns of a date before it). */
export async function lastLiveOutgoing(db: LuutruDb, registerId: string, max = 50): Promise<{ date: string; to: number } | undefined> {
  return latestDated(await newestOutgoing(db, registerId, max), (d) => d.documentDate, (d) => d.number);
}
