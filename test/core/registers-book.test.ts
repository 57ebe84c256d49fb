// The register printed as a book (Art. 16.2.b, 22.3.b): columns of Phụ lục IV.VI and IV.I,
// rows by number, cancelled entries keep their row, the cover's "từ ngày … đến ngày …".
import { describe, expect, it } from 'vitest';
import {
  cancelledText,
  incomingBook,
  INCOMING_BOOK_COLUMNS,
  outgoingBook,
  OUTGOING_BOOK_COLUMNS,
  recipientLines,
  registerBookRows,
  typeAndSummary,
  type BookIncoming,
  type BookOutgoing,
} from '../../renderer/src/core/registers/register-book';
import { emptyIncomingInput, emptyOutgoingInput } from '../../renderer/src/core/registers/types';

function inc(arrivalNumber: number, arrivalDate: string, over: Partial<BookIncoming> = {}): BookIncoming {
  return {
    ...emptyIncomingInput(arrivalDate),
    registerId: 'den-2026',
    arrivalNumber,
    sender: 'UBND huyện Thái Thụy',
    number: '15',
    notation: 'QĐ-UBND',
    documentDate: '2026-01-02',
    typeName: 'Quyết định',
    summary: 'về việc giao chỉ tiêu kế hoạch',
    recipient: 'Chủ tịch UBND xã',
    transferDate: arrivalDate,
    receivedSignature: 'Lan',
    note: '',
    ...over,
  };
}

function out(number: number, documentDate: string, over: Partial<BookOutgoing> = {}): BookOutgoing {
  return {
    ...emptyOutgoingInput(documentDate),
    registerId: 'di-ubnd-2026',
    number,
    notation: 'QĐ-UBND',
    typeName: 'Quyết định',
    summary: 'Về việc thành lập Tổ công tác',
    signerPosition: 'Chủ tịch',
    signerName: 'Nguyễn Văn An',
    recipients: ['Như Điều 3', 'Lưu: VT'],
    retainedCopyHolder: 'Văn phòng',
    copyCount: 5,
    transferDate: documentDate,
    receivedSignature: 'Hùng',
    note: 'Khẩn',
    ...over,
  };
}

describe('incoming book (Phụ lục IV.VI)', () => {
  it('has the 10 columns in the legal order', () => {
    expect(INCOMING_BOOK_COLUMNS).toEqual([
      'Ngày đến',
      'Số đến',
      'Tác giả',
      'Số, ký hiệu văn bản',
      'Ngày tháng văn bản',
      'Tên loại và trích yếu nội dung',
      'Đơn vị hoặc người nhận',
      'Ngày chuyển',
      'Ký nhận',
      'Ghi chú',
    ]);
  });

  const docs = [
    inc(10, '2026-01-12', { number: '7', notation: 'UBND-VP', typeName: 'Công văn', summary: 'V/v báo cáo số liệu' }),
    inc(2, '2026-01-05', { deleted: true, deletedReason: 'vào sổ nhầm hai lần' }),
    inc(1, '2026-01-05'),
    inc(3, '2026-01-06', { typeName: 'Quyết định', summary: 'Quyết định về việc khen thưởng' }),
    inc(9, '2026-01-09', { deleted: true }),
  ];
  const book = incomingBook({ firstNumber: 1, lastNumber: 10 }, docs);

  it('writes each entry in column order, sorted by số đến, dates dd/mm/yyyy, numbers 01..09', () => {
    // A cancelled entry keeps what it said (to be printed crossed out), why it was cancelled in its Ghi chú.
    expect(book.rows).toEqual([
      ['05/01/2026', '01', 'UBND huyện Thái Thụy', '15/QĐ-UBND', '02/01/2026', 'Quyết định về việc giao chỉ tiêu kế hoạch', 'Chủ tịch UBND xã', '05/01/2026', 'Lan', ''],
      ['05/01/2026', '02', 'UBND huyện Thái Thụy', '15/QĐ-UBND', '02/01/2026', 'Quyết định về việc giao chỉ tiêu kế hoạch', 'Chủ tịch UBND xã', '05/01/2026', 'Lan', '(đã hủy: vào sổ nhầm hai lần)'],
      ['06/01/2026', '03', 'UBND huyện Thái Thụy', '15/QĐ-UBND', '02/01/2026', 'Quyết định về việc khen thưởng', 'Chủ tịch UBND xã', '06/01/2026', 'Lan', ''],
      ['09/01/2026', '09', 'UBND huyện Thái Thụy', '15/QĐ-UBND', '02/01/2026', 'Quyết định về việc giao chỉ tiêu kế hoạch', 'Chủ tịch UBND xã', '09/01/2026', 'Lan', '(đã hủy)'],
      ['12/01/2026', '10', 'UBND huyện Thái Thụy', '7/UBND-VP', '02/01/2026', 'Công văn V/v báo cáo số liệu', 'Chủ tịch UBND xã', '12/01/2026', 'Lan', ''],
    ]);
    for (const row of book.rows) expect(row).toHaveLength(INCOMING_BOOK_COLUMNS.length);
    expect([...book.cancelledRows]).toEqual([1, 3]);
  });

  it('summarises the cover: từ ngày … đến ngày …, từ số … đến số …, and the missing numbers', () => {
    expect(book.summary).toEqual({
      fromDate: '05/01/2026',
      toDate: '12/01/2026',
      fromNumber: '01',
      toNumber: '10',
      count: 5,
      cancelledCount: 2,
      missingNumbers: [4, 5, 6, 7, 8],
    });
  });

  it('an empty book has an empty cover summary', () => {
    expect(incomingBook({ firstNumber: 1, lastNumber: 0 }, [])).toMatchObject({
      rows: [],
      summary: { fromDate: '', toDate: '', fromNumber: '', toNumber: '', count: 0, cancelledCount: 0, missingNumbers: [] },
    });
  });

  it('numbers assigned by the counter but with no entry at all are reported missing', () => {
    const summary = incomingBook({ firstNumber: 1, lastNumber: 4 }, [inc(1, '2026-01-05'), inc(2, '2026-01-05')]).summary;
    expect(summary.missingNumbers).toEqual([3, 4]);
    expect(summary.toNumber).toBe('02');
  });

  it('a book that took over from paper at 120 starts there', () => {
    const summary = incomingBook({ firstNumber: 120, lastNumber: 121 }, [inc(121, '2026-06-02'), inc(120, '2026-06-01')]).summary;
    expect(summary).toMatchObject({ fromNumber: '120', toNumber: '121', missingNumbers: [], fromDate: '01/06/2026', toDate: '02/06/2026' });
  });
});

describe('outgoing book (Phụ lục IV.I)', () => {
  it('has the 10 columns in the legal order', () => {
    expect(OUTGOING_BOOK_COLUMNS).toEqual([
      'Số, ký hiệu văn bản',
      'Ngày tháng văn bản',
      'Tên loại và trích yếu nội dung',
      'Người ký',
      'Nơi nhận văn bản',
      'Đơn vị, người nhận bản lưu',
      'Số lượng bản',
      'Ngày chuyển',
      'Ký nhận',
      'Ghi chú',
    ]);
  });

  const book = outgoingBook({ firstNumber: 1, lastNumber: 12 }, [
    out(12, '2026-02-03', { notation: 'UBND-VP', typeName: 'Công văn', summary: 'V/v đôn đốc thu thuế', copyCount: undefined, transferDate: undefined }),
    out(2, '2026-01-08', { deleted: true, deletedReason: 'văn bản không ban hành' }),
    out(1, '2026-01-06'),
  ]);

  it('writes each entry in column order, sorted by number, the cancelled one keeping its row', () => {
    expect(book.rows).toEqual([
      ['01/QĐ-UBND', '06/01/2026', 'Quyết định về việc thành lập Tổ công tác', 'Chủ tịch\nNguyễn Văn An', '- Như Điều 3\n- Lưu: VT', 'Văn phòng', '5', '06/01/2026', 'Hùng', 'Khẩn'],
      ['02/QĐ-UBND', '08/01/2026', 'Quyết định về việc thành lập Tổ công tác', 'Chủ tịch\nNguyễn Văn An', '- Như Điều 3\n- Lưu: VT', 'Văn phòng', '5', '08/01/2026', 'Hùng', 'Khẩn (đã hủy: văn bản không ban hành)'],
      ['12/UBND-VP', '03/02/2026', 'Công văn V/v đôn đốc thu thuế', 'Chủ tịch\nNguyễn Văn An', '- Như Điều 3\n- Lưu: VT', 'Văn phòng', '', '', 'Hùng', 'Khẩn'],
    ]);
    for (const row of book.rows) expect(row).toHaveLength(OUTGOING_BOOK_COLUMNS.length);
    expect([...book.cancelledRows]).toEqual([1]);
  });

  it('summarises the cover', () => {
    expect(book.summary).toEqual({
      fromDate: '06/01/2026',
      toDate: '03/02/2026',
      fromNumber: '01',
      toNumber: '12',
      count: 3,
      cancelledCount: 1,
      missingNumbers: [3, 4, 5, 6, 7, 8, 9, 10, 11],
    });
  });
});

describe('registerBookRows', () => {
  it('uses the incoming form for an incoming register and the outgoing form for outgoing and internal ones', () => {
    expect(registerBookRows({ kind: 'incoming', firstNumber: 1, lastNumber: 1 }, [inc(1, '2026-01-05')]).columns).toBe(INCOMING_BOOK_COLUMNS);
    expect(registerBookRows({ kind: 'outgoing', firstNumber: 1, lastNumber: 1 }, [out(1, '2026-01-05')]).columns).toBe(OUTGOING_BOOK_COLUMNS);
    const internal = registerBookRows({ kind: 'internal', firstNumber: 1, lastNumber: 1 }, [out(1, '2026-01-05')]);
    expect(internal.columns).toBe(OUTGOING_BOOK_COLUMNS);
    expect(internal.rows[0]?.[0]).toBe('01/QĐ-UBND');
  });
});

describe('typeAndSummary and cancelledText', () => {
  it.each<[type: string, summary: string, expected: string]>([
    ['Quyết định', 'về việc khen thưởng', 'Quyết định về việc khen thưởng'],
    // As it stands on the document, capital first: lower case after the type (the book read "Quyết định Về việc").
    ['Quyết định', 'Về việc phê duyệt kế hoạch', 'Quyết định về việc phê duyệt kế hoạch'],
    ['Quyết định', 'Về việc'.normalize('NFD'), 'Quyết định về việc'],
    ['Quyết định', 'Quyết định về việc khen thưởng', 'Quyết định về việc khen thưởng'],
    ['Quyết định', 'quyet dinh ve viec khen thuong', 'quyet dinh ve viec khen thuong'],
    ['Công văn', 'V/v báo cáo', 'Công văn V/v báo cáo'],
    ['', 'Đơn xin xác nhận', 'Đơn xin xác nhận'],
    ['Báo cáo', '', 'Báo cáo'],
    [' Tờ trình ', ' đề nghị phê duyệt ', 'Tờ trình đề nghị phê duyệt'],
  ])('%j + %j → %j', (type, summary, expected) => {
    expect(typeAndSummary(type, summary)).toBe(expected);
  });

  it.each<[string | undefined, string]>([
    ['nhập nhầm', '(đã hủy: nhập nhầm)'],
    ['  nhập nhầm  ', '(đã hủy: nhập nhầm)'],
    ['', '(đã hủy)'],
    [undefined, '(đã hủy)'],
  ])('cancelledText(%j) → %j', (reason, expected) => {
    expect(cancelledText(reason)).toBe(expected);
  });
});

describe('the recipients of an outgoing entry in the book', () => {
  it('are one a line, each after a dash when there are several, a dash typed kept once', () => {
    expect(recipientLines(['Như Điều 3', '- Lưu: VT'])).toBe('- Như Điều 3\n- Lưu: VT');
    expect(recipientLines(['UBND tỉnh Hưng Yên'])).toBe('UBND tỉnh Hưng Yên');
    expect(recipientLines([])).toBe('');
  });
});
