// The dry run on small hand-made sheets: each rule of the import (numbers kept, dates read or
// reported, duplicates against the register and the file, blank rows, validation by the
// register's year) and what is finally imported.
import { describe, expect, it } from 'vitest';
import {
  importableIncoming,
  importableIncomingRows,
  importableOutgoing,
  incomingDuplicateKey,
  planRegisterImport,
  planRegisterImportAsync,
  suggestMapping,
} from '../../renderer/src/core/register-import';
import type { ImportRow, RegisterImportContext, RegisterImportPlan } from '../../renderer/src/core/register-import';
import { INCOMING_BOOK_COLUMNS, OUTGOING_BOOK_COLUMNS } from '../../renderer/src/core/registers/register-book';

const INCOMING = suggestMapping(INCOMING_BOOK_COLUMNS, 'incoming');
const OUTGOING = suggestMapping(OUTGOING_BOOK_COLUMNS, 'outgoing');

let rowNumber = 10;
function row(...values: (string | number | Date | null)[]): ImportRow {
  rowNumber += 1;
  return {
    rowNumber,
    cells: values.map((v) => ({
      text: v === null ? '' : v instanceof Date ? '' : String(v),
      raw: v,
      ...(typeof v === 'string' && v !== '' ? { encoding: 'unicode' as const } : {}),
    })),
  };
}

function incoming(n: number | string | null, overrides: Partial<Record<'arrival' | 'sender' | 'notation' | 'docDate' | 'summary', string>> = {}): ImportRow {
  return row(
    overrides.arrival ?? '05/03/2025',
    n,
    overrides.sender ?? 'UBND huyện Thái Thụy',
    overrides.notation ?? `${typeof n === 'number' ? n + 100 : 1}/QĐ-UBND`,
    overrides.docDate ?? '03/03/2025',
    overrides.summary ?? 'Quyết định về việc kiện toàn Ban Chỉ đạo chuyển đổi số',
    'Văn phòng - Thống kê',
    '06/03/2025',
    'Nguyễn Văn Hùng',
    '',
  );
}

const ctx = (over: Partial<RegisterImportContext> = {}): RegisterImportContext => ({
  register: { kind: 'incoming', year: 2025, status: 'closed', secret: false, lastNumber: 0 },
  today: '2026-01-15',
  existingKeys: new Map(),
  usedNumbers: new Set(),
  ...over,
});

function statuses(plan: RegisterImportPlan): string[] {
  return plan.rows.map((r) => `${r.status}${r.issues.length ? `:${r.issues.map((i) => i.code.replace('registerImport.', '')).join(',')}` : ''}`);
}

describe('planRegisterImport (incoming)', () => {
  it('reads a good row into a cleaned entry, splitting "Số, ký hiệu" and "Tên loại và trích yếu"', () => {
    const plan = planRegisterImport([incoming(7)], INCOMING, ctx());
    expect(plan.issues).toEqual([]);
    expect(plan.rows[0]).toMatchObject({ status: 'ok', issues: [], encodings: ['unicode'], decomposed: false });
    expect(plan.rows[0]?.input).toMatchObject({
      arrivalDate: '2025-03-05',
      arrivalNumber: 7,
      sender: 'UBND huyện Thái Thụy',
      number: '107',
      notation: 'QĐ-UBND',
      documentDate: '2025-03-03',
      typeName: 'Quyết định',
      summary: 'về việc kiện toàn Ban Chỉ đạo chuyển đổi số',
      recipient: 'Văn phòng - Thống kê',
      transferDate: '2025-03-06',
      receivedSignature: 'Nguyễn Văn Hùng',
      secrecy: 'none',
    });
    expect(plan.lastNumber).toBe(7);
  });

  it('names the legal normative kinds a commune receives from their ký hiệu, and takes no numbered law for a công văn', () => {
    const rows = [
      // Its summary begins "Quy định…", a kind of its own in Phụ lục III: the ký hiệu says what it is.
      incoming(1, { notation: '15/2026/NĐ-CP', summary: 'Quy định chi tiết một số điều của Luật Lưu trữ' }),
      incoming(2, { notation: '05/2025/tt-bnv', summary: 'Về việc hướng dẫn tài liệu lưu trữ số' }),
      incoming(3, { notation: '25/2024/QH15', summary: 'Luật Lưu trữ' }),
      incoming(4, { notation: '12/TT-VP', summary: 'V/v chuẩn bị hội nghị' }),
    ];
    const plan = planRegisterImport(rows, INCOMING, ctx());
    expect(plan.rows[0]?.input?.summary).toBe('Quy định chi tiết một số điều của Luật Lưu trữ');
    expect(plan.rows.map((r) => [r.input?.notation, r.input?.typeName])).toEqual([
      ['2026/NĐ-CP', 'Nghị định'],
      ['2025/TT-BNV', 'Thông tư'],
      // A Luật or a Nghị quyết of the National Assembly: the clerk writes which (it was taken for a Công văn).
      ['2024/QH15', ''],
      ['TT-VP', 'Công văn'],
    ]);
  });

  it('reads a ký hiệu column of its own with its year in front as the year, not as the number', () => {
    const split = suggestMapping(['Ngày đến', 'Số đến', 'Tác giả', 'Số', 'Ký hiệu', 'Ngày văn bản', 'Trích yếu'], 'incoming');
    const plan = planRegisterImport([row('05/03/2025', 1, 'Chính phủ', '15', '2026/NĐ-CP', '03/03/2025', 'Quy định chi tiết một số điều của Luật Lưu trữ'), row('05/03/2025', 2, 'Quốc hội', '25', '2024/QH15', '03/03/2025', 'Luật Lưu trữ')], split, ctx());
    expect(plan.rows.map((r) => [r.input?.number, r.input?.notation, r.input?.typeName])).toEqual([
      ['15', '2026/NĐ-CP', 'Nghị định'],
      ['25', '2024/QH15', ''],
    ]);
  });

  it('does not take a row of a cancelled entry (the app’s own Excel keeps its line, "(đã hủy…)" in Ghi chú) for a live document', () => {
    const cancelled = row('05/03/2025', 2, 'UBND huyện Thái Thụy', '102/QĐ-UBND', '03/03/2025', 'Quyết định về việc khen thưởng', 'Văn phòng - Thống kê', '06/03/2025', 'Hùng', 'Bản chụp (đã hủy: vào sổ nhầm hai lần)');
    const plan = planRegisterImport([incoming(1), cancelled], INCOMING, ctx());
    expect(statuses(plan)).toEqual(['ok', 'error:cancelledRow']);
  });

  it('keeps the paper numbers: missing, not a number, already in the register, twice in the file', () => {
    const rows = [incoming(1), incoming(null), incoming('12a'), incoming(5), incoming(6), incoming(6)];
    const plan = planRegisterImport(rows, INCOMING, ctx({ usedNumbers: new Set([5]) }));
    expect(statuses(plan)).toEqual([
      'ok',
      'error:number.missing',
      'error:number.invalid',
      'error:number.inRegister',
      'error:number.twiceInFile',
      'error:number.twiceInFile',
    ]);
    const [r5, r6] = [rows[4]?.rowNumber, rows[5]?.rowNumber];
    expect(plan.rows[4]?.issues[0]?.params).toEqual({ number: 6, rows: `${r5}, ${r6}`, row: r5, cell: `B${r5}`, address: `B${r5}` });
    expect(plan.lastNumber).toBe(1);
  });

  it('reports unreadable dates once per cell, quoting the cell, its address and its row', () => {
    const rows = [incoming(1, { arrival: '31/02/2025' }), incoming(2, { docDate: '03/13/2025' })];
    const [a, b] = rows.map((r) => r.rowNumber);
    const plan = planRegisterImport(rows, INCOMING, ctx({ sheetName: 'Sổ đến' }));
    expect(plan.rows[0]?.issues).toEqual([
      { field: 'arrivalDate', code: 'registerImport.date.invalid', params: { text: '31/02/2025', row: a, cell: `A${a}`, address: `'Sổ đến'!A${a}` } },
    ]);
    expect(plan.rows[1]?.issues).toEqual([
      { field: 'documentDate', code: 'registerImport.date.monthFirst', params: { text: '03/13/2025', row: b, cell: `E${b}`, address: `'Sổ đến'!E${b}` } },
    ]);
  });

  it('applies the register rules: arrival in the register year, no future date, the author required', () => {
    const plan = planRegisterImport(
      [incoming(1, { arrival: '05/03/2024', docDate: '01/03/2024' }), incoming(2, { arrival: '20/02/2026' }), incoming(3, { sender: '' })],
      INCOMING,
      ctx(),
    );
    expect(statuses(plan)).toEqual([
      'error:register.arrivalDate.wrongYear',
      'error:register.date.future,register.arrivalDate.wrongYear,register.transferDate.beforeArrival',
      'error:register.sender.required',
    ]);
  });

  it('marks duplicates of the register and of earlier rows, and imports them only when chosen', () => {
    const stored = { number: '9', notation: 'QĐ-UBND', sender: 'Ủy ban nhân dân huyện Thái Thụy', documentDate: '2025-03-03' };
    const rows = [incoming(1, { notation: '9/QĐ-UBND' }), incoming(2), incoming(3, { notation: '102/QD-UBND', sender: 'UBND huyen Thai Thuy' })];
    const plan = planRegisterImport(rows, INCOMING, ctx({ existingKeys: new Map([[incomingDuplicateKey(stored), { number: 14, date: '2025-03-05', year: 2025 }]]) }));
    expect(statuses(plan)).toEqual(['duplicate:duplicate.inRegister', 'ok', 'duplicate:duplicate.inFile']);
    // The entry it may be is named, to be looked up (it said only that one was there).
    expect(plan.rows[0]?.issues[0]?.params).toMatchObject({ number: '14', date: '05/03/2025', year: 2025 });
    expect(plan.rows[2]?.duplicateOfRow).toBe(rows[1]?.rowNumber);
    if (plan.kind !== 'incoming') throw new Error('kind');
    expect(importableIncoming(plan).map((e) => e.arrivalNumber)).toEqual([2]);
    expect(importableIncoming(plan, { includeDuplicates: true }).map((e) => e.arrivalNumber)).toEqual([1, 2, 3]);
    expect(plan.lastNumber).toBe(3);
  });

  it('finds in the file what the entry form would warn of: the same number and symbol from a sender written another way, in the same year', () => {
    const rows = [
      incoming(1, { notation: '262/QĐ-STP', sender: 'Sở Tư pháp tỉnh Thái Bình' }),
      incoming(2, { notation: '262/QĐ-STP', sender: 'Sở Tư pháp' }),
      incoming(3, { notation: '262/QĐ-STP', sender: 'STP tỉnh Thái Bình', docDate: '' }),
      // Another body sharing the symbol, and the same document of another year: not the same.
      incoming(4, { notation: '262/QĐ-STP', sender: 'Sở Tài chính' }),
      incoming(5, { notation: '262/QĐ-STP', sender: 'Sở Tư pháp', docDate: '03/03/2024', arrival: '05/03/2025' }),
    ];
    const plan = planRegisterImport(rows, INCOMING, ctx());
    expect(statuses(plan)).toEqual(['ok', 'duplicate:duplicate.inFile', 'duplicate:duplicate.inFile', 'ok', 'ok']);
    expect(plan.rows.slice(1, 3).map((r) => r.duplicateOfRow)).toEqual([rows[0]?.rowNumber, rows[0]?.rowNumber]);
  });

  it('does not call a document a duplicate of a row that will not be imported', () => {
    const plan = planRegisterImport([incoming(1, { arrival: '31/02/2025' }), incoming(2, { notation: '101/QĐ-UBND' })], INCOMING, ctx());
    expect(statuses(plan)).toEqual(['error:date.invalid', 'ok']);
  });

  it('skips blank rows, the column-number row and repeated headers', () => {
    const plan = planRegisterImport(
      [row('(1)', '(2)', '(3)', '(4)', '(5)'), incoming(1), row(), row('', '', '', '', ''), row(...INCOMING_BOOK_COLUMNS), incoming(2)],
      INCOMING,
      ctx(),
    );
    expect(plan.rows.map((r) => r.skipReason ?? r.status)).toEqual(['columnNumbers', 'ok', 'blank', 'blank', 'repeatedHeader', 'ok']);
    expect(plan.totals).toMatchObject({ rows: 6, ok: 2, error: 0, duplicate: 0, empty: 4 });
  });

  it('marks entries of a secret register as secret', () => {
    const plan = planRegisterImport([incoming(1)], INCOMING, ctx({ register: { kind: 'incoming', year: 2025, status: 'open', secret: true, lastNumber: 0 } }));
    expect(plan.rows[0]).toMatchObject({ status: 'ok', input: { secrecy: 'confidential' } });
  });

  it('plans nothing when the mapping is incomplete or for the other kind of register', () => {
    const partial = planRegisterImport([incoming(1)], { kind: 'incoming', columns: { arrivalDate: 0 } }, ctx());
    expect(partial.rows).toEqual([]);
    expect(partial.issues.map((i) => i.params?.field)).toEqual(['registerNumber', 'sender', 'typeSummary']);
    const wrongKind = planRegisterImport([incoming(1)], OUTGOING, ctx());
    expect(wrongKind.issues.map((i) => i.code)).toEqual(['registerImport.mapping.kindMismatch']);
  });
});

describe('planRegisterImport (outgoing)', () => {
  const octx = ctx({ register: { kind: 'outgoing', year: 2025, status: 'open', secret: false, lastNumber: 3 }, usedNumbers: new Set([1, 2, 3]) });

  function outgoing(notation: string, summary = 'V/v đôn đốc công tác văn thư, lưu trữ'): ImportRow {
    return row(notation, '10/04/2025', summary, 'Phó Chủ tịch Trần Thị Lan', 'Phòng Nội vụ huyện;\nCác thôn', 'Văn thư UBND xã', 3, '11/04/2025', '', 'Bản giấy');
  }

  it('takes the number from "Số, ký hiệu", the type from the notation when the text has none', () => {
    const plan = planRegisterImport([outgoing('04/UBND-VP'), outgoing('05/QĐ-UBND', 'kiện toàn Tổ công tác Đề án 06'), outgoing('/UBND-VP'), outgoing('03/TB-UBND', 'Thông báo lịch tiếp công dân')], OUTGOING, octx);
    expect(statuses(plan)).toEqual(['ok', 'ok', 'error:number.missing', 'error:number.inRegister']);
    expect(plan.rows[0]?.input).toMatchObject({
      number: 4,
      notation: 'UBND-VP',
      documentDate: '2025-04-10',
      typeName: 'Công văn',
      summary: 'V/v đôn đốc công tác văn thư, lưu trữ',
      signerPosition: 'Phó Chủ tịch',
      signerName: 'Trần Thị Lan',
      recipients: ['Phòng Nội vụ huyện', 'Các thôn'],
      retainedCopyHolder: 'Văn thư UBND xã',
      copyCount: 3,
      transferDate: '2025-04-11',
      note: 'Bản giấy',
    });
    expect(plan.rows[1]?.input).toMatchObject({ number: 5, typeName: 'Quyết định', summary: 'kiện toàn Tổ công tác Đề án 06' });
    if (plan.kind !== 'outgoing') throw new Error('kind');
    expect(importableOutgoing(plan).map((e) => e.number)).toEqual([4, 5]);
    expect(plan.lastNumber).toBe(5);
  });
});

describe('dates outside a register’s range', () => {
  it('a date before 1945 is an error quoting the cell (a broken cell, never a fact); 15/03/1899 is not taken', () => {
    // An Excel date cell of 01/01/1900 (what a 1 in a date-formatted cell shows), as read-workbook gives it.
    const excelDayOne = incoming(3);
    const rows = [incoming(1, { docDate: '15/03/1899' }), incoming(2), { ...excelDayOne, cells: [{ text: '01/01/1900', raw: new Date(Date.UTC(1900, 0, 1)) }, ...excelDayOne.cells.slice(1)] }];
    const plan = planRegisterImport(rows, INCOMING, ctx());
    expect(statuses(plan)).toEqual(['error:date.tooEarly', 'ok', 'error:date.tooEarly']);
    expect(plan.rows[0]?.issues[0]).toMatchObject({ field: 'documentDate', params: { text: '15/03/1899', year: 1945, cell: `E${rows[0]?.rowNumber}` } });
    expect(plan.rows[2]?.issues[0]).toMatchObject({ field: 'arrivalDate', params: { year: 1945, cell: `A${rows[2]?.rowNumber}` } });
  });

  it('a document dated more than a year before the register’s year is imported with a warning', () => {
    const rows = [incoming(1, { docDate: '20/05/2015' }), incoming(2, { docDate: '28/12/2024' }), incoming(3)];
    const plan = planRegisterImport(rows, INCOMING, ctx());
    expect(statuses(plan)).toEqual(['ok', 'ok', 'ok']);
    expect(plan.rows.map((r) => r.warnings.map((w) => w.code))).toEqual([['registerImport.date.longBefore'], [], []]);
    expect(plan.rows[0]?.warnings[0]?.params).toMatchObject({ date: '20/05/2015', year: 2025, row: rows[0]?.rowNumber, cell: `E${rows[0]?.rowNumber}` });
    expect(plan.totals).toMatchObject({ ok: 3, warned: 1 });
  });

  it('a date after today stays an error, now naming its cell', () => {
    const rows = [incoming(1, { arrival: '20/02/2026', docDate: '19/02/2026' })];
    const plan = planRegisterImport(rows, INCOMING, ctx({ today: '2026-01-15' }));
    const n = rows[0]?.rowNumber;
    expect(plan.rows[0]?.issues.find((i) => i.code === 'register.date.future')?.params).toEqual({ row: n, cell: `A${n}`, address: `A${n}` });
  });
});

describe('planRegisterImportAsync', () => {
  it('gives the same plan in steps, reports progress, and asks the register only for the file’s keys', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => incoming(i + 1));
    const asked: string[][] = [];
    const progress: number[] = [];
    const existing = incomingDuplicateKey({ number: '103', notation: 'QĐ-UBND', sender: 'UBND huyện Thái Thụy', documentDate: '2025-03-03' });
    const plan = await planRegisterImportAsync(rows, INCOMING, { ...ctx(), existingKeys: async (candidates) => (asked.push(candidates.map((c) => c.key)), new Map(candidates.map((c) => c.key).filter((k) => k === existing).map((k) => [k, { number: 1, date: '2025-01-02', year: 2025 }]))) }, {
      chunk: 10,
      onProgress: (done) => progress.push(done),
      pause: () => Promise.resolve(),
    });
    expect(progress).toEqual([10, 20, 25]);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toHaveLength(25);
    expect(statuses(plan).filter((s) => s !== 'ok')).toEqual(['duplicate:duplicate.inRegister']);
    const sync = planRegisterImport(rows, INCOMING, ctx({ existingKeys: new Map([[existing, { number: 1, date: '2025-01-02', year: 2025 }]]) }));
    expect(plan.rows).toEqual(sync.rows);
  });

  it('stops where a pause throws (a cancel)', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => incoming(i + 1));
    const run = planRegisterImportAsync(rows, INCOMING, { ...ctx(), existingKeys: new Map() }, { chunk: 10, pause: () => Promise.reject(new Error('cancelled')) });
    await expect(run).rejects.toThrow('cancelled');
  });

  it('the rows to import carry the file row they come from', async () => {
    const rows = [incoming(4), incoming(null), incoming(5)];
    const plan = planRegisterImport(rows, INCOMING, ctx());
    if (plan.kind !== 'incoming') throw new Error('kind');
    expect(importableIncomingRows(plan).map((r) => [r.rowNumber, r.input.arrivalNumber])).toEqual([
      [rows[0]?.rowNumber, 4],
      [rows[2]?.rowNumber, 5],
    ]);
  });
});
