// Dossiers in the database: opening with a unique notation, closing rules, final numbering
// that continues and never reuses a number, packing into boxes, tombstones, and the holdings
// (dossiers, boxes, metres, backlog) that reach the upper level in a signed bundle.
import { beforeEach, describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import { vi } from '../../renderer/src/i18n/vi';
import { issueMessage } from '../../renderer/src/i18n';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import { completeSetup, listFonds } from '../../renderer/src/db/repositories/unit-repository';
import {
  boxNumberedDossiers,
  closeDossier,
  deleteDossier,
  DossierInvalidError,
  holdingsByOrigin,
  listBoxes,
  listDossiers,
  moveToBox,
  numberDossiers,
  reopenDossier,
  saveDossier,
  saveProcessingJob,
  setMetresPerBox,
} from '../../renderer/src/db/repositories/dossier-repository';
import { exportBundle } from '../../renderer/src/db/exchange/export';
import { closingProposal, docRowsOfDossiers, listDocs, moveDoc, removeDoc, saveDoc } from '../../renderer/src/db/repositories/dossier-doc-repository';
import { applyImport, prepareImport, recordCustody } from '../../renderer/src/db/exchange/import';
import { foreignRecords } from '../../renderer/src/db/repositories/foreign-repository';
import { trustKey } from '../../renderer/src/db/exchange/keys';
import { recentJournal, recordHistory } from '../../renderer/src/db/repositories/journal-repository';
import type { Session } from '../../renderer/src/db/changes';
import type { DossierFields, Retention } from '../../renderer/src/core/dossiers/types';
import { thuyHaiSetup } from '../fixtures/setup-input';
import { databaseDigest } from '../helpers/db-digest';
import { ensureYearRegisters } from '../../renderer/src/db/repositories/register-repository';
import { registerIncoming } from '../../renderer/src/db/repositories/entry-repository';
import { emptyIncomingInput } from '../../renderer/src/core/registers/types';
import { documentPeriod } from '../../renderer/src/core/dossiers/inventory';

let n = 0;
let db: LuutruDb;
let session: Session;
let fondsId: string;

function plan(i: number, over: Partial<DossierFields> = {}): DossierFields {
  return {
    unitId: session.unitId,
    fondsId,
    year: 2025,
    heading: 'I. TỔNG HỢP',
    headingCode: 'TH',
    notation: `${String(i).padStart(2, '0')}.TH`,
    title: `Hồ sơ về việc triển khai công tác văn thư, lưu trữ năm 2025 (tập ${i})`,
    retention: 'permanent',
    keeper: 'Nguyễn Thị Lan',
    status: 'open',
    access: 'open',
    language: 'Tiếng Việt',
    condition: 'Tốt',
    note: '',
    source: 'plan',
    ...over,
  };
}

beforeEach(async () => {
  db = await openDb(`dossiers-${n++}`);
  const unit = await completeSetup(db, thuyHaiSetup);
  session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
  fondsId = (await listFonds(db, unit.id))[0]!.id;
});

async function closedSet(retentions: readonly Retention[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, r] of retentions.entries()) {
    const d = await saveDossier(db, session, plan(i + 1, { retention: r, startDate: `2025-0${(i % 9) + 1}-01` }));
    await closeDossier(db, session, d.id, { sheetCount: 100 + i, startDate: `2025-0${(i % 9) + 1}-01`, endDate: '2025-12-20' }, '2026-01-10');
    ids.push(d.id);
  }
  return ids;
}

describe('opening and closing dossiers', () => {
  it('opens a dossier with NFC text and refuses the same notation twice in a year', async () => {
    const d = await saveDossier(db, session, plan(1, { title: 'Ho\u0302\u0300 sơ  hội nghị   tổng kết' }));
    expect(d.title).toBe('Hồ sơ hội nghị tổng kết');
    const err = await saveDossier(db, session, plan(1, { title: 'Khác' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DossierInvalidError);
    expect((err as DossierInvalidError).issues.map((i) => i.code)).toEqual(['dossier.notationTaken']);
    expect((await listDossiers(db, fondsId)).length).toBe(1);
    await saveDossier(db, session, plan(1, { year: 2026 }));
    expect((await listDossiers(db, fondsId, 2026)).length).toBe(1);
  });

  it('refuses to close a file whose papers are dated after today (a mistyped year), at the field, writing nothing; this month or year written alone is accepted', async () => {
    const d = await saveDossier(db, session, plan(1));
    const before = await databaseDigest(db);
    const err = await closeDossier(db, session, d.id, { sheetCount: 20, startDate: '2025-01-02', endDate: '2027-03-15' }, '2026-01-10').catch((e: unknown) => e);
    expect((err as DossierInvalidError).issues).toEqual([{ field: 'endDate', code: 'dossier.dateAfterToday', params: { date: '15/03/2027', today: '10/01/2026' } }]);
    const month = await closeDossier(db, session, d.id, { sheetCount: 20, startDate: '2026-02-01', endDate: '2026-02-28', startPrecision: 'month', endPrecision: 'month' }, '2026-01-10').catch((e: unknown) => e);
    expect((month as DossierInvalidError).issues.map((i) => `${i.field}:${i.code}`)).toEqual(['startDate:dossier.dateAfterToday', 'endDate:dossier.dateAfterToday']);
    expect(await databaseDigest(db)).toBe(before);
    const closed = await closeDossier(db, session, d.id, { sheetCount: 20, startDate: '2025-01-02', endDate: '2026-12-31', endPrecision: 'year' }, '2026-01-10');
    expect([closed.status, closed.endDate, closed.endPrecision]).toEqual(['closed', '2026-12-31', 'year']);
    // Nor can a later correction of the closed file date it after today.
    const { id: _i, origin: _o, clock: _c, deleted: _d, changedBy: _b, ...fields } = closed;
    const later = await saveDossier(db, session, { ...fields, endDate: '2099-03-15', endPrecision: undefined } as DossierFields, closed.id).catch((e: unknown) => e);
    expect((later as DossierInvalidError).issues.map((i) => `${i.field}:${i.code}`)).toEqual(['endDate:dossier.dateAfterToday']);
  });

  it('closing a permanent file needs its sheet count; once given, it is closed with the date', async () => {
    const d = await saveDossier(db, session, plan(1));
    const err = await closeDossier(db, session, d.id, { startDate: '2025-01-02', endDate: '2025-12-30' }, '2026-01-10').catch((e: unknown) => e);
    expect((err as DossierInvalidError).issues.map((i) => `${i.field}:${i.code}`)).toEqual(['sheetCount:dossier.closeNeedsSheets']);
    expect((await db.dossiers.get(d.id))?.status).toBe('open');
    const closed = await closeDossier(db, session, d.id, { sheetCount: 57, startDate: '2025-01-02', endDate: '2025-12-30' }, '2026-01-10');
    expect([closed.status, closed.closedAt, closed.sheetCount]).toEqual(['closed', '2026-01-10', 57]);
    const reopened = await reopenDossier(db, session, d.id);
    expect([reopened.status, reopened.closedAt, reopened.sheetCount]).toEqual(['open', undefined, 57]);
    const history = await recordHistory(db, d.id);
    expect(history.map((h) => h.action)).toEqual(['dossier.reopen', 'dossier.close', 'dossier.create']);
  });

  it('a document linked to a register entry counts with its entry’s date when the period is checked at closing', async () => {
    const register = (await ensureYearRegisters(db, session, 2025, new Date(2025, 2, 1))).find((r) => r.kind === 'incoming')!;
    const entry = await registerIncoming(db, session, register.id, { ...emptyIncomingInput('2025-06-02'), sender: 'UBND huyện Thái Thụy', number: '15', notation: 'CV-UBND', documentDate: '2025-05-28', typeName: 'Công văn', summary: 'V/v đôn đốc công tác lưu trữ' }, { today: '2025-06-02' });
    const d = await saveDossier(db, session, plan(1));
    await saveDoc(db, session, d.id, { number: '07/QĐ-UBND', date: '2025-03-12', author: 'UBND xã Thụy Hải', summary: 'Quyết định thành lập tổ công tác', note: '' });
    const linked = await saveDoc(db, session, d.id, { number: '', author: '', summary: '', incomingDocId: entry.kind === 'saved' ? entry.doc.id : '', note: '' });
    // The journal names each document and the dossier with its year (a linked one by its entry's number: it said nothing).
    const details = async (n: number) => (await recentJournal(db, n)).map((j) => `${j.action} ${j.detail ?? ''}`);
    expect(await details(3)).toEqual([`doc.create 15/CV-UBND → ${d.notation} (2025)`, `doc.create 07/QĐ-UBND → ${d.notation} (2025)`, `dossier.create ${d.notation} (2025)`]);
    await removeDoc(db, session, linked.id, 'Ghi nhầm hồ sơ');
    expect(await details(1)).toEqual([`doc.delete 15/CV-UBND → ${d.notation} (2025): Ghi nhầm hồ sơ`]);
    await saveDoc(db, session, d.id, { number: '', author: '', summary: '', incomingDocId: entry.kind === 'saved' ? entry.doc.id : '', note: '' });
    // Its row holds no date (read through the link): the check reads the entry's, as the close form's proposal does.
    expect(await closingProposal(db, d.id)).toMatchObject({ startDate: '2025-03-12', endDate: '2025-05-28' });
    await expect(closeDossier(db, session, d.id, { sheetCount: 9, startDate: '2025-03-12', endDate: '2025-04-30' }, '2026-01-10')).rejects.toMatchObject({ issues: [{ field: 'endDate', code: 'dossier.documentAfterEnd', params: { number: '15/CV-UBND', date: '28/05/2025' } }] });
    await expect(closeDossier(db, session, d.id, { sheetCount: 9, startDate: '2025-03-12', endDate: '2025-05-28' }, '2026-01-10')).resolves.toMatchObject({ status: 'closed' });
  });

  it('a period leaving out several documents names, on each side, the one its date must reach and counts the others', async () => {
    const d = await saveDossier(db, session, plan(1));
    for (const [number, date] of [['07/QĐ-UBND', '2025-04-12'], ['20/TB-UBND', '2025-06-02'], ['02/KH-UBND', '2025-02-10'], ['15/BC-UBND', '2025-05-20'], ['01/KH-UBND', '2025-01-15']] as const)
      await saveDoc(db, session, d.id, { number, date, author: 'UBND xã Thụy Hải', summary: 'Văn bản', note: '' });
    const unclosed = await databaseDigest(db);
    await expect(closeDossier(db, session, d.id, { sheetCount: 9, startDate: '2025-04-01', endDate: '2025-04-30' }, '2026-01-10')).rejects.toMatchObject({
      issues: [
        { field: 'startDate', code: 'dossier.documentBeforeStart', params: { number: '01/KH-UBND', date: '15/01/2025', count: 1 } },
        { field: 'endDate', code: 'dossier.documentAfterEnd', params: { number: '20/TB-UBND', date: '02/06/2025', count: 1 } },
      ],
    });
    // One side alone, one document: the sentence of one.
    await expect(closeDossier(db, session, d.id, { sheetCount: 9, startDate: '2025-01-15', endDate: '2025-05-31' }, '2026-01-10')).rejects.toMatchObject({ issues: [{ field: 'endDate', code: 'dossier.documentAfterEnd', params: { number: '20/TB-UBND', count: 0 } }] });
    // With a page count the rules refuse too: said at once (it came only once the dates were mended).
    await expect(closeDossier(db, session, d.id, { sheetCount: 9, pageCount: 30, startDate: '2025-01-15', endDate: '2025-05-31' }, '2026-01-10')).rejects.toMatchObject({ issues: [{ field: 'endDate' }, { field: 'pageCount', code: 'dossier.pagesOverSheets' }] });
    expect(await databaseDigest(db)).toEqual(unclosed);
    const i18n = createInstance();
    await i18n.init({ resources: { vi: { translation: vi } }, lng: 'vi', interpolation: { escapeValue: false } });
    // Each says the date its side must reach.
    expect(issueMessage(i18n.t, { code: 'dossier.documentAfterEnd', params: { number: '20/TB-UBND', date: '02/06/2025', count: 1, from: '01/04/2025', to: '30/04/2025' } })).toBe('Văn bản 20/TB-UBND ngày 02/06/2025 và 1 văn bản khác ghi trong hồ sơ có ngày sau ngày kết thúc 30/04/2025. Hãy sửa ngày kết thúc thành 02/06/2025 hoặc muộn hơn, hoặc sửa ngày của các văn bản ở thẻ "Văn bản trong hồ sơ".');
    expect(issueMessage(i18n.t, { code: 'dossier.documentBeforeStart', params: { number: '01/KH-UBND', date: '15/01/2025', count: 0, from: '01/04/2025', to: '30/04/2025' } })).toBe('Văn bản 01/KH-UBND ngày 15/01/2025 ghi trong hồ sơ có ngày trước ngày bắt đầu 01/04/2025. Hãy sửa ngày bắt đầu thành 15/01/2025 hoặc sớm hơn, hoặc sửa ngày của văn bản ở thẻ "Văn bản trong hồ sơ".');
    await expect(closeDossier(db, session, d.id, { sheetCount: 9, startDate: '2025-01-15', endDate: '2025-06-02' }, '2026-01-10')).resolves.toMatchObject({ status: 'closed' });
  });

  it('more pages than twice the sheets are refused where typed; a dossier saved so before is still edited', async () => {
    const d = await saveDossier(db, session, plan(1, { sheetCount: 10, pageCount: 20 }));
    await expect(saveDossier(db, session, { ...plan(1), sheetCount: 10, pageCount: 21 }, d.id)).rejects.toMatchObject({ issues: [{ field: 'pageCount', code: 'dossier.pagesOverSheets', params: { max: 20 } }] });
    // Stored so by an older version: a change of title goes through; the counts stay as they were.
    await db.dossiers.update(d.id, { pageCount: 35 });
    const edited = await saveDossier(db, session, { ...plan(1), sheetCount: 10, pageCount: 35, title: 'Hồ sơ đổi tên' }, d.id);
    expect([edited.title, edited.pageCount]).toEqual(['Hồ sơ đổi tên', 35]);
  });

  it('a closed dossier keeps its list of documents until it is reopened; one register entry is listed once', async () => {
    const d = await saveDossier(db, session, plan(1));
    await saveDoc(db, session, d.id, { number: '12/BC-UBND', date: '2025-05-20', author: 'UBND xã Thụy Hải', summary: 'Báo cáo kết quả', sheetFrom: 5, sheetTo: 9, note: '' });
    const listed = await saveDoc(db, session, d.id, { number: '07/QĐ-UBND', date: '2025-03-12', author: 'UBND xã Thụy Hải', summary: 'Quyết định thành lập tổ công tác', sheetFrom: 1, sheetTo: 4, note: '' });
    // The close form starts from the documents listed: earliest and latest dates, the last sheet.
    expect(await closingProposal(db, d.id)).toEqual({ startDate: '2025-03-12', endDate: '2025-05-20', startPrecision: 'day', endPrecision: 'day', sheetCount: 9 });
    // Fewer sheets than the documents run to is refused at the sheet count, naming the last sheet; nothing written.
    const unclosed = await databaseDigest(db);
    await expect(closeDossier(db, session, d.id, { sheetCount: 3, startDate: '2025-03-12', endDate: '2025-05-20' }, '2026-01-10')).rejects.toMatchObject({ issues: [{ field: 'sheetCount', code: 'dossier.sheetsBelowDocuments', params: { sheets: 9 } }] });
    expect(await databaseDigest(db)).toEqual(unclosed);
    // A count that is no number ("abc", −1 from the form) is refused as such, not as fewer than the documents' sheets.
    await expect(closeDossier(db, session, d.id, { sheetCount: -1, startDate: '2025-03-12', endDate: '2025-05-20' }, '2026-01-10')).rejects.toMatchObject({ issues: [{ field: 'sheetCount', code: expect.stringMatching(/^register\.count\./) }] });
    expect(await databaseDigest(db)).toEqual(unclosed);
    // A period that leaves out a document listed in it is refused at the side it misses, naming the document
    // (it was taken: the cover read "05/01 – 20/09" over a list ending 05/12); one written to the month holds it.
    await expect(closeDossier(db, session, d.id, { sheetCount: 9, startDate: '2025-03-12', endDate: '2025-04-30' }, '2026-01-10')).rejects.toMatchObject({ issues: [{ field: 'endDate', code: 'dossier.documentAfterEnd', params: { number: '12/BC-UBND', date: '20/05/2025', from: '12/03/2025', to: '30/04/2025' } }] });
    await expect(closeDossier(db, session, d.id, { sheetCount: 9, startDate: '2025-04-01', endDate: '2025-05-20' }, '2026-01-10')).rejects.toMatchObject({ issues: [{ field: 'startDate', code: 'dossier.documentBeforeStart', params: { number: '07/QĐ-UBND' } }] });
    expect(await databaseDigest(db)).toEqual(unclosed);
    await expect(closeDossier(db, session, d.id, { sheetCount: 9, startDate: '2025-03-01', endDate: '2025-05-01', startPrecision: 'month', endPrecision: 'month' }, '2026-01-10')).resolves.toMatchObject({ status: 'closed' });
    await reopenDossier(db, session, d.id);
    await closeDossier(db, session, d.id, { sheetCount: 9, startDate: '2025-03-12', endDate: '2025-05-20' }, '2026-01-10');
    const before = await databaseDigest(db);
    for (const change of [
      () => saveDoc(db, session, d.id, { number: '08/QĐ-UBND', author: 'UBND xã Thụy Hải', summary: 'Quyết định khác', note: '' }),
      () => removeDoc(db, session, listed.id, 'Nhập nhầm'),
      () => moveDoc(db, session, listed.id, 'down'),
    ])
      await expect(change()).rejects.toMatchObject({ code: 'dossier.closedDocs' });
    expect(await databaseDigest(db)).toEqual(before);
    await reopenDossier(db, session, d.id);
    await removeDoc(db, session, listed.id, 'Nhập nhầm');
    expect((await listDocs(db, d.id)).map((x) => x.number)).toEqual(['12/BC-UBND']);
  });

  it("a year's covers list the documents of the dossiers asked for, in sheet order, without removed ones", async () => {
    const a = await saveDossier(db, session, plan(1));
    const b = await saveDossier(db, session, plan(2, { year: 2024, notation: '02.TH' }));
    await saveDoc(db, session, a.id, { number: '12/BC-UBND', date: '2025-05-20', author: 'UBND xã Thụy Hải', summary: 'Báo cáo kết quả', sheetFrom: 5, sheetTo: 9, note: '' });
    const gone = await saveDoc(db, session, a.id, { number: '09/TB-UBND', date: '2025-04-02', author: 'UBND xã Thụy Hải', summary: 'Thông báo nhập nhầm', note: '' });
    await saveDoc(db, session, a.id, { number: '07/QĐ-UBND', date: '2025-03-12', author: 'UBND xã Thụy Hải', summary: 'Quyết định thành lập tổ công tác', sheetFrom: 1, sheetTo: 4, note: '' });
    await saveDoc(db, session, b.id, { number: '30/BC-UBND', date: '2024-12-01', author: 'UBND xã Thụy Hải', summary: 'Báo cáo năm 2024', note: '' });
    await removeDoc(db, session, gone.id, 'Nhập nhầm');
    const rows = await docRowsOfDossiers(db, [a.id], 'UBND xã Thụy Hải');
    expect([...rows.keys()]).toEqual([a.id]);
    expect(rows.get(a.id)!.map((r) => r.number)).toEqual(['07/QĐ-UBND', '12/BC-UBND']);
    expect((await docRowsOfDossiers(db, [], '')).size).toBe(0);
  });

  it('a dossier whose papers are known to the month or year closes with those dates, and prints them so', async () => {
    const d = await saveDossier(db, session, plan(1, { retention: 10 }));
    await saveDoc(db, session, d.id, { number: '', date: '2025-03-01', datePrecision: 'month', author: 'UBND xã Thụy Hải', summary: 'Biên bản họp dân', note: '' });
    await saveDoc(db, session, d.id, { number: '15/BC-UBND', date: '2025-02-10', author: 'UBND xã Thụy Hải', summary: 'Báo cáo', note: '' });
    expect(await closingProposal(db, d.id)).toEqual({ startDate: '2025-02-10', endDate: '2025-03-01', startPrecision: 'day', endPrecision: 'month' });
    const closed = await closeDossier(db, session, d.id, { startDate: '2025-01-01', startPrecision: 'year', endDate: '2025-03-31', endPrecision: 'month', sheetCount: 12 }, '2026-01-10');
    expect([closed.startDate, closed.startPrecision, closed.endDate, closed.endPrecision]).toEqual(['2025-01-01', 'year', '2025-03-31', 'month']);
    expect(documentPeriod(closed.startDate, closed.endDate, closed.startPrecision, closed.endPrecision)).toBe('2025 – 03/2025');
    // Reopened and closed again with full days: no precision is left behind.
    await reopenDossier(db, session, d.id);
    const again = await closeDossier(db, session, d.id, { startDate: '2025-02-10', startPrecision: 'day', endDate: '2025-03-31', endPrecision: undefined, sheetCount: 12 }, '2026-01-11');
    expect(['startPrecision' in again, 'endPrecision' in again]).toEqual([false, false]);
  });

  it('deleting needs a reason and leaves a tombstone that no longer counts', async () => {
    const d = await saveDossier(db, session, plan(1));
    await expect(deleteDossier(db, session, d.id, '  ')).rejects.toMatchObject({ code: 'dossier.deleteReasonRequired' });
    await deleteDossier(db, session, d.id, 'Lập trùng với hồ sơ 02.TH');
    const stored = await db.dossiers.get(d.id);
    expect([stored?.deleted, stored?.deletedReason]).toEqual([true, 'Lập trùng với hồ sơ 02.TH']);
    expect((await holdingsByOrigin(db)).get(session.unitId)?.dossiers).toBe(0);
  });
});

describe('final numbering and boxes', () => {
  it('numbers permanent and fixed-term files in separate inventories, continuing later without reuse', async () => {
    const ids = await closedSet(['permanent', 10, 'permanent', 5]);
    await numberDossiers(db, session, { fondsId, ids: ids.slice(0, 3), order: 'retention-time-heading', inventories: { permanent: 1, fixedTerm: 2 } });
    let all = await listDossiers(db, fondsId);
    const numbered = (id: string) => {
      const d = all.find((x) => x.id === id)!;
      return [d.inventoryNumber, d.fileNumber];
    };
    expect(ids.slice(0, 3).map(numbered)).toEqual([[1, 1], [2, 1], [1, 2]]);
    await numberDossiers(db, session, { fondsId, ids: [ids[3]!], order: 'heading-time', inventories: { permanent: 1, fixedTerm: 2 } });
    all = await listDossiers(db, fondsId);
    expect(numbered(ids[3]!)).toEqual([2, 2]);
    await expect(numberDossiers(db, session, { fondsId, ids: [ids[0]!], order: 'heading-time', inventories: { permanent: 1, fixedTerm: 2 } })).rejects.toMatchObject({ code: 'dossier.alreadyNumbered' });
  });

  it('refuses to number an open dossier and writes nothing', async () => {
    const [closed] = await closedSet(['permanent']);
    const open = await saveDossier(db, session, plan(9));
    const before = await databaseDigest(db);
    await expect(numberDossiers(db, session, { fondsId, ids: [closed!, open.id], order: 'heading-time', inventories: { permanent: 1, fixedTerm: 1 } })).rejects.toMatchObject({
      code: 'dossier.numberNeedsClosed',
      params: { notation: '09.TH' },
    });
    expect(await databaseDigest(db)).toBe(before);
  });

  it('packs numbered dossiers into numbered boxes by sheets without splitting one, then a second run starts after the last box', async () => {
    const ids = await closedSet(['permanent', 'permanent', 'permanent', 'permanent', 'permanent']);
    // Before any number: the refusal names the step missing, not "none left outside a box".
    await expect(boxNumberedDossiers(db, session, fondsId, 250)).rejects.toMatchObject({ code: 'box.numberFirst' });
    await numberDossiers(db, session, { fondsId, ids, order: 'heading-time', inventories: { permanent: 1, fixedTerm: 2 } });
    const boxes = await boxNumberedDossiers(db, session, fondsId, 250);
    expect(boxes.map((b) => [b.inventoryNumber, b.number])).toEqual([[1, 1], [1, 2], [1, 3]]);
    const all = await listDossiers(db, fondsId);
    const boxNo = new Map(boxes.map((b) => [b.id, b.number]));
    expect([...all].sort((a, b) => a.fileNumber! - b.fileNumber!).map((d) => boxNo.get(d.boxId!))).toEqual([1, 1, 2, 2, 3]);
    await expect(boxNumberedDossiers(db, session, fondsId, 250)).rejects.toMatchObject({ code: 'box.nothingToBox' });

    const [extra] = await closedSet([]).then(async () => {
      const d = await saveDossier(db, session, plan(20));
      await closeDossier(db, session, d.id, { sheetCount: 30, startDate: '2025-02-01', endDate: '2025-03-01' }, '2026-01-10');
      return [d.id];
    });
    await numberDossiers(db, session, { fondsId, ids: [extra!], order: 'heading-time', inventories: { permanent: 1, fixedTerm: 2 } });
    const more = await boxNumberedDossiers(db, session, fondsId, 250);
    expect(more.map((b) => b.number)).toEqual([4]);
    await moveToBox(db, session, [extra!], boxes[2]!.id);
    expect((await db.dossiers.get(extra!))?.boxId).toBe(boxes[2]!.id);
    expect((await listBoxes(db, fondsId)).length).toBe(4);
  });
});

describe('holdings reach the upper level', () => {
  it('exports dossiers, boxes and processing jobs in a bundle and the upper level counts them per commune', async () => {
    const ids = await closedSet(['permanent', 10, 'permanent']);
    await numberDossiers(db, session, { fondsId, ids, order: 'heading-time', inventories: { permanent: 1, fixedTerm: 2 } });
    await boxNumberedDossiers(db, session, fondsId, 500);
    await saveProcessingJob(db, session, { unitId: session.unitId, fondsId, name: 'Chỉnh lý tài liệu tồn đọng 2010–2020', receivedMetres: 12, processedMetres: 4.5, discardedMetres: 0.5, status: 'open', note: '' });
    await expect(
      saveProcessingJob(db, session, { unitId: session.unitId, fondsId, name: 'Sai', receivedMetres: 1, processedMetres: 2, discardedMetres: 0, status: 'open', note: '' }),
    ).rejects.toMatchObject({ code: 'dossier.invalid' });

    const up = await openDb(`dossiers-up-${n++}`);
    const upUnit = await completeSetup(up, {
      ...thuyHaiSetup,
      unit: { ...thuyHaiSetup.unit, level: 'province-archive', name: 'Lưu trữ lịch sử tỉnh Hưng Yên', adminCode: '33', legacyAdminCode: '', agencyId: '' },
      fonds: { name: 'Kho lưu trữ lịch sử tỉnh', number: '', startYear: 2025 },
    });
    await setMetresPerBox(up, 0.1, { unitId: upUnit.id, operator: 'Trần Văn Bình' });
    const exp = await exportBundle(db, { kind: 'full', operator: 'Nguyễn Thị Lan', now: new Date('2026-11-25T08:00:00Z') });
    // The list's index keys stay on this PC: the bundle's dossiers carry their fields only.
    expect((await db.dossiers.toArray()).every((d) => d.listKey !== undefined)).toBe(true);
    const jws = JSON.parse(new TextDecoder().decode(exp.files[0]!.data)) as { payload: string };
    const sent = (JSON.parse(Buffer.from(jws.payload, 'base64url').toString('utf8')) as { records: { dossiers: Record<string, unknown>[] } }).records.dossiers;
    expect(sent).toHaveLength(3);
    expect(sent.filter((d) => 'listKey' in d || 'liveKey' in d || 'arrangeStage' in d)).toEqual([]);
    let prepared = await prepareImport(up, exp.files, upUnit.id);
    for (const c of prepared.receipt.files[0]!.confirmations ?? []) await trustKey(up, { unitId: c.origin.unitId, originName: c.origin.name, jwk: c.signerKey, confirmedBy: 'Trần Văn Bình' });
    prepared = await prepareImport(up, exp.files, upUnit.id);
    expect([prepared.receipt.tables.dossiers?.total.new, prepared.receipt.tables.boxes?.total.new, prepared.receipt.tables.processingJobs?.total.new]).toEqual([3, 2, 1]);
    await applyImport(up, prepared, 'Trần Văn Bình');
    expect((await holdingsByOrigin(up)).get(session.unitId)).toEqual({
      dossiers: 3,
      permanent: 2,
      fixedTerm: 1,
      closed: 3,
      boxes: 2,
      metres: 0.2,
      backlogReceivedMetres: 12,
      backlogProcessedMetres: 4.5,
      backlogRemainingMetres: 7.5,
    });
    // The figures are counters each import moves — nothing is counted again on opening. A later
    // bundle with a dossier deleted, one reopened, a new fixed-term one and the job's metres
    // changed moves them to what counting the commune's records gives.
    await deleteDossier(db, session, ids[0]!, 'Lập trùng');
    await reopenDossier(db, session, ids[1]!);
    await saveDossier(db, session, plan(9, { retention: 5 }));
    const job = (await db.processingJobs.toArray())[0]!;
    const { id: _id, origin: _o, clock: _c, deleted: _d, changedBy: _b, ...jobFields } = job;
    await saveProcessingJob(db, session, { ...jobFields, processedMetres: 12 }, job.id);
    const later = await exportBundle(db, { kind: 'full', operator: 'Nguyễn Thị Lan', now: new Date('2026-11-26T08:00:00Z') });
    await applyImport(up, await prepareImport(up, later.files, upUnit.id), 'Trần Văn Bình');
    const expected = { dossiers: 3, permanent: 1, fixedTerm: 2, closed: 1, boxes: 2, metres: 0.2, backlogReceivedMetres: 12, backlogProcessedMetres: 12, backlogRemainingMetres: 0 };
    expect((await holdingsByOrigin(up)).get(session.unitId)).toEqual(expected);
    expect((await up.originStats.get(session.unitId))?.holdings).toMatchObject({ dossiers: 3, permanent: 1, closed: 1 });
    // A database from before the counters counts them from the blocks, the same.
    await up.originStats.update(session.unitId, { holdingsVersion: undefined });
    expect((await holdingsByOrigin(up)).get(session.unitId)).toEqual(expected);

    // The commune's dossiers are read-only at the upper level.
    const theirs = (await foreignRecords(up, 'dossiers'))[0]!;
    const upSession = { unitId: upUnit.id, operator: 'Trần Văn Bình' };
    await expect(deleteDossier(up, upSession, theirs.id, 'thử')).rejects.toMatchObject({ code: 'record.readOnlyOrigin' });
  });
});

describe('export upward', () => {
  it('a merged commune passes on the dossiers it received, signed by their own commune; the province takes them once it recorded the merger', async () => {
    const [d] = await closedSet(['permanent']);
    await numberDossiers(db, session, { fondsId, ids: [d!], order: 'heading-time', inventories: { permanent: 1, fixedTerm: 2 } });
    const trustAll = async (target: LuutruDb, targetId: string, files: readonly { name: string; data: Uint8Array }[]) => {
      let prepared = await prepareImport(target, files, targetId);
      // A person confirms each key and records the merger, one step at a time, as the receipt asks.
      for (let round = 0; round < 4 && prepared.receipt.files.some((f) => f.confirmations || f.custody); round++) {
        for (const f of prepared.receipt.files) {
          for (const c of f.confirmations ?? []) await trustKey(target, { unitId: c.origin.unitId, originName: c.origin.name, jwk: c.signerKey, confirmedBy: 'Trần Văn Bình' });
          for (const c of f.custody?.carried ?? [])
            await recordCustody(target, { carrierUnitId: f.custody!.carrier.unitId, carriedUnitId: c.unitId, kind: 'merger', effectiveDate: '2025-07-01', basis: 'Nghị quyết số 1656/NQ-UBTVQH15', confirmedBy: 'Trần Văn Bình' });
        }
        prepared = await prepareImport(target, files, targetId);
      }
      await applyImport(target, prepared, 'Trần Văn Bình');
      return prepared;
    };
    const merged = await openDb(`dossiers-merged-${n++}`);
    const mergedUnit = await completeSetup(merged, { ...thuyHaiSetup, unit: { ...thuyHaiSetup.unit, name: 'Ủy ban nhân dân xã Thái Thụy', adminCode: '12399' } });
    await trustAll(merged, mergedUnit.id, (await exportBundle(db, { kind: 'full', operator: 'Nguyễn Thị Lan' })).files);

    const province = await openDb(`dossiers-prov-${n++}`);
    const provUnit = await completeSetup(province, {
      ...thuyHaiSetup,
      unit: { ...thuyHaiSetup.unit, level: 'province-archive', name: 'Lưu trữ lịch sử tỉnh Hưng Yên', adminCode: '33', legacyAdminCode: '', agencyId: '' },
      fonds: { name: 'Kho lưu trữ lịch sử tỉnh', number: '', startYear: 2025 },
    });
    const upward = await exportBundle(merged, { kind: 'full', operator: 'Lê Thị Ánh' });
    const receipt = await trustAll(province, provUnit.id, upward.files);
    expect(receipt.receipt.files[0]?.carried?.map((c) => c.origin.unitId)).toEqual([session.unitId]);
    expect(receipt.receipt.tables.dossiers?.byOrigin[session.unitId]?.new).toBe(1);
    const got = (await foreignRecords(province, 'dossiers'))[0]!;
    expect([got.origin, got.fileNumber, got.inventoryNumber]).toEqual([session.unitId, 1, 1]);
    expect((await holdingsByOrigin(province)).get(session.unitId)?.dossiers).toBe(1);
  });
});
