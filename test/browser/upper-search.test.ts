// The registers travel to the upper level: a commune registers documents, exports a signed
// bundle; the provincial archive imports it and finds the documents in its consolidated
// search, typed without diacritics, with the commune they came from.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, startServer, type Server } from './harness';
import { exportFullBundleThroughUi, importFromNewUnitThroughUi, setupUnitThroughUi } from './flows';

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

/** Opens the incoming register received from the commune (listed above the archive's own one). */
async function openReceivedRegister(page: Page) {
  await page.goto(`${server.url}#/incoming`);
  // Wait for the entry form of the archive's own register: it takes the focus when it appears.
  await expect.poll(() => page.getByTestId('next-number').textContent()).toBe('Số sẽ cấp: 01');
  await page.getByTestId('register-select').click();
  // Chosen with the keyboard once both are in the open list (the archive's own registers are opened on this visit).
  await expect.poll(() => page.locator('.ant-select-dropdown:visible .ant-select-item-option').count()).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
}

describe('registers in the consolidated view', () => {
  it('the archive imports a commune’s registers and finds its documents without diacritics', { timeout: 240_000 }, async () => {
    const commune = await openApp(server);
    let paths: string[];
    try {
      const { page } = commune;
      await setupUnitThroughUi(page, 'Ủy ban nhân dân xã Thụy Hải', '12345');
      await page.goto(`${server.url}#/incoming`);
      await page.getByTestId('incoming-form').waitFor();
      const docs: [string, string, string][] = [
        ['Sở Tài nguyên và Môi trường tỉnh Hưng Yên', '45/STNMT-ĐĐBĐ', 'V/v đo đạc, chỉnh lý bản đồ địa chính xã Thụy Hải'],
        ['Ủy ban nhân dân tỉnh Hưng Yên', '', 'Quyết định về việc sắp xếp đơn vị hành chính cấp xã năm 2025'],
      ];
      for (const [i, [sender, number, summary]] of docs.entries()) {
        await page.locator('#f-sender').fill(sender);
        await page.locator('#f-number').fill(number);
        await page.locator('#f-summary').fill(summary);
        await page.locator('#f-summary').press('Enter');
        await expect.poll(() => page.getByTestId('next-number').textContent()).toBe(`Số sẽ cấp: 0${i + 2}`);
      }
      paths = (await exportFullBundleThroughUi(page, server.url, mkdtempSync(join(usb, 'a-')))).paths;
    } finally {
      await commune.close();
    }

    const upper = await openApp(server);
    try {
      const { page } = upper;
      await setupUnitThroughUi(page, 'Lưu trữ lịch sử tỉnh Hưng Yên', '33', 'Lưu trữ lịch sử cấp tỉnh');
      await importFromNewUnitThroughUi(page, server.url, paths);
      await page.goto(`${server.url}#/upper`);
      const search = page.getByTestId('upper-search');
      await search.getByRole('searchbox').fill('chinh ly ban do dia chinh');
      await expect.poll(async () => (await search.locator('.ant-table-row').allTextContents()).join(' | ')).toContain('Ủy ban nhân dân xã Thụy Hải');
      const rows = await search.locator('.ant-table-row').allTextContents();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain('đo đạc, chỉnh lý bản đồ địa chính');
      // Each value under its own heading: the arrival number is not the document's số, ký hiệu.
      const headings = await search.locator('.ant-table-thead th').allTextContents();
      const cells = await search.locator('.ant-table-row').first().locator('td').allTextContents();
      const cell = (title: string) => cells[headings.indexOf(title)];
      expect(cell('Số đến')).toBe('01');
      expect(cell('Số, ký hiệu')).toBe('45/STNMT-ĐĐBĐ');
      expect(cell('Nơi gửi / Nơi nhận')).toBe('Sở Tài nguyên và Môi trường tỉnh Hưng Yên');
      // The date shown is the day it arrived, and says so (beside the số, ký hiệu "Ngày" read as the document's date).
      expect(cell('Ngày đến / Ngày văn bản đi')).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      // On a 1024 px screen the summary, what a searcher reads, is in view without scrolling sideways.
      await page.setViewportSize({ width: 1024, height: 768 });
      const summary = (await search.locator('.ant-table-thead th', { hasText: 'Trích yếu nội dung' }).boundingBox())!;
      const body = (await search.locator('.ant-table-content, .ant-table-body').first().boundingBox())!;
      expect(summary.x + summary.width).toBeLessThanOrEqual(body.x + body.width);
      await page.setViewportSize({ width: 1280, height: 800 });
      // At 1280 px every column is in view, the last one (Số đến) too (it was cut at the card's edge).
      await expect
        .poll(async () => {
          const last = (await search.locator('.ant-table-thead th', { hasText: 'Số đến' }).boundingBox())!;
          const box = (await search.locator('.ant-table-content, .ant-table-body').first().boundingBox())!;
          return last.x + last.width <= box.x + box.width + 1;
        })
        .toBe(true);
      await page.setViewportSize({ width: 1366, height: 800 });
      // How many matched (the limit is said only when reached; it was said before any search too).
      expect(await search.getByTestId('upper-search-count').textContent()).toBe('1 văn bản khớp.');
      // A result opens from the keyboard in the entry drawer, read-only: whose it is, its details and history, nothing to edit.
      await search.locator('.ant-table-row').first().focus();
      await page.keyboard.press('Enter');
      const drawer = page.getByTestId('entry-drawer');
      await drawer.waitFor();
      expect(await drawer.locator('.ant-descriptions').textContent()).toContain('45/STNMT-ĐĐBĐ');
      await expect.poll(() => drawer.getByRole('tab').allTextContents()).toEqual(['Thông tin', 'Lịch sử thay đổi']);
      // Every unit has a "số 01": the drawer says whose this one is and in which register.
      expect(await page.locator('.ant-drawer-title').textContent()).toBe('Văn bản đến số 01 · Ủy ban nhân dân xã Thụy Hải');
      expect(await drawer.getByTestId('entry-other-unit').textContent()).toMatch(/^Văn bản của Ủy ban nhân dân xã Thụy Hải, trong Sổ đăng ký văn bản đến năm \d{4} — nhận qua gói dữ liệu, chỉ xem\.$/);
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
      // Closed, the cursor is back on the row it was opened from (it fell to the page).
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="upper-search"] tr.ant-table-row') !== null)).toBe(true);
      // Nothing in the registers: it says where the documents inside dossiers are found, the archive search card below
      // (it said "nothing matches" alone, and the archivist did not look there).
      await search.getByRole('searchbox').fill('bien ban giao nop tai lieu khong co trong so');
      await expect.poll(() => search.getByTestId('upper-search-in-dossiers').textContent().catch(() => '')).toBe('Văn bản đã lập vào hồ sơ (kể cả văn bản không vào sổ) được tìm ở mục “Tìm hồ sơ của mọi đơn vị” bên dưới.');
      expect(await search.locator('tbody').textContent()).toContain('Không có văn bản nào khớp với điều kiện tìm.');
      const below = page.getByTestId('archive-search');
      await below.waitFor();
      expect(await below.locator('.ant-card-head-title').first().textContent()).toBe('Tìm hồ sơ của mọi đơn vị');
      expect((await below.boundingBox())!.y).toBeGreaterThan((await search.boundingBox())!.y);
      // The commune's register is there, read-only.
      await openReceivedRegister(page);
      await expect.poll(() => page.getByText('Sổ này của đơn vị khác (nhận qua gói dữ liệu) nên chỉ được xem.').count()).toBe(1);
      await expect.poll(() => page.getByTestId('entry-count').textContent()).toBe('2 / 2 văn bản');
      // One of its entries opens read-only, read from the commune's blocks.
      await page.getByTestId('entry-row').first().focus();
      await page.keyboard.press('Enter');
      const opened = page.getByTestId('entry-drawer');
      await opened.waitFor();
      await expect.poll(() => opened.locator('.ant-descriptions').textContent()).toContain('45/STNMT-ĐĐBĐ');
      await page.keyboard.press('Escape');
      await opened.waitFor({ state: 'detached' });
    } finally {
      await upper.close();
    }
  });

  it('finds, lists and opens the entries of a bundle signed by an older version, which lack some of today’s fields', { timeout: 240_000 }, async () => {
    // commune-a-1.json: three entries with no số, ký hiệu or nơi gửi (test/fixtures/bundles/).
    const upper = await openApp(server);
    try {
      const { page } = upper;
      await setupUnitThroughUi(page, 'Lưu trữ lịch sử tỉnh Hưng Yên', '33', 'Lưu trữ lịch sử cấp tỉnh');
      await importFromNewUnitThroughUi(page, server.url, ['test/fixtures/bundles/commune-a-1.json']);
      await page.goto(`${server.url}#/upper`);
      const search = page.getByTestId('upper-search');
      await search.getByRole('searchbox').fill('cong van so 2');
      await expect.poll(async () => (await search.locator('.ant-table-row').allTextContents()).join(' | ')).toContain('Công văn số 2 về việc báo cáo công tác lưu trữ');
      expect(await search.locator('.ant-alert-error').count()).toBe(0);
      const headings = await search.locator('.ant-table-thead th').allTextContents();
      const row = search.locator('.ant-table-row', { hasText: 'Công văn số 2 về' });
      const cells = await row.locator('td').allTextContents();
      expect(cells[headings.indexOf('Đơn vị')]).toBe('Ủy ban nhân dân xã Thụy Hải');
      expect(cells[headings.indexOf('Số đến')]).toBe('02');
      expect(cells[headings.indexOf('Số, ký hiệu')]).toBe('');
      // It opens, read-only, its summary shown and what it lacks left empty.
      await row.click();
      const drawer = page.getByTestId('entry-drawer');
      await drawer.waitFor();
      await expect.poll(() => drawer.locator('.ant-descriptions').textContent()).toContain('Công văn số 2 về việc báo cáo công tác lưu trữ');
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
      // Its register lists all three.
      await openReceivedRegister(page);
      await expect.poll(() => page.getByTestId('entry-count').textContent()).toBe('3 / 3 văn bản');
      expect((await page.getByTestId('entry-row').allTextContents()).join(' | ')).toContain('Công văn số 3 về việc báo cáo công tác lưu trữ');
    } finally {
      await upper.close();
    }
  });
});
