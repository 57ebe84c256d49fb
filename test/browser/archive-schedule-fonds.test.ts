// The retention schedule and the fonds through the UI: the starter set loads marked "cần kiểm tra", exports to
// .xlsx, and an imported table with an item lacking a period is refused naming its row, nothing added; a dossier
// picks an item and keeps its period and basis; a merged commune adds the closed fonds of the commune it
// replaced, with its creating body and dates, closes it, and the dossier form refuses new dossiers there.
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startServer, type Browser, type Server } from './harness';
import { clickOption, dropTypedQuestion, settled, setupUnitThroughUi } from './flows';

let server: Server;
let dir: string;
let b: Browser;

beforeAll(async () => {
  server = await startServer();
  dir = mkdtempSync(join(tmpdir(), 'luutru-schedule-'));
  b = await openApp(server);
  await b.context.clock.install({ time: new Date('2026-03-10T09:00:00') });
  await b.page.reload();
  await setupUnitThroughUi(b.page, 'Ủy ban nhân dân xã Thái Thụy', '34567');
}, 180_000);
afterAll(async () => {
  await b?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('retention schedule and fonds', () => {
  it('loads, exports and refuses a bad import; a dossier keeps the item it picked', { timeout: 180_000 }, async () => {
    const { page } = b;
    await page.goto(`${server.url}#/archive/retention`);
    await page.getByTestId('load-starter').click();
    await expect.poll(() => page.getByTestId('retention-items').locator('tbody tr.ant-table-row').count()).toBe(10);
    expect(await page.getByTestId('unverified-tag').textContent()).toBe('Cần kiểm tra');

    const download = page.waitForEvent('download');
    await page.getByTestId('export-schedule').click();
    const file = join(dir, 'bang.xlsx');
    await (await download).saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toContain('CẦN KIỂM TRA');
    expect([ws.getCell('C9').value, ws.getCell('D9').value]).toEqual(['Sổ đăng ký văn bản đi, văn bản đến', '20 năm']);

    // An official table typed in Excel, one item without its period: refused by row, nothing imported.
    const bad = new ExcelJS.Workbook();
    const sheet = bad.addWorksheet('TT13');
    sheet.addRow(['STT', 'Tên nhóm hồ sơ, tài liệu', 'Thời hạn bảo quản']);
    sheet.addRow(['I', 'TÀI LIỆU TỔNG HỢP']);
    sheet.addRow(['1', 'Tập lưu quyết định của UBND xã', 'Vĩnh viễn']);
    sheet.addRow(['2', 'Hồ sơ chứng thực', '']);
    const badFile = join(dir, 'tt13.xlsx');
    writeFileSync(badFile, new Uint8Array(await bad.xlsx.writeBuffer()));
    await page.getByTestId('import-schedule').click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('choose-schedule-file').click()]);
    await chooser.setFiles(badFile);
    await expect.poll(() => page.getByText('tt13.xlsx: đọc được 2 mục.').count()).toBe(1);
    await page.getByLabel('Tên bảng').fill('Bảng thời hạn theo TT 13/2011');
    await page.getByLabel('Tên phiên bản').fill('2011');
    await settled(page);
    await page.getByTestId('confirm-version').click();
    await expect.poll(() => page.locator('.ant-message-notice-title').last().textContent()).toBe('Dòng 4 ("Hồ sơ chứng thực") chưa có thời hạn bảo quản đọc được. Hãy sửa tệp rồi nhập lại; chưa mục nào được nhập.');
    // Closed by its × over the names typed: asked first, once (Dialog's typed), then dropped.
    await page.locator('.ant-modal-close').click();
    await expect.poll(() => dropTypedQuestion(page).count()).toBe(1);
    await page.getByTestId('drop-typed').click();
    await page.getByTestId('choose-schedule-file').waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: 'Phiên bản' }).click();
    await expect.poll(() => page.locator('.ant-select-item-option').count()).toBe(1);
    await page.keyboard.press('Escape');

    // The dossier form offers the items of the version in force; the period and its basis are kept.
    await page.goto(`${server.url}#/dossiers`);
    await page.getByTestId('dossier-form').waitFor();
    await page.locator('#d-heading').fill('II. VĂN THƯ');
    await page.locator('#d-title').fill('Sổ đăng ký văn bản đến năm 2026');
    await page.getByTestId('retention-item-picker').click();
    // Keyboard: a few words, the arrow to the item, Enter picks it; Enter again saves the dossier.
    await page.keyboard.type('sổ đăng ký');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#d-retention').inputValue()).toBe('20 năm');
    // The list has closed (as the clerk sees it) before the next Enter, which saves.
    await expect.poll(() => page.locator('#d-retentionItem').getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('dossier-row').count()).toBe(1);
    await page.getByTestId('dossier-row').click();
    const details = await page.getByTestId('dossier-drawer').textContent();
    expect(details).toContain('20 năm');
    expect(details).toContain('Căn cứ: TT 13/2011/TT-BNV; TT 14/2011/TT-BNV (giá trị thường được nêu, cần kiểm tra) — Bảng thời hạn bảo quản hồ sơ, tài liệu cấp xã (bảng mẫu) (phiên bản mẫu-1), mục 6');
    expect(details).toContain('Bảo quản đến hết năm 2046');
  });

  it('the closed fonds of a replaced commune keeps its history and takes no new dossier', { timeout: 120_000 }, async () => {
    const { page } = b;
    await page.goto(`${server.url}#/archive/fonds`);
    await page.getByTestId('add-fonds').click();
    const form = page.getByTestId('fonds-form');
    await form.getByLabel('Tên phông').fill('Phông lưu trữ Thụy Xuân');
    await form.getByLabel('Phông số').fill('16');
    await form.getByLabel('Năm bắt đầu').fill('1990');
    await form.getByLabel('Tên đơn vị 1').fill('UBND xã Thụy Xuân');
    await form.getByLabel('Từ 1').fill('1990');
    await form.getByLabel('Đến 1').fill('30/06/2025');
    await form.getByLabel('Lịch sử phông').fill('Tài liệu của xã Thụy Xuân được bàn giao cho xã Thái Thụy khi sáp nhập.');
    await settled(page);
    await page.getByTestId('save-fonds').click();
    const row = page.getByTestId('fonds-table').locator('tbody tr.ant-table-row', { hasText: 'Thụy Xuân' });
    await expect.poll(() => row.textContent()).toContain('UBND xã Thụy Xuân (1990 – 30/06/2025)');
    // Added (and first by its name), it is not where the Dossiers page opens: the commune's own fonds being formed is.
    await page.goto(`${server.url}#/dossiers`);
    await page.getByTestId('dossier-form').waitFor();
    await expect.poll(() => page.getByTestId('dossier-fonds').textContent()).toMatch(/^Phông lưu trữ UBND xã Thái Thụy/);
    await page.goto(`${server.url}#/archive/fonds`);
    await row.click();
    await page.getByLabel('Ngày cuối cùng của phông').fill('30/06/2025');
    await page.getByLabel('Căn cứ đóng phông').fill('Nghị quyết số 1656/NQ-UBTVQH15');
    await page.getByTestId('close-fonds').click();
    // Asked with buttons that say what they do (they said "OK" and "Hủy"), the cursor on the way back.
    const confirm = page.locator('.ant-popconfirm:visible');
    await confirm.waitFor();
    await expect.poll(() => confirm.getByRole('button').allTextContents()).toEqual(['Quay lại', 'Đóng phông']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Quay lại');
    await settled(page);
    await confirm.getByRole('button', { name: 'Đóng phông' }).click();
    await expect.poll(() => row.textContent()).toContain('Đã đóng 30/06/2025');

    await page.goto(`${server.url}#/dossiers`);
    // The dossier list reads its window as the page opens: the fonds list is opened once it has,
    // and its option clicked once the list has finished opening (a click during either was lost).
    await page.getByTestId('dossier-form').waitFor();
    const option = page.locator('.ant-select-item-option', { hasText: 'Thụy Xuân' });
    await expect
      .poll(async () => {
        await settled(page);
        if (!(await option.isVisible())) await page.getByRole('combobox', { name: 'Phông' }).click();
        await option.waitFor({ timeout: 5_000 });
        await settled(page);
        await option.click({ timeout: 5_000 });
        return page.getByTestId('closed-fonds').count();
      })
      .toBe(1);
    await expect.poll(() => page.getByTestId('closed-fonds').textContent()).toBe('Phông lưu trữ Thụy Xuân đã đóng từ 30/06/2025: không lập hồ sơ mới trong phông này. Hãy chọn phông đang mở để lập hồ sơ.');
    expect(await page.getByTestId('dossier-form').count()).toBe(0);
    // Its years, back to 1990, are in the year list: typing one finds it.
    await page.getByTestId('dossier-year').click();
    await page.keyboard.type('1990');
    await clickOption(page, page.getByTitle('1990', { exact: true }));
    await expect.poll(() => page.getByTestId('dossier-year').textContent()).toBe('1990');
  });

  it('a new version of the schedule replaces the old one, which stays to read; items are checked as typed and saved with Enter', { timeout: 120_000 }, async () => {
    const { page } = b;
    await page.goto(`${server.url}#/archive/retention`);
    await expect.poll(() => page.getByTestId('standing-tag').textContent()).toBe('Đang áp dụng');
    await page.getByRole('button', { name: 'Tạo phiên bản mới' }).click();
    const basis = page.getByRole('dialog').getByLabel('Căn cứ pháp lý');
    // The basis is typed — not offered from the unchecked starter ('cần kiểm tra' is no legal basis); an empty one is refused at its field.
    expect(await basis.isEnabled()).toBe(true);
    expect(await basis.inputValue()).toBe('');
    await page.getByRole('dialog').getByLabel('Tên phiên bản').fill('2026.1');
    await page.getByRole('dialog').getByLabel('Có hiệu lực từ ngày').fill('01/01/2026');
    await settled(page);
    await page.getByTestId('confirm-version').click();
    await expect.poll(() => page.getByRole('dialog').locator('.ant-form-item-explain-error').allTextContents()).toEqual([expect.stringContaining('Chưa nhập căn cứ pháp lý của phiên bản mới')]);
    await basis.fill('Quyết định số 12/QĐ-UBND ngày 01/01/2026 của UBND xã');
    await page.getByTestId('confirm-version').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('standing-tag').textContent()).toBe('Đang áp dụng');

    // The version it replaced: no longer in force, to read only.
    await page.getByRole('combobox', { name: 'Phiên bản' }).click();
    await clickOption(page, page.locator('.ant-select-item-option', { hasText: 'mẫu-1' }));
    await expect.poll(() => page.getByTestId('standing-tag').textContent()).toBe('Hết hiệu lực');
    expect(await page.getByTestId('superseded-help').count()).toBe(1);
    expect(await page.getByTestId('add-item').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tạo phiên bản mới' }).count()).toBe(0);
    // Checked against its issued text after it was replaced: that can still be recorded, and only that.
    expect(await page.getByTestId('unverified-tag').textContent()).toBe('Cần kiểm tra');
    await page.getByTestId('mark-verified').click();
    await expect.poll(() => page.locator('.ant-message-notice').last().textContent()).toBe('Đã đánh dấu bảng đã kiểm tra.');
    // The saved version is read again after the message (a loaded machine showed the tag a moment longer).
    await expect.poll(() => page.getByTestId('unverified-tag').count()).toBe(0);
    expect(await page.getByTestId('standing-tag').textContent()).toBe('Hết hiệu lực');

    // In the version in force: Số TT and the period are checked as typed; Enter saves.
    await page.getByRole('combobox', { name: 'Phiên bản' }).click();
    await clickOption(page, page.locator('.ant-select-item-option', { hasText: '2026.1' }));
    await expect.poll(() => page.getByTestId('standing-tag').textContent()).toBe('Đang áp dụng');
    await page.getByTestId('retention-items').locator('tbody tr.ant-table-row', { hasText: 'Báo cáo tháng, quý' }).click();
    const dialog = page.getByRole('dialog');
    const errors = () => dialog.locator('.ant-form-item-explain-error').allTextContents();
    await dialog.getByLabel('Số TT').fill('x');
    await dialog.getByLabel('Số TT').press('Enter');
    await expect.poll(errors).toEqual([expect.stringContaining('Số TT phải là số nguyên dương')]);
    await dialog.getByLabel('Số TT').fill('4');
    await dialog.getByLabel('Số TT').press('Enter');
    await expect.poll(errors).toEqual(['Số TT 4 đã có ở mục "Báo cáo 6 tháng, 9 tháng". Hãy chọn số khác.']);
    await dialog.getByLabel('Số TT').fill('5');
    await dialog.getByLabel('Thời hạn bảo quản').fill('abc');
    await dialog.getByLabel('Thời hạn bảo quản').press('Enter');
    await expect.poll(errors).toEqual(['Không hiểu thời hạn "abc". Hãy ghi số năm từ 1 đến 100 (ví dụ "10" hoặc "10 năm"), hoặc "Vĩnh viễn".']);
    await dialog.getByLabel('Thời hạn bảo quản').fill('10 năm');
    await dialog.getByLabel('Thời hạn bảo quản').press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('retention-items').locator('tbody tr.ant-table-row', { hasText: 'Báo cáo tháng, quý' }).textContent()).toContain('10 năm');
  });
});
