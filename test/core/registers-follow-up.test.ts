// Sổ theo dõi giải quyết văn bản đến (Phụ lục IV.VIII): which documents are late, which are
// due soon (calendar days, today included), and the rows of the book.
import { describe, expect, it } from 'vitest';
import {
  daysLeft,
  DEFAULT_DUE_SOON_DAYS,
  effectiveDeadline,
  FOLLOW_UP_BOOK_COLUMNS,
  followUpBookRows,
  followUpStatus,
  type FollowUpStatus,
  daysLate,
} from '../../renderer/src/core/registers/follow-up';
import { emptyIncomingInput, type FollowUpProgress, type IncomingDocFields } from '../../renderer/src/core/registers/types';

// Tuesday 10 March 2026
const TODAY = '2026-03-10';

type Doc = { progress: FollowUpProgress; handlingDeadline?: string; dueDate?: string; deleted?: boolean };

describe('followUpStatus', () => {
  it('due soon means 3 calendar days by default', () => {
    expect(DEFAULT_DUE_SOON_DAYS).toBe(3);
  });

  it.each<[why: string, doc: Doc, expected: FollowUpStatus]>([
    ['deadline yesterday', { progress: 'pending', handlingDeadline: '2026-03-09' }, 'overdue'],
    ['deadline last year', { progress: 'in-progress', handlingDeadline: '2025-12-31' }, 'overdue'],
    ['deadline today (today included)', { progress: 'pending', handlingDeadline: '2026-03-10' }, 'due-soon'],
    ['deadline tomorrow', { progress: 'in-progress', handlingDeadline: '2026-03-11' }, 'due-soon'],
    ['deadline in 3 days', { progress: 'pending', handlingDeadline: '2026-03-13' }, 'due-soon'],
    ['deadline in 4 days', { progress: 'pending', handlingDeadline: '2026-03-14' }, 'on-time'],
    ['deadline next month', { progress: 'pending', handlingDeadline: '2026-04-10' }, 'on-time'],
    ['done, even though the deadline passed', { progress: 'done', handlingDeadline: '2026-03-01' }, 'done'],
    ['done without deadline', { progress: 'done' }, 'done'],
    ['no deadline at all', { progress: 'pending' }, 'none'],
    ['only the reply date asked by the sender, passed', { progress: 'pending', dueDate: '2026-03-05' }, 'overdue'],
    ['only the reply date asked by the sender, in 2 days', { progress: 'pending', dueDate: '2026-03-12' }, 'due-soon'],
    ['the leader gave more time than the sender asked', { progress: 'pending', dueDate: '2026-03-05', handlingDeadline: '2026-03-20' }, 'on-time'],
    ['the leader asked for it sooner than the sender', { progress: 'pending', dueDate: '2026-03-30', handlingDeadline: '2026-03-09' }, 'overdue'],
    ['cancelled entry', { progress: 'pending', handlingDeadline: '2026-03-01', deleted: true }, 'none'],
    ['deadline stored in a broken form', { progress: 'pending', handlingDeadline: '01/03/2026' }, 'none'],
  ])('%s → %s', (_why, doc, expected) => {
    expect(followUpStatus(doc, TODAY)).toBe(expected);
  });

  it('a deadline on Monday is due soon from the Friday before, not on the Thursday', () => {
    const monday = { progress: 'pending' as const, handlingDeadline: '2026-03-16' };
    expect(followUpStatus(monday, '2026-03-12')).toBe('on-time');
    expect(followUpStatus(monday, '2026-03-13')).toBe('due-soon');
    expect(followUpStatus(monday, '2026-03-16')).toBe('due-soon');
    expect(followUpStatus(monday, '2026-03-17')).toBe('overdue');
  });

  it('counts across month and year ends', () => {
    expect(followUpStatus({ progress: 'pending', handlingDeadline: '2027-01-02' }, '2026-12-30')).toBe('due-soon');
    expect(followUpStatus({ progress: 'pending', handlingDeadline: '2026-03-01' }, '2026-02-26')).toBe('due-soon');
    expect(followUpStatus({ progress: 'pending', handlingDeadline: '2026-03-02' }, '2026-02-26')).toBe('on-time');
  });

  it.each<[days: number, expected: FollowUpStatus]>([
    [0, 'on-time'],
    [1, 'due-soon'],
    [7, 'due-soon'],
  ])('with dueSoonDays %i, a deadline tomorrow is %s', (days, expected) => {
    expect(followUpStatus({ progress: 'pending', handlingDeadline: '2026-03-11' }, TODAY, { dueSoonDays: days })).toBe(expected);
  });
});

describe('effectiveDeadline and daysLeft', () => {
  it.each<[doc: Omit<Doc, 'progress'>, deadline: string | undefined, left: number | undefined]>([
    [{ handlingDeadline: '2026-03-20', dueDate: '2026-03-15' }, '2026-03-20', 10],
    [{ dueDate: '2026-03-15' }, '2026-03-15', 5],
    [{ handlingDeadline: '', dueDate: '2026-03-15' }, '2026-03-15', 5],
    [{ handlingDeadline: '2026-03-08' }, '2026-03-08', -2],
    [{}, undefined, undefined],
    [{ dueDate: '2026-02-30' }, undefined, undefined],
  ])('%j → %s, %s days left', (doc, deadline, left) => {
    expect(effectiveDeadline(doc)).toBe(deadline);
    expect(daysLeft(doc, TODAY)).toBe(left);
  });
});

describe('followUpBookRows', () => {
  function doc(arrivalNumber: number, over: Partial<IncomingDocFields & { deleted: boolean }> = {}): IncomingDocFields & { deleted?: boolean } {
    return {
      ...emptyIncomingInput('2026-03-02'),
      registerId: 'den-2026',
      arrivalNumber,
      sender: 'UBND huyện Thái Thụy',
      number: '15',
      notation: 'QĐ-UBND',
      documentDate: '2026-02-27',
      typeName: 'Quyết định',
      summary: 'Về việc giao chỉ tiêu',
      recipient: 'Công chức Địa chính',
      handlingDeadline: '2026-03-20',
      progressNote: 'Đang rà soát',
      replyNotation: '21/BC-UBND',
      note: 'Khẩn',
      ...over,
    };
  }

  it('has the 7 columns of Phụ lục IV.VIII', () => {
    expect(FOLLOW_UP_BOOK_COLUMNS).toEqual([
      'Số đến',
      'Tên loại, số, ký hiệu, ngày tháng, cơ quan ban hành',
      'Đơn vị hoặc người nhận',
      'Thời hạn giải quyết',
      'Tiến độ giải quyết',
      'Số, ký hiệu văn bản trả lời',
      'Ghi chú',
    ]);
  });

  it('one row per document with a deadline, by arrival number, dates dd/mm/yyyy', () => {
    const rows = followUpBookRows([
      doc(12, { dueDate: '2026-03-25', handlingDeadline: undefined, number: '3', notation: 'CV-STC', typeName: '', sender: 'Sở Tài chính', documentDate: undefined }),
      doc(4),
      doc(7, { handlingDeadline: undefined }),
      doc(9, { deleted: true }),
      doc(10, { progress: 'done', completedAt: '2026-03-05' }),
    ]);
    expect(rows).toEqual([
      ['04', 'Quyết định, 15/QĐ-UBND, 27/02/2026, UBND huyện Thái Thụy', 'Công chức Địa chính', '20/03/2026', 'Đang rà soát', '21/BC-UBND', 'Khẩn'],
      ['10', 'Quyết định, 15/QĐ-UBND, 27/02/2026, UBND huyện Thái Thụy', 'Công chức Địa chính', '20/03/2026', 'Đã giải quyết xong ngày 05/03/2026. Đang rà soát', '21/BC-UBND', 'Khẩn'],
      ['12', '3/CV-STC, Sở Tài chính', 'Công chức Địa chính', '25/03/2026', 'Đang rà soát', '21/BC-UBND', 'Khẩn'],
    ]);
    for (const row of rows) expect(row).toHaveLength(FOLLOW_UP_BOOK_COLUMNS.length);
  });

  it('says in "Tiến độ giải quyết" which are done (and when) and, on the day it is printed, how far past the deadline the others are', () => {
    const rows = followUpBookRows([doc(4, { progressNote: '' }), doc(5, { handlingDeadline: '2026-04-30' }), doc(6, { progress: 'done', completedAt: '2026-03-18', progressNote: '' }), doc(7, { progress: 'done', completedAt: '2026-03-23', progressNote: '' })], '2026-04-01');
    // Done after its deadline (20/03) says how late: the report on handling counts those.
    expect(rows.map((r) => r[4])).toEqual(['Quá hạn 12 ngày', 'Đang rà soát', 'Đã giải quyết xong ngày 18/03/2026', 'Đã giải quyết xong ngày 23/03/2026, quá hạn 3 ngày']);
  });

  it('counts the days a document done was finished past its deadline', () => {
    expect(daysLate({ handlingDeadline: '2026-12-04', dueDate: undefined, progress: 'done', completedAt: '2026-12-07' })).toBe(3);
    expect(daysLate({ handlingDeadline: '2026-12-04', dueDate: undefined, progress: 'done', completedAt: '2026-12-04' })).toBe(0);
    expect(daysLate({ handlingDeadline: '2026-12-04', dueDate: undefined, progress: 'in-progress', completedAt: undefined })).toBe(0);
    expect(daysLate({ handlingDeadline: undefined, dueDate: undefined, progress: 'done', completedAt: '2026-12-07' })).toBe(0);
  });

  it('does not reorder the caller’s array', () => {
    const docs = [doc(3), doc(1), doc(2)];
    followUpBookRows(docs);
    expect(docs.map((d) => d.arrivalNumber)).toEqual([3, 1, 2]);
  });
});
