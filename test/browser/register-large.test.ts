// A register of 20,000 entries in real Chromium: it opens (its list index built in a worker,
// with progress), the keyboard reaches its last entry (End, then arrows; Enter opens the
// drawer), the scroll bar reaches it too, search answers from the index, a document registered
// through the form shows at the end of the list at once, and the book is printed by number range
// (one print holds at most 10,000 numbers: the clerk chooses which).
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDate } from '../../renderer/src/core/format';
import { newId } from '../../renderer/src/core/ids';
import { deriveIncoming } from '../../renderer/src/db/register-derived';
import { seededRng } from '../fixtures/generate';
import { generateIncomingDocFields } from '../fixtures/generate-registers';
import { openApp, startServer, type Server } from './harness';
import { completeSetupThroughUi, printedText } from './flows';

const ENTRIES = 20_000;
let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** Writes `count` incoming entries into this year's incoming register with raw IndexedDB, and drops the list index (as a first opening after an upgrade). */
async function seedIncoming(page: Page, count: number): Promise<void> {
  const year = new Date().getFullYear();
  const today = isoDate(new Date());
  const rng = seededRng(12);
  const fields = Array.from({ length: count }, (_, i) => {
    const f = generateIncomingDocFields(rng, i, '', year, { today, perYear: count });
    return { ...f, ...deriveIncoming(f), id: newId(), clock: `000000000000001.${String(i).padStart(6, '0')}`, deleted: false, changedBy: 'Nguyễn Thị Lan' };
  });
  // A page of the same origin that runs no app code (so no connection holds the index database).
  const asset = readdirSync('dist/assets').find((f) => f.endsWith('.css'))!;
  await page.goto(`${server.url}/assets/${asset}`);
  await page.evaluate(
    async ({ rows, year }) => {
      const req = <T,>(r: IDBRequest<T>) => new Promise<T>((ok, fail) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => fail(r.error))));
      const db = await req(indexedDB.open('luutru'));
      const registers = (await req(db.transaction('registers').objectStore('registers').getAll())) as { id: string; kind: string; year: number; origin: string; lastNumber: number }[];
      const register = registers.find((r) => r.kind === 'incoming' && r.year === year)!;
      for (let i = 0; i < rows.length; i += 5000) {
        const tx = db.transaction(['incomingDocs', 'registers'], 'readwrite');
        for (const row of rows.slice(i, i + 5000)) tx.objectStore('incomingDocs').put({ ...row, registerId: register.id, origin: register.origin });
        tx.objectStore('registers').put({ ...register, lastNumber: rows.length });
        await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))));
      }
      db.close();
      await new Promise((ok, fail) => {
        const r = indexedDB.deleteDatabase('luutru-index');
        r.onsuccess = ok;
        r.onerror = () => fail(r.error);
        r.onblocked = () => fail(new Error('index database still open'));
      });
    },
    { rows: fields, year },
  );
}

const count = (page: Page) => page.getByTestId('entry-count').textContent();
const focusedRow = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.index ?? '');

describe('a register of 20,000 entries', () => {
  it('opens, scrolls to its end by keyboard and by the scroll bar, searches, and shows a new entry at once', { timeout: 300_000 }, async () => {
    const b = await openApp(server);
    try {
      const { page } = b;
      await completeSetupThroughUi(page);
      await page.goto(`${server.url}#/incoming`);
      await page.getByTestId('incoming-form').waitFor();
      await seedIncoming(page, ENTRIES);

      await page.goto(`${server.url}#/incoming`);
      await page.getByTestId('incoming-form').waitFor();
      await expect.poll(() => count(page), { timeout: 120_000 }).toBe('20000 / 20000 văn bản');
      // Only the rows on screen (and a margin) are in the page.
      expect(await page.getByTestId('entry-row').count()).toBeLessThan(60);
      expect(await page.getByTestId('entry-row').first().textContent()).toMatch(/^01/);

      // Keyboard: Tab into the list, End to the last entry, up one, down again; Enter opens it.
      await page.getByTestId('entry-row').first().focus();
      await page.keyboard.press('End');
      await expect.poll(() => focusedRow(page)).toBe(String(ENTRIES - 1));
      await expect.poll(() => page.getByTestId('entry-row').last().textContent()).toMatch(/^20000/);
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => focusedRow(page)).toBe(String(ENTRIES - 2));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const drawer = page.getByTestId('entry-drawer');
      await drawer.waitFor();
      await expect.poll(async () => (await drawer.textContent()) ?? '').toContain('20000');
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
      // Home goes back to the first; Page Down moves a screenful.
      await page.getByTestId('entry-row').last().focus();
      await page.keyboard.press('Home');
      await expect.poll(() => focusedRow(page)).toBe('0');
      await page.keyboard.press('PageDown');
      await expect.poll(async () => Number(await focusedRow(page))).toBeGreaterThan(5);

      // The scroll bar: dragged to the bottom, the last entries are read and shown.
      await page.locator('.entry-table-body').evaluate((el) => (el.scrollTop = el.scrollHeight));
      await expect.poll(() => page.getByTestId('entry-row').last().textContent()).toMatch(/^20000/);
      await page.locator('.entry-table-body').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
      await expect.poll(async () => Number(await page.getByTestId('entry-row').first().locator('[role=cell]').first().textContent())).toBeGreaterThan(9000);

      // Search answers from the index: an entry's own notation finds it among 20,000.
      const target = await page.getByTestId('entry-row').first().locator('[role=cell]').nth(3).textContent();
      await page.getByTestId('entry-search').locator('input').fill(target!);
      await expect.poll(async () => Number((await count(page))?.split(' / ')[0])).toBeLessThan(50);
      await expect.poll(async () => (await page.getByTestId('entry-row').allTextContents()).some((t) => t.includes(target!))).toBe(true);
      await page.getByTestId('entry-search').locator('input').fill('');
      await expect.poll(() => count(page)).toBe('20000 / 20000 văn bản');

      // A new document through the form: number 20001, at once in the count, at the end and in a search.
      await page.locator('#f-sender').focus();
      await page.keyboard.insertText('Sở Tài nguyên và Môi trường tỉnh Hưng Yên');
      await page.locator('#f-summary').focus();
      await page.keyboard.insertText('V/v kiểm kê đất đai lưu trữ tạm thời');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByText('Đã đăng ký văn bản đến số 20001.').count()).toBeGreaterThan(0);
      await expect.poll(() => count(page)).toBe('20001 / 20001 văn bản');
      await page.getByTestId('entry-row').first().focus();
      await page.keyboard.press('End');
      await expect.poll(() => page.getByTestId('entry-row').last().textContent()).toContain('V/v kiểm kê đất đai lưu trữ tạm thời');
      await page.getByTestId('entry-search').locator('input').fill('kiem ke dat dai luu tru tam thoi');
      await expect.poll(() => count(page)).toBe('1 / 20001 văn bản');

      // The printed book: larger than one print holds, so the numbers are asked (1–10,000 offered).
      await page.getByTestId('print-book').click();
      await page.getByTestId('output-range-help').waitFor();
      expect(await page.getByTestId('output-range-help').textContent()).toContain('Sổ có 20.001 văn bản. Mỗi lần in hoặc xuất được tối đa 10.000 số');
      const dialog = page.locator('.ant-modal:visible');
      const [from, to] = [dialog.getByLabel('Số đến: từ số', { exact: true }), dialog.getByLabel('đến số', { exact: true })];
      expect([await from.inputValue(), await to.inputValue()]).toEqual(['1', '10000']);
      await to.fill('25000');
      await page.getByTestId('output-range-error').waitFor();
      await from.fill('19995');
      await to.fill('20001');
      await page.getByTestId('output-range-error').waitFor({ state: 'detached' });
      const text = await printedText(page, () => to.press('Enter'), join(mkdtempSync(join(tmpdir(), 'luutru-range-')), 'so-den.pdf'));
      expect(text).toContain('Từ số 19995 đến số 20001');
      expect(text).toContain('kiểm kê đất đai lưu trữ tạm thời');
      expect(text).not.toContain('Từ số 01');
    } finally {
      await b.close();
    }
  });
});
