// Lines a clerk met that named nothing they touched: slips set aside to discard, kept again, checked or unchecked
// ("Kiểm tra phiếu tin — 2 hồ sơ": which?), an item deleted from a retention schedule ("Xóa mục bảng thời hạn"), and a
// statistics report's first draft, whose line opened listed no figure (the record made kept none to compare). Each is
// read here as the journal page reads it, in Vietnamese and English.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../renderer/src/db/schema';
import type { Session } from '../../renderer/src/db/changes';
import type { JournalEntry } from '../../renderer/src/core/journal';
import { recentJournal } from '../../renderer/src/db/repositories/journal-repository';
import { actionLine, changedFieldLabels, changedValueLines, journalLineText, lineDetail } from '../../renderer/src/i18n/journal-labels';
import { loadTranslators } from '../helpers/translators';
import { completeSetup, listFonds } from '../../renderer/src/db/repositories/unit-repository';
import { saveSlip, setChecked, setDiscard } from '../../renderer/src/db/repositories/slip-repository';
import { saveJob } from '../../renderer/src/db/repositories/processing-repository';
import { deleteItem, listItems, loadStarterSchedule, saveItem } from '../../renderer/src/db/repositories/retention-repository';
import { saveReportDraft } from '../../renderer/src/db/repositories/statistics-repository';
import { DEFAULT_STAT_FORMS } from '../../renderer/src/core/duties/statistics';
import { thuyHaiSetup } from '../fixtures/setup-input';

const t: Record<'vi' | 'en', TFunction> = {} as never;
/** A line as the journal page shows it: its action, then what it is about and its detail. */
const read = (e: JournalEntry, lng: 'vi' | 'en' = 'vi') => actionLine(t[lng], e);
/** The lines of an action, oldest first. */
const lines = (action: string, from: readonly JournalEntry[]) => from.filter((e) => e.action === action).reverse();
/** A line opened: each item's values, as the journal page (and a record's history) lists them. */
const opened = (e: JournalEntry, lng: 'vi' | 'en' = 'vi') => e.changes.flatMap((c) => changedValueLines(t[lng], c).map((l) => l.line));

async function unitDb(name: string): Promise<{ db: Awaited<ReturnType<typeof openDb>>; session: Session; fondsId: string }> {
  const db = await openDb(name);
  const unit = await completeSetup(db, thuyHaiSetup);
  return { db, session: { unitId: unit.id, operator: 'Nguyễn Thị Lan' }, fondsId: (await listFonds(db, unit.id))[0]!.id };
}

beforeAll(async () => {
  Object.assign(t, await loadTranslators());
});

describe('slips discarded, kept again, checked: the line names its slips, as a split or a merge does', () => {
  const TODAY = '2026-11-20';
  const SCHEME = [{ id: '0190aaaa-0000-7000-8000-00000000c001', title: 'Tổng hợp', code: 'TH', retention: 10 as const }];
  let journal: JournalEntry[];
  beforeAll(async () => {
    const { db, session, fondsId } = await unitDb('journal-named-slips');
    const job = await saveJob(db, session, { unitId: session.unitId, fondsId, name: 'Chỉnh lý tài liệu 1995–2005', receivedMetres: 2, processedMetres: 0, discardedMetres: 0, status: 'open', note: '', scheme: SCHEME }, TODAY);
    const ids: string[] = [];
    for (const i of [1, 2, 3, 4, 5]) {
      const title = i === 5 ? 'Tập công văn trao đổi với các cơ quan cấp huyện về công tác quản lý đất đai năm 1999' : `Tập công văn năm ${1994 + i}`;
      ids.push((await saveSlip(db, session, job.id, { classId: SCHEME[0]!.id, title, startDate: `${1994 + i}-01-01`, endDate: `${1994 + i}-12-31`, startPrecision: 'year', endPrecision: 'year', retention: 10, language: 'Tiếng Việt', access: 'open', condition: 'Tốt', note: '', sheetCount: 20 }, TODAY)).id);
    }
    // Chosen out of their order: named in their numbers' order.
    await setDiscard(db, session, job.id, [ids[3]!, ids[1]!], 'duplicate');
    await setDiscard(db, session, job.id, [ids[3]!], undefined);
    // Four checked at once: three named, all counted; then one unchecked.
    await setChecked(db, session, job.id, [ids[4]!, ids[2]!, ids[0]!, ids[3]!], true);
    await setChecked(db, session, job.id, [ids[4]!], false);
    journal = await recentJournal(db, 100);
  });

  it('set aside to discard: the slips by their temporary numbers, years and titles (it said "2 hồ sơ")', () => {
    const [discarded] = lines('slip.discard', journal);
    expect(read(discarded!)).toBe('Đánh dấu tài liệu loại — 2 hồ sơ: Phiếu 2 (1996) “Tập công văn năm 1996”, Phiếu 4 (1998) “Tập công văn năm 1998”');
    expect(read(discarded!, 'en')).toBe('Set aside to discard — 2 dossiers: Phiếu 2 (1996) “Tập công văn năm 1996”, Phiếu 4 (1998) “Tập công văn năm 1998”');
    // Opened, each item by its slip, and why.
    expect(discarded!.changes.map((c) => c.name)).toEqual(['Phiếu 4 (1998) “Tập công văn năm 1998”', 'Phiếu 2 (1996) “Tập công văn năm 1996”']);
    expect(discarded!.changes.every((c) => c.inSubject)).toBe(true);
  });

  it('kept again: the one slip', () => {
    const [kept] = lines('slip.keep', journal);
    expect(read(kept!)).toBe('Bỏ đánh dấu loại — hồ sơ Phiếu 4 (1998) “Tập công văn năm 1998”');
    expect(read(kept!, 'en')).toBe('Kept again — dossier Phiếu 4 (1998) “Tập công văn năm 1998”');
  });

  it('checked: the first three in their numbers’ order, all counted, a long title cut between words; unchecked: the slip', () => {
    const [checked] = lines('slip.check', journal);
    expect(read(checked!)).toBe('Kiểm tra phiếu tin — 4 hồ sơ: Phiếu 1 (1995) “Tập công văn năm 1995”, Phiếu 3 (1997) “Tập công văn năm 1997”, Phiếu 4 (1998) “Tập công văn năm 1998”, …');
    expect(read(checked!, 'en')).toBe('Slips checked — 4 dossiers: Phiếu 1 (1995) “Tập công văn năm 1995”, Phiếu 3 (1997) “Tập công văn năm 1997”, Phiếu 4 (1998) “Tập công văn năm 1998”, …');
    // In the history of the slip behind the "…", it is named first.
    const fifth = checked!.changes.find((c) => c.name?.startsWith('Phiếu 5'))!;
    expect(lineDetail(t.vi, checked!, fifth.recordId)).toBe('4 hồ sơ: Phiếu 5 (1999) “Tập công văn trao đổi với các cơ quan cấp huyện về công tác…”, Phiếu 1 (1995) “Tập công văn năm 1995”, Phiếu 3 (1997) “Tập công văn năm 1997”, …');
    const [unchecked] = lines('slip.uncheck', journal);
    expect(read(unchecked!)).toBe('Bỏ đánh dấu đã kiểm tra — hồ sơ Phiếu 5 (1999) “Tập công văn trao đổi với các cơ quan cấp huyện về công tác…”');
    expect(read(unchecked!, 'en')).toBe('Check removed — dossier Phiếu 5 (1999) “Tập công văn trao đổi với các cơ quan cấp huyện về công tác…”');
  });

  it('a line written before slips were named reads as it did', () => {
    expect(lineDetail(t.vi, { action: 'slip.check', detail: '4' })).toBe('4 hồ sơ');
    expect(lineDetail(t.en, { action: 'slip.discard', detail: '2' })).toBe('2 dossiers');
  });
});

describe('an item deleted from a retention schedule is named by its number and title', () => {
  let journal: JournalEntry[];
  beforeAll(async () => {
    const { db, session } = await unitDb('journal-named-retention');
    const schedule = await loadStarterSchedule(db, session);
    const long = await saveItem(db, session, { unitId: session.unitId, scheduleId: schedule.id, group: 'Tổng hợp', code: '11', title: 'Hồ sơ tổ chức hội nghị tổng kết công tác văn thư, lưu trữ của Ủy ban nhân dân xã hằng năm', retention: 10, basis: '', note: '', order: 11 });
    await deleteItem(db, session, (await listItems(db, schedule.id)).find((i) => i.code === '5')!.id);
    await deleteItem(db, session, long.id);
    journal = await recentJournal(db, 100);
  });

  it('its Số TT and title; a long title cut between words', () => {
    expect(lines('retention.itemDelete', journal).map((e) => read(e))).toEqual([
      'Xóa mục bảng thời hạn — mục 5 “Báo cáo tháng, quý”',
      'Xóa mục bảng thời hạn — mục 11 “Hồ sơ tổ chức hội nghị tổng kết công tác văn thư, lưu trữ…”',
    ]);
    expect(lines('retention.itemDelete', journal).map((e) => read(e, 'en'))).toEqual([
      'Delete retention item — item 5 “Báo cáo tháng, quý”',
      'Delete retention item — item 11 “Hồ sơ tổ chức hội nghị tổng kết công tác văn thư, lưu trữ…”',
    ]);
    // The item opened says which item it was too.
    expect(lines('retention.itemDelete', journal)[0]!.changes.map((c) => c.name)).toEqual(['5 “Báo cáo tháng, quý”']);
  });

  it('an item added or corrected is named when its line is opened', () => {
    const [added] = lines('retention.itemCreate', journal);
    expect(added!.changes.map((c) => c.name)).toEqual(['11 “Hồ sơ tổ chức hội nghị tổng kết công tác văn thư, lưu trữ…”']);
  });
});

describe('a statistics report’s first draft lists the figures it was made with, or says it was made empty', () => {
  let filled: JournalEntry[];
  let empty: JournalEntry[];
  beforeAll(async () => {
    const a = await unitDb('journal-named-stats');
    await saveReportDraft(a.db, a.session, 2025, { staffTotal: 3, staffTrained: 1, storageArea: 24.5 }, DEFAULT_STAT_FORMS);
    await saveReportDraft(a.db, a.session, 2025, { staffTotal: 2, staffTrained: 1, storageArea: 24.5 }, DEFAULT_STAT_FORMS);
    filled = await recentJournal(a.db, 100);
    const b = await unitDb('journal-named-stats-empty');
    await saveReportDraft(b.db, b.session, 2025, {}, DEFAULT_STAT_FORMS);
    await saveReportDraft(b.db, b.session, 2025, { staffTotal: 3 }, DEFAULT_STAT_FORMS);
    empty = await recentJournal(b.db, 100);
  });

  it('made with figures: each typed one by its row, in the form’s order (it listed nothing)', () => {
    const [first, corrected] = lines('stats.draft', filled);
    expect(read(first!)).toBe('Lưu bản nháp báo cáo thống kê — năm 2025');
    expect(first!.changes.map((c) => c.op)).toEqual(['create']);
    expect(opened(first!)).toEqual([
      'Người làm công tác văn thư, lưu trữ (dòng 6.1): 3',
      'Có trình độ chuyên môn văn thư, lưu trữ (dòng 6.3): 1',
      'Diện tích kho lưu trữ (dòng 7.1): 24,5',
    ]);
    expect(opened(first!, 'en')).toEqual([
      'Người làm công tác văn thư, lưu trữ (row 6.1): 3',
      'Có trình độ chuyên môn văn thư, lưu trữ (row 6.3): 1',
      'Diện tích kho lưu trữ (row 7.1): 24.5',
    ]);
    // A record made lists no fields as changed (its figures are read when it is opened).
    expect(changedFieldLabels(t.vi, first!.changes)).toEqual([]);
    // The journal's search finds it by them.
    expect(journalLineText(t.vi, first!)).toContain('(dòng 6.1): 3');
    // The correction after it reads as before.
    expect(opened(corrected!)).toEqual(['Người làm công tác văn thư, lưu trữ (dòng 6.1): 3 → 2']);
  });

  it('made empty: said plainly; then the figure typed into it', () => {
    const [first, corrected] = lines('stats.draft', empty);
    expect(opened(first!)).toEqual(['Lập trống: chưa ghi số liệu nào']);
    expect(opened(first!, 'en')).toEqual(['Made empty: no figures entered']);
    expect(opened(corrected!)).toEqual(['Người làm công tác văn thư, lưu trữ (dòng 6.1): (để trống) → 3']);
  });

  it('a first draft written before its figures were kept lists nothing, as it did', () => {
    const [first] = lines('stats.draft', filled);
    const { values: _v, ...old } = first!.changes[0]!;
    expect(changedValueLines(t.vi, old)).toEqual([]);
  });
});
