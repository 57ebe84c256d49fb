// The dry run on small hand-made sheets: each rule of the import (numbers kept, dates read or
// reported, duplicates against the register and the file, blank rows, validation by the
// register's year) and what is finally imported.
import { describe, expect, it } from 'vitest';
import {
  importableIncoming,
  importableOutgoing,
  incomingDuplicateKey,
  planRegisterImport,
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
  existingKeys: new Set(),
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
    expect(plan.rows[4]?.issues[0]?.params).toEqual({ number: 6, rows: `${rows[4]?.rowNumber}, ${rows[5]?.rowNumber}` });
    expect(plan.lastNumber).toBe(1);
  });

  it('reports unreadable dates once per cell, quoting the cell and its column', () => {
    const plan = planRegisterImport([incoming(1, { arrival: '31/02/2025' }), incoming(2, { docDate: '03/13/2025' })], INCOMING, ctx());
    expect(plan.rows[0]?.issues).toEqual([{ field: 'arrivalDate', code: 'registerImport.date.invalid', params: { text: '31/02/2025', column: 'A' } }]);
    expect(plan.rows[1]?.issues).toEqual([{ field: 'documentDate', code: 'registerImport.date.monthFirst', params: { text: '03/13/2025', column: 'E' } }]);
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
    const plan = planRegisterImport(rows, INCOMING, ctx({ existingKeys: new Set([incomingDuplicateKey(stored)]) }));
    expect(statuses(plan)).toEqual(['duplicate:duplicate.inRegister', 'ok', 'duplicate:duplicate.inFile']);
    expect(plan.rows[2]?.duplicateOfRow).toBe(rows[1]?.rowNumber);
    if (plan.kind !== 'incoming') throw new Error('kind');
    expect(importableIncoming(plan).map((e) => e.arrivalNumber)).toEqual([2]);
    expect(importableIncoming(plan, { includeDuplicates: true }).map((e) => e.arrivalNumber)).toEqual([1, 2, 3]);
    expect(plan.lastNumber).toBe(3);
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
