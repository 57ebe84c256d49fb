// A year's file plan of 3,000 dossiers in real Chromium: the dossier page opens with only the rows
// on screen in the page, the keyboard reaches the last dossier (End, arrows; Enter opens it),
// Space selects one for numbering, a search finds a dossier by its title without diacritics, and
// a dossier opened through the form takes the next number and is listed at once. The list reads
// as the printed file plan: by major heading (I, II, III, IV), then by notation.
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDossiers } from '../fixtures/dossier-seed';
import type { Dossier } from '../../renderer/src/core/dossiers/types';
import { openApp, startServer, type Server } from './harness';
import { completeSetupThroughUi } from './flows';

const PER_YEAR = 3000;
/** Every 25th is removed (with a reason), every 3rd closed. */
const LIVE = PER_YEAR - Math.floor(PER_YEAR / 25);
let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** Writes the year's dossiers (and last year's) of the unit's fonds with raw IndexedDB, from a page that runs no app code. */
async function seed(page: Page, year: number): Promise<Dossier[]> {
  const asset = readdirSync('dist/assets').find((f) => f.endsWith('.css'))!;
  await page.goto(`${server.url}/assets/${asset}`);
  const { unitId, fondsId } = await page.evaluate(async () => {
    const req = <T,>(r: IDBRequest<T>) => new Promise<T>((ok, fail) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => fail(r.error))));
    const db = await req(indexedDB.open('luutru'));
    const fonds = (await req(db.transaction('fonds').objectStore('fonds').getAll())) as { id: string; unitId: string }[];
    db.close();
    return { unitId: fonds[0]!.unitId, fondsId: fonds[0]!.id };
  });
  const rows = seedDossiers({ unitId, fondsId, years: [year, year - 1], perYear: PER_YEAR, deletedEvery: 25, closedEvery: 3 });
  await page.evaluate(async (all) => {
    const req = <T,>(r: IDBRequest<T>) => new Promise<T>((ok, fail) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => fail(r.error))));
    const db = await req(indexedDB.open('luutru'));
    for (let i = 0; i < all.length; i += 2000) {
      const tx = db.transaction(['dossiers'], 'readwrite');
      for (const row of all.slice(i, i + 2000)) tx.objectStore('dossiers').put(row);
      await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))));
    }
    db.close();
  }, rows);
  return rows;
}

/** The year's dossiers kept, as the file plan lists them: by heading (I, II, III, IV), then notation, numbers as numbers. */
function planOrder(rows: readonly Dossier[], year: number): Dossier[] {
  const rank = (h: string) => ['I.', 'II.', 'III.', 'IV.'].indexOf(h.split(' ')[0]!);
  return rows.filter((d) => d.year === year && !d.deleted).sort((a, b) => rank(a.heading) - rank(b.heading) || a.notation.localeCompare(b.notation, 'vi', { numeric: true }));
}

const starts = (notation: string) => new RegExp(`^${notation.replace('.', '\\.')}`);

const focusedRow = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.index ?? '');
const listTitle = (page: Page) => page.locator('.ant-card-head-title', { hasText: 'hồ sơ năm' }).textContent();

describe('a file plan of 3,000 dossiers', () => {
  it('opens with the rows on screen, reaches the end by keyboard, selects, finds by search and numbers on', { timeout: 300_000 }, async () => {
    const b = await openApp(server);
    try {
      const { page } = b;
      const year = new Date().getFullYear();
      await completeSetupThroughUi(page);
      await page.goto(`${server.url}#/dossiers`);
      await page.getByTestId('dossier-form').waitFor();
      const plan = planOrder(await seed(page, year), year);
      expect(plan.length).toBe(LIVE);
      expect(new Set(plan.map((d) => d.heading)).size).toBe(4);

      await page.goto(`${server.url}#/dossiers`);
      await page.getByTestId('dossier-form').waitFor();
      await expect.poll(() => listTitle(page), { timeout: 60_000 }).toBe(`${LIVE} hồ sơ năm ${year}`);
      await expect.poll(() => page.getByTestId('dossier-row').first().textContent()).toMatch(starts(plan[0]!.notation));
      expect(plan[0]!.heading).toBe('I. TỔNG HỢP');
      // Only the rows on screen (and a margin) are in the page.
      expect(await page.getByTestId('dossier-row').count()).toBeLessThan(40);
      expect(await page.getByTestId('dossier-table').getAttribute('aria-rowcount')).toBe(String(LIVE + 1));

      // Keyboard: into the list, End to the last dossier (the last of heading IV), up to the last one
      // closed and not numbered yet; Space ticks it for numbering; down again and Enter opens the last.
      const last = plan[LIVE - 1]!;
      expect(last.heading).toBe('IV. ĐỊA CHÍNH - XÂY DỰNG');
      const k = plan.findLastIndex((d, i) => i < LIVE - 1 && d.status === 'closed' && d.fileNumber === undefined);
      await page.getByTestId('dossier-row').first().focus();
      await page.keyboard.press('End');
      await expect.poll(() => focusedRow(page)).toBe(String(LIVE - 1));
      await expect.poll(() => page.getByTestId('dossier-row').last().textContent()).toMatch(starts(last.notation));
      for (let i = k; i < LIVE - 1; i++) await page.keyboard.press('ArrowUp');
      await expect.poll(() => focusedRow(page)).toBe(String(k));
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(starts(plan[k]!.notation));
      await page.keyboard.press(' ');
      await expect.poll(() => page.getByTestId('number-dossiers').textContent()).toBe('Đánh số chính thức (1)');
      expect(await page.getByRole('checkbox', { name: starts(plan[k]!.notation) }).isChecked()).toBe(true);
      await page.keyboard.press(' ');
      await expect.poll(() => page.getByTestId('number-dossiers').textContent()).toBe(`Đánh số chính thức (${PER_YEAR / 3 - Math.floor(PER_YEAR / 75)})`);
      for (let i = k; i < LIVE - 1; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const drawer = page.getByTestId('dossier-drawer');
      await drawer.waitFor();
      const n = Number(last.notation.split('.')[0]);
      await expect.poll(async () => (await drawer.locator('.ant-drawer-title').textContent()) ?? '').toMatch(new RegExp(`^${n}\\..* \\(tập ${n}\\)$`));
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
      // Closed, the cursor is back on the row that was opened.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('dossier-row');
      await page.getByTestId('dossier-row').last().focus();
      await page.keyboard.press('Home');
      await expect.poll(() => focusedRow(page)).toBe('0');
      await page.keyboard.press('PageDown');
      await expect.poll(async () => Number(await focusedRow(page))).toBeGreaterThan(4);

      // Search, marks and case ignored: one dossier among 3,000 by its title.
      const search = page.getByTestId('dossier-search').locator('input');
      await search.fill('TAP 1234)');
      await expect.poll(() => page.getByTestId('dossier-found').textContent()).toBe('Tìm thấy 1 hồ sơ');
      await expect.poll(() => page.getByTestId('dossier-row').allTextContents()).toEqual([expect.stringMatching(/^1234\..*\(tập 1234\)/)]);
      await search.fill('không có hồ sơ nào như thế này');
      await expect.poll(() => page.getByText('Không có hồ sơ nào của năm này khớp với', { exact: false }).count()).toBe(1);
      await search.fill('');
      await expect.poll(() => page.getByTestId('dossier-table').getAttribute('aria-rowcount')).toBe(String(LIVE + 1));

      // Removed dossiers shown too: the list grows, the title still counts those kept.
      await page.getByText('Hiện cả hồ sơ đã xóa').click();
      await expect.poll(() => page.getByTestId('dossier-table').getAttribute('aria-rowcount')).toBe(String(PER_YEAR + 1));
      expect(await listTitle(page)).toBe(`${LIVE} hồ sơ năm ${year}`);
      await page.getByText('Hiện cả hồ sơ đã xóa').click();

      // A new dossier by the keyboard: numbered after the last one kept (3000, the removed one's number
      // is not counted, as before), listed at once, last of its heading (I).
      await page.locator('#d-heading').focus();
      await page.keyboard.type('I. TỔNG HỢP');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.locator('#d-headingCode').inputValue()).toBe('TH');
      await expect.poll(() => page.getByTestId('dossier-notation').getAttribute('placeholder')).toBe('3000.TH');
      await page.locator('#d-title').focus();
      await page.keyboard.type('Hồ sơ về việc kiểm kê tài liệu lưu trữ của Ủy ban nhân dân xã năm ' + year);
      await page.locator('#d-retention').focus();
      await page.keyboard.type('vĩnh viễn');
      await page.keyboard.press('Enter');
      await expect.poll(() => listTitle(page)).toBe(`${LIVE + 1} hồ sơ năm ${year}`);
      const lastOfI = plan.filter((d) => d.heading === 'I. TỔNG HỢP').length;
      const rowAt = async (index: number) => page.locator(`[data-testid="dossier-row"][data-index="${index}"]`).textContent({ timeout: 1000 }).catch(() => '');
      // Scrolled to the end of heading I: the new dossier is there, before heading II begins.
      await page.getByTestId('dossier-table').evaluate((table, index) => {
        const row = table.querySelector('[data-testid="dossier-row"]') as HTMLElement;
        let box: HTMLElement | null = row.parentElement;
        while (box && !(box.scrollHeight > box.clientHeight + 10 && getComputedStyle(box).overflowY !== 'visible')) box = box.parentElement;
        box!.scrollTop = (index - 3) * row.getBoundingClientRect().height;
      }, lastOfI);
      await expect.poll(() => rowAt(lastOfI)).toMatch(/^3000\.TH.*kiểm kê tài liệu lưu trữ/);
      await expect.poll(() => rowAt(lastOfI + 1)).toMatch(/VPTK/);
    } finally {
      await b.close();
    }
  });
});
