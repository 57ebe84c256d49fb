// A clerk reading the journal (Nhật ký thay đổi) could not tell what a line touched: "Hủy văn bản đến — Vào sổ nhầm",
// "Đánh số hồ sơ chính thức — 7 hồ sơ", "Xếp hồ sơ vào hộp", "Nhận lại tài liệu" named no entry, dossier, box, batch or
// loan. Each such line now names its records as the clerk knows them (the change set names the rows it wrote), read
// here as the journal page reads it; a statistics report lists the figures that changed, and documents that swapped
// places each say which document moved.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import type { Session } from '../../renderer/src/db/changes';
import type { JournalEntry } from '../../renderer/src/core/journal';
import { seedCommune, loanInput, type Seeded } from '../fixtures/duties-seed';
import { findJournal, recentJournal } from '../../renderer/src/db/repositories/journal-repository';
import { actionLabel, actionLine, changedFieldLabels, changedValueLines, journalLineText, lineDetail } from '../../renderer/src/i18n/journal-labels';
import { loadTranslators } from '../helpers/translators';
import { cancelEntry, listOutgoing } from '../../renderer/src/db/repositories/entry-repository';
import { listRegisters } from '../../renderer/src/db/repositories/register-repository';
import { addBox, moveToBox } from '../../renderer/src/db/repositories/dossier-repository';
import { moveDoc, saveDoc } from '../../renderer/src/db/repositories/dossier-doc-repository';
import { cancelDepositBatch, receivedBatches, recordDepositReceipt } from '../../renderer/src/db/repositories/deposit-repository';
import { cancelLoan, createLoan, returnLoan } from '../../renderer/src/db/repositories/loan-repository';
import { finaliseReport, saveReportDraft } from '../../renderer/src/db/repositories/statistics-repository';
import { DEFAULT_STAT_FORMS } from '../../renderer/src/core/duties/statistics';
import { exportBundle } from '../../renderer/src/db/exchange/export';
import { importAndApply, upper } from '../helpers/exchange-units';
import { REPLICATED_TABLES } from '../../renderer/src/core/bundle/schema';
import { completeSetup, listFonds } from '../../renderer/src/db/repositories/unit-repository';
import { closeFonds } from '../../renderer/src/db/repositories/fonds-repository';
import { deleteSlip, saveSlip, setChecked, splitSlip } from '../../renderer/src/db/repositories/slip-repository';
import { numberAndBoxJob, saveJob } from '../../renderer/src/db/repositories/processing-repository';
import { thuyHaiSetup } from '../fixtures/setup-input';
import { journalName, namesTable } from '../../renderer/src/core/journal-subject';

const t: Record<'vi' | 'en', TFunction> = {} as never;
let db: LuutruDb;
let s: Seeded;
let session: Session;
let journal: JournalEntry[];
let archiveJournal: JournalEntry[];

/** A line as the journal page shows it: its action, then what it is about and its detail. */
const read = (e: JournalEntry, lng: 'vi' | 'en' = 'vi') => actionLine(t[lng], e);
/** The lines of an action, oldest first. */
const lines = (action: string, from: JournalEntry[] = journal) => from.filter((e) => e.action === action).reverse();

beforeAll(async () => {
  Object.assign(t, await loadTranslators());
  // A commune's year (test/fixtures/duties-seed.ts): an incoming entry cancelled, dossiers numbered and boxed, two deposit
  // batches, an appraisal that destroys one dossier, loans made and returned. Then what a clerk does next.
  db = await openDb('journal-subject');
  s = await seedCommune(db);
  session = s.session;
  const outgoing = (await listRegisters(db, session.unitId)).filter((r) => r.kind === 'outgoing' && r.year === 2025);
  const sent = (await Promise.all(outgoing.map((r) => listOutgoing(db, r.id)))).flat();
  await cancelEntry(db, session, 'outgoingDocs', sent[0]!.id, 'Cấp nhầm số');
  // A dossier put by hand in a spare box.
  const spare = await addBox(db, session, s.fondsId, 9, 2, 'hộp dự phòng');
  await moveToBox(db, session, [s.ids.C!], spare.id);
  // Two documents of an open dossier that swap places.
  const first = await saveDoc(db, session, s.ids.E!, { number: '07/BC-UBND', date: '2025-03-12', author: 'UBND xã Thụy Hải', summary: 'Báo cáo quý I', sheetFrom: 1, sheetTo: 4, note: '' });
  await saveDoc(db, session, s.ids.E!, { number: '15/BC-UBND', date: '2025-06-12', author: 'UBND xã Thụy Hải', summary: 'Báo cáo 6 tháng', sheetFrom: 5, sheetTo: 9, note: '' });
  await moveDoc(db, session, first.id, 'down');
  // The batch of January cancelled (its dossier A was still out), then A comes back; a request made by mistake cancelled.
  await cancelDepositBatch(db, session, s.ids.batch2026!, 'Lập nhầm');
  await returnLoan(db, session, s.ids.openLoan!, '2026-01-20', 'Nguyên vẹn');
  const wrong = await createLoan(db, session, loanInput(session.unitId, { requesterName: 'Đỗ Văn Tâm', requestDate: '2026-02-02', loanDate: '2026-02-02', dueDate: '2026-02-03' }), [{ dossierId: s.ids.D!, documents: '' }]);
  await cancelLoan(db, session, wrong.id, 'Ghi nhầm người khai thác');
  // The statistics report: its staff figure corrected on the draft, then finalised.
  await saveReportDraft(db, session, 2025, { staffTotal: 2, storageArea: 24.5 }, DEFAULT_STAT_FORMS);
  await saveReportDraft(db, session, 2025, { staffTotal: 3, storageArea: 24.5 }, DEFAULT_STAT_FORMS);
  await finaliseReport(db, session, 2025, { staffTotal: 3, storageArea: 24.5 }, DEFAULT_STAT_FORMS, new Date('2026-01-20T03:00:00Z'));
  journal = await recentJournal(db, 1000);

  // The archive the 2015 batch went to records its receipt.
  const archive = await upper();
  await importAndApply(archive, (await exportBundle(db, { kind: 'full', operator: 'Nguyễn Thị Lan', now: new Date('2026-03-10T08:00:00Z') })).files);
  const batch = (await receivedBatches(archive.db, archive.session.unitId)).find((r) => r.batch.id === s.ids.batch2025)!.batch;
  await recordDepositReceipt(archive.db, archive.session, batch.id, { receivedDate: '2026-03-02', receiverName: 'Trần Văn Bình', receiverPosition: 'Lưu trữ viên', dossierCount: 1, condition: 'Đủ, tốt', note: '' }, '2026-03-10');
  archiveJournal = await recentJournal(archive.db, 1000);
});

describe('a line names what it touched, as the journal page reads it', () => {
  it('a cancelled entry by its number and summary, then why', () => {
    expect(lines('incoming.cancel').map((e) => read(e))).toEqual(['Hủy văn bản đến — số đến 03 (103/CV-UBND) “Về việc số 3” — lý do: Đăng ký nhầm']);
    expect(lines('outgoing.cancel').map((e) => read(e))).toEqual(['Hủy văn bản đi — số 01/QĐ-HĐND “Về việc số 1” — lý do: Cấp nhầm số']);
    expect(read(lines('incoming.cancel')[0]!, 'en')).toBe('Cancel an incoming entry — arrival no. 03 (103/CV-UBND) “Về việc số 3” — reason: Đăng ký nhầm');
  });

  it('a dossier removed from the plan by its number, year and title, not the ones after it', () => {
    expect(lines('dossier.delete').map((e) => read(e))).toEqual(['Xóa hồ sơ khỏi danh mục — hồ sơ 06.TH (2025) “Hồ sơ F năm 2025” — lý do: Trùng với hồ sơ 05.TH']);
  });

  it('numbering names the fonds and the dossiers numbered, counted, the first few by their new numbers', () => {
    expect(lines('dossier.number').map((e) => read(e))).toEqual([
      // In their numbers' order (HS 3 came before HS 2).
      'Đánh số hồ sơ chính thức — phông “Phông lưu trữ UBND xã Thụy Hải”; 7 hồ sơ: ML 1 · HS 1 (2015) “Hồ sơ I năm 2015”, ML 1 · HS 2 (2025) “Hồ sơ A năm 2025”, ML 2 · HS 1 (2015) “Hồ sơ G năm 2015”, …',
    ]);
    expect(read(lines('dossier.number')[0]!, 'en')).toMatch(/^Final numbering — fonds “Phông lưu trữ UBND xã Thụy Hải”; 7 dossiers: ML 1 · HS 1 \(2015\)/);
    // In one dossier's own history, that dossier first (it was behind the "…").
    const numbering = lines('dossier.number')[0]!;
    const h = numbering.changes.find((c) => c.table === 'dossiers' && c.name?.includes('Hồ sơ H năm 2015'))!;
    expect(lineDetail(t.vi, numbering, h.recordId)).toBe('phông “Phông lưu trữ UBND xã Thụy Hải”; 7 hồ sơ: ML 2 · HS 2 (2015) “Hồ sơ H năm 2015”, ML 1 · HS 1 (2015) “Hồ sơ I năm 2015”, ML 1 · HS 2 (2025) “Hồ sơ A năm 2025”, …');
  });

  it('boxing names the boxes made and the dossiers put in them; a dossier moved by hand, the box it went into', () => {
    expect(lines('dossier.box').map((e) => read(e))).toEqual([
      'Xếp hồ sơ vào hộp — 2 hộp, số 01 (ML 1), 01 (ML 2); 7 hồ sơ: ML 1 · HS 1 (2015) “Hồ sơ I năm 2015”, ML 1 · HS 2 (2025) “Hồ sơ A năm 2025”, ML 2 · HS 1 (2015) “Hồ sơ G năm 2015”, …',
    ]);
    expect(lines('dossier.move').map((e) => read(e))).toEqual([`${actionLabel(t.vi, 'dossier.move')} — hồ sơ ML 2 · HS 4 (2025) “Hồ sơ C năm 2025”; hộp số 09 (ML 2)`]);
  });

  it('a destruction names the appraisal and the dossiers destroyed, then the decision by its number', () => {
    expect(lines('appraisal.destroy').map((e) => read(e))).toEqual([
      'Hủy tài liệu hết giá trị — đợt xác định giá trị “Xác định giá trị tài liệu năm 2025”; hồ sơ ML 2 · HS 1 (2015) “Hồ sơ G năm 2015” — quyết định số 52/QĐ-UBND',
    ]);
  });

  it('an appraisal’s steps name the appraisal, and the dossiers proposed or decided on', () => {
    expect(['appraisal.start', 'appraisal.council', 'appraisal.decision', 'appraisal.decide'].flatMap((a) => lines(a)).map((e) => read(e))).toEqual([
      'Đưa hồ sơ ra Hội đồng xác định giá trị — đợt xác định giá trị “Xác định giá trị tài liệu năm 2025”; 2 hồ sơ: ML 2 · HS 1 (2015) “Hồ sơ G năm 2015”, ML 2 · HS 2 (2015) “Hồ sơ H năm 2015”',
      'Sửa thông tin Hội đồng — đợt xác định giá trị “Xác định giá trị tài liệu năm 2025”',
      'Ghi ý kiến của Hội đồng — hồ sơ ML 2 · HS 2 (2015) “Hồ sơ H năm 2015” — Giữ lại',
      'Ghi nhận ý kiến của Hội đồng — đợt xác định giá trị “Xác định giá trị tài liệu năm 2025”',
    ]);
  });

  it('a deposit batch made and cancelled names the batch and its dossiers; the archive’s receipt, the batch received', () => {
    expect(lines('deposit.batch').map((e) => read(e))).toEqual([
      'Lập đợt nộp lưu — đợt nộp lưu “Hồ sơ năm 2015”; hồ sơ ML 1 · HS 1 (2015) “Hồ sơ I năm 2015”',
      'Lập đợt nộp lưu — đợt nộp lưu “Hồ sơ năm 2025”; 2 hồ sơ: ML 1 · HS 2 (2025) “Hồ sơ A năm 2025”, ML 2 · HS 3 (2025) “Hồ sơ B năm 2025”',
    ]);
    expect(lines('deposit.cancel').map((e) => read(e))).toEqual([
      'Hủy đợt nộp lưu — đợt nộp lưu “Hồ sơ năm 2025”; 2 hồ sơ: ML 1 · HS 2 (2025) “Hồ sơ A năm 2025”, ML 2 · HS 3 (2025) “Hồ sơ B năm 2025” — lý do: Lập nhầm',
    ]);
    expect(lines('deposit.receipt', archiveJournal).map((e) => read(e))).toEqual(['Ghi nhận tiếp nhận nộp lưu — đợt nộp lưu “Hồ sơ năm 2015” — 02/03/2026']);
  });

  it('a loan made, returned and cancelled by its number and reader', () => {
    expect(lines('loan.return').map((e) => read(e))).toEqual([
      'Nhận lại tài liệu — phiếu số 1/2024 (Phạm Văn Bình)',
      'Nhận lại tài liệu — phiếu số 1/2025 (Trần Văn Nam)',
      'Nhận lại tài liệu — phiếu số 2/2025 (trần văn nam)',
      'Nhận lại tài liệu — phiếu số 3/2025 (Lê Thị Hoa)',
    ]);
    expect(lines('loan.create').map((e) => read(e)).at(-1)).toBe('Lập phiếu yêu cầu khai thác — phiếu số 1/2026 (Đỗ Văn Tâm)');
    expect(lines('loan.cancel').map((e) => read(e))).toEqual(['Hủy phiếu yêu cầu — phiếu số 1/2026 (Đỗ Văn Tâm) — lý do: Ghi nhầm người khai thác']);
    expect(read(lines('loan.return').at(-1)!, 'en')).toBe('Records returned — request no. 3/2025 (Lê Thị Hoa)');
  });

  it('the journal’s search finds a line by what it touched (the summary of the entry cancelled, the reader of a loan)', async () => {
    const lineOf = (e: JournalEntry) => journalLineText(t.vi, e);
    expect((await findJournal(db, { words: 've viec so 3 dang ky nham' }, lineOf, 100)).map((e) => e.action)).toEqual(['incoming.cancel']);
    expect((await findJournal(db, { words: 'le thi hoa' }, lineOf, 100)).map((e) => e.action)).toEqual(['loan.return', 'loan.create']);
    // The appraisal's lines too (the decision on H as well: the word typed last is a prefix, and "G" begins "Giữ lại").
    expect((await findJournal(db, { words: 'ho so G nam 2015' }, lineOf, 100)).map((e) => e.action)).toEqual(['appraisal.destroy', 'appraisal.decision', 'appraisal.start', 'dossier.box', 'dossier.number']);
  });

  it.each(['vi', 'en'] as const)('every table whose records name a line has its words (%s)', (lng) => {
    const named = REPLICATED_TABLES.filter(namesTable);
    expect(named).toEqual(expect.arrayContaining(['incomingDocs', 'outgoingDocs', 'dossiers', 'boxes', 'depositBatches', 'appraisals', 'loans', 'fonds']));
    for (const table of named) for (const n of ['one', 'many']) expect(t[lng](`journalSubject.${n}.${table}`, { name: 'X', names: 'X', count: 2 }), `${n}.${table}`).not.toMatch(/journalSubject/);
  });

  it('a line written before records were named reads as it did', () => {
    expect(lineDetail(t.vi, { action: 'dossier.number', detail: '18' })).toBe('18 hồ sơ');
    expect(lineDetail(t.vi, { action: 'incoming.cancel', detail: 'Vào sổ nhầm' })).toBe('Vào sổ nhầm');
    expect(lineDetail(t.vi, { action: 'loan.return' })).toBe('');
  });
});

describe('a long title in a line', () => {
  it('is cut between words ("Đinh Mù…" read as "blind")', () => {
    expect(journalName('incomingDocs', { arrivalNumber: 3, number: '103', notation: 'KH-UBND', summary: 'Kế hoạch bảo đảm an ninh trật tự dịp Tết Nguyên đán Đinh Mùi năm 2027 trên địa bàn xã' })).toBe('03 (103/KH-UBND) “Kế hoạch bảo đảm an ninh trật tự dịp Tết Nguyên đán Đinh…”');
    expect(journalName('dossiers', { notation: '07.TH', year: 2026, title: 'Hồ sơ tổ chức Lễ hội truyền thống đền Thụy Hải năm 2026 (kèm kịch bản)' })).toMatch(/“Hồ sơ tổ chức Lễ hội truyền thống đền Thụy Hải năm 2026…”$/);
  });
});

describe('a line opened names each item it changed', () => {
  it('two documents that swapped places each say which document moved, and where', () => {
    const [moved] = lines('doc.move');
    expect(read(moved!)).toBe(`${actionLabel(t.vi, 'doc.move')} — 07/BC-UBND → 05.TH (2025)`);
    expect(moved!.changes.map((c) => `${c.name}: ${changedValueLines(t.vi, c).map((l) => l.line).join('; ')}`)).toEqual([
      '07/BC-UBND “Báo cáo quý I”: Số thứ tự trong hồ sơ: 1 → 2',
      '15/BC-UBND “Báo cáo 6 tháng”: Số thứ tự trong hồ sơ: 2 → 1',
    ]);
  });

  it('a numbering’s dossiers each by their new number', () => {
    const [numbered] = lines('dossier.number');
    expect(numbered!.changes).toHaveLength(7);
    expect(numbered!.changes.every((c) => c.name && c.inSubject)).toBe(true);
    expect(numbered!.changes[0]!.name).toBe('ML 2 · HS 1 (2015) “Hồ sơ G năm 2015”');
  });
});

describe('a statistics report’s figures, each by its row, not "Số liệu"', () => {
  it('a figure corrected on the draft', () => {
    const [, corrected] = lines('stats.draft');
    expect(read(corrected!)).toBe('Lưu bản nháp báo cáo thống kê — năm 2025');
    expect(changedFieldLabels(t.vi, corrected!.changes)).toEqual(['Người làm công tác văn thư, lưu trữ (dòng 6.1)']);
    expect(corrected!.changes.flatMap((c) => changedValueLines(t.vi, c).map((l) => l.line))).toEqual(['Người làm công tác văn thư, lưu trữ (dòng 6.1): 2 → 3']);
    expect(corrected!.changes.flatMap((c) => changedValueLines(t.en, c).map((l) => l.line))).toEqual(['Người làm công tác văn thư, lưu trữ (row 6.1): 2 → 3']);
  });

  it('finalised: the figures the app computed, counted in the list and each read in its row’s order when opened', () => {
    const [finalised] = lines('stats.finalise');
    const figures = Object.keys(finalised!.changes[0]!.values ?? {}).filter((k) => k.startsWith('values.'));
    expect(figures.length).toBeGreaterThan(5);
    expect(changedFieldLabels(t.vi, finalised!.changes)[0]).toBe(`Số liệu (${figures.length} chỉ tiêu)`);
    const read = finalised!.changes.flatMap((c) => changedValueLines(t.vi, c).map((l) => l.line));
    // Four sent in 2025, one cancelled above; six received.
    expect(read.slice(0, 2)).toEqual(['Văn bản đi (dòng 1.1): (để trống) → 3', 'Văn bản đến (dòng 1.2): (để trống) → 6']);
    expect(read).toContain('Tình trạng: Bản nháp → Đã chốt');
    expect(read.join(' ')).not.toMatch(/incomingDocs|outgoingDocs|staffTotal|values\./);
  });
});

describe('a backlog job’s lines name the job, and the slips they touched', () => {
  const TODAY = '2026-11-20';
  const SCHEME = [{ id: '0190aaaa-0000-7000-8000-00000000c001', title: 'Tổng hợp', code: 'TH', retention: 10 as const }];
  let job: JournalEntry[];
  beforeAll(async () => {
    const jobDb = await openDb('journal-subject-job');
    const unit = await completeSetup(jobDb, thuyHaiSetup);
    const js: Session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
    const fondsId = (await listFonds(jobDb, unit.id))[0]!.id;
    const j = await saveJob(jobDb, js, { unitId: unit.id, fondsId, name: 'Chỉnh lý tài liệu 1995–2005', receivedMetres: 2, processedMetres: 0, discardedMetres: 0, status: 'open', note: '', scheme: SCHEME }, TODAY);
    const ids: string[] = [];
    for (const i of [1, 2, 3])
      ids.push((await saveSlip(jobDb, js, j.id, { classId: SCHEME[0]!.id, title: `Tập công văn năm ${1994 + i}`, startDate: `${1994 + i}-01-01`, endDate: `${1994 + i}-12-31`, startPrecision: 'year', endPrecision: 'year', retention: 10, language: 'Tiếng Việt', access: 'open', condition: 'Tốt', note: '', sheetCount: 20 }, TODAY)).id);
    // The second slip typed twice: deleted, the third moves up into its place (not named).
    await deleteSlip(jobDb, js, j.id, ids[1]!, 'Phiếu lập trùng');
    await setChecked(jobDb, js, j.id, [ids[0]!, ids[2]!], true);
    await numberAndBoxJob(jobDb, js, j.id, { permanent: 1, fixedTerm: 2 }, 500, TODAY);
    job = await recentJournal(jobDb, 100);
  });

  it('a slip deleted by its temporary number, not the slips after it', () => {
    expect(lines('dossier.delete', job).map((e) => read(e))).toEqual(['Xóa hồ sơ khỏi danh mục — hồ sơ Phiếu 2 (1996) “Tập công văn năm 1996” — lý do: Phiếu lập trùng']);
    // The slip after it moved up a place: an item of the line, named too.
    expect(lines('dossier.delete', job)[0]!.changes.map((c) => c.name)).toEqual(['Phiếu 2 (1996) “Tập công văn năm 1996”', 'Phiếu 3 (1997) “Tập công văn năm 1997”']);
    // In the history of the slip that moved up, the line still names the slip deleted (it named itself as deleted).
    const [deleted, movedUp] = lines('dossier.delete', job)[0]!.changes;
    expect(lineDetail(t.vi, lines('dossier.delete', job)[0]!, movedUp!.recordId)).toBe(lineDetail(t.vi, lines('dossier.delete', job)[0]!, deleted!.recordId));
  });

  it('a slip split names the slip and the part made of it; a fonds closed, the fonds', async () => {
    const splitDb = await openDb('journal-subject-split');
    const unit = await completeSetup(splitDb, thuyHaiSetup);
    const js: Session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
    const fondsId = (await listFonds(splitDb, unit.id))[0]!.id;
    const j = await saveJob(splitDb, js, { unitId: unit.id, fondsId, name: 'Chỉnh lý 1995', receivedMetres: 1, processedMetres: 0, discardedMetres: 0, status: 'open', note: '', scheme: SCHEME }, TODAY);
    const slip = await saveSlip(splitDb, js, j.id, { classId: SCHEME[0]!.id, title: 'Tập công văn năm 1995', startDate: '1995-01-01', endDate: '1995-12-31', startPrecision: 'year', endPrecision: 'year', retention: 10, language: 'Tiếng Việt', access: 'open', condition: 'Tốt', note: '', sheetCount: 20 }, TODAY);
    await saveSlip(splitDb, js, j.id, { classId: SCHEME[0]!.id, title: 'Tập quyết định năm 1996', startDate: '1996-01-01', endDate: '1996-12-31', startPrecision: 'year', endPrecision: 'year', retention: 10, language: 'Tiếng Việt', access: 'open', condition: 'Tốt', note: '', sheetCount: 20 }, TODAY);
    // Split before the second slip, which moves down a place: not named.
    await splitSlip(splitDb, js, j.id, slip.id, { title: 'Tập báo cáo năm 1995' }, TODAY);
    await closeFonds(splitDb, js, fondsId, '2025-06-30', 'Nghị quyết số 1656/NQ-UBTVQH15');
    const split = await recentJournal(splitDb, 20);
    expect(lines('slip.split', split).map((e) => read(e))).toEqual(['Tách phiếu tin — 2 hồ sơ: Phiếu 1 (1995) “Tập công văn năm 1995”, Phiếu 3 (1995) “Tập báo cáo năm 1995”']);
    expect(lines('fonds.close', split).map((e) => read(e))).toEqual(['Đóng phông — phông “Phông lưu trữ UBND xã Thụy Hải” — Nghị quyết số 1656/NQ-UBTVQH15']);
  });

  it('numbering and boxing in one pass: the job, the boxes made, the slips by their new numbers', () => {
    expect(lines('slip.numberAndBox', job).map((e) => read(e))).toEqual([
      `${actionLabel(t.vi, 'slip.numberAndBox')} — đợt chỉnh lý “Chỉnh lý tài liệu 1995–2005”; hộp số 01 (ML 2); 2 hồ sơ: ML 2 · HS 1 (1995) “Tập công văn năm 1995”, ML 2 · HS 2 (1997) “Tập công văn năm 1997”`,
    ]);
  });
});
