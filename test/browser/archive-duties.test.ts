// The archive's duties over time, in Chromium through the UI, with the browser's clock set to the days a
// clerk would work on (so the dates are the same whatever day the suite runs):
// - 10/03/2026: a year's dossiers (2025) are closed, numbered and boxed; the home screen lists the two due for
//   deposit; a deposit batch prints PL V.III and PL V.V in two copies; a loan made overdue shows on the home
//   screen until it is returned; the request slip prints;
// - 12/01/2027: the 2026 statistics report shows the figures this commune is known to have, typed figures are
//   added, it is finalised and printed; the bundle reaches the provincial archive, which records the receipt of
//   the batch and sees the report side by side with its total;
// - 15/01/2028: the 2-year dossier has expired; it goes through the appraisal council (list, explanation and
//   minutes printed) to the destruction decision and the destruction minutes, and stays listed as destroyed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startServer, type Browser, type Server } from './harness';
import { clickOption, confirmDialog, escapeAskedAndBack, exportFullBundleThroughUi, focusedLabel, importFromNewUnitThroughUi, leaveClosedDossier, printedText, settled, setupUnitThroughUi } from './flows';
import { dumpIdb, putRows } from './idb-tools';

let server: Server;
let usb: string;
let commune: Browser;
let bundle: string[];

beforeAll(async () => {
  server = await startServer();
  usb = mkdtempSync(join(tmpdir(), 'luutru-duties-'));
  commune = await openApp(server);
  await commune.context.clock.install({ time: new Date('2026-03-10T09:00:00') });
  await commune.page.reload();
  await setupUnitThroughUi(commune.page, 'Ủy ban nhân dân xã Thụy Hải', '12345');
}, 180_000);
afterAll(async () => {
  await commune?.close();
  await server?.close();
  if (usb) rmSync(usb, { recursive: true, force: true });
});

/** The browser's clock jumps to `iso` (local time) and runs on from there; the page is reloaded to see it. */
async function atTime(b: Browser, iso: string) {
  await b.context.clock.setSystemTime(new Date(iso));
  await b.page.reload();
}

/** Prints through the print preview (never a download) and returns the PDF's text. */
async function pdfText(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  return printedText(page, click, join(usb, name));
}

async function go(page: Page, route: string) {
  await page.goto(`${server.url}#/${route}`);
}

/**
 * Enters a dossier of the file plan from the keyboard. A typed number highlights its period in the
 * list ("2" → "2 năm"): the first Enter takes it (`shown`), the next one saves. The title arrives as
 * one input event (as from an input method; dossiers.test.ts types titles key by key).
 */
async function typeDossier(page: Page, title: string, retention: string, shown?: string) {
  await page.locator('#d-title').focus();
  await page.keyboard.insertText(title);
  await page.locator('#d-retention').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(retention);
  await page.keyboard.press('Enter');
  if (shown) {
    await expect.poll(() => page.locator('#d-retention').inputValue()).toBe(shown);
    await page.keyboard.press('Enter');
  }
}

async function closeDossier(page: Page, notation: string, sheets: string, mistypedEnd?: string, year = 2025) {
  await page.getByTestId('dossier-table').getByRole('row', { name: new RegExp(notation.replace('.', '\\.')) }).click();
  await page.getByRole('tab', { name: 'Kết thúc hồ sơ' }).click();
  await page.locator('#c-startDate').fill(`05/01/${year}`);
  if (mistypedEnd) {
    // A year mistyped into the future: refused at the field, the dossier stays open.
    await page.locator('#c-endDate').fill(mistypedEnd);
    await page.locator('#c-sheetCount').fill(sheets);
    await page.locator('#c-sheetCount').press('Enter');
    await expect.poll(() => page.getByTestId('dossier-drawer').locator('.ant-form-item-explain-error').allTextContents()).toEqual([
      `Ngày ${mistypedEnd} ở sau hôm nay (10/03/2026). Hồ sơ chỉ kết thúc khi công việc đã xong, nên văn bản của nó không thể mang ngày tương lai. Hãy kiểm tra lại ngày (gõ nhầm năm?).`,
    ]);
    // The cursor is taken to the wrong date (it stayed in "Số tờ", where Enter was pressed).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('c-endDate');
  }
  await page.locator('#c-endDate').fill(`20/02/${year}`);
  await page.locator('#c-sheetCount').fill(sheets);
  await page.locator('#c-sheetCount').press('Enter');
  await leaveClosedDossier(page);
}

/** Confirms the open Popconfirm. */
async function confirmPop(page: Page) {
  await page.locator('.ant-popconfirm .ant-btn-primary').waitFor();
  await settled(page);
  await page.locator('.ant-popconfirm .ant-btn-primary').click();
}

const stat = (page: Page, key: string) => page.getByTestId(`stat-${key}`).textContent();

describe('the archive’s duties over three years', () => {
  it('2026: a year’s dossiers are due, deposited with PL V.III and PL V.V in two copies; a loan goes overdue and comes back', { timeout: 300_000 }, async () => {
    const { page } = commune;
    await go(page, 'dossiers');
    await page.getByTestId('dossier-form').waitFor();
    // Last year's file plan: a permanent, a 10-year and a 2-year dossier.
    await page.getByTestId('dossier-year').click();
    await clickOption(page, page.getByTitle('2025', { exact: true }));
    await page.locator('#d-heading').focus();
    await page.keyboard.type('I. TỔNG HỢP');
    await page.keyboard.press('Tab');
    const plan: [string, string, string?][] = [
      ['Tập lưu quyết định của Ủy ban nhân dân xã năm 2025', 'vĩnh viễn'],
      ['Hồ sơ hội nghị tổng kết công tác năm 2025', '10', '10 năm'],
      ['Tập báo cáo tháng năm 2025', '2', '2 năm'],
    ];
    for (const [i, [title, retention, shown]] of plan.entries()) {
      await typeDossier(page, title, retention, shown);
      await expect.poll(() => page.getByTestId('dossier-row').count()).toBe(i + 1);
    }
    await closeDossier(page, '01.TH', '120', '20/02/2027');
    await closeDossier(page, '02.TH', '60');
    await closeDossier(page, '03.TH', '30');
    await page.getByTestId('number-dossiers').click();
    await confirmDialog(page, 'confirm-numbering');
    await expect.poll(() => page.getByTestId('dossier-table').getByTestId('file-number').allTextContents()).toEqual(['ML 1 · HS 1', 'ML 2 · HS 1', 'ML 2 · HS 2']);
    await page.getByTestId('box-dossiers').click();
    await confirmDialog(page, 'confirm-boxing');
    await expect.poll(() => page.getByTestId('dossier-row').getByTestId('box-label').allTextContents()).toEqual(['ML 1 · hộp 01', 'ML 2 · hộp 01', 'ML 2 · hộp 01']);
    // One dossier of this year's plan, still open.
    await page.getByTestId('dossier-year').click();
    await clickOption(page, page.getByTitle('2026', { exact: true }));
    await page.locator('#d-heading').focus();
    await page.keyboard.type('I. TỔNG HỢP');
    await page.keyboard.press('Tab');
    await typeDossier(page, 'Hồ sơ hội nghị tổng kết công tác năm 2026', '10', '10 năm');
    await expect.poll(() => page.getByTestId('dossier-row').count()).toBe(1);

    // At the start: the home screen lists the two files kept ≥ 5 years, overdue since 20/02/2026.
    await go(page, 'home');
    const due = page.getByTestId('home-deposit-due');
    await expect.poll(() => due.locator('.ant-list-item').allTextContents()).toEqual([
      '01.TH (2025) Tập lưu quyết định của Ủy ban nhân dân xã năm 2025 — quá hạn từ 20/02/2026',
      '02.TH (2025) Hồ sơ hội nghị tổng kết công tác năm 2025 — quá hạn từ 20/02/2026',
    ]);
    await due.getByRole('button', { name: 'Xem và xử lý' }).click();
    const dueTable = page.getByTestId('deposit-due');
    // From 1024 px the due list is whole: no column under the buttons' column (status and rule were
    // there), nothing to scroll sideways to.
    await dueTable.locator('tbody tr.ant-table-row').first().waitFor();
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => dueTable.locator('.ant-table-content').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    expect(await dueTable.getByTestId('due-rule').first().textContent()).toBeTruthy();
    await page.setViewportSize({ width: 1366, height: 800 });
    await dueTable.getByRole('checkbox', { name: '01.TH' }).check();
    await dueTable.getByRole('checkbox', { name: '02.TH' }).check();
    await page.getByTestId('make-batch').click();
    const form = page.getByTestId('batch-form');
    // Each dialog where something is typed opens with the cursor in its first field.
    await expect.poll(() => focusedLabel(page)).toBe('Tên khối tài liệu giao nộp');
    // The record names both sides' representatives: left empty, the batch is refused at those fields.
    await page.getByTestId('confirm-batch').click();
    await expect.poll(async () => (await form.locator('.ant-form-item-explain-error').allTextContents()).join(' | ')).toContain('Chưa nhập người đại diện bên nhận; biên bản phải ghi rõ họ tên người nhận. | Chưa nhập chức vụ của người đại diện bên nhận.');
    expect(await page.getByTestId('deposit-batches').locator('tbody tr.ant-table-row').count()).toBe(0);
    await expect.poll(() => focusedLabel(page)).toBe('Người đại diện bên nhận');
    // By default into the commune's own lưu trữ hiện hành; these go to the province's historical archive (the receiver written by default goes with it).
    expect(await form.getByLabel('Lưu trữ hiện hành của đơn vị (tài liệu vẫn ở cơ quan)').isChecked()).toBe(true);
    expect(await form.getByLabel('Bên nhận (lưu trữ)').inputValue()).toMatch(/^Lưu trữ hiện hành /);
    await form.getByLabel('Lưu trữ lịch sử hoặc cơ quan khác (tài liệu chuyển đi)').check();
    expect(await form.getByLabel('Bên nhận (lưu trữ)').inputValue()).toBe('');
    // Back and forth, the receiver the app wrote follows; one typed stays.
    await form.getByLabel('Lưu trữ hiện hành của đơn vị (tài liệu vẫn ở cơ quan)').check();
    expect(await form.getByLabel('Bên nhận (lưu trữ)').inputValue()).toMatch(/^Lưu trữ hiện hành /);
    await form.getByLabel('Lưu trữ lịch sử hoặc cơ quan khác (tài liệu chuyển đi)').check();
    await form.getByLabel('Bên nhận (lưu trữ)').fill('Lưu trữ lịch sử tỉnh Hưng Yên');
    await form.getByLabel('Lưu trữ hiện hành của đơn vị (tài liệu vẫn ở cơ quan)').check();
    expect(await form.getByLabel('Bên nhận (lưu trữ)').inputValue()).toBe('Lưu trữ lịch sử tỉnh Hưng Yên');
    await form.getByLabel('Lưu trữ lịch sử hoặc cơ quan khác (tài liệu chuyển đi)').check();
    // The basis the app writes cites the Law on Archives first, then NĐ 30 and the file plan (it cited NĐ 30 alone); the
    // unit hands over (no batch went there before).
    expect((await form.getByLabel('Căn cứ', { exact: true }).inputValue()).split('\n')).toEqual(['Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;', 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;', 'Căn cứ Danh mục hồ sơ năm 2025;']);
    expect(await form.getByLabel('Bên giao (đơn vị)').inputValue()).toBe('Ủy ban nhân dân xã Thụy Hải');
    // "Căn cứ" holds a basis a line: Enter there adds a line, it does not make the batch.
    await form.getByLabel('Căn cứ', { exact: true }).press('ControlOrMeta+End');
    await form.getByLabel('Căn cứ', { exact: true }).press('Enter');
    await page.keyboard.type('Căn cứ Kế hoạch thu nộp hồ sơ năm 2026');
    expect((await form.getByLabel('Căn cứ', { exact: true }).inputValue()).split('\n')).toHaveLength(4);
    expect(await page.getByTestId('deposit-batches').locator('tbody tr.ant-table-row').count()).toBe(0);
    await form.getByLabel('Người đại diện bên nhận').fill('Trần Văn Bình');
    await form.getByLabel('Chức vụ bên nhận').fill('Lưu trữ viên');
    await form.getByLabel('Bên giao (đơn vị)').fill('Văn phòng - Thống kê');
    // Esc over what was typed asks first, on "Quay lại" (one Esc lost the whole record's typing); Enter there goes back
    // to the form with all of it.
    await escapeAskedAndBack(page);
    expect(await form.getByLabel('Người đại diện bên nhận').inputValue()).toBe('Trần Văn Bình');
    expect((await form.getByLabel('Căn cứ', { exact: true }).inputValue()).split('\n')).toHaveLength(4);
    // Enter in a field makes the batch, as in the other dialogs.
    await form.getByLabel('Bên giao (đơn vị)').press('Enter');
    await expect.poll(() => page.getByTestId('deposit-batches').locator('tbody tr.ant-table-row').count()).toBe(1);
    // The files due leave their list once the batch holds them (that list reads again after the batches).
    await expect.poll(() => dueTable.locator('tbody tr.ant-table-row').count()).toBe(0);
    expect(await page.getByTestId('deposit-batches').locator('tbody tr.ant-table-row').textContent()).toContain('2 hồ sơ · 2 hộp · 0,25 m');
    // The batches too, at 1024 px (the receiver and the figures were under the buttons).
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => page.getByTestId('deposit-batches').locator('.ant-table-content').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await page.setViewportSize({ width: 1366, height: 800 });

    const inventory = await pdfText(page, () => page.getByTestId('print-deposit-inventory').click(), 'muc-luc-nop-luu.pdf');
    expect(inventory.split('MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU').length - 1).toBe(2);
    expect(inventory).toContain('Tập lưu quyết định của Ủy ban nhân dân xã năm 2025');
    expect(inventory).toContain('Mục lục này gồm 2 hồ sơ (đơn vị bảo quản). Viết bằng chữ: Hai hồ sơ.');
    expect(inventory).toContain('Bản số 2/2 (bên nhận giữ) · Trang 1/1');
    const handover = await pdfText(page, () => page.getByTestId('print-deposit-handover').click(), 'bien-ban.pdf');
    for (const s of ['Về việc giao nhận hồ sơ, tài liệu', 'Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;', 'Căn cứ Kế hoạch thu nộp hồ sơ năm 2026', 'BÊN GIAO: Văn phòng - Thống kê', 'BÊN NHẬN: Lưu trữ lịch sử tỉnh Hưng Yên', 'Tổng số hộp (cặp): 2; Tổng số hồ sơ (đơn vị bảo quản): 2; Quy ra mét giá: 0,25 mét', 'Thời gian của tài liệu: Năm 2025', 'Thụy Hải, ngày 10 tháng 3 năm 2026', 'Bản số 1/2 (bên giao giữ)', 'Bản số 2/2 (bên nhận giữ)'])
      expect(handover).toContain(s);

    // On a 1024 px screen every tab of the page shows (none folded into "…") and the due list's title is whole.
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => page.locator('.ant-tabs-nav-operations').first().getAttribute('class')).toContain('ant-tabs-nav-operations-hidden');
    expect(await page.locator('.ant-tabs-tab').allTextContents()).toEqual(['Nộp lưu', 'Xác định giá trị', 'Khai thác', 'Thống kê', 'Thời hạn bảo quản', 'Phông lưu trữ']);
    const dueTitle = page.locator('.ant-card-head-title', { hasText: 'Hồ sơ đến hạn nộp lưu' });
    expect(await dueTitle.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    // The batch's print buttons stay in view at the table's right edge, without scrolling it sideways.
    const printButton = (await page.getByTestId('print-deposit-inventory').boundingBox())!;
    const batchTable = (await page.getByTestId('deposit-batches').boundingBox())!;
    expect(printButton.x + printButton.width).toBeLessThanOrEqual(batchTable.x + batchTable.width);
    await page.setViewportSize({ width: 1366, height: 800 });

    // Handed over: the two files say so in the plan, and are neither renumbered nor reopened.
    await go(page, 'dossiers');
    await page.getByTestId('dossier-year').click();
    await clickOption(page, page.getByTitle('2025', { exact: true }));
    await expect.poll(() => page.getByTestId('dossier-status').allTextContents()).toEqual(['Đã nộp lưu', 'Đã nộp lưu', 'Đã kết thúc']);
    expect(await page.getByTestId('number-dossiers').textContent()).toBe('Đánh số chính thức (0)');
    await page.getByTestId('dossier-table').getByRole('row', { name: /01\.TH/ }).click();
    await expect.poll(() => page.getByTestId('deposited-info').textContent()).toContain('Hồ sơ đã nộp lưu ngày 10/03/2026');
    expect(await page.getByRole('tab', { name: 'Mở lại hồ sơ' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Sửa', exact: true }).count()).toBe(0);
    await page.keyboard.press('Escape');

    // A reader took the 2-year file on 01/03 for four days: overdue on the home screen until returned.
    await go(page, 'archive/loans');
    const loan = page.getByTestId('loan-form');
    // What a request must have is marked * (nothing was: the clerk learnt it from refusals, one save at a time).
    await expect.poll(() => loan.locator('.ant-form-item-required').allTextContents()).toEqual(['Người khai thác', 'Giấy tờ tùy thân', 'Mục đích khai thác', 'Hồ sơ khai thác', 'Người duyệt', 'Ngày yêu cầu', 'Ngày giao tài liệu', 'Hạn trả']);
    await loan.getByLabel('Người khai thác').fill('Trần Văn Nam');
    await loan.getByLabel('Mục đích khai thác').fill('Tra cứu số liệu báo cáo');
    // Saved without the reader's identity paper: refused, the cursor taken to that field.
    await page.getByTestId('save-loan').click();
    await expect.poll(() => focusedLabel(page)).toBe('Giấy tờ tùy thân');
    const said = () => loan.locator('.ant-form-item-explain-error').allTextContents();
    expect(await said()).toContain('Hãy ghi giấy tờ tùy thân của người khai thác (ví dụ số căn cước).');
    await loan.getByLabel('Giấy tờ tùy thân').fill('CCCD 034090001111');
    // Typed in, its refusal goes at once (it stood until the next save); the others stay.
    await expect.poll(said).not.toContain('Hãy ghi giấy tờ tùy thân của người khai thác (ví dụ số căn cước).');
    expect((await said()).length).toBeGreaterThan(0);
    await page.getByTestId('loan-dossiers').click();
    // Deposited today, 01.TH is at the archive now: greyed, saying where it is lent.
    const deposited = page.locator('.ant-select-item-option', { hasText: 'Tập lưu quyết định của Ủy ban nhân dân xã năm 2025' });
    await expect.poll(() => deposited.textContent()).toMatch(/^Đã nộp lưu, khai thác tại cơ quan lưu trữ — ML 1 · HS 1 · 01\.TH/);
    expect(await deposited.getAttribute('class')).toContain('ant-select-item-option-disabled');
    // Typed without its marks, as in every other search (it found nothing: "Trống").
    await page.keyboard.type('bao cao thang');
    await clickOption(page, page.locator('.ant-select-item-option', { hasText: '03.TH' }));
    await page.keyboard.press('Escape');
    await loan.getByLabel('Người duyệt').fill('Vũ Văn Hùng, Chủ tịch UBND xã');
    // A year mistyped into the future is refused at its field (it was saved and showed the file as out).
    const ahead = `01/03/${new Date().getFullYear() + 1}`;
    await loan.getByLabel('Ngày yêu cầu').fill(ahead);
    await loan.getByLabel('Ngày giao tài liệu').fill(ahead);
    await loan.getByLabel('Hạn trả').fill(ahead);
    await page.getByTestId('save-loan').click();
    // Said in full-width lines under the three dates, each named (in their narrow columns each wrapped to four lines).
    await expect.poll(() => loan.getByTestId('loan-date-errors').locator('span').first().textContent()).toMatch(new RegExp(`^Ngày yêu cầu: Ngày ${ahead} ở sau hôm nay \\(\\d{2}/\\d{2}/\\d{4}\\)\\. Sổ ghi ngày việc đã xảy ra; hãy kiểm tra lại ngày \\(gõ nhầm năm\\?\\)\\.$`));
    // The request and the handing over (a due date ahead is what it is), each on one line.
    expect(await loan.getByTestId('loan-date-errors').evaluate((e) => [...e.children].map((c) => [c.textContent!.split(':')[0], c.getBoundingClientRect().height < 30]))).toEqual([['Ngày yêu cầu', true], ['Ngày giao tài liệu', true]]);
    expect(await page.getByTestId('open-loans').locator('tbody tr.ant-table-row').count()).toBe(0);
    // Enter pressed again and again: the refusal is said once, not stacked over the form (messages last 3 s).
    await loan.getByLabel('Hạn trả').press('Enter');
    await loan.getByLabel('Hạn trả').press('Enter');
    // Both answered (the refusal said again), then counted once: stacked, there were 3 for 3 s.
    await page.waitForTimeout(700);
    expect(await page.locator('.ant-message-notice').count()).toBe(1);
    await loan.getByLabel('Ngày yêu cầu').fill('01/03/2026');
    await loan.getByLabel('Ngày giao tài liệu').fill('01/03/2026');
    // A refusal that names its field is not prefixed with it again ("Hạn trả: Hạn trả không thể…").
    await loan.getByLabel('Hạn trả').fill('28/02/2026');
    await page.getByTestId('save-loan').click();
    await expect.poll(() => loan.getByTestId('loan-date-errors').locator('span').allTextContents()).toEqual(['Hạn trả không thể sớm hơn ngày giao tài liệu.']);
    await loan.getByLabel('Hạn trả').fill('05/03/2026');
    // Enter in the last field saves the request, as in the other forms (it did nothing).
    await loan.getByLabel('Hạn trả').press('Enter');
    await expect.poll(() => page.getByTestId('open-loans').locator('tbody tr.ant-table-row').count()).toBe(1);
    // Saved: the form is ready for the next reader, the cursor in its first field.
    await expect.poll(() => focusedLabel(page)).toBe('Người khai thác');
    expect(await loan.getByLabel('Người khai thác').inputValue()).toBe('');
    // At 1024 px the loan's buttons stay in view at the table's right edge (they were scrolled off it).
    await page.setViewportSize({ width: 1024, height: 768 });
    const cancelLoan = page.getByTestId('open-loans').getByRole('button', { name: 'Hủy phiếu' });
    await expect.poll(async () => {
      const [button, table] = [await cancelLoan.boundingBox(), await page.getByTestId('open-loans').boundingBox()];
      return button && table ? button.x + button.width <= table.x + table.width : false;
    }).toBe(true);
    // …and nothing is under them: "Hạn trả" was covered by the three buttons abreast.
    expect(await page.getByTestId('open-loans').locator('.ant-table-content').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await page.setViewportSize({ width: 1366, height: 800 });
    const slip = await pdfText(page, () => page.getByTestId('print-loan-slip').click(), 'phieu.pdf');
    expect(slip).toContain('PHIẾU YÊU CẦU ĐỌC TÀI LIỆU LƯU TRỮ');
    expect(slip).toContain('Họ và tên người yêu cầu: Trần Văn Nam');
    expect(slip).toContain('Tập báo cáo tháng năm 2025');
    await go(page, 'home');
    await expect.poll(() => page.getByTestId('home-overdue-loans').locator('.ant-list-item').allTextContents()).toEqual(['Trần Văn Nam mượn 03.TH — hạn trả 05/03/2026']);
    await go(page, 'archive/loans');
    await page.getByTestId('return-loan').click();
    await expect.poll(() => focusedLabel(page)).toBe('Ngày trả');
    // A date that does not exist is said under the field (it was only a passing toast), and Enter confirms.
    const returned = page.getByLabel('Ngày trả');
    const today = await returned.inputValue();
    await returned.fill('31/02/2026');
    await returned.press('Enter');
    // It names what is wrong: the month has no such day (it said only that the date was not valid).
    await expect.poll(() => page.locator('.ant-modal .ant-form-item-explain-error').first().textContent().catch(() => '')).toBe('Tháng 2/2026 không có ngày 31 (tháng này có 28 ngày). Hãy kiểm tra lại ngày.');
    expect(await returned.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('open-loans').locator('tbody tr.ant-table-row').count()).toBe(1);
    await returned.fill(today);
    await returned.press('Enter');
    await expect.poll(() => page.getByTestId('open-loans').locator('tbody tr.ant-table-row').count()).toBe(0);
    await go(page, 'home');
    await expect.poll(() => page.getByTestId('home-overdue-loans').textContent()).toContain('Không có tài liệu nào mượn quá hạn.');
  });

  it('2027: the 2026 statistics report matches the commune’s figures; the archive receives the batch and the report', { timeout: 300_000 }, async () => {
    const { page } = commune;
    await atTime(commune, '2027-01-12T09:00:00');
    await go(page, 'archive/statistics');
    await expect.poll(() => stat(page, 'dossiersDeposited')).toBe('2');
    const known: Record<string, string> = { dossiersFormed: '1', dossiersFormedPermanent: '0', dossiersDeposited: '2', holdingDossiers: '3', holdingPermanent: '1', holdingFixedTerm: '2', holdingBoxes: '2', holdingMetres: '0,25', dossiersDestroyed: '0', collectedBatches: '1', collectedDossiers: '2', collectedMetres: '0,25', readers: '1', requests: '1', usedDossiers: '1', copies: '0', incomingDocs: '0' };
    for (const [key, value] of Object.entries(known)) expect(await stat(page, key), key).toBe(value);
    // Figures that cannot go into the report: refused naming the row, the cursor on the first, nothing finalised.
    const equipment = page.getByLabel('Thiết bị bảo quản (máy hút ẩm, điều hòa, bình chữa cháy…)');
    await page.getByLabel('Người làm công tác văn thư, lưu trữ').fill('abc');
    await equipment.fill('-3');
    // Not asked to confirm a report that cannot be finalised: refused at once.
    await page.getByTestId('finalise-stats').click();
    await expect.poll(() => page.locator('.ant-message-notice-title').last().textContent()).toBe('Chưa lưu được báo cáo. Dòng 6.1 ("Người làm công tác văn thư, lưu trữ"): số liệu chưa đúng. Hãy nhập số nguyên từ 0 đến 10.000 (người), chỉ gồm chữ số, không có phần lẻ, ví dụ 3. Còn 1 ô khác cũng chưa đúng (đánh dấu đỏ).');
    expect(await page.getByTestId('stats-status').textContent()).toBe('Bản nháp');
    await expect.poll(() => focusedLabel(page)).toBe('Người làm công tác văn thư, lưu trữ');
    expect(await equipment.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.ant-popconfirm:not(.ant-popover-hidden)').count()).toBe(0);
    await equipment.fill('');
    await page.getByLabel('Người làm công tác văn thư, lưu trữ').fill('2');
    // A part larger than its total is marked as the cell is left, naming both rows; put right, the mark goes.
    const fullTime = page.getByLabel('Trong đó: chuyên trách');
    await fullTime.fill('3');
    await fullTime.press('Tab');
    await expect.poll(() => page.locator('#stat-error-staffFullTime').textContent()).toBe('Dòng 6.2 ("Trong đó: chuyên trách") là một phần của dòng 6.1 ("Người làm công tác văn thư, lưu trữ"), nên không thể lớn hơn 2 người. Hãy kiểm tra lại hai số này.');
    expect(await fullTime.getAttribute('aria-invalid')).toBe('true');
    await fullTime.fill('1');
    await expect.poll(() => page.locator('#stat-error-staffFullTime').count()).toBe(0);
    await page.getByLabel('Diện tích kho lưu trữ').fill('24,5');
    await page.getByTestId('finalise-stats').click();
    // The confirmation names the rows still blank (it did not mention them).
    await expect.poll(() => page.getByTestId('stats-blank-rows').textContent()).toBe('4 dòng chưa có số liệu: 6.3, 7.2, 7.3, 8.1. Các dòng này sẽ để trống trong báo cáo gửi lên (gõ 0 nếu không có). Vẫn chốt?');
    await confirmPop(page);
    await expect.poll(() => page.getByTestId('stats-status').textContent()).toContain('Đã chốt');
    expect(await stat(page, 'storageArea')).toBe('24,5');
    const report = await pdfText(page, () => page.getByTestId('print-stats').click(), 'bao-cao.pdf');
    expect(report).toContain('BÁO CÁO THỐNG KÊ CÔNG TÁC VĂN THƯ, LƯU TRỮ NĂM 2026');
    expect(report).toContain('Biểu số 0805.N/BNV-VTLT');
    expect(report).toContain('Hồ sơ nộp lưu vào lưu trữ hiện hành trong năm hồ sơ 2');
    expect(report).toContain('Diện tích kho lưu trữ m² 24,5');
    expect(report).not.toContain('BẢN NHÁP');
    // The report as an earlier version could have kept it, before the "Trong đó" rule: 3 full-time staff of 2.
    const { stores } = await dumpIdb(page);
    await putRows(page, 'statReports', stores.statReports!.map((r) => ({ ...r, values: { ...(r.values as Record<string, number>), staffFullTime: 3 } })));
    bundle = (await exportFullBundleThroughUi(page, server.url, mkdtempSync(join(usb, 'commune-')))).paths;

    const archive = await openApp(server);
    try {
      await archive.context.clock.install({ time: new Date('2027-01-15T09:00:00') });
      await archive.page.reload();
      const ap = archive.page;
      await setupUnitThroughUi(ap, 'Lưu trữ lịch sử tỉnh Hưng Yên', '33', 'Lưu trữ lịch sử cấp tỉnh');
      await importFromNewUnitThroughUi(ap, server.url, bundle);
      await go(ap, 'archive/deposit');
      // At the archive the tab starts with what units deposited; its own dossiers due come after, named as its own (it read as the sending side's).
      await expect.poll(async () => (await ap.locator('.ant-card-head-title').allTextContents()).slice(0, 2)).toEqual(['Các đợt nộp lưu đã nhận', 'Hồ sơ của cơ quan đến hạn nộp lưu']);
      const received = ap.getByTestId('received-batches');
      await expect.poll(() => received.locator('tbody tr.ant-table-row').textContent()).toContain('Chưa ghi nhận');
      await ap.getByTestId('record-receipt').click();
      // The dialog names the unit (its title showed "{{unitName}}").
      await expect.poll(() => ap.locator('.ant-modal-title').textContent()).toContain('(Ủy ban nhân dân xã Thụy Hải)');
      await ap.getByLabel('Người đại diện bên nhận').fill('Phạm Thu Hà');
      await ap.getByLabel('Chức vụ bên nhận').fill('Lưu trữ viên');
      // A day still to come is refused at the date (it was saved, and greyed every file of the batch for lending).
      await ap.getByLabel('Ngày nhận').fill('15/01/2028');
      await ap.getByTestId('confirm-receipt').click();
      await expect.poll(() => ap.locator('.ant-modal .ant-form-item-explain-error').first().textContent().catch(() => '')).toBe('Ngày nhận 15/01/2028 ở sau hôm nay (15/01/2027). Hãy ghi ngày tài liệu thật sự được kiểm tra, tiếp nhận (gõ nhầm năm?).');
      await ap.getByLabel('Ngày nhận').fill('15/01/2027');
      // A short count is said before saving, as the record will print it (it printed "nhận đủ").
      await ap.getByLabel('Số hồ sơ đã kiểm đếm').fill('1');
      await expect.poll(() => ap.locator('.ant-modal .ant-form-item-explain').last().textContent().catch(() => '')).toBe('Đợt giao 2 hồ sơ: biên bản sẽ ghi nhận 1/2 hồ sơ, thiếu 1. Hãy đếm lại trước khi lưu.');
      await ap.getByLabel('Số hồ sơ đã kiểm đếm').fill('2');
      await confirmDialog(ap, 'confirm-receipt');
      await expect.poll(() => received.locator('tbody tr.ant-table-row').textContent()).toContain('Đã nhận 15/01/2027');
      const receipt = await pdfText(ap, () => ap.getByTestId('print-received-handover').click(), 'bien-ban-nhan.pdf');
      expect(receipt).toContain('Bên nhận đã kiểm tra ngày 15 tháng 01 năm 2027: nhận đủ 2 hồ sơ');
      // Who checked it in represents the archive there, as under its signature (the commune's guess stood on that line).
      expect(receipt).toContain('BÊN NHẬN: Lưu trữ lịch sử tỉnh Hưng Yên Đại diện là Ông (Bà): Phạm Thu Hà Chức vụ: Lưu trữ viên');
      // A receipt recorded wrong is corrected in its own dialog, opened on what was recorded; the reprint says the new count.
      await ap.getByTestId('correct-receipt').click();
      await expect.poll(() => ap.getByLabel('Người đại diện bên nhận').inputValue()).toBe('Phạm Thu Hà');
      expect(await ap.locator('.ant-modal-title').textContent()).toContain('Sửa ghi nhận tiếp nhận');
      await ap.getByLabel('Số hồ sơ đã kiểm đếm').fill('1');
      // A short count with a state that still says "đủ" is pointed out: the record would contradict itself.
      await ap.getByLabel('Tình trạng tài liệu').fill('Đủ hồ sơ, tài liệu còn tốt');
      await expect.poll(() => ap.locator('.ant-modal .ant-form-item-explain').last().textContent().catch(() => '')).toBe('Tình trạng đang ghi «đủ» trong khi biên bản sẽ ghi thiếu 1 hồ sơ: hãy ghi lại tình trạng cho đúng.');
      await ap.getByLabel('Tình trạng tài liệu').fill('Thiếu 01 hồ sơ, tài liệu còn tốt');
      await expect.poll(() => ap.getByText('Tình trạng đang ghi «đủ»', { exact: false }).count()).toBe(0);
      await ap.getByLabel('Tình trạng tài liệu').fill('Không đủ hồ sơ');
      await ap.waitForTimeout(300);
      expect(await ap.getByText('Tình trạng đang ghi «đủ»', { exact: false }).count()).toBe(0);
      await ap.getByLabel('Tình trạng tài liệu').fill('Thiếu 01 hồ sơ, tài liệu còn tốt');
      await confirmDialog(ap, 'confirm-receipt');
      await expect.poll(() => ap.locator('.ant-message').textContent()).toContain('Đã sửa ghi nhận tiếp nhận');
      const corrected = await pdfText(ap, () => ap.getByTestId('print-received-handover').click(), 'bien-ban-nhan-sua.pdf');
      expect(corrected).toContain('nhận 1/2 hồ sơ, thiếu 1 hồ sơ');
      // One recorded by mistake is cancelled with its reason: the batch is one to receive again, and recorded again.
      await ap.getByTestId('cancel-receipt').click();
      // Its two ways out say what they do ("Hủy" stood beside "Hủy ghi nhận").
      await expect.poll(() => ap.locator('.ant-modal-footer').last().textContent()).toBe('Không hủyHủy ghi nhận');
      await ap.getByLabel('Lý do hủy ghi nhận').fill('Ghi nhầm trước khi kiểm đếm xong');
      await confirmDialog(ap, 'confirm-cancel-receipt');
      await expect.poll(() => received.locator('tbody tr.ant-table-row').textContent()).toContain('Chưa ghi nhận');
      await ap.getByTestId('record-receipt').click();
      await ap.getByLabel('Người đại diện bên nhận').fill('Phạm Thu Hà');
      await confirmDialog(ap, 'confirm-receipt');
      await expect.poll(() => received.locator('tbody tr.ant-table-row').textContent()).toContain('Đã nhận 15/01/2027');

      // The archive lends what was deposited into it and received; the commune's other files are only data here.
      await go(ap, 'archive/loans');
      const loan = ap.getByTestId('loan-form');
      await loan.getByLabel('Người khai thác').fill('Nguyễn Văn Hải');
      await loan.getByLabel('Mục đích khai thác').fill('Nghiên cứu lịch sử địa phương');
      await loan.getByLabel('Giấy tờ tùy thân').fill('CCCD 034090004444');
      await loan.getByLabel('Người duyệt').fill('Vũ Văn Hùng, Giám đốc');
      // The commune's fonds, the first holding files (the archive's own is empty); its name says the place, so the unit is not repeated after it.
      await expect.poll(() => loan.locator('.ant-select').filter({ has: ap.getByRole('combobox', { name: 'Phông', exact: true }) }).textContent()).toBe('Phông lưu trữ UBND xã Thụy Hải');
      await ap.getByTestId('loan-dossiers').click();
      const kept = ap.locator('.ant-select-item-option', { hasText: 'Tập báo cáo tháng năm 2025' });
      await expect.poll(() => kept.textContent()).toMatch(/^Chưa nộp lưu vào cơ quan này — /);
      expect(await kept.getAttribute('class')).toContain('ant-select-item-option-disabled');
      await clickOption(ap, ap.locator('.ant-select-item-option', { hasText: 'Tập lưu quyết định của Ủy ban nhân dân xã năm 2025' }));
      // Enter in the picker where only a greyed file matches chooses nothing and saves nothing (it saved the request
      // with the file chosen before, the clerk not done with it).
      await ap.keyboard.type('bao cao thang');
      await ap.keyboard.press('Enter');
      await ap.waitForTimeout(700);
      expect(await ap.getByTestId('open-loans').locator('tbody tr.ant-table-row').count()).toBe(0);
      await ap.keyboard.press('Escape');
      await ap.getByTestId('save-loan').click();
      await expect.poll(() => ap.getByTestId('open-loans').locator('tbody tr.ant-table-row').first().textContent()).toContain('Tập lưu quyết định của Ủy ban nhân dân xã năm 2025');
      // Out now: the next request's picker greys it, saying until when.
      await ap.getByTestId('loan-dossiers').click();
      const out = ap.locator('.ant-select-item-option', { hasText: 'Tập lưu quyết định của Ủy ban nhân dân xã năm 2025' });
      await expect.poll(() => out.textContent()).toMatch(/^Đang cho mượn, hạn trả \d{2}\/\d{2}\/2027 — ML 1 · HS 1/);
      expect(await out.getAttribute('class')).toContain('ant-select-item-option-disabled');
      await ap.keyboard.press('Escape');
      // Its slip names the commune's fonds with the file (every commune has its own "ML 1 · HS 1").
      const slip = (await pdfText(ap, () => ap.getByTestId('print-loan-slip').first().click(), 'phieu-luu-tru.pdf')).replace(/\s+/g, ' ');
      expect(slip).toContain('Phông lưu trữ UBND xã Thụy Hải — Tập lưu quyết định');
      // Its number in the inventory and, under it, its số, ký hiệu (the slip gave the numbers only).
      // In the column's order, "Số, ký hiệu / Hồ sơ số".
      expect(slip).toMatch(/01\.TH\s+ML 1 · HS 1/);
      // Its number is the request's in its year (the register of use prints it too); the approver's position over the signature, the name under it.
      expect(slip).toContain('Số: 01');
      expect(slip).toContain('NGƯỜI DUYỆT GIÁM ĐỐC (Ký, ghi rõ họ tên) Vũ Văn Hùng');
      await go(ap, 'upper');
      // The search says where a file's paper is: deposited, it is here whatever box it lay in at the commune.
      const search = ap.getByTestId('archive-search');
      await search.getByRole('searchbox').fill('tap luu quyet dinh 2025');
      await expect.poll(() => search.getByTestId('archive-hit').first().textContent()).toContain('đã nộp lưu 10/03/2026');
      // The consolidated inventory marks in Ghi chú the files handed over to an archive, with the day this one received
      // them; the others are still at the commune (it did not say which were where).
      const inventory = (await pdfText(ap, () => ap.getByTestId('print-consolidated-inventory').click(), 'tong-hop-nop-luu.pdf')).replace(/\s+/g, ' ');
      expect(inventory).toContain('Mục lục số 1 (đã nộp lưu 1/1 hồ sơ)');
      expect(inventory).toContain('Mục lục số 2 (đã nộp lưu 1/2 hồ sơ)');
      expect(inventory).toContain('gồm 3 hồ sơ (đơn vị bảo quản), trong đó đã nộp lưu 2 hồ sơ.');
      expect(inventory.match(/Đã nhận 15\/01\/2027/g)).toHaveLength(2);
      const reports = ap.getByTestId('upper-reports');
      await expect.poll(() => reports.getByTestId('upper-dossiersDeposited-0').textContent()).toBe('2');
      expect(await reports.getByTestId('upper-dossiersDeposited-1').textContent()).toBe('2');
      expect(await reports.getByTestId('upper-storageArea-0').textContent()).toBe('24,5');
      expect(await reports.locator('thead').textContent()).toContain('UBND xã Thụy Hải');
      expect(await reports.locator('thead').textContent()).toContain('Tổng cộng');
      // The year is said in the header's corner that stays in sight scrolled down or across.
      expect(await reports.getByTestId('upper-reports-sticky-year').first().textContent()).toMatch(/^Năm \d{4}$/);
      // What does not hold in a received report is named above the table and its cell is red; it is still counted. The
      // unit is named as its column is ("UBND xã …").
      expect(await reports.getByTestId('upper-report-issues').textContent()).toBe('Báo cáo của UBND xã Thụy Hải có số liệu không đúng (1 ô, chữ đỏ trong bảng). Dòng 6.2 ("Trong đó: chuyên trách") là một phần của dòng 6.1 ("Người làm công tác văn thư, lưu trữ"), nên không thể lớn hơn 2 người. Hãy kiểm tra lại hai số này. Số liệu vẫn được cộng vào cột Tổng cộng. Hãy đề nghị đơn vị kiểm tra, mở lại báo cáo, sửa rồi gửi lại.');
      expect(await reports.getByTestId('upper-staffFullTime-0').evaluate((el) => el.closest('.ant-typography-danger') !== null)).toBe(true);
      expect(await reports.getByTestId('upper-staffFullTime-1').textContent()).toBe('3');
      expect(await reports.getByTestId('upper-staffTotal-0').evaluate((el) => el.closest('.ant-typography-danger') !== null)).toBe(false);
      expect(await ap.getByTestId('upper-duties').locator('tbody').textContent()).toContain('Ủy ban nhân dân xã Thụy Hải');
      // On a 1024 px screen the page fits its width: the units' figures wrap between figures (they made it 1,433 px wide).
      await ap.setViewportSize({ width: 1024, height: 768 });
      await expect.poll(() => ap.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
      // One unit's report with its total fits too, without scrolling sideways.
      expect(await reports.locator('.ant-table-body').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    } finally {
      await archive.close();
    }
  });

  it('2028: the expired dossier goes through the council to the destruction minutes and stays listed as destroyed', { timeout: 300_000 }, async () => {
    const { page } = commune;
    await atTime(commune, '2028-01-15T09:00:00');
    await go(page, 'home');
    const expired = page.getByTestId('home-expired');
    await expect.poll(() => expired.locator('.ant-list-item').allTextContents()).toEqual(['ML 2 · HS 2 Tập báo cáo tháng năm 2025 — hết hạn cuối năm 2027']);
    await expired.getByRole('button', { name: 'Xem và xử lý' }).click();
    await page.getByTestId('expired-dossiers').getByRole('checkbox', { name: '03.TH' }).check();
    await page.getByTestId('start-appraisal').click();
    await expect.poll(() => focusedLabel(page)).toBe('Tên đợt');
    await confirmDialog(page, 'confirm-start-appraisal');
    const drawer = page.getByTestId('appraisal-drawer');
    await drawer.waitFor();
    // Taken out by mistake (it asks first), the dossier goes back to the expired list and into the same appraisal again.
    await drawer.getByTestId('appraisal-items').getByRole('button', { name: 'Đưa ra khỏi danh sách' }).click();
    await confirmPop(page);
    await expect.poll(() => drawer.getByTestId('appraisal-items').locator('.ant-table-row').count()).toBe(0);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await page.getByTestId('expired-dossiers').getByRole('checkbox', { name: '03.TH' }).check();
    await page.getByTestId('add-to-appraisal').click();
    await confirmDialog(page, 'confirm-add-to-appraisal');
    await drawer.waitFor();
    await expect.poll(() => drawer.getByTestId('appraisal-items').textContent()).toContain('Tập báo cáo tháng năm 2025');
    const council = drawer.getByTestId('council-form');
    await council.getByLabel('Quyết định thành lập Hội đồng (số, ngày, người ký)').fill('Quyết định số 03/QĐ-UBND ngày 05/01/2028 của Chủ tịch UBND xã Thụy Hải');
    await council.getByLabel('Ngày họp Hội đồng').fill('12/01/2028');
    await council.getByLabel('Địa điểm họp').fill('Trụ sở UBND xã Thụy Hải');
    await council.getByLabel('Họ và tên 1').fill('Vũ Văn Hùng');
    await council.getByLabel('Chức vụ 1').fill('Chủ tịch UBND xã');
    await council.getByLabel('Họ và tên 2').fill('Đỗ Thị Mai');
    await council.getByLabel('Họ và tên 3').fill('Nguyễn Thị Lan');
    await council.getByLabel('Ý kiến, kết luận của Hội đồng').fill('Nhất trí đề nghị hủy tập báo cáo tháng đã hết thời hạn bảo quản.');
    await drawer.getByTestId('save-council').click();
    await expect.poll(() => page.locator('.ant-message-notice-title').last().textContent()).toBe('Đã lưu thông tin Hội đồng.');
    // Closing with a change typed and not saved asks first; going back keeps what was typed.
    await council.getByLabel('Địa điểm họp').fill('Hội trường UBND xã Thụy Hải');
    await page.keyboard.press('Escape');
    const unsaved = page.getByTestId('appraisal-unsaved');
    await expect.poll(() => unsaved.textContent()).toContain('Thông tin Hội đồng vừa gõ chưa được lưu');
    await unsaved.getByRole('button', { name: 'Quay lại' }).click();
    await unsaved.waitFor({ state: 'hidden' });
    expect(await council.getByLabel('Địa điểm họp').inputValue()).toBe('Hội trường UBND xã Thụy Hải');
    const list = await pdfText(page, () => drawer.getByTestId('print-discard-list').click(), 'danh-muc.pdf');
    expect(list).toContain('DANH MỤC TÀI LIỆU HẾT GIÁ TRỊ');
    expect(list).toContain('Tập báo cáo tháng năm 2025');
    expect(list).toContain('Hết thời hạn bảo quản');
    const explanation = await pdfText(page, () => drawer.getByTestId('print-explanation').click(), 'thuyet-minh.pdf');
    expect(explanation).toContain('(1) Tài liệu hết thời hạn bảo quản: 1 (một) hồ sơ.');
    // Printed after the council met (12/01), the list and its explanation leave their date to be written by hand: dated
    // the day of printing, they read as made after the meeting that examined them.
    for (const paper of [list, explanation]) expect(paper).toMatch(/ngày\s……\stháng\s……\snăm\s……/u);
    const minutes = await pdfText(page, () => drawer.getByTestId('print-council-minutes').click(), 'bien-ban-hop.pdf');
    // Printed with the place as typed: the council's details are saved before a paper is made of them.
    expect(minutes).toContain('Hôm nay, ngày 12 tháng 01 năm 2028, tại Hội trường UBND xã Thụy Hải');
    expect(minutes).toContain('- Đề nghị hủy 1 (một) hồ sơ');
    // Without the council's decision nothing can be destroyed: the form only appears once it is recorded.
    expect(await drawer.getByTestId('destruction-form').count()).toBe(0);
    await drawer.getByTestId('decide-appraisal').click();
    await confirmPop(page);
    const destruction = drawer.getByTestId('destruction-form');
    await destruction.waitFor();
    // Recorded too soon (a clerk's slip): it opens again with a reason, from the keyboard — the
    // reason, Enter, Enter — the list editable again; then recorded once more.
    const reopen = drawer.getByTestId('reopen-appraisal');
    await reopen.getByLabel('Lý do mở lại (ghi sai điều gì)').fill('Bấm ghi nhận trước khi Hội đồng ký biên bản');
    await reopen.getByLabel('Lý do mở lại (ghi sai điều gì)').press('Enter');
    await expect.poll(() => page.locator('.ant-popconfirm:visible .ant-btn').allTextContents()).toEqual(['Không mở lại', 'Mở lại để sửa']);
    // Enter once the cursor is on the action (under the CI's load it was pressed while still in the reason's box).
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Mở lại để sửa');
    await page.keyboard.press('Enter');
    await expect.poll(() => drawer.getByTestId('decide-appraisal').count()).toBe(1);
    // The cursor in the council's first field, to correct it at once (it fell to the page).
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="council-form"]'))).toBe(true);
    expect(await drawer.getByTestId('destruction-form').count()).toBe(0);
    expect(await drawer.getByTestId('edit-opinion').count()).toBe(1);
    await drawer.getByTestId('decide-appraisal').click();
    await confirmPop(page);
    await destruction.waitFor();
    await destruction.getByLabel('Số quyết định hủy').fill('07/QĐ-UBND');
    await destruction.getByLabel('Ngày quyết định').fill('14/01/2028');
    // A name typed where the title goes is said as it is typed (the papers read "… của <chức vụ>"; it was taken without a word).
    await destruction.getByLabel('Người ký quyết định').fill('Nguyễn Văn Thắng');
    await expect.poll(() => destruction.locator('.ant-form-item-has-warning').textContent().catch(() => '')).toContain('“Nguyễn Văn Thắng” có vẻ là họ tên người ký. Ô này ghi chức vụ (ví dụ: Chủ tịch UBND xã)');
    await destruction.getByLabel('Người ký quyết định').fill('Chủ tịch UBND xã Thụy Hải');
    await expect.poll(() => destruction.locator('.ant-form-item-has-warning').count()).toBe(0);
    // The decision is signed days or weeks before the destruction: closing with it typed offers to
    // save it alone; the list then says the destruction is waited on, and the form starts from it.
    await page.keyboard.press('Escape');
    await expect.poll(() => unsaved.textContent()).toContain('Số, ngày quyết định hủy và các thông tin hủy vừa gõ chưa được ghi nhận.');
    await unsaved.getByTestId('save-decision-and-close').click();
    await drawer.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('appraisals').textContent()).toContain('Số 07/QĐ-UBND ngày 14/01/2028Có quyết định hủy, chờ hủy');
    await page.getByTestId('appraisals').getByRole('button', { name: 'Xác định giá trị tài liệu hết thời hạn bảo quản năm 2028' }).click();
    await destruction.waitFor();
    await expect.poll(() => destruction.getByLabel('Số quyết định hủy').inputValue()).toBe('07/QĐ-UBND');
    expect(await destruction.getByLabel('Ngày quyết định').inputValue()).toBe('14/01/2028');
    expect(await destruction.getByLabel('Người ký quyết định').inputValue()).toBe('Chủ tịch UBND xã Thụy Hải');
    expect(await destruction.textContent()).toContain('Đã lưu Quyết định hủy số 07/QĐ-UBND ngày 14/01/2028.');
    expect(await drawer.locator('.ant-steps-item-process, .ant-steps-item-active').first().textContent()).toContain('Đã có quyết định hủy');
    // A destruction dated after today (15/01/2028) is refused under its field: it is recorded once it happened, and cannot be undone.
    await destruction.getByLabel('Ngày hủy').fill('16/01/2028');
    await destruction.getByLabel('Nơi hủy').fill('Công ty Môi trường đô thị Hưng Yên');
    await destruction.getByLabel('Hình thức hủy').fill('Nghiền bột giấy');
    // The minutes can be printed before, to be signed at the destruction, with what is typed so far.
    const draft = await pdfText(page, () => drawer.getByTestId('print-destruction-minutes').click(), 'bien-ban-huy-du-thao.pdf');
    expect(draft).toContain('Căn cứ Quyết định số 07/QĐ-UBND ngày 14 tháng 01 năm 2028');
    expect(draft).toContain('ĐẠI DIỆN CƠ QUAN CÓ TÀI LIỆU HỦY');
    await drawer.getByTestId('destroy-appraisal').click();
    // The confirmation names what it records, and going back is not called "Hủy".
    await expect.poll(() => page.locator('.ant-popconfirm:visible .ant-btn').allTextContents()).toEqual(['Quay lại', 'Ghi nhận đã hủy 1 hồ sơ']);
    // The focus is on the way out: a second Enter does not destroy.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Quay lại');
    await confirmPop(page);
    await expect.poll(() => destruction.textContent()).toContain('Ngày hủy 16/01/2028 chưa đến.');
    expect(await drawer.getByTestId('appraisal-items').textContent()).toContain('Tập báo cáo tháng năm 2025');
    await destruction.getByLabel('Ngày hủy').fill('15/01/2028');
    // The message goes once the date is typed again.
    expect(await destruction.textContent()).not.toContain('chưa đến');
    await drawer.getByTestId('destroy-appraisal').click();
    await confirmPop(page);
    await expect.poll(() => drawer.getByTestId('destruction-form').count()).toBe(0);
    const destroyed = await pdfText(page, () => drawer.getByTestId('print-destruction-minutes').click(), 'bien-ban-huy.pdf');
    expect(destroyed).toContain('Căn cứ Quyết định số 07/QĐ-UBND ngày 14 tháng 01 năm 2028 của Chủ tịch UBND xã Thụy Hải');
    expect(destroyed).toContain('Hình thức hủy: Nghiền bột giấy.');
    await page.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'detached' });
    // The appraisal opens again from the keyboard: its name is a button Tab reaches.
    await page.getByTestId('appraisals').getByRole('button', { name: 'Xác định giá trị tài liệu hết thời hạn bảo quản năm 2028' }).focus();
    await page.keyboard.press('Enter');
    await drawer.waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('destroyed-dossiers').locator('tbody tr.ant-table-row').allTextContents()).toEqual(['ML 2 · HS 2Tập báo cáo tháng năm 2025Số 07/QĐ-UBND ngày 14/01/202815/01/2028']);
    // The standing list of what was destroyed prints too: for an inspection, every dossier with its decision and day.
    const gone = await pdfText(page, () => page.getByTestId('print-destroyed-list').click(), 'danh-sach-da-huy.pdf');
    for (const s of ['DANH SÁCH HỒ SƠ, TÀI LIỆU ĐÃ HỦY', 'ML 2 · HS 2', 'Tập báo cáo tháng năm 2025', 'Số 07/QĐ-UBND', 'ngày 14/01/2028', '15/01/2028', 'Danh sách này gồm 1 (một) hồ sơ, tài liệu đã hủy']) expect(gone).toContain(s);
    await go(page, 'home');
    await expect.poll(() => page.getByTestId('home-expired').textContent()).toContain('Không có hồ sơ nào hết thời hạn bảo quản.');
  });

  it('2028–2033: a permanent file goes into the commune’s own lưu trữ hiện hành, stays lendable there, and goes on to the historical archive when due', { timeout: 300_000 }, async () => {
    const { page } = commune;
    await atTime(commune, '2028-03-01T09:00:00');
    await go(page, 'dossiers');
    await page.getByTestId('dossier-form').waitFor();
    await page.getByTestId('dossier-year').click();
    await clickOption(page, page.getByTitle('2027', { exact: true }));
    await page.locator('#d-heading').focus();
    await page.keyboard.type('I. TỔNG HỢP');
    await page.keyboard.press('Tab');
    await typeDossier(page, 'Tập lưu nghị quyết của Hội đồng nhân dân xã năm 2027', 'vĩnh viễn');
    await expect.poll(() => page.getByTestId('dossier-row').count()).toBe(1);
    await closeDossier(page, '01.TH', '80', undefined, 2027);
    await page.getByTestId('number-dossiers').click();
    await confirmDialog(page, 'confirm-numbering');
    await page.getByTestId('box-dossiers').click();
    await confirmDialog(page, 'confirm-boxing');
    await expect.poll(() => page.getByTestId('dossier-row').getByTestId('box-label').count()).toBe(1);

    // Into the commune's own lưu trữ hiện hành: the receiver the app writes follows; who received is typed.
    await go(page, 'archive/deposit');
    await page.getByText('Mọi hồ sơ chờ nộp lưu').click();
    const dueTable = page.getByTestId('deposit-due');
    const resolutions = dueTable.locator('tbody tr.ant-table-row', { hasText: 'Tập lưu nghị quyết của Hội đồng nhân dân xã năm 2027' });
    await resolutions.getByRole('checkbox').check();
    await page.getByTestId('make-batch').click();
    const form = page.getByTestId('batch-form');
    await form.waitFor();
    // Where the last batch went (the province's archive, with who received it there), until changed.
    expect(await form.getByLabel('Lưu trữ lịch sử hoặc cơ quan khác (tài liệu chuyển đi)').isChecked()).toBe(true);
    expect(await form.getByLabel('Bên nhận (lưu trữ)').inputValue()).toBe('Lưu trữ lịch sử tỉnh Hưng Yên');
    // Who received typed first stays; the receiver and its position the app filled in follow the choice.
    await form.getByLabel('Người đại diện bên nhận').fill('Phạm Thu Hà');
    await form.getByLabel('Lưu trữ hiện hành của đơn vị (tài liệu vẫn ở cơ quan)').check();
    expect(await form.getByLabel('Bên nhận (lưu trữ)').inputValue()).toMatch(/^Lưu trữ hiện hành /);
    // Who hands over follows too: the section named in the last batch to the province's archive there, the unit itself
    // into its own lưu trữ hiện hành (no batch went there before).
    expect(await form.getByLabel('Bên giao (đơn vị)').inputValue()).toBe('Ủy ban nhân dân xã Thụy Hải');
    await form.getByLabel('Lưu trữ lịch sử hoặc cơ quan khác (tài liệu chuyển đi)').check();
    expect(await form.getByLabel('Bên giao (đơn vị)').inputValue()).toBe('Văn phòng - Thống kê');
    await form.getByLabel('Lưu trữ hiện hành của đơn vị (tài liệu vẫn ở cơ quan)').check();
    expect(await form.getByLabel('Người đại diện bên nhận').inputValue()).toBe('Phạm Thu Hà');
    expect(await form.getByLabel('Chức vụ bên nhận').inputValue()).toBe('');
    await form.getByLabel('Chức vụ bên nhận').fill('Công chức Văn phòng - Thống kê');
    await form.getByLabel('Chức vụ bên nhận').press('Enter');
    await expect.poll(() => page.getByTestId('deposit-batches').locator('tbody tr.ant-table-row').count()).toBe(2);
    // Among every file awaiting deposit, it now awaits the historical archive: by the end of the fifth year after.
    await expect.poll(() => resolutions.getByTestId('due-rule').textContent()).toBe('Từ lưu trữ hiện hành sang lưu trữ lịch sử');
    expect(await resolutions.textContent()).toContain('31/12/2033');

    // The paper is in the commune's archive room: it still lends it.
    await go(page, 'archive/loans');
    await page.getByTestId('loan-dossiers').click();
    await expect.poll(() => page.locator('.ant-select-item-option', { hasText: 'Tập lưu nghị quyết của Hội đồng nhân dân xã năm 2027' }).getAttribute('aria-disabled')).toBe('false');
    await page.keyboard.press('Escape');

    // Five years on, at the end of 2033, it is due at the historical archive.
    await atTime(commune, '2033-12-10T09:00:00');
    await go(page, 'home');
    await expect.poll(() => page.getByTestId('home-deposit-due').textContent()).toContain('01.TH (2027) Tập lưu nghị quyết của Hội đồng nhân dân xã năm 2027 — hạn 31/12/2033 (từ lưu trữ hiện hành sang lưu trữ lịch sử)');
    await go(page, 'archive/deposit');
    const onward = dueTable.locator('tbody tr.ant-table-row', { hasText: 'Tập lưu nghị quyết của Hội đồng nhân dân xã năm 2027' });
    await expect.poll(() => onward.textContent()).toContain('31/12/2033');
    expect(await onward.getByTestId('due-rule').textContent()).toBe('Từ lưu trữ hiện hành sang lưu trữ lịch sử');
    await onward.getByRole('checkbox').check();
    // Closed on purpose over what was typed: asked, then dropped — it opens again as the app fills it in.
    await page.getByTestId('make-batch').click();
    await form.getByLabel('Số biên bản').fill('07/BB-LT');
    await page.keyboard.press('Escape');
    await page.getByTestId('drop-typed').click();
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('make-batch').click();
    await form.waitFor();
    expect(await form.getByLabel('Số biên bản').inputValue()).toBe('');
    // Only on to the historical archive, its receiver as the last batch there had it.
    expect(await form.getByLabel('Lưu trữ hiện hành của đơn vị (tài liệu vẫn ở cơ quan)').isDisabled()).toBe(true);
    expect(await form.getByLabel('Lưu trữ lịch sử hoặc cơ quan khác (tài liệu chuyển đi)').isChecked()).toBe(true);
    expect(await form.textContent()).toContain('Có hồ sơ đã ở lưu trữ hiện hành của đơn vị: đợt này nộp tiếp các hồ sơ đó sang lưu trữ lịch sử.');
    expect(await form.getByLabel('Bên nhận (lưu trữ)').inputValue()).toBe('Lưu trữ lịch sử tỉnh Hưng Yên');
    // The commune's lưu trữ hiện hành hands it over, under the Law on Archives (it started as the last batch's section and file plan).
    expect(await form.getByLabel('Bên giao (đơn vị)').inputValue()).toMatch(/^Lưu trữ hiện hành /);
    expect(await form.getByLabel('Căn cứ', { exact: true }).inputValue()).toBe('Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;');
    await page.getByTestId('confirm-batch').click();
    await expect.poll(() => page.getByTestId('deposit-batches').locator('tbody tr.ant-table-row').count()).toBe(3);
    await expect.poll(() => onward.count()).toBe(0);
    // Its handover record says so: under the Law on Archives, the commune's lưu trữ hiện hành handing over.
    const handover = await pdfText(page, () => page.getByTestId('deposit-batches').locator('tbody tr.ant-table-row').first().getByTestId('print-deposit-handover').click(), 'bien-ban-nop-tiep.pdf');
    expect(handover).toContain('Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;');
    expect(handover).toMatch(/BÊN GIAO: Lưu trữ hiện hành /);
    expect(handover).toContain('BÊN NHẬN: Lưu trữ lịch sử tỉnh Hưng Yên');
    // Its record says both handovers.
    await go(page, 'dossiers');
    await page.getByTestId('dossier-year').click();
    await clickOption(page, page.getByTitle('2027', { exact: true }));
    await page.getByTestId('dossier-table').getByRole('row', { name: /Tập lưu nghị quyết/ }).click();
    const drawer = page.getByTestId('dossier-drawer');
    await expect.poll(() => drawer.locator('.ant-descriptions').first().textContent()).toContain('Nộp vào lưu trữ hiện hành ngày01/03/2028');
    expect(await drawer.locator('.ant-descriptions').first().textContent()).toContain('Đã nộp lưu ngày10/12/2033');
  });
});
