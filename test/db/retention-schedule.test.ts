// The retention schedule in the database: the starter set as an unverified version, a new version that
// closes the old one, an item picked by a dossier whose period then cannot change (the dossier keeps its
// copy), and the .xlsx round trip — an imported table with one item lacking a period refused whole, naming
// its row, with nothing written. A replaced version is read-only; a new version names its legal basis; an
// item's typed Số TT is a whole number no other item holds, and a period the dialog cannot read says so.
import ExcelJS from 'exceljs';
import { createInstance, type TFunction } from 'i18next';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type LuutruDb } from '../../renderer/src/db/schema';
import { completeSetup, listFonds } from '../../renderer/src/db/repositories/unit-repository';
import { deleteItem, importSchedule, itemsForYear, listItems, listSchedules, loadStarterSchedule, newScheduleVersion, saveItem, saveSchedule } from '../../renderer/src/db/repositories/retention-repository';
import { saveDossier } from '../../renderer/src/db/repositories/dossier-repository';
import { itemFromForm, retentionFromItem } from '../../renderer/src/core/duties/retention';
import { parseRetentionWorkbook, retentionScheduleToXlsx } from '../../renderer/src/spreadsheet/retention-xlsx';
import type { Session } from '../../renderer/src/db/changes';
import { databaseDigest } from '../helpers/db-digest';
import { thuyHaiSetup } from '../fixtures/setup-input';
import { errorMessage, fieldErrors } from '../../renderer/src/i18n';
import { vi } from '../../renderer/src/i18n/vi';

let n = 0;
let db: LuutruDb;
let session: Session;
let t: TFunction;
type Refusal = { code: string; params: unknown; issues: { field: string; code: string }[] };

beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({ resources: { vi: { translation: vi } }, lng: 'vi', interpolation: { escapeValue: false } });
  t = i18n.t;
});

beforeEach(async () => {
  db = await openDb(`retention-${n++}`);
  const unit = await completeSetup(db, thuyHaiSetup);
  session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
});

describe('schedule versions in the database', () => {
  it('loads the starter set as a version marked to be checked, with every item of §3.2', async () => {
    const s = await loadStarterSchedule(db, session);
    expect([s.verified, s.validFrom, s.basis]).toEqual([false, '2011-01-01', expect.stringContaining('CẦN KIỂM TRA')]);
    const items = await listItems(db, s.id);
    expect(items.map((i) => [i.code, i.retention])).toEqual([['1', 'permanent'], ['2', 'permanent'], ['3', 'permanent'], ['4', 20], ['5', 5], ['6', 20], ['7', 50], ['8', 'permanent'], ['9', 'permanent'], ['10', 10]]);
  });

  it('a new version ends the old one the day before; dossiers of earlier years still pick from the old one', async () => {
    const old = await loadStarterSchedule(db, session);
    const next = await newScheduleVersion(db, session, old.id, '2026.1', '2026-07-01', old.basis);
    const versions = await listSchedules(db, session.unitId);
    expect(versions.map((v) => [v.version, v.validFrom, v.validTo])).toEqual([['2026.1', '2026-07-01', undefined], ['mẫu-1', '2011-01-01', '2026-06-30']]);
    expect((await itemsForYear(db, session.unitId, 2025))?.schedule.id).toBe(old.id);
    expect((await itemsForYear(db, session.unitId, 2027))?.schedule.id).toBe(next.id);
    expect((await listItems(db, next.id)).length).toBe(10);
  });

  it('a dossier keeps the period and basis it picked; the item’s period then cannot change, only in a new version', async () => {
    const s = await loadStarterSchedule(db, session);
    const item = (await listItems(db, s.id)).find((i) => i.code === '5')!;
    const fondsId = (await listFonds(db, session.unitId))[0]!.id;
    const d = await saveDossier(db, session, { unitId: session.unitId, fondsId, year: 2026, heading: '', headingCode: 'TH', notation: '01.TH', title: 'Báo cáo quý I năm 2026', keeper: 'Lan', status: 'open', access: 'open', language: 'Tiếng Việt', condition: '', note: '', source: 'plan', ...retentionFromItem(item, s) });
    expect([d.retention, d.retentionItemId, d.retentionBasis]).toEqual([5, item.id, expect.stringContaining('phiên bản mẫu-1), mục 5')]);
    const before = await databaseDigest(db);
    const err = await saveItem(db, session, { ...item, retention: 10 }, item.id).catch((e: { code: string; params: unknown }) => e);
    expect(err).toMatchObject({ code: 'retention.itemInUse', params: { count: 1 } });
    expect(await databaseDigest(db)).toBe(before);
    await saveItem(db, session, { ...item, basis: 'TT 13/2011/TT-BNV, mục 5' }, item.id);
    expect((await db.dossiers.get(d.id))?.retentionBasis).toBe(d.retentionBasis);
  });

  it('a replaced version is no longer in force and refuses every change but its check mark; the version in force and one to come take them', async () => {
    const old = await loadStarterSchedule(db, session);
    const next = await newScheduleVersion(db, session, old.id, '2026.1', '2026-07-01', 'Thông tư 13/2011/TT-BNV');
    const oldItem = (await listItems(db, old.id)).find((i) => i.code === '5')!;
    const before = await databaseDigest(db);
    const refusals = await Promise.all([
      saveItem(db, session, { ...oldItem, title: 'Báo cáo quý, 6 tháng' }, oldItem.id, '2026-12-04'),
      saveItem(db, session, { ...oldItem, code: '11', title: 'Mục mới' }, undefined, '2026-12-04'),
      deleteItem(db, session, oldItem.id, '2026-12-04'),
      saveSchedule(db, session, { ...old, basis: 'Thông tư 13/2011/TT-BNV', verified: true }, old.id, '2026-12-04'),
      saveSchedule(db, session, { ...old, note: 'Đã sửa' }, old.id, '2026-12-04'),
    ].map((p) => p.catch((e: Refusal) => e)));
    expect(refusals).toEqual(Array(5).fill(expect.objectContaining({ code: 'retention.versionSuperseded', params: { version: 'mẫu-1' } })));
    expect(errorMessage(t, refusals[0])).toBe('Phiên bản mẫu-1 đã hết hiệu lực (đã có phiên bản khác thay thế) nên chỉ để xem, không sửa được. Hãy sửa trong phiên bản đang áp dụng, hoặc tạo phiên bản mới.');
    expect(await databaseDigest(db)).toBe(before);
    // Checked against its issued text after it was replaced: that alone is recorded, and can be undone; what it says stays.
    const replaced = (await listSchedules(db, session.unitId)).find((s) => s.id === old.id)!;
    expect(replaced.validTo).toBe('2026-06-30');
    const checked = await saveSchedule(db, session, { ...replaced, verified: true }, old.id, '2026-12-04');
    expect(checked).toMatchObject({ verified: true, basis: old.basis, note: old.note, version: 'mẫu-1', validFrom: old.validFrom, validTo: '2026-06-30' });
    expect((await saveSchedule(db, session, { ...checked, verified: false }, old.id, '2026-12-04')).verified).toBe(false);
    // Before the new version took effect the old one was still the one in force, and could be corrected.
    await saveItem(db, session, { ...oldItem, title: 'Báo cáo quý' }, oldItem.id, '2026-06-30');
    const nextItem = (await listItems(db, next.id)).find((i) => i.code === '5')!;
    await saveItem(db, session, { ...nextItem, title: 'Báo cáo quý, 6 tháng' }, nextItem.id, '2026-12-04');
    const later = await newScheduleVersion(db, session, next.id, '2027.1', '2027-01-01', 'Thông tư 13/2011/TT-BNV');
    await saveItem(db, session, { ...(await listItems(db, later.id))[0]!, note: 'từ 2027' }, (await listItems(db, later.id))[0]!.id, '2026-12-04');
  });

  it('a new version takes the legal basis typed, required and no longer than the other texts; nothing written otherwise', async () => {
    const old = await loadStarterSchedule(db, session);
    const before = await databaseDigest(db);
    const empty = await newScheduleVersion(db, session, old.id, '2026.1', '2026-07-01', '  ').catch((e: Refusal) => e);
    expect(empty).toMatchObject({ code: 'retention.basisRequired', issues: [{ field: 'basis', code: 'retention.basisRequired' }] });
    expect(fieldErrors(t, (empty as Refusal).issues).basis).toBe('Chưa nhập căn cứ pháp lý của phiên bản mới. Hãy ghi văn bản ban hành bảng thời hạn (số, ký hiệu, ngày).');
    await expect(newScheduleVersion(db, session, old.id, '2026.1', '2026-07-01', 'x'.repeat(501))).rejects.toMatchObject({ code: 'text.tooLong', issues: [{ field: 'basis', code: 'text.tooLong' }] });
    expect(await databaseDigest(db)).toBe(before);
    const next = await newScheduleVersion(db, session, old.id, '2026.1', '2026-07-01', 'Quyết định số 12/QĐ-UBND ngày 20/6/2026');
    expect([next.basis, (await db.retentionSchedules.get(old.id))?.basis]).toEqual(['Quyết định số 12/QĐ-UBND ngày 20/6/2026', old.basis]);
  });

  it('a new version takes effect after the latest one: a back-dated one, replaced as soon as made and never to be corrected, is refused', async () => {
    const old = await loadStarterSchedule(db, session);
    await newScheduleVersion(db, session, old.id, '2026.1', '2026-07-01', 'Quyết định số 12/QĐ-UBND ngày 20/6/2026');
    const before = await databaseDigest(db);
    for (const date of ['2010-06-01', '2026-07-01']) {
      const err = await newScheduleVersion(db, session, old.id, '2010.1', date, 'Quyết định số 1/QĐ-UBND').catch((e: Refusal) => e);
      expect(fieldErrors(t, (err as Refusal).issues).validFrom).toBe('Phiên bản mới phải có hiệu lực sau phiên bản đang có gần nhất (từ 01/07/2026); nếu sớm hơn, nó bị thay thế ngay khi vừa tạo và không sửa được nữa. Hãy chọn ngày sau 01/07/2026.');
    }
    // The same for a table imported from Excel, whatever its name: the unit's versions are one sequence.
    const imported = await importSchedule(db, session, { unitId: session.unitId, name: 'Bảng theo TT 13/2011', version: '2024', validFrom: '2024-01-01', basis: 'TT 13/2011/TT-BNV', verified: false, note: '' }, [{ row: 1, group: '', code: '1', title: 'Tập lưu quyết định', retention: 'permanent', basis: '', note: '' }]).catch((e: Refusal) => e);
    expect((imported as Refusal).issues.map((i) => `${i.field}:${i.code}`)).toEqual(['validFrom:retention.validFromNotAfter']);
    // A mistyped year far ahead would hold back every later version.
    const far = await newScheduleVersion(db, session, old.id, '2062.1', '2062-01-01', 'Quyết định số 1/QĐ-UBND').catch((e: Refusal) => e);
    expect(fieldErrors(t, (far as Refusal).issues).validFrom).toBe('Ngày có hiệu lực xa quá 5 năm tới; có gõ nhầm năm không? Hãy kiểm tra lại ngày.');
    expect(await databaseDigest(db)).toBe(before);
  });

  it('the item dialog says what it cannot read and what to type; nothing is written', async () => {
    const s = await loadStarterSchedule(db, session);
    const { issues } = itemFromForm({ group: '', code: '11', title: 'Hồ sơ chứng thực', retention: 'abc', basis: '', note: '' }, { unitId: session.unitId, scheduleId: s.id, order: 10 });
    expect(fieldErrors(t, issues).retention).toBe('Không hiểu thời hạn "abc". Hãy ghi số năm từ 1 đến 100 (ví dụ "10" hoặc "10 năm"), hoặc "Vĩnh viễn".');
    // What the dialog would have sent before: the unread period as none, refused as missing.
    await expect(saveItem(db, session, { group: '', code: '11', title: 'Hồ sơ chứng thực', retention: 0 as never, basis: '', note: '', unitId: session.unitId, scheduleId: s.id, order: 10 })).rejects.toMatchObject({ code: 'retention.itemPeriodRequired' });
  });

  it('Số TT of an item typed in the dialog is a whole number no other item holds; nothing written otherwise', async () => {
    const s = await loadStarterSchedule(db, session);
    const items = await listItems(db, s.id);
    const item = items.find((i) => i.code === '5')!;
    const before = await databaseDigest(db);
    const refused = async (code: string, id?: string) => (id ? saveItem(db, session, { ...item, code }, id, '2026-12-04') : saveItem(db, session, { ...item, code, title: 'Mục mới', order: 10 }, undefined, '2026-12-04')).catch((e: Refusal) => e);
    for (const code of ['x', '0', '-3', '2.5', '1a']) {
      const err = await refused(code, item.id);
      expect(err).toMatchObject({ code: 'retention.itemCodeInvalid', issues: [{ field: 'code', code: 'retention.itemCodeInvalid' }] });
    }
    expect(fieldErrors(t, ((await refused('x', item.id)) as Refusal).issues).code).toBe('Số TT phải là số nguyên dương (1, 2, 3…), không phải "x". Hãy sửa lại hoặc để trống.');
    const taken = await refused('4', item.id);
    expect(taken).toMatchObject({ issues: [{ field: 'code', code: 'retention.itemCodeTaken', params: { code: '4', title: items.find((i) => i.code === '4')!.title } }] });
    expect(fieldErrors(t, (taken as Refusal).issues).code).toBe(`Số TT 4 đã có ở mục "${items.find((i) => i.code === '4')!.title}". Hãy chọn số khác.`);
    expect(await refused('04')).toMatchObject({ code: 'retention.itemCodeTaken' });
    expect(await refused('x')).toMatchObject({ code: 'retention.itemCodeInvalid' });
    expect(await databaseDigest(db)).toBe(before);
    // Its own number, a free one, or none at all are fine.
    await saveItem(db, session, { ...item, title: 'Báo cáo quý' }, item.id, '2026-12-04');
    await saveItem(db, session, { ...item, code: '11' }, item.id, '2026-12-04');
    await saveItem(db, session, { ...item, code: '5', title: 'Mục mới', order: 10 }, undefined, '2026-12-04');
    expect((await listItems(db, s.id)).map((i) => i.code).filter((c) => c === '5' || c === '11')).toEqual(['11', '5']);
  });
});

describe('.xlsx import and export', () => {
  it('an exported schedule imports back as a new version with the same items', async () => {
    const s = await loadStarterSchedule(db, session);
    const bytes = await retentionScheduleToXlsx(s, await listItems(db, s.id), new Date('2026-01-05T00:00:00Z'));
    const parsed = await parseRetentionWorkbook(bytes);
    expect(parsed.title).toContain('CẦN KIỂM TRA');
    const copy = await importSchedule(db, session, { unitId: session.unitId, name: 'Bảng thời hạn cấp xã', version: '2026.1', validFrom: '2026-01-01', basis: 'Tệp Excel', verified: true, note: '' }, parsed.items);
    const items = await listItems(db, copy.id);
    expect(items.map((i) => [i.group, i.code, i.title, i.retention, i.basis])).toEqual((await listItems(db, s.id)).map((i) => [i.group, i.code, i.title, i.retention, i.basis]));
  });

  it('reads an official-looking table: group rows, "(1)…" row, VV and "10 năm"; an item without a period refuses the whole import by its row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('TT13');
    ws.addRow(['BẢNG THỜI HẠN BẢO QUẢN HỒ SƠ, TÀI LIỆU']);
    ws.addRow([]);
    ws.addRow(['STT', 'Tên nhóm hồ sơ, tài liệu', 'Thời hạn bảo quản', 'Ghi chú']);
    ws.addRow(['(1)', '(2)', '(3)', '(4)']);
    ws.addRow(['I', 'TÀI LIỆU TỔNG HỢP']);
    ws.addRow(['1', 'Tập lưu quyết định của UBND xã', 'VV', '']);
    ws.addRow(['2', 'Báo cáo quý', '5 năm', '']);
    ws.addRow(['II', 'TÀI LIỆU TƯ PHÁP']);
    ws.addRow(['3', 'Sổ đăng ký khai sinh', 'Vĩnh viễn', '']);
    ws.addRow(['4', 'Hồ sơ chứng thực', '', 'chưa rõ']);
    const parsed = await parseRetentionWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(parsed.items.map((i) => [i.row, i.group, i.code, i.retention])).toEqual([
      [6, 'TÀI LIỆU TỔNG HỢP', '1', 'permanent'],
      [7, 'TÀI LIỆU TỔNG HỢP', '2', 5],
      [9, 'TÀI LIỆU TƯ PHÁP', '3', 'permanent'],
      [10, 'TÀI LIỆU TƯ PHÁP', '4', undefined],
    ]);
    const before = await databaseDigest(db);
    const err = await importSchedule(db, session, { unitId: session.unitId, name: 'TT 13', version: '1', validFrom: '2012-01-01', basis: '', verified: true, note: '' }, parsed.items).catch((e: { code: string; params: unknown }) => e);
    expect(err).toMatchObject({ code: 'retention.importRowNoPeriod', params: { row: 10, title: 'Hồ sơ chứng thực' } });
    expect(await databaseDigest(db)).toBe(before);
  });

  it('a file without a header naming the title and the retention is refused', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['a', 'b']);
    await expect(parseRetentionWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()))).rejects.toMatchObject({ code: 'retention.importNoHeader' });
  });
});
