// The province archive in Chromium: the test sets up an archive (PGlite in a temporary folder) the
// way the README says — `luutru archive init` with the administrator's password on standard input —
// and starts its server; an archivist signs in, imports two communes' signed bundles through the
// screens (confirming each key, as against the paper record), sees both communes in the overview
// and finds their documents in the consolidated search, typed without diacritics; a second
// workstation signed in at the same time sees the communes arrive without reloading. A third
// commune's bundle brings its final 2025 statistics report and its deposits, destructions and
// loans (made in Node by the app's own repositories on an in-memory IndexedDB): the overview shows
// them from the server as the app shows its own. When the server goes away, the screen says so in
// Vietnamese.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveMain } from '../../renderer/src/archive/cli';
import { createAccount } from '../../renderer/src/archive/auth';
import { startArchiveServer, type ArchiveServer } from '../../renderer/src/archive/server';
import { openPglite, type ArchiveDb } from '../../renderer/src/archive/sql';
import { openDb } from '../../renderer/src/db/schema';
import { seedCommune, thuyLienSetup } from '../fixtures/duties-seed';
import { saveDoc } from '../../renderer/src/db/repositories/dossier-doc-repository';
import { finaliseReport } from '../../renderer/src/db/repositories/statistics-repository';
import { DEFAULT_STAT_FORMS } from '../../renderer/src/core/duties/statistics';
import { exportBundle } from '../../renderer/src/db/exchange/export';
import { buildOnce, CHROMIUM_ARGS, chromiumPath } from './harness';
import { clickOption } from './flows';

const PASSWORD = 'Kho-luu-tru-Hung-Yen-2026';
const VIEW_PASSWORD = 'Chi-xem-thoi-2026';
let dir: string;
let db: ArchiveDb;
let server: ArchiveServer;
let context: BrowserContext;
let page: Page;
let other: BrowserContext;

/**
 * A commune that sent its final 2025 report with its duties (test/fixtures/duties-seed.ts), its export written where a
 * USB stick would be. It gives Thụy Hải's code (a code typed wrong at its setup): its key is trusted over that warning.
 */
async function reportingCommune(): Promise<string[]> {
  const local = await openDb('archive-e2e-reporting-commune');
  // seededExport's, with a document listed in its open file E (found at the archive by its summary, opened in its file).
  const s = await seedCommune(local, thuyLienSetup('12345'));
  await saveDoc(local, s.session, s.ids.E!, { number: '7/TTr-UBND', date: '2025-04-02', author: 'UBND xã Thụy Liên', summary: 'Tờ trình xin kinh phí tu bổ đình làng', sheetFrom: 1, sheetTo: 3, note: '' });
  await finaliseReport(local, s.session, 2025, { staffTotal: 2 }, DEFAULT_STAT_FORMS, new Date('2026-01-20T03:00:00Z'));
  const exported = await exportBundle(local, { kind: 'full', operator: 'Nguyễn Thị Lan', now: new Date('2026-01-20T08:00:00Z') });
  local.close();
  return exported.files.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.data);
    return path;
  });
}

beforeAll(async () => {
  buildOnce();
  dir = mkdtempSync(join(tmpdir(), 'luutru-archive-e2e-'));
  const out: string[] = [];
  const code = await archiveMain(
    'init',
    [],
    new Map<string, string | true>([
      ['db', join(dir, 'data')],
      ['name', 'Lưu trữ lịch sử tỉnh Hưng Yên'],
      ['code', '33'],
      ['admin', 'binh'],
      ['admin-name', 'Trần Văn Bình'],
      ['password-stdin', true],
    ]),
    { out: (l) => out.push(l), err: (l) => out.push(l), stdin: async () => `${PASSWORD}\n` },
  );
  expect(code).toBe(0);
  db = await openPglite(join(dir, 'data'));
  await createAccount(db, { username: 'xem', displayName: 'Lê Thị An', role: 'view', password: VIEW_PASSWORD });
  server = await startArchiveServer({ db, host: '127.0.0.1', port: 0, allow: '127.0.0.1/32', distDir: 'dist', log: () => undefined });
  context = await chromium.launchPersistentContext(mkdtempSync(join(dir, 'profile-')), { executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true, viewport: { width: 1366, height: 800 }, locale: 'vi-VN' });
  page = context.pages()[0] ?? (await context.newPage());
  other = await chromium.launchPersistentContext(mkdtempSync(join(dir, 'profile-')), { executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true, viewport: { width: 1366, height: 800 }, locale: 'vi-VN' });
});

afterAll(async () => {
  await context?.close();
  await other?.close();
  await server?.close();
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the province archive served on the LAN', () => {
  it('signs in, imports two communes through the screens, shows them and finds their documents', { timeout: 240_000 }, async () => {
    await page.goto(server.url);
    await page.getByTestId('login-username').fill('binh');
    await page.getByTestId('login-password').fill('sai-mat-khau-nhe');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('header-unit').textContent()).toBe('Lưu trữ lịch sử tỉnh Hưng Yên');
    await expect.poll(() => page.getByTestId('header-account').textContent()).toBe('Trần Văn Bình (quản trị)');

    // A second workstation, an archivist who may only read, watches the overview while the first imports.
    const watcher = other.pages()[0] ?? (await other.newPage());
    await watcher.goto(server.url);
    await watcher.getByTestId('login-username').fill('xem');
    await watcher.getByTestId('login-password').fill(VIEW_PASSWORD);
    await watcher.getByTestId('login-submit').click();
    await watcher.getByTestId('upper-origins').waitFor();
    expect(await watcher.getByTestId('upper-origins').locator('.ant-table-row').count()).toBe(0);

    await page.getByRole('menuitem', { name: 'Nhập gói dữ liệu' }).click();
    // Nothing taken in yet: the list of bundles received says so.
    await expect.poll(() => page.getByTestId('received-bundles').textContent()).toContain('Chưa nhận gói dữ liệu nào.');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-choose').click()]);
    await chooser.setFiles(['test/fixtures/bundles/commune-a-1.json', 'test/fixtures/bundles/commune-b-1.json']);
    await page.getByTestId('import-receipt').waitFor();
    // Each unit seen for the first time: its key is confirmed by a person, one after the other.
    for (let i = 0; i < 2; i++) {
      await expect.poll(() => page.getByTestId('trust-key').count()).toBe(2 - i);
      await page.getByTestId('read-aloud').first().check();
      await page.getByTestId('trust-key').first().click();
    }
    await expect.poll(() => page.getByTestId('import-file').count()).toBe(2);
    await expect.poll(() => page.getByTestId('import-apply').textContent()).toBe('Nhập dữ liệu (9 bản ghi)');
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-receipt').waitFor({ state: 'detached' });
    // The files taken in are listed under the import from the shared store: each unit's file, its number, who took it in.
    const received = page.getByTestId('received-bundles').locator('.ant-table-row');
    await expect.poll(() => received.count()).toBe(2);
    const receivedRows = await received.allTextContents();
    expect(receivedRows.some((r) => r.includes('Ủy ban nhân dân phường Đông Kinh') && r.includes('commune-') && r.includes('Trần Văn Bình'))).toBe(true);
    expect(receivedRows.some((r) => r.includes('Ủy ban nhân dân xã Thụy Hải') && r.includes('Số 1'))).toBe(true);
    expect(await page.getByTestId('received-bundles').locator('th').allTextContents()).toContain('Thời điểm nhập');
    // One unit's bundles, asked of the shared store.
    await page.getByTestId('received-unit').click();
    await page.keyboard.type('dong kinh');
    await page.keyboard.press('Enter');
    await expect.poll(() => received.count()).toBe(1);
    expect(await received.first().textContent()).toContain('Ủy ban nhân dân phường Đông Kinh');
    await page.getByTestId('received-unit').locator('.ant-select-clear').click();
    await expect.poll(() => received.count()).toBe(2);

    // The other workstation sees both communes without reloading (one shared store).
    await expect.poll(() => watcher.getByTestId('upper-origins').locator('.ant-table-row').count()).toBe(2);
    // It is offered only what its role allows: told it may only read where bundles are taken in, and no key to revoke
    // or confirm (it was offered both, refused only once a file was picked or a reason typed).
    await watcher.getByRole('menuitem', { name: 'Nhập gói dữ liệu' }).click();
    await expect.poll(() => watcher.getByTestId('import-not-allowed').textContent()).toContain('Tài khoản của bạn chỉ được xem.');
    expect(await watcher.getByTestId('import-choose').count()).toBe(0);
    await watcher.getByRole('menuitem', { name: 'Khóa tin cậy' }).click();
    await expect.poll(() => watcher.getByTestId('trusted-keys').locator('.ant-table-row').count()).toBe(2);
    expect([await watcher.getByTestId('revoke-key').count(), await watcher.getByTestId('confirm-from-file').count()]).toEqual([0, 0]);

    // What imports held for review, from the shared store (no take-over of fonds here: that is a commune's).
    await page.getByRole('menuitem', { name: 'Cần xem xét' }).click();
    await expect.poll(() => page.getByTestId('custody-list').textContent()).toContain('Chưa ghi nhận việc tiếp nhận phông nào.');
    expect(await page.getByTestId('review-held').count()).toBe(1);
    expect(await page.getByTestId('take-over-open').count()).toBe(0);

    await page.getByRole('menuitem', { name: 'Tổng hợp các đơn vị' }).click();
    const origins = page.getByTestId('upper-origins');
    await expect.poll(async () => (await origins.locator('.ant-table-row').allTextContents()).join(' | ')).toContain('Ủy ban nhân dân phường Đông Kinh');
    const rows = await origins.locator('.ant-table-row').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.includes('Thụy Hải'))).toContain('Văn bản đến: 3');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: join(tmpdir(), 'luutru-archive-overview-1366.png'), fullPage: true });

    const search = page.getByTestId('upper-search');
    await search.getByRole('searchbox').fill('cong van so 2 bao cao luu tru');
    await expect.poll(async () => (await search.locator('.ant-table-row').allTextContents()).length).toBe(2);
    const hits = await search.locator('.ant-table-row').allTextContents();
    expect(hits.some((h) => h.includes('Ủy ban nhân dân phường Đông Kinh') && h.includes('Công văn số 2 về việc báo cáo công tác lưu trữ'))).toBe(true);
    expect(hits.some((h) => h.includes('Ủy ban nhân dân xã Thụy Hải'))).toBe(true);
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.screenshot({ path: join(tmpdir(), 'luutru-archive-search-1024.png'), fullPage: true });

    // A commune's report and duties, read from the server: its bundle taken in (its key confirmed over the warning that its
    // code is Thụy Hải's), the overview shows its 2025 report side by side with the total, and its deposits, destructions
    // and loans (the app's own screen showed them only); the key list keeps the warning it was trusted over.
    const seeded = await reportingCommune();
    await page.getByRole('menuitem', { name: 'Nhập gói dữ liệu' }).click();
    const [third] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-choose').click()]);
    await third.setFiles(seeded);
    await page.getByTestId('import-receipt').waitFor();
    expect(await page.getByTestId('identity-warnings').textContent()).toContain('Mã đơn vị hành chính 12345 đã thuộc về Ủy ban nhân dân xã Thụy Hải.');
    await page.getByTestId('warnings-ack').check();
    await page.getByTestId('read-aloud').first().check();
    await page.getByTestId('trust-key').first().click();
    await expect.poll(() => page.getByTestId('import-apply').textContent()).toMatch(/^Nhập dữ liệu \(\d+ bản ghi\)$/);
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-receipt').waitFor({ state: 'detached' });
    await page.getByRole('menuitem', { name: 'Tổng hợp các đơn vị' }).click();
    const reports = page.getByTestId('upper-reports');
    await expect.poll(() => reports.getByTestId('upper-dossiersFormed-0').textContent()).toBe('5');
    expect(await reports.getByTestId('upper-staffTotal-1').textContent()).toBe('2');
    expect(await reports.locator('thead').textContent()).toContain('UBND xã Thụy Liên');
    expect(await reports.locator('thead').textContent()).toContain('Tổng cộng');
    expect(await reports.getByTestId('upper-reports-sticky-year').first().textContent()).toBe('Năm 2025');
    const duties = page.getByTestId('upper-duties').locator('.ant-table-row', { hasText: 'Thụy Liên' });
    // Đợt nộp lưu, hồ sơ nộp vào lưu trữ hiện hành / lịch sử, hồ sơ đã hủy, lượt mượn, chưa trả — of the reports' year,
    // 2025 (the batch of January 2026 and the loan of 2024 left out); of every year, all of them.
    await expect.poll(() => page.getByTestId('upper-duties-scope').textContent()).toContain('Số liệu năm 2025');
    await expect.poll(async () => (await duties.locator('td').allTextContents()).slice(1)).toEqual(['1', '0', '1', '1', '3', '1']);
    expect(await page.getByTestId('upper-duties').locator('.ant-table-row', { hasText: 'Đông Kinh' }).locator('td').allTextContents()).toEqual(['Ủy ban nhân dân phường Đông Kinh', '0', '0', '0', '0', '0', '0']);
    await page.getByRole('combobox', { name: 'Năm của số liệu nộp lưu, hủy, khai thác' }).click();
    await clickOption(page, page.locator('.ant-select-item-option', { hasText: 'Mọi năm, đến nay' }));
    await expect.poll(async () => (await duties.locator('td').allTextContents()).slice(1)).toEqual(['2', '0', '3', '1', '4', '1']);
    expect(await page.getByTestId('upper-duties-scope').textContent()).toContain('mọi năm, đến nay');
    // Its dossiers and boxes are found from the server too: a file by its title typed without marks, with its box and
    // where its paper is (deposited); a box by its name, first (the search of dossiers read this PC's database only).
    const held = page.getByTestId('archive-search');
    await held.getByRole('searchbox').fill('ho so a nam 2025');
    await expect.poll(() => held.getByTestId('archive-hit').count()).toBe(1);
    const hit = (await held.getByTestId('archive-hit').textContent()) ?? '';
    expect(hit).toContain('Ủy ban nhân dân xã Thụy Liên');
    expect(hit).toMatch(/ML 1 · HS \d+ — Hồ sơ A năm 2025ML 1 · hộp \d{2} · đã nộp lưu 10\/01\/2026/);
    // A hit opens what it is, read-only, as the app's own upper level opens it: the file's drawer, its details and where
    // its box stands; closed, the cursor is back on the hit.
    const isFocused = (el: Element) => el === document.activeElement;
    await held.getByTestId('archive-hit').first().click();
    const heldDrawer = page.getByTestId('held-dossier-drawer');
    await expect.poll(() => heldDrawer.locator('.ant-drawer-title').textContent()).toBe('01.TH · Hồ sơ A năm 2025');
    expect(await heldDrawer.locator('.ant-alert').textContent()).toContain('nên chỉ được xem');
    expect(await heldDrawer.locator('.ant-descriptions').textContent()).toMatch(/Nguyễn Thị Lan.*ML 1 · hộp \d{2}/);
    await page.keyboard.press('Escape');
    await heldDrawer.waitFor({ state: 'detached' });
    await expect.poll(() => held.getByTestId('archive-hit').first().evaluate(isFocused)).toBe(true);
    // A document found (Enter on its row) opens its file on the documents listed in it, its line marked.
    await held.getByRole('searchbox').fill('to trinh tu bo dinh lang');
    await expect.poll(() => held.getByTestId('archive-hit').count()).toBe(1);
    await held.getByTestId('archive-hit').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heldDrawer.getByTestId('held-doc-marked').textContent()).toContain('Tờ trình xin kinh phí tu bổ đình làng');
    expect(await heldDrawer.locator('.ant-drawer-title').textContent()).toContain('Hồ sơ E năm 2025');
    expect(await heldDrawer.getByRole('tab', { selected: true }).textContent()).toBe('Văn bản trong hồ sơ');
    expect(await heldDrawer.getByTestId('doc-totals').textContent()).toMatch(/^1 văn bản, \d+ tờ/);
    await page.keyboard.press('Escape');
    await heldDrawer.waitFor({ state: 'detached' });
    await held.getByRole('searchbox').fill('ho so a nam 2025');
    await expect.poll(() => held.getByTestId('archive-hit').count()).toBe(1);
    await held.getByRole('searchbox').fill('hop 01');
    await expect.poll(async () => (await held.getByTestId('archive-hit').first().textContent()) ?? '').toMatch(/^Ủy ban nhân dân xã Thụy LiênHộpML \d · hộp 01/);
    // A box opens its files; a file opens over it, and closed gives the cursor back to its row in the box, the box to the hit.
    await held.getByTestId('archive-hit').first().click();
    const boxDrawer = page.getByTestId('box-drawer');
    await expect.poll(() => boxDrawer.locator('.ant-drawer-title').textContent()).toMatch(/hộp 01/);
    await expect.poll(() => boxDrawer.getByTestId('box-dossier').count()).toBeGreaterThan(0);
    const file = boxDrawer.getByTestId('box-dossier').first();
    const fileTitle = (await file.locator('td').nth(2).textContent()) ?? '';
    expect(fileTitle.length).toBeGreaterThan(5);
    await file.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heldDrawer.locator('.ant-drawer-title').textContent()).toContain(fileTitle);
    await page.keyboard.press('Escape');
    await heldDrawer.waitFor({ state: 'detached' });
    await expect.poll(() => file.evaluate(isFocused)).toBe(true);
    await page.keyboard.press('Escape');
    await boxDrawer.waitFor({ state: 'detached' });
    await expect.poll(() => held.getByTestId('archive-hit').first().evaluate(isFocused)).toBe(true);
    // One unit's only: Đông Kinh holds no file of that name.
    await held.getByRole('searchbox').fill('ho so a nam 2025');
    await expect.poll(() => held.getByTestId('archive-search-count').textContent()).toBe('Tìm thấy 1 mục.');
    await held.getByTestId('archive-search-unit').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('Ủy ban nhân dân phường Đông Kinh').click();
    await expect.poll(() => held.getByTestId('archive-hit').count()).toBe(0);
    expect(await held.locator('.ant-table-placeholder').textContent()).toContain('Không tìm thấy');
    await page.getByRole('menuitem', { name: 'Khóa tin cậy' }).click();
    const trusted = page.getByTestId('trusted-keys');
    await expect.poll(() => trusted.locator('.ant-table-row', { hasText: 'Thụy Liên' }).getByTestId('key-confirmed-over').textContent()).toBe('Đã tin cậy dù có cảnh báo: mã đơn vị hành chính 12345 đã thuộc về Ủy ban nhân dân xã Thụy Hải.');
    expect(await trusted.getByTestId('key-confirmed-over').count()).toBe(1);
    await page.getByRole('menuitem', { name: 'Tổng hợp các đơn vị' }).click();

    // The server stops (once the page is back, its reads done: under load it stopped before the search card came): the
    // next search says so, in Vietnamese, with what to do.
    await search.getByRole('searchbox').waitFor();
    await server.close();
    await search.getByRole('searchbox').fill('cong van so 3');
    // A read lost says to try again (it spoke of choosing the files again and importing).
    await expect.poll(() => search.locator('.ant-alert-error').textContent()).toBe('Mất kết nối tới máy chủ lưu trữ nên chưa đọc được. Hãy kiểm tra mạng và máy chủ lưu trữ còn chạy, rồi thử lại.');
    // And the search of dossiers.
    await held.getByRole('searchbox').fill('ho so b nam');
    await expect.poll(() => held.getByTestId('archive-search-error').textContent()).toBe('Mất kết nối tới máy chủ lưu trữ nên chưa đọc được. Hãy kiểm tra mạng và máy chủ lưu trữ còn chạy, rồi thử lại.');
    // Under the error nothing says "no document matches" (read as the document not being held).
    expect(await search.locator('.ant-table-placeholder').textContent()).not.toContain('Không có');
    // The trusted keys say they could not be read (they read "no key trusted yet").
    await page.getByRole('menuitem', { name: 'Khóa tin cậy' }).click();
    await expect.poll(() => page.getByTestId('trusted-keys-error').textContent()).toContain('Mất kết nối tới máy chủ lưu trữ nên chưa đọc được.');
    expect(await page.getByTestId('trusted-keys').locator('.ant-table-placeholder').textContent()).not.toContain('Chưa tin cậy');
  });
});
