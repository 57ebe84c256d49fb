// UI flows shared by e2e tests: what a person does, step by step.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export async function completeSetupThroughUi(page: Page, name = 'Ủy ban nhân dân xã Thụy Hải', code = '12345') {
  await setupFirstStep(page, name, code);
  await setupFromSecondStep(page, name);
}

/** The setup's first step (the unit), Enter, and its second step shown. */
export async function setupFirstStep(page: Page, name = 'Ủy ban nhân dân xã Thụy Hải', code = '12345') {
  await page.getByLabel('Tên cơ quan đầy đủ').fill(name);
  await page.getByLabel('Tên viết tắt (dùng trên dấu ĐẾN, nhãn hộp)').fill(name.replace('Ủy ban nhân dân', 'UBND'));
  await page.getByLabel('Mã đơn vị hành chính (QĐ 19/2025)').fill(code);
  await page.getByLabel('Cơ quan cấp trên trực tiếp').fill('Ủy ban nhân dân tỉnh Hưng Yên');
  await page.getByLabel('Cơ quan cấp trên trực tiếp').press('Enter');
  await secondStepShown(page);
}

/** The setup from its second step (the fonds and the user) to the end. */
export async function setupFromSecondStep(page: Page, name = 'Ủy ban nhân dân xã Thụy Hải') {
  await page.getByLabel('Tên phông lưu trữ').fill(`Phông lưu trữ ${name.replace('Ủy ban nhân dân', 'UBND')}`);
  await page.getByLabel('Họ và tên người sử dụng').fill('Nguyễn Thị Lan');
  await page.getByLabel('Chức vụ').fill('Công chức Văn phòng - Thống kê');
  await page.getByLabel('Chức vụ').press('Enter');
  await page.getByTestId('setup-review').waitFor();
  await page.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();
  await page.getByTestId('header-unit').waitFor();
}

/**
 * Waits for the setup's second step after Enter on the first. When it does not come, fails with
 * what the screen shows (step, messages, the first step's fields): an Enter that seemed not to
 * move the wizard on was seen in CI a few times and not here, and its cause is not known yet.
 */
async function secondStepShown(page: Page) {
  try {
    await page.getByLabel('Tên phông lưu trữ').waitFor({ state: 'visible', timeout: 30_000 });
  } catch (e) {
    const shown = await page.evaluate(() => ({
      step: document.querySelector('.ant-steps-item-process')?.textContent ?? '',
      messages: [...document.querySelectorAll('[role=alert], .ant-form-item-explain-error')].map((n) => n.textContent ?? ''),
      fields: [...document.querySelectorAll<HTMLInputElement>('input[id^="setup_"]')].map((i) => `${i.id}=${i.value}${i.offsetParent ? '' : ' (hidden)'}`),
      level: document.querySelector('#setup_level')?.closest('.ant-select')?.textContent ?? '',
      focused: document.activeElement?.id ?? document.activeElement?.tagName ?? '',
    }));
    throw new Error(`the setup did not go on to its second step after Enter: ${JSON.stringify(shown)}`, { cause: e });
  }
}

/** The incoming register's page opened (`baseUrl`: the app's), its form shown with the cursor in its first field. */
export async function openIncomingForm(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}#/incoming`);
  await page.getByTestId('incoming-form').waitFor();
  await expect.poll(() => focusedId(page)).toBe('f-sender');
}

/** The register menu's item holding the cursor, or what holds it instead. */
export function focusedMenuItem(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.closest('.ant-dropdown-menu-item')?.textContent ?? `not in the menu: ${document.activeElement?.textContent ?? ''}`);
}

/** The register's menu opened from the keyboard: Enter on its button; it opens on its first item. */
export async function openRegisterMoreByKeyboard(page: Page) {
  await page.getByTestId('register-more').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedMenuItem(page)).toBe('Lưu sổ thành tệp PDF…');
}

/**
 * An item of it from the keyboard: Enter on the menu's button (it opens on its first item), ↓ until `item` holds the
 * cursor (each step waited for: the menu moves its cursor a frame later), Enter.
 */
export async function pickRegisterMoreByKeyboard(page: Page, item: string) {
  await openRegisterMoreByKeyboard(page);
  for (let steps = 0; (await focusedMenuItem(page)) !== item; steps++) {
    if (steps >= 8) throw new Error(`register menu: "${item}" not reached with ↓ (at "${await focusedMenuItem(page)}")`);
    const before = await focusedMenuItem(page);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedMenuItem(page)).not.toBe(before);
  }
  await page.keyboard.press('Enter');
}

/**
 * Picks an item of the register's "In, xuất, nhập…" menu as a person does: clicks the button,
 * waits for the menu, clicks the item. If the menu is not there (closed before the click landed),
 * a person clicks the button again — up to three times, each extra one reported.
 */
export async function pickRegisterMore(page: Page, item: string) {
  for (let attempt = 1; ; attempt++) {
    if ((await page.locator('.ant-dropdown:not(.ant-dropdown-hidden)').count()) === 0) await page.getByTestId('register-more').click();
    const entry = page.locator('.ant-dropdown:not(.ant-dropdown-hidden)').getByRole('menuitem', { name: item });
    try {
      await entry.waitFor({ state: 'visible', timeout: 10_000 });
      // Clicked while the menu still grows into place, the press and release can land on different items (see clickOption).
      await settled(page);
      await entry.click({ timeout: 10_000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
      console.warn(`register menu: clicked again (attempt ${attempt + 1}) for "${item}"`);
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Picks `label` in an antd list as a person does: opens the list, clicks the option once the list
 * stands still (`clickOption`), looks at what the field shows. If a pick is still not taken, a
 * person sees it and picks again: up to three picks, each extra one reported as `what`; the
 * caller then asserts what the field shows.
 */
export async function pickFromList(page: Page, what: string, open: () => Promise<void>, label: string, shown: () => Promise<string | null>, taken: (shown: string) => boolean) {
  for (let pick = 1; pick <= 3 && !taken((await shown()) ?? ''); pick++) {
    if (pick > 1) {
      console.warn(`${what} pick ${pick} (the list's pick was not taken; shown: ${await shown()})`);
      // The list closed first if it stayed open.
      await page.keyboard.press('Escape');
    }
    await open();
    await clickOption(page, page.getByTitle(label, { exact: true }));
    await expect.poll(async () => taken((await shown()) ?? ''), { timeout: 5_000 }).toBe(true).catch(() => undefined);
  }
}

/** Setup of a unit of any level: picks "Cấp" first, then the common steps. */
export async function setupUnitThroughUi(page: Page, name: string, code: string, levelLabel?: string) {
  if (levelLabel) {
    // As a person does: the form is used once it shows ready, the cursor in its first field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe('setup_name');
    const shown = () => page.locator('.ant-select').filter({ has: page.locator('#setup_level') }).textContent();
    await pickFromList(page, 'setup: level', () => page.getByLabel('Cấp', { exact: true }).click(), levelLabel, shown, (s) => s === levelLabel);
    await expect.poll(shown).toBe(levelLabel);
  }
  await completeSetupThroughUi(page, name, code);
}

/** Opens a tab of the exchange page ("Xuất gói dữ liệu", "Nhập gói dữ liệu", "Khóa tin cậy"). */
export async function openExchangeTab(page: Page, baseUrl: string, tab: string) {
  if (!page.url().endsWith('#/exchange')) await page.goto(`${baseUrl}#/exchange`);
  await page.getByRole('tab', { name: tab }).click();
}

/** The fingerprint words shown in a FingerprintView (test id `my-fingerprint` or `incoming-fingerprint`). */
export async function fingerprintWords(page: Page, testId: string): Promise<string[]> {
  const view = page.getByTestId(testId);
  await view.locator('.fingerprint-word').first().waitFor();
  return view.locator('.fingerprint-word').allTextContents();
}

/**
 * Exports a full bundle through the UI and saves every downloaded file (one, or all the
 * parts of a big export) into `dir`. Returns the saved paths and this unit's fingerprint.
 */
export async function exportFullBundleThroughUi(page: Page, baseUrl: string, dir: string): Promise<{ paths: string[]; words: string[] }> {
  await openExchangeTab(page, baseUrl, 'Xuất gói dữ liệu');
  const words = await fingerprintWords(page, 'my-fingerprint');
  const downloads: Download[] = [];
  const onDownload = (d: Download) => void downloads.push(d);
  page.on('download', onDownload);
  try {
    const button = page.getByTestId('export-button');
    const first = page.waitForEvent('download', { timeout: 110_000 });
    await button.click();
    const name = (await first).suggestedFilename();
    await page.waitForFunction((el) => !el?.classList.contains('ant-btn-loading'), await button.elementHandle(), { timeout: 110_000 });
    // The export history lists this export's files (all parts of a big one) on its newest row.
    const newest = page.locator('.ant-card').filter({ hasText: 'Lịch sử xuất gói' }).locator('.ant-table-row').filter({ hasText: name });
    await newest.waitFor();
    const count = ((await newest.textContent()) ?? '').split('.luutru.json').length - 1;
    while (downloads.length < count) await page.waitForTimeout(50);
  } finally {
    page.off('download', onDownload);
  }
  const paths: string[] = [];
  for (const d of downloads) {
    const p = join(dir, d.suggestedFilename());
    await d.saveAs(p);
    paths.push(p);
  }
  return { paths, words };
}

/** Chooses bundle files in the import tab (through the browser's file picker) and waits for the receipt or an error. */
export async function chooseImportFiles(page: Page, baseUrl: string, paths: readonly string[]) {
  await openExchangeTab(page, baseUrl, 'Nhập gói dữ liệu');
  // A receipt still on screen would be taken for the new one.
  await page.getByTestId('import-receipt').waitFor({ state: 'detached' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-choose').click()]);
  await chooser.setFiles([...paths]);
  await page.getByTestId('import-receipt').or(page.locator('.ant-alert-error')).first().waitFor({ timeout: 110_000 });
}

/** Imports bundles of a unit seen for the first time: choose the files, trust its key (as read aloud), apply. */
export async function importFromNewUnitThroughUi(page: Page, baseUrl: string, paths: readonly string[]) {
  await chooseImportFiles(page, baseUrl, paths);
  await page.getByTestId('read-aloud').check();
  await page.getByTestId('trust-key').click();
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-receipt').waitFor({ state: 'detached' });
}

/**
 * Prints something (`click` starts it) and returns the text of the PDF the print preview shows,
 * read back with pdftotext; the PDF is also written to `path`. Printing never downloads a file:
 * a download fails the flow. The preview is closed again (Escape) before returning.
 */
export async function printedText(page: Page, click: () => Promise<void>, path: string): Promise<string> {
  let downloaded = false;
  const onDownload = () => {
    downloaded = true;
  };
  page.on('download', onDownload);
  try {
    await click();
    const preview = page.getByTestId('pdf-preview');
    await preview.waitFor({ timeout: 60_000 });
    const bytes = await preview.locator('iframe').evaluate(async (f: HTMLIFrameElement) => [...new Uint8Array(await (await fetch(f.src)).arrayBuffer())]);
    writeFileSync(path, Uint8Array.from(bytes));
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
    if (downloaded) throw new Error('printing downloaded a file instead of showing the print preview');
    return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
  } finally {
    page.off('download', onDownload);
  }
}

/**
 * Waits until no dialog, popover or message is still opening or closing: a click on a dialog's
 * button while its opening motion runs can be lost (seen with the browser clock installed, and
 * on a loaded CI machine, where a lost "confirm" left the dialog open and nothing done).
 */
export async function settled(page: Page) {
  const moving = '[class*="-appear-"], [class*="-enter-"], [class*="-leave-"]';
  try {
    // Only dialogs, popovers, drawers and messages on screen: a button's loading icon can keep
    // its leave class for ever (its motion never ends when the icon is already gone).
    await page.waitForFunction((sel) => ![...document.querySelectorAll(sel)].some((el) => el.getClientRects().length > 0 && !el.closest('.ant-btn')), moving, { timeout: 15_000 });
  } catch (e) {
    // Say what is still moving, so a failure names the element.
    const still = await page.evaluate((sel) => [...document.querySelectorAll(sel)].filter((el) => el.getClientRects().length > 0 && !el.closest('.ant-btn')).map((el) => `${el.tagName.toLowerCase()}.${el.className}`).slice(0, 5), moving);
    throw new Error(`still opening or closing after 15 s: ${still.join(' | ')}`, { cause: e });
  }
}

/**
 * Clicks `option` in the antd list just opened, once the list stands still. A list grows into
 * place (antd's slide: scaled from its top); clicked while it still moved, on a loaded machine,
 * the press landed on one option and the release on the one below it, so the click went to the
 * list and nothing was picked (seen here with the events logged: 1 pick in 25 under load; none
 * in 25 once it waited). A person, slower than a test, clicks once the list stands still.
 */
export async function clickOption(page: Page, option: Locator) {
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().waitFor();
  await settled(page);
  await option.click();
}

/** The accessible name (aria-label) of the control that has the cursor, or its tag when it has none. */
export function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? '');
}

/** The id of the element holding the cursor ('' for none). */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** The data-testid of what holds the cursor ('' when it has none). */
export function focusedTestId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
}

/**
 * After a dossier is closed in its drawer: the drawer stays on its details with the cursor on printing its cover, and
 * Escape leaves it.
 */
export async function leaveClosedDossier(page: Page): Promise<void> {
  await expect.poll(() => focusedTestId(page)).toBe('dossier-print-cover');
  await page.keyboard.press('Escape');
  await page.getByTestId('dossier-drawer').waitFor({ state: 'hidden' });
}

/** The text of the element holding the cursor (a button's words). */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

/** The selected part of the text field holding the cursor (what a key typed would replace). */
export function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.value?.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) ?? '';
  });
}

/** Clicks a button of a dialog (or popover) once it has finished opening. */
export async function confirmDialog(page: Page, testId: string) {
  await page.getByTestId(testId).waitFor();
  await settled(page);
  await page.getByTestId(testId).click();
}

/**
 * Waits for a form's "next number" text to reach `expected`; if it never does, the failure says
 * what the screen showed instead (field errors and notices), not only the number it kept.
 */
export async function expectNumberReached(page: Page, testId: string, expected: string) {
  try {
    await expect.poll(() => page.getByTestId(testId).textContent()).toContain(expected);
  } catch (e) {
    const shown = await page.evaluate(() => [...document.querySelectorAll('.ant-form-item-explain-error, .ant-message-notice')].map((el) => el.textContent?.trim()).filter(Boolean)).catch(() => ['(page gone)']);
    throw new Error(`${(e as Error).message}\nOn screen: ${JSON.stringify(shown)}`, { cause: e });
  }
}

/** The question asked before what was typed is dropped (a dialog's or drawer's Esc, ×, close button). */
export const dropTypedQuestion = (page: Page): Locator => page.getByRole('dialog', { name: 'Đóng và bỏ những gì đã gõ?' });

/**
 * Esc over what was typed: asked first, the cursor on "Quay lại"; Enter there goes back to the typing. `what`: the
 * drawer's tabs holding it, named by the question as the page-leave question names them (stayAsked).
 */
export async function escapeAskedAndBack(page: Page, what?: string): Promise<void> {
  await page.keyboard.press('Escape');
  await dropTypedQuestion(page).waitFor();
  if (what !== undefined) await expect.poll(() => dropTypedQuestion(page).textContent().catch(() => '')).toContain(`Những gì vừa gõ ở ${what} chưa được lưu.`);
  await expect.poll(() => focusedText(page)).toBe('Quay lại');
  await page.keyboard.press('Enter');
  await dropTypedQuestion(page).waitFor({ state: 'detached' });
}

/** Back to the typing in a drawer ("Quay lại", "Ở lại"): `tab` shown again, the cursor in the field `fieldId`. */
export async function backOnTab(drawer: Locator, tab: string, fieldId: string): Promise<void> {
  await expect.poll(() => drawer.getByRole('tab', { selected: true }).textContent()).toBe(tab);
  await expect.poll(() => focusedId(drawer.page())).toBe(fieldId);
}

/**
 * Leaving the page over what was typed at `what` (a section or a drawer's tab): asked, naming it (and, given `how`, the
 * buttons that keep it), the cursor on "Ở lại"; Enter stays.
 */
export async function stayAsked(page: Page, what: string, how?: string): Promise<void> {
  const asked = page.locator('.ant-modal-confirm');
  await expect.poll(() => asked.textContent().catch(() => '')).toContain(`Những gì vừa gõ ở ${what} chưa được lưu.`);
  if (how !== undefined) expect(await asked.textContent()).toContain(`ở lại thì bấm ${how}.`);
  await expect.poll(() => focusedText(page)).toBe('Ở lại');
  await page.keyboard.press('Enter');
  await asked.waitFor({ state: 'detached' });
}
