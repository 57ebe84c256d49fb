// Reads the register screens and the consolidated search go through (screens never read tables
// themselves): an entry by id, what changed since the screen last looked, the replies an
// incoming document can be linked to, and everything the search indexes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import type { Session } from '../../renderer/src/db/changes';
import { completeSetup, getUnit, listUnits } from '../../renderer/src/db/repositories/unit-repository';
import { ensureYearRegisters, getRegister } from '../../renderer/src/db/repositories/register-repository';
import { cancelEntry, entriesAt, entriesInRange, getEntries, getEntry, lastDayOfIncoming, listOutgoingOfYear, registerIncoming, registerOutgoing, updateIncoming } from '../../renderer/src/db/repositories/entry-repository';
import { journalSince, lastJournalSeq } from '../../renderer/src/db/repositories/journal-repository';
import { searchableEntries } from '../../renderer/src/db/repositories/upper-level-repository';
import { emptyIncomingInput, emptyOutgoingInput } from '../../renderer/src/core/registers/types';
import { thuyHaiSetup } from '../fixtures/setup-input';
import type { IncomingDoc } from '../../renderer/src/db/register-records';

let n = 0;
let db: LuutruDb;
let session: Session;

beforeEach(async () => {
  db = await openDb(`entry-reads-${n++}`);
  const unit = await completeSetup(db, thuyHaiSetup);
  session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
});

async function outgoingIn(year: number, summary: string) {
  const regs = await ensureYearRegisters(db, session, year, new Date(`${year}-06-01`));
  const r = await registerOutgoing(db, session, regs.find((x) => x.kind === 'outgoing')!.id, { ...emptyOutgoingInput(`${year}-03-02`), typeName: 'Công văn', summary }, { today: `${year}-12-30` });
  if (r.kind !== 'saved') throw new Error('not saved');
  return r.doc;
}

describe('reads behind the register screens', () => {
  afterEach(() => vi.useRealTimers());

  it('the ĐẾN slips start from the entries registered on the last day of registering, whatever their Ngày đến', async () => {
    // Days after the real today: the clock of what is written never goes back (setup wrote at the real time).
    const year = new Date().getFullYear() + 2;
    const day = (d: number) => `${year}-03-${String(d).padStart(2, '0')}`;
    vi.useFakeTimers({ toFake: ['Date'] });
    const regs = await ensureYearRegisters(db, session, year, new Date(`${year}-06-01`));
    const register = regs.find((x) => x.kind === 'incoming')!;
    const enter = async (arrival: string, summary: string) => {
      const r = await registerIncoming(db, session, register.id, { ...emptyIncomingInput(arrival), sender: 'Sở Nội vụ tỉnh Hưng Yên', summary }, { today: day(10) });
      if (r.kind !== 'saved') throw new Error('not saved');
    };
    vi.setSystemTime(new Date(year, 2, 9, 16, 0));
    for (let i = 1; i <= 3; i++) await enter(day(9), `V/v hôm trước ${i}`);
    vi.setSystemTime(new Date(year, 2, 10, 9, 0));
    await enter(day(10), 'V/v nhận hôm nay');
    // Received a week ago, registered today after today's others: it does not make the day a week ago (only its own slip was filled in).
    await enter(day(3), 'V/v nhận tuần trước, vào sổ muộn');
    // One registered the day before and corrected today is not today's registering.
    const second = (await entriesAt(db, 'incomingDocs', register.id, [2]))[0] as IncomingDoc;
    const corrected = await updateIncoming(db, session, second.id, { ...second, note: 'Bản chụp' }, { today: day(10) });
    expect(corrected.kind).toBe('saved');
    expect(await lastDayOfIncoming(db, register.id)).toEqual({ date: day(10), from: 4, to: 5 });
    // Today's all cancelled: the day before's.
    for (const n of [4, 5]) await cancelEntry(db, session, 'incomingDocs', (await entriesAt(db, 'incomingDocs', register.id, [n]))[0]!.id, 'vào sổ nhầm');
    expect(await lastDayOfIncoming(db, register.id)).toEqual({ date: day(9), from: 1, to: 3 });
  });

  it('the replies offered to an incoming document are the year’s outgoing entries of this unit, not cancelled', async () => {
    const a = await outgoingIn(2025, 'V/v báo cáo năm 2025');
    const b = await outgoingIn(2025, 'V/v kế hoạch năm 2025');
    await outgoingIn(2026, 'V/v kế hoạch năm 2026');
    await cancelEntry(db, session, 'outgoingDocs', b.id, 'trùng');
    expect((await listOutgoingOfYear(db, session.unitId, 2025)).map((d) => d.summary)).toEqual([a.summary]);
  });

  it('with a limit, the replies offered are the latest entries of each register (a register may hold a million)', async () => {
    for (let i = 1; i <= 5; i++) await outgoingIn(2025, `V/v số ${i}`);
    expect((await listOutgoingOfYear(db, session.unitId, 2025, 2)).map((d) => d.summary)).toEqual(['V/v số 4', 'V/v số 5']);
  });

  it('a window of the list reads the entries at its numbers; a printed range is read page by page with progress', async () => {
    const regs = await ensureYearRegisters(db, session, 2026, new Date('2026-06-01'));
    const register = regs.find((x) => x.kind === 'incoming')!;
    for (let i = 1; i <= 7; i++) {
      const r = await registerIncoming(db, session, register.id, { ...emptyIncomingInput('2026-03-05'), sender: 'Sở Nội vụ tỉnh Hưng Yên', summary: `V/v văn bản ${i}` }, { today: '2026-03-10' });
      if (r.kind !== 'saved') throw new Error('not saved');
    }
    const at = await entriesAt(db, 'incomingDocs', register.id, [2, 3, 9, 4]);
    expect(at.map((d) => d?.summary)).toEqual(['V/v văn bản 2', 'V/v văn bản 3', undefined, 'V/v văn bản 4']);
    const far = await entriesAt(db, 'incomingDocs', register.id, [1, 7]);
    expect(far.map((d) => d?.summary)).toEqual(['V/v văn bản 1', 'V/v văn bản 7']);
    const seen: number[] = [];
    const range = await entriesInRange(db, 'incomingDocs', register.id, { from: 2, to: 6, max: 4 }, (n) => seen.push(n), 3);
    expect(range.map((d) => d.summary)).toEqual(['V/v văn bản 2', 'V/v văn bản 3', 'V/v văn bản 4', 'V/v văn bản 5']);
    expect(seen).toEqual([3, 4]);
  });

  it('an entry and its register by id; several entries at once; what changed since a sequence number', async () => {
    const regs = await ensureYearRegisters(db, session, 2026, new Date('2026-06-01'));
    const register = regs.find((x) => x.kind === 'incoming')!;
    const seq = await lastJournalSeq(db);
    const r = await registerIncoming(db, session, register.id, { ...emptyIncomingInput('2026-03-05'), sender: 'Sở Nội vụ tỉnh Hưng Yên', summary: 'V/v tuyển dụng' }, { today: '2026-03-10' });
    if (r.kind !== 'saved') throw new Error('not saved');
    expect((await getEntry(db, r.doc.id))?.summary).toBe('V/v tuyển dụng');
    expect((await getRegister(db, r.doc.registerId))?.kind).toBe('incoming');
    expect((await getEntries(db, 'incomingDocs', [r.doc.id, 'unknown'])).map((d) => d?.summary)).toEqual(['V/v tuyển dụng', undefined]);
    const since = await journalSince(db, seq);
    expect(since.map((e) => e.action)).toEqual(['incoming.register']);
    expect(await lastJournalSeq(db)).toBe(since[0]!.seq);
    expect((await getUnit(db, session.unitId))?.name).toBe(thuyHaiSetup.unit.name);
    expect((await listUnits(db)).map((u) => u.id)).toEqual([session.unitId]);
  });

  it('the consolidated search indexes every entry but the cancelled ones', async () => {
    await outgoingIn(2025, 'V/v báo cáo năm 2025');
    const gone = await outgoingIn(2025, 'V/v lập nhầm');
    await cancelEntry(db, session, 'outgoingDocs', gone.id, 'nhầm');
    expect((await searchableEntries(db)).map((d) => d.summary)).toEqual(['V/v báo cáo năm 2025']);
  });
});
