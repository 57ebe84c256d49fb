// Two windows correcting the same entry (a clerk opened the app twice): the second save,
// prepared from the version both started on, is refused instead of silently undoing the
// first; saving from the newest version works; a second window's change that agrees with
// the first is accepted. Numbers taken by two windows at once stay distinct.
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import { completeSetup, updateUnit } from '../../renderer/src/db/repositories/unit-repository';
import { ensureYearRegisters } from '../../renderer/src/db/repositories/register-repository';
import { registerIncoming, updateIncoming } from '../../renderer/src/db/repositories/entry-repository';
import type { IncomingDoc } from '../../renderer/src/db/register-records';
import { emptyIncomingInput } from '../../renderer/src/core/registers/types';
import { thuyHaiSetup } from '../fixtures/setup-input';

let n = 0;
let db: LuutruDb;
const session = { unitId: '', operator: 'Nguyễn Thị Lan' };
let registerId = '';
const opts = { today: '2026-11-20', confirmDuplicate: true };

beforeEach(async () => {
  db = await openDb(`conc-${n++}`);
  session.unitId = (await completeSetup(db, thuyHaiSetup)).id;
  registerId = (await ensureYearRegisters(db, session, 2026))[0]!.id;
});

async function entry(): Promise<IncomingDoc> {
  const r = await registerIncoming(db, session, registerId, { ...emptyIncomingInput('2026-11-19'), sender: 'Sở Nội vụ tỉnh Hưng Yên', summary: 'V/v hướng dẫn công tác văn thư' }, opts);
  if (r.kind !== 'saved') throw new Error('not saved');
  return r.doc;
}

describe('two windows correcting one entry', () => {
  it('the second save from the old version is refused; nothing it typed overwrites the first', async () => {
    const opened = await entry();
    const a = await updateIncoming(db, session, opened.id, { ...opened, summary: 'V/v hướng dẫn công tác văn thư, lưu trữ năm 2026' }, { ...opts, baseClock: opened.clock });
    expect(a.kind).toBe('saved');
    await expect(updateIncoming(db, session, opened.id, { ...opened, recipient: 'Văn phòng - Thống kê' }, { ...opts, baseClock: opened.clock })).rejects.toMatchObject({ code: 'record.changedElsewhere' });
    const now = (await db.incomingDocs.get(opened.id))!;
    expect(now.summary).toBe('V/v hướng dẫn công tác văn thư, lưu trữ năm 2026');
    expect(now.recipient).toBe('');
    // Reopened on the newest version, the same correction goes through and keeps both.
    const b = await updateIncoming(db, session, opened.id, { ...now, recipient: 'Văn phòng - Thống kê' }, { ...opts, baseClock: now.clock });
    expect(b.kind === 'saved' && b.doc.summary).toBe('V/v hướng dẫn công tác văn thư, lưu trữ năm 2026');
    expect((await db.incomingDocs.get(opened.id))!.recipient).toBe('Văn phòng - Thống kê');
  });

  it('a second change that agrees with the first on what it changed is merged', async () => {
    const opened = await entry();
    const summary = 'V/v hướng dẫn công tác văn thư năm 2026';
    await updateIncoming(db, session, opened.id, { ...opened, summary }, { ...opts, baseClock: opened.clock });
    const r = await updateIncoming(db, session, opened.id, { ...opened, summary, recipient: 'Chủ tịch UBND xã' }, { ...opts, baseClock: opened.clock });
    expect(r.kind).toBe('saved');
    const now = (await db.incomingDocs.get(opened.id))!;
    expect([now.summary, now.recipient]).toEqual([summary, 'Chủ tịch UBND xã']);
  });

  it('the unit profile edited in two windows: the second is refused', async () => {
    const unit = (await db.units.get(session.unitId))!;
    const { id: _i, origin: _o, clock: _c, deleted: _d, changedBy: _b, ...fields } = unit;
    await updateUnit(db, session, { ...fields, parentName: 'Ủy ban nhân dân tỉnh Hưng Yên (mới)' }, unit.clock);
    await expect(updateUnit(db, session, { ...fields, shortName: 'UBND Thụy Hải' }, unit.clock)).rejects.toMatchObject({ code: 'record.changedElsewhere' });
    expect((await db.units.get(session.unitId))!.parentName).toBe('Ủy ban nhân dân tỉnh Hưng Yên (mới)');
  });
});

describe('two windows registering at once', () => {
  it('never hand out the same number', async () => {
    const input = { ...emptyIncomingInput('2026-11-19'), sender: 'Công an tỉnh Hưng Yên', summary: 'V/v phối hợp' };
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => registerIncoming(db, session, registerId, { ...input, summary: `${input.summary} ${i}` }, opts)));
    const numbers = results.map((r) => (r.kind === 'saved' ? r.doc.arrivalNumber : 0)).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
