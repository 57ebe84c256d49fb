// Nothing lost, in real Chromium: a clerk backs up (streamed through the save picker into a
// file), the PC is wiped (a new browser profile), the backup is restored from the first
// screen and every table has the content hash it had before; a tampered or cut file is
// refused with nothing written; restoring over data first keeps a backup of what it replaces;
// without the File System Access API the backup downloads as one file, checked in Node.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, startServer, type Server } from './harness';
import { completeSetupThroughUi, confirmDialog } from './flows';
import { installOpfsSavePicker, opfsFiles, readOpfsFile, removeSavePicker, tableDigests, without } from './idb-tools';
import { BackupChecker, splitLines } from '../../renderer/src/core/backup/check';
import { memorySource } from '../../renderer/src/platform/testing';

let server: Server;
const dir = mkdtempSync(join(tmpdir(), 'luutru-backup-e2e-'));
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

async function registerThree(page: Page) {
  await page.goto(`${server.url}#/incoming`);
  await page.getByTestId('incoming-form').waitFor();
  const docs = [
    ['Sở Nội vụ tỉnh Hưng Yên', 'V/v hướng dẫn sao lưu dữ liệu văn thư điện tử'],
    ['Công an tỉnh Hưng Yên', 'V/v phối hợp bảo đảm an ninh trật tự dịp Tết'],
    ['Ủy ban nhân dân tỉnh Hưng Yên', 'V/v triển khai chuyển đổi số cấp xã năm 2026'],
  ];
  for (const [i, [sender, summary]] of docs.entries()) await registerOne(page, sender!, summary!, i + 1);
}

/** One incoming document typed in the open register's form and saved, waited for by its number. */
async function registerOne(page: Page, sender: string, summary: string, number: number) {
  await page.locator('#f-sender').fill(sender);
  await page.locator('#f-summary').fill(summary);
  await page.locator('#f-summary').press('Enter');
  await expect.poll(() => page.getByText(`Đã đăng ký văn bản đến số ${String(number).padStart(2, '0')}.`).count()).toBeGreaterThan(0);
}

async function backupThroughUi(page: Page): Promise<void> {
  await page.goto(`${server.url}#/backup`);
  await page.getByTestId('backup-now').click();
  await expect.poll(() => page.getByTestId('backup-result').textContent()).toMatch(/^Đã sao lưu \d+ bản ghi vào tệp 12345_\d{4}-\d{2}-\d{2}_\d{4}\.luutru-backup\.$/);
  // The cursor is back on the button (disabled while it ran, it fell to the page).
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('backup-now');
}

async function chooseBackupFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('restore-choose').click();
  await (await chooser).setFiles(path);
  await page.getByTestId('restore-checked').or(page.getByTestId('restore-error')).first().waitFor();
}

let backupPath = '';
let before: Record<string, string> = {};

describe('backup and restore in Chromium', () => {
  it('backup → new PC → restore from the first screen: every table as it was, a new key, the home screen says so', { timeout: 240_000 }, async () => {
    const a = await openApp(server);
    try {
      await installOpfsSavePicker(a.context);
      await a.page.reload();
      await completeSetupThroughUi(a.page);
      await registerThree(a.page);
      // A half-typed entry is data too.
      await a.page.locator('#f-sender').fill('Phòng Văn hóa - Xã hội');
      await a.page.waitForTimeout(700);
      await a.page.goto(`${server.url}#/home`);
      await expect.poll(() => a.page.getByTestId('backup-status').getAttribute('data-due')).toBe('never');
      before = without(await tableDigests(a.page), 'signingKeys', 'backupLog');
      await backupThroughUi(a.page);
      const [name] = await opfsFiles(a.page);
      backupPath = join(dir, name!);
      writeFileSync(backupPath, await readOpfsFile(a.page, name!));
      await a.page.goto(`${server.url}#/home`);
      await expect.poll(() => a.page.getByTestId('backup-status').getAttribute('data-due')).toBe('no');
      expect(await a.page.getByTestId('backup-status').textContent()).toContain('.luutru-backup');
      // A document registered after the backup is named in the restore's question (the counts and a minute said nothing
      // lost when it was typed in the backup's minute); "Quay lại" keeps it.
      await a.page.goto(`${server.url}#/incoming`);
      await registerOne(a.page, 'Bảo hiểm xã hội tỉnh Hưng Yên', 'V/v đối chiếu số liệu bảo hiểm xã hội', 4);
      await a.page.goto(`${server.url}#/backup`);
      await chooseBackupFile(a.page, backupPath);
      await a.page.getByTestId('restore-apply').click();
      await expect.poll(() => a.page.getByTestId('restore-lost').textContent().catch(() => '')).toMatch(/^Các thay đổi làm trên máy này sau khi sao lưu sẽ mất \(1\):\d\d\/\d\d\/\d{4} \d\d:\d\d — Đăng ký văn bản đến: số đến 04/);
      await a.page.locator('.ant-modal-confirm').getByRole('button', { name: 'Quay lại' }).click();
      await a.page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
    } finally {
      await a.close();
    }

    const b = await openApp(server);
    try {
      const { page } = b;
      await page.getByTestId('first-run-restore').click();
      await chooseBackupFile(page, backupPath);
      const summary = await page.getByTestId('restore-summary').textContent();
      expect(summary).toContain('Ủy ban nhân dân xã Thụy Hải (12345)');
      expect(summary).toContain('3 văn bản đến, 0 văn bản đi');
      // What the line does not name is said as other records (its total counted 24 records it never named).
      expect(summary).toMatch(/\d+ thay đổi trong nhật ký và [1-9]\d* bản ghi khác \(sổ, hộp, đợt chỉnh lý, phiếu mượn, cài đặt…\); tổng \d+ bản ghi/);
      // Said before restoring, not only after: the signing key is not in the backup, a new one is made.
      expect(await page.getByTestId('restore-new-key-note').textContent()).toContain('sau khi khôi phục, phần mềm sẽ tạo khóa ký mới cho đơn vị — kể cả khi khôi phục trên chính máy này');
      expect(summary).toContain('Nguyễn Thị Lan');
      // What to compare the fingerprint with is said below its words, not among them.
      const words = await page.getByTestId('backup-fingerprint').boundingBox();
      const help = await page.getByTestId('backup-fingerprint-help').boundingBox();
      expect(help!.y).toBeGreaterThanOrEqual(words!.y + words!.height);
      // Checked, the cursor is on "Khôi phục" and it is in view at 1366×800 (it stayed on "Chọn tệp", the button below the fold).
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('restore-apply');
      const apply = (await page.getByTestId('restore-apply').boundingBox())!;
      expect(apply.y + apply.height).toBeLessThanOrEqual(800);
      await page.getByTestId('restore-apply').click();
      await page.getByTestId('restored').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('restored').textContent()).toContain('Đã khôi phục xong');
      await confirmDialog(page, 'restored-ok');
      await page.getByTestId('header-unit').waitFor();
      expect(without(await tableDigests(page), 'signingKeys', 'backupLog')).toEqual(before);
      // A new signing key was made (the old one never leaves its PC).
      expect((await tableDigests(page)).signingKeys).toMatch(/^1:/);
      // The restore on a line of its own under the last backup file made (it read as the last backup).
      await expect.poll(() => page.getByTestId('backup-restored').textContent()).toMatch(/^Lần khôi phục gần nhất: \d\d\/\d\d\/\d{4} \d\d:\d\d, từ bản sao lưu lập ngày \d\d\/\d\d\/\d{4}$/);
      // No backup file was made on this PC; what the figures count from is the restore, said as one.
      const status = await page.getByTestId('backup-status').textContent();
      expect(status).toMatch(/^Lần sao lưu gần nhất: Chưa sao lưu lần nào\.Lần khôi phục gần nhất: /);
      expect(status).toMatch(/Đã khôi phục hôm nay; \d+ thay đổi từ đó\.$/);
      // The clerk carries on: the register continues at number 04, the half-typed sender is back.
      await page.goto(`${server.url}#/incoming`);
      await expect.poll(() => page.getByTestId('next-number').textContent()).toBe('Số sẽ cấp: 04');
      await expect.poll(() => page.locator('#f-sender').inputValue()).toBe('Phòng Văn hóa - Xã hội');
    } finally {
      await b.close();
    }
  });

  it('a tampered or cut backup is refused with a Vietnamese message and nothing is written', async () => {
    const bytes = readFileSync(backupPath);
    const text = bytes.toString('utf8');
    const tampered = join(dir, 'sua.luutru-backup');
    writeFileSync(tampered, text.replace('V/v hướng dẫn sao lưu', 'V/v hướng dẫn xóa bỏ'));
    const cut = join(dir, 'cut.luutru-backup');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const b = await openApp(server);
    try {
      const { page } = b;
      const fresh = await tableDigests(page);
      await page.getByTestId('first-run-restore').click();
      await chooseBackupFile(page, tampered);
      expect(await page.getByTestId('restore-error').textContent()).toBe(
        'Nội dung tệp sao lưu không khớp với chữ ký số: tệp đã bị sửa hoặc bị hỏng. Không dùng được tệp này; hãy chọn một bản sao lưu khác. Không có gì được ghi.',
      );
      await chooseBackupFile(page, cut);
      expect(await page.getByTestId('restore-error').textContent()).toContain('Tệp sao lưu bị thiếu phần cuối');
      expect(await page.getByTestId('restore-apply').count()).toBe(0);
      expect(await tableDigests(page)).toEqual(fresh);
      expect(await page.getByTestId('first-run').isVisible()).toBe(true);
    } finally {
      await b.close();
    }
  });

  it('restoring over another unit asks first and keeps a backup of what it replaces', { timeout: 180_000 }, async () => {
    const b = await openApp(server);
    try {
      const { page } = b;
      await installOpfsSavePicker(b.context);
      await page.reload();
      await completeSetupThroughUi(page, 'Ủy ban nhân dân xã Thụy Trình', '12346');
      await page.goto(`${server.url}#/backup`);
      await chooseBackupFile(page, backupPath);
      await page.getByTestId('restore-apply').click();
      await expect.poll(() => page.locator('.ant-modal-confirm').textContent()).toContain('Máy này đang có dữ liệu (Ủy ban nhân dân xã Thụy Trình)');
      // What each side holds, and that this PC changed after the backup was made: said before anything is replaced.
      expect(await page.getByTestId('restore-compare').textContent()).toMatch(/Trên máy này: 0 văn bản đến, 0 văn bản đi, 0 hồ sơ; thay đổi gần nhất .+\.Trong bản sao lưu: [1-9]\d* văn bản đến, \d+ văn bản đi, \d+ hồ sơ; thay đổi gần nhất .+\./);
      expect(await page.getByTestId('restore-here-newer').textContent()).toMatch(/^Dữ liệu trên máy này mới hơn bản sao lưu: những gì nhập hoặc sửa sau .+ sẽ không còn trên máy sau khi khôi phục/);
      // …which changes, named as the journal names them (the counts alone hid a document typed in the backup's minute).
      // Another unit's backup replaces all of this PC's changes: said so, the latest named.
      expect(await page.getByTestId('restore-lost').textContent()).toMatch(/^Bản sao lưu là của đơn vị khác: mọi thay đổi trên máy này \(\d+\) sẽ được thay, gần nhất là:.*Thiết lập ban đầu/);
      // And the new key it makes, where the decision is taken.
      expect(await page.getByTestId('restore-confirm-new-key').textContent()).toContain('Sau khi khôi phục, đơn vị dùng khóa ký mới');
      await confirmDialog(page, 'restore-replace-ok');
      await page.getByTestId('restored').waitFor({ timeout: 60_000 });
      await confirmDialog(page, 'restored-ok');
      await expect.poll(() => page.getByTestId('header-unit').textContent()).toBe('Ủy ban nhân dân xã Thụy Hải');
      expect(without(await tableDigests(page), 'signingKeys', 'backupLog')).toEqual(before);
      const files = await opfsFiles(page);
      const safety = files.find((f) => f.startsWith('12346_') && f.includes('truoc-khoi-phuc'));
      expect(safety).toBeDefined();
      // The kept copy is itself a sound backup of the replaced unit.
      const checker = new BackupChecker(99);
      const kept = await readOpfsFile(page, safety!);
      for await (const line of splitLines(memorySource('x', kept).chunks())) await checker.line(line);
      expect((await checker.finish(kept.length)).header.unit.name).toBe('Ủy ban nhân dân xã Thụy Trình');
      await page.goto(`${server.url}#/backup`);
      await expect.poll(() => page.getByTestId('backup-history').textContent()).toContain('Sao lưu trước khi khôi phục');
      // That copy holds the data replaced: it is not the last backup of the data used here (it was said to be).
      await page.goto(`${server.url}#/home`);
      await expect.poll(() => page.getByTestId('backup-restored').count()).toBe(1);
      expect(await page.getByTestId('backup-status').textContent()).not.toContain('truoc-khoi-phuc');
    } finally {
      await b.close();
    }
  });

  it('without the File System Access API the backup is one downloaded file that checks out', async () => {
    const b = await openApp(server);
    try {
      const { page } = b;
      await removeSavePicker(b.context);
      await page.reload();
      await completeSetupThroughUi(page);
      const download = page.waitForEvent('download');
      await page.goto(`${server.url}#/backup`);
      await page.getByTestId('backup-now').click();
      const d = await download;
      expect(d.suggestedFilename()).toMatch(/^12345_\d{4}-\d{2}-\d{2}_\d{4}\.luutru-backup$/);
      const path = join(dir, 'download.luutru-backup');
      await d.saveAs(path);
      const bytes = new Uint8Array(readFileSync(path));
      const checker = new BackupChecker(99);
      for await (const line of splitLines(memorySource('x', bytes).chunks())) await checker.line(line);
      const summary = await checker.finish(bytes.length);
      expect(summary.manifest.tables.units!.rows).toBe(1);
      // Downloaded, where it went is said (the page asks for the USB; the file was in Downloads without a word).
      await expect.poll(() => page.getByTestId('backup-result').textContent()).toMatch(/^Đã sao lưu \d+ bản ghi vào tệp 12345_.+\.luutru-backup trong thư mục Tải về \(Downloads\) của trình duyệt\. Hãy chép tệp đó sang USB/);
    } finally {
      await b.close();
    }
  });
});
