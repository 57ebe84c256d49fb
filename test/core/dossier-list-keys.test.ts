// The order the dossier list reads from its index is the order the file plan was sorted in on
// screen before (Vietnamese collation, numbers as numbers), and the arranging step says what a
// dossier waits for.
import { describe, expect, it } from 'vitest';
import { arrangeStage, compareNotations, notationSortKey, planSortKey } from '../../renderer/src/core/dossiers/list-keys';

const vi = (a: string, b: string) => a.localeCompare(b, 'vi', { numeric: true });

describe('notationSortKey', () => {
  it('orders notations as Vietnamese collation with numbers compared as numbers', () => {
    const notations = ['01', '01 TH', '01-TH', '1.', '01.A.b', '01.AB', '01.DT', '01.ĐT', '01.E', '01.TH', '01.TH2', '01.TH10', '1a', '01TH', '02', '2.VP', '10.VP', '100.VP', '99.VP', 'a1', 'D1', 'Đ1', 'E1', 'TH.01', 'D2', 'ă1', 'â1', 'b1', 'Ấp', 'Ổ', 'ơ', 'Ư2', 'u3', '12.TP-HT', '12.TPHT', '7.LĐTBXH'];
    const expected = [...notations].sort(vi);
    expect([...notations].reverse().sort(compareNotations)).toEqual(expected);
  });

  it('keeps file-plan notations of a year in number order, whatever the heading code', () => {
    const codes = ['TH', 'VP', 'TP', 'ĐC', 'VHXH', 'QS', 'CA'];
    const notations = Array.from({ length: 300 }, (_, i) => `${String(i + 1).padStart(2, '0')}.${codes[i % codes.length]}`);
    const shuffled = [...notations].sort((a, b) => notationSortKey(b).length - notationSortKey(a).length || (a < b ? 1 : -1));
    expect(shuffled.sort(compareNotations)).toEqual([...notations].sort(vi));
    expect(shuffled.slice(0, 3)).toEqual(['01.TH', '02.VP', '03.TP']);
  });

  it('puts a leading zero and case differences next to each other, in a fixed order', () => {
    expect(compareNotations('01.TH', '1.TH')).toBeLessThan(0);
    expect(compareNotations('1.TH', '01.TH2')).toBeLessThan(0);
    expect(notationSortKey('01.TH')).not.toBe(notationSortKey('1.TH'));
  });
});

describe('arrangeStage', () => {
  const d = { deleted: false, status: 'closed', fileNumber: undefined as number | undefined, boxId: undefined as string | undefined };
  it.each([
    ['a closed, unnumbered dossier waits to be numbered', d, 'number'],
    ['an open one waits for nothing', { ...d, status: 'open' }, undefined],
    ['a numbered one out of a box waits to be boxed', { ...d, fileNumber: 3 }, 'box'],
    ['a boxed one waits for nothing', { ...d, fileNumber: 3, boxId: 'b' }, undefined],
    ['a slip set aside to discard is not boxed', { ...d, fileNumber: 3, discardReason: 'duplicate' }, undefined],
    ['a removed one waits for nothing', { ...d, deleted: true }, undefined],
  ])('%s', (_, input, stage) => {
    expect(arrangeStage(input)).toBe(stage);
  });
});

// The file plan reads by major heading, then notation: on screen (the list's index) and printed.
describe('planSortKey', () => {
  const order = (rows: [string, string][]) => [...rows].sort(([ha, na], [hb, nb]) => (planSortKey(ha, na) < planSortKey(hb, nb) ? -1 : planSortKey(ha, na) > planSortKey(hb, nb) ? 1 : 0));

  it('puts headings in the order of their numerals (IX after VIII, before X), then notations as numbers', () => {
    const rows: [string, string][] = [
      ['IV. ĐỊA CHÍNH - XÂY DỰNG', '01.ĐCXD'],
      ['I. TỔNG HỢP', '10.TH'],
      ['X. QUÂN SỰ', '01.QS'],
      ['I. TỔNG HỢP', '2.TH'],
      ['IX. CÔNG AN', '01.CA'],
      ['II. VĂN PHÒNG', '01.VPTK'],
      ['V. VĂN HÓA - XÃ HỘI', '01.VHXH'],
      ['VIII. TÀI CHÍNH', '01.TC'],
      ['III. TƯ PHÁP - HỘ TỊCH', '01.TPHT'],
    ];
    expect(order(rows).map(([, n]) => n)).toEqual(['2.TH', '10.TH', '01.VPTK', '01.TPHT', '01.ĐCXD', '01.VHXH', '01.TC', '01.CA', '01.QS']);
  });

  it('puts dossiers without a heading first, and headings without a numeral after numbered ones', () => {
    expect(order([['Khác', '01.K'], ['II. VĂN PHÒNG', '01.VP'], ['', '05.X'], ['I. TỔNG HỢP', '01.TH']]).map(([, n]) => n)).toEqual(['05.X', '01.TH', '01.VP', '01.K']);
  });

  it('does not read a word as a numeral ("VIỆC LÀM" is no heading number)', () => {
    expect(order([['VIỆC LÀM', '01.VL'], ['V. VĂN HÓA', '01.VH'], ['IV. ĐỊA CHÍNH', '01.ĐC']]).map(([, n]) => n)).toEqual(['01.ĐC', '01.VH', '01.VL']);
  });
});
