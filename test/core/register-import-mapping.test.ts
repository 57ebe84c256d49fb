// Column mapping of old Excel registers: header names → fields, the signature a mapping is
// remembered under, mapping checks, and finding the header row under the title rows.
import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  detectHeaderRow,
  headerAt,
  headerKey,
  isColumnNumberRow,
  mappingSignature,
  rowsAfterHeader,
  suggestMapping,
  validateMapping,
} from '../../renderer/src/core/register-import';
import type { ImportRow } from '../../renderer/src/core/register-import';
import { INCOMING_BOOK_COLUMNS, OUTGOING_BOOK_COLUMNS } from '../../renderer/src/core/registers/register-book';

function row(rowNumber: number, texts: readonly string[]): ImportRow {
  return { rowNumber, cells: texts.map((text) => ({ text, raw: text === '' ? null : text })) };
}

describe('headerKey and mappingSignature', () => {
  it.each([
    ['Số, ký hiệu\nvăn bản (4)', 'so ky hieu van ban'],
    ['  NGÀY  ĐẾN ', 'ngay den'],
    ['Số/Ký hiệu', 'so ky hieu'],
    ['(1)', ''],
    ['Đơn vị, người nhận bản lưu', 'don vi nguoi nhan ban luu'],
  ])('%j → %j', (text, key) => {
    expect(headerKey(text)).toBe(key);
  });

  it('is the same for the same layout whatever the case, accents, composition or trailing blanks', () => {
    const a = mappingSignature(['Ngày đến', 'Số đến', 'Tác giả', '', '']);
    expect(mappingSignature(['NGAY DEN', 'so den', 'Tác giả'.normalize('NFD')])).toBe(a);
    expect(a).toBe('v1:ngay den|so den|tac gia');
    expect(mappingSignature(['Số đến', 'Ngày đến', 'Tác giả'])).not.toBe(a);
  });
});

describe('suggestMapping', () => {
  it('maps the Phụ lục IV.VI incoming form column by column', () => {
    expect(suggestMapping(INCOMING_BOOK_COLUMNS, 'incoming').columns).toEqual({
      arrivalDate: 0,
      registerNumber: 1,
      sender: 2,
      numberNotation: 3,
      documentDate: 4,
      typeSummary: 5,
      recipient: 6,
      transferDate: 7,
      receivedSignature: 8,
      note: 9,
    });
  });

  it('maps the Phụ lục IV.I outgoing form column by column', () => {
    expect(suggestMapping(OUTGOING_BOOK_COLUMNS, 'outgoing').columns).toEqual({
      numberNotation: 0,
      documentDate: 1,
      typeSummary: 2,
      signer: 3,
      recipients: 4,
      retainedCopyHolder: 5,
      copyCount: 6,
      transferDate: 7,
      receivedSignature: 8,
      note: 9,
    });
  });

  it('understands the headers communes typed themselves', () => {
    const headers = ['STT', 'Ngày nhận', 'Số đến', 'Nơi gửi', 'Số', 'Ký hiệu', 'Ngày VB', 'Loại VB', 'Trích yếu nội dung', 'Người nhận', 'Ghi chú', 'Độ khẩn', 'Số trang'];
    expect(suggestMapping(headers, 'incoming').columns).toEqual({
      arrivalDate: 1,
      registerNumber: 2,
      sender: 3,
      number: 4,
      notation: 5,
      documentDate: 6,
      typeName: 7,
      summary: 8,
      recipient: 9,
      note: 10,
      urgency: 11,
      pageCount: 12,
    });
  });

  it('maps "Cơ quan ban hành" as the author and "Số" alone as the outgoing number', () => {
    expect(suggestMapping(['Cơ quan ban hành văn bản', 'Số, ký hiệu'], 'incoming').columns).toEqual({ sender: 0, numberNotation: 1 });
    expect(suggestMapping(['Số', 'Ký hiệu', 'Ngày tháng', 'Trích yếu'], 'outgoing').columns).toEqual({
      registerNumber: 0,
      notation: 1,
      typeSummary: 3,
    });
  });

  it('leaves unknown columns unmapped and never maps one column twice', () => {
    const m = suggestMapping(['Ngày đến', 'Ngày đến', 'Ý kiến lãnh đạo'], 'incoming');
    expect(m.columns).toEqual({ arrivalDate: 0 });
  });
});

describe('validateMapping', () => {
  it('accepts the suggested mapping of both forms', () => {
    expect(validateMapping(suggestMapping(INCOMING_BOOK_COLUMNS, 'incoming'))).toEqual([]);
    expect(validateMapping(suggestMapping(OUTGOING_BOOK_COLUMNS, 'outgoing'))).toEqual([]);
  });

  it('names the missing fields, a column used twice and a combined column mapped with its part', () => {
    const issues = validateMapping({ kind: 'incoming', columns: { arrivalDate: 0, registerNumber: 0, typeSummary: 3, summary: 4 } });
    expect(issues.map((i) => [i.code, i.params])).toEqual([
      ['registerImport.mapping.columnTwice', { column: 'A', field: 'registerNumber', other: 'arrivalDate' }],
      ['registerImport.mapping.missing', { field: 'sender' }],
      ['registerImport.mapping.overlap', { field: 'summary', other: 'typeSummary' }],
    ]);
  });

  it('refuses fields of the other form and bad column indexes', () => {
    const issues = validateMapping({ kind: 'outgoing', columns: { numberNotation: 0, documentDate: -1, summary: 2, arrivalDate: 3 } });
    expect(issues.map((i) => i.code)).toEqual(['registerImport.mapping.badColumn', 'registerImport.mapping.unknownField']);
  });

  it.each([
    [0, 'A'],
    [9, 'J'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
  ])('column %i is %s', (i, letter) => {
    expect(columnLetter(i)).toBe(letter);
  });
});

describe('detectHeaderRow', () => {
  const titled: ImportRow[] = [
    row(1, ['ỦY BAN NHÂN DÂN XÃ THỤY HẢI']),
    row(2, ['SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2025']),
    row(3, []),
    row(4, [...INCOMING_BOOK_COLUMNS]),
    row(5, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)']),
    row(6, ['05/01/2025', '1', 'UBND huyện Thái Thụy', '15/QĐ-UBND']),
  ];

  it('skips the title rows and finds the incoming header', () => {
    const h = detectHeaderRow(titled);
    expect(h).toMatchObject({ rowIndex: 3, rowNumber: 4, kind: 'incoming' });
    expect(h?.fields).toHaveLength(10);
    expect(rowsAfterHeader(titled, h ?? { rowIndex: 0 }).map((r) => r.rowNumber)).toEqual([5, 6]);
  });

  it('tells an outgoing register by its header', () => {
    expect(detectHeaderRow([row(1, ['SỔ ĐĂNG KÝ VĂN BẢN ĐI']), row(2, [...OUTGOING_BOOK_COLUMNS])])).toMatchObject({ rowNumber: 2, kind: 'outgoing' });
  });

  it('finds nothing when no row names three fields', () => {
    expect(detectHeaderRow([row(1, ['Danh sách']), row(2, ['Ngày đến', 'Họ tên'])])).toBeUndefined();
  });

  it('takes the header row the clerk points at', () => {
    expect(headerAt(titled, 4, 'incoming')?.fields).toHaveLength(10);
    expect(headerAt(titled, 99, 'incoming')).toBeUndefined();
  });

  it('recognises the row of column numbers under the header', () => {
    expect(isColumnNumberRow(titled[4]?.cells ?? [])).toBe(true);
    expect(isColumnNumberRow(row(0, ['1', '2', '3', '4']).cells)).toBe(true);
    expect(isColumnNumberRow(row(0, ['5', '12', '15']).cells)).toBe(false);
    expect(isColumnNumberRow(row(0, ['(1)', '(2)']).cells)).toBe(false);
  });
});
