// Reading single cells of old registers: dates in every form clerks used, numbers, counts,
// urgency words, signers and recipient lists.
import { describe, expect, it } from 'vitest';
import { readCount, readDate, readRegisterNumber, readUrgency, splitRecipients, splitSigner } from '../../renderer/src/core/register-import';
import type { ImportCell } from '../../renderer/src/core/register-import';

const text = (t: string): ImportCell => ({ text: t, raw: t });
const num = (n: number): ImportCell => ({ text: String(n), raw: n });

describe('readDate', () => {
  it.each<[string, ImportCell, string]>([
    ['an Excel date cell', { text: '05/01/2025', raw: new Date(Date.UTC(2025, 0, 5)) }, '2025-01-05'],
    ['an Excel serial number', num(45662), '2025-01-05'],
    ['dd/mm/yyyy text', text('05/01/2025'), '2025-01-05'],
    ['d/m/yy text', text('5/1/25'), '2025-01-05'],
    ['dots', text('05.01.2025'), '2025-01-05'],
    ['the written-out form', text('ngày 05 tháng 01 năm 2025'), '2025-01-05'],
    ['the written-out form without "ngày"', text('5 tháng 1 năm 2025'), '2025-01-05'],
  ])('reads %s', (_, cell, iso) => {
    expect(readDate(cell)).toEqual({ value: iso });
  });

  it('reports a day that does not exist, with the cell text', () => {
    expect(readDate(text('31/02/2025'))).toEqual({ issue: { code: 'registerImport.date.invalid', params: { text: '31/02/2025' } } });
    expect(readDate(text('tháng 2/2025')).issue?.code).toBe('registerImport.date.invalid');
  });

  it('reports a month-first date instead of swapping it', () => {
    expect(readDate(text('12/25/2025'))).toEqual({ issue: { code: 'registerImport.date.monthFirst', params: { text: '12/25/2025' } } });
  });

  it('reads nothing from an empty cell', () => {
    expect(readDate(undefined)).toEqual({});
    expect(readDate(text('  '))).toEqual({});
  });
});

describe('readRegisterNumber and readCount', () => {
  it.each<[ImportCell, number]>([
    [num(15), 15],
    [text('015'), 15],
    [text('Số 7'), 7],
    [text(' 12 '), 12],
  ])('reads %j as %i', (cell, n) => {
    expect(readRegisterNumber(cell)).toEqual({ value: n });
  });

  it.each<ImportCell>([text('12a'), text('0'), num(12.5), text('mười')])('refuses %j', (cell) => {
    expect(readRegisterNumber(cell).issue?.code).toBe('registerImport.number.invalid');
  });

  it('reads counts with their unit', () => {
    expect(readCount(text('3 bản'))).toEqual({ value: 3 });
    expect(readCount(num(12))).toEqual({ value: 12 });
    expect(readCount(text('ba')).issue).toEqual({ code: 'registerImport.count.invalid', params: { text: 'ba' } });
  });
});

describe('readUrgency', () => {
  it.each([
    ['Khẩn', 'urgent'],
    ['THƯỢNG KHẨN', 'very-urgent'],
    ['Hoả tốc', 'flash'],
    ['Hỏa tốc', 'flash'],
    ['Thường', 'normal'],
  ])('%s → %s', (t, level) => {
    expect(readUrgency(text(t))).toEqual({ value: level });
  });

  it('reports an unknown word', () => {
    expect(readUrgency(text('Gấp')).issue?.code).toBe('registerImport.urgency.unknown');
  });
});

describe('splitSigner and splitRecipients', () => {
  it.each([
    ['Phó Chủ tịch Nguyễn Văn An', 'Phó Chủ tịch', 'Nguyễn Văn An'],
    ['Chủ tịch Lê Thị Ánh', 'Chủ tịch', 'Lê Thị Ánh'],
    ['Chánh Văn phòng Phạm Minh', 'Chánh Văn phòng', 'Phạm Minh'],
    ['Kế toán trưởng Đỗ Thị Hương', 'Kế toán trưởng', 'Đỗ Thị Hương'],
    ['Trần Thị Lan', '', 'Trần Thị Lan'],
    ['Chủ tịch', 'Chủ tịch', ''],
  ])('%s → %s / %s', (t, position, name) => {
    expect(splitSigner(t)).toEqual({ position, name });
  });

  it('splits recipients on lines and semicolons, dropping list dashes', () => {
    expect(splitRecipients('- UBND huyện Thái Thụy;\n- Phòng Nội vụ huyện;\n- Lưu: VT.')).toEqual(['UBND huyện Thái Thụy', 'Phòng Nội vụ huyện', 'Lưu: VT']);
    expect(splitRecipients('Sở Y tế; Phòng Lao động - Thương binh và Xã hội huyện')).toEqual(['Sở Y tế', 'Phòng Lao động - Thương binh và Xã hội huyện']);
  });
});
