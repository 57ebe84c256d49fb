// The upper level's overview tells apart two units sending under one name and code (one commune set up on two PCs,
// both confirmed after the warning): their rows read alike otherwise.
import { describe, expect, it } from 'vitest';
import { distinctUnitNames, overviewUnitNames, sameNameAndCode, shortUnitName, unitNamesById } from '../../renderer/src/core/bundle/overview';

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

describe('units of one name in the statistics per unit', () => {
  // Two "Tân Lập" of two former districts, received; a unit whose name is its own.
  const rows = [
    { unitId: 'tl1', name: 'Ủy ban nhân dân xã Tân Lập', adminCode: '12345' },
    { unitId: 'tl2', name: 'Ủy ban nhân dân xã Tân Lập', adminCode: '13579' },
    { unitId: 'th', name: 'Uỷ ban nhân dân xã Thụy Hải', adminCode: '12400' },
  ];

  it('the bars, their tooltips and the sheet name them as the pickers do: apart by code, a name of its own as it is', () => {
    const names = overviewUnitNames(rows);
    expect([...names.values()]).toEqual(['Ủy ban nhân dân xã Tân Lập (12345)', 'Ủy ban nhân dân xã Tân Lập (13579)', 'Uỷ ban nhân dân xã Thụy Hải']);
    // The page's names once read (the same rule over every unit it knows), else the row's name.
    expect([...overviewUnitNames(rows, new Map([['tl1', 'Ủy ban nhân dân xã Tân Lập (12345)']])).values()]).toEqual([
      'Ủy ban nhân dân xã Tân Lập (12345)',
      'Ủy ban nhân dân xã Tân Lập',
      'Uỷ ban nhân dân xã Thụy Hải',
    ]);
  });

  it('a bar names a unit short, its code kept; "Uỷ" shortened as "Ủy" (the bars kept "Uỷ ban nhân dân …" long)', () => {
    expect([...overviewUnitNames(rows).values()].map(shortUnitName)).toEqual(['UBND xã Tân Lập (12345)', 'UBND xã Tân Lập (13579)', 'UBND xã Thụy Hải']);
    expect(shortUnitName('Lưu trữ lịch sử tỉnh Hưng Yên')).toBe('Lưu trữ lịch sử tỉnh Hưng Yên');
  });
});
