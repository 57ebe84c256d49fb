// A commune's PC dies: it is restored from a backup on a new profile, where the old signing key cannot
// be (it never leaves its PC). The restored commune's next bundle says it lost its key; the provincial
// archive, which trusted the old key, imports nothing from it until a person types the new key's words
// from the paper record — then takes it, and the commune's data carries on under the new key. The same backup
// restored again on a third PC is pointed out before that PC's key is trusted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startServer, type Browser, type Server } from './harness';
import { chooseImportFiles, completeSetupThroughUi, confirmDialog, exportFullBundleThroughUi, fingerprintWords, importFromNewUnitThroughUi, openExchangeTab, setupUnitThroughUi } from './flows';
import { installOpfsSavePicker, opfsFiles, readOpfsFile } from './idb-tools';

let server: Server;
const usb = mkdtempSync(join(tmpdir(), 'luutru-recovery-'));
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** A new PC (a fresh profile) restored from the backup file through the first screen, on its home page. */
async function restoredPc(backupPath: string): Promise<Browser> {
  const pc = await openApp(server);
  try {
    await pc.page.getByTestId('first-run-restore').click();
    const chooser = pc.page.waitForEvent('filechooser');
    await pc.page.getByTestId('restore-choose').click();
    await (await chooser).setFiles(backupPath);
    await pc.page.getByTestId('restore-apply').click();
    await pc.page.getByTestId('restored').waitFor({ timeout: 60_000 });
    await confirmDialog(pc.page, 'restored-ok');
    await pc.page.getByTestId('header-unit').waitFor();
    return pc;
  } catch (e) {
    await pc.close();
    throw e;
  }
}

describe('a restored commune re-enrols its key upward', () => {
  it('the archive takes the new key only after the words are typed from paper; nothing before', { timeout: 240_000 }, async () => {
    // The commune sends bundle 1, then makes a backup.
    const a = await openApp(server);
    let first: string[];
    let backupPath: string;
    let oldWords: string[];
    // The old PC's profile is kept: it turns up again at the end, signing with the key reported lost.
    const oldPc = a.profileDir;
    try {
      await installOpfsSavePicker(a.context);
      await a.page.reload();
      await completeSetupThroughUi(a.page);
      const sent = await exportFullBundleThroughUi(a.page, server.url, mkdtempSync(join(usb, 'a1-')));
      first = sent.paths;
      oldWords = sent.words;
      // "Đổi khóa" from the keyboard: its question takes the focus on the way out ("Quay lại"; its buttons say what they
      // do, they said "Không" / "Có"), and Escape leaves the key as it was.
      await a.page.getByRole('button', { name: 'Đổi khóa' }).focus();
      await a.page.keyboard.press('Enter');
      await expect.poll(() => a.page.locator('.ant-popconfirm:visible').getByRole('button').allTextContents()).toEqual(['Quay lại', 'Đổi khóa']);
      await expect.poll(() => a.page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Quay lại');
      await a.page.keyboard.press('Escape');
      await expect.poll(() => a.page.locator('.ant-popconfirm:visible').count()).toBe(0);
      expect(await fingerprintWords(a.page, 'my-fingerprint')).toEqual(oldWords);
      await a.page.goto(`${server.url}#/backup`);
      await a.page.getByTestId('backup-now').click();
      await expect.poll(() => a.page.getByTestId('backup-result').textContent()).toMatch(/^Đã sao lưu/);
      const [name] = await opfsFiles(a.page);
      backupPath = join(usb, name!);
      writeFileSync(backupPath, await readOpfsFile(a.page, name!));
    } finally {
      await a.close(true);
    }

    // The archive trusts the commune's first key.
    const up = await openApp(server);
    try {
      await setupUnitThroughUi(up.page, 'Lưu trữ lịch sử tỉnh Hưng Yên', '33', 'Lưu trữ lịch sử cấp tỉnh');
      await importFromNewUnitThroughUi(up.page, server.url, first);

      // The PC dies; the commune is restored on a new profile and sends its next bundle.
      const b = await restoredPc(backupPath);
      let second: string[];
      let newWords: string[];
      try {
        await b.page.goto(`${server.url}#/exchange`);
        await b.page.getByTestId('key-recovery-info').waitFor();
        const sent = await exportFullBundleThroughUi(b.page, server.url, mkdtempSync(join(usb, 'a2-')));
        second = sent.paths;
        newWords = sent.words;
        expect(newWords).not.toEqual(oldWords);
        // The bundle numbers continue from the backup.
        expect(second.map((p) => p.split('/').at(-1))).toEqual([expect.stringMatching(/_2\.luutru\.json$/)]);
      } finally {
        await b.close();
      }

      const { page } = up;
      await chooseImportFiles(page, server.url, second);
      const card = page.getByTestId('confirm-key-recovery');
      await card.waitFor();
      expect(await card.textContent()).toContain('Ủy ban nhân dân xã Thụy Hải (mã 12345) báo đã mất khóa và dùng khóa mới');
      // Typed from the commune's signed paper (a lost key is never taken by phone, as a first contact may be).
      expect(await card.textContent()).toContain('với giấy xác nhận dấu vân tay của đơn vị (có chữ ký, đóng dấu): gõ lại 10 từ trên giấy vào ô dưới');
      expect(await card.textContent()).not.toContain('điện thoại');
      // The words are not on the screen to be copied: they show once typed right from the paper.
      expect(await page.getByTestId('incoming-fingerprint').count()).toBe(0);
      expect(await page.getByTestId('fingerprint-hidden').textContent()).toContain('để các từ được gõ lại từ giấy chứ không chép từ màn hình');
      // Nothing can be taken yet; the button waits for the words from the paper record.
      expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
      expect(await page.getByTestId('trust-key').isDisabled()).toBe(true);
      await page.getByTestId('typed-words').fill(oldWords.join(' '));
      expect(await page.getByTestId('trust-key').isDisabled()).toBe(true);
      expect(await card.textContent()).toContain('Các từ chưa khớp');
      // Typed as a clerk would, without the Vietnamese marks.
      const plain = newWords.map((w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd')).join(' ');
      await page.getByTestId('typed-words').fill(plain);
      // Typed right: the words of the key appear beside what was typed.
      expect(await fingerprintWords(page, 'incoming-fingerprint')).toEqual(newWords);
      await page.getByTestId('trust-key').click();
      await card.waitFor({ state: 'detached' });
      await page.getByTestId('import-apply').click();
      await page.getByTestId('import-receipt').waitFor({ state: 'detached' });
      // The overview shows the unit once, with bundles 1 and 2, its key replaced after a loss.
      await page.goto(`${server.url}#/upper`);
      const row = page.getByTestId('upper-origins').locator('.ant-table-row').first();
      await expect.poll(() => row.textContent()).toContain('đã đổi khóa do mất khóa');
      const cells = await row.locator('td').allTextContents();
      expect([cells[3], cells[4]]).toEqual(['2', 'Đủ']);

      // The key the commune reported lost stays trusted (what the old PC sent before the loss may still
      // arrive, late or carried); the trusted-keys list marks it and says how to stop it.
      await openExchangeTab(page, server.url, 'Khóa tin cậy');
      const keys = page.getByTestId('trusted-keys');
      await expect.poll(() => keys.locator('.ant-table-row').count()).toBe(2);
      const lostRow = keys.locator('.ant-table-row', { hasText: oldWords.join(' · ') });
      expect(await lostRow.locator('.ant-tag').textContent()).toMatch(/^Đơn vị báo mất \(\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\) — nên thu hồi$/);
      const newRow = keys.locator('.ant-table-row', { hasText: newWords.join(' · ') });
      expect(await newRow.locator('.ant-tag').textContent()).toBe('Đang dùng');
      expect(await newRow.textContent()).toMatch(/\(mất khóa, khóa mới; đã gõ lại 10 từ, khớp; khôi phục từ bản sao lưu ngày \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\)/);

      // The old PC turns up, signing with the key reported lost: its bundle waits for the archivist's decision on it
      // (asked by phone: made before the loss, or not), and nothing is taken in until it is ticked.
      const old = await openApp(server, oldPc);
      let stray: string[];
      try {
        await old.page.getByTestId('header-unit').waitFor();
        stray = (await exportFullBundleThroughUi(old.page, server.url, mkdtempSync(join(usb, 'a3-')))).paths;
      } finally {
        await old.close();
      }
      await chooseImportFiles(page, server.url, stray);
      const lostCard = page.getByTestId('import-lost-key').first();
      await lostCard.waitFor();
      expect(await lostCard.textContent()).toContain('được ký bằng khóa mà đơn vị đã báo mất ngày');
      expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
      await page.getByTestId('lost-key-ack').first().check();
      expect(await page.getByTestId('import-apply').isDisabled()).toBe(stray.length > 1);
      await page.getByTestId('lost-key-ack').first().uncheck();
      expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);

      // The commune says it did not send it: the archivist revokes the key from now, and what it signs is refused.
      await openExchangeTab(page, server.url, 'Khóa tin cậy');
      await lostRow.getByTestId('revoke-key').click();
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('revoke-reason');
      await page.keyboard.type('Máy cũ của xã không còn trong tay đơn vị');
      await page.getByTestId('revoke-reason').press('Enter');
      await expect.poll(() => lostRow.locator('.ant-tag').textContent()).toMatch(/^Thu hồi từ /);
      // Chosen again over the receipt left undecided on the import tab.
      await openExchangeTab(page, server.url, 'Nhập gói dữ liệu');
      const [strayPicker] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-choose').click()]);
      await strayPicker.setFiles(stray);
      const error = page.getByTestId('import-file-error');
      await error.waitFor();
      expect(await error.textContent()).toContain('Gói của Ủy ban nhân dân xã Thụy Hải được ký bằng khóa đã bị thu hồi. Không nhập');
      expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);

      // The same backup restored again on another PC: before its key is trusted, the archive is told that this
      // backup was restored once already (two PCs may be sending as the commune), and must acknowledge it.
      const c = await restoredPc(backupPath);
      let third: string[];
      try {
        third = (await exportFullBundleThroughUi(c.page, server.url, mkdtempSync(join(usb, 'a4-')))).paths;
      } finally {
        await c.close();
      }
      // Chosen over the refused receipt still on screen, as a clerk would (the warning is only the new file's).
      await openExchangeTab(page, server.url, 'Nhập gói dữ liệu');
      const [picker] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-choose').click()]);
      await picker.setFiles(third);
      const again = page.getByTestId('confirm-key-recovery');
      await again.getByTestId('identity-warnings').waitFor();
      expect(await again.getByTestId('identity-warnings').textContent()).toMatch(
        new RegExp(
          `Bản sao lưu ngày \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} đã được khôi phục một lần trước đây: khóa mới của lần đó \\(${newWords.slice(0, 3).join(' · ')} …\\) được xác nhận ngày \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\\. .*Hỏi đơn vị máy nào đang dùng: nếu không phải máy gửi gói này, đừng tin cậy khóa này`,
        ),
      );
      expect(await again.locator('.ant-checkbox-wrapper').textContent()).toBe('Tôi đã đọc các cảnh báo và đã hỏi đơn vị: máy gửi gói này là máy đang dùng.');
      expect(await again.getByTestId('trust-key').isDisabled()).toBe(true);
    } finally {
      await up.close();
    }
  });
});
