/**
 * The yearly statistics report as an .xlsx table (one figure column for a unit, one per unit and a
 * total at the upper level): each row names its form (biểu số, title) so the sheet sorts and
 * filters; figures are real numbers.
 */
import type { ReportSection } from '../core/duties/statistics';
import { rowsToXlsx, type XlsxValue } from './write-workbook';

export async function statisticsToXlsx(title: string, columns: readonly string[], sections: readonly ReportSection[], created?: Date): Promise<Uint8Array> {
  const rows: XlsxValue[][] = [];
  sections.forEach((s, si) =>
    s.rows.forEach((r, ri) => rows.push([`${s.form.number} — ${s.form.title}`, `${si + 1}.${ri + 1}`, r.label, r.unit, ...r.values.map((v) => (v === undefined ? null : v))])),
  );
  return rowsToXlsx(
    title,
    [{ header: 'Biểu số', width: 40 }, { header: 'STT', width: 6 }, { header: 'Chỉ tiêu', width: 50 }, { header: 'Đơn vị tính', width: 12 }, ...columns.map((c) => ({ header: c, width: Math.max(12, Math.min(30, c.length + 2)) }))],
    rows,
    { sheetName: 'Báo cáo thống kê', ...(created ? { created } : {}) },
  );
}
