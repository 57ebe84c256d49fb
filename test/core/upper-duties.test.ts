// What the upper level's reports card and duties card read of their units: one name per unit in a card's columns and
// in its alerts (short, told apart by code only where names are alike), and the duties of one year or of every year.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { dutiesOfUnits, reportColumns, reportUnitNames, type DutyRecords } from '../../renderer/src/core/duties/upper-duties';
import { loadTranslators } from '../helpers/translators';

let t: TFunction;
beforeAll(async () => {
  t = (await loadTranslators()).vi;
});

const report = (unitId: string, unitName: string, adminCode: string) => ({ unitId, unitName, adminCode });

describe('a reports card names each unit one way, in its columns and its alerts', () => {
  // Thirty communes: two Thụy Liên (one written "Thuỵ"), one reporting and one not; a Thụy Hải with a figure that does not hold.
  const reports = [report('a', 'Ủy ban nhân dân xã Thụy Liên', '12399'), report('h', 'Ủy ban nhân dân xã Thụy Hải', '12345')];
  const units = [
    { unitId: 'a', name: 'Ủy ban nhân dân xã Thụy Liên', adminCode: '12399' },
    { unitId: 'b', name: 'Ủy ban nhân dân xã Thuỵ Liên', adminCode: '12400' },
    { unitId: 'h', name: 'Ủy ban nhân dân xã Thụy Hải', adminCode: '12345' },
    { unitId: 'd', name: 'Ủy ban nhân dân phường Đông Kinh', adminCode: '23456' },
  ];

  it('the issue alert names the unit as its column does: "UBND xã …", no code where its name is its own', () => {
    const names = reportUnitNames(reports, units);
    const columns = reportColumns(reports, units);
    expect(columns).toEqual(['UBND xã Thụy Liên (12399)', 'UBND xã Thụy Hải']);
    const alert = t('upperDuties.reportIssues', { unit: names.get('h'), count: 1, first: 'Dòng 6.2 lớn hơn dòng 6.1.' });
    expect(alert).toBe('Báo cáo của UBND xã Thụy Hải có số liệu không đúng (1 ô, chữ đỏ trong bảng). Dòng 6.2 lớn hơn dòng 6.1. Số liệu vẫn được cộng vào cột Tổng cộng. Hãy đề nghị đơn vị kiểm tra, mở lại báo cáo, sửa rồi gửi lại.');
    expect(alert).toContain(columns[1]);
    expect(alert).not.toContain('Ủy ban nhân dân');
  });

  it('a look-alike that did not report is told apart from the one that did, by code, in the column and the alert alike', () => {
    const names = reportUnitNames(reports, units);
    const silent = ['b', 'd'].map((id) => names.get(id));
    expect(t('upperDuties.notReported', { year: 2025, count: 2, names: silent.join(', ') })).toBe('Chưa gửi báo cáo đã chốt năm 2025 (2 đơn vị, không có trong cột Tổng cộng): UBND xã Thuỵ Liên (12400), UBND phường Đông Kinh.');
    // The column of the one that reported carries its code too: the two are not read as one.
    expect(reportColumns(reports, units)[0]).toBe('UBND xã Thụy Liên (12399)');
  });

  it('two units of one name and code by the end of their ids; a reported one by the name its report came with', () => {
    const twins = [report('01a25177-0000-7000-8000-00000000aaaa', 'Ủy ban nhân dân xã Thụy Hải', '12345')];
    const names = reportUnitNames(twins, [
      { unitId: '01a25177-0000-7000-8000-00000000aaaa', name: 'Uỷ ban nhân dân xã Thụy Hải (cũ)', adminCode: '12345' },
      { unitId: '01a25177-0000-7000-8000-00000000bbbb', name: 'Ủy ban nhân dân xã Thụy Hải', adminCode: '12345' },
    ]);
    expect([...names.values()]).toEqual(['UBND xã Thụy Hải (12345 · 0000aaaa)', 'UBND xã Thụy Hải (12345 · 0000bbbb)']);
  });
});

describe('the duties of one year, or of every year', () => {
  const live = { deleted: false };
  const records = {
    depositBatches: [
      { ...live, id: 'b1', origin: 'x', date: '2025-06-10', dossierCount: 1, destination: 'historical' },
      { ...live, id: 'b2', origin: 'x', date: '2026-01-10', dossierCount: 2, destination: 'historical' },
      { ...live, id: 'b3', origin: 'x', date: '2025-03-01', dossierCount: 4, destination: 'current' },
      { deleted: true, id: 'b4', origin: 'x', date: '2025-03-01', dossierCount: 9, destination: 'current' },
    ],
    depositReceipts: [{ ...live, id: 'r1', origin: 'x', receivedDate: '2025-12-30' }, { ...live, id: 'r2', origin: 'x', receivedDate: '2026-01-02' }],
    appraisals: [
      { ...live, id: 'a1', origin: 'x', status: 'destroyed', destroyedOn: '2025-10-20' },
      { ...live, id: 'a2', origin: 'x', status: 'destroyed', destroyedOn: '2024-10-20' },
      { ...live, id: 'a3', origin: 'x', status: 'decided' },
    ],
    appraisalItems: [
      { ...live, id: 'i1', origin: 'x', appraisalId: 'a1', decision: 'destroy' },
      { ...live, id: 'i2', origin: 'x', appraisalId: 'a1', decision: 'keep' },
      { ...live, id: 'i3', origin: 'x', appraisalId: 'a2', decision: 'destroy' },
      { ...live, id: 'i4', origin: 'x', appraisalId: 'a2', decision: 'destroy' },
      { ...live, id: 'i5', origin: 'x', appraisalId: 'a3', decision: 'destroy' },
    ],
    loans: [
      { ...live, id: 'l0', origin: 'x', loanDate: '2024-11-11', returnedDate: '2024-11-12' },
      { ...live, id: 'l1', origin: 'x', loanDate: '2025-03-02', returnedDate: '2025-03-03' },
      { ...live, id: 'l2', origin: 'x', loanDate: '2025-12-20' },
      { ...live, id: 'l3', origin: 'x', loanDate: '2024-12-20' },
    ],
  } as unknown as DutyRecords;

  it.each([
    [2025, { depositBatches: 2, dossiersToCurrent: 4, dossiersToHistorical: 1, receivedBatches: 1, destroyedDossiers: 1, loans: 2, openLoans: 1 }],
    [2024, { depositBatches: 0, dossiersToCurrent: 0, dossiersToHistorical: 0, receivedBatches: 0, destroyedDossiers: 2, loans: 2, openLoans: 1 }],
    [2026, { depositBatches: 1, dossiersToCurrent: 0, dossiersToHistorical: 2, receivedBatches: 1, destroyedDossiers: 0, loans: 0, openLoans: 0 }],
    [undefined, { depositBatches: 3, dossiersToCurrent: 4, dossiersToHistorical: 3, receivedBatches: 2, destroyedDossiers: 3, loans: 4, openLoans: 2 }],
  ])('of %s: batches by their day, destructions by theirs, loans by the day lent (those still out among them)', (year, expected) => {
    expect(dutiesOfUnits(['x', 'y'], records, year)).toEqual({ x: expected, y: { depositBatches: 0, dossiersToCurrent: 0, dossiersToHistorical: 0, receivedBatches: 0, destroyedDossiers: 0, loans: 0, openLoans: 0 } });
  });

  it('no year asked is every year, as before the year was asked', () => {
    expect(dutiesOfUnits(['x'], records)).toEqual(dutiesOfUnits(['x'], records, undefined));
  });
});
