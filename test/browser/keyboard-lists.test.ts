// A list field taken from the keyboard: a few letters of an option's name, then Enter, picks it —
// in English too, where the name typed can be the option's stored value ("duplicate"): Enter must
// pick the highlighted option, not save the form (it did, and the save was refused for lack of a
// reason, before the highlighted option was read by its label).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startServer, type Server } from './harness';
import { pickFromList, setupUnitThroughUi } from './flows';
let server: Server;
beforeAll(async () => { server = await startServer(); });
afterAll(async () => { await server?.close(); });
describe('list fields from the keyboard', () => {
  it('the scheme refuses a taken code and an unreadable period at their boxes; the discard reason of a slip, in English: typed, Enter picks it and saves nothing', { timeout: 300_000 }, async () => {
    const { page, close } = await openApp(server);
    await setupUnitThroughUi(page, 'Ủy ban nhân dân xã Thụy Hải', '12345');
    await page.goto(`${server.url}#/processing`);
    await page.getByTestId('intake-form').waitFor();
    // A batch and one heading, then the slip form in English.
    for (const [id, v] of [['#j-name', 'Chỉnh lý'], ['#j-receivedMetres', '12,5'], ['#j-receivedBundles', '48'], ['#j-receivedFrom', 'Kho'], ['#j-intakeCondition', 'Tốt'], ['#j-handedOverBy', 'Phạm Văn Hùng'], ['#j-handedOverRole', 'Chánh Văn phòng']] as const) await page.locator(id).fill(v);
    await page.locator('#j-handedOverRole').press('Enter');
    await page.getByTestId('scheme-editor').waitFor();
    await page.locator('#scheme-title').fill('Tổng hợp');
    await page.locator('#scheme-code').fill('TH');
    await page.locator('#scheme-title').press('Enter');
    const headings = () => page.getByTestId('scheme-tree').getByRole('treeitem').count().catch(() => 0);
    await expect.poll(headings).toBe(1);
    // A code another heading has, or a period that does not read as one, is refused at its box and nothing is added.
    const editor = page.getByTestId('scheme-editor');
    await page.locator('#scheme-title').fill('Thống kê');
    await page.locator('#scheme-code').fill('th');
    await page.locator('#scheme-retention').fill('abc');
    await page.locator('#scheme-code').press('Enter');
    await expect.poll(() => editor.textContent()).toContain('Ký hiệu th đã dùng cho đề mục I. Tổng hợp');
    expect(await editor.textContent()).toContain('Thời hạn chưa đúng');
    expect(await headings()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('scheme-code');
    // Corrected, Enter outside the heading's box adds it; the cursor goes back to the heading's box for the next one.
    await page.locator('#scheme-code').fill('TK');
    await page.locator('#scheme-retention').fill('10 năm');
    await page.keyboard.press('Escape');
    await page.locator('#scheme-code').press('Enter');
    await expect.poll(headings).toBe(2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('scheme-title');
    expect(await editor.textContent()).not.toContain('Thời hạn chưa đúng');
    // The language list by the pointer, as a person does (picked again if the pick was not taken).
    const language = page.locator('header .ant-select, .ant-layout-header .ant-select').filter({ hasText: /Tiếng Việt|English/ });
    await pickFromList(page, 'language', () => language.click(), 'English', () => language.textContent(), (s) => s.includes('English'));
    await expect.poll(() => language.textContent()).toContain('English');
    await page.getByRole('tab', { name: /Description slips|Slips/ }).click();
    await page.getByTestId('slip-form').waitFor();
    await page.locator('#s-title').focus();
    await page.keyboard.insertText('Duplicate copies of letters, 1999');
    await page.locator('#s-period').focus();
    await page.keyboard.type('1999');
    await page.locator('#s-discard').check();
    await page.locator('#s-discardReason').focus();
    await page.keyboard.type('duplicate');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('slip-discard-reason').textContent()).toBe('Reason:Duplicate');
    expect(await page.getByTestId('slip-row').count()).toBe(0);
    await close();
  });
});
