/**
 * Reading one cell of an old register as a date, a number, a count, a level or a signer.
 * A reader returns the value, nothing (empty cell) or the issue to report with the cell text,
 * so the clerk sees exactly what the file says.
 */
import { foldText } from '../text';
import { parseDateCell } from '../registers/dates';
import type { Urgency } from '../registers/doc-types';
import { FIELD_LIMITS } from '../registers/types';
import type { ImportCell } from './types';

export type CellIssue = { readonly code: string; readonly params?: Readonly<Record<string, string | number>> };
export type CellRead<T> = { readonly value?: T; readonly issue?: CellIssue };

const EMPTY_CELL: ImportCell = { text: '', raw: null };

/** Characters of a cell quoted in a message: enough to find it, never a wall of text. */
const QUOTE_CHARS = 60;

/** The cell text as a message quotes it. */
export function quoted(text: string): string {
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text;
}

export function cellText(cell: ImportCell | undefined): string {
  return (cell ?? EMPTY_CELL).text.normalize('NFC').trim();
}

/**
 * No register of a Vietnamese office holds a document older than the state's first ones
 * (1945): an earlier date is a broken cell (Excel's day zero 00/01/1900, a serial read
 * from a wrong column, a year typed as 1899 for 1999), never a fact to keep.
 */
export const EARLIEST_YEAR = 1945;

export function isEmptyCell(cell: ImportCell | undefined): boolean {
  return cell === undefined || cell.text.trim() === '';
}

function iso(y: number, m: number, d: number): string | undefined {
  const r = parseDateCell(`${y}-${m}-${d}`);
  return r.ok ? r.date : undefined;
}

/**
 * A date cell: an Excel date, a serial number, dd/mm/yyyy (also "-" "." and 2-digit years),
 * yyyy-mm-dd or "ngày 05 tháng 01 năm 2025". A date that only works month-first
 * ("12/25/2025", typed on a US-English Excel) is reported, never swapped silently.
 */
export function readDate(cell: ImportCell | undefined): CellRead<string> {
  const read = readDateValue(cell);
  if (read.value !== undefined && Number(read.value.slice(0, 4)) < EARLIEST_YEAR)
    return { issue: { code: 'registerImport.date.tooEarly', params: { text: quoted(cellText(cell)), year: EARLIEST_YEAR } } };
  return read;
}

function readDateValue(cell: ImportCell | undefined): CellRead<string> {
  if (!cell || isEmptyCell(cell)) return {};
  const text = cellText(cell);
  const invalid = { issue: { code: 'registerImport.date.invalid', params: { text: quoted(text) } } };
  if (cell.raw instanceof Date) {
    const t = cell.raw.getTime();
    const date = Number.isNaN(t) ? undefined : iso(cell.raw.getUTCFullYear(), cell.raw.getUTCMonth() + 1, cell.raw.getUTCDate());
    return date ? { value: date } : invalid;
  }
  if (typeof cell.raw === 'number') {
    const r = parseDateCell(cell.raw);
    return r.ok ? { value: r.date } : invalid;
  }
  const r = parseDateCell(text);
  if (r.ok) return { value: r.date };
  const long = /^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:nam|,)\s*(\d{4})$/.exec(foldText(text).replace(/[,.]\s*/g, ' ').trim());
  if (long) {
    const date = iso(Number(long[3]), Number(long[2]), Number(long[1]));
    return date ? { value: date } : invalid;
  }
  const m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(text);
  if (m && Number(m[1]) <= 12 && Number(m[2]) > 12 && iso(Number(m[3]), Number(m[1]), Number(m[2])))
    return { issue: { code: 'registerImport.date.monthFirst', params: { text: quoted(text) } } };
  return invalid;
}

/** A register number (số đến, số of an outgoing document): a positive whole number; "Số 015" reads 15. */
export function readRegisterNumber(cell: ImportCell | undefined): CellRead<number> {
  if (!cell || isEmptyCell(cell)) return {};
  return parseRegisterNumber(cell.raw, cellText(cell));
}


export function parseRegisterNumber(raw: ImportCell['raw'], text: string): CellRead<number> {
  let n: number | undefined;
  if (typeof raw === 'number') n = raw;
  else {
    const t = text.replace(/^s[oốô]\s*[:.]?\s*/iu, '').replace(/\s+/g, '');
    if (/^\d+$/.test(t)) n = Number(t);
  }
  if (n === undefined || !Number.isInteger(n) || n < 1 || n > FIELD_LIMITS.maxArrivalNumber)
    return { issue: { code: 'registerImport.number.invalid', params: { text: quoted(text) } } };
  return { value: n };
}

/** Số trang, số lượng bản: a whole number, "3 bản" and "12 trang" accepted. */
export function readCount(cell: ImportCell | undefined): CellRead<number> {
  if (!cell || isEmptyCell(cell)) return {};
  const text = cellText(cell);
  let n: number | undefined;
  if (typeof cell.raw === 'number') n = cell.raw;
  else {
    const m = /^(\d+)\s*(ban|trang|to)?$/.exec(foldText(text));
    if (m) n = Number(m[1]);
  }
  if (n === undefined || !Number.isInteger(n)) return { issue: { code: 'registerImport.count.invalid', params: { text: quoted(text) } } };
  return { value: n };
}

const URGENCY_WORDS: ReadonlyMap<string, Urgency> = new Map([
  ['thuong', 'normal'],
  ['binh thuong', 'normal'],
  ['khong', 'normal'],
  ['khan', 'urgent'],
  ['thuong khan', 'very-urgent'],
  ['hoa toc', 'flash'],
]);

/** Độ khẩn as written: Khẩn, Thượng khẩn, Hỏa tốc (also "Hoả tốc"); empty or "Thường" is normal. */
export function readUrgency(cell: ImportCell | undefined): CellRead<Urgency> {
  if (!cell || isEmptyCell(cell)) return {};
  const text = cellText(cell);
  const key = foldText(text).replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  const found = URGENCY_WORDS.get(key);
  return found ? { value: found } : { issue: { code: 'registerImport.urgency.unknown', params: { text: quoted(text) } } };
}

/** Longest first, so "Phó Chủ tịch" wins over "Chủ tịch". */
const POSITIONS = [
  'Phó Chủ tịch',
  'Chủ tịch',
  'Phó Bí thư',
  'Bí thư',
  'Phó Giám đốc',
  'Giám đốc',
  'Phó Trưởng phòng',
  'Trưởng phòng',
  'Phó Chánh Văn phòng',
  'Chánh Văn phòng',
  'Phó Chánh Thanh tra',
  'Chánh Thanh tra',
  'Phó Trưởng Công an',
  'Trưởng Công an',
  'Chỉ huy trưởng',
  'Chính trị viên',
  'Phó Chi cục trưởng',
  'Chi cục trưởng',
  'Phó Hạt trưởng',
  'Hạt trưởng',
  'Phó Hiệu trưởng',
  'Hiệu trưởng',
  'Trạm trưởng',
  'Phó Trưởng ban',
  'Trưởng ban',
  'Công chức',
]
  .map((p) => ({ name: p, key: foldText(p) }))
  .sort((x, y) => y.key.length - x.key.length);

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * "Phó Chủ tịch Nguyễn Văn An" → position "Phó Chủ tịch", name "Nguyễn Văn An". Known
 * positions first; otherwise the trailing capitalised words (2–4) are the name. A cell with
 * only a name, or text that does not split, goes to the name (and to the position if too long).
 */
export function splitSigner(text: string): { readonly position: string; readonly name: string } {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!t) return { position: '', name: '' };
  const folded = foldText(t);
  for (const p of POSITIONS) {
    if (folded === p.key) return { position: t, name: '' };
    if (folded.startsWith(`${p.key} `)) {
      return { position: t.slice(0, p.name.length).trim(), name: t.slice(p.name.length).replace(/^[\s:,-]+/, '') };
    }
  }
  const words = t.split(' ');
  let k = words.length;
  while (k > 0 && isCapitalised(words[k - 1] ?? '')) k--;
  const nameWords = words.length - k;
  if (k > 0 && nameWords >= 2 && nameWords <= 4) return { position: words.slice(0, k).join(' '), name: words.slice(k).join(' ') };
  if (t.length <= FIELD_LIMITS.signerName) return { position: '', name: t };
  return { position: t, name: '' };
}

/** "Nơi nhận" cell: one recipient per line or per ";", list dashes and final punctuation dropped. */
export function splitRecipients(text: string): string[] {
  return text
    .split(/[;\n\r]+/)
    .map((s) => s.replace(/^[\s\-–•+*]+/, '').replace(/[\s.,;]+$/, '').trim())
    .filter((s) => s !== '');
}
