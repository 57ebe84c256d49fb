// The change journal as a clerk reads it (Nhật ký thay đổi, an entry's history): after a year of
// real work — registers, entries corrected and cancelled, dossiers closed, numbered and boxed,
// the unit and its people edited — every action has a name and every changed field a label, in
// Vietnamese and in English, never a code name such as lastNumber or boxId.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import type { Session } from '../../renderer/src/db/changes';
import { addOperator, completeSetup, listFonds, updateUnit } from '../../renderer/src/db/repositories/unit-repository';
import { closeRegister, ensureYearRegisters, listIssuingBodies, openRegister, saveIssuingBody } from '../../renderer/src/db/repositories/register-repository';
import { cancelEntry, registerIncoming, registerOutgoing, updateIncoming, updateOutgoing } from '../../renderer/src/db/repositories/entry-repository';
import { removeDoc, saveDoc } from '../../renderer/src/db/repositories/dossier-doc-repository';
import { addBox, boxNumberedDossiers, closeDossier, deleteDossier, moveToBox, numberDossiers, reopenDossier, saveDossier, saveProcessingJob } from '../../renderer/src/db/repositories/dossier-repository';
import { findJournal, recentJournal } from '../../renderer/src/db/repositories/journal-repository';
import { emptyIncomingInput, emptyOutgoingInput } from '../../renderer/src/core/registers/types';
import { journalGroupOf, type JournalEntry } from '../../renderer/src/core/journal';
import { actionLabel, changedFieldLabels, changedRecordsText, changedValueLines, detailText, fieldLabel, journalLineText, tableLabel } from '../../renderer/src/i18n/journal-labels';
import { formatDateTime, isoDate } from '../../renderer/src/core/format';
import { vi } from '../../renderer/src/i18n/vi';
import { en } from '../../renderer/src/i18n/en';
import { loadTranslators } from '../helpers/translators';
import { REPLICATED_TABLES } from '../../renderer/src/core/bundle/schema';
import { readClosingDate } from '../../renderer/src/core/dossiers/rules';
import { JOURNAL_FIELD_RULES, keptValueFields } from '../../renderer/src/core/journal-fields';
import { INCOMING_FIELDS, OUTGOING_FIELDS } from '../../renderer/src/features/registers/entry-form-state';
import { thuyHaiSetup } from '../fixtures/setup-input';
import { seedCommune } from '../fixtures/duties-seed';
import { closeFonds, saveFonds } from '../../renderer/src/db/repositories/fonds-repository';
import { deleteItem, listItems, loadStarterSchedule, newScheduleVersion, saveItem, saveSchedule } from '../../renderer/src/db/repositories/retention-repository';
import { finaliseReport, reopenReport, saveReportDraft } from '../../renderer/src/db/repositories/statistics-repository';
import { DEFAULT_STAT_FORMS } from '../../renderer/src/core/duties/statistics';
import { saveJob, saveReport, setStage } from '../../renderer/src/db/repositories/processing-repository';
import { cancelDepositBatch, correctDepositReceipt, receivedBatches, recordDepositReceipt } from '../../renderer/src/db/repositories/deposit-repository';
import { returnLoan } from '../../renderer/src/db/repositories/loan-repository';
import { exportBundle } from '../../renderer/src/db/exchange/export';
import { importAndApply, upper } from '../helpers/exchange-units';
import type { FondsFields } from '../../renderer/src/core/unit';

let db: LuutruDb;
let session: Session;
/** The archive's line of the commune's bundle taken in. */
let importLine: JournalEntry;
let journal: JournalEntry[];
/** The archive's duties over a year (test/fixtures/duties-seed.ts and what follows), on a commune and on the archive it deposits in. */
let dutyJournal: JournalEntry[];
let archiveJournal: JournalEntry[];
/** Table → the fields its stored records hold (record envelope and index fields left out). */
const stored = new Map<string, Set<string>>();

/** Adds the fields `db`'s stored records hold, per table, to `stored`. */
async function collectStored(from: LuutruDb): Promise<void> {
  for (const table of REPLICATED_TABLES) {
    if (!from.tables.some((x) => x.name === table)) continue;
    const fields = stored.get(table) ?? new Set<string>();
    for (const r of (await from.table(table).toArray()) as Record<string, unknown>[]) for (const k of Object.keys(r)) if (!['id', 'origin', 'clock', 'changedBy', 'dupKey', 'openDeadline'].includes(k)) fields.add(k);
    if (fields.size > 0) stored.set(table, fields);
  }
}
const translators: Record<'vi' | 'en', TFunction> = {} as never;

beforeAll(async () => {
  Object.assign(translators, await loadTranslators());
  db = await openDb('journal-labels');
  const unit = await completeSetup(db, thuyHaiSetup);
  session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
  const opts = { today: '2025-12-30' };

  const registers = await ensureYearRegisters(db, session, 2025, new Date('2025-01-02'));
  const incoming = registers.find((r) => r.kind === 'incoming')!;
  const outgoing = registers.find((r) => r.kind === 'outgoing')!;
  const inc = await registerIncoming(db, session, incoming.id, { ...emptyIncomingInput('2025-03-05'), sender: 'Sở Tư pháp tỉnh Hưng Yên', summary: 'V/v chứng thực' }, opts);
  if (inc.kind !== 'saved') throw new Error('not saved');
  // Every field the entry form and the follow-up editor change.
  await updateIncoming(db, session, inc.doc.id, {
    ...inc.doc, arrivalDate: '2025-03-06', sender: 'Sở Nội vụ tỉnh Hưng Yên', number: '15', notation: 'SNV-CCVC', documentDate: '2025-03-01', typeName: 'Công văn',
    summary: 'V/v tuyển dụng', recipient: 'Chủ tịch UBND xã', transferDate: '2025-03-07', receivedSignature: 'Hùng', note: 'bản chụp', urgency: 'urgent',
    handlingDeadline: '2025-03-20', dueDate: '2025-03-25', signerPosition: 'Giám đốc', signerName: 'Trần Văn Bình', pageCount: 3, language: 'Tiếng Việt',
    progress: 'done', progressNote: 'đã trả lời', completedAt: '2025-03-19', replyNotation: '20/UBND-VP',
  }, { ...opts, confirmDuplicate: true });
  await cancelEntry(db, session, 'incomingDocs', inc.doc.id, 'vào sổ nhầm');
  const out = await registerOutgoing(db, session, outgoing.id, { ...emptyOutgoingInput('2025-03-05'), typeName: 'Công văn', summary: 'V/v báo cáo', recipients: ['UBND tỉnh'] }, opts);
  if (out.kind !== 'saved') throw new Error('not saved');
  await updateOutgoing(db, session, out.doc.id, {
    ...out.doc, notation: 'UBND-VP', documentDate: '2025-03-06', typeName: 'Báo cáo', summary: 'Báo cáo tổng kết', signerPosition: 'Chủ tịch', signerName: 'Nguyễn Văn An',
    recipients: ['UBND tỉnh', 'Sở Nội vụ'], retainedCopyHolder: 'Văn phòng', copyCount: 4, transferDate: '2025-03-07', receivedSignature: 'Lan', note: 'gửi bưu điện',
    urgency: 'flash', dueDate: '2025-03-30', pageCount: 2,
  }, { ...opts, confirmDuplicate: true });
  await cancelEntry(db, session, 'outgoingDocs', out.doc.id, 'trùng số');
  await closeRegister(db, session, incoming.id, '2025-12-31');
  await openRegister(db, session, { kind: 'incoming', year: 2025, secret: true, volume: 2 }, new Date('2025-01-02'));
  const body = (await listIssuingBodies(db, session.unitId))[0]!;
  await saveIssuingBody(db, session, { ...body, name: 'Ủy ban nhân dân xã Thụy Hải mới', abbreviation: 'UBND', active: false }, body.id);

  const fondsId = (await listFonds(db, session.unitId))[0]!.id;
  const base = { unitId: session.unitId, fondsId, year: 2025, heading: 'I. TỔNG HỢP', headingCode: 'TH', keeper: 'Nguyễn Thị Lan', status: 'open' as const, access: 'open' as const, language: 'Tiếng Việt', condition: 'Tốt', note: '', source: 'plan' as const };
  const d1 = await saveDossier(db, session, { ...base, notation: '01.TH', title: 'Tập lưu quyết định năm 2025', retention: 'permanent' });
  const d2 = await saveDossier(db, session, { ...base, notation: '02.TH', title: 'Tập công văn năm 2025', retention: 10 });
  await saveDossier(db, session, { ...d2, heading: 'II. VĂN PHÒNG', headingCode: 'VP', notation: '01.VP', title: 'Tập công văn đi năm 2025', retention: 20, keeper: 'Trần Văn Hùng', access: 'restricted', condition: 'Ố vàng', note: 'thiếu bìa', language: 'Tiếng Việt, tiếng Anh' }, d2.id);
  for (const d of [d1, d2]) await closeDossier(db, session, d.id, { sheetCount: 120, pageCount: 230, startDate: '2025-01-05', endDate: '2025-12-20' }, '2025-12-30');
  await reopenDossier(db, session, d2.id);
  await closeDossier(db, session, d2.id, { sheetCount: 121, startDate: '2025-01-05', endDate: '2025-12-21' }, '2025-12-31');
  await numberDossiers(db, session, { fondsId, ids: [d1.id, d2.id], order: 'heading-time', inventories: { permanent: 1, fixedTerm: 2 } });
  await boxNumberedDossiers(db, session, fondsId, 800);
  const spare = await addBox(db, session, fondsId, 9, 1, 'hộp dự phòng');
  await moveToBox(db, session, [d1.id], spare.id);
  const d3 = await saveDossier(db, session, { ...base, notation: '03.TH', title: 'Hồ sơ lập nhầm', retention: 5 });
  await deleteDossier(db, session, d3.id, 'lập nhầm');
  // Documents listed in a dossier, one linked to a register entry, corrected and removed.
  const d4 = await saveDossier(db, session, { ...base, notation: '04.TH', title: 'Tập báo cáo năm 2025', retention: 10 });
  const typed = await saveDoc(db, session, d4.id, { number: '07/BC-UBND', date: '2025-03-12', datePrecision: 'day', author: 'UBND xã Thụy Hải', summary: 'Báo cáo quý I', sheetFrom: 1, sheetTo: 4, note: '' });
  await saveDoc(db, session, d4.id, { number: '', author: '', summary: '', incomingDocId: inc.doc.id, sheetFrom: 5, sheetTo: 6, note: '' });
  await saveDoc(db, session, d4.id, { number: '07/BC-UBND', date: '2025-03-12', datePrecision: 'day', author: 'UBND xã Thụy Hải', summary: 'Báo cáo quý I', sheetFrom: 1, sheetTo: 3, note: 'bản chính' }, typed.id);
  await removeDoc(db, session, typed.id, 'ghi nhầm');
  const job = await saveProcessingJob(db, session, { unitId: session.unitId, fondsId, name: 'Chỉnh lý 2010–2020', receivedMetres: 12, processedMetres: 0, discardedMetres: 0, status: 'open', note: '' });
  await saveProcessingJob(db, session, { ...job, name: 'Chỉnh lý tài liệu 2010–2020', receivedMetres: 14, processedMetres: 6, discardedMetres: 1.5, status: 'done', startDate: '2025-04-01', endDate: '2025-09-30', note: 'xong' }, job.id);

  await updateUnit(db, session, { ...thuyHaiSetup.unit, name: 'Ủy ban nhân dân xã Thụy Hải (mới)', shortName: 'UBND xã Thụy Hải mới', adminCode: '12346', legacyAdminCode: '12345', agencyId: '000.00.12.H53', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên mới', level: 'ward' });
  await addOperator(db, session, 'Trần Văn Hùng', 'Công chức Tư pháp - Hộ tịch');
  journal = await recentJournal(db, 1000);
  await collectStored(db);
});

// The archive's duties: a commune's year of them (a retention schedule, deposits, an appraisal that destroys and keeps,
// loans returned, a backlog job, a fonds), then what a clerk does next: a schedule's item corrected, checked, a new
// version; a fonds described and one closed; a job taken in, reported on and finished; the statistics report drafted,
// finalised and reopened; a loan returned; a batch cancelled. The archive it deposits in records and corrects a receipt.
beforeAll(async () => {
  const dutyDb = await openDb('journal-labels-duties');
  const s = await seedCommune(dutyDb);
  const today = '2026-03-10';
  const { id: fondsId, origin: _o, clock: _c, deleted: _d, changedBy: _b, ...fonds } = (await listFonds(dutyDb, s.session.unitId))[0]!;
  await saveFonds(dutyDb, s.session, { ...(fonds as FondsFields), number: '15', history: 'Phông hình thành từ năm 2025.', creators: [{ name: 'UBND xã Thụy Hải', from: '2025' }] }, fondsId, 2026);
  const old = await saveFonds(dutyDb, s.session, { unitId: s.session.unitId, name: 'Phông lưu trữ UBND xã Thụy Xuân', number: '9', status: 'open', startYear: 1990, history: '' }, undefined, 2026);
  await closeFonds(dutyDb, s.session, old.id, '2025-06-30', 'Nghị quyết số 1656/NQ-UBTVQH15');

  const schedule = await loadStarterSchedule(dutyDb, s.session);
  const [first, second] = await listItems(dutyDb, schedule.id);
  await saveItem(dutyDb, s.session, { ...first!, title: `${first!.title} (sửa)`, retention: 50, basis: 'Thông tư 13/2011/TT-BNV, mục 1' }, first!.id);
  await deleteItem(dutyDb, s.session, second!.id);
  await saveSchedule(dutyDb, s.session, { ...schedule, verified: true }, schedule.id);
  await newScheduleVersion(dutyDb, s.session, schedule.id, '2026.1', '2026-07-01', 'Thông tư 13/2011/TT-BNV');

  const job = await saveJob(dutyDb, s.session, {
    unitId: s.session.unitId, fondsId: s.fondsId, name: 'Chỉnh lý tài liệu tồn đọng giai đoạn 1995–2005', receivedMetres: 12, processedMetres: 0, discardedMetres: 0, status: 'open', note: '',
    intakeDate: '2026-03-02', receivedBundles: 48, receivedBoxes: 0, intakeCondition: 'Bó gói, bụi bẩn', receivedFrom: 'Kho tầng 1', handedOverBy: 'Phạm Văn Hùng', handedOverRole: 'Chánh Văn phòng', receivedBy: 'Nguyễn Thị Lan', receivedByRole: 'Lưu trữ viên', scheme: [],
  }, today);
  await saveJob(dutyDb, s.session, (j) => ({ ...j, receivedMetres: 12.5, receivedBundles: 50, intakeCondition: 'Bó gói, một số bị ẩm mốc' }), today, job.id);
  await saveReport(dutyDb, s.session, job.id, { keptMetres: 9.5, discardedByReason: { duplicate: 2.25, expired: 0.75 }, problems: 'Một số tài liệu bị mốc.' }, today);
  await setStage(dutyDb, s.session, job.id, 'done', today);

  await saveReportDraft(dutyDb, s.session, 2025, { staffTotal: 2, storageArea: 24.5 }, DEFAULT_STAT_FORMS);
  await finaliseReport(dutyDb, s.session, 2025, { staffTotal: 2, storageArea: 24.5 }, DEFAULT_STAT_FORMS, new Date('2026-01-20T03:00:00Z'), 'Số liệu đến 31/12/2025');
  await reopenReport(dutyDb, s.session, 2025);

  // The batch of January was made by mistake (its dossier A was still out): cancelled, then A comes back.
  await cancelDepositBatch(dutyDb, s.session, s.ids.batch2026!, 'Lập nhầm');
  await returnLoan(dutyDb, s.session, s.ids.openLoan!, '2026-01-20', 'Nguyên vẹn');
  dutyJournal = await recentJournal(dutyDb, 1000);
  await collectStored(dutyDb);

  const archive = await upper();
  await importAndApply(archive, (await exportBundle(dutyDb, { kind: 'full', operator: 'Nguyễn Thị Lan', now: new Date('2026-03-10T08:00:00Z') })).files);
  const batch = (await receivedBatches(archive.db, archive.session.unitId)).find((r) => r.batch.id === s.ids.batch2025)!.batch;
  const receipt = await recordDepositReceipt(archive.db, archive.session, batch.id, { receivedDate: '2026-03-02', receiverName: 'Trần Văn Bình', receiverPosition: 'Lưu trữ viên', dossierCount: 1, condition: 'Đủ, tốt', note: '' }, today);
  await correctDepositReceipt(archive.db, archive.session, receipt.id, { receivedDate: '2026-03-03', receiverName: 'Trần Văn Bình', receiverPosition: 'Viên chức lưu trữ', dossierCount: 1, condition: 'Đủ, tốt', note: 'nhận tại kho' }, today);
  const archiveLines = await recentJournal(archive.db, 1000);
  archiveJournal = archiveLines.filter((e) => e.action.startsWith('deposit.'));
  importLine = archiveLines.find((e) => e.action === 'bundle.import')!;
  await collectStored(archive.db);
});

const codeLike = /^[a-z]+[A-Z][A-Za-z]*$|^[a-z]+\.[a-z]/;

describe('the journal speaks the clerk’s language', () => {
  it.each(['vi', 'en'] as const)('every changed field has a label (%s), never its code name', (lng) => {
    const t = translators[lng];
    const seen = new Set<string>();
    for (const e of [...journal, ...dutyJournal, ...archiveJournal]) for (const c of e.changes) for (const f of c.fields) seen.add(`${c.table}.${f}`);
    // And every field a stored record holds, of every table a unit or an archive keeps: any of them can change in a later edit or import.
    expect([...stored.keys()].sort()).toEqual([...REPLICATED_TABLES].sort());
    for (const table of stored.keys()) for (const f of stored.get(table)!) seen.add(`${table}.${f}`);
    // The fields the defect report named are among them.
    for (const f of ['registers.lastNumber', 'registers.closedAt', 'dossiers.closedAt', 'dossiers.boxId', 'incomingDocs.progressNote', 'incomingDocs.deleted', 'dossiers.deleted', 'dossierDocs.sheetTo', 'dossierDocs.incomingDocId']) expect(seen).toContain(f);
    // And the archive duties' that read "thông tin khác".
    for (const f of ['loans.returnedDate', 'loans.returnCondition', 'loanItems.documents', 'depositBatches.destination', 'depositBatches.metres', 'depositReceipts.receivedDate', 'depositReceipts.batchOrigin', 'appraisals.meetingDate', 'appraisals.decisionNumber', 'appraisalItems.decision', 'appraisalItems.newRetention', 'retentionSchedules.validTo', 'retentionItems.basis', 'statReports.finalisedAt', 'processingJobs.processedMetres', 'processingJobs.discardedByReason', 'fonds.closingBasis']) expect(seen).toContain(f);
    for (const key of seen) {
      const [table, field] = key.split('.') as [string, string];
      const label = fieldLabel(t, table, field);
      expect(label, key).not.toBe(field);
      expect(label, key).not.toMatch(codeLike);
      expect(label.length, key).toBeGreaterThan(1);
      expect(label, key).not.toBe(t('journalFields.unknown'));
    }
  });

  it('the same code name reads differently where it means different things', () => {
    const t = translators.vi;
    expect(fieldLabel(t, 'registers', 'closedAt')).toBe('Ngày khóa sổ');
    expect(fieldLabel(t, 'dossiers', 'closedAt')).toBe('Ngày kết thúc hồ sơ');
    expect(fieldLabel(t, 'incomingDocs', 'deleted')).toBe('Hủy văn bản');
    expect(fieldLabel(t, 'dossiers', 'deleted')).toBe('Xóa khỏi danh mục');
    expect(fieldLabel(t, 'dossiers', 'boxId')).toBe('Hộp');
    // A fonds' closing as its dialog names it (it read as a dossier's "Ngày kết thúc hồ sơ").
    expect(fieldLabel(t, 'fonds', 'closedAt')).toBe('Ngày cuối cùng của phông');
    expect(fieldLabel(t, 'fonds', 'history')).toBe('Lịch sử phông');
    expect(fieldLabel(t, 'fonds', 'creatorHistory')).toBe('Lịch sử đơn vị hình thành phông');
  });

  it('derived index fields are not listed; the rest are labelled once per change', () => {
    const t = translators.vi;
    const update = journal.find((e) => e.action === 'incoming.update')!;
    const labels = changedFieldLabels(t, update.changes);
    expect(labels).toContain('Thời hạn giải quyết');
    expect(labels).toContain('Tiến độ giải quyết');
    expect(labels.join(' ')).not.toMatch(/dupKey|openDeadline|Khóa trùng/);
  });

  it('a correction reads as what each field was and became: dates as dd/mm/yyyy, codes by their name, no ids', () => {
    const t = translators.vi;
    const update = journal.find((e) => e.action === 'incoming.update')!;
    const lines = changedValueLines(t, update.changes[0]!).map((l) => l.line);
    for (const line of [
      'Tác giả (nơi gửi): Sở Tư pháp tỉnh Hưng Yên → Sở Nội vụ tỉnh Hưng Yên',
      'Trích yếu nội dung: V/v chứng thực → V/v tuyển dụng',
      'Ngày đến: 05/03/2025 → 06/03/2025',
      'Độ khẩn: Thường → Khẩn',
      'Tình trạng: Chưa giải quyết → Đã giải quyết xong',
      'Thời hạn giải quyết: (để trống) → 20/03/2025',
      'Số trang: (để trống) → 3',
    ])
      expect(lines).toContain(line);
    expect(lines.join(' ')).not.toMatch(/dupKey|openDeadline|registerId|\b(normal|urgent|done|pending)\b/);
    // A field whose values are kept is not named again among the others.
    const shown = new Set(changedValueLines(t, update.changes[0]!).map((l) => l.field));
    expect(changedFieldLabels(t, update.changes, shown)).not.toContain('Trích yếu nội dung');
    const outLines = changedValueLines(t, journal.find((e) => e.action === 'outgoing.update')!.changes[0]!).map((l) => l.line);
    expect(outLines).toContain('Nơi nhận: UBND tỉnh → UBND tỉnh; Sở Nội vụ');
  });

  it('an entry’s corrected fields read in the order of its form (they were listed as stored, alphabetically)', () => {
    const t = translators.vi;
    const update = journal.find((e) => e.action === 'incoming.update')!;
    const fields = changedValueLines(t, update.changes[0]!).map((l) => l.line.split(':')[0]);
    // Ngày đến, Tác giả, Trích yếu, Độ khẩn (the form's rows), then the follow-up tab's deadline and progress.
    const want = ['Ngày đến', 'Tác giả (nơi gửi)', 'Trích yếu nội dung', 'Độ khẩn', 'Thời hạn giải quyết', 'Số trang', 'Tình trạng'];
    expect(fields.filter((f) => want.includes(f!))).toEqual(want);
  });

  it('a line says how many records it changed by what they are, not a bare count beside its fields (a "1" read as one field)', () => {
    const update = journal.find((e) => e.action === 'incoming.update')!;
    expect(changedFieldLabels(translators.vi, update.changes).length).toBeGreaterThan(3);
    expect(changedRecordsText(translators.vi, update, 'vi')).toBe('1 văn bản đến');
    expect(changedRecordsText(translators.en, update, 'en')).toBe('1 incoming document');
    const numbered = journal.find((e) => e.action === 'dossier.number')!;
    expect(changedRecordsText(translators.vi, numbered, 'vi')).toBe('2 hồ sơ');
    expect(changedRecordsText(translators.en, numbered, 'en')).toBe('2 dossiers');
    // An import: the other units' records it wrote, by table (its changes list none of them).
    const imported = importLine;
    expect(imported.imported!.records).toBeGreaterThan(0);
    const kinds = new Set(Object.values(imported.imported!.byOrigin).flatMap((m) => Object.keys(m))).size;
    expect(kinds).toBeGreaterThan(3);
    // Of more kinds than a cell holds: how many in all, of how many kinds (the line opened lists them).
    expect(changedRecordsText(translators.vi, imported, 'vi')).toBe(`${imported.imported!.records} bản ghi (${kinds} loại)`);
    const one = { changes: [], imported: { records: 4, byOrigin: { a: { dossiers: 2 }, b: { dossiers: 1, boxes: 1 } } } };
    expect(changedRecordsText(translators.vi, one, 'vi')).toBe('3 hồ sơ, 1 hộp');
    // The setup's three kinds, listed ("3 bản ghi (3 loại)" said nothing).
    const setup = journal.find((e) => e.action === 'setup.complete')!;
    expect(changedRecordsText(translators.vi, setup, 'vi')).toBe('1 đơn vị, 1 phông, 1 người sử dụng');
    // In English each kind by its own noun, one or several ("dossiers: 2" read as a label).
    expect(changedRecordsText(translators.en, setup, 'en')).toBe('1 unit, 1 fonds, 1 user');
    expect(changedRecordsText(translators.en, one, 'en')).toBe('3 dossiers, 1 box');
  });

  it('the journal’s order of an entry’s fields is its form’s (one list each, held alike by this test)', () => {
    const formOrder = (fields: readonly { key: string }[], order: readonly string[]) => order.filter((f) => fields.some((x) => x.key === f));
    const formKeys = (fields: readonly { key: string }[], stored: readonly string[]) => fields.map((x) => x.key).filter((k) => stored.includes(k));
    const inOrder = JOURNAL_FIELD_RULES.incomingDocs!.order!;
    const outOrder = JOURNAL_FIELD_RULES.outgoingDocs!.order!;
    expect(formOrder(INCOMING_FIELDS, inOrder)).toEqual(formKeys(INCOMING_FIELDS, inOrder));
    // The outgoing form's unit suffix is part of its ký hiệu, not kept on its own.
    expect(formOrder(OUTGOING_FIELDS, outOrder)).toEqual(formKeys(OUTGOING_FIELDS, outOrder));
    expect(INCOMING_FIELDS.map((f) => f.key).filter((k) => !inOrder.includes(k))).toEqual([]);
    expect(OUTGOING_FIELDS.map((f) => f.key).filter((k) => !outOrder.includes(k))).toEqual(['unitSuffix']);
  });

  it.each(['vi', 'en'] as const)('every action has a name (%s)', (lng) => {
    const t = translators[lng];
    for (const e of [...journal, ...dutyJournal, ...archiveJournal]) {
      const label = actionLabel(t, e.action);
      expect(label, e.action).not.toBe(e.action);
      expect(label, e.action).not.toMatch(codeLike);
    }
  });

  it('closing and reopening a dossier, cancelling an entry are named as such, not as a plain edit', () => {
    const t = translators.vi;
    const actions = journal.map((e) => e.action);
    expect(actions).toContain('dossier.close');
    expect(actions).toContain('dossier.reopen');
    expect(actionLabel(t, 'dossier.close')).toBe('Kết thúc hồ sơ');
    expect(actionLabel(t, 'dossier.reopen')).toBe('Mở lại hồ sơ');
    expect(actionLabel(t, 'incoming.cancel')).toBe('Hủy văn bản đến');
    expect(actionLabel(t, 'outgoing.cancel')).toBe('Hủy văn bản đi');
    expect(actionLabel(translators.en, 'dossier.close')).toBe('Close a dossier');
    // A close is not also counted as an edit.
    expect(journal.filter((e) => e.action === 'dossier.update')).toHaveLength(1);
  });
});

describe('a dossier’s and a slip’s every field in the journal', () => {
  // Each field a dossier or a description slip may hold (core/dossiers/types.ts DossierFields): a slip set aside to
  // discard read "thông tin khác: (để trống) → (để trống)", no reason, no bundle.
  const FIELDS = ['jobId', 'tempNumber', 'classId', 'position', 'startPrecision', 'endPrecision', 'autographs', 'annotation', 'checked', 'discardReason', 'discardBundle', 'enteredOn', 'enteredBy', 'retentionItemId', 'retentionBasis', 'capitalConstruction', 'settlementDate', 'keptBackApproval', 'keptBackUntil', 'depositBatchId', 'depositedAt', 'currentBatchId', 'currentDepositedAt', 'currentRetention', 'depositedRetention', 'appraisalId', 'destroyedAt', 'destructionDecisionNumber', 'destructionDecisionDate'];
  it.each(['vi', 'en'] as const)('has a label (%s)', (lng) => {
    for (const f of FIELDS) expect(fieldLabel(translators[lng], 'dossiers', f), f).not.toBe(translators[lng]('journalFields.unknown'));
  });
  it('a slip set aside reads its reason and bundle', () => {
    const change = { table: 'dossiers', fields: ['discardBundle', 'discardReason'], values: { discardBundle: [null, 3], discardReason: [null, 'no-value'] } } as const;
    expect(changedValueLines(translators.vi, change).map((l) => l.line)).toEqual(['Bó tài liệu loại số: (để trống) → 3', 'Lý do loại: (để trống) → Không có giá trị']);
  });
});

describe('the archive duties’ changes in the clerk’s words (they read "thông tin khác")', () => {
  const vt = () => translators.vi;
  const entry = (action: string, table: string, has?: string) => {
    const found = [...dutyJournal, ...archiveJournal].find((e) => e.action === action && e.changes.some((c) => c.table === table && (has === undefined || c.fields.includes(has))));
    if (!found) throw new Error(`no ${action} changing ${table}`);
    return found;
  };
  const change = (e: JournalEntry, table: string) => e.changes.find((c) => c.table === table)!;
  const lines = (e: JournalEntry, table: string, lng: 'vi' | 'en' = 'vi') => changedValueLines(translators[lng], change(e, table)).map((l) => l.line);

  it('labels each field as its form does', () => {
    const t = vt();
    const same = (table: string, fields: readonly string[], form: Record<string, string>) => {
      for (const f of fields) expect(fieldLabel(t, table, f), `${table}.${f}`).toBe(form[f]);
    };
    same('depositBatches', ['name', 'date', 'number', 'basis', 'destination', 'giverUnit', 'giverName', 'giverPosition', 'receiverArchive', 'receiverName', 'receiverPosition', 'condition'], vi.deposit);
    same('depositReceipts', ['receivedDate', 'receiverName', 'receiverPosition', 'condition'], vi.deposit);
    expect(fieldLabel(t, 'depositReceipts', 'dossierCount')).toBe(vi.deposit.countedDossiers);
    same('appraisals', ['meetingDate', 'meetingPlace', 'members', 'conclusion', 'decisionNumber', 'decisionDate', 'decisionSigner', 'destroyedOn', 'destructionPlace', 'destructionMethod'], vi.appraisal);
    expect(fieldLabel(t, 'appraisalItems', 'decision')).toBe(vi.appraisal.opinion);
    expect(fieldLabel(t, 'appraisalItems', 'newRetention')).toBe(vi.appraisal.newRetention);
    same('loans', ['requesterName', 'organisation', 'idDocument', 'purpose', 'form', 'copies', 'approvedBy', 'requestDate', 'loanDate', 'dueDate', 'returnedDate', 'returnCondition'], vi.loans);
    same('retentionItems', ['group', 'code', 'basis'], vi.retention);
    expect(fieldLabel(t, 'retentionItems', 'title')).toBe(vi.retention.itemTitle);
    expect(fieldLabel(t, 'retentionSchedules', 'name')).toBe(vi.retention.scheduleName);
    expect(fieldLabel(t, 'retentionSchedules', 'validFrom')).toBe(vi.retention.validFrom);
    same('processingJobs', ['intakeDate', 'receivedBundles', 'receivedBoxes', 'intakeCondition', 'receivedFrom', 'handedOverBy', 'handedOverRole', 'receivedBy', 'receivedByRole', 'keptMetres', 'problems', 'foreword'], vi.processing);
    // The jobs' list says "Đã chỉnh lý (mét)", "Tài liệu loại (mét)" (the journal said "Mét đã chỉnh lý", "Mét loại ra").
    expect([fieldLabel(t, 'processingJobs', 'receivedMetres'), fieldLabel(t, 'processingJobs', 'processedMetres'), fieldLabel(t, 'processingJobs', 'discardedMetres')]).toEqual([vi.jobs.received, vi.jobs.processed, vi.jobs.discarded]);
    same('fonds', ['name', 'number', 'creators', 'creatorHistory', 'history', 'closedAt', 'closingBasis'], vi.fondsAdmin);
    // Where the entry forms' label of the same name means something else.
    expect(fieldLabel(t, 'loans', 'dueDate')).toBe('Hạn trả');
    expect(fieldLabel(t, 'depositBatches', 'condition')).toBe('Tình trạng tài liệu');
  });

  it('a loan’s return reads as the clerk wrote it', () => {
    const returned = [...dutyJournal].reverse().filter((e) => e.action === 'loan.return');
    const last = returned.at(-1)!;
    expect(changedFieldLabels(vt(), last.changes)).toEqual(['Ngày trả', 'Tình trạng khi trả']);
    expect(lines(last, 'loans')).toEqual(['Ngày trả: (để trống) → 20/01/2026', 'Tình trạng khi trả: (để trống) → Nguyên vẹn']);
    expect(lines(last, 'loans', 'en')).toEqual(['Return date: (empty) → 20/01/2026', 'Condition on return: (empty) → Nguyên vẹn']);
    // The overdue list's index moved with it is not named.
    expect(change(last, 'loans').fields).toContain('openDue');
    expect(journalLineText(vt(), last)).not.toMatch(/openDue|thông tin khác/);
  });

  it('a loan’s form reads by its name; a number as the language writes it', () => {
    const loan = { table: 'loans', fields: ['form', 'copies'], values: { form: ['read', 'certified-copy'], copies: [0, 2] } } as const;
    expect(changedValueLines(vt(), loan).map((l) => l.line)).toEqual(['Hình thức: Đọc tại chỗ → Sao và chứng thực', 'Số bản sao: 0 → 2']);
    expect(changedValueLines(translators.en, loan).map((l) => l.line)).toEqual(['Form of use: Read on site → Certified copy', 'Copies: 0 → 2']);
  });

  it('an appraisal item’s decision and the appraisal’s steps read by their names', () => {
    const opinion = entry('appraisal.decision', 'appraisalItems', 'decision');
    expect(changedFieldLabels(vt(), opinion.changes)).toEqual(['Ý kiến của Hội đồng', 'Thời hạn bảo quản mới', 'Lý do hủy hoặc giữ lại']);
    expect(lines(opinion, 'appraisalItems')).toEqual(['Ý kiến của Hội đồng: Hủy → Giữ lại', 'Thời hạn bảo quản mới: (để trống) → 20 năm', 'Lý do hủy hoặc giữ lại: Hết thời hạn bảo quản → Còn giá trị tra cứu về đất đai']);
    expect(lines(opinion, 'appraisalItems', 'en')[0]).toBe('Council’s decision: Destroy → Keep');
    expect(journalLineText(vt(), opinion)).toContain('Ghi ý kiến của Hội đồng hồ sơ ML 2 · HS 2 (2015) “Hồ sơ H năm 2015” — Giữ lại');
    const council = entry('appraisal.council', 'appraisals');
    expect(lines(council, 'appraisals')).toEqual(['Ngày họp Hội đồng: (để trống) → 15/09/2025', 'Ý kiến, kết luận của Hội đồng: (để trống) → Nhất trí đề nghị hủy 01 hồ sơ hết giá trị.']);
    expect(changedFieldLabels(vt(), [{ table: 'appraisals', fields: ['members'] }])).toEqual(['Thành viên Hội đồng']);
    // Recording the council's opinion copies each kept dossier's old period for itself: not named.
    const decided = entry('appraisal.decide', 'appraisals');
    expect(lines(decided, 'appraisals')).toEqual(['Tình trạng: Hội đồng đang xem xét → Đã có ý kiến Hội đồng, chờ hủy']);
    expect(changedFieldLabels(vt(), decided.changes).join(', ')).not.toMatch(/keptFrom|phần mềm tự cập nhật|thông tin khác/);
    const destroyed = entry('appraisal.destroy', 'appraisals');
    expect(lines(destroyed, 'appraisals')).toEqual([
      'Tình trạng: Đã có ý kiến Hội đồng, chờ hủy → Đã hủy tài liệu',
      'Số quyết định hủy: (để trống) → 52/QĐ-UBND',
      'Ngày quyết định: (để trống) → 01/10/2025',
      'Chức vụ người ký quyết định: (để trống) → Chủ tịch UBND xã Vũ Văn Hùng',
      'Ngày hủy: (để trống) → 20/10/2025',
      'Nơi hủy: (để trống) → Công ty Môi trường đô thị',
      'Hình thức hủy: (để trống) → Nghiền bột giấy',
    ]);
  });

  it('a deposit batch: cancelled by its name, its destination and figures as the handover record says them', () => {
    const cancelled = entry('deposit.cancel', 'depositBatches');
    expect(changedFieldLabels(vt(), cancelled.changes.filter((c) => c.table === 'depositBatches'))).toEqual(['Hủy đợt nộp lưu']);
    const batch = { table: 'depositBatches', fields: ['metres', 'destination', 'dossierCount', 'date'], values: { destination: ['current', 'historical'], metres: [0.125, 0.25], dossierCount: [1, 2], date: ['2026-01-10', '2026-01-12'] } } as const;
    expect(changedValueLines(vt(), batch).map((l) => l.line)).toEqual([
      'Ngày giao nhận: 10/01/2026 → 12/01/2026',
      'Nộp vào: Lưu trữ hiện hành của đơn vị → Lưu trữ lịch sử hoặc cơ quan khác',
      'Tổng số hồ sơ: 1 → 2',
      'Số mét giá: 0,125 → 0,25',
    ]);
    expect(changedValueLines(translators.en, batch).map((l) => l.line)).toContain('Shelf metres: 0.125 → 0.25');
  });

  it('an archive’s receipt corrected reads its fields; the sending unit, kept with the batch, as the batch', () => {
    const corrected = entry('deposit.receiptCorrect', 'depositReceipts');
    expect(changedFieldLabels(vt(), corrected.changes)).toEqual(['Ngày nhận', 'Chức vụ bên nhận', 'Ghi chú']);
    expect(lines(corrected, 'depositReceipts')).toEqual(['Ngày nhận: 02/03/2026 → 03/03/2026', 'Chức vụ bên nhận: Lưu trữ viên → Viên chức lưu trữ', 'Ghi chú: (để trống) → nhận tại kho']);
    expect(fieldLabel(vt(), 'depositReceipts', 'batchOrigin')).toBe('Đợt nộp lưu');
  });

  it('a retention schedule’s item, its check and its end read as the schedule’s forms', () => {
    const item = entry('retention.itemUpdate', 'retentionItems');
    expect(changedFieldLabels(vt(), item.changes)).toEqual(['Tên hồ sơ, tài liệu', 'Thời hạn bảo quản', 'Căn cứ pháp lý']);
    const [title, basis] = (['title', 'basis'] as const).map((f) => change(item, 'retentionItems').values![f]![0]);
    expect(lines(item, 'retentionItems')).toEqual([`Tên hồ sơ, tài liệu: ${title} → ${title} (sửa)`, 'Thời hạn bảo quản: Vĩnh viễn → 50 năm', `Căn cứ pháp lý: ${basis} → Thông tư 13/2011/TT-BNV, mục 1`]);
    expect(lines(entry('retention.scheduleUpdate', 'retentionSchedules'), 'retentionSchedules')).toEqual(['Đã kiểm tra: không → có']);
    expect(lines(entry('retention.import', 'retentionSchedules', 'validTo'), 'retentionSchedules')).toEqual(['Có hiệu lực đến ngày: (để trống) → 30/06/2026']);
    expect(changedFieldLabels(vt(), entry('retention.itemDelete', 'retentionItems').changes)).toEqual(['Xóa khỏi bảng thời hạn']);
  });

  it('a backlog job: the intake, the report and its end in the forms’ words and order', () => {
    const intake = entry('job.update', 'processingJobs', 'receivedBundles');
    expect(lines(intake, 'processingJobs')).toEqual(['Mét giá tiếp nhận: 12 → 12,5', 'Số bó, gói: 48 → 50', 'Tình trạng tài liệu khi nhận: Bó gói, bụi bẩn → Bó gói, một số bị ẩm mốc']);
    const report = entry('job.update', 'processingJobs', 'keptMetres');
    // The metres set aside by reason add up to "Tài liệu loại (mét)": named as it, once.
    expect(change(report, 'processingJobs').fields).toContain('discardedByReason');
    expect(changedFieldLabels(vt(), report.changes)).toEqual(['Đã chỉnh lý (mét)', 'Tài liệu loại (mét)', 'Mét giá giữ lại', 'Những vấn đề tồn tại và kiến nghị']);
    expect(lines(report, 'processingJobs')).toEqual(['Đã chỉnh lý (mét): 0 → 12,5', 'Tài liệu loại (mét): 0 → 3', 'Mét giá giữ lại: (để trống) → 9,5', 'Những vấn đề tồn tại và kiến nghị: (để trống) → Một số tài liệu bị mốc.']);
    const done = entry('job.update', 'processingJobs', 'stage');
    expect(lines(done, 'processingJobs').slice(0, 2)).toEqual(['Bước đang làm: Lập phiếu tin → Hoàn thành', 'Tình trạng đợt chỉnh lý: Đang chỉnh lý → Hoàn thành']);
    expect(lines(done, 'processingJobs', 'en').slice(0, 2)).toEqual(['Current step: Description slips → Done', 'Job status: In progress → Done']);
  });

  it('the statistics report: its status by name, the moment it was finalised, never who the app copied in', () => {
    const finalised = entry('stats.finalise', 'statReports');
    const read = lines(finalised, 'statReports');
    expect(read).toContain('Tình trạng: Bản nháp → Đã chốt');
    expect(read).toContain(`Thời điểm chốt báo cáo: (để trống) → ${formatDateTime('2026-01-20T03:00:00Z')}`);
    // The figures computed are fixed when it is finalised: counted in the list (each is read by its row when the line is opened).
    const figures = Object.keys(change(finalised, 'statReports').values ?? {}).filter((k) => k.startsWith('values.')).length;
    expect(figures).toBeGreaterThan(5);
    expect(changedFieldLabels(vt(), finalised.changes)).toEqual([`Số liệu (${figures} chỉ tiêu)`, 'Ghi chú', 'Tình trạng', 'Thời điểm chốt báo cáo']);
    expect(read).toContain('Văn bản đến (dòng 1.2): (để trống) → 6');
    expect(lines(entry('stats.reopen', 'statReports'), 'statReports')).toContain('Tình trạng: Đã chốt → Bản nháp');
    expect(changedFieldLabels(vt(), [{ table: 'statReports', fields: ['preparedBy'] }])).toEqual(['Thông tin do phần mềm tự cập nhật']);
  });

  it('a fonds described, and one closed, read in the dialog’s order', () => {
    const described = entry('fonds.update', 'fonds');
    // Its creators' history, only tidied (nothing → an empty text), is not named as changed.
    expect(change(described, 'fonds').fields).toContain('creatorHistory');
    expect(changedFieldLabels(vt(), described.changes)).toEqual(['Đơn vị hình thành phông', 'Lịch sử phông']);
    expect(lines(described, 'fonds')).toEqual(['Lịch sử phông: (để trống) → Phông hình thành từ năm 2025.']);
    const closed = entry('fonds.close', 'fonds');
    expect(changedFieldLabels(vt(), closed.changes)).toEqual(['Năm kết thúc của phông', 'Ngày cuối cùng của phông', 'Căn cứ đóng phông', 'Tình trạng phông']);
    expect(lines(closed, 'fonds')).toEqual(['Năm kết thúc của phông: (để trống) → 2025', 'Ngày cuối cùng của phông: (để trống) → 30/06/2025', 'Căn cứ đóng phông: (để trống) → Nghị quyết số 1656/NQ-UBTVQH15', 'Tình trạng phông: Đang mở → Đã đóng']);
  });

  it.each(['vi', 'en'] as const)('no code name, id or code reaches the clerk in a duty line (%s)', (lng) => {
    const t = translators[lng];
    for (const e of [...dutyJournal, ...archiveJournal]) {
      const read = [...changedFieldLabels(t, e.changes), ...e.changes.flatMap((c) => changedValueLines(t, c).map((l) => l.line)), e.detail ? detailText(t, e.action, e.detail) : ''].join(' | ');
      expect(read, e.action).not.toContain(t('journalFields.unknown'));
      expect(read, e.action).not.toMatch(/\b(openDue|keptFrom|preparedBy|batchOrigin|discardedByReason|certified-copy|historical|decided|destroyed|draft|final|keep|destroy)\b|\d{4}-\d{2}-\d{2}/);
    }
  });
});

describe('a dossier’s closing names what the clerk typed on the close form, never what the app keeps for itself', () => {
  // Closed as the close form does (Tài liệu từ ngày "05/01/2025", Đến ngày "12/2025": the end's month only), then
  // reopened and closed again with the end's day known: a reviewer read "Cách ghi thời gian kết thúc" (how the end date
  // was written), "Ngày bắt đầu tính hạn nộp lưu" (a derived index) among the fields changed, none of them on the form.
  let closings: JournalEntry[];
  let registered: JournalEntry;
  beforeAll(async () => {
    const closingDb = await openDb('journal-labels-closing');
    const unit = await completeSetup(closingDb, thuyHaiSetup);
    const s = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
    const fondsId = (await listFonds(closingDb, s.unitId))[0]!.id;
    const d = await saveDossier(closingDb, s, { unitId: s.unitId, fondsId, year: 2025, heading: 'I. TỔNG HỢP', headingCode: 'TH', keeper: 'Nguyễn Thị Lan', status: 'open', access: 'open', language: 'Tiếng Việt', condition: 'Tốt', note: '', source: 'plan', notation: '01.TH', title: 'Tập lưu công văn năm 2025', retention: 10 });
    const typed = (start: string, end: string) => {
      const a = readClosingDate(start, 'start', 2025, '2025-12-31')!;
      const b = readClosingDate(end, 'end', 2025, '2025-12-31')!;
      return { startDate: a.date, startPrecision: a.precision, endDate: b.date, endPrecision: b.precision };
    };
    await closeDossier(closingDb, s, d.id, { ...typed('05/01/2025', '12/2025'), sheetCount: 120, pageCount: 230 }, '2025-12-30');
    await reopenDossier(closingDb, s, d.id);
    await closeDossier(closingDb, s, d.id, { ...typed('05/01/2025', '20/12/2025'), sheetCount: 120, pageCount: 230 }, '2025-12-31');
    const registers = await ensureYearRegisters(closingDb, s, 2025, new Date('2025-01-02'));
    await registerIncoming(closingDb, s, registers.find((r) => r.kind === 'incoming')!.id, { ...emptyIncomingInput('2025-03-05'), sender: 'Sở Nội vụ', summary: 'V/v báo cáo' }, { today: '2025-12-30' });
    const all = await recentJournal(closingDb, 100);
    closings = all.filter((e) => e.action === 'dossier.close').reverse();
    registered = all.find((e) => e.action === 'incoming.register')!;
  });

  it('lists the close form’s fields by its labels, in its order, then what closing sets', () => {
    const [first] = closings;
    // Stored: the end date's precision and a derived field changed with it.
    expect(first!.changes[0]!.fields).toEqual(expect.arrayContaining(['endPrecision', 'arrangeStage']));
    expect(changedFieldLabels(translators.vi, first!.changes).join(', ')).toBe('Tài liệu từ ngày, Đến ngày, Số tờ, Số trang, Tình trạng hồ sơ, Ngày kết thúc hồ sơ');
    expect(changedFieldLabels(translators.en, first!.changes).join(', ')).toBe('Documents from, To, Sheets, Pages, Dossier status, Closed on');
    // The close form's own labels.
    expect(changedFieldLabels(translators.vi, first!.changes)).toEqual(expect.arrayContaining([vi.dossiers.startDate, vi.dossiers.endDate, vi.dossiers.sheetCount, vi.dossiers.pageCount]));
    expect(changedFieldLabels(translators.en, first!.changes)).toEqual(expect.arrayContaining([en.dossiers.startDate, en.dossiers.endDate, en.dossiers.sheetCount, en.dossiers.pageCount]));
  });

  it('a date is read as it was written ("12/2025"), its precision never a field of its own', () => {
    const [first, again] = closings;
    expect(changedValueLines(translators.vi, first!.changes[0]!).map((l) => l.line)).toEqual([
      'Tài liệu từ ngày: (để trống) → 05/01/2025',
      'Đến ngày: (để trống) → 12/2025',
      'Số tờ: (để trống) → 120',
      'Số trang: (để trống) → 230',
      'Tình trạng hồ sơ: Đang lập → Đã kết thúc',
      'Ngày kết thúc hồ sơ: (để trống) → 30/12/2025',
    ]);
    // The end's day found later: one field changed, "Đến ngày", from its month to its day.
    expect(again!.changes[0]!.fields).toEqual(expect.arrayContaining(['endDate', 'endPrecision']));
    expect(changedFieldLabels(translators.vi, again!.changes)).toEqual(['Đến ngày', 'Tình trạng hồ sơ', 'Ngày kết thúc hồ sơ']);
    expect(changedValueLines(translators.vi, again!.changes[0]!).map((l) => l.line)).toContain('Đến ngày: 12/2025 → 20/12/2025');
    // Only how it was written changed (the same last day, now known to the day): still "Đến ngày", no value to misread.
    const precisionOnly = { table: 'dossiers', fields: ['endPrecision'], values: { endPrecision: ['month', null] } } as const;
    expect(changedFieldLabels(translators.vi, [precisionOnly])).toEqual(['Đến ngày']);
    expect(changedValueLines(translators.vi, precisionOnly)).toEqual([]);
    expect(fieldLabel(translators.vi, 'dossierDocs', 'datePrecision')).toBe('Ngày văn bản');
  });

  it.each(['vi', 'en'] as const)('no field the app keeps for itself is named, in the list, the values or the searched line (%s)', (lng) => {
    const t = translators[lng];
    const internal = t('journalFields.internal');
    for (const e of closings) {
      const read = [...changedFieldLabels(t, e.changes), ...e.changes.flatMap((c) => changedValueLines(t, c).map((l) => l.line)), journalLineText(t, e)].join(' | ');
      for (const gone of lng === 'vi' ? ['Cách ghi', 'hạn nộp lưu', 'Thứ tự', 'Năm hết', 'Bước sắp xếp', internal] : ['written', 'Deposit deadline', 'Place in', 'Retention ends', 'Arranging', internal]) expect(read).not.toContain(gone);
      expect(read).not.toMatch(/Precision|depositFrom|arrangeStage|listKey|planKey|expiresYear/);
    }
  });

  it('a date is read as it was written, whichever of it or its writing changed; both are kept when either changes', () => {
    const t = translators.vi;
    expect(keptValueFields('dossiers', ['endDate'])).toEqual(['endDate', 'endPrecision']);
    expect(keptValueFields('dossiers', ['startPrecision', 'title'])).toEqual(['startPrecision', 'title', 'startDate']);
    // A month moved on, written as a month both times: not the last days of those months.
    const moved = { table: 'dossiers', fields: ['endDate'], values: { endDate: ['2025-12-31', '2026-01-31'], endPrecision: ['month', 'month'] } } as const;
    expect(changedValueLines(t, moved).map((l) => l.line)).toEqual(['Đến ngày: 12/2025 → 01/2026']);
    // The day became known, the date itself kept: said too.
    const known = { table: 'dossiers', fields: ['endPrecision'], values: { endDate: ['2025-12-20', '2025-12-20'], endPrecision: ['month', 'day'] } } as const;
    expect(changedValueLines(t, known).map((l) => l.line)).toEqual(['Đến ngày: 12/2025 → 20/12/2025']);
  });

  it('a change of only what the app keeps for itself says so, never an empty list', () => {
    const t = translators.vi;
    const derivedOnly = { table: 'dossiers', fields: ['depositFrom', 'expiresYear'] };
    expect(changedFieldLabels(t, [derivedOnly])).toEqual(['Thông tin do phần mềm tự cập nhật']);
    // An entry's history names it too, with no value line (RecordHistory: the others after the values).
    expect(changedValueLines(t, { ...derivedOnly, values: { depositFrom: ['2026-01-01', '2026-02-01'] } })).toEqual([]);
    expect(changedFieldLabels(t, [derivedOnly], new Set())).toEqual(['Thông tin do phần mềm tự cập nhật']);
    // Registering an entry moves its register's counter: a new record lists nothing (not "Số cuối đã cấp", nor that the
    // app updated something of its own on the commonest line of all).
    expect(registered.changes.find((c) => c.table === 'registers')!.fields).toEqual(['lastNumber']);
    expect(changedFieldLabels(t, registered.changes)).toEqual([]);
    expect(changedFieldLabels(translators.en, registered.changes.filter((c) => c.table === 'registers'))).toEqual(['Details the app updates itself']);
    // A change with a field a person typed lists that one only; a new record lists nothing (it is all new).
    expect(changedFieldLabels(t, [{ table: 'dossiers', fields: ['arrangeStage', 'boxId'] }])).toEqual(['Hộp']);
    expect(changedFieldLabels(t, [{ table: 'dossiers', fields: [] }])).toEqual([]);
  });

  it('every table’s rules name fields it holds and a label for each field they fold into', () => {
    for (const [table, rules] of Object.entries(JOURNAL_FIELD_RULES)) {
      expect(REPLICATED_TABLES as readonly string[], table).toContain(table);
      for (const [field, owner] of [...Object.entries(rules.writtenAs ?? {}).map(([date, precision]) => [precision, date] as const), ...Object.entries(rules.partOf ?? {})]) {
        for (const lng of ['vi', 'en'] as const) {
          expect(fieldLabel(translators[lng], table, field), `${table}.${field}`).toBe(fieldLabel(translators[lng], table, owner));
          expect(fieldLabel(translators[lng], table, field), `${table}.${field}`).not.toBe(translators[lng]('journalFields.unknown'));
        }
      }
      for (const field of rules.internal ?? []) expect(changedFieldLabels(translators.vi, [{ table, fields: [field] }]), `${table}.${field}`).toEqual(['Thông tin do phần mềm tự cập nhật']);
    }
  });
});

describe('a journal line’s detail in words', () => {
  it('says a count as so many dossiers, a box by its number, an order by its name; a name or reason as written', () => {
    const t = translators.vi;
    expect(detailText(t, 'dossier.number', '18')).toBe('18 hồ sơ');
    expect(detailText(t, 'slip.check', '1')).toBe('1 hồ sơ');
    expect(detailText(t, 'box.create', '5')).toBe('hộp số 5');
    // A register entry by its number, worded here (the journal keeps the number: core entryRef).
    expect(detailText(t, 'incoming.register', '01 (101/QĐ-UBND)')).toBe('số đến 01 (101/QĐ-UBND)');
    expect(detailText(t, 'outgoing.update', '141/UBND-VP')).toBe('số 141/UBND-VP');
    expect(detailText(t, 'incoming.cancel', 'Vào sổ nhầm')).toBe('Vào sổ nhầm');
    expect(detailText(t, 'slip.order', 'heading_time')).toBe('Đề mục → thời gian');
    expect(detailText(t, 'dossier.delete', 'Trùng với hồ sơ 12')).toBe('Trùng với hồ sơ 12');
    expect(detailText(t, 'register.open', '2026')).toBe('2026');
    // The council's opinion by its name, a receipt's day as written (they showed "keep", "2026-03-02").
    expect(detailText(t, 'appraisal.decision', 'keep')).toBe('Giữ lại');
    expect(detailText(translators.en, 'appraisal.decision', 'destroy')).toBe('Destroy');
    expect(detailText(t, 'deposit.receipt', '2026-03-02')).toBe('02/03/2026');
    // A destruction decision by its number (a bare "52/QĐ-UBND" after the dossiers destroyed read as one of them).
    expect(detailText(t, 'appraisal.destroy', '52/QĐ-UBND')).toBe('quyết định số 52/QĐ-UBND');
    expect(detailText(translators.en, 'appraisal.destructionDecision', '52/QĐ-UBND')).toBe('decision no. 52/QĐ-UBND');
    expect(detailText(translators.en, 'dossier.number', '1')).toBe('1 dossier');
    expect(detailText(translators.en, 'dossier.number', '18')).toBe('18 dossiers');
    // A setting's number in the language's own way ("0.125" reads as a hundred and twenty-five in Vietnamese).
    expect(detailText(t, 'settings.metresPerBox', '0.125')).toBe('0,125 m một hộp');
    expect(detailText(translators.en, 'settings.metresPerBox', '0.125')).toBe('0.125 m a box');
  });
});

describe('narrowing the journal (Nhật ký thay đổi: Tìm, Loại việc, Từ ngày – Đến ngày)', () => {
  // The line as the journal page reads it.
  const lineOf = (e: JournalEntry) => journalLineText(translators.vi, e);

  it('every action the app writes is of a kind of work a person can pick (none left under "Việc khác")', () => {
    const actions = new Set([...journal.map((e) => e.action), ...Object.keys(vi.action)]);
    const other = [...actions].filter((a) => journalGroupOf(a) === 'other');
    expect(other).toEqual([]);
    expect(journalGroupOf('incoming.cancel')).toBe('registers');
    expect(journalGroupOf('slip.numberAndBox')).toBe('processing');
    expect(journalGroupOf('loan.create')).toBe('duties');
    expect(journalGroupOf('key.trust')).toBe('exchange');
    expect(journalGroupOf('something')).toBe('other');
  });

  it('finds lines by the starts of words typed without their marks ("huy" is Hủy, not Thụy Hải)', async () => {
    const cancelled = await findJournal(db, { words: 'huy van ban' }, lineOf, 100);
    expect(cancelled.map((e) => e.action).sort()).toEqual(['incoming.cancel', 'outgoing.cancel']);
    expect(await findJournal(db, { words: 'huy van ban den' }, lineOf, 100)).toHaveLength(1);
    // A reason typed by the clerk is found too ("lập nhầm", the dossier deleted).
    expect((await findJournal(db, { words: 'LAP NHAM' }, lineOf, 100)).map((e) => e.action)).toEqual(['dossier.delete']);
    expect(await findJournal(db, { words: 'không có chữ này' }, lineOf, 100)).toEqual([]);
    // A correction is found by what the document became or was ("V/v chứng thực" → "V/v tuyển dụng"), and by the field's name.
    // …and its cancellation, which names the entry by its number and summary.
    expect((await findJournal(db, { words: 'tuyen dung' }, lineOf, 100)).map((e) => e.action)).toEqual(['incoming.cancel', 'incoming.update']);
    expect((await findJournal(db, { words: 'chung thuc' }, lineOf, 100)).map((e) => e.action)).toContain('incoming.update');
    expect((await findJournal(db, { words: 'trich yeu' }, lineOf, 100)).map((e) => e.action)).toEqual(expect.arrayContaining(['incoming.update', 'outgoing.update']));
  });

  it('keeps only the kind of work picked, newest first, and stops at the number asked for', async () => {
    const dossiers = await findJournal(db, { groups: ['dossiers'] }, lineOf, 1000);
    expect(dossiers.length).toBeGreaterThan(5);
    expect(dossiers.every((e) => e.action.startsWith('dossier.') || e.action.startsWith('fonds.') || e.action.startsWith('doc.'))).toBe(true);
    const seqs = dossiers.map((e) => e.seq!);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(await findJournal(db, { groups: ['dossiers'] }, lineOf, 3)).toEqual(dossiers.slice(0, 3));
    const registers = await findJournal(db, { groups: ['registers'], words: 'sua' }, lineOf, 1000);
    expect(registers.map((e) => e.action).sort()).toEqual(['incoming.update', 'issuingBody.update', 'outgoing.update'].filter((a) => journal.some((e) => e.action === a)).sort());
  });

  it('keeps the days asked for, in the machine’s own time, both ends included', async () => {
    const today = isoDate(new Date());
    const yesterday = isoDate(new Date(Date.now() - 86_400_000));
    expect(await findJournal(db, { from: today, to: today }, lineOf, 1000)).toHaveLength(journal.length);
    expect(await findJournal(db, { from: today }, lineOf, 1000)).toHaveLength(journal.length);
    expect(await findJournal(db, { to: yesterday }, lineOf, 1000)).toEqual([]);
    expect((await findJournal(db, { from: today, groups: ['setup'] }, lineOf, 1000)).map((e) => e.action)).toContain('setup.complete');
  });

  it('names the table of every item a line changed, in both languages', () => {
    const tables = new Set(journal.flatMap((e) => e.changes.map((c) => c.table)));
    for (const lng of ['vi', 'en'] as const) for (const table of tables) expect(tableLabel(translators[lng], table, '?'), `${lng} ${table}`).not.toBe('?');
    expect(tableLabel(translators.vi, 'incomingDocs')).toBe('Văn bản đến');
  });

  it('counts the records of every table a line can change by its own noun, one and several, in both languages', () => {
    for (const table of REPLICATED_TABLES) {
      const counted = (lng: 'vi' | 'en', n: number) => changedRecordsText(translators[lng], { changes: Array.from({ length: n }, (_, i) => ({ table, recordId: `r${i}`, op: 'update' as const, fields: [], clock: '0' })) }, lng);
      // Vietnamese as the table's own name, as the journal said it before ("Hội đồng" now written so); English "1 box",
      // "2 boxes", never "boxes: 2".
      expect(counted('vi', 2).toLocaleLowerCase('vi'), table).toBe(`2 ${tableLabel(translators.vi, table).toLocaleLowerCase('vi')}`);
      expect(counted('en', 1), table).toMatch(/^1 [a-z]/);
      expect(counted('en', 2), table).toMatch(/^2 [a-z]/);
    }
    expect(changedRecordsText(translators.en, { changes: [{ table: 'boxes', recordId: 'a', op: 'create', fields: [], clock: '0' }] }, 'en')).toBe('1 box');
  });

  it('calls the records a line changed "bản ghi" and the fields "ô", in its columns and its help ("mục" named both)', () => {
    const t = translators.vi;
    expect([t('journal.records'), t('journal.fields')]).toEqual(['Bản ghi thay đổi', 'Ô đã sửa']);
    expect(t('journal.expandHelp')).toMatch(/^Bấm vào một dòng để xem từng bản ghi đã thay đổi, mỗi ô đã sửa với giá trị trước và sau khi sửa\./);
    for (const key of ['journal.records', 'journal.expandHelp', 'journal.moreChanges', 'journal.importedLine', 'journal.recordsMany']) expect(t(key, { count: 3, n: 3, kinds: 2, table: 'Hồ sơ' }), key).not.toMatch(/(^|\s)mục(\s|$)/);
    expect(translators.en('journal.expandHelp')).toBe('Click a line to see each record changed, each field changed with its value before and after.');
  });
});
