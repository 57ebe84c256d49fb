// Several windows of the app at once in real Chromium (a clerk double-clicks the icon twice):
// each says the app is open elsewhere and keeps working; editing the unit profile in both, the
// second save is refused with a clear message instead of undoing the first; a schema upgrade
// from another window asks this one to reload instead of breaking it. (Two windows registering
// at the same moment get distinct numbers: test/browser/registers.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startServer, type Server } from './harness';
import { completeSetupThroughUi } from './flows';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe('several windows in Chromium', () => {
  it('both windows say the app is open elsewhere; closing one clears the other’s notice', async () => {
    const b = await openApp(server);
    try {
      const { page, context } = b;
      await completeSetupThroughUi(page);
      expect(await page.getByTestId('open-elsewhere').count()).toBe(0);
      const other = await context.newPage();
      await other.goto(server.url);
      await other.getByTestId('header-unit').waitFor();
      await expect.poll(() => other.getByTestId('open-elsewhere').textContent()).toContain('Phần mềm đang mở ở một cửa sổ (hoặc tab) khác');
      await expect.poll(() => page.getByTestId('open-elsewhere').isVisible()).toBe(true);
      await other.close();
      await expect.poll(() => page.getByTestId('open-elsewhere').count()).toBe(0);
    } finally {
      await b.close();
    }
  });

  it('the unit profile saved in one window: the other window’s older form is refused, nothing is lost', async () => {
    const b = await openApp(server);
    try {
      const { page, context } = b;
      await completeSetupThroughUi(page);
      await page.goto(`${server.url}#/settings`);
      const other = await context.newPage();
      await other.goto(`${server.url}#/settings`);
      for (const p of [page, other]) await p.getByLabel('Cơ quan cấp trên trực tiếp').waitFor();
      await page.getByLabel('Cơ quan cấp trên trực tiếp').fill('Ủy ban nhân dân tỉnh Hưng Yên (sau sắp xếp)');
      await page.getByRole('button', { name: 'Lưu', exact: true }).first().click();
      await expect.poll(() => page.getByText('Đã lưu.').count()).toBeGreaterThan(0);
      await other.getByLabel('Tên viết tắt (dùng trên dấu ĐẾN, nhãn hộp)').fill('UBND Thụy Hải');
      await other.getByRole('button', { name: 'Lưu', exact: true }).first().click();
      await expect.poll(() => other.getByTestId('unit-form-error').textContent()).toContain('Bản ghi này vừa được sửa ở chỗ khác');
      await page.reload();
      await expect.poll(() => page.getByLabel('Cơ quan cấp trên trực tiếp').inputValue()).toBe('Ủy ban nhân dân tỉnh Hưng Yên (sau sắp xếp)');
      expect(await page.getByLabel('Tên viết tắt (dùng trên dấu ĐẾN, nhãn hộp)').inputValue()).toBe('UBND xã Thụy Hải');
      // A name longer than the field holds is refused and kept as typed (a paste was cut at 200 and saved as "Đã lưu.").
      const longName = 'Ủy ban nhân dân tỉnh Hưng Yên '.repeat(11).trim();
      await page.getByLabel('Cơ quan cấp trên trực tiếp').fill(longName);
      await page.getByRole('button', { name: 'Lưu', exact: true }).first().click();
      await expect.poll(() => page.getByText('Quá dài: ô này nhận tối đa 200 ký tự, đang có 329. Hãy rút gọn lại.').count()).toBe(1);
      expect(await page.getByLabel('Cơ quan cấp trên trực tiếp').inputValue()).toBe(longName);
      await page.reload();
      await expect.poll(() => page.getByLabel('Cơ quan cấp trên trực tiếp').inputValue()).toBe('Ủy ban nhân dân tỉnh Hưng Yên (sau sắp xếp)');
    } finally {
      await b.close();
    }
  });

  it('a correction saved in one window: the other window’s correction of the same entry follows it; where both changed one field it is refused, the new value shown, and saved again on purpose', async () => {
    const b = await openApp(server);
    try {
      const { page, context } = b;
      await completeSetupThroughUi(page);
      await page.goto(`${server.url}#/outgoing`);
      await page.getByTestId('outgoing-form').waitFor();
      await page.locator('#o-typeName').fill('Báo cáo');
      await page.locator('#o-summary').fill('Báo cáo tình hình tháng 11 năm 2026');
      await page.locator('#o-recipients').fill('UBND tỉnh Hưng Yên');
      await page.locator('#o-summary').press('Enter');
      await expect.poll(() => page.getByTestId('entry-row').count()).toBe(1);
      const other = await context.newPage();
      await other.goto(`${server.url}#/outgoing`);
      // Each window says the other is open, in a notice that pushes the page down: clicked before it came, a row
      // click could land on what moved under it (a CI run's drawer never opened).
      for (const p of [page, other]) await p.getByTestId('open-elsewhere').waitFor();
      // Both windows open the entry's correction form.
      for (const p of [page, other]) {
        await p.getByTestId('entry-row').first().click();
        await p.locator('.ant-drawer [role=tab]').filter({ hasText: 'Sửa' }).first().click();
        await p.locator('#oe-summary').waitFor();
      }
      await page.locator('#oe-summary').fill('Báo cáo tình hình tháng 11 năm 2026 (đã sửa)');
      await page.locator('#oe-summary').press('Enter');
      await expect.poll(() => page.getByText('Đã lưu sửa đổi.').count()).toBeGreaterThan(0);
      // The other window, where nothing was typed over the summary, shows it as just saved (it kept the old
      // one, and its next save was refused though it would have changed the copies only); its copies are saved.
      await expect.poll(() => other.locator('#oe-summary').inputValue()).toBe('Báo cáo tình hình tháng 11 năm 2026 (đã sửa)');
      await other.locator('#oe-copyCount').fill('7');
      await other.locator('#oe-copyCount').press('Enter');
      await expect.poll(() => other.getByText('Đã lưu sửa đổi.').count()).toBeGreaterThan(0);
      // Both type over the same field: the first to save stands, the other is refused rather than overwrite it.
      await expect.poll(() => page.locator('#oe-copyCount').inputValue()).toBe('7');
      await page.locator('#oe-copyCount').fill('3');
      await other.locator('#oe-copyCount').fill('5');
      await other.locator('#oe-copyCount').press('Enter');
      await expect.poll(() => other.getByText('Đã lưu sửa đổi.').count()).toBe(2);
      await page.locator('#oe-copyCount').press('Enter');
      // Said where it happened, with the value saved elsewhere; what was typed stays, and saving again
      // writes it deliberately (closing and opening the entry brought the same refusal back from its draft).
      await expect.poll(() => page.locator('.ant-message').textContent()).toContain('Chưa lưu: bản ghi vừa được sửa ở chỗ khác. Ô đánh dấu đỏ khác với bản đang lưu');
      await expect.poll(() => page.locator('.ant-drawer .ant-form-item-explain-error').allTextContents()).toEqual(['Bản đang lưu: 5']);
      expect(await page.locator('#oe-copyCount').inputValue()).toBe('3');
      await page.locator('#oe-copyCount').press('Enter');
      await expect.poll(() => page.getByText('Đã lưu sửa đổi.').count()).toBeGreaterThan(0);
      await other.close();
      // The entry's history says what each correction changed, from what to what.
      await page.locator('.ant-drawer [role=tab]').filter({ hasText: 'Lịch sử' }).first().click();
      await expect
        .poll(() => page.getByTestId('history-value').allTextContents())
        .toEqual(['Số lượng bản: 5 → 3', 'Số lượng bản: 7 → 5', 'Số lượng bản: (để trống) → 7', 'Trích yếu nội dung: Báo cáo tình hình tháng 11 năm 2026 → Báo cáo tình hình tháng 11 năm 2026 (đã sửa)']);
      await page.reload();
      await expect.poll(() => page.getByTestId('entry-row').first().textContent()).toContain('(đã sửa)');
      await page.getByTestId('entry-row').first().click();
      await page.locator('.ant-drawer [role=tab]').filter({ hasText: 'Sửa' }).first().click();
      await expect.poll(() => page.locator('#oe-copyCount').inputValue()).toBe('3');
    } finally {
      await b.close();
    }
  });

  it('an upgrade of the database from another window asks this one to reload instead of breaking', async () => {
    const b = await openApp(server);
    try {
      const { page, context } = b;
      await completeSetupThroughUi(page);
      const other = await context.newPage();
      await other.goto(`${server.url}#/home`);
      await other.getByTestId('header-unit').waitFor();
      // A newer version of the app opening the same database (one version above this one's).
      const upgraded = await other.evaluate(async () => {
        const current = await new Promise<number>((ok) => {
          const r = indexedDB.open('luutru');
          r.onsuccess = () => {
            ok(r.result.version);
            r.result.close();
          };
        });
        return new Promise<boolean>((ok) => {
          const r = indexedDB.open('luutru', current + 1);
          r.onsuccess = () => {
            r.result.close();
            ok(true);
          };
          r.onblocked = () => ok(false);
        });
      });
      expect(upgraded).toBe(true);
      await expect.poll(() => page.getByTestId('reload-needed').textContent()).toContain('Hãy tải lại trang');
    } finally {
      await b.close();
    }
  });
});
