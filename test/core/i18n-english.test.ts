// The English screen reads as English: one day, one field, one dossier (i18next plurals), and
// numbers written the English way (684.7 KB, 12,345) while the Vietnamese screen keeps its own
// (684,7 KB, 12.345). Vietnamese has one plural form; both catalogues share the keys.
import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { vi } from '../../renderer/src/i18n/vi';
import { en } from '../../renderer/src/i18n/en';
import { errorMessage } from '../../renderer/src/i18n';
import { AppError } from '../../renderer/src/core/errors';
import { formatBytes, formatCount, formatDecimal } from '../../renderer/src/core/format';
import { DEFAULT_STAT_FORMS, figuresRefusal, typedFigureIssues } from '../../renderer/src/core/duties/statistics';

const t: Record<'vi' | 'en', TFunction> = {} as never;
beforeAll(async () => {
  for (const lng of ['vi', 'en'] as const) {
    const i18n = createInstance();
    await i18n.init({ resources: { vi: { translation: vi }, en: { translation: en } }, lng, interpolation: { escapeValue: false } });
    t[lng] = i18n.t;
  }
});

describe('plurals', () => {
  it.each([
    ['followUp.dueSoon', 1, '1 day left', 'Còn 1 ngày'],
    ['followUp.dueSoon', 3, '3 days left', 'Còn 3 ngày'],
    ['followUp.overdue', 1, '1 day overdue', 'Quá hạn 1 ngày'],
    ['followUp.overdue', 12, '12 days overdue', 'Quá hạn 12 ngày'],
    ['dossiers.years', 1, '1 year', '1 năm'],
    ['dossiers.years', 10, '10 years', '10 năm'],
    ['dossiers.numbered', 1, '1 dossier numbered.', 'Đã đánh số chính thức 1 hồ sơ.'],
    ['dossiers.numberOk', 1, 'Number 1 dossier', 'Đánh số 1 hồ sơ'],
    ['registers.invalid', 1, 'Not saved: 1 field needs attention. Fix the field marked in red.', 'Chưa lưu: còn 1 ô chưa đúng. Hãy sửa các ô được đánh dấu đỏ.'],
  ])('%s with %d', (key, count, english, vietnamese) => {
    expect(t.en(key, { count })).toBe(english);
    expect(t.vi(key, { count })).toBe(vietnamese);
  });

  it('error sentences too', () => {
    expect(errorMessage(t.en, new AppError('register.entryInvalid', { count: 1 }))).toBe('Not saved: 1 field needs attention. Fix the field marked in red.');
    expect(errorMessage(t.en, new AppError('register.entryInvalid', { count: 2 }))).toBe('Not saved: 2 fields need attention. Fix the fields marked in red.');
    expect(errorMessage(t.en, new AppError('setup.invalid', { count: 1 }))).toBe('1 field is not right yet. Correct the field marked in red.');
    expect(errorMessage(t.vi, new AppError('setup.invalid', { count: 1 }))).toBe('Còn 1 thông tin chưa đúng. Hãy sửa các ô được đánh dấu đỏ.');
  });
});

describe('a report refused for its typed figures', () => {
  it('names the first row, the bound in the language’s digits, and counts the others', () => {
    const refusal = (typed: Record<string, number>) => {
      const r = figuresRefusal(typedFigureIssues(DEFAULT_STAT_FORMS, typed));
      return new AppError(r.code, r.params);
    };
    expect(errorMessage(t.en, refusal({ staffTotal: -1, budget: -1 }))).toBe('The report was not saved. Row 6.1 ("Người làm công tác văn thư, lưu trữ"): this figure is not right. Enter a whole number from 0 to 10,000 (người), digits only, e.g. 3. 1 other cell is not right either (marked red).');
    expect(errorMessage(t.vi, refusal({ staffTotal: 1200, staffTrained: 1500 }))).toBe('Chưa lưu được báo cáo. Dòng 6.3 ("Có trình độ chuyên môn văn thư, lưu trữ") là một phần của dòng 6.1 ("Người làm công tác văn thư, lưu trữ"), nên không thể lớn hơn 1.200 người. Hãy kiểm tra lại hai số này.');
    expect(errorMessage(t.en, refusal({ staffTotal: 1200, staffTrained: 1500 }))).toBe('The report was not saved. Row 6.3 ("Có trình độ chuyên môn văn thư, lưu trữ") is a part of row 6.1 ("Người làm công tác văn thư, lưu trữ"), so it cannot be more than 1,200 người. Check these two figures.');
    expect(errorMessage(t.vi, refusal({ shelfMetres: Number.NaN }))).toBe('Chưa lưu được báo cáo. Dòng 7.2 ("Giá, tủ bảo quản (tổng chiều dài)"): số liệu chưa đúng. Hãy nhập số từ 0 đến 100.000 (mét), phần lẻ viết sau dấu phẩy và tối đa 3 chữ số, ví dụ 24,5; khi gõ, đừng dùng dấu chấm ngăn cách hàng nghìn (gõ 1500, không gõ 1.500).');
  });
});

describe('numbers in the UI language', () => {
  it('sizes, counts and decimals', () => {
    expect(formatBytes(701_133, 'en')).toBe('684.7 KB');
    expect(formatBytes(701_133, 'vi')).toBe('684,7 KB');
    expect(formatBytes(3 * 1024 ** 3, 'en')).toBe('3 GB');
    expect(formatCount(12_345, 'en')).toBe('12,345');
    expect(formatCount(12_345, 'vi')).toBe('12.345');
    expect(formatDecimal(12.5, 'en')).toBe('12.5');
  });
});
