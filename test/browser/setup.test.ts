// First-run setup as a new user does it, in Vietnamese, in real Chromium; the profile
// must survive a reload and a browser restart, and a half-typed form must survive a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startServer, type Server } from './harness';
import { clickOption, completeSetupThroughUi, setupFirstStep, setupFromSecondStep } from './flows';
import { holdStore } from './idb-tools';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe('first-run setup in Chromium', () => {
  it('a new user sets up the office in Vietnamese; the profile is there after reload and restart', async () => {
    const b = await openApp(server);
    try {
      const { page } = b;
      await expect.poll(() => page.getByRole('heading', { name: 'Thiết lập ban đầu' }).isVisible()).toBe(true);
      // It opens at its top, restoring a backup the first choice in view, the cursor already in the name field.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('setup_name');
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const restore = await page.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).boundingBox();
      expect(restore!.y).toBeGreaterThanOrEqual(0);
      expect(restore!.y + restore!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
      // A wrong code gets a Vietnamese message that says what to do.
      await page.getByLabel('Tên cơ quan đầy đủ').fill('Ủy ban nhân dân xã Thụy Hải');
      await page.getByLabel('Mã đơn vị hành chính (QĐ 19/2025)').fill('12a');
      await page.getByTestId('setup-submit').click();
      await expect.poll(() => page.getByText('Mã đơn vị hành chính phải gồm đúng 5 chữ số. Hãy kiểm tra lại.').isVisible()).toBe(true);
      // The cursor is taken to the field refused (it stayed on the button or in the last field typed in).
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('setup_adminCode');
      await setupFirstStep(page);
      // The fonds step opens with what follows from the unit: its fonds's name, selected (typing replaces it), and
      // the year a commune formed by the 2025 reform opened its fonds, with why.
      const fondsName = page.getByLabel('Tên phông lưu trữ');
      await fondsName.waitFor({ state: 'visible' });
      await expect.poll(() => fondsName.evaluate((i: HTMLInputElement) => [i.value, i.selectionStart, i.selectionEnd, document.activeElement === i])).toEqual(['Phông lưu trữ UBND xã Thụy Hải', 0, 30, true]);
      expect(await page.getByLabel('Năm bắt đầu của phông').inputValue()).toBe('2025');
      await page.getByText('Xã, phường, đặc khu thành lập ngày 01/07/2025 bắt đầu phông mới từ năm 2025').waitFor();
      await setupFromSecondStep(page);
      expect(await page.getByTestId('header-unit').textContent()).toBe('Ủy ban nhân dân xã Thụy Hải');
      await expect.poll(() => page.getByTestId('home-unit').textContent()).toContain('Phông lưu trữ UBND xã Thụy Hải');

      await page.reload();
      await page.getByTestId('header-unit').waitFor();
      expect(await page.getByTestId('header-unit').textContent()).toBe('Ủy ban nhân dân xã Thụy Hải');
      await b.close(true);

      const again = await openApp(server, b.profileDir);
      try {
        await again.page.getByTestId('header-unit').waitFor();
        await expect.poll(() => again.page.getByTestId('home-unit').textContent()).toContain('12345');
        await again.page.goto(`${server.url}#/journal`);
        await expect.poll(() => again.page.getByText('Thiết lập ban đầu').first().isVisible()).toBe(true);
        expect(await again.page.locator('.ant-table-row').first().textContent()).toContain('Nguyễn Thị Lan');
      } finally {
        await again.close();
      }
    } catch (e) {
      await b.close().catch(() => undefined);
      throw e;
    }
  });

  it('keeps what was typed when the page is reloaded mid-setup', async () => {
    const b = await openApp(server);
    try {
      const { page } = b;
      await page.getByLabel('Tên cơ quan đầy đủ').fill('Ủy ban nhân dân phường Trần Hưng Đạo');
      await page.getByLabel('Cơ quan cấp trên trực tiếp').fill('Ủy ban nhân dân tỉnh Hưng Yên');
      await page.waitForTimeout(600);
      await page.reload();
      await expect.poll(() => page.getByLabel('Tên cơ quan đầy đủ').inputValue()).toBe('Ủy ban nhân dân phường Trần Hưng Đạo');
      expect(await page.getByText('Đã khôi phục nội dung đang nhập dở lần trước.').isVisible()).toBe(true);

      // A reload just after the draft's write began, that write waiting behind another (a loaded PC): what was typed
      // still comes back (the write was cut off with the page; it was lost).
      await page.getByLabel('Tên cơ quan đầy đủ').fill('Ủy ban nhân dân phường Lê Hồng Phong');
      // (The store stays held until the reload ends the page, and the hold with it.)
      await holdStore(page, 'drafts');
      await page.waitForTimeout(600);
      await page.reload();
      await expect.poll(() => page.getByLabel('Tên cơ quan đầy đủ').inputValue()).toBe('Ủy ban nhân dân phường Lê Hồng Phong');
    } finally {
      await b.close();
    }
  });

  it('on a slow start, what is typed before the old draft is read wins: the setup finishes with it', async () => {
    const b = await openApp(server);
    try {
      const { page } = b;
      await page.getByLabel('Tên cơ quan đầy đủ').fill('Ủy ban nhân dân xã Cũ');
      await page.waitForTimeout(600);
      // The next start reads its drafts late, as on a busy machine: their answers wait until released.
      await page.addInitScript(() => {
        const held: (() => void)[] = [];
        let released = false;
        (window as unknown as { releaseDraftReads: () => void }).releaseDraftReads = () => {
          released = true;
          for (const f of held.splice(0)) f();
        };
        const onsuccess = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess')!;
        const get = IDBObjectStore.prototype.get;
        IDBObjectStore.prototype.get = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
          const request = get.call(this, query);
          if (this.name !== 'drafts' || released) return request;
          Object.defineProperty(request, 'onsuccess', {
            get: () => onsuccess.get!.call(request) as unknown,
            set: (fn: ((e: Event) => void) | null) => onsuccess.set!.call(request, fn && ((e: Event) => void held.push(() => fn.call(request, e)))),
          });
          return request;
        };
      });
      await page.reload();
      await page.getByLabel('Tên cơ quan đầy đủ').fill('Ủy ban nhân dân xã Thụy Hải');
      await page.getByLabel('Mã đơn vị hành chính (QĐ 19/2025)').fill('12345');
      await page.evaluate(() => (window as unknown as { releaseDraftReads: () => void }).releaseDraftReads());
      await page.waitForTimeout(300);
      expect(await page.getByLabel('Tên cơ quan đầy đủ').inputValue()).toBe('Ủy ban nhân dân xã Thụy Hải');
      expect(await page.getByText('Đã khôi phục nội dung đang nhập dở lần trước.').count()).toBe(0);
      await completeSetupThroughUi(page);
      expect(await page.getByTestId('header-unit').textContent()).toBe('Ủy ban nhân dân xã Thụy Hải');
    } finally {
      await b.close();
    }
  });

  it('switches the whole setup screen to English and back', async () => {
    const b = await openApp(server);
    try {
      const { page } = b;
      await page.getByTestId('language-switch').click();
      await clickOption(page, page.getByTitle('English'));
      await expect.poll(() => page.getByRole('heading', { name: 'First-run setup' }).isVisible()).toBe(true);
      expect(await page.getByLabel('Official name').isVisible()).toBe(true);
      await page.reload();
      await expect.poll(() => page.getByRole('heading', { name: 'First-run setup' }).isVisible()).toBe(true);
    } finally {
      await b.close();
    }
  });
});
