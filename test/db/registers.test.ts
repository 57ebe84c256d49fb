// Registers in the database: numbers taken in the same transaction as the entry, never reused,
// never duplicated (also under concurrent saves), closed registers, the duplicate warning,
// outgoing series per issuing body. (The import of an old register: register-import.test.ts.)
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import { completeSetup } from '../../renderer/src/db/repositories/unit-repository';
import { closeRegister, ensureYearRegisters, listIssuingBodies, openRegister } from '../../renderer/src/db/repositories/register-repository';
import {
  cancelEntry,
  listIncoming,
  listOutgoing,
  openDeadlinesUntil,
  openDeadlineList,
  recentEntryValues,
  lastLiveIncoming,
  registerIncoming,
  registerOutgoing,
  lastLiveOutgoing,
  updateIncoming,
  EntryInvalidError,
} from '../../renderer/src/db/repositories/entry-repository';
import { emptyIncomingInput, emptyOutgoingInput, type IncomingInput } from '../../renderer/src/core/registers/types';
import { recordHistory } from '../../renderer/src/db/repositories/journal-repository';
import type { Session } from '../../renderer/src/db/changes';
import type { Register } from '../../renderer/src/db/register-records';
import { thuyHaiSetup } from '../fixtures/setup-input';
import { previousRegister } from '../../renderer/src/core/registers/earlier-values';
import { listRegisters } from '../../renderer/src/db/repositories/register-repository';

const today = '2026-03-10';
let db: LuutruDb;
let session: Session;
let incoming: Register;
let n = 0;

function doc(i: number, over: Partial<IncomingInput> = {}): IncomingInput {
  return {
    ...emptyIncomingInput('2026-03-09'),
    sender: 'Ủy ban nhân dân huyện Thái Thụy',
    number: String(100 + i),
    notation: 'QĐ-UBND',
    documentDate: '2026-03-05',
    typeName: 'Quyết định',
    summary: `Về việc phê duyệt kế hoạch số ${i}`,
    ...over,
  };
}

beforeEach(async () => {
  db = await openDb(`registers-${n++}`);
  const unit = await completeSetup(db, thuyHaiSetup);
  session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
  const regs = await ensureYearRegisters(db, session, 2026, new Date(2026, 2, 10));
  incoming = regs.find((r) => r.kind === 'incoming')!;
});

describe('incoming register numbering', () => {
  it('numbers entries 1, 2, 3 … and keeps a cancelled number taken', async () => {
    for (let i = 1; i <= 3; i++) await registerIncoming(db, session, incoming.id, doc(i), { today });
    const second = (await listIncoming(db, incoming.id))[1]!;
    await cancelEntry(db, session, 'incomingDocs', second.id, 'Đăng ký nhầm');
    const r = await registerIncoming(db, session, incoming.id, doc(4), { today });
    expect(r.kind === 'saved' && r.doc.arrivalNumber).toBe(4);
    const rows = await listIncoming(db, incoming.id);
    expect(rows.map((d) => [d.arrivalNumber, d.deleted])).toEqual([[1, false], [2, true], [3, false], [4, false]]);
    expect(rows[1]!.deletedReason).toBe('Đăng ký nhầm');
  });

  it('gives 40 concurrent saves 40 distinct consecutive numbers', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => registerIncoming(db, session, incoming.id, doc(i), { today })));
    const numbers = results.map((r) => (r.kind === 'saved' ? r.doc.arrivalNumber : 0)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect((await db.registers.get(incoming.id))?.lastNumber).toBe(40);
  });

  it('refuses a second entry with the same number in the database itself', async () => {
    const r = await registerIncoming(db, session, incoming.id, doc(1), { today });
    if (r.kind !== 'saved') throw new Error('not saved');
    await expect(db.incomingDocs.add({ ...r.doc, id: 'other' })).rejects.toMatchObject({ name: 'ConstraintError' });
  });

  it('refuses new entries in a closed register but opens the next year from 01', async () => {
    await registerIncoming(db, session, incoming.id, doc(1), { today });
    await closeRegister(db, session, incoming.id, '2026-12-31');
    await expect(registerIncoming(db, session, incoming.id, doc(2), { today })).rejects.toBeInstanceOf(EntryInvalidError);
    const next = await openRegister(db, session, { kind: 'incoming', year: 2027 }, new Date(2026, 11, 31));
    const r = await registerIncoming(db, session, next.id, doc(3, { arrivalDate: '2027-01-02', documentDate: '2026-12-30' }), { today: '2027-01-02' });
    expect(r.kind === 'saved' && r.doc.arrivalNumber).toBe(1);
  });

  it('refuses a second open register on the same series', async () => {
    await expect(openRegister(db, session, { kind: 'incoming', year: 2026 }, new Date(2026, 2, 10))).rejects.toMatchObject({ code: 'register.invalid', params: { first: 'register.series.duplicate' } });
  });

  it('explains what is wrong and writes nothing when an entry is invalid', async () => {
    const before = await db.journal.count();
    const err = await registerIncoming(db, session, incoming.id, doc(1, { sender: '', arrivalDate: '2026-03-31' }), { today }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EntryInvalidError);
    expect((err as EntryInvalidError).issues.map((i) => i.code).sort()).toEqual(['register.date.future', 'register.sender.required']);
    expect(await db.journal.count()).toBe(before);
    expect((await db.registers.get(incoming.id))?.lastNumber).toBe(0);
  });
});

describe('duplicate warning (Phụ lục VI)', () => {
  it('warns on the same số, ký hiệu and cơ quan ban hành typed another way, and saves when the clerk confirms', async () => {
    const first = await registerIncoming(db, session, incoming.id, doc(1, { number: '15', notation: 'QĐ-UBND' }), { today });
    const again = doc(2, { number: '015', notation: 'qđ-ubnd', sender: 'UBND huyện Thái Thụy' });
    const warned = await registerIncoming(db, session, incoming.id, again, { today });
    expect(warned.kind).toBe('duplicate');
    expect(warned.kind === 'duplicate' && warned.duplicates.map((d) => d.id)).toEqual([first.kind === 'saved' && first.doc.id]);
    expect(await db.incomingDocs.count()).toBe(1);
    const saved = await registerIncoming(db, session, incoming.id, again, { today, confirmDuplicate: true });
    expect(saved.kind === 'saved' && saved.doc.arrivalNumber).toBe(2);
  });

  it('warns on the same số and ký hiệu with its date left empty or its sender written another way; not for another year', async () => {
    const first = await registerIncoming(db, session, incoming.id, doc(1, { sender: 'Sở Tư pháp tỉnh Thái Bình', number: '262', notation: 'QĐ-STP', documentDate: '2026-02-05' }), { today });
    const firstId = first.kind === 'saved' ? first.doc.id : '';
    // Each of these was saved with a new số đến, no warning: one document, several numbers.
    for (const over of [{ documentDate: '' }, { sender: 'Sở Tư pháp' }, { sender: 'STP tỉnh Thái Bình' }, { sender: 'Sở Tư pháp', documentDate: '' }]) {
      const warned = await registerIncoming(db, session, incoming.id, doc(2, { sender: 'Sở Tư pháp tỉnh Thái Bình', number: '262', notation: 'QĐ-STP', documentDate: '2026-02-05', ...over }), { today });
      expect(warned.kind === 'duplicate' && warned.duplicates.map((d) => d.id)).toEqual([firstId]);
    }
    // Last year's 262/QĐ-STP is another document (numbers restart each year); a bare number matches nothing by itself.
    expect((await registerIncoming(db, session, incoming.id, doc(3, { sender: 'Sở Tư pháp', number: '262', notation: 'QĐ-STP', documentDate: '2025-02-05' }), { today })).kind).toBe('saved');
    expect((await registerIncoming(db, session, incoming.id, doc(4, { sender: 'Sở Tài chính', number: '262', notation: '', documentDate: '' }), { today })).kind).toBe('saved');
    // An entry of unknown date is read in the year it arrived: this year's, not last year's.
    const undated = await registerIncoming(db, session, incoming.id, doc(5, { sender: 'Sở Tư pháp', number: '262', notation: 'QĐ-STP', documentDate: '' }), { today });
    expect(undated.kind === 'duplicate' && undated.duplicates.map((d) => d.id)).toEqual([firstId]);
    // Two bodies sharing a symbol are two documents: the province's and a district's 262/QĐ-UBND.
    expect((await registerIncoming(db, session, incoming.id, doc(6, { sender: 'Ủy ban nhân dân tỉnh Thái Bình', number: '262', notation: 'QĐ-UBND', documentDate: '2026-02-05' }), { today })).kind).toBe('saved');
    expect((await registerIncoming(db, session, incoming.id, doc(7, { sender: 'UBND huyện Thái Thụy', number: '262', notation: 'QĐ-UBND', documentDate: '2026-02-05' }), { today })).kind).toBe('saved');
  });
});

describe('corrections and the journal', () => {
  it('keeps the number on correction and records who changed which fields', async () => {
    const r = await registerIncoming(db, session, incoming.id, doc(1), { today });
    if (r.kind !== 'saved') throw new Error('not saved');
    await updateIncoming(db, { ...session, operator: 'Trần Văn Bình' }, r.doc.id, { ...r.doc, recipient: 'Văn phòng - Thống kê', handlingDeadline: '2026-03-12' }, { today });
    const after = await db.incomingDocs.get(r.doc.id);
    expect(after?.arrivalNumber).toBe(1);
    expect(after?.openDeadline).toBe('2026-03-12');
    const history = await recordHistory(db, r.doc.id);
    expect(history.map((h) => [h.operator, h.action])).toEqual([['Trần Văn Bình', 'incoming.update'], ['Nguyễn Thị Lan', 'incoming.register']]);
    expect(history[0]!.change.fields).toEqual(expect.arrayContaining(['handlingDeadline', 'recipient']));
    // Each journal line names the entry: its số đến and its own số, ký hiệu (it said "Đăng ký văn bản đến" and nothing of which).
    expect((await db.journal.where('recordIds').equals(r.doc.id).toArray()).map((e) => [e.action, e.detail])).toEqual([['incoming.register', '01 (101/QĐ-UBND)'], ['incoming.update', '01 (101/QĐ-UBND)']]);
    // Another unit's entry received in a bundle is theirs to handle, not on this unit's list.
    await db.incomingDocs.put({ ...after!, id: 'from-other-commune', origin: 'other-unit', registerId: 'their-register' });
    expect((await openDeadlinesUntil(db, '2026-03-13', session.unitId)).map((d) => d.id)).toEqual([r.doc.id]);
    await updateIncoming(db, session, r.doc.id, { ...after!, progress: 'done' }, { today });
    expect(await openDeadlinesUntil(db, '2026-03-13', session.unitId)).toEqual([]);
  });

  it('says when more documents are due than the home list shows, instead of a count that is only its length', async () => {
    for (let i = 1; i <= 3; i++) await registerIncoming(db, session, incoming.id, doc(i, { handlingDeadline: `2026-03-1${i}` }), { today });
    const two = await openDeadlineList(db, '2026-03-20', session.unitId, 2);
    expect(two.more).toBe(true);
    expect(two.items.map((d) => d.openDeadline)).toEqual(['2026-03-11', '2026-03-12']);
    const three = await openDeadlineList(db, '2026-03-20', session.unitId, 3);
    expect(three.more).toBe(false);
    expect(three.items).toHaveLength(3);
  });
});

describe('outgoing registers', () => {
  it('keeps separate series for UBND and HĐND and builds the notation from the type', async () => {
    const regs = await ensureYearRegisters(db, session, 2026, new Date(2026, 2, 10));
    const bodies = await listIssuingBodies(db, session.unitId);
    const ubnd = regs.find((r) => r.kind === 'outgoing' && r.issuingBodyId === bodies.find((b) => b.abbreviation === 'UBND')!.id)!;
    const hdnd = regs.find((r) => r.kind === 'outgoing' && r.issuingBodyId === bodies.find((b) => b.abbreviation === 'HĐND')!.id)!;
    const base = { ...emptyOutgoingInput('2026-03-09'), summary: 'Về việc tổ chức kỳ họp', recipients: ['Thường trực HĐND xã'] };
    const a = await registerOutgoing(db, session, ubnd.id, { ...base, typeName: 'Quyết định' }, { today });
    const b = await registerOutgoing(db, session, ubnd.id, { ...base, typeName: 'Quy định', summary: 'Quy định về nội quy' }, { today });
    const c = await registerOutgoing(db, session, ubnd.id, { ...base, typeName: 'Công văn', summary: 'V/v báo cáo số liệu' }, { today });
    const d = await registerOutgoing(db, session, hdnd.id, { ...base, typeName: 'Nghị quyết' }, { today });
    const got = [a, b, c, d].map((r) => (r.kind === 'saved' ? `${r.doc.number}/${r.doc.notation}` : r.kind));
    expect(got).toEqual(['1/QĐ-UBND', '2/QyĐ-UBND', '3/UBND', '1/NQ-HĐND']);
    // The journal names each by its số, ký hiệu (a cancellation, as before, by why).
    await cancelEntry(db, session, 'outgoingDocs', (c as { doc: { id: string } }).doc.id, 'Cấp nhầm số');
    expect((await db.journal.orderBy('seq').toArray()).filter((e) => e.action.startsWith('outgoing.')).map((e) => e.detail)).toEqual(['01/QĐ-UBND', '02/QyĐ-UBND', '03/UBND', '01/NQ-HĐND', 'Cấp nhầm số']);
    expect((await listOutgoing(db, ubnd.id)).map((x) => x.number)).toEqual([1, 2, 3]);
  });

  it('warns before a second number is taken for one document (its kind, date and summary); tells the last entry for a date before it', async () => {
    const regs = await ensureYearRegisters(db, session, 2026, new Date(2026, 2, 10));
    const ubnd = regs.find((r) => r.kind === 'outgoing' && r.issuingBodyId !== undefined)!;
    const base = { ...emptyOutgoingInput('2026-03-09'), typeName: 'Quyết định', summary: 'Về việc thành lập Tổ công tác chuyển đổi số', recipients: ['Như Điều 3'] };
    const first = await registerOutgoing(db, session, ubnd.id, base, { today });
    // Registered again, typed a little otherwise: warned, nothing taken (it was saved as number 2).
    const again = await registerOutgoing(db, session, ubnd.id, { ...base, summary: 've viec thanh lap  to cong tac chuyen doi so' }, { today });
    expect(again.kind === 'duplicate' && again.duplicates.map((d) => d.id)).toEqual([first.kind === 'saved' && first.doc.id]);
    expect((await listOutgoing(db, ubnd.id)).length).toBe(1);
    // Another date, another kind, or the clerk's confirmation: saved.
    expect((await registerOutgoing(db, session, ubnd.id, { ...base, documentDate: '2026-03-10' }, { today })).kind).toBe('saved');
    expect((await registerOutgoing(db, session, ubnd.id, { ...base, typeName: 'Kế hoạch' }, { today })).kind).toBe('saved');
    expect((await registerOutgoing(db, session, ubnd.id, base, { today, confirmDuplicate: true })).kind).toBe('saved');
    // The date-order note compares a new entry with the latest day in the book (number 2's), not with the last number's day.
    expect(await lastLiveOutgoing(db, ubnd.id)).toEqual({ date: '2026-03-10', to: 2 });
  });
});

describe("last year's register lends its values to a new year's", () => {
  it('finds the same series a year before and gives its senders most used first, cancelled entries left out', async () => {
    await registerIncoming(db, session, incoming.id, doc(1, { sender: 'Sở Nội vụ tỉnh Hưng Yên' }), { today });
    for (let i = 2; i <= 4; i++) await registerIncoming(db, session, incoming.id, doc(i), { today });
    const wrong = await registerIncoming(db, session, incoming.id, doc(5, { sender: 'Ủy ban nhân dân huyên Thái Thuy' }), { today });
    if (wrong.kind !== 'saved') throw new Error('not saved');
    await cancelEntry(db, session, 'incomingDocs', wrong.doc.id, 'Gõ sai tên cơ quan');
    const next = await ensureYearRegisters(db, session, 2027, new Date(2027, 0, 2));
    const newIncoming = next.find((r) => r.kind === 'incoming')!;
    const newOutgoing = next.find((r) => r.kind === 'outgoing')!;
    const before = previousRegister(newIncoming, await listRegisters(db));
    expect(before?.id).toBe(incoming.id);
    // The outgoing series of 2027 continues 2026's outgoing one, never the incoming register.
    expect(previousRegister(newOutgoing, await listRegisters(db))?.kind).toBe('outgoing');
    // 2026 has nothing before it.
    expect(previousRegister(incoming, await listRegisters(db))).toBeUndefined();
    const values = await recentEntryValues(db, before!, ['sender', 'typeName']);
    expect(values.sender).toEqual(['Ủy ban nhân dân huyện Thái Thụy', 'Sở Nội vụ tỉnh Hưng Yên']);
    expect(values.typeName).toEqual(['Quyết định']);
  });
});

describe('the entry the date-order note compares with', () => {
  it('is the newest one not cancelled', async () => {
    await registerIncoming(db, session, incoming.id, doc(1, { arrivalDate: '2026-03-02', documentDate: '2026-03-01' }), { today });
    const wrong = await registerIncoming(db, session, incoming.id, doc(2, { arrivalDate: '2026-03-09', documentDate: '2026-03-01' }), { today });
    expect(await lastLiveIncoming(db, incoming.id)).toEqual({ date: '2026-03-09', to: 2 });
    if (wrong.kind !== 'saved') throw new Error('not saved');
    // Cancelled for its wrong later date: the next entries of 2 March are not warned about it.
    await cancelEntry(db, session, 'incomingDocs', wrong.doc.id, 'Nhập sai ngày đến');
    expect(await lastLiveIncoming(db, incoming.id)).toEqual({ date: '2026-03-02', to: 1 });
  });

  it('is the one of the latest day: a back-dated number kept on purpose does not set the bar back', async () => {
    const regs = await ensureYearRegisters(db, session, 2026, new Date(2026, 2, 10));
    const bodies = await listIssuingBodies(db, session.unitId);
    const ubnd = regs.find((r) => r.kind === 'outgoing' && r.issuingBodyId === bodies.find((b) => b.abbreviation === 'UBND')!.id)!;
    const out = (date: string) => ({ ...emptyOutgoingInput(date), typeName: 'Công văn', summary: `Về việc báo cáo ngày ${date}`, recipients: ['UBND huyện'] });
    await registerOutgoing(db, session, ubnd.id, out('2026-12-06'), { today: '2026-12-06' });
    await registerOutgoing(db, session, ubnd.id, out('2026-12-01'), { today: '2026-12-06' });
    // Number 3 dated 2 December is earlier than number 1's 6 December: said so (it was compared with number 2's 1 December).
    expect(await lastLiveOutgoing(db, ubnd.id)).toEqual({ date: '2026-12-06', to: 1 });
    await registerOutgoing(db, session, ubnd.id, out('2026-12-07'), { today: '2026-12-07' });
    expect(await lastLiveOutgoing(db, ubnd.id)).toEqual({ date: '2026-12-07', to: 3 });
  });
});
