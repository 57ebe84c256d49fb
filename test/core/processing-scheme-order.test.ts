// The classification scheme an archivist builds (numbering, moves, copies, finding a heading by
// number, code or words) and the ordering of a job's slips within it: the four schemes of §5.4,
// the preview, and keyboard moves inside a heading or to another one.
import { describe, expect, it } from 'vitest';
import { compareHeadings } from '../../renderer/src/core/dossiers/list-keys';
import { addNode, copiedWithoutRepeats, copyScheme, filedHeadingLines, headingTitle, matchNodes, moveNode, removeNode, schemeEntries, schemeFromPlan, toRoman, updateNode, validateScheme } from '../../renderer/src/core/processing/scheme';
import { moveToHeading, moveWithinHeading, orderSlips, positionChanges, previewOrder, type OrderableSlip } from '../../renderer/src/core/processing/ordering';
import type { ClassNode } from '../../renderer/src/core/processing/types';
import type { Retention } from '../../renderer/src/core/dossiers/types';

const scheme: ClassNode[] = [
  { id: 'th', title: 'Tổng hợp', code: 'TH' },
  { id: 'th-qd', parentId: 'th', title: 'Quyết định của Ủy ban nhân dân xã' },
  { id: 'th-bc', parentId: 'th', title: 'Báo cáo tổng kết năm' },
  { id: 'vt', title: 'Văn thư, lưu trữ', code: 'VT' },
  { id: 'dc', title: 'Địa chính - Xây dựng', code: 'DCXD', retention: 'permanent' },
  { id: 'dc-gcn', parentId: 'dc', title: 'Cấp giấy chứng nhận quyền sử dụng đất' },
  { id: 'dc-gcn-a', parentId: 'dc-gcn', title: 'Hồ sơ cấp đổi' },
];

describe('classification scheme', () => {
  it('numbers headings I, II…, sub-headings 1, 2…, a third level a), b)', () => {
    expect(schemeEntries(scheme).map((e) => [e.path, e.label, e.depth])).toEqual([
      ['I', 'I.', 0],
      ['I.1', '1.', 1],
      ['I.2', '2.', 1],
      ['II', 'II.', 0],
      ['III', 'III.', 0],
      ['III.1', '1.', 1],
      ['III.1.a', 'a)', 2],
    ]);
    expect([1, 4, 9, 14, 40, 90, 2024].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'XC', 'MMXXIV']);
  });

  it('a heading typed with its number keeps only its title (it printed "II.1. 1. Báo cáo thống kê"); a title that is a number, or starts with one, stays', () => {
    expect(['1. Báo cáo thống kê', 'II. Văn thư, lưu trữ', 'I.1. Quyết định', '1.1 Báo cáo', 'XIV. Quốc phòng', 'a) Công văn', '2) Tờ trình', '  3.   Kế hoạch ', '1.000 hộ dân', '2025 năm', 'V/v đất đai', '1.', 'C. Mác - Ph. Ăngghen', 'CV. đến', 'VV. Vĩnh viễn']
      .map(headingTitle)).toEqual(['Báo cáo thống kê', 'Văn thư, lưu trữ', 'Quyết định', 'Báo cáo', 'Quốc phòng', 'Công văn', 'Tờ trình', 'Kế hoạch', '1.000 hộ dân', '2025 năm', 'V/v đất đai', '1.', 'C. Mác - Ph. Ăngghen', 'CV. đến', 'VV. Vĩnh viễn']);
    // A copied heading written with its number is the one already there, not a second one.
    expect(copiedWithoutRepeats([{ id: 'bc', title: 'Báo cáo' }], [{ id: 'x', title: '1. Báo cáo' }])).toMatchObject({ added: 0, repeated: 1 });
    const added = addNode(scheme, { id: 'th-tk', parentId: 'th', title: '3. Báo cáo thống kê' });
    expect(schemeEntries(added).find((e) => e.node.id === 'th-tk')?.path).toBe('I.3');
    expect(added.find((n) => n.id === 'th-tk')?.title).toBe('Báo cáo thống kê');
    expect(updateNode(scheme, 'vt', { title: 'II. Văn thư - Lưu trữ' }).find((n) => n.id === 'vt')?.title).toBe('Văn thư - Lưu trữ');
  });

  it('adds a heading at the end of its parent, moves a heading with its subtree, removes only leaves', () => {
    const added = addNode(scheme, { id: 'th-ct', parentId: 'th', title: '  Chương trình   công tác ' });
    expect(added.map((n) => n.id)).toEqual(['th', 'th-qd', 'th-bc', 'th-ct', 'vt', 'dc', 'dc-gcn', 'dc-gcn-a']);
    expect(added[3]!.title).toBe('Chương trình công tác');
    const up = moveNode(scheme, 'dc', 'up');
    expect(up.map((n) => n.id)).toEqual(['th', 'th-qd', 'th-bc', 'dc', 'dc-gcn', 'dc-gcn-a', 'vt']);
    expect(moveNode(up, 'dc', 'up').map((n) => n.id)).toEqual(['dc', 'dc-gcn', 'dc-gcn-a', 'th', 'th-qd', 'th-bc', 'vt']);
    expect(moveNode(scheme, 'th-qd', 'down').map((n) => n.id)).toEqual(['th', 'th-bc', 'th-qd', 'vt', 'dc', 'dc-gcn', 'dc-gcn-a']);
    expect(moveNode(scheme, 'th', 'up')).toEqual(scheme);
    expect(removeNode(scheme, 'dc-gcn')).toEqual(scheme);
    expect(removeNode(scheme, 'dc-gcn-a').map((n) => n.id)).not.toContain('dc-gcn-a');
  });

  it('copies a scheme with new ids and the same tree', () => {
    let i = 0;
    const copy = copyScheme(scheme, () => `n${i++}`);
    expect(copy.map((n) => n.id)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
    expect(schemeEntries(copy).map((e) => e.path)).toEqual(schemeEntries(scheme).map((e) => e.path));
    expect(copy[6]!.parentId).toBe('n5');
  });

  it('takes the major headings of a file plan in their Roman order, in sentence case', () => {
    let i = 0;
    const plan = [
      { heading: 'II. VĂN PHÒNG - THỐNG KÊ', headingCode: 'VPTK' },
      { heading: 'I. TỔNG HỢP', headingCode: 'TH' },
      { heading: 'I. TỔNG HỢP', headingCode: 'TH' },
      { heading: 'X. QUÂN SỰ', headingCode: 'QS' },
      { heading: 'IV. TƯ PHÁP - HỘ TỊCH', headingCode: 'TPHT' },
      { heading: 'XI. VĂN PHÒNG HĐND VÀ UBND', headingCode: 'VP' },
    ];
    expect(schemeFromPlan(plan, () => `p${i++}`).map((n) => [n.title, n.code])).toEqual([
      ['Tổng hợp', 'TH'],
      // Each unit of a joined name with its capital; well-known abbreviations kept.
      ['Văn phòng - Thống kê', 'VPTK'],
      ['Tư pháp - Hộ tịch', 'TPHT'],
      ['Quân sự', 'QS'],
      ['Văn phòng HĐND và UBND', 'VP'],
    ]);
  });

  it.each([
    // The exact number or code first, then what lies under it or holds the letters.
    ['III.1', ['dc-gcn', 'dc-gcn-a']],
    ['iii.1.', ['dc-gcn', 'dc-gcn-a']],
    ['TH', ['th', 'vt']],
    ['dcx', ['dc']],
    ['van thu', ['vt']],
    ['cap doi', ['dc-gcn-a']],
    ['quyết định', ['th-qd']],
    ['dat', ['dc-gcn', 'dc-gcn-a']],
    ['không có', []],
  ])('finds "%s"', (typed, ids) => {
    expect(matchNodes(scheme, typed).map((e) => e.node.id)).toEqual(ids);
  });

  it('typed with its marks, a heading holding those very letters comes first (the first is highlighted and Enter takes it)', () => {
    // "hồ" is Hồ sơ cấp đổi, not Tổng hợp, which only folds to it; without marks the scheme's order decides.
    expect(matchNodes(scheme, 'hồ')[0]?.node.id).toBe('dc-gcn-a');
    expect(matchNodes(scheme, 'ho')[0]?.node.id).toBe('th');
    expect(matchNodes(scheme, 'hồ').map((e) => e.node.id)).toContain('th');
  });

  it('refuses a scheme with an empty title, a fourth level or an orphan', () => {
    const bad: ClassNode[] = [...scheme, { id: 'x', parentId: 'dc-gcn-a', title: 'Cấp 4' }, { id: 'y', title: '' }, { id: 'z', parentId: 'nowhere', title: 'Mồ côi' }];
    expect(validateScheme(bad).map((i) => i.code).sort()).toEqual(['scheme.parentMissing', 'scheme.titleRequired', 'scheme.tooDeep']);
    expect(validateScheme(scheme)).toEqual([]);
  });
});

function slip(id: string, classId: string, start: string, retention: Retention, temp: number, position?: number): OrderableSlip {
  return { id, classId, heading: '', notation: '', title: `Hồ sơ ${id}`, startDate: start, endDate: start, retention, year: Number(start.slice(0, 4)), tempNumber: temp, ...(position !== undefined ? { position } : {}) };
}

// Typed in the order the papers came off the shelf.
const slips = [
  slip('a', 'vt', '2001-05-01', 10, 1, 1),
  slip('b', 'th-qd', '1999-01-01', 'permanent', 2, 2),
  slip('c', 'dc-gcn-a', '1998-03-01', 'permanent', 3, 3),
  slip('d', 'th-qd', '1998-06-01', 'permanent', 4, 4),
  slip('e', 'th-bc', '2000-01-01', 20, 5, 5),
  slip('f', 'vt', '1997-02-01', 5, 6, 6),
  slip('g', 'th', '2002-01-01', 70, 7, 7),
];

describe('ordering slips within the scheme', () => {
  it.each([
    ['heading-time', false, ['g', 'd', 'b', 'e', 'f', 'a', 'c']],
    ['time-heading', false, ['f', 'c', 'd', 'b', 'e', 'a', 'g']],
    ['retention-heading-time', false, ['d', 'b', 'c', 'g', 'e', 'a', 'f']],
    ['retention-time-heading', false, ['c', 'd', 'b', 'g', 'e', 'a', 'f']],
    ['retention-heading-time', true, ['f', 'a', 'e', 'g', 'd', 'b', 'c']],
    ['retention-time-heading', true, ['f', 'a', 'e', 'g', 'c', 'd', 'b']],
  ] as const)('%s (shortest retention first: %s)', (order, ascending, ids) => {
    expect(orderSlips(slips, scheme, { order, retentionAscending: ascending }).map((s) => s.id)).toEqual(ids);
  });

  it('keeps typing order between slips that tie, and puts slips without a heading last', () => {
    const tied = [slip('x2', 'vt', '2001-01-01', 10, 9), slip('x1', 'vt', '2001-01-01', 10, 8), { ...slip('u', 'gone', '1990-01-01', 10, 1) }];
    expect(orderSlips(tied, scheme, { order: 'heading-time' }).map((s) => s.id)).toEqual(['x1', 'x2', 'u']);
  });

  it('previews how many slips would move before anything is stored', () => {
    const p = previewOrder(slips, scheme, { order: 'heading-time' });
    expect(p.ids).toEqual(['g', 'd', 'b', 'e', 'f', 'a', 'c']);
    expect(p.moved).toBe(7);
    expect(p.sample[0]).toEqual({ id: 'g', from: 7, to: 1 });
    const again = previewOrder(p.ids.map((id, i) => ({ ...slips.find((s) => s.id === id)!, position: i + 1 })), scheme, { order: 'heading-time' });
    expect(again.moved).toBe(0);
  });

  it('moves a slip up and down inside its heading only', () => {
    const ordered = orderSlips(slips, scheme, { order: 'heading-time' });
    expect(moveWithinHeading(ordered, 'b', 'up')).toEqual(['g', 'b', 'd', 'e', 'f', 'a', 'c']);
    expect(moveWithinHeading(ordered, 'd', 'up')).toEqual(ordered.map((s) => s.id));
    expect(moveWithinHeading(ordered, 'a', 'down')).toEqual(ordered.map((s) => s.id));
    expect(moveWithinHeading(ordered, 'f', 'down')).toEqual(['g', 'd', 'b', 'e', 'a', 'f', 'c']);
  });

  it('moves a slip to the end of another heading, or where an empty heading stands', () => {
    const ordered = orderSlips(slips, scheme, { order: 'heading-time' });
    expect(moveToHeading(ordered, 'c', 'th-qd', scheme)).toEqual(['g', 'd', 'b', 'c', 'e', 'f', 'a']);
    expect(moveToHeading(ordered, 'a', 'dc', scheme)).toEqual(['g', 'd', 'b', 'e', 'f', 'a', 'c']);
    expect(moveToHeading(ordered, 'c', 'th', scheme)).toEqual(['g', 'c', 'd', 'b', 'e', 'f', 'a']);
  });

  it('stores only the positions that change', () => {
    const changes = positionChanges(slips, ['a', 'b', 'd', 'c', 'e', 'f', 'g']);
    expect([...changes]).toEqual([['d', 3], ['c', 4]]);
  });
});

describe('copying headings onto a scheme that has some', () => {
  let n = 0;
  const id = () => `c${++n}`;
  const titles = (scheme: readonly ClassNode[]) => schemeEntries(scheme).map((e) => `${e.path} ${e.node.title}`);
  it('adds only the headings not there (title, marks and capitals aside), their sub-headings under the one there', () => {
    const existing: ClassNode[] = [
      { id: 'e1', title: 'Tổng hợp', code: 'TH' },
      { id: 'e2', title: 'Quyết định của Ủy ban nhân dân xã', parentId: 'e1' },
      { id: 'e3', title: 'Văn thư, lưu trữ' },
    ];
    const plan = () => schemeFromPlan([{ heading: 'I. TỔNG HỢP', headingCode: 'TH' }, { heading: 'II. VĂN PHÒNG - THỐNG KÊ', headingCode: 'VPTK' }], id);
    const once = copiedWithoutRepeats(existing, plan());
    expect([titles(once.scheme), once.added, once.repeated]).toEqual([['I Tổng hợp', 'I.1 Quyết định của Ủy ban nhân dân xã', 'II Văn thư, lưu trữ', 'III Văn phòng - Thống kê'], 1, 1]);
    // Copied a second time: nothing to add.
    const twice = copiedWithoutRepeats(once.scheme, plan());
    expect([twice.scheme, twice.added, twice.repeated]).toEqual([once.scheme, 0, 2]);
    // Another job's scheme: "tong hop" is there; its new sub-heading goes under the one there, after its own
    // sub-heading and before the next major heading (appended at the end, it sat under "II").
    const other: ClassNode[] = [
      { id: 'o1', title: 'tong hop' },
      { id: 'o2', title: 'Quyết định của Ủy ban nhân dân xã', parentId: 'o1' },
      { id: 'o3', title: 'Báo cáo tổng kết năm', parentId: 'o1' },
      { id: 'o4', title: 'Tài chính - Kế toán' },
      { id: 'o5', title: 'Dự toán ngân sách', parentId: 'o4' },
    ];
    const merged = copiedWithoutRepeats(existing, copyScheme(other, id));
    expect([titles(merged.scheme), merged.added, merged.repeated]).toEqual([
      ['I Tổng hợp', 'I.1 Quyết định của Ủy ban nhân dân xã', 'I.2 Báo cáo tổng kết năm', 'II Văn thư, lưu trữ', 'III Tài chính - Kế toán', 'III.1 Dự toán ngân sách'],
      3,
      2,
    ]);
  });
});

describe('headings in the order of their numbers', () => {
  it('puts I, II, … IX in order, whatever the order they were last used in', () => {
    expect(['II. VĂN PHÒNG - THỐNG KÊ', 'IX. Y TẾ', 'III. TƯ PHÁP - HỘ TỊCH', 'I. TỔNG HỢP', 'IV. ĐỊA CHÍNH - XÂY DỰNG'].sort(compareHeadings)).toEqual([
      'I. TỔNG HỢP',
      'II. VĂN PHÒNG - THỐNG KÊ',
      'III. TƯ PHÁP - HỘ TỊCH',
      'IV. ĐỊA CHÍNH - XÂY DỰNG',
      'IX. Y TẾ',
    ]);
  });
});

describe('the headings an inventory’s foreword names', () => {
  it('are the major headings holding a kept slip, from any depth under them, in the scheme’s order', () => {
    // Văn thư holds no slip: not named (the foreword listed every heading of the scheme).
    expect(filedHeadingLines(scheme, ['dc-gcn-a', 'th-qd', undefined, 'gone'])).toEqual(['I. Tổng hợp', 'III. Địa chính - Xây dựng']);
    expect(filedHeadingLines(scheme, [])).toEqual([]);
  });
});
