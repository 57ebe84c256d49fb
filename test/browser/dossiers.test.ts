// Dossiers from the file plan to the upper level: a commune opens dossiers with the keyboard,
// closes them, gives them final numbers, boxes them and records a backlog job; it prints its
// inventory; its bundle reaches the provincial archive, which sees the dossiers, boxes, metres
// and backlog in its statistics and prints a consolidated inventory with the commune's numbers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBoxCode } from '../../renderer/src/core/processing/job';
import { readQrCodes } from '../helpers/qr';
import { openApp, startServer, type Server } from './harness';
import { dumpIdb, holdStore } from './idb-tools';
import { clickOption, confirmDialog, dropTypedQuestion, escapeAskedAndBack, exportFullBundleThroughUi, focusedId, focusedLabel, focusedTestId, focusedText, importFromNewUnitThroughUi, leaveClosedDossier, printedText, selectedText, settled, setupUnitThroughUi, stayAsked, backOnTab } from './flows';

let server: Server;
let usb: string;
beforeAll(async () => {
  server = await startServer();
  usb = mkdtempSync(join(tmpdir(), 'luutru-usb-'));
});
afterAll(async () => {
  await server?.close();
  if (usb) rmSync(usb, { recursive: true, force: true });
});

/** The inventories are printed: the preview shows them (see printedText), nothing is downloaded. */
function savePdf(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  return printedText(page, click, join(usb, name));
}

async function closeDossier(page: Page, notation: string, sheets: string, { from = '05/01/2026', to = '20/11/2026', pages }: { from?: string; to?: string; pages?: string } = {}) {
  await page.getByTestId('dossier-table').getByRole('row', { name: new RegExp(notation.replace('.', '\\.')) }).click();
  await page.getByRole('tab', { name: 'Kết thúc hồ sơ' }).click();
  await page.locator('#c-startDate').fill(from);
  await page.locator('#c-endDate').fill(to);
  if (pages) await page.locator('#c-pageCount').fill(pages);
  await page.locator('#c-sheetCount').fill(sheets);
  await page.locator('#c-sheetCount').press('Enter');
  await page.getByText(`Đã kết thúc hồ sơ ${notation}.`).first().waitFor();
  // Closed, it stays open on its details, the cursor on printing its cover (the drawer went: its papers were a search away).
  await expect.poll(() => focusedTestId(page)).toBe('dossier-print-cover');
  expect(await page.getByTestId('dossier-drawer').getByRole('tab', { selected: true }).textContent()).toBe('Thông tin');
  await leaveClosedDossier(page);
}

/** The dossiers and the journal's last steps as stored (raw IndexedDB), for a failure to say what the app did. */
async function storedDossiers(page: Page) {
  const { stores } = await dumpIdb(page);
  return {
    dossiers: stores.dossiers!.map((d) => [d.notation, d.status, d.inventoryNumber, d.fileNumber, d.arrangeStage]),
    journal: stores.journal!.slice(-8).map((j) => [j.action, j.detail]),
    messages: await page.locator('.ant-message-notice').allTextContents(),
  };
}

describe('dossiers from the file plan to the consolidated inventory', () => {
  it('a commune numbers and boxes its dossiers; the archive counts them and prints them', { timeout: 300_000 }, async () => {
    const commune = await openApp(server);
    let paths: string[];
    try {
      const { page } = commune;
      await setupUnitThroughUi(page, 'Ủy ban nhân dân xã Thụy Hải', '12345');
      // On a loaded PC the plan's form comes once the fonds is read: a year list opened before
      // stays open with the cursor in it (the form took the cursor and closed the list).
      const release = await holdStore(page, 'fonds');
      await page.goto(`${server.url}#/dossiers`);
      await page.getByTestId('dossier-year').click();
      const yearList = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
      await yearList.waitFor();
      expect(await page.getByTestId('dossier-form').count()).toBe(0);
      await release();
      await page.getByTestId('dossier-form').waitFor();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await focusedLabel(page)).toBe('Năm');
      expect(await yearList.isVisible()).toBe(true);
      // A year picked brings that year's plan, its form taking the cursor (and back to this year).
      await clickOption(page, page.getByTitle('2025', { exact: true }));
      await page.getByRole('tab', { name: 'Danh mục hồ sơ năm 2025' }).waitFor();
      await expect.poll(() => focusedLabel(page)).toBe('Đề mục');
      // A year typed that the list does not hold says why (Enter on it did nothing, without a word).
      await page.getByTestId('dossier-year').click();
      await page.keyboard.type('1990');
      await expect.poll(() => page.getByTestId('dossier-year-missing').textContent().catch(() => '')).toMatch(/^Năm 1990 ở trước năm bắt đầu của phông \(\d{4}\)\. Nếu phông có tài liệu từ năm đó, sửa năm bắt đầu ở Công tác lưu trữ → Phông lưu trữ\.$/);
      await page.keyboard.press('Escape');
      await page.getByTestId('dossier-year').click();
      await clickOption(page, page.getByTitle('2026', { exact: true }));
      await expect.poll(() => focusedLabel(page)).toBe('Đề mục');
      // Keyboard only: heading, Tab (its code is proposed), title, retention, Enter; the next
      // dossier keeps the heading and is numbered on.
      await page.locator('#d-heading').focus();
      await page.keyboard.type('I. TỔNG HỢP');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.locator('#d-headingCode').inputValue()).toBe('TH');
      const plan: [string, string][] = [
        ['Tập lưu quyết định của Ủy ban nhân dân xã năm 2026', 'vĩnh viễn'],
        ['Hồ sơ hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027', '10'],
        ['Tập công văn trao đổi về công tác văn thư, lưu trữ năm 2026', '5 năm'],
      ];
      for (const [i, [title, retention]] of plan.entries()) {
        await page.locator('#d-title').focus();
        // The first title key by key; the next ones as one input event (as from an input method).
        if (i === 0) await page.keyboard.type(title);
        else await page.keyboard.insertText(title);
        await page.locator('#d-retention').focus();
        await page.keyboard.press('Control+A');
        await page.keyboard.type(retention);
        await page.keyboard.press('Enter');
        if (retention === '10') {
          // "10" highlights "10 năm" in the list: the first Enter takes it, the next one saves.
          await expect.poll(() => page.locator('#d-retention').inputValue()).toBe('10 năm');
          await page.keyboard.press('Enter');
        }
        await expect.poll(() => page.getByTestId('dossier-row').count()).toBe(i + 1);
      }
      // A new heading typed over the old one gets its own code.
      await page.locator('#d-heading').focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('II. VĂN PHÒNG - THỐNG KÊ');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.locator('#d-headingCode').inputValue()).toBe('VPTK');
      // A clerk who clicks into the filled-in code and types it types over it, not after it.
      await page.locator('#d-headingCode').click();
      await page.keyboard.type('VPTK');
      expect(await page.locator('#d-headingCode').inputValue()).toBe('VPTK');
      await page.locator('#d-title').focus();
      await page.keyboard.insertText('Hồ sơ về việc triển khai Đề án 06 về ứng dụng dữ liệu dân cư năm 2026');
      // Retention is not carried over from the previous dossier: an empty one is refused, said as not typed ("chưa đúng" read as a wrong value).
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByText('Chưa nhập thời hạn bảo quản.', { exact: false }).count()).toBe(1);
      // The cursor is taken to the field refused.
      await expect.poll(() => focusedId(page)).toBe('d-retention');
      await page.locator('#d-retention').focus();
      await page.keyboard.type('20');
      // The field's mark goes as it is typed in (it stayed under the corrected value until the save).
      await expect.poll(() => page.getByText('Chưa nhập thời hạn bảo quản.', { exact: false }).count()).toBe(0);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#d-retention').inputValue()).toBe('20 năm');
      await page.keyboard.press('Enter');
      const table = page.getByTestId('dossier-table');
      await expect.poll(() => table.locator('[data-testid="dossier-row"] [role="cell"]:nth-child(2)').allTextContents()).toEqual(['01.TH', '02.TH', '03.TH', '04.VPTK']);
      expect((await table.getByTestId('dossier-row').nth(0).textContent()) ?? '').toContain('Vĩnh viễn');
      // A heading typed by its numeral, its whole name in any case, or its code, and Tab: that heading with its code
      // (the code typed made a new heading "VPTK" with the code "V").
      for (const [typed, heading, code] of [['II', 'II. VĂN PHÒNG - THỐNG KÊ', 'VPTK'], ['tổng hợp', 'I. TỔNG HỢP', 'TH'], ['vptk', 'II. VĂN PHÒNG - THỐNG KÊ', 'VPTK']]) {
        await page.locator('#d-heading').focus();
        await page.keyboard.press('Control+A');
        await page.keyboard.insertText(typed!);
        await page.keyboard.press('Tab');
        await expect.poll(() => page.locator('#d-heading').inputValue()).toBe(heading);
        expect(await page.locator('#d-headingCode').inputValue()).toBe(code);
      }
      // The start of one ("văn phòng") stays a new heading, as typed — a commune may split one — and
      // the heading it starts like is named under the field, to be picked with ↓ Enter if it was meant
      // (typed and left with Tab, it made a stray "văn phòng" heading without a word).
      await page.locator('#d-heading').focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText('văn phòng');
      await expect.poll(() => page.getByTestId('heading-field').locator('.ant-form-item-explain').textContent()).toBe('Đề mục mới. Đã có "II. VĂN PHÒNG - THỐNG KÊ": nếu là đề mục đó, chọn trong danh sách (↓ rồi Enter).');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#d-heading').inputValue()).toBe('II. VĂN PHÒNG - THỐNG KÊ');
      expect(await page.getByTestId('heading-field').locator('.ant-form-item-explain').count()).toBe(0);
      // Saved so, the new heading is asked about before it is made; Enter answers "Chọn lại đề mục": nothing is made, the
      // cursor is back on the heading, the title kept.
      await page.locator('#d-heading').focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText('văn phòng');
      await page.keyboard.press('Tab');
      await page.locator('#d-title').fill('Tập công văn trao đổi về tiếp dân');
      await page.locator('#d-title').press('Enter');
      const question = page.locator('.ant-modal-confirm');
      await expect.poll(() => question.textContent().catch(() => '')).toContain('Tạo đề mục mới "văn phòng"?');
      expect(await question.textContent()).toContain('Danh mục đã có đề mục "II. VĂN PHÒNG - THỐNG KÊ". Nếu hồ sơ này thuộc đề mục đó, chọn "Dùng đề mục đã có"');
      expect(await question.locator('button').allTextContents()).toEqual(['Quay lại', 'Tạo đề mục mới', 'Dùng đề mục đã có']);
      // The heading it starts like is the answer under the cursor (Enter); Esc goes back to the heading, its text selected.
      await expect.poll(() => focusedText(page)).toBe('Dùng đề mục đã có');
      const rowsBefore = await table.getByTestId('dossier-row').count();
      await page.keyboard.press('Escape');
      await question.waitFor({ state: 'detached' });
      await expect.poll(() => focusedId(page)).toBe('d-heading');
      expect(await selectedText(page)).toBe('văn phòng');
      expect(await table.getByTestId('dossier-row').count()).toBe(rowsBefore);
      expect(await page.locator('#d-title').inputValue()).toBe('Tập công văn trao đổi về tiếp dân');
      await page.locator('#d-title').fill('');
      // Left as a new heading (its code made from it), then picked from the list after all: the code follows the pick
      // at once (it kept the new heading's "VP", and the number shown with it, until the field was left).
      await page.locator('#d-heading').focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText('văn phòng');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.locator('#d-headingCode').inputValue()).toBe('VP');
      await page.locator('#d-heading').focus();
      await page.keyboard.press('End');
      await page.keyboard.type(' ');
      await page.locator('.ant-select-item-option', { hasText: 'II. VĂN PHÒNG - THỐNG KÊ' }).click();
      await expect.poll(() => page.locator('#d-headingCode').inputValue()).toBe('VPTK');
      expect(await focusedId(page)).toBe('d-heading');
      // The heading emptied takes its code with it (it stayed, naming a heading no longer there); typed again, it comes back.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.locator('#d-headingCode').inputValue()).toBe('');
      expect(await page.locator('#d-subheading').getAttribute('placeholder')).toBe('Nhập ô Đề mục trước');
      await page.locator('#d-heading').focus();
      await page.keyboard.insertText('II. VĂN PHÒNG - THỐNG KÊ');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.locator('#d-headingCode').inputValue()).toBe('VPTK');

      // Closing a permanent file without its sheet count is refused with the reason.
      await table.getByRole('row', { name: /01\.TH/ }).click();
      await page.getByRole('tab', { name: 'Kết thúc hồ sơ' }).click();
      await page.locator('#c-startDate').fill('05/01/2026');
      await page.locator('#c-endDate').fill('20/11/2026');
      await page.getByTestId('confirm-close-dossier').click();
      await expect.poll(() => page.getByText('Hồ sơ bảo quản từ 5 năm trở lên phải đánh số tờ khi kết thúc. Hãy nhập số tờ.').count()).toBe(1);
      // Esc from another tab asks, and "Quay lại" shows the close form again, the cursor at the end of the field it was
      // in (the clerk stayed on the other tab, the dates typed out of sight).
      const dossierDrawer = page.getByTestId('dossier-drawer');
      await page.locator('#c-sheetCount').fill('14');
      await dossierDrawer.getByRole('tab', { name: 'Thông tin', exact: true }).click();
      await escapeAskedAndBack(page);
      await backOnTab(dossierDrawer, 'Kết thúc hồ sơ', 'c-sheetCount');
      await page.keyboard.type('2');
      expect(await page.locator('#c-sheetCount').inputValue()).toBe('142');
      // The browser's Back asks too, naming the close form (it left for the page before, the sheets typed lost unasked);
      // "Ở lại" (Enter) shows the close form again, the cursor at the end of the sheets.
      await dossierDrawer.getByRole('tab', { name: 'Thông tin', exact: true }).click();
      const dossiersUrl = page.url();
      await page.goBack();
      await stayAsked(page, '“Kết thúc hồ sơ”');
      expect(page.url()).toBe(dossiersUrl);
      await backOnTab(dossierDrawer, 'Kết thúc hồ sơ', 'c-sheetCount');
      expect(await page.locator('#c-sheetCount').inputValue()).toBe('142');
      // Closed and opened again at once: the cursor put in the new drawer stays there (the row the
      // first one was opened from took it back, and the drawer then gave it to its close button,
      // where the next Enter closed the drawer without saving). Closed over the dates typed, it asks first (one Esc lost
      // them); nothing typed, it closes at once.
      await page.locator('.ant-drawer-close').click();
      await dropTypedQuestion(page).waitFor();
      await page.getByTestId('drop-typed').click();
      await page.getByTestId('dossier-drawer').waitFor({ state: 'hidden' });
      await table.getByRole('row', { name: /01\.TH/ }).click();
      await page.getByRole('tab', { name: 'Kết thúc hồ sơ' }).click();
      await page.locator('#c-sheetCount').focus();
      await page.waitForTimeout(600);
      expect(await focusedId(page)).toBe('c-sheetCount');
      await page.locator('.ant-drawer-close').click();
      await page.getByTestId('dossier-drawer').waitFor({ state: 'hidden' });
      await closeDossier(page, '01.TH', '142');
      // Papers known only to the month or the year: a month that is not one is refused with how to write it.
      await table.getByRole('row', { name: /02\.TH/ }).click();
      await page.getByRole('tab', { name: 'Kết thúc hồ sơ' }).click();
      await page.locator('#c-startDate').fill('2026');
      await page.locator('#c-endDate').fill('13/2026');
      await page.locator('#c-sheetCount').fill('60');
      await page.getByTestId('confirm-close-dossier').click();
      await expect.poll(() => page.getByText('Không đọc được ngày này. Hãy nhập ngày (05/03/2025); khi chỉ biết tháng hoặc năm', { exact: false }).count()).toBe(1);
      await page.locator('.ant-drawer-close').click();
      await page.getByTestId('drop-typed').click();
      await page.getByTestId('dossier-drawer').waitFor({ state: 'hidden' });
      await closeDossier(page, '02.TH', '60', { from: '2026', to: '11/2026' });
      await expect.poll(() => table.getByRole('row', { name: /02\.TH/ }).textContent()).toContain('2026\u00a0– 11/2026');
      // Its correction form shows the period as written (it showed the days it covers, and refused "1/2026"); a month
      // typed is written out as leaving the field, and saved as a month (its first day, so the file keeps its place).
      const drawer = page.getByTestId('dossier-drawer');
      await table.getByRole('row', { name: /02\.TH/ }).click();
      await drawer.getByRole('tab', { name: 'Sửa', exact: true }).click();
      expect([await drawer.locator('#d-startDate').inputValue(), await drawer.locator('#d-endDate').inputValue()]).toEqual(['2026', '11/2026']);
      await drawer.locator('#d-startDate').fill('1/2026');
      await drawer.locator('#d-startDate').press('Tab');
      await expect.poll(() => drawer.locator('#d-startDate').inputValue()).toBe('01/2026');
      await drawer.locator('#d-endDate').press('Enter');
      await expect.poll(() => table.getByRole('row', { name: /02\.TH/ }).textContent()).toContain('01/2026\u00a0– 11/2026');
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
      // 03.TH's documents, listed before it is closed; the close form then starts from them.
      await table.getByRole('row', { name: /03\.TH/ }).click();
      await page.getByRole('tab', { name: 'Văn bản trong hồ sơ' }).click();
      for (const [number, date, from, to] of [['01/KH-UBND', '05/01/2026', '1', '20'], ['15/BC-UBND', '20/11/2026', '21', '35'], ['16/BC-UBND', '21/11/2026', '36', '40']]) {
        await page.locator('#doc-number').fill(number!);
        await page.locator('#doc-date').fill(date!);
        await page.locator('#doc-author').fill('UBND xã Thụy Hải');
        await page.locator('#doc-summary').fill(`Văn bản ${number}`);
        await page.locator('#doc-sheetFrom').fill(from!);
        await page.locator('#doc-sheetTo').fill(to!);
        await page.locator('#doc-sheetTo').press('Enter');
        await expect.poll(() => page.getByTestId('doc-totals').textContent()).toContain(`văn bản, ${to} tờ`);
      }
      // The summary is the widest column of the list (it had a word a line, under a heading on four).
      const heads = await page.getByTestId('documents-editor').locator('thead th').evaluateAll((ths) => ths.map((th) => ({ text: th.textContent ?? '', width: th.getBoundingClientRect().width })));
      expect(Math.max(...heads.map((h) => h.width))).toBe(heads.find((h) => h.text === 'Tên loại và trích yếu')!.width);
      // A document typed on sheets another holds is asked about before it is listed; "Sửa số tờ" lists nothing and
      // puts the cursor on the first sheet, to be typed over (it was listed, with a small red tag under the list).
      await page.locator('#doc-number').fill('17/TB-UBND');
      await page.locator('#doc-author').fill('UBND xã Thụy Hải');
      await page.locator('#doc-summary').fill('Thông báo kết luận');
      await page.locator('#doc-sheetFrom').fill('34');
      await page.locator('#doc-sheetTo').fill('37');
      await page.locator('#doc-sheetTo').press('Enter');
      const taken = page.locator('.ant-modal-confirm');
      await expect.poll(() => taken.textContent().catch(() => '')).toContain('Tờ 34–35 đã ghi cho văn bản thứ 2 (15/BC-UBND) của hồ sơ này.');
      await expect.poll(() => focusedText(page)).toBe('Sửa số tờ');
      await page.keyboard.press('Enter');
      await taken.waitFor({ state: 'detached' });
      await expect.poll(() => focusedId(page)).toBe('doc-sheetFrom');
      expect(await selectedText(page)).toBe('34');
      expect(await page.getByTestId('documents-editor').locator('tbody tr.ant-table-row').count()).toBe(3);
      // A listed document's sheets corrected in place: "Sửa" opens it in the form, the cursor on its first sheet
      // (a row could only be removed and typed again); the new one half typed is set aside, and back once it is saved.
      const docRows = page.getByTestId('documents-editor').locator('tbody tr.ant-table-row');
      await docRows.nth(2).getByTestId('doc-edit').click();
      await expect.poll(() => focusedId(page)).toBe('doc-sheetFrom');
      expect([await page.locator('#doc-number').inputValue(), await page.locator('#doc-date').inputValue(), await page.locator('#doc-sheetTo').inputValue()]).toEqual(['16/BC-UBND', '21/11/2026', '40']);
      await page.locator('#doc-sheetTo').fill('42');
      await page.locator('#doc-sheetTo').press('Enter');
      await expect.poll(() => docRows.nth(2).textContent()).toContain('36-42');
      expect(await docRows.count()).toBe(3);
      await expect.poll(() => page.locator('#doc-number').inputValue()).toBe('17/TB-UBND');
      expect(await page.locator('#doc-sheetFrom').inputValue()).toBe('34');
      await expect.poll(() => focusedId(page)).toBe('doc-link');
      // Esc on it asks before closing, naming its tab, as the slip's drawer does (it closed, the text with it; then a
      // notice said so the first time): "Quay lại" keeps the dossier open, the cursor back in the document.
      await escapeAskedAndBack(page, '“Văn bản trong hồ sơ”');
      expect(await page.getByTestId('dossier-drawer').isVisible()).toBe(true);
      await backOnTab(page.getByTestId('dossier-drawer'), 'Văn bản trong hồ sơ', 'doc-link');
      expect(await page.locator('#doc-summary').inputValue()).toBe('Thông báo kết luận');
      for (const id of ['#doc-number', '#doc-author', '#doc-summary', '#doc-sheetFrom', '#doc-sheetTo']) await page.locator(id).fill('');
      // Removing one asks first; kept, then removed.
      const lastDoc = page.getByTestId('documents-editor').locator('tbody tr.ant-table-row').nth(2);
      await lastDoc.getByRole('button', { name: 'Bỏ' }).click();
      await page.getByText('Bỏ văn bản số thứ tự 3 khỏi hồ sơ?').waitFor();
      await page.getByRole('button', { name: 'Giữ lại' }).click();
      expect(await page.getByTestId('documents-editor').locator('tbody tr.ant-table-row').count()).toBe(3);
      await lastDoc.getByRole('button', { name: 'Bỏ' }).click();
      // Tab goes round the question's two buttons, both ways (it went on to the page behind, where another "Bỏ" opened a second question).
      await expect.poll(() => focusedText(page)).toBe('Giữ lại');
      const inQuestion = () => page.evaluate(() => [document.activeElement?.closest('.ant-popconfirm') !== null, document.activeElement?.textContent]);
      await page.keyboard.press('Tab');
      expect(await inQuestion()).toEqual([true, 'Bỏ']);
      await page.keyboard.press('Tab');
      expect(await inQuestion()).toEqual([true, 'Giữ lại']);
      await page.keyboard.press('Shift+Tab');
      expect(await inQuestion()).toEqual([true, 'Bỏ']);
      await page.locator('.ant-popconfirm').getByRole('button', { name: 'Bỏ' }).click();
      await expect.poll(() => page.getByTestId('doc-totals').textContent()).toContain('2 văn bản, 35 tờ');
      // Before it is closed its details give the sheets and dates of the documents listed, said as such (they read empty).
      await page.getByRole('tab', { name: 'Thông tin' }).click();
      await expect.poll(() => page.getByTestId('sheets-listed').textContent()).toBe('35 (theo các văn bản đã ghi trong hồ sơ; ghi chính thức khi kết thúc hồ sơ)');
      expect(await page.getByTestId('period-listed').textContent()).toMatch(/^05\/01\/2026\s*–\s*20\/11\/2026 \(theo/);
      await page.getByRole('tab', { name: 'Kết thúc hồ sơ' }).click();
      await expect.poll(async () => [await page.locator('#c-startDate').inputValue(), await page.locator('#c-endDate').inputValue(), await page.locator('#c-sheetCount').inputValue()]).toEqual(['05/01/2026', '20/11/2026', '35']);
      // Fewer sheets than the documents run to is refused under the sheet count (it closed as 30 sheets of documents up to sheet 35).
      await page.locator('#c-sheetCount').fill('30');
      await page.locator('#c-sheetCount').press('Enter');
      await expect.poll(() => page.getByText('Số tờ ít hơn tờ cuối của các văn bản ghi trong hồ sơ (đến tờ số 35).', { exact: false }).count()).toBeGreaterThan(0);
      // Refused: the close form stays, the file not closed (the drawer stays open either way now).
      expect(await page.getByTestId('confirm-close-dossier').isVisible()).toBe(true);
      // So is a period that leaves out a document listed in it, under the date it misses (it was taken: the cover
      // then read "05/01/2026 – 20/09/2026" over a list ending 20/11/2026).
      await page.locator('#c-sheetCount').fill('35');
      await page.locator('#c-endDate').fill('20/09/2026');
      await page.locator('#c-sheetCount').press('Enter');
      await expect.poll(() => page.getByText('Văn bản 15/BC-UBND ngày 20/11/2026 ghi trong hồ sơ có ngày sau ngày kết thúc 20/09/2026. Hãy sửa ngày kết thúc thành 20/11/2026 hoặc muộn hơn', { exact: false }).count()).toBe(1);
      // Refused: the close form stays, the file not closed (the drawer stays open either way now).
      expect(await page.getByTestId('confirm-close-dossier').isVisible()).toBe(true);
      // A period wholly before the plan's year (2026) is said under the end as it is typed — a year mistyped, most often
      // (it was taken without a word); a warning, the close is not refused for it.
      await page.locator('#c-startDate').fill('05/01/2025');
      await page.locator('#c-endDate').fill('20/11/2025');
      await expect.poll(() => page.getByTestId('close-dossier-form').locator('.ant-form-item-has-warning').textContent().catch(() => '')).toContain('Thời gian tài liệu 05/01/2025 – 20/11/2025 kết thúc trước năm 2026 của hồ sơ. Hãy xem lại năm đã gõ; nếu đúng như vậy thì vẫn kết thúc được.');
      await page.locator('#c-endDate').fill('20/11/2026');
      await expect.poll(() => page.getByTestId('close-dossier-form').locator('.ant-form-item-has-warning').count()).toBe(0);
      await page.locator('.ant-drawer-close').click();
      await page.getByTestId('drop-typed').click();
      await page.getByTestId('dossier-drawer').waitFor({ state: 'hidden' });
      // The list gives them too, greyed, saying where they come from (its Thời gian and Số tờ stood empty until closing).
      const row03 = table.getByRole('row', { name: /03\.TH/ });
      await expect.poll(() => row03.getByTestId('dossier-listed').allTextContents()).toEqual(['05/01/2026\u00a0– 20/11/2026', '35']);
      expect(await row03.getByTestId('dossier-listed').first().getAttribute('title')).toBe('Theo các văn bản đã ghi trong hồ sơ; ghi chính thức khi kết thúc hồ sơ.');
      await closeDossier(page, '03.TH', '35', { pages: '70' });
      // Closed, its figures are the ones written: no longer greyed as taken from the documents.
      await expect.poll(() => row03.getByTestId('dossier-listed').count()).toBe(0);
      expect(await row03.textContent()).toContain('05/01/2026\u00a0– 20/11/2026');
      // The certificate's wording is the office's (NĐ 30 has no form): a blank the app cannot fill is refused, named; a
      // line with the pages is kept, and printed below.
      await page.goto(`${server.url}#/settings`);
      const wording = page.getByTestId('closing-lines');
      await expect.poll(() => wording.inputValue()).toContain('Hồ sơ này gồm có: {sheets} tờ');
      await wording.fill(`${await wording.inputValue()}\nSố trang: {trang} trang.`);
      await page.getByTestId('closing-save').click();
      await expect.poll(() => page.getByTestId('closing-settings').locator('.ant-form-item-explain').textContent().catch(() => '')).toContain('Lời văn có chỗ điền không dùng được: {trang}.');
      await wording.fill((await wording.inputValue()).replace('{trang}', '{pages}'));
      await page.getByTestId('closing-save').click();
      await page.getByText('Đã lưu lời văn chứng từ kết thúc.', { exact: false }).waitFor();
      await page.goto(`${server.url}#/dossiers`);
      // A file just closed gets its own papers from its drawer (the year's covers were the only way): its cover with
      // its list of documents, and its closing certificate (Art. 29.4, every closed file).
      await table.getByRole('row', { name: /03\.TH/ }).click();
      // Its pages, typed when it was closed, are in its details (they were kept, not shown).
      await expect.poll(() => page.getByTestId('dossier-drawer').locator('.ant-descriptions').textContent()).toContain('Số trang70');
      const cover = await savePdf(page, () => page.getByTestId('dossier-print-cover').click(), 'bia-03.pdf');
      for (const text of ['Mã hồ sơ: 03.TH', 'MỤC LỤC VĂN BẢN', 'Văn bản 15/BC-UBND']) expect(cover).toContain(text);
      expect(cover).not.toContain('01.TH');
      const closing = await savePdf(page, () => page.getByTestId('dossier-print-closing').click(), 'chung-tu-03.pdf');
      for (const text of ['CHỨNG TỪ KẾT THÚC', 'Hồ sơ: 03.TH', 'Hồ sơ này gồm có: 35 tờ (viết bằng chữ: Ba mươi lăm tờ),', 'Mục lục văn bản: 01 tờ.', 'Số trang: 70 trang.']) expect(closing).toContain(text);
      await page.keyboard.press('Escape');
      await page.getByTestId('dossier-drawer').waitFor({ state: 'hidden' });
      // A correction typed and left (closing the drawer keeps it) says so when it opens again, with the way back to the
      // dossier as stored: it came back silently, its values taken for the stored ones, and one Enter saved them.
      const editDrawer = page.getByTestId('dossier-drawer');
      await table.getByRole('row', { name: /03\.TH/ }).click();
      await editDrawer.getByRole('tab', { name: 'Sửa', exact: true }).click();
      const storedNote = await editDrawer.locator('#d-note').inputValue();
      expect(await editDrawer.getByTestId('unsaved-note').count()).toBe(0);
      await editDrawer.locator('#d-note').fill('Bản chụp, chờ bản chính');
      // Said at once, while typed.
      await expect.poll(() => editDrawer.getByTestId('unsaved-note').count()).toBe(1);
      await page.keyboard.press('Escape');
      await editDrawer.waitFor({ state: 'hidden' });
      await table.getByRole('row', { name: /03\.TH/ }).click();
      await editDrawer.getByRole('tab', { name: 'Sửa', exact: true }).click();
      await expect.poll(() => editDrawer.getByTestId('unsaved-note').textContent().catch(() => '')).toContain('Có thay đổi chưa lưu (giữ cả khi đóng lại).');
      expect(await editDrawer.locator('#d-note').inputValue()).toBe('Bản chụp, chờ bản chính');
      await editDrawer.getByTestId('revert-correction').click();
      await expect.poll(() => editDrawer.locator('#d-note').inputValue()).toBe(storedNote);
      expect(await editDrawer.getByTestId('unsaved-note').count()).toBe(0);
      await page.keyboard.press('Escape');
      await editDrawer.waitFor({ state: 'hidden' });

      await page.getByTestId('number-dossiers').click();
      await confirmDialog(page, 'confirm-numbering');
      const fileNumbers = () => table.getByTestId('dossier-row').evaluateAll((rows) => rows.slice(0, 3).map((r) => r.querySelector('[data-testid="file-number"]')?.textContent ?? ''));
      try {
        await expect.poll(fileNumbers).toEqual(['ML 1 · HS 1', 'ML 2 · HS 1', 'ML 2 · HS 2']);
      } catch (e) {
        throw new Error(`${(e as Error).message}\nStored: ${JSON.stringify(await storedDossiers(page))}`, { cause: e });
      }
      expect(await table.getByTestId('dossier-row').nth(3).getByTestId('file-number').count()).toBe(0);
      // Numbered: the cursor is on the next step, "Xếp hộp" (it fell to the page, and Enter did nothing).
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('box-dossiers');
      await page.getByTestId('box-dossiers').click();
      await confirmDialog(page, 'confirm-boxing');
      await expect.poll(() => table.getByTestId('dossier-row').getByTestId('box-label').allTextContents()).toEqual(['ML 1 · hộp 01', 'ML 2 · hộp 01', 'ML 2 · hộp 01', '']);
      // A numbered file's correction: a retention its inventory does not hold is pointed out under the field (ML 2 holds
      // fixed-term files only), and once saved the archivist is told which printed papers to print again (it said "saved").
      await table.getByTestId('dossier-row').nth(1).click();
      await editDrawer.getByRole('tab', { name: 'Sửa', exact: true }).click();
      const retentionWas = await editDrawer.locator('#d-retention').inputValue();
      const retentionHelp = () => editDrawer.getByTestId('retention-field').locator('.ant-form-item-explain').textContent().catch(() => '');
      await editDrawer.locator('#d-retention').fill('Vĩnh viễn');
      await expect.poll(retentionHelp).toBe('Nếu đổi thời hạn bảo quản thành «Vĩnh viễn», hồ sơ sẽ không còn cùng loại với các hồ sơ khác của Mục lục số 2 (chỉ gồm hồ sơ bảo quản có thời hạn). Hãy kiểm tra lại thời hạn.');
      await editDrawer.locator('#d-retention').fill(retentionWas);
      await expect.poll(retentionHelp).toBe('');
      await editDrawer.locator('#d-sheetCount').fill('61');
      await editDrawer.getByTestId('save-dossier-edit').click();
      // (Its sheets are on its closing certificate too.)
      await expect.poll(() => page.locator('.ant-message-notice-title').last().textContent()).toBe('Đã lưu sửa đổi hồ sơ ML 2 · HS 1. Nếu đã in các giấy tờ sau, hãy in lại: mục lục hồ sơ, bìa hồ sơ, chứng từ kết thúc.');
      await page.keyboard.press('Escape');
      await editDrawer.waitFor({ state: 'hidden' });

      await page.getByRole('tab', { name: 'Chỉnh lý tồn đọng' }).click();
      await page.getByLabel('Tên đợt chỉnh lý').fill('Chỉnh lý tài liệu tồn đọng giai đoạn 2010–2020');
      await page.getByLabel('Mét giá tiếp nhận').fill('12,5');
      await page.getByLabel('Đã chỉnh lý (mét)').fill('4');
      await page.getByTestId('save-job').click();
      await expect.poll(() => page.getByText('8,5 m').count()).toBe(1);

      await page.getByRole('tab', { name: /Danh mục hồ sơ/ }).click();
      await page.getByTestId('dossier-outputs').click();
      // The menu reads the fonds' inventories as it opens; its items are clicked once it has.
      await page.getByRole('menuitem', { name: 'In Mục lục hồ sơ số 2' }).waitFor();
      await settled(page);
      const inventory = await savePdf(page, () => page.getByRole('menuitem', { name: 'In Mục lục hồ sơ số 2' }).click(), 'muc-luc-2.pdf');
      expect(inventory).toContain('MỤC LỤC HỒ SƠ');
      expect(inventory).toContain('Hồ sơ hội nghị tổng kết công tác năm 2026');
      expect(inventory).toContain('Mục lục này gồm 2 hồ sơ');
      expect(inventory).not.toContain('Tập lưu quyết định');
      // The covers of the year's closed dossiers, each with the documents listed inside it.
      await page.getByTestId('dossier-outputs').click();
      await page.getByRole('menuitem', { name: /In bìa hồ sơ và mục lục văn bản/ }).waitFor();
      await settled(page);
      const covers = await savePdf(page, () => page.getByRole('menuitem', { name: /In bìa hồ sơ và mục lục văn bản/ }).click(), 'bia.pdf');
      for (const text of ['HỒ SƠ', 'Thời hạn bảo quản: Vĩnh viễn', 'MỤC LỤC VĂN BẢN', '01/KH-UBND', 'Văn bản 15/BC-UBND', 'Từ ngày: 05/01/2026']) expect(covers).toContain(text);
      // Numbered, a file keeps its số, ký hiệu of the plan on its cover and its Mục lục văn bản (it became "….2.1").
      for (const text of ['Mã hồ sơ: 01.TH', 'Số, ký hiệu hồ sơ: 01.TH']) expect(covers).toContain(text);
      expect(covers).not.toMatch(/Mã hồ sơ: …\.\d/);
      // Box labels again for one inventory: its box alone, its code naming it. Box numbers start again
      // in each inventory, so a number typed over both asks for one; a number its boxes lack is refused, naming the one there is.
      await page.getByTestId('dossier-outputs').click();
      await page.getByRole('menuitem', { name: 'In nhãn hộp' }).click();
      await page.getByTestId('labels-from').fill('2');
      const printLabels = () => page.getByRole('dialog').getByRole('button', { name: 'In nhãn hộp' }).click();
      await printLabels();
      await page.getByText('Số hộp được đánh lại từ 1 trong mỗi mục lục, nên số hộp đã ghi có ở nhiều mục lục. Hãy chọn mục lục của các hộp cần in nhãn.').waitFor();
      await page.getByTestId('labels-inventory').click();
      await clickOption(page, page.locator('.ant-select-item-option').filter({ hasText: 'Mục lục số 2' }));
      await printLabels();
      await page.getByText('Không có hộp nào trong khoảng đã ghi: ở đây chỉ có hộp số 1. Hãy sửa lại khoảng số.').waitFor();
      await page.getByTestId('labels-from').fill('');
      const labelsPath = join(usb, 'nhan-hop-ml2.pdf');
      const labels = await printedText(page, printLabels, labelsPath);
      expect(labels.match(/HỘP SỐ/g)).toHaveLength(1);
      expect(readQrCodes(labelsPath, 1).map(parseBoxCode)).toEqual([expect.objectContaining({ inventoryNumber: '2', boxNumber: 1 })]);
      paths = (await exportFullBundleThroughUi(page, server.url, mkdtempSync(join(usb, 'a-')))).paths;
      // "văn phòng" typed for the heading and saved: Enter on the question's focused answer files it under the plan's
      // "II. VĂN PHÒNG - THỐNG KÊ", its code and number following (one ↓ on the field only opened the list, and the
      // next Enter asked again).
      await page.goto(`${server.url}#/dossiers`);
      await page.getByTestId('dossier-form').waitFor();
      await page.locator('#d-heading').fill('văn phòng');
      await page.keyboard.press('Tab');
      await page.locator('#d-title').fill('Tập công văn trao đổi về tiếp công dân năm 2026');
      await page.locator('#d-retention').fill('10 năm');
      await page.locator('#d-title').press('Enter');
      await expect.poll(() => focusedText(page)).toBe('Dùng đề mục đã có');
      await page.keyboard.press('Enter');
      await page.locator('.ant-message-notice').filter({ hasText: /^Đã lập hồ sơ \d+\.VPTK\.$/ }).waitFor();
      // Filed under the plan's heading, its code (VPTK, not a new heading's VP) and number following; the next one starts there.
      await expect.poll(() => page.locator('#d-heading').inputValue()).toBe('II. VĂN PHÒNG - THỐNG KÊ');
    } finally {
      await commune.close();
    }

    const upper = await openApp(server);
    try {
      const { page } = upper;
      await setupUnitThroughUi(page, 'Lưu trữ lịch sử tỉnh Hưng Yên', '33', 'Lưu trữ lịch sử cấp tỉnh');
      await importFromNewUnitThroughUi(page, server.url, paths);
      await page.goto(`${server.url}#/upper`);
      const bar = (id: string) => page.getByTestId(id).getByRole('listitem').first().textContent();
      await expect.poll(() => bar('stat-dossiers')).toBe('UBND xã Thụy Hải4');
      // Permanent and fixed-term files are in separate inventories, so in separate boxes.
      expect(await bar('stat-boxes')).toBe('UBND xã Thụy Hải2');
      expect(await bar('stat-metres')).toBe('UBND xã Thụy Hải0,25');
      expect(await bar('stat-backlog')).toBe('UBND xã Thụy Hải4 đã xong · 8,5 còn lại');
      // The same figures as an Excel sheet, a row per unit and the totals, to sort, report and print.
      const sheet = join(usb, 'thong-ke.xlsx');
      const download = page.waitForEvent('download');
      await page.getByTestId('upper-stats-xlsx').click();
      await (await download).saveAs(sheet);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(sheet);
      const cells = wb.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
      expect(cells[0]![0]).toMatch(/^Thống kê theo đơn vị \(tính đến ngày \d\d\/\d\d\/\d{4}\)$/);
      expect(cells[2]!.slice(0, 1).concat(cells[2]!.slice(4))).toEqual(['Ủy ban nhân dân xã Thụy Hải', 4, 2, 0.25, 12.5, 4, 8.5]);
      // One unit: the totals are its own figures, documents and registers included — sums of its row, in the sheet.
      // (ExcelJS reads a sum whose value is 0 back without it; the file holds <v>0</v>.)
      expect(cells.at(-1)).toEqual(['Tổng cộng', ...cells[2]!.slice(1).map((n, i) => ({ formula: `SUM(${'BCDEFGHIJ'[i]}4:${'BCDEFGHIJ'[i]}4)`, ...(n !== 0 ? { result: n } : {}) }))]);
      expect(cells[2]!.slice(1, 4).every((n) => typeof n === 'number')).toBe(true);
      const text = await savePdf(page, () => page.getByTestId('print-consolidated-inventory').click(), 'tong-hop.pdf');
      expect(text).toContain('MỤC LỤC HỒ SƠ TỔNG HỢP');
      expect(text).toContain('Ủy ban nhân dân xã Thụy Hải — Phông lưu trữ UBND xã Thụy Hải');
      expect(text).toContain('Mục lục số 1');
      expect(text).toContain('Mục lục số 2');
      expect(text).toContain('Tập lưu quyết định của Ủy ban nhân dân xã năm 2026');
      expect(text).toContain('Các mục lục trên (2 mục lục) gồm 3 hồ sơ');
      // One unit's alone is not titled as a consolidated one.
      await page.getByRole('combobox', { name: 'Đơn vị', exact: true }).click();
      await clickOption(page, page.locator('.ant-select-item-option', { hasText: 'Ủy ban nhân dân xã Thụy Hải' }));
      const one = await savePdf(page, () => page.getByTestId('print-consolidated-inventory').click(), 'mot-xa.pdf');
      expect(one).toContain('LƯU TRỮ LỊCH SỬ TỈNH HƯNG YÊN MỤC LỤC HỒ SƠ Năm 2026');
      expect(one).toContain('Ủy ban nhân dân xã Thụy Hải — Phông lưu trữ UBND xã Thụy Hải — Mục lục số 1');
      expect(one).not.toContain('TỔNG HỢP');

      // The commune's fonds can be browsed at the archive, read-only.
      await page.goto(`${server.url}#/dossiers`);
      await page.getByRole('combobox', { name: 'Phông' }).click();
      await clickOption(page, page.locator('.ant-select-item-option', { hasText: 'nhận từ Ủy ban nhân dân xã Thụy Hải, chỉ xem' }));
      await expect.poll(() => page.getByTestId('dossier-row').count()).toBe(4);
      // Its year's count and its boxes, from the one read of the fonds the page makes.
      await expect.poll(() => page.getByText(/^4 hồ sơ năm \d{4}$/).count()).toBe(1);
      await expect.poll(() => page.getByRole('tab', { name: 'Hộp (2)' }).count()).toBe(1);
      // A box is numbered there as its label prints it ("01"; the tab said "1").
      await page.getByRole('tab', { name: 'Hộp (2)' }).click();
      await expect.poll(() => page.getByTestId('box-table').locator('tbody tr.ant-table-row').first().locator('td').nth(1).textContent()).toBe('01');
      await page.getByRole('tab', { name: /Danh mục hồ sơ/ }).click();
      expect(await page.getByText('Phông này của đơn vị khác (nhận qua gói dữ liệu)', { exact: false }).count()).toBe(1);
      expect(await page.getByTestId('dossier-form').count()).toBe(0);
      expect(await page.getByTestId('number-dossiers').count()).toBe(0);
      // A received dossier opens read-only, with its box and its documents tab.
      await page.getByRole('row', { name: /01\.TH/ }).click();
      const drawer = page.getByTestId('dossier-drawer');
      await drawer.waitFor();
      expect(await drawer.locator('.ant-drawer-title').textContent()).toMatch(/^01\.TH · /);
      expect(await drawer.getByText('Hồ sơ này của đơn vị khác (nhận qua gói dữ liệu) nên chỉ được xem.').count()).toBe(1);
      await expect.poll(() => drawer.locator('.ant-descriptions').textContent()).toContain('ML 1 · hộp 01');
      expect(await drawer.getByRole('tab').allTextContents()).toEqual(['Thông tin', 'Văn bản trong hồ sơ', 'Lịch sử thay đổi']);
      // Its inventory printed here is the commune's, under its header: the date and the preparer are left to fill by
      // hand (the archive's user and today were printed as if the commune had made it).
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
      await page.getByTestId('dossier-outputs').click();
      await page.getByRole('menuitem', { name: 'In Mục lục hồ sơ số 2' }).waitFor();
      await settled(page);
      const theirs = await savePdf(page, () => page.getByRole('menuitem', { name: 'In Mục lục hồ sơ số 2' }).click(), 'muc-luc-2-tai-luu-tru.pdf');
      expect(theirs).toContain('Hồ sơ hội nghị tổng kết công tác năm 2026');
      expect(theirs).toMatch(/ngày …+ tháng …+ năm …+/);
      expect(theirs).toContain('NGƯỜI LẬP');
      expect(theirs).not.toContain('Nguyễn Thị Lan');

      // At the archive the commune's fonds is data only until its files are deposited there: the loan picker lists
      // them greyed, saying why (a file the commune has not closed is still at work there). Lending what was deposited
      // and received, and its slip, are in archive-duties.test.ts.
      await page.goto(`${server.url}#/archive/loans`);
      const loan = page.getByTestId('loan-form');
      // The form starts on a fonds that holds dossiers, the commune's (the archive's own holds none: its picker was empty);
      // its name says the place, so the unit is not repeated after it.
      await expect.poll(() => loan.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: 'Phông', exact: true }) }).textContent()).toMatch(/xã Thụy Hải$/);
      await page.getByTestId('loan-dossiers').click();
      const closed = page.locator('.ant-select-item-option', { hasText: '01.TH' });
      await expect.poll(() => closed.textContent()).toMatch(/^Chưa nộp lưu vào cơ quan này — ML 1 · HS 1 · 01\.TH/);
      expect(await closed.getAttribute('class')).toContain('ant-select-item-option-disabled');
      const open = page.locator('.ant-select-item-option', { hasText: '04.VPTK' });
      await expect.poll(() => open.textContent()).toMatch(/^Chưa kết thúc — 04\.VPTK/);
      expect(await open.getAttribute('class')).toContain('ant-select-item-option-disabled');
      await page.keyboard.press('Escape');
      // Nothing it may lend chosen: the request is refused at its field, nothing lent.
      await page.getByTestId('save-loan').click();
      await expect.poll(() => loan.locator('.ant-form-item-explain-error').allTextContents()).toContain('Hãy chọn ít nhất một hồ sơ.');
      expect(await page.getByTestId('open-loans').locator('tbody tr.ant-table-row').count()).toBe(0);
    } finally {
      await upper.close();
    }
  });
});
