import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, it } from 'vitest';
import { withDossierDerived } from '../../renderer/src/core/duties/dossier-fields';
import { openApp, startServer, type Server } from './harness';
import { completeSetupThroughUi } from './flows';

let server: Server;
beforeAll(async () => { server = await startServer(); });
afterAll(async () => { await server?.close(); });

it('screens', { timeout: 200_000 }, async () => {
  const b = await openApp(server);
  const { page } = b;
  const year = new Date().getFullYear();
  await completeSetupThroughUi(page);
  await page.goto(`${server.url}#/dossiers`);
  await page.getByTestId('dossier-form').waitFor();
  const asset = readdirSync('dist/assets').find((f) => f.endsWith('.css'))!;
  await page.goto(`${server.url}/assets/${asset}`);
  const { unitId, fondsId } = await page.evaluate(async () => {
    const req = <T,>(r: IDBRequest<T>) => new Promise<T>((ok, fail) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => fail(r.error))));
    const db = await req(indexedDB.open('luutru'));
    const fonds = (await req(db.transaction('fonds').objectStore('fonds').getAll())) as { id: string; unitId: string }[];
    db.close();
    return { unitId: fonds[0]!.unitId, fondsId: fonds[0]!.id };
  });
  const titles = [
    'Hồ sơ về việc thẩm định, phê duyệt và tổ chức thực hiện dự án đầu tư xây dựng công trình nhà văn hóa thôn Đông Hải, xã Thụy Hải, tỉnh Hưng Yên giai đoạn 2026–2030 (kèm quyết định phê duyệt báo cáo kinh tế – kỹ thuật và biên bản nghiệm thu)',
    'Tập lưu quyết định của Chủ tịch Ủy ban nhân dân xã về công tác tổ chức cán bộ, thi đua khen thưởng và kỷ luật năm ' + year,
    'Hồ sơ hội nghị tổng kết công tác năm ' + year + ' và triển khai nhiệm vụ trọng tâm năm ' + (year + 1),
    'Hồ sơ giải quyết đơn khiếu nại của ông Nguyễn Văn Thưởng, thôn Thượng Đồng về tranh chấp ranh giới thửa đất số 125, tờ bản đồ số 18',
    'Sổ đăng ký khai sinh, kết hôn, khai tử năm ' + year,
    'Tập công văn trao đổi về công tác văn thư, lưu trữ',
  ];
  const headings = [['IV. ĐỊA CHÍNH - XÂY DỰNG - ĐÔ THỊ VÀ MÔI TRƯỜNG', 'ĐCXD'], ['I. TỔNG HỢP', 'TH'], ['I. TỔNG HỢP', 'TH'], ['III. TƯ PHÁP - HỘ TỊCH', 'TPHT'], ['III. TƯ PHÁP - HỘ TỊCH', 'TPHT'], ['II. VĂN PHÒNG - THỐNG KÊ', 'VPTK']];
  const box = { id: 'box-1', unitId, fondsId, number: 3, inventoryNumber: 1, note: '', origin: unitId, clock: '000000000000001.000001', deleted: false, changedBy: 'x' };
  const rows = Array.from({ length: 18 }, (_, k) => {
    const i = k + 1;
    const [heading, code] = headings[k % headings.length]!;
    const closed = k % 3 !== 2;
    return withDossierDerived({
      id: `s-${i}`, origin: unitId, clock: `000000000000001.${String(i).padStart(6, '0')}`, deleted: k === 4, ...(k === 4 ? { deletedReason: 'Lập trùng với hồ sơ số 03.TH, đã chuyển tài liệu sang hồ sơ đó' } : {}), changedBy: 'Nguyễn Thị Lan',
      unitId, fondsId, year, heading, headingCode: code, notation: `${String(i).padStart(2, '0')}.${code}`, title: titles[k % titles.length]!,
      retention: k % 2 ? 'permanent' : 20, keeper: k % 2 ? 'Nguyễn Thị Phương Thảo' : 'Trần Văn Hùng', status: closed ? 'closed' : 'open',
      ...(closed ? { sheetCount: 120 + k, startDate: `${year}-01-05`, endDate: `${year}-11-20`, closedAt: `${year}-12-01` } : {}),
      ...(k < 3 ? { inventoryNumber: 1, fileNumber: 100 + k, boxId: 'box-1' } : {}),
      access: 'open', language: 'Tiếng Việt', condition: 'Tốt', note: '', source: 'plan',
    } as never);
  });
  await page.evaluate(async ({ rows, box }) => {
    const req = <T,>(r: IDBRequest<T>) => new Promise<T>((ok, fail) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => fail(r.error))));
    const db = await req(indexedDB.open('luutru'));
    const tx = db.transaction(['dossiers', 'boxes'], 'readwrite');
    for (const r of rows) tx.objectStore('dossiers').put(r);
    tx.objectStore('boxes').put(box);
    await new Promise((ok) => (tx.oncomplete = ok));
    db.close();
  }, { rows, box });
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${server.url}#/dossiers`);
    await page.reload();
    await page.getByTestId('dossier-row').first().waitFor();
    await page.getByText('Hiện cả hồ sơ đã xóa').click();
    await page.waitForTimeout(600);
    await page.getByTestId('dossier-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/dossierwin-list-${width}.png`, fullPage: true });
    await page.getByTestId('dossier-search').locator('input').fill('khong co ho so nay');
    await page.waitForTimeout(800);
    await page.getByTestId('dossier-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/dossierwin-search-empty-${width}.png` });
    await page.getByTestId('dossier-search').locator('input').fill('');
    await page.getByTestId('dossier-year').click();
    await page.locator('.ant-select-item-option', { hasText: String(year + 1) }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/dossierwin-empty-${width}.png`, fullPage: true });
    await page.getByTestId('dossier-year').click();
    await page.locator('.ant-select-item-option', { hasText: String(year) }).first().click();
    await page.waitForTimeout(500);
    await page.getByTestId('dossier-row').first().click();
    await page.getByTestId('dossier-drawer').waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/dossierwin-drawer-${width}.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: /Hộp/ }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/dossierwin-boxes-${width}.png` });
  }
  await b.close();
});
