// Importing old Excel registers in real Chromium, with the files people actually send: an
// empty workbook, a zip bomb whose headers lie, a 5 MB cell, merged senders, a TCVN3 register
// re-saved in Calibri, and a large register imported with progress, stopped, then imported.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startServer, type Server } from './harness';
import { clickOption, completeSetupThroughUi, pickRegisterMore } from './flows';
import { EMPTY_FIXTURE, HUGE_CELL_FIXTURE, MERGED_FIXTURE, RESAVED_FIXTURE, ZIP_BOMB_FIXTURE } from '../fixtures/registers/make-hostile-xlsx';
import { buildLargeIncomingWorkbook } from '../fixtures/registers/large-register';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

async function openImportOf2025(page: Page) {
  await page.goto(`${server.url}#/incoming`);
  await page.getByTestId('incoming-form').waitFor();
  await page.getByLabel('Năm', { exact: true }).click();
  await clickOption(page, page.getByTitle('Năm 2025', { exact: true }));
  await page.getByTestId('open-year').click();
  await page.getByTestId('incoming-form').waitFor();
  await openImportDialog(page);
}

async function openImportDialog(page: Page) {
  await pickRegisterMore(page, 'Nhập từ Excel…');
  await page.getByTestId('import-choose').waitFor();
}

async function choose(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-choose').click();
  await (await chooser).setFiles(path);
}

describe('hostile and awkward Excel files', () => {
  it('says what is wrong with each, promptly, and reads merged and re-saved registers right', { timeout: 240_000 }, async () => {
    const b = await openApp(server);
    try {
      const { page } = b;
      await completeSetupThroughUi(page);
      await openImportOf2025(page);
      const error = page.getByTestId('import-error');

      // An empty workbook: said to be empty, with what to do — not "pick a header row".
      await choose(page, EMPTY_FIXTURE);
      await expect.poll(() => error.textContent()).toContain('Tệp Excel này không có dữ liệu: mọi trang tính đều trống.');

      // Headers the app does not recognise: the first rows are shown, and the clerk points at the header row.
      const dir = mkdtempSync(join(tmpdir(), 'luutru-odd-header-'));
      const odd = join(dir, 'so-tu-lam.xlsx');
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Sổ tự làm');
      ws.addRow(['Sổ theo dõi công văn']);
      ws.addRow(['Cột 1', 'Cột 2', 'Cột 3']);
      ws.addRow(['05/03/2025', 1, 'UBND huyện Thái Thụy']);
      writeFileSync(odd, new Uint8Array(await wb.xlsx.writeBuffer()));
      await choose(page, odd);
      await expect.poll(() => page.getByText('Không tìm thấy dòng tiêu đề cột').count()).toBe(1);
      expect(await page.getByTestId('import-preview').textContent()).toContain('UBND huyện Thái Thụy');
      // Each row offers to be the header row; the one chosen says it is (each read "Dòng tiêu đề").
      expect(await page.getByTestId('header-row-2').textContent()).toBe('2 · Chọn làm tiêu đề');
      await page.getByTestId('header-row-2').click();
      await expect.poll(() => page.getByText('Dòng 2 được nhận là dòng tiêu đề.').count()).toBe(1);
      expect(await page.getByTestId('header-row-2').textContent()).toBe('2 · Dòng tiêu đề');
      await expect.poll(() => page.getByText('Chưa chọn cột cho "Ngày đến".').count()).toBe(1);

      // A zip bomb whose headers lie: refused while inflating.
      await choose(page, ZIP_BOMB_FIXTURE);
      await expect.poll(() => error.textContent()).toContain('Tệp này ghi sai kích thước các phần bên trong');

      // A 5 MB cell: the dry run answers, naming the cell and its row; the other rows are fine.
      await choose(page, HUGE_CELL_FIXTURE);
      await page.getByTestId('import-check').click();
      await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('2 dòng sẽ được nhập, 1 dòng có lỗi');
      expect(await page.getByTestId('import-rows').textContent()).toContain("Ô 'Sổ đến 2025'!F3 (dòng 3) dài 5.242.880 ký tự");

      // A sender merged down over three documents counts for each (the header is row 2, under a merged title).
      await choose(page, MERGED_FIXTURE);
      await page.getByTestId('import-check').click();
      await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('3 dòng sẽ được nhập, 0 dòng có lỗi');

      // Re-saved in Calibri: the one cell neither font, characters nor column settle is shown with its readings.
      await choose(page, RESAVED_FIXTURE);
      await page.getByTestId('import-check').click();
      const review = page.getByTestId('encoding-review');
      await expect.poll(() => review.textContent()).toContain('Ô chưa rõ kiểu chữ: 1 ô');
      expect(await page.getByTestId('reading-I2-unicode').textContent()).toBe('Tó');
      expect(await page.getByTestId('reading-I2-tcvn3').textContent()).toBe('Tú');
      expect(await page.getByTestId('reading-I2-vni').textContent()).toBe('Tĩ');
      // The clerk reads the whole "Ký nhận" column as TCVN3; the dry run runs again with it.
      await page.getByTestId('column-reading-I').getByText('Theo TCVN3 (.VnTime)').click();
      await expect.poll(() => page.getByTestId('reading-I2-tcvn3').locator('input').isChecked()).toBe(true);
      await page.getByTestId('import-apply').click();
      await expect.poll(() => page.getByTestId('entry-count').textContent()).toBe('4 / 4 văn bản');
      await page.getByTestId('entry-search').locator('input').fill('kien toan ban chi dao');
      await expect.poll(async () => (await page.getByTestId('entry-row').allTextContents()).join(' ')).toContain('15/QĐ-UBND');

      // The same layout again: the mapping and the column's reading are remembered.
      await openImportDialog(page);
      await choose(page, RESAVED_FIXTURE);
      await expect.poll(() => page.getByText('Đã dùng lại cách ghép cột lần trước').count()).toBe(1);
      await page.getByTestId('import-check').click();
      await expect.poll(() => page.getByTestId('reading-I2-tcvn3').locator('input').isChecked()).toBe(true);
    } finally {
      await b.close();
    }
  });
});

describe('a large register', () => {
  it('reads, checks and imports in a worker with progress; the dialog answers meanwhile; a stopped import writes nothing', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luutru-large-xlsx-'));
    const file = join(dir, 'so-den-2025-20000.xlsx');
    writeFileSync(file, await buildLargeIncomingWorkbook(20_000, 2025));
    const b = await openApp(server);
    try {
      const { page } = b;
      await completeSetupThroughUi(page);
      await openImportOf2025(page);
      await choose(page, file);
      await page.getByTestId('import-check').click();
      await expect.poll(() => page.getByTestId('import-summary').textContent(), { timeout: 120_000 }).toContain('20000 dòng sẽ được nhập, 0 dòng có lỗi');

      // Import, and stop it while it writes.
      await page.getByTestId('import-apply').click();
      const progress = page.getByTestId('import-progress-text');
      await expect.poll(() => progress.textContent(), { timeout: 120_000 }).toMatch(/Đang ghi vào sổ \(văn bản\): [1-9][\d.]* \/ 20\.001/);
      // The page answers while the worker writes: the dry-run table turns to its second page.
      await page.getByTestId('import-rows').locator('.ant-pagination-item-2').click();
      await expect.poll(async () => (await page.getByTestId('import-rows').locator('tbody tr').first().textContent())?.slice(0, 2)).toBe('52');
      await page.getByTestId('import-stop').click();
      await expect.poll(() => page.getByTestId('import-notice').textContent(), { timeout: 60_000 }).toBe('Đã dừng theo yêu cầu. Chưa có gì được ghi vào sổ.');
      await page.locator('.ant-modal-close').click();
      await page.getByTestId('import-choose').waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('entry-count').textContent()).toBe('0 / 0 văn bản');

      // Import again, to the end.
      await openImportDialog(page);
      await choose(page, file);
      await page.getByTestId('import-check').click();
      await expect.poll(() => page.getByTestId('import-summary').textContent(), { timeout: 120_000 }).toContain('20000 dòng sẽ được nhập');
      await page.getByTestId('import-apply').click();
      await expect.poll(() => page.getByTestId('entry-count').textContent(), { timeout: 180_000 }).toBe('20000 / 20000 văn bản');
      await expect.poll(() => page.getByTestId('next-number').textContent()).toBe('Số sẽ cấp: 20001');
    } finally {
      await b.close();
    }
  });
});
