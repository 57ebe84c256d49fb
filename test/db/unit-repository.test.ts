import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import {
  addOperator,
  completeSetup,
  getFormUnit,
  getLocalUnit,
  getSigner,
  listFonds,
  listOperators,
  setSigner,
} from '../../renderer/src/db/repositories/unit-repository';
import { writeChanges } from '../../renderer/src/db/changes';
import { recentJournal, recordHistory } from '../../renderer/src/db/repositories/journal-repository';
import { thuyHaiSetup } from '../fixtures/setup-input';

let db: LuutruDb;
let n = 0;
beforeEach(async () => {
  db = await openDb(`unit-test-${n++}`);
});

describe('first-run setup', () => {
  it('creates the unit, its open fonds and the operator, and journals it as one action', async () => {
    const unit = await completeSetup(db, thuyHaiSetup);
    expect(unit.origin).toBe(unit.id);
    expect((await getLocalUnit(db))?.name).toBe('Ủy ban nhân dân xã Thụy Hải');
    const fonds = await listFonds(db, unit.id);
    expect(fonds.map((f) => [f.name, f.status])).toEqual([['Phông lưu trữ UBND xã Thụy Hải', 'open']]);
    expect((await listOperators(db, unit.id)).map((o) => o.name)).toEqual(['Nguyễn Thị Lan']);
    const journal = await recentJournal(db, 10);
    expect(journal).toHaveLength(1);
    expect(journal[0]?.action).toBe('setup.complete');
    expect(journal[0]?.operator).toBe('Nguyễn Thị Lan');
    expect(journal[0]?.changes.map((c) => c.table).sort()).toEqual(['fonds', 'operators', 'units']);
  });

  it('stores decomposed (NFD) input as NFC and refuses a second setup', async () => {
    const nfd = { ...thuyHaiSetup, unit: { ...thuyHaiSetup.unit, name: '  Ủy ban nhân dân xã Thụy Hải '.normalize('NFD') } };
    const unit = await completeSetup(db, nfd);
    expect(unit.name).toBe('Ủy ban nhân dân xã Thụy Hải');
    await expect(completeSetup(db, thuyHaiSetup)).rejects.toMatchObject({ code: 'setup.alreadyDone' });
  });

  it('writes nothing when the input is invalid', async () => {
    const bad = { ...thuyHaiSetup, unit: { ...thuyHaiSetup.unit, adminCode: '12a' } };
    await expect(completeSetup(db, bad)).rejects.toMatchObject({ code: 'setup.invalid' });
    expect(await db.units.count()).toBe(0);
    expect(await db.journal.count()).toBe(0);
  });
});

describe('change journal and record envelope', () => {
  it('records which fields an edit changed, and advances the clock on every change', async () => {
    const unit = await completeSetup(db, thuyHaiSetup);
    const session = { unitId: unit.id, operator: 'Trần Văn Bình' };
    const [fonds] = await listFonds(db, unit.id);
    await writeChanges(db, session, { action: 'fonds.update' }, ['fonds'], (c) =>
      c.put('fonds', { ...fonds!, history: 'Thành lập năm 2025 sau khi sáp nhập.' }, fonds!.id),
    );
    const after = await db.fonds.get(fonds!.id);
    expect(after!.clock > fonds!.clock).toBe(true);
    expect(after!.changedBy).toBe('Trần Văn Bình');
    const history = await recordHistory(db, fonds!.id);
    expect(history.map((h) => [h.action, h.change.op, h.change.fields])).toEqual([
      ['fonds.update', 'update', ['history']],
      ['setup.complete', 'create', []],
    ]);
  });

  it('tombstones instead of deleting and refuses edits to another unit\'s records', async () => {
    const unit = await completeSetup(db, thuyHaiSetup);
    const me = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
    const op = await addOperator(db, me, 'Lê Văn Cường', 'Văn thư');
    await writeChanges(db, me, { action: 'operator.remove' }, ['operators'], (c) => c.remove('operators', op.id, 'Chuyển công tác'));
    const stored = await db.operators.get(op.id);
    expect(stored).toMatchObject({ deleted: true, deletedReason: 'Chuyển công tác', name: 'Lê Văn Cường' });
    const other = { unitId: 'another-unit', operator: 'X' };
    await expect(
      writeChanges(db, other, { action: 'unit.update' }, ['units'], (c) => c.put('units', { ...unit, name: 'Khác' }, unit.id)),
    ).rejects.toMatchObject({ code: 'record.readOnlyOrigin' });
    expect((await db.units.get(unit.id))?.name).toBe('Ủy ban nhân dân xã Thụy Hải');
  });
});

describe('who signs the office\'s papers', () => {
  it('defaults by the office\'s name, keeps what is set in capitals line by line, and goes back to the default when emptied', async () => {
    const unit = await completeSetup(db, thuyHaiSetup);
    const me = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
    // A people's committee signs on behalf of the collective; another body gets the general title.
    expect(await getSigner(db, unit.name)).toEqual({ title: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', name: '', set: false });
    expect((await getSigner(db, 'Lưu trữ lịch sử tỉnh Hưng Yên')).title).toBe('THỦ TRƯỞNG CƠ QUAN');
    await setSigner(db, { title: ' kt. chủ tịch \n\n  phó chủ tịch ', name: ' Trần  Văn Bình ' }, me);
    expect(await getSigner(db, unit.name)).toEqual({ title: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', name: 'Trần Văn Bình', set: true });
    // The forms read it with the office's name and place.
    expect(await getFormUnit(db, unit.id)).toEqual({ name: 'Ủy ban nhân dân xã Thụy Hải', parentName: unit.parentName, place: 'Thụy Hải', head: { title: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', name: 'Trần Văn Bình' } });
    await setSigner(db, { title: '', name: '' }, me);
    expect(await getSigner(db, unit.name)).toEqual({ title: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', name: '', set: false });
    expect((await getFormUnit(db, unit.id)).head).toEqual({ title: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', name: '' });
  });

  it('gives a body that is not a people\'s committee no title until one is set: each form keeps its own general wording', async () => {
    const unit = await completeSetup(db, { ...thuyHaiSetup, unit: { ...thuyHaiSetup.unit, level: 'province-archive', name: 'Lưu trữ lịch sử tỉnh Hưng Yên', adminCode: '33' } });
    const me = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
    expect((await getFormUnit(db, unit.id)).head).toEqual({ title: '', name: '' });
    // A name alone is printed under the form's own title.
    await setSigner(db, { title: '', name: 'Lê Văn Cường' }, me);
    expect((await getFormUnit(db, unit.id)).head).toEqual({ title: '', name: 'Lê Văn Cường' });
  });

  it('refuses a title too long for a signature block, keeping the one saved', async () => {
    const unit = await completeSetup(db, thuyHaiSetup);
    const me = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
    await setSigner(db, { title: 'CHỦ TỊCH', name: '' }, me);
    await expect(setSigner(db, { title: 'A\nB\nC\nD', name: '' }, me)).rejects.toMatchObject({ code: 'signer.titleTooLong' });
    await expect(setSigner(db, { title: 'X'.repeat(121), name: '' }, me)).rejects.toMatchObject({ code: 'signer.titleTooLong' });
    expect((await getSigner(db, unit.name)).title).toBe('CHỦ TỊCH');
    // A name typed in lower case is kept as names are written.
    expect((await setSigner(db, { title: '', name: '  nguyễn   văn an ' }, me)).name).toBe('Nguyễn Văn An');
  });
});
