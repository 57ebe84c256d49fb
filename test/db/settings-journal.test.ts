// The settings that shape the office's official papers leave a trace in the journal (an archivist auditing who
// changed the wording of the closing certificate, the signature block or the metres per box found nothing), and the
// closing certificate's wording is refused, named, where it would print as typed.
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import { completeSetup, setSigner } from '../../renderer/src/db/repositories/unit-repository';
import { getClosingLines, setClosingLines, setMetresPerBox } from '../../renderer/src/db/repositories/dossier-repository';
import { findJournal, recentJournal } from '../../renderer/src/db/repositories/journal-repository';
import type { Session } from '../../renderer/src/db/changes';
import { DEFAULT_CLOSING_LINES } from '../../renderer/src/core/dossiers/closing-text';
import { thuyHaiSetup } from '../fixtures/setup-input';

let db: LuutruDb;
let session: Session;
let n = 0;
beforeEach(async () => {
  db = await openDb(`settings-journal-${n++}`);
  const unit = await completeSetup(db, thuyHaiSetup);
  session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
});

const newest = async () => (await recentJournal(db, 1))[0]!;

describe('settings of the official papers, journaled', () => {
  it('the closing wording, the signer and the metres per box each write a line saying what they became', async () => {
    const lines = [DEFAULT_CLOSING_LINES[0], 'Số trang: {pages} trang.'];
    await setClosingLines(db, lines, session);
    expect(await newest()).toMatchObject({ action: 'settings.closingLines', operator: 'Nguyễn Thị Lan', detail: `${DEFAULT_CLOSING_LINES[0]} / Số trang: {pages} trang.` });
    expect(await getClosingLines(db)).toEqual(lines);
    await setClosingLines(db, [], session);
    expect((await newest()).action).toBe('settings.closingLinesUsual');
    expect(await getClosingLines(db)).toEqual([]);
    await setSigner(db, { title: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', name: 'Trần Văn Bình' }, session);
    expect(await newest()).toMatchObject({ action: 'settings.signer', detail: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH — Trần Văn Bình' });
    await setMetresPerBox(db, 0.1, session);
    expect(await newest()).toMatchObject({ action: 'settings.metresPerBox', detail: '0.1' });
    // Found under "Thiết lập" in the journal.
    expect((await findJournal(db, { groups: ['setup'] }, (e) => e.action, 100)).map((e) => e.action)).toEqual(['settings.metresPerBox', 'settings.signer', 'settings.closingLinesUsual', 'settings.closingLines', 'setup.complete']);
  });

  it('saved unchanged, nothing is written (no line claiming a change); blank lines are dropped, the usual lines typed back are the usual wording', async () => {
    const own = ['  Hồ sơ này gồm có: {sheets} tờ.', '', 'Số trang: {pages} trang.  '];
    expect(await setClosingLines(db, own, session)).toEqual(['Hồ sơ này gồm có: {sheets} tờ.', 'Số trang: {pages} trang.']);
    const lines = (await recentJournal(db, 100)).length;
    await setClosingLines(db, own, session);
    await setSigner(db, { title: '', name: '' }, session);
    await setMetresPerBox(db, 0.125, session);
    expect((await recentJournal(db, 100)).length).toBe(lines);
    expect(await setClosingLines(db, [...DEFAULT_CLOSING_LINES, ' '], session)).toEqual([]);
    expect(await getClosingLines(db)).toEqual([]);
    expect((await newest()).action).toBe('settings.closingLinesUsual');
  });

  it('a wording with a brace left open or a blank the app cannot fill is refused, named, and nothing is kept or journaled', async () => {
    const before = (await recentJournal(db, 10)).length;
    await expect(setClosingLines(db, ['Hồ sơ này gồm có: {sheets tờ (bằng chữ: {words} tờ).'], session)).rejects.toMatchObject({ code: 'dossier.closingBrace', params: { line: 'Hồ sơ này gồm có: {sheets tờ (bằng chữ: {words} tờ).' } });
    await expect(setClosingLines(db, ['Gồm {sheets}} tờ'], session)).rejects.toMatchObject({ code: 'dossier.closingBrace' });
    await expect(setClosingLines(db, ['Gồm {sheet} tờ, {số trang} trang'], session)).rejects.toMatchObject({ code: 'dossier.closingPlaceholder', params: { names: '{sheet}, {số trang}' } });
    expect(await getClosingLines(db)).toEqual([]);
    expect((await recentJournal(db, 10)).length).toBe(before);
  });
});
