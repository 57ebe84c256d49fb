// Who may speak for whom, through the UI in real Chromium: a merged commune passes on the bundle of a
// commune it replaced, unchanged; the provincial archive takes it only after confirming that commune's key
// and recording the merger; a trusted unit that writes another unit's record, or writes into another
// unit's register, is refused with a message naming that unit, and nothing of it reaches the data.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startServer, type Server } from './harness';
import { chooseImportFiles, exportFullBundleThroughUi, importFromNewUnitThroughUi, setupUnitThroughUi } from './flows';
import { createBundleFile, type BundleRecord } from '../../renderer/src/core/bundle/index';
import { encodeHlc } from '../../renderer/src/core/hlc';
import { fixtureId, fixtureKey, originOf } from '../../scripts/make-bundle-fixtures';

const B = { name: 'Ủy ban nhân dân xã Thụy Xuân', code: '12346' };
const C = { name: 'Ủy ban nhân dân xã Thái Thụy', code: '12399' };
const UPPER = { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', code: '33', level: 'Lưu trữ lịch sử cấp tỉnh' };

let server: Server;
let usb: string;
let bFile: string;
let cFile: string;
let bWords: string[];

type Payload = { origin: { unitId: string }; records: { registers?: BundleRecord[] } };
const payloadOf = (path: string) => JSON.parse(Buffer.from((JSON.parse(readFileSync(path, 'utf8')) as { payload: string }).payload, 'base64url').toString('utf8')) as Payload;

beforeAll(async () => {
  server = await startServer();
  usb = mkdtempSync(join(tmpdir(), 'luutru-usb-'));
  // Commune B: its registers of the year open by themselves; it sends everything to the merged commune.
  const b = await openApp(server);
  try {
    await setupUnitThroughUi(b.page, B.name, B.code);
    await b.page.goto(`${server.url}#/incoming`);
    await b.page.getByTestId('incoming-form').waitFor();
    const sent = await exportFullBundleThroughUi(b.page, server.url, mkdtempSync(join(usb, 'b-')));
    bFile = sent.paths[0]!;
    bWords = sent.words;
  } finally {
    await b.close();
  }
  // The merged commune C takes over B's fonds: it imports B's bundle, then sends its own full export upward.
  const c = await openApp(server);
  try {
    await setupUnitThroughUi(c.page, C.name, C.code);
    await importFromNewUnitThroughUi(c.page, server.url, [bFile]);
    const sent = await exportFullBundleThroughUi(c.page, server.url, mkdtempSync(join(usb, 'c-')));
    cFile = sent.paths[0]!;
  } finally {
    await c.close();
  }
}, 240_000);
afterAll(async () => {
  await server?.close();
  if (usb) rmSync(usb, { recursive: true, force: true });
});

async function overviewNames(page: Page): Promise<string[]> {
  await page.goto(`${server.url}#/upper`);
  const rows = page.getByTestId('upper-origins').locator('.ant-table-row');
  await rows.first().waitFor();
  return Promise.all((await rows.all()).map(async (r) => (await r.locator('td').first().textContent()) ?? ''));
}

describe('bundle authority at the provincial archive', () => {
  it('takes a merged commune’s upward export only after the merger is recorded; B’s data arrives signed by B', async () => {
    // C's bundle carries B's own signed file, byte for byte.
    const carried = (JSON.parse(Buffer.from((JSON.parse(readFileSync(cFile, 'utf8')) as { payload: string }).payload, 'base64url').toString('utf8')) as { carried?: { payload: string }[] }).carried;
    expect(carried?.map((f) => f.payload)).toEqual([(JSON.parse(readFileSync(bFile, 'utf8')) as { payload: string }).payload]);

    const up = await openApp(server);
    try {
      const { page } = up;
      await setupUnitThroughUi(page, UPPER.name, UPPER.code, UPPER.level);
      await chooseImportFiles(page, server.url, [cFile]);
      // First C's key, then B's key (carried through C), each confirmed as a person would on paper.
      await expect.poll(() => page.getByTestId('import-needs-confirmation').textContent()).toContain(`Lần đầu nhận dữ liệu từ ${C.name}`);
      await page.getByTestId('read-aloud').check();
      await page.getByTestId('trust-key').click();
      await expect.poll(() => page.getByTestId('import-needs-confirmation').textContent()).toContain(`Lần đầu nhận dữ liệu từ ${B.name}`);
      expect(await page.getByTestId('import-needs-confirmation').textContent()).toContain(`Được chuyển qua: ${C.name}`);
      await expect.poll(() => page.getByTestId('incoming-fingerprint').locator('.fingerprint-word').allTextContents()).toEqual(bWords);
      await page.getByTestId('read-aloud').check();
      await page.getByTestId('trust-key').click();
      // Then the archive must record why C holds B's data before anything is taken.
      const custody = page.getByTestId('needs-custody');
      await custody.waitFor();
      expect(await custody.textContent()).toContain(`${C.name} mang theo dữ liệu của đơn vị khác`);
      expect(await custody.textContent()).toContain(B.name);
      expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
      expect(await page.getByTestId('import-waiting').textContent()).toContain('Chưa nhập được: ở trên còn khóa cần đối chiếu hoặc căn cứ tiếp nhận phông cần ghi nhận.');
      // Recorded with nothing filled in: each missing field says so beside it, nothing is recorded.
      await page.getByTestId('custody-record').click();
      await expect.poll(() => custody.textContent()).toContain('Chưa chọn ngày có hiệu lực');
      expect(await custody.textContent()).toContain('Chưa nhập căn cứ (số, ký hiệu quyết định sáp nhập hoặc chuyển giao).');
      await page.getByTestId('custody-date').click();
      await page.keyboard.type('01/07/2025');
      await page.keyboard.press('Enter');
      await page.getByTestId('custody-basis').fill('Nghị quyết số 1656/NQ-UBTVQH15');
      await page.getByTestId('custody-record').click();
      await custody.waitFor({ state: 'detached' });
      const carriedLine = page.getByTestId('import-carried');
      await expect.poll(() => carriedLine.textContent()).toContain(`${B.name} — gói số 1`);
      await page.getByTestId('import-apply').click();
      await page.getByTestId('import-receipt').waitFor({ state: 'detached' });
      const names = await overviewNames(page);
      expect(names.sort()).toEqual([C.name, `${B.name}qua ${C.name}`].sort());
      // The merger is on record, with its basis.
      await page.goto(`${server.url}#/exchange`);
      await page.getByRole('tab', { name: 'Cần xem xét' }).click();
      const list = page.getByTestId('custody-list');
      await expect.poll(() => list.textContent()).toContain('Nghị quyết số 1656/NQ-UBTVQH15');
      expect(await list.textContent()).toContain('01/07/2025');
    } finally {
      await up.close();
    }
  });

  it('a merged commune records taking over the fonds of the commune it replaced, on its review tab; a missing date is said at its field', async () => {
    const c = await openApp(server);
    try {
      const { page } = c;
      await setupUnitThroughUi(page, C.name, C.code);
      await importFromNewUnitThroughUi(page, server.url, [bFile]);
      await page.getByRole('tab', { name: 'Cần xem xét' }).click();
      const list = page.getByTestId('custody-list');
      await expect.poll(() => list.textContent()).toContain('Chưa ghi nhận việc tiếp nhận phông nào.');
      await page.getByTestId('take-over-open').click();
      // The cursor is in the unit picker; the name is found typed without its marks.
      await page.keyboard.type('thuy xuan');
      await page.keyboard.press('Enter');
      const form = page.getByTestId('take-over');
      await expect.poll(() => form.textContent()).toContain(`${C.name} tiếp nhận phông của ${B.name}`);
      await page.getByTestId('custody-basis').fill('Nghị quyết số 1656/NQ-UBTVQH15');
      await page.getByTestId('custody-record').click();
      await expect.poll(() => form.textContent()).toContain('Chưa chọn ngày có hiệu lực');
      expect(await list.textContent()).toContain('Chưa ghi nhận việc tiếp nhận phông nào.');
      await page.getByTestId('custody-date').click();
      await page.keyboard.type('01/07/2025');
      // Enter records it, the basis being there.
      await page.keyboard.press('Enter');
      await form.waitFor({ state: 'detached' });
      await expect.poll(() => list.textContent()).toContain(B.name);
      expect(await list.textContent()).toContain('Sáp nhập01/07/2025Nghị quyết số 1656/NQ-UBTVQH15');
      // No other unit's fonds is left to record.
      expect(await page.getByTestId('take-over-open').count()).toBe(0);
      // A day typed wrong is corrected: the form opens again with what was recorded.
      await page.getByTestId('take-over-edit').click();
      await expect.poll(() => page.getByTestId('custody-basis').inputValue()).toBe('Nghị quyết số 1656/NQ-UBTVQH15');
      await page.getByTestId('custody-date').click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('02/07/2025');
      await page.keyboard.press('Enter');
      await form.waitFor({ state: 'detached' });
      await expect.poll(() => list.textContent()).toContain('Sáp nhập02/07/2025Nghị quyết số 1656/NQ-UBTVQH15');
      expect(await list.locator('tbody tr.ant-table-row').count()).toBe(1);
      // The fonds list says the commune's fonds was taken over, from that day (it read "Đang mở", as if the commune went on).
      await page.goto(`${server.url}#/archive/fonds`);
      const received = page.getByTestId('fonds-table').locator('tbody tr.ant-table-row', { hasText: `nhận từ ${B.name}` });
      await expect.poll(() => received.getByTestId('fonds-taken-over').textContent().catch(() => '')).toBe('Tiếp nhận từ 02/07/2025 (sáp nhập)');
      expect(await received.textContent()).not.toContain('Đang mở');
    } finally {
      await c.close();
    }
  });

  it('refuses a bundle of a trusted unit that touches another unit, naming that unit, and takes nothing of it', async () => {
    const bPayload = payloadOf(bFile);
    const bUnit = bPayload.origin.unitId;
    const bRegister = bPayload.records.registers![0]!.id;
    // Commune A: a unit made outside the app (its key from a fixed seed), confirmed by the archive.
    const key = await fixtureKey(21);
    const aUnit = fixtureId(21, '0190abab');
    const origin = originOf(aUnit, 'Ủy ban nhân dân xã Thụy Dân', '12347');
    const meta = (n: number, o: string) => ({ id: fixtureId(n, '0190abab'), origin: o, clock: encodeHlc({ wallMs: Date.now(), counter: n }), deleted: false, changedBy: 'Kẻ giả mạo' });
    const unitRecord = { ...meta(1, aUnit), id: aUnit, level: 'commune', name: origin.name, adminCode: origin.adminCode };
    const write = async (name: string, sequence: number, records: Record<string, BundleRecord[]>) => {
      const path = join(usb, name);
      writeFileSync(path, await createBundleFile({ origin, signerKey: key.jwk, sequence, range: { kind: 'full' }, createdAt: new Date().toISOString(), records }, key.privateKey));
      return path;
    };
    // 1. A renames B's register, under B's name.
    const renamed = await write('12347_a_1.luutru.json', 1, { units: [unitRecord], registers: [{ ...bPayload.records.registers![0]!, name: 'Sổ đã bị đổi tên', origin: bUnit, clock: encodeHlc({ wallMs: Date.now(), counter: 0 }) }] });
    // 2. A takes arrival number 1 in B's register, as its own entry.
    const intruder = await write('12347_a_2.luutru.json', 2, {
      units: [unitRecord],
      incomingDocs: [{ ...meta(2, aUnit), registerId: bRegister, arrivalNumber: 1, summary: 'Văn bản chen vào sổ của xã khác', sender: 'UBND tỉnh Hưng Yên' }],
    });

    const up = await openApp(server);
    try {
      const { page } = up;
      await setupUnitThroughUi(page, UPPER.name, UPPER.code, UPPER.level);
      await importFromNewUnitThroughUi(page, server.url, [bFile]);
      // The archive knows and trusts A.
      await chooseImportFiles(page, server.url, [intruder]);
      await page.getByTestId('read-aloud').check();
      await page.getByTestId('trust-key').click();
      const held = page.getByTestId('receipt-held');
      await held.waitFor();
      expect(await held.textContent()).toContain(`Bản ghi ghi vào sổ hoặc phông của ${B.name}: không nhận`);
      expect(await held.textContent()).toContain('Văn bản chen vào sổ của xã khác');
      await page.getByTestId('import-apply').click();
      await page.getByTestId('import-receipt').waitFor({ state: 'detached' });
      // The entry is kept aside, never in B's register.
      await page.goto(`${server.url}#/exchange`);
      await page.getByRole('tab', { name: 'Cần xem xét' }).click();
      await expect.poll(() => page.getByTestId('review-held').textContent()).toContain('Ghi vào sổ đơn vị khác');

      // A's bundle carrying a record of B under B's name: refused as a whole, naming B.
      await chooseImportFiles(page, server.url, [renamed]);
      const error = page.getByTestId('import-file-error');
      await error.waitFor();
      expect(await error.textContent()).toContain(`Gói của Ủy ban nhân dân xã Thụy Dân có bản ghi của ${B.name} (Sổ đăng ký)`);
      expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    } finally {
      await up.close();
    }
  });
});
