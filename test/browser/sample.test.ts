// The try-out profile in real Chromium: "Dùng thử với xã mẫu" on the first screen fills a
// commune (registers of a year, file plan, closed and boxed dossiers, a processing job); a
// banner says "sample" on every page; exporting a bundle is refused; one step removes it all,
// leaving the database exactly as a fresh profile's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startServer, type Server } from './harness';
import { confirmDialog, openExchangeTab } from './flows';
import { tableDigests } from './idb-tools';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe('sample commune in Chromium', () => {
  it('is made in one click, marked on every page, never exported, and removed completely', { timeout: 180_000 }, async () => {
    // With the dialogs' animations, as on a computer that did not ask for less motion.
    const b = await openApp(server, undefined, server.url, { motion: true });
    try {
      const { page } = b;
      await page.getByTestId('first-run').waitFor();
      const fresh = await tableDigests(page);
      // The progress may show for only a moment on a quick machine: whether it was ever on screen is
      // watched from before the click (a wait for it to be visible can miss it and then wait for ever).
      await page.evaluate(() => {
        const w = window as unknown as { sawSampleProgress: boolean };
        w.sawSampleProgress = false;
        const watch = new MutationObserver(() => {
          if (!document.querySelector('[data-testid="sample-progress"]')) return;
          w.sawSampleProgress = true;
          watch.disconnect();
        });
        watch.observe(document.body, { childList: true, subtree: true });
      });
      await page.getByTestId('first-run-sample').click();
      // The app frame appears only once the whole sample is written (its unit exists from the first step).
      await page.getByTestId('header-unit').waitFor({ timeout: 90_000 });
      expect(await page.evaluate(() => (window as unknown as { sawSampleProgress: boolean }).sawSampleProgress)).toBe(true);
      expect(await page.getByTestId('sample-progress').count()).toBe(0);
      await page.goto(`${server.url}#/backup`);
      await page.getByTestId('backup-status').waitFor();
      expect((await tableDigests(page)).incomingDocs).toMatch(/^320:/);
      expect(await page.getByTestId('header-unit').textContent()).toBe('Ủy ban nhân dân xã Mẫu Sơn (dữ liệu dùng thử)');
      for (const route of ['home', 'incoming', 'outgoing', 'dossiers', 'exchange', 'journal', 'backup', 'settings']) {
        await page.goto(`${server.url}#/${route}`);
        await expect.poll(() => page.getByTestId('sample-banner').textContent()).toContain('DỮ LIỆU DÙNG THỬ');
      }
      await page.goto(`${server.url}#/incoming`);
      await expect.poll(() => page.getByTestId('entry-count').textContent()).toBe('320 / 320 văn bản');
      // Next year's register starts empty, yet its sender field suggests this year's senders (it
      // suggested nothing, and every sender was typed out in full again in January).
      const nextYear = new Date().getFullYear() + 1;
      await page.getByLabel('Năm').first().click();
      await page.locator('.ant-select-item-option').filter({ hasText: `Năm ${nextYear}` }).click();
      await page.getByTestId('open-year').click();
      await expect.poll(() => page.getByTestId('register-select').textContent()).toBe(`Sổ đăng ký văn bản đến năm ${nextYear}`);
      await page.locator('#f-sender').click();
      await page.keyboard.type('so noi vu');
      await expect.poll(() => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').allTextContents()).toContain('Sở Nội vụ tỉnh Mẫu');
      await page.keyboard.press('Escape');
      // The outgoing page opens on the People's Committee's register, where the sample's documents are.
      await page.goto(`${server.url}#/outgoing`);
      await expect.poll(() => page.getByTestId('entry-count').textContent()).toBe('140 / 140 văn bản');
      // Home lists the documents to handle ten at a time, their number in the title.
      await page.goto(`${server.url}#/home`);
      const followUp = page.getByTestId('follow-up-card');
      await followUp.waitFor();
      await expect.poll(() => followUp.locator('.ant-spin-spinning').count()).toBe(0);
      expect(await followUp.locator('.ant-card-head-title').textContent()).toMatch(/^Văn bản cần giải quyết( \(\d+\))?$/);
      const toHandle = Number((await followUp.locator('.ant-card-head-title').textContent())!.replace(/\D/g, '') || 0);
      expect(await followUp.locator('tbody tr.ant-table-row').count()).toBe(Math.min(toHandle, 10));
      expect(await followUp.locator('.ant-pagination').count()).toBe(toHandle > 10 ? 1 : 0);
      await page.goto(`${server.url}#/dossiers`);
      await expect.poll(async () => (await page.getByTestId('dossier-row').count()) > 0).toBe(true);
      // Never sent upward: the button is greyed, the reason beside it (it looked ready, and each click was refused).
      await openExchangeTab(page, server.url, 'Xuất gói dữ liệu');
      await expect.poll(() => page.getByTestId('export-sample').textContent()).toBe('Đây là dữ liệu dùng thử (xã mẫu): không xuất gói gửi lên cấp trên được. Hãy xóa dữ liệu mẫu và thiết lập đơn vị thật.');
      expect(await page.getByTestId('export-button').isDisabled()).toBe(true);
      expect((await tableDigests(page)).exportLog).toBe(fresh.exportLog);
      // Nothing exported: the history says what will appear there, not a bare "Trống".
      expect(await page.getByText('Chưa xuất gói nào. Mỗi lần bấm "Xuất gói dữ liệu…" sẽ được ghi ở đây').count()).toBe(1);
      // One step removes everything.
      await page.getByTestId('sample-remove').click();
      // Asked with the cursor on "Quay lại": one Enter on opening deleted everything.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Quay lại');
      await confirmDialog(page, 'sample-remove-ok');
      // A refused removal says why in a message; the test then fails with that message.
      const refused = page.locator('.ant-message-error');
      await page.getByTestId('first-run').or(refused).first().waitFor({ timeout: 60_000 });
      expect(await refused.allTextContents()).toEqual([]);
      expect(await tableDigests(page)).toEqual(fresh);
      expect(await page.getByTestId('sample-banner').count()).toBe(0);
    } finally {
      await b.close();
    }
  });

  it("home's list of documents to handle: an entry opened from page 2 and closed leaves the cursor in the register's form; going back shows page 2 with the cursor on that row", { timeout: 180_000 }, async () => {
    const b = await openApp(server);
    try {
      const { page } = b;
      // Late in a year, when the sample has a year's documents and many past their deadline.
      await b.context.clock.install({ time: new Date(`${new Date().getFullYear()}-11-30T09:00:00`) });
      await page.reload();
      await page.getByTestId('first-run-sample').click();
      await page.getByTestId('header-unit').waitFor({ timeout: 90_000 });
      const followUp = page.getByTestId('follow-up-card');
      const rows = followUp.locator('tbody tr.ant-table-row');
      await expect.poll(() => rows.count()).toBe(10);
      // A screen reader reads the page in Vietnamese: antd's icons said their English names ("left",
      // "exclamation-circle", "down") in the middle of it. The pager's arrows and the menu's trigger are named.
      expect(await followUp.getByRole('button', { name: 'Trang sau' }).count()).toBe(1);
      expect(await page.getByRole('img', { name: 'Thu gọn menu' }).count()).toBe(1);
      expect(await page.locator('.anticon[aria-label]').evaluateAll((icons) => icons.map((i) => i.getAttribute('aria-label')).filter((l) => /^[a-z-]+$/.test(l!)))).toEqual([]);
      expect(await page.locator('.anticon').count()).toBeGreaterThan(3);
      await followUp.locator('.ant-pagination-item-2').click();
      const third = rows.nth(2);
      const key = await third.getAttribute('data-row-key');
      const text = (await third.textContent())!;
      await third.focus();
      await page.keyboard.press('Enter');
      const drawer = page.getByTestId('entry-drawer');
      await expect.poll(() => drawer.locator('.ant-drawer-title').textContent()).toMatch(/^Văn bản đến số \d+$/);
      expect(text.startsWith((await drawer.locator('.ant-drawer-title').textContent())!.replace('Văn bản đến số ', ''))).toBe(true);
      // Closed: the cursor is in the form's first field, ready for the next document (it fell to the page).
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-sender');
      // Back home: the same page of the list, the cursor on the row opened (it was page 1, and nothing focused).
      await page.goBack();
      await expect.poll(() => followUp.locator('.ant-pagination-item-active').textContent()).toBe('2');
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.rowKey)).toBe(key);
      // Enter there opens it again, and a fresh visit to home starts at page 1.
      await page.keyboard.press('Enter');
      await expect.poll(() => drawer.locator('.ant-drawer-title').count()).toBe(1);
      await page.goto(`${server.url}#/home`);
      await expect.poll(() => followUp.locator('.ant-pagination-item-active').textContent()).toBe('1');
      // A register's search box: its search button and the button clearing it are named (hiding antd's icon names
      // left them nameless), and no button of the page is without a name.
      await page.goto(`${server.url}#/incoming`);
      // A long text cut after two lines shows whole under the pointer.
      await expect.poll(() => page.locator('.entry-clamp[title]').count()).toBeGreaterThan(0);
      expect(await page.locator('.entry-clamp[title]').evaluateAll((cells) => cells.every((c) => c.getAttribute('title') === c.textContent && c.textContent!.length > 60))).toBe(true);
      await page.getByTestId('entry-search').locator('input').fill('quyết định');
      await expect.poll(() => page.getByRole('button', { name: 'Xóa nội dung ô' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Tìm kiếm' }).count()).toBeGreaterThan(0);
      const tree = await page.locator('body').ariaSnapshot();
      expect(tree.split('\n').filter((line) => /^\s*- button(\s*\[[^\]]*\])?:?$/.test(line))).toEqual([]);
    } finally {
      await b.close();
    }
  });
});
