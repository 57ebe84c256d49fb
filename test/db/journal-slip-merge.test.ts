// A slip merge as the clerk reads it in the journal (Nhật ký thay đổi) and meets it on the slip's screen. The line said
// "Gộp phiếu tin — 2 hồ sơ: …" with "5 hồ sơ" in its count (every slip the merge touched: those after the one merged in
// move up a place) and began its fields with "Xóa khỏi danh mục"; it now says which slip went into which, counts the
// two, and lists what the slip kept took of the other. Refusals: the repository's rule, read before the question is
// asked (the screen had its own copy of "the same slip").
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import type { Session } from '../../renderer/src/db/changes';
import type { Dossier, ProcessingJob } from '../../renderer/src/core/dossiers/types';
import type { JournalEntry } from '../../renderer/src/core/journal';
import { AppError } from '../../renderer/src/core/errors';
import { errorMessage } from '../../renderer/src/i18n';
import { recentJournal } from '../../renderer/src/db/repositories/journal-repository';
import { actionLine, changedRecordsText, journalLineText, lineDetail, lineFieldLabels } from '../../renderer/src/i18n/journal-labels';
import { loadTranslators } from '../helpers/translators';
import { completeSetup, listFonds } from '../../renderer/src/db/repositories/unit-repository';
import { mergeSlips, saveSlip, setDiscard, slipToMerge } from '../../renderer/src/db/repositories/slip-repository';
import { saveJob } from '../../renderer/src/db/repositories/processing-repository';
import { thuyHaiSetup } from '../fixtures/setup-input';

const t: Record<'vi' | 'en', TFunction> = {} as never;
const TODAY = '2026-03-10';
const SCHEME = [{ id: '0190aaaa-0000-7000-8000-00000000c001', title: 'Tổng hợp', code: 'TH', retention: 10 as const }];
let db: LuutruDb;
let session: Session;
let job: ProcessingJob;
/** Slips 1…6, one a year from 1995, 20 sheets each. */
let slips: Dossier[];
let line: JournalEntry;

beforeAll(async () => {
  Object.assign(t, await loadTranslators());
  db = await openDb('journal-slip-merge');
  const unit = await completeSetup(db, thuyHaiSetup);
  session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
  const fondsId = (await listFonds(db, unit.id))[0]!.id;
  job = await saveJob(db, session, { unitId: unit.id, fondsId, name: 'Chỉnh lý 1995', receivedMetres: 1, processedMetres: 0, discardedMetres: 0, status: 'open', note: '', scheme: SCHEME }, TODAY);
  slips = [];
  for (let i = 0; i < 6; i++)
    slips.push(await saveSlip(db, session, job.id, { classId: SCHEME[0]!.id, title: `Tập công văn năm ${1995 + i}`, startDate: `${1995 + i}-01-01`, endDate: `${1995 + i}-12-31`, startPrecision: 'year', endPrecision: 'year', retention: 10, language: 'Tiếng Việt', access: 'open', condition: 'Tốt', note: '', sheetCount: 20 }, TODAY));
  // Slip 2 merged into slip 4: slips 3 to 6 move up a place.
  await mergeSlips(db, session, job.id, slips[3]!.id, slips[1]!.id);
  line = (await recentJournal(db, 5)).find((e) => e.action === 'slip.merge')!;
});

describe('a slip merge in the journal', () => {
  it('says which slip went into which, and names the two', () => {
    expect(actionLine(t.vi, line)).toBe('Gộp phiếu tin — phiếu 2 vào phiếu 4: Phiếu 2 (1996) “Tập công văn năm 1996”, Phiếu 4 (1998) “Tập công văn năm 1998”');
    expect(actionLine(t.en, line)).toBe('Slips merged — slip 2 into slip 4: Phiếu 2 (1996) “Tập công văn năm 1996”, Phiếu 4 (1998) “Tập công văn năm 1998”');
    // In the merged slip's own history too, itself named first, as it became (its period now starts in 1996).
    expect(lineDetail(t.vi, line, slips[3]!.id)).toBe('phiếu 2 vào phiếu 4: Phiếu 4 (1996) “Tập công văn năm 1998”, Phiếu 2 (1996) “Tập công văn năm 1996”');
  });

  it('counts the two slips merged, not the four that moved up (in English "2 dossiers", not "dossiers: 2")', () => {
    expect(line.changes.length).toBeGreaterThan(2);
    expect(changedRecordsText(t.vi, line, 'vi')).toBe('2 hồ sơ');
    expect(changedRecordsText(t.en, line, 'en')).toBe('2 dossiers');
  });

  it('lists what the slip kept took of the other, not "Xóa khỏi danh mục" nor the places of the slips that moved up', () => {
    expect(lineFieldLabels(t.vi, line)).toEqual(['Tài liệu từ ngày', 'Số tờ', 'Năm']);
    expect(journalLineText(t.vi, line)).not.toContain('Xóa khỏi danh mục');
  });

  it('a merge written before its numbers were kept reads as it did', () => {
    const { detail: _d, ...old } = line;
    expect(actionLine(t.vi, old)).toBe('Gộp phiếu tin — 2 hồ sơ: Phiếu 2 (1996) “Tập công văn năm 1996”, Phiếu 4 (1998) “Tập công văn năm 1998”');
  });
});

describe('a slip to merge, read before the clerk is asked', () => {
  const refusal = async (keep: Dossier, number: number) => {
    const e = await slipToMerge(db, job.id, keep, number).then(() => undefined, (x: unknown) => x);
    return e instanceof AppError ? { code: e.code, said: errorMessage(t.vi, e) } : e;
  };

  it('the same slip is refused with the repository’s own message, as the merge itself refuses it', async () => {
    const keep = (await db.dossiers.get(slips[0]!.id))!;
    expect(await refusal(keep, keep.tempNumber!)).toEqual({ code: 'slip.mergeSelf', said: 'Không thể gộp một phiếu với chính nó.' });
    await expect(mergeSlips(db, session, job.id, keep.id, keep.id)).rejects.toMatchObject({ code: 'slip.mergeSelf' });
  });

  it('a slip set aside to discard is refused too; a number no slip has, or one merged away, is none', async () => {
    const keep = (await db.dossiers.get(slips[0]!.id))!;
    await setDiscard(db, session, job.id, [slips[2]!.id], 'duplicate');
    expect(await refusal(keep, 3)).toMatchObject({ code: 'slip.mergeDiscarded' });
    expect(await slipToMerge(db, job.id, keep, 99)).toBeUndefined();
    expect(await slipToMerge(db, job.id, keep, 2)).toBeUndefined();
    expect((await slipToMerge(db, job.id, keep, 5))?.title).toBe('Tập công văn năm 1999');
  });
});
