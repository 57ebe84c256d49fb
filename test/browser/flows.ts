// UI flows shared by e2e tests: what a person does, step by step.
import type { Page } from 'playwright-core';

export async function completeSetupThroughUi(page: Page, name = 'Ủy ban nhân dân xã Thụy Hải', code = '12345') {
  await page.getByLabel('Tên cơ quan đầy đủ').fill(name);
  await page.getByLabel('Tên viết tắt (dùng trên dấu ĐẾN, nhãn hộp)').fill(name.replace('Ủy ban nhân dân', 'UBND'));
  await page.getByLabel('Mã đơn vị hành chính (QĐ 19/2025)').fill(code);
  await page.getByLabel('Cơ quan cấp trên trực tiếp').fill('Ủy ban nhân dân tỉnh Hưng Yên');
  await page.getByLabel('Cơ quan cấp trên trực tiếp').press('Enter');
  await page.getByLabel('Tên phông lưu trữ').fill(`Phông lưu trữ ${name.replace('Ủy ban nhân dân', 'UBND')}`);
  await page.getByLabel('Họ và tên người sử dụng').fill('Nguyễn Thị Lan');
  await page.getByLabel('Chức vụ').fill('Công chức Văn phòng - Thống kê');
  await page.getByLabel('Chức vụ').press('Enter');
  await page.getByTestId('setup-review').waitFor();
  await page.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();
  await page.getByTestId('header-unit').waitFor();
}
