/**
 * The retention schedule as an .xlsx table: exported with the columns an official table uses
 * (Nhóm, Số TT, Tên hồ sơ, tài liệu, Thời hạn bảo quản, Căn cứ, Ghi chú), and read back from our
 * export or from an official table typed into Excel (group rows in Roman numerals or capitals,
 * legacy TCVN3/VNI fonts converted by readWorkbook). Reading never decides: rows are returned
 * with their numbers and the import refuses the whole table if one item has no period.
 */
import { parseRetention, formatRetention } from '../core/dossiers/rules';
import type { RetentionItem, RetentionSchedule } from '../core/duties/types';
import { AppError } from '../core/errors';
import { formatDate } from '../core/format';
import { foldText } from '../core/text';
import type { ImportedItem } from '../core/duties/retention';
import { readWorkbook } from './read-workbook';
import { rowsToXlsx } from './write-workbook';

export const RETENTION_COLUMNS = ['Nhóm', 'Số TT', 'Tên hồ sơ, tài liệu', 'Thời hạn bảo quản', 'Căn cứ pháp lý', 'Ghi chú'] as const;

export async function retentionScheduleToXlsx(schedule: Pick<RetentionSchedule, 'name' | 'version' | 'validFrom' | 'validTo' | 'verified'>, items: readonly Pick<RetentionItem, 'group' | 'code' | 'title' | 'retention' | 'basis' | 'note'>[], created?: Date): Promise<Uint8Array> {
  const period = schedule.validTo ? `từ ${formatDate(schedule.validFrom)} đến ${formatDate(schedule.validTo)}` : `từ ${formatDate(schedule.validFrom)}`;
  const title = `${schedule.name} — phiên bản ${schedule.version} (hiệu lực ${period})${schedule.verified ? '' : ' — CẦN KIỂM TRA'}`;
  return rowsToXlsx(
    title,
    [{ header: RETENTION_COLUMNS[0], width: 22 }, { header: RETENTION_COLUMNS[1], width: 8 }, { header: RETENTION_COLUMNS[2], width: 60 }, { header: RETENTION_COLUMNS[3], width: 14 }, { header: RETENTION_COLUMNS[4], width: 40 }, { header: RETENTION_COLUMNS[5], width: 24 }],
    items.map((i) => [i.group, i.code, i.title, formatRetention(i.retention), i.basis, i.note]),
    { sheetName: 'Bảng thời hạn', ...(created ? { created } : {}) },
  );
}

type Column = 'group' | 'code' | 'title' | 'retention' | 'basis' | 'note';

/** Which column a header names (diacritics and case ignored). */
function columnOf(header: string): Column | undefined {
  const h = foldText(header).replace(/\s+/g, ' ').trim();
  if (!h) return undefined;
  if (h.startsWith('thoi han')) return 'retention';
  if (h.startsWith('nhom')) return 'group';
  if (/^(so tt|stt|so thu tu|ma so|muc|so)$/.test(h)) return 'code';
  if (h.startsWith('can cu')) return 'basis';
  if (h.startsWith('ghi chu')) return 'note';
  if (/^(ten|tieu de|noi dung|ho so)/.test(h)) return 'title';
  return undefined;
}

const ROMAN = /^[IVXLC]+\.?$/;

export type ParsedSchedule = { readonly title: string; readonly items: readonly ImportedItem[] };

/**
 * Rows of the first sheet that has a header naming at least the title and the retention columns.
 * Group rows (no period, a Roman numeral or a title in capitals) set the group of the items below.
 */
export async function parseRetentionWorkbook(bytes: Uint8Array): Promise<ParsedSchedule> {
  const wb = await readWorkbook(bytes);
  for (const sheet of wb.sheets) {
    const headerIndex = sheet.rows.findIndex((r) => {
      const cols = r.cells.map((c) => columnOf(c.text));
      return cols.includes('title') && cols.includes('retention');
    });
    if (headerIndex < 0) continue;
    const map = new Map<Column, number>();
    sheet.rows[headerIndex]!.cells.forEach((c, i) => {
      const col = columnOf(c.text);
      if (col && !map.has(col)) map.set(col, i);
    });
    const title = sheet.rows.slice(0, headerIndex).map((r) => r.cells.map((c) => c.text).join(' ').trim()).find(Boolean) ?? '';
    const cell = (cells: readonly { text: string }[], col: Column) => (map.has(col) ? (cells[map.get(col)!]?.text ?? '').trim() : '');
    const items: ImportedItem[] = [];
    let group = '';
    for (const row of sheet.rows.slice(headerIndex + 1)) {
      const text = cell(row.cells, 'title');
      const code = cell(row.cells, 'code');
      const retentionText = cell(row.cells, 'retention');
      if (!text && !retentionText) continue;
      // The "(1) (2) (3)…" row under a printed header.
      if (/^\(\d+\)$/.test(text) || /^\(\d+\)$/.test(retentionText)) continue;
      const groupCell = cell(row.cells, 'group');
      if (!retentionText && !cell(row.cells, 'basis') && (ROMAN.test(code) || (!code && text === text.toLocaleUpperCase('vi')))) {
        group = text.replace(/^[IVXLC]+\.\s*/u, '');
        continue;
      }
      items.push({ row: row.rowNumber, group: groupCell || group, code, title: text, retention: parseRetention(retentionText), basis: cell(row.cells, 'basis'), note: cell(row.cells, 'note') });
    }
    return { title, items };
  }
  throw new AppError('retention.importNoHeader');
}
