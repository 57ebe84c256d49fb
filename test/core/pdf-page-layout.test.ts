// What a reader sees where pages break and at the top of a report, laid out with the embedded Tinos
// fonts and read back with pdftotext: no list ends a page on a heading with fewer than three of its
// rows (a consolidated inventory's unit, a file plan's đề mục, an archival inventory's classification),
// and the national heading keeps a very long ward's name readable and compact, the form's as it was
// for the others.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Content, TDocumentDefinitions, Table, TableCell } from 'pdfmake/interfaces';
import { GRID, dossierInventoryDefinition, type DossierInventoryInput, type InventorySection } from '../../renderer/src/pdf/definitions/dossier-inventory';
import { filePlanDefinition, type FilePlanRow } from '../../renderer/src/pdf/definitions/file-plan';
import { DEFAULT_ABBREVIATIONS, archivalInventoryDefinition, type ArchivalInventoryInput } from '../../renderer/src/pdf/definitions/archival-inventory';
import { KEPT_ROWS, keptTable } from '../../renderer/src/pdf/definitions/keep-with-rows';
import { headingNames, mm, nameLines, unitNameLines, textWidth } from '../../renderer/src/pdf/definitions/common';
import { handoverRecordDefinition } from '../../renderer/src/pdf/definitions/handover-record';
import type { InventoryRow } from '../../renderer/src/core/dossiers/inventory';
import { renderJob, type PdfJob } from '../../renderer/src/pdf/jobs';
import { expectTinosOnly, pdfText, pdfWriter, renderPdfBytes } from '../helpers/pdf';
import { headingsLeftAlone, pdfWords, wordLines, type ListGroup } from '../helpers/pdf-pages';

const render = pdfWriter('luutru-page-layout-');
const dir = mkdtempSync(join(tmpdir(), 'luutru-page-layout-jobs-'));
/** The job as the app prints it (jobs.ts: a list's closing kept with rows lays it out again). */
async function printed(name: string, job: PdfJob): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await renderJob(job, renderPdfBytes));
  return file;
}

/** The same document as it was printed: each heading's block of rows back in the list as rows of its own, the table heads kept with one row. */
function withoutKeeping(def: TDocumentDefinitions): TDocumentDefinitions {
  const strip = (c: Content): Content => {
    if (Array.isArray(c)) return c.map(strip);
    if (typeof c !== 'object' || c === null) return c;
    const node = c as { table?: Table; stack?: Content[] };
    if (node.table) return { ...c, table: { ...node.table, keepWithHeaderRows: 1, body: node.table.body.flatMap((row) => (blockOf(row)?.body ?? [row])) } } as Content;
    if (node.stack) return { ...c, stack: node.stack.map(strip) } as Content;
    return c;
  };
  return { ...def, content: strip(def.content) };
}
/** The rows a row of a list holds when it is a heading's block (keep-with-rows.ts). */
const blockOf = (row: readonly TableCell[]): Table | undefined => (row[0] as { table?: Table } | undefined)?.table;

const unit = { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: 'Sở Nội vụ tỉnh Hưng Yên', place: 'Hưng Yên' };
const LONG_TITLE = 'Hồ sơ về việc lập, thẩm định và phê duyệt quy hoạch chi tiết xây dựng khu dân cư thôn Tân Lập';
const rowsOf = (n: number, code: string, seed = 0): InventoryRow[] =>
  Array.from({ length: n }, (_, i) => {
    const year = 1995 + ((i + seed) % 20);
    return { ordinal: i + 1, fileNumber: i + 1, notation: `${String(i + 1).padStart(2, '0')}.${code}`, title: (i + seed) % 5 === 2 ? LONG_TITLE : `Tập quyết định của Ủy ban nhân dân năm ${year}`, period: String(year), retention: 'Vĩnh viễn', sheets: String(20 + i), box: String(1 + Math.floor(i / 10)), note: '' };
  });

describe('a list never ends a page on a heading with fewer than three of its rows', () => {
  it(`keeps a table's head with its first ${KEPT_ROWS} rows, and a heading line with the rows it keeps as one row of the list`, () => {
    const row = { cells: ['1', 'Hồ sơ'] };
    const line = (rank: number) => ({ cells: [{ text: 'I. TỔNG HỢP', colSpan: 2 }, ''], heading: rank });
    const head = [['Số TT', 'Tiêu đề hồ sơ']];
    const table = (rows: { cells: TableCell[]; heading?: number }[]) => keptTable(head, rows, [mm(10), '*'], GRID);
    /** Each row of the list after the head: 1 for a row, the rows it holds for a heading's block. */
    const shape = (t: Table) => t.body.slice(t.headerRows).map((r) => blockOf(r)?.body.length ?? 1);
    expect(table([row, row, row, row, row])).toMatchObject({ headerRows: 1, keepWithHeaderRows: 3, dontBreakRows: true });
    // Fewer rows than that: all of them.
    expect(table([row, row]).keepWithHeaderRows).toBe(2);
    // A heading line among the first rows: it and its three rows are one row, kept with the head too.
    const early = table([row, line(0), row, row, row, row]);
    expect(shape(early)).toEqual([1, 4, 1]);
    expect(early.keepWithHeaderRows).toBe(2);
    // A major heading, its sub-heading of one row, the next sub-heading with three of its four: one block; the next major heading and its one row another.
    const nested = table([line(0), line(1), row, line(1), row, row, row, row, line(0), row]);
    expect(shape(nested)).toEqual([7, 1, 2]);
    expect(nested.keepWithHeaderRows).toBe(1);
    // A block's columns are the list's, its rules inside only, its text where a row's is.
    const block = nested.body[1]![0] as { colSpan: number; table: Table; margin: number[] };
    expect(block.colSpan).toBe(2);
    expect(block.table.widths).toEqual([mm(10), '*']);
    expect(block.margin).toEqual([-2.5, -2, -2.5, -2]);
    expect(table([]).keepWithHeaderRows).toBe(0);
  });

  it('a consolidated inventory: each unit’s heading starts a page with its files, never at a page’s foot over one of them', { timeout: 60_000 }, async () => {
    // Units of many sizes, so that their headings come at every height of a page.
    const sizes = [5, 17, 3, 22, 8, 2, 14, 6, 19, 4, 11, 7, 13, 9, 16];
    const communes = ['Thụy Hải', 'Thụy Xuân', 'Thụy Dân', 'Thái Thượng', 'Thái Hà', 'Đông Hưng', 'Hồng Việt', 'Minh Tân', 'Nguyên Xá', 'Tiên Hưng', 'Quỳnh Phụ', 'An Ninh', 'Vũ Thư', 'Kiến Xương', 'Tiền Hải'];
    const sections: InventorySection[] = sizes.map((n, k) => ({ heading: `Ủy ban nhân dân xã ${communes[k]} — Phông lưu trữ UBND xã ${communes[k]} (phông số ${k + 10}) — Mục lục số 1`, rows: rowsOf(n, `S${k + 10}`, k) }));
    const input: DossierInventoryInput = { unit, fromYear: 1995, toYear: 2014, sections, options: { title: 'MỤC LỤC HỒ SƠ TỔNG HỢP', date: new Date(2026, 0, 5), preparer: 'Nguyễn Thị Lan' } };
    const groups: ListGroup[] = sections.map((s, k) => ({ heading: s.heading, row: new RegExp(`\\b\\d{2}\\.S${k + 10}\\b`, 'g') }));

    // As it was printed: several units' headings ended a page over one or two of their files.
    const before = await render('tong-hop-truoc.pdf', withoutKeeping(dossierInventoryDefinition(input)));
    expect(headingsLeftAlone(before, groups, KEPT_ROWS).length).toBeGreaterThan(0);

    const file = await printed('tong-hop.pdf', { kind: 'dossier-inventory', input });
    expect(headingsLeftAlone(file, groups, KEPT_ROWS)).toEqual([]);
    expectTinosOnly(file);
    const all = pdfText(file);
    // Every file printed once, every heading there, the Vietnamese whole.
    for (const g of groups) expect(all.match(g.row)?.length).toBe(sizes[groups.indexOf(g)]);
    expect(all).toContain('Ủy ban nhân dân xã Thụy Hải — Phông lưu trữ UBND xã Thụy Hải (phông số 10) — Mục lục số 1');
    expect(all).toContain(`Các mục lục trên (15 mục lục) gồm ${sizes.reduce((a, b) => a + b)} hồ sơ (đơn vị bảo quản).`);
  });

  it('one unit’s inventory, as the upper level prints it: after a long foreword its heading and column titles never stand at a page’s foot over fewer than three files', { timeout: 30_000 }, async () => {
    const heading = 'Ủy ban nhân dân xã Thụy Hải — Phông lưu trữ UBND xã Thụy Hải — Mục lục số 2';
    const group = { heading, row: /\b\d{2}\.TH\b/g };
    // Fourteen and fifteen paragraphs left room at the foot of page 1 for the heading, the titles and two files, or one.
    for (const paragraphs of [14, 15]) {
      const foreword = Array.from({ length: paragraphs }, (_, i) => `Đoạn ${i + 1} của lời nói đầu: phông lưu trữ Ủy ban nhân dân xã Thụy Hải hình thành từ năm 1995, gồm tài liệu hành chính, địa chính, tư pháp và hộ tịch.`);
      const input: DossierInventoryInput = { unit, fromYear: 1995, toYear: 2014, sections: [{ heading, rows: rowsOf(20, 'TH') }], options: { title: 'MỤC LỤC HỒ SƠ', foreword } };
      const before = await render(`mot-don-vi-truoc-${paragraphs}.pdf`, withoutKeeping(dossierInventoryDefinition(input)));
      expect(headingsLeftAlone(before, [group], KEPT_ROWS)).toHaveLength(1);
      const file = await printed(`mot-don-vi-${paragraphs}.pdf`, { kind: 'dossier-inventory', input });
      expect(headingsLeftAlone(file, [group], KEPT_ROWS)).toEqual([]);
      expect(pdfText(file, 1)).toContain(`Đoạn ${paragraphs} của lời nói đầu`);
    }
  });

  it('a file plan: a đề mục lớn or nhỏ never ends a page, its dossiers on the next', { timeout: 60_000 }, async () => {
    const majors = ['I. TỔNG HỢP', 'II. ĐỊA CHÍNH - XÂY DỰNG', 'III. TƯ PHÁP - HỘ TỊCH', 'IV. VĂN HÓA - XÃ HỘI', 'V. KINH TẾ', 'VI. NỘI VỤ'];
    const subs = ['Kế hoạch, báo cáo', 'Thi đua, khen thưởng', 'Tuyển dụng', 'Đào tạo, bồi dưỡng'];
    const sizes = [[4, 9, 2], [1, 6], [7, 3, 5, 2], [2, 8], [5, 1, 6], [9, 4]];
    const rows: FilePlanRow[] = [];
    // A major heading's rows are those of all its sub-headings; the page's last heading is the one checked.
    const groups: ListGroup[] = [];
    majors.forEach((major, m) => {
      groups.push({ heading: major, row: new RegExp(`\\b\\d{2}\\.M${m + 1}S\\d\\b`, 'g') });
      sizes[m]!.forEach((n, s) => {
        const subheading = `${s + 1}. ${subs[s]} (đề mục ${m + 1}.${s + 1})`;
        groups.push({ heading: subheading, row: new RegExp(`\\b\\d{2}\\.M${m + 1}S${s + 1}\\b`, 'g') });
        for (let i = 0; i < n; i++) rows.push({ heading: major, subheading, notation: `${String(i + 1).padStart(2, '0')}.M${m + 1}S${s + 1}`, title: i % 3 === 1 ? `${LONG_TITLE} năm 2026` : 'Hồ sơ kế hoạch công tác năm 2026 của Ủy ban nhân dân', retention: '10 năm', keeper: 'Nguyễn Thị Lan', note: '' });
      });
    });
    const input = { unit: { name: 'Ủy ban nhân dân xã Thụy Hải', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên', place: 'Thụy Hải' }, year: 2026, rows, counts: { total: rows.length, permanent: 0, fixedTerm: rows.length } };
    const before = await render('danh-muc-truoc.pdf', withoutKeeping(filePlanDefinition(input)));
    expect(headingsLeftAlone(before, groups, KEPT_ROWS).length).toBeGreaterThan(0);
    const file = await printed('danh-muc.pdf', { kind: 'file-plan', input });
    expect(headingsLeftAlone(file, groups, KEPT_ROWS)).toEqual([]);
    expect(pdfText(file).match(/\b\d{2}\.M\dS\d\b/g)?.length).toBe(rows.length);
    expect(pdfText(file)).toContain(`Danh mục hồ sơ này có ${rows.length} hồ sơ, bao gồm: 0 hồ sơ bảo quản vĩnh viễn; ${rows.length} hồ sơ bảo quản có thời hạn.`);
    expectTinosOnly(file);
  });

  it('an archival inventory: a classification’s heading lines keep their files under them', { timeout: 60_000 }, async () => {
    const rows = rowsOf(160, 'HS').map((r) => ({ ...r, notation: `${String(r.ordinal).padStart(3, '0')}.HS` }));
    const filesOf = (from: number, to: number) => new RegExp(`\\b(?:${Array.from({ length: to - from }, (_, j) => String(from + j + 1).padStart(3, '0')).join('|')})\\.HS\\b`, 'g');
    // A sub-heading every 5 to 12 files, every fourth under a new major heading.
    const starts: number[] = [];
    for (let i = 0, k = 0; i < rows.length; i += 5 + ((k * 7) % 8), k++) starts.push(i);
    const headingsBefore = new Map<number, string[]>();
    const groups: ListGroup[] = [];
    starts.forEach((from, k) => {
      const sub = `${(k % 4) + 1}. Nhóm hồ sơ số ${k + 1}`;
      groups.push({ heading: sub, row: filesOf(from, starts[k + 1] ?? rows.length) });
      if (k % 4 === 0) {
        const major = `Đề mục lớn số ${k / 4 + 1}`;
        groups.push({ heading: major, row: filesOf(from, starts[k + 4] ?? rows.length) });
        headingsBefore.set(from, [major, sub]);
      } else headingsBefore.set(from, [sub]);
    });
    const input: ArchivalInventoryInput = { unit: { name: 'Ủy ban nhân dân xã Thụy Hải', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên', place: 'Thụy Hải' }, archiveName: 'Lưu trữ UBND xã Thụy Hải', fonds: { name: 'UBND xã Thụy Hải', number: '12' }, inventoryNumber: 1, kind: 'vĩnh viễn', fromYear: 1995, toYear: 2014, foreword: 'Lời nói đầu.', abbreviations: DEFAULT_ABBREVIATIONS, rows, headingsBefore, preparer: 'Nguyễn Thị Lan' };
    const before = await render('muc-luc-luu-tru-truoc.pdf', withoutKeeping(archivalInventoryDefinition(input)));
    expect(headingsLeftAlone(before, groups, KEPT_ROWS).length).toBeGreaterThan(0);
    const file = await printed('muc-luc-luu-tru.pdf', { kind: 'archival-inventory', input });
    expect(headingsLeftAlone(file, groups, KEPT_ROWS)).toEqual([]);
    expect(pdfText(file).match(/\b\d{3}\.HS\b/g)?.length).toBe(rows.length);
    expect(pdfText(file)).toContain('Mục lục này gồm 160 hồ sơ (đơn vị bảo quản). Viết bằng chữ: Một trăm sáu mươi hồ sơ.');
  });
});

describe('the national heading with a very long name', () => {
  const WARD = 'Ủy ban nhân dân phường Nguyễn Thái Bình thuộc Thành phố Hồ Chí Minh mới sau sắp xếp';
  const CITY = 'Ủy ban nhân dân Thành phố Hồ Chí Minh';
  const record = (u: { name: string; parentName: string; place: string }) =>
    handoverRecordDefinition({
      unit: u, date: new Date(2026, 10, 20), title: 'BIÊN BẢN GIAO NHẬN TÀI LIỆU ĐƯA RA CHỈNH LÝ', basis: ['Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;'],
      giver: { unit: 'Văn phòng', name: 'Phạm Văn Hùng', role: 'Chánh Văn phòng' }, receiver: { unit: 'Tổ chỉnh lý', name: 'Nguyễn Thị Lan', role: 'Lưu trữ viên' },
      batch: 'Tài liệu tồn đọng', period: '1995 – 2005', quantity: ['12,5 mét giá'], condition: 'Tốt', attached: '',
    });
  /** The heading's left column as printed: its lines (words left of "CỘNG HÒA", above the title), and the national title's lines. */
  function headingLines(file: string) {
    const words = pdfWords(file).filter((w) => w.page === 1);
    const republic = words.find((w) => w.word === 'CỘNG')!;
    const title = words.find((w) => w.word === 'BIÊN')!;
    const top = words.filter((w) => w.y1 < title.y0);
    return { left: wordLines(top.filter((w) => w.x1 < republic.x0)), right: wordLines(top.filter((w) => w.x0 >= republic.x0 - 1)), republic };
  }

  it('takes five lines, not six, the names whole and their place names unbroken, a gap before "CỘNG HÒA"', async () => {
    const file = await render('ten-dai.pdf', record({ name: WARD, parentName: CITY, place: 'Thành phố Hồ Chí Minh' }));
    expectTinosOnly(file);
    const { left, right, republic } = headingLines(file);
    const text = left.map((l) => l.map((w) => w.word).join(' '));
    // It printed "… THUỘC THÀNH PHỐ HỒ CHÍ / MINH MỚI SAU SẮP XẾP", six lines in all.
    expect(text.length).toBeLessThanOrEqual(5);
    expect(text.join(' ')).toBe(`${CITY} ${WARD}`.toUpperCase());
    expect(text).toContain('HỒ CHÍ MINH MỚI SAU SẮP XẾP');
    for (const l of text) expect(l).not.toMatch(/(?:THÀNH|ỦY|NHÂN|HỒ|CHÍ)$/u);
    expect(right[0]!.map((w) => w.word).join(' ')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(Math.max(...left[0]!.map((w) => w.x1))).toBeLessThan(republic.x0 - 4);
    expect(pdfText(file)).toContain('Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2026');
  });

  it('keeps the form’s column and size for the names that fit it in two lines each', () => {
    const form = mm(165) * 0.42;
    for (const [parent, agency] of [
      ['Ủy ban nhân dân tỉnh Hưng Yên', 'Ủy ban nhân dân xã Thụy Hải'],
      [CITY, 'Ủy ban nhân dân phường Sài Gòn'],
      ['Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu', 'Ủy ban nhân dân thị xã Phú Mỹ'],
      ['Sở Nội vụ tỉnh Hưng Yên', 'Lưu trữ lịch sử tỉnh Hưng Yên'],
      ['', 'Ủy ban nhân dân xã Thụy Hải'],
    ] as const) {
      expect(headingNames(parent, agency)).toEqual({ share: 0.42, fontSize: 12, parent: unitNameLines(parent.toUpperCase(), form, 12), agency: unitNameLines(agency.toUpperCase(), form, 12, true) });
    }
  });

  it('a long name takes fewer lines in a wider column or a step smaller, never below 11 pt, never broken inside "THÀNH PHỐ" or "NHÂN DÂN"', () => {
    for (const [parent, agency, most] of [
      [CITY, WARD, 5],
      ['', WARD, 3],
      ['Ủy ban nhân dân tỉnh Hưng Yên', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên', 3],
      [CITY, 'Hội đồng nhân dân và Ủy ban nhân dân phường Bình Hưng Hòa', 5],
    ] as const) {
      const names = headingNames(parent, agency);
      const lines = [...names.parent.split('\n').filter(Boolean), ...names.agency.split('\n')];
      expect(lines.length, agency).toBeLessThanOrEqual(most);
      expect(names.fontSize).toBeGreaterThanOrEqual(11);
      expect(names.share).toBeLessThanOrEqual(0.46);
      expect(lines.join(' ')).toBe(`${parent} ${agency}`.trim().toUpperCase());
      for (const l of lines) {
        expect(l).not.toMatch(/(?:THÀNH|ỦY|BAN|NHÂN|HỘI|ĐỒNG|THỊ)$/u);
        expect(textWidth(l, names.fontSize, names.agency.includes(l))).toBeLessThanOrEqual(mm(165) * names.share);
      }
    }
    // A name with no break but inside held words still comes out whole, a word on a line at worst.
    expect(nameLines('THÀNH PHỐ', 20, 12).lines).toEqual(['THÀNH', 'PHỐ']);
  });
});
