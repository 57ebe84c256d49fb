// A closed dossier corrected in its edit form (Sửa), its period written to the month: a title corrected leaves the period
// and how it was written as they were (nothing of it in the journal, no paper printed again for it); an end retyped to
// its day is journalled as the clerk wrote it ("Đến ngày: 12/2025 → 20/12/2025"), and stored as a day.
import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import type { Session } from '../../renderer/src/db/changes';
import { completeSetup, listFonds } from '../../renderer/src/db/repositories/unit-repository';
import { closeDossier, getDossier, saveDossier } from '../../renderer/src/db/repositories/dossier-repository';
import { recentJournal } from '../../renderer/src/db/repositories/journal-repository';
import { changedFieldLabels, changedValueLines } from '../../renderer/src/i18n/journal-labels';
import { papersToReprint, typedDossierDate } from '../../renderer/src/core/dossiers/rules';
import type { Dossier } from '../../renderer/src/core/dossiers/types';
import { fieldsOf, formOf } from '../../renderer/src/features/dossiers/dossier-form-state';
import { vi } from '../../renderer/src/i18n/vi';
import { thuyHaiSetup } from '../fixtures/setup-input';

let db: LuutruDb;
let session: Session;
let t: TFunction;
let closed: Dossier;
const today = '2025-12-31';

beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({ resources: { vi: { translation: vi } }, lng: 'vi', interpolation: { escapeValue: false } });
  t = i18n.t;
  db = await openDb('dossier-edit-period');
  const unit = await completeSetup(db, thuyHaiSetup);
  session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
  const fondsId = (await listFonds(db, session.unitId))[0]!.id;
  const d = await saveDossier(db, session, { unitId: session.unitId, fondsId, year: 2025, heading: 'I. TỔNG HỢP', headingCode: 'TH', keeper: 'Nguyễn Thị Lan', status: 'open', access: 'open', language: 'Tiếng Việt', condition: 'Tốt', note: '', source: 'plan', notation: '01.TH', title: 'Tập lưu công văn năm 2025', retention: 10 });
  // Closed as the close form does: "02/2025" – "12/2025".
  const start = typedDossierDate('02/2025', 'start', 2025, today);
  const end = typedDossierDate('12/2025', 'end', 2025, today);
  closed = await closeDossier(db, session, d.id, { startDate: start.date, startPrecision: start.precision, endDate: end.date, endPrecision: end.precision, sheetCount: 120 }, '2025-12-30');
});

/** Saves the edit form of the dossier as stored now, with `typed` over what it showed; the journal's change of it. */
async function edit(typed: Partial<ReturnType<typeof formOf>>) {
  const before = (await getDossier(db, closed.id))!;
  const after = await saveDossier(db, session, fieldsOf({ ...formOf(before), ...typed }, before, today), before.id);
  const change = (await recentJournal(db, 1))[0]!.changes.find((c) => c.table === 'dossiers')!;
  return { before, after, change };
}

describe('a period written to the month, corrected in the edit form', () => {
  it('shows as written', () => {
    const form = formOf(closed);
    expect([form.startDate, form.endDate]).toEqual(['02/2025', '12/2025']);
    expect([closed.startPrecision, closed.endPrecision]).toEqual(['month', 'month']);
  });

  it('a title corrected: the period kept as written, not named in the journal, no box label to print again for it', async () => {
    const { before, after, change } = await edit({ title: 'Tập lưu công văn đi năm 2025' });
    expect([after.startDate, after.endDate, after.startPrecision, after.endPrecision]).toEqual(['2025-02-01', '2025-12-31', 'month', 'month']);
    expect(changedFieldLabels(t, [change])).toEqual(['Tiêu đề hồ sơ']);
    expect(change.fields.filter((f) => /Date|Precision/.test(f))).toEqual([]);
    // Numbered, its papers showing the title would be printed again — the box label (dates, retention) not.
    expect(papersToReprint({ ...before, fileNumber: 1, inventoryNumber: 1, boxId: 'b' }, { ...after, fileNumber: 1, inventoryNumber: 1, boxId: 'b' })).toEqual(['inventory', 'cover', 'closing']);
    expect(changedValueLines(t, change).map((l) => l.line)).toEqual(['Tiêu đề hồ sơ: Tập lưu công văn năm 2025 → Tập lưu công văn đi năm 2025']);
  });

  it('the end retyped to its day: stored as a day, journalled as written', async () => {
    const { after, change } = await edit({ endDate: '20/12/2025' });
    expect([after.endDate, after.endPrecision]).toEqual(['2025-12-20', undefined]);
    expect(after).not.toHaveProperty('endPrecision');
    expect(after.startPrecision).toBe('month');
    expect(change.fields).toEqual(expect.arrayContaining(['endDate', 'endPrecision']));
    expect(changedFieldLabels(t, [change])).toEqual(['Đến ngày']);
    expect(changedValueLines(t, change).map((l) => l.line)).toEqual(['Đến ngày: 12/2025 → 20/12/2025']);
  });

  it('the start typed as its year: journalled as written', async () => {
    const { after, change } = await edit({ startDate: '2025' });
    expect([after.startDate, after.startPrecision]).toEqual(['2025-01-01', 'year']);
    expect(changedValueLines(t, change).map((l) => l.line)).toEqual(['Tài liệu từ ngày: 02/2025 → 2025']);
  });
});
