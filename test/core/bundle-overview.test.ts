// The upper level's overview tells apart two units sending under one name and code (one commune set up on two PCs,
// both confirmed after the warning): their rows read alike otherwise.
import { describe, expect, it } from 'vitest';
import { distinctUnitNames, sameNameAndCode, unitNamesById } from '../../renderer/src/core/bundle/overview';

describe('units alike in the overview', () => {
  it('are the ones sharing name (case and spaces aside) and code, not those sharing only one of them', () => {
    const rows = [
      { unitId: 'a1', name: 'Ủy ban nhân dân xã Tân Tiến', adminCode: '12345' },
      { unitId: 'b2', name: 'Ủy ban nhân dân xã tân tiến ', adminCode: '12345' },
      { unitId: 'c3', name: 'Ủy ban nhân dân xã Tân Tiến', adminCode: '12346' },
      { unitId: 'd4', name: 'Ủy ban nhân dân xã Thụy Hải', adminCode: '12345' },
    ];
    expect([...sameNameAndCode(rows)].sort()).toEqual(['a1', 'b2']);
    expect(sameNameAndCode(rows.slice(2)).size).toBe(0);
  });
  it('are picked and listed by names told apart: alike names with their code, the same name and code with the end of the id too', () => {
    expect(distinctUnitNames([
      { unitId: 'a1aaaaaaaa', name: 'Ủy ban nhân dân xã Tân Tiến', adminCode: '12345' },
      { unitId: 'b2bbbbbbbb', name: 'Ủy ban nhân dân xã tân tiến ', adminCode: '12345' },
      { unitId: 'c3cccccccc', name: 'Ủy ban nhân dân xã Tân Tiến', adminCode: '12346' },
      { unitId: 'd4dddddddd', name: 'Ủy ban nhân dân xã Thụy Hải', adminCode: '12345' },
      { unitId: 'e5eeeeeeee', name: 'Ủy ban nhân dân xã Thụy Liên', adminCode: '' },
      { unitId: 'f6ffffffff', name: 'Ủy ban nhân dân xã Thuỵ Liên', adminCode: '13000' },
    ])).toEqual([
      'Ủy ban nhân dân xã Tân Tiến (12345 · aaaaaaaa)',
      'Ủy ban nhân dân xã tân tiến  (12345 · bbbbbbbb)',
      'Ủy ban nhân dân xã Tân Tiến (12346)',
      'Ủy ban nhân dân xã Thụy Hải',
      // No code to tell it by: its name as it is.
      'Ủy ban nhân dân xã Thụy Liên',
      'Ủy ban nhân dân xã Thuỵ Liên (13000)',
    ]);
  });  it('are named by one rule in every picker, the consolidated inventory’s too: two of one name and code apart by their ids (it read "… (12345)" twice)', () => {
    const names = { '01a25177-0000-7000-8000-00000000aaaa': 'Ủy ban nhân dân xã Thụy Hải', '01a25177-0000-7000-8000-00000000bbbb': 'Ủy ban nhân dân xã Thụy Hải', d: 'Ủy ban nhân dân phường Đông Kinh', me: 'Lưu trữ lịch sử tỉnh Hưng Yên' };
    const rows = [
      { unitId: '01a25177-0000-7000-8000-00000000aaaa', adminCode: '12345' },
      { unitId: '01a25177-0000-7000-8000-00000000bbbb', adminCode: '12345' },
      { unitId: 'd', adminCode: '23456' },
    ];
    expect([...unitNamesById(names, rows)]).toEqual([
      ['01a25177-0000-7000-8000-00000000aaaa', 'Ủy ban nhân dân xã Thụy Hải (12345 · 0000aaaa)'],
      ['01a25177-0000-7000-8000-00000000bbbb', 'Ủy ban nhân dân xã Thụy Hải (12345 · 0000bbbb)'],
      // A name of its own: as it is, no code.
      ['d', 'Ủy ban nhân dân phường Đông Kinh'],
      ['me', 'Lưu trữ lịch sử tỉnh Hưng Yên'],
    ]);
  });
});
