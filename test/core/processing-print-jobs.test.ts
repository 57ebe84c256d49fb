// What the printed slips (phiếu tin) say of each slip: its own heading of the classification
// scheme ("I.1. …", not only the major heading), and for a slip set aside to discard, that it is
// discarded, why and in which bundle — as the archivist checks a slip against its papers.
import { describe, expect, it } from 'vitest';
import type { Dossier, ProcessingJob } from '../../renderer/src/core/dossiers/types';
import { closingJob, coversJob, handoverJob, inventoryJob, reportJob, slipsJob, type PrintData } from '../../renderer/src/features/processing/print-jobs';

const printedSlips = (d: PrintData) => {
  const job = slipsJob(d);
  if (job.kind !== 'description-slips') throw new Error(job.kind);
  return job.input.slips;
};

const scheme = [
  { id: 'h1', title: 'Tổng hợp' },
  { id: 'h11', title: 'Quyết định của Ủy ban nhân dân xã', parentId: 'h1' },
  { id: 'h2', title: 'Văn thư - Lưu trữ' },
];

const slip = (over: Partial<Dossier>): Dossier =>
  ({ id: 's', tempNumber: 1, title: 'Tập quyết định năm 1995', heading: 'I. Tổng hợp', classId: 'h11', startDate: '1995', endDate: '1995', startPrecision: 'year', endPrecision: 'year', language: 'Tiếng Việt', retention: 'permanent', access: 'open', condition: 'Tốt', note: '', changedBy: 'Nguyễn Thị Lan', enteredOn: '2026-03-02', ...over }) as unknown as Dossier;

const data = (slips: Dossier[]): PrintData =>
  ({ unit: { name: 'Ủy ban nhân dân xã Thụy Hải' }, fonds: { name: 'Phông UBND xã Thụy Hải', number: '' }, job: { scheme } as unknown as ProcessingJob, slips, boxes: [], docs: new Map(), operator: 'Nguyễn Thị Lan', date: new Date('2026-03-05') }) as unknown as PrintData;

describe('printed slips', () => {
  it('name the slip’s own heading and mark one set aside to discard', () => {
    const printed = printedSlips(data([slip({}), slip({ id: 't', tempNumber: 2, classId: 'h2', heading: 'II. Văn thư - Lưu trữ', discardReason: 'duplicate', discardBundle: 3, note: 'Bản trùng' })]));
    expect(printed.map((s) => s.infoCode)).toEqual(['I.1. Quyết định của Ủy ban nhân dân xã', 'II. Văn thư - Lưu trữ']);
    expect(printed.map((s) => s.note)).toEqual(['', 'Tài liệu loại: Trùng lặp, bó số 3. Bản trùng']);
  });

  it('come as they are filed: numbered files by inventory and number, the others in the job’s order, then those set aside to discard, each marked', () => {
    const printed = printedSlips(
      data([
        slip({ id: 'a', tempNumber: 1, inventoryNumber: 2, fileNumber: 11 }),
        slip({ id: 'b', tempNumber: 2, discardReason: 'duplicate' }),
        slip({ id: 'c', tempNumber: 3, inventoryNumber: 1, fileNumber: 9 }),
        slip({ id: 'd', tempNumber: 4, discardReason: 'expired', retention: 10 }),
        slip({ id: 'e', tempNumber: 5 }),
        slip({ id: 'f', tempNumber: 6, inventoryNumber: 2, fileNumber: 10 }),
      ]),
    );
    expect(printed.map((s) => [s.tempNumber, s.discarded ?? false])).toEqual([[3, false], [6, false], [1, false], [5, false], [2, true], [4, true]]);
  });

  it('a heading no longer in the scheme: the heading kept on the slip', () => {
    expect(printedSlips(data([slip({ classId: 'gone' })]))[0]!.infoCode).toBe('I. Tổng hợp');
  });
});

describe('the final report’s period', () => {
  const period = (job: Partial<ProcessingJob>) => {
    const d = data([slip({})]);
    const out = reportJob({ ...d, job: { ...d.job, name: 'Đợt 1', ...job } as ProcessingJob });
    if (out.kind !== 'processing-report') throw new Error(out.kind);
    return [out.input.intakeDate, out.input.endDate];
  };
  it('runs from the intake (else the job’s start) to its end; unfinished, the end is left to fill in', () => {
    expect(period({ intakeDate: '2026-01-12', stage: 'report', status: 'open' })).toEqual(['12/01/2026', '']);
    expect(period({ startDate: '2026-01-05', stage: 'slips', status: 'open' })).toEqual(['05/01/2026', '']);
    // Finished: its end date, else the day printed.
    expect(period({ intakeDate: '2026-01-12', endDate: '2026-03-01', stage: 'done', status: 'done' })).toEqual(['12/01/2026', '01/03/2026']);
    expect(period({ intakeDate: '2026-01-12', stage: 'done', status: 'done' })).toEqual(['12/01/2026', '05/03/2026']);
  });
});

describe('the final report’s tools and sheets', () => {
  const report = (slips: Dossier[], boxes: { id: string; deleted: boolean }[] = []) => {
    const d = data(slips);
    const out = reportJob({ ...d, boxes, job: { ...d.job, name: 'Đợt 1', receivedMetres: 2 } as unknown as ProcessingJob } as unknown as PrintData);
    if (out.kind !== 'processing-report') throw new Error(out.kind);
    return out.input;
  };
  it('names only what was made: covers and certificates once numbered, labels once boxed (it named all three with nothing numbered or boxed)', () => {
    expect(report([slip({ sheetCount: 85 })]).tools).toEqual(['Cơ sở dữ liệu 1 phiếu tin']);
    expect(report([slip({ inventoryNumber: 1, fileNumber: 1 })]).tools).toEqual(['Mục lục hồ sơ số 1 (03 bản)', 'Cơ sở dữ liệu 1 phiếu tin', 'Bìa hồ sơ và chứng từ kết thúc']);
    expect(report([slip({ inventoryNumber: 1, fileNumber: 1, boxId: 'b' })], [{ id: 'b', deleted: false }]).tools).toEqual(['Mục lục hồ sơ số 1 (03 bản)', 'Cơ sở dữ liệu 1 phiếu tin', 'Bìa hồ sơ, chứng từ kết thúc và nhãn hộp']);
  });
});

describe('the job’s printed inventory', () => {
  it('numbers each file by its number in the inventory, going on after the files it held', () => {
    const slips = [9, 10, 11].map((n) => slip({ id: `s${n}`, tempNumber: n - 8, inventoryNumber: 1, fileNumber: n, checked: true, status: 'closed' } as Partial<Dossier>));
    const out = inventoryJob(data(slips), 1);
    if (out.kind !== 'archival-inventory') throw new Error(out.kind);
    expect(out.input.rows.map((r) => [r.ordinal, r.notation])).toEqual([[9, '9'], [10, '10'], [11, '11']]);
  });

  it('runs its years to the last year of its files’ documents (a file of 03/2022 – 12/2023 left it "đến năm 2022")', () => {
    const slips = [
      slip({ id: 'a', tempNumber: 1, inventoryNumber: 1, fileNumber: 1, year: 2010, startDate: '2010', endDate: '2010', checked: true, status: 'closed' } satisfies Partial<Dossier>),
      slip({ id: 'b', tempNumber: 2, inventoryNumber: 1, fileNumber: 2, year: 2022, startDate: '2022-03-01', endDate: '2023-12-31', startPrecision: 'month', endPrecision: 'month', checked: true, status: 'closed' } satisfies Partial<Dossier>),
    ];
    const out = inventoryJob(data(slips), 1);
    if (out.kind !== 'archival-inventory') throw new Error(out.kind);
    expect([out.input.fromYear, out.input.toYear]).toEqual([2010, 2023]);
  });
});

describe('covers and closing certificates', () => {
  it('come in the same order, by inventory then file number, whatever the slips’ order (the certificates came 2.11, 2.12, 1.9…)', () => {
    const file = (id: string, tempNumber: number, inventoryNumber: number, fileNumber: number) => slip({ id, tempNumber, title: `Hồ sơ ${inventoryNumber}.${fileNumber}`, inventoryNumber, fileNumber });
    const d = data([file('a', 1, 2, 11), file('b', 2, 2, 12), file('c', 3, 1, 9), file('d', 4, 1, 10), slip({ id: 'e', tempNumber: 5, title: 'Chưa đánh số' })]);
    const covers = coversJob(d, 'a4');
    const closing = closingJob(d);
    if (covers.kind !== 'file-covers' || closing.kind !== 'closing-certificate') throw new Error('kinds');
    expect(covers.input.dossiers.map((c) => c.title)).toEqual(['Hồ sơ 1.9', 'Hồ sơ 1.10', 'Hồ sơ 2.11', 'Hồ sơ 2.12']);
    expect(closing.input.dossiers.map((c) => c.title)).toEqual(['Hồ sơ 1.9', 'Hồ sơ 1.10', 'Hồ sơ 2.11', 'Hồ sơ 2.12']);
  });
});

describe('the handover records of a job', () => {
  const basis = (date: string, when: 'intake' | 'after') => {
    const d = data([slip({})]);
    const out = handoverJob({ ...d, job: { ...d.job, name: 'Đợt 1', receivedMetres: 12.5 } as ProcessingJob, date: new Date(date) }, when);
    if (out.kind !== 'handover-record') throw new Error(out.kind);
    return out.input.basis;
  };
  it('cite the Law on Archives in force that day and the job’s plan, not the decree on văn thư work', () => {
    expect(basis('2026-03-05', 'after')).toEqual(['Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;', 'Căn cứ kế hoạch chỉnh lý tài liệu "Đợt 1",']);
    expect(basis('2025-03-05', 'intake')).toEqual(['Căn cứ Luật Lưu trữ ngày 11 tháng 11 năm 2011;', 'Căn cứ kế hoạch chỉnh lý tài liệu "Đợt 1",']);
  });
});
