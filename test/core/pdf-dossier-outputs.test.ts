// The archive's printed finding aids, rendered with the embedded Tinos fonts: the Mục lục hồ sơ
// (PL V.III; single and consolidated, header repeated on every page, the count in figures and
// in Vietnamese words), the box labels (HỘP SỐ, range, so many to an A4 sheet) and the yearly
// Danh mục hồ sơ (PL V.II) with its major headings and closing count.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContentTable } from 'pdfmake/interfaces';
import { dossierInventoryDefinition, numberToVietnameseWords, type DossierInventoryInput } from '../../renderer/src/pdf/definitions/dossier-inventory';
import { boxLabelGrid, boxLabelsDefinition, type BoxLabelEntry } from '../../renderer/src/pdf/definitions/box-labels';
import { filePlanDefinition, headingGroups, type FilePlanRow } from '../../renderer/src/pdf/definitions/file-plan';
import { documentPeriod, type InventoryRow } from '../../renderer/src/core/dossiers/inventory';
import { formatRetention } from '../../renderer/src/core/dossiers/rules';
import { mm } from '../../renderer/src/pdf/definitions/common';
import { pick, seededRng, vocab } from '../fixtures/generate';
import { expectTinosOnly, pdfInfo as info, pdfText as text, pdfWriter, renderPdfBytes } from '../helpers/pdf';
import { renderJob } from '../../renderer/src/pdf/jobs';
import { pdfWords } from '../helpers/pdf-pages';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const render = pdfWriter('luutru-dossier-pdf-');

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

const A4_PORTRAIT = '595.28 x 841.89';
const unit = { name: 'Ủy ban nhân dân xã Thụy Hải', parentName: 'Ủy ban nhân dân huyện Thái Thụy', place: 'Thụy Hải' };
const LONG_TITLE =
  'Hồ sơ về việc lập, thẩm định và phê duyệt quy hoạch chi tiết xây dựng khu dân cư thôn Tân Lập, xã Thụy Hải giai đoạn 2021 - 2030 và điều chỉnh kế hoạch sử dụng đất năm 2022';
const COLUMN_TITLES = ['Số TT', 'Số, ký hiệu hồ sơ', 'Tiêu đề hồ sơ', 'Thời gian tài liệu', 'Thời hạn bảo quản', 'Số tờ/ Số trang', 'Hộp số', 'Ghi chú'];

function inventory(n: number, seed: number, code: string): InventoryRow[] {
  const rng = seededRng(seed);
  return Array.from({ length: n }, (_, i): InventoryRow => {
    const year = 2020 + Math.floor((i * 6) / n);
    const sheets = 5 + Math.floor(rng() * 180);
    return {
      ordinal: i + 1,
      fileNumber: i + 1,
      notation: `${String(i + 1).padStart(2, '0')}.${code}`,
      title: i === 6 ? LONG_TITLE : `Hồ sơ ${pick(rng, vocab.topics)} thôn ${pick(rng, vocab.hamlets)}`,
      period: documentPeriod(`${year}-0${1 + (i % 8)}-1${i % 10}`, `${year}-12-2${i % 9}`),
      retention: formatRetention(i % 3 === 0 ? 'permanent' : 10),
      sheets: `${sheets}/${sheets * 2}`,
      box: String(1 + Math.floor(i / 12)),
      note: i % 11 === 0 ? 'Bản sao' : '',
    };
  });
}

describe('numberToVietnameseWords', () => {
  const cases: [number, string][] = [
    [0, 'không'],
    [1, 'một'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [120, 'một trăm hai mươi'],
    [999, 'chín trăm chín mươi chín'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1010, 'một nghìn không trăm mười'],
    [1234, 'một nghìn hai trăm ba mươi tư'],
    [2024, 'hai nghìn không trăm hai mươi tư'],
    [10000, 'mười nghìn'],
    [21000, 'hai mươi mốt nghìn'],
    [100000, 'một trăm nghìn'],
    [100005, 'một trăm nghìn không trăm linh năm'],
    [999999, 'chín trăm chín mươi chín nghìn chín trăm chín mươi chín'],
  ];
  it.each(cases)('%i → "%s"', (n, words) => {
    expect(numberToVietnameseWords(n)).toBe(words);
  });
  it('refuses what it cannot say', () => {
    for (const n of [-1, 1.5, 1_000_000, Number.NaN]) expect(() => numberToVietnameseWords(n)).toThrow(RangeError);
  });
});

describe('Mục lục hồ sơ PDF', () => {
  it('a consolidated inventory whose closing would stand alone carries the last section’s last two files to it, under that section’s heading and the column titles', async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i): InventoryRow => ({ ordinal: i + 1, fileNumber: i + 1, notation: '', title: `Tập quyết định của UBND xã năm ${1995 + i}`, period: String(1995 + i), retention: 'Vĩnh viễn', sheets: String(20 + i), box: '1', note: '' }));
    const input: DossierInventoryInput = { unit, fromYear: 1995, toYear: 2005, sections: [{ heading: 'UBND xã Thụy Hải — Mục lục số 1', rows: rows(6) }, { heading: 'UBND xã Thụy Hải — Mục lục số 2', rows: rows(8) }] };
    // Laid out once, the count and the signature stand alone on the last page.
    const once = await render('hai-muc-luc-once.pdf', dossierInventoryDefinition(input));
    expect(text(once, info(once).pages)).not.toContain('Tập quyết định');
    const file = join(mkdtempSync(join(tmpdir(), 'luutru-inv2-')), 'hai-muc-luc.pdf');
    writeFileSync(file, await renderJob({ kind: 'dossier-inventory', input }, renderPdfBytes));
    expect(text(file, info(file).pages)).toMatch(/UBND xã Thụy Hải — Mục lục số 2 .*7 Tập quyết định của UBND xã năm 2001 .*8 Tập quyết định của UBND xã năm 2002 .*Các mục lục trên \(2 mục lục\) gồm 14 hồ sơ \(đơn vị bảo quản\)\. Viết bằng chữ: Mười bốn hồ sơ\./);
  });

  it('a consolidated inventory’s closing count says how many of its files were handed over to an archive (each section’s heading says its own)', async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i): InventoryRow => ({ ordinal: i + 1, fileNumber: i + 1, notation: '', title: `Tập quyết định của UBND xã năm ${1995 + i}`, period: String(1995 + i), retention: 'Vĩnh viễn', sheets: '20', box: '1', note: i === 0 ? 'Đã nhận 15/01/2027' : '' }));
    const sections = [
      { heading: 'UBND xã Thụy Hải — Mục lục số 1 (đã nộp lưu 1/2 hồ sơ)', rows: rows(2), deposited: 1 },
      { heading: 'UBND xã Thụy Xuân — Mục lục số 1 (đã nộp lưu 1/3 hồ sơ)', rows: rows(3), deposited: 1 },
    ];
    const marked = await render('tong-hop-da-nop.pdf', dossierInventoryDefinition({ unit, fromYear: 1995, toYear: 1997, sections }));
    expect(text(marked, info(marked).pages)).toContain('Các mục lục trên (2 mục lục) gồm 5 hồ sơ (đơn vị bảo quản), trong đó đã nộp lưu 2 hồ sơ. Viết bằng chữ: Năm hồ sơ.');
    // None handed over: the count alone, as it was.
    const none = await render('tong-hop-chua-nop.pdf', dossierInventoryDefinition({ unit, fromYear: 1995, toYear: 1997, sections: sections.map((s) => ({ ...s, deposited: 0 })) }));
    expect(text(none, info(none).pages)).toContain('Các mục lục trên (2 mục lục) gồm 5 hồ sơ (đơn vị bảo quản). Viết bằng chữ: Năm hồ sơ.');
  });

  const base: DossierInventoryInput = {
    unit,
    fonds: { name: 'Ủy ban nhân dân xã Thụy Hải', number: 12 },
    inventoryNumber: 1,
    fromYear: 2020,
    toYear: 2025,
    sections: [{ heading: '', rows: inventory(120, 7, 'VP') }],
    options: { date: new Date(2026, 0, 5), preparer: 'Nguyễn Thị Hằng' },
  };

  it('lays out eight numbered columns, repeated with the section heading when there is one', () => {
    const def = dossierInventoryDefinition({ ...base, sections: [{ heading: 'Mục lục số 1', rows: inventory(3, 1, 'VP') }] });
    const table = (def.content as unknown[]).find((c): c is ContentTable => typeof c === 'object' && c !== null && 'table' in c);
    expect(table?.table.headerRows).toBe(3);
    expect(table?.table.widths).toHaveLength(8);
    expect(table?.table.body[1]?.map((c) => (c as { text: string }).text)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)']);
    const noBox = dossierInventoryDefinition({ ...base, options: { showBox: false } });
    const t2 = (noBox.content as unknown[]).find((c): c is ContentTable => typeof c === 'object' && c !== null && 'table' in c);
    expect(t2?.table.headerRows).toBe(2);
    expect(t2?.table.widths).toHaveLength(7);
  });

  it('prints a 120-dossier inventory: header, repeated columns, long title, total in figures and words', async () => {
    const file = await render('muc-luc.pdf', dossierInventoryDefinition(base));
    writeFileSync('/tmp/luutru-dossier-inventory.pdf', readFileSync(file));
    const { pages, size } = info(file);
    expect(size).toBe(A4_PORTRAIT);
    expect(pages).toBeGreaterThanOrEqual(3);
    expectTinosOnly(file);

    const first = text(file, 1);
    for (const line of ['ỦY BAN NHÂN DÂN HUYỆN THÁI THỤY', 'ỦY BAN NHÂN DÂN XÃ THỤY HẢI', 'MỤC LỤC HỒ SƠ', 'Phông: Ủy ban nhân dân xã Thụy Hải (Phông số 12)', 'Mục lục số: 1', 'Từ năm 2020 đến năm 2025']) {
      expect(first).toContain(line);
    }
    for (const page of [1, 2]) {
      const t = text(file, page);
      for (const title of COLUMN_TITLES) expect(t).toContain(title);
      expect(t).toContain('(1) (2) (3) (4) (5) (6) (7) (8)');
      expect(t).toContain(`Trang ${page}/${pages}`);
    }
    const all = text(file);
    expect(all).toContain(LONG_TITLE);
    expect(all).toContain('01.VP');
    expect(all).toContain('120.VP');
    expect(all).toContain('Vĩnh viễn');
    expect(all).toContain('Mục lục này gồm 120 hồ sơ (đơn vị bảo quản).');
    expect(all).toContain('Viết bằng chữ: Một trăm hai mươi hồ sơ.');
    const last = text(file, pages);
    for (const line of ['Thụy Hải, ngày 05 tháng 01 năm 2026', 'NGƯỜI LẬP', '(Ký, ghi rõ họ tên)', 'Nguyễn Thị Hằng']) expect(last).toContain(line);
  });

  it('prints one unit\'s inventory from the upper level under its section heading, without blank fonds lines above it', async () => {
    const heading = 'Ủy ban nhân dân xã Thái Thụy — Phông lưu trữ UBND xã Thái Thụy — Mục lục số 2';
    const file = await render('muc-luc-mot-don-vi.pdf', dossierInventoryDefinition({ unit, fromYear: 2025, toYear: 2026, sections: [{ heading, rows: inventory(3, 2, 'TH') }], options: { title: 'MỤC LỤC HỒ SƠ' } }));
    const t = text(file);
    // It printed "Phông: …………… (Phông số ……………)" and "Mục lục số: ……………" over a section that names both.
    expect(t).not.toContain('Phông:');
    expect(t).not.toContain('Mục lục số: ');
    expect(t).toContain(heading);
  });

  it('prints a consolidated inventory: each section under its heading, one total for all', { timeout: 60_000 }, async () => {
    const headings = ['UBND xã Thụy Hải — Phông số 12 — Mục lục số 1', 'UBND xã Thụy Dân — Phông số 15 — Mục lục số 2'];
    const file = await render('muc-luc-tong-hop.pdf', dossierInventoryDefinition({
      unit: { name: 'Ủy ban nhân dân xã Thụy Hải', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên', place: 'Thụy Hải' },
      fromYear: 2020,
      toYear: 2025,
      sections: [
        { heading: headings[0]!, rows: inventory(70, 3, 'VP') },
        { heading: headings[1]!, rows: inventory(50, 4, 'TH') },
      ],
      options: { title: 'MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU', showBox: false },
    }));
    writeFileSync('/tmp/luutru-dossier-inventory-consolidated.pdf', readFileSync(file));
    const { pages } = info(file);
    const all = text(file);
    expect(text(file, 1)).toContain('MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU');
    // The sections carry the fonds, so no blank "Phông:" line is printed above them.
    expect(all).not.toContain('Phông:');
    for (const h of headings) expect(all).toContain(h);
    // The heading repeats with the column titles: the first section's on every page it spans.
    expect(count(all, headings[0]!)).toBeGreaterThanOrEqual(2);
    expect(all).not.toContain('Hộp số');
    expect(all).toContain('(1) (2) (3) (4) (5) (6) (7)');
    expect(all).not.toContain('(8)');
    expect(all).toContain('70.VP');
    expect(all).toContain('50.TH');
    expect(all).toContain('Các mục lục trên (2 mục lục) gồm 120 hồ sơ (đơn vị bảo quản).');
    expect(all).toContain('Viết bằng chữ: Một trăm hai mươi hồ sơ.');
    expect(text(file, pages)).toContain('Thụy Hải, ngày … tháng … năm …');
  });

  it('says so when there is nothing to list, on one valid page', async () => {
    const file = await render('muc-luc-trong.pdf', dossierInventoryDefinition({ unit, sections: [] }));
    expect(info(file)).toEqual({ pages: 1, size: A4_PORTRAIT });
    const t = text(file);
    expect(t).toContain('Chưa có hồ sơ nào.');
    expect(t).toContain('Phông: …………… (Phông số ……………)');
    expect(t).toContain('Năm ……………');
    expect(t).not.toContain('Tiêu đề hồ sơ');
    expect(t).not.toContain('Mục lục này gồm');
    const one = await render('muc-luc-mot-nam.pdf', dossierInventoryDefinition({ ...base, fromYear: 2024, toYear: 2024, sections: [{ heading: '', rows: inventory(1, 2, 'VP') }] }));
    expect(text(one)).toContain('Năm 2024');
    expect(text(one)).toContain('Mục lục này gồm 1 hồ sơ (đơn vị bảo quản). Viết bằng chữ: Một hồ sơ.');
  });
});

describe('box labels PDF', () => {
  const boxes: BoxLabelEntry[] = Array.from({ length: 6 }, (_, i) => ({
    boxId: `hop-${i + 1}`,
    number: i + 1,
    fromFile: i * 25 + 1,
    toFile: i * 25 + 25,
    dossierCount: 25,
    fromYear: 2020,
    toYear: 2020 + i,
    retention: i < 3 ? 'Vĩnh viễn' : '10 năm',
  }));
  const fonds = { fondsName: 'Ủy ban nhân dân xã Thụy Hải', fondsNumber: 12, inventoryNumber: 1 };
  const labelsOn = (file: string, page: number) => count(text(file, page), 'HỘP SỐ');

  it('fits four 80 × 120 mm labels on an A4 sheet, more when they are smaller', () => {
    const grid = boxLabelGrid();
    expect([grid.columns, grid.rows, grid.perSheet]).toEqual([2, 2, 4]);
    expect(grid.width).toBeCloseTo(mm(80));
    expect(grid.height).toBeCloseTo(mm(120));
    expect(boxLabelGrid({ widthMm: 60, heightMm: 90 }).perSheet).toBe(6);
    expect(() => boxLabelGrid({ widthMm: 250 })).toThrow(/nhãn hộp lớn hơn khổ giấy/);
    expect(() => boxLabelsDefinition({ ...fonds, boxes, options: { startSlot: 5 } })).toThrow(/từ 1 đến 4/);
  });

  it('prints HỘP SỐ with a large number, the file range, years and retention; four to a sheet', async () => {
    const file = await render('nhan-hop.pdf', boxLabelsDefinition({ ...fonds, boxes }));
    writeFileSync('/tmp/luutru-box-labels.pdf', readFileSync(file));
    expect(info(file)).toEqual({ pages: 2, size: A4_PORTRAIT });
    expectTinosOnly(file);
    expect([labelsOn(file, 1), labelsOn(file, 2)]).toEqual([4, 2]);
    const t = text(file, 1);
    for (const line of ['ỦY BAN NHÂN DÂN XÃ THỤY HẢI', 'Phông số: 12', 'Mục lục số: 1', 'HỘP SỐ 01', 'Từ hồ sơ số 01 đến hồ sơ số 25', 'Năm 2020', 'Năm 2020 – 2021', 'Thời hạn bảo quản: Vĩnh viễn']) {
      expect(t).toContain(line);
    }
    expect(text(file, 2)).toContain('HỘP SỐ 06 Từ hồ sơ số 126 đến hồ sơ số 150 Năm 2020 – 2025 Thời hạn bảo quản: 10 năm');
    // Readable from across the store room: the number stands taller than 15 mm.
    const tallest = Math.max(...pdfWords(file).filter((w) => w.page === 1 && w.word === '01').map((w) => w.y1 - w.y0));
    expect(tallest).toBeGreaterThan(mm(15));
  });

  it('a mixed box lists its periods each whole ("20 năm" broke as "20 / năm")', async () => {
    const file = await render('nhan-hop-hon-hop.pdf', boxLabelsDefinition({ ...fonds, boxes: [{ ...boxes[0]!, retention: '70 năm, 20 năm, 10 năm, 5 năm' }] }));
    const lines = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC').split('\n').map((l) => l.replace(/\u00a0/g, ' ').trim()).filter(Boolean);
    expect(lines.some((l, i) => /\d$/.test(l) && /^năm\b/.test(lines[i + 1] ?? ''))).toBe(false);
    expect(text(file).replace(/\s+/g, ' ')).toContain('Thời hạn bảo quản: 70 năm, 20 năm, 10 năm, 5 năm');
  });

  it('starts at a chosen slot, prints blanks for what is unknown, keeps long names inside the label', async () => {
    const longName = 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị trấn Diêm Điền, huyện Thái Thụy, tỉnh Thái Bình (giai đoạn 1986 - 2025)';
    const unknown: BoxLabelEntry = { boxId: 'hop-x', number: 128, dossierCount: 0, retention: '', inventoryNumber: 2 };
    const file = await render('nhan-hop-o-3.pdf', boxLabelsDefinition({ fondsName: longName, boxes: [...boxes, unknown], options: { startSlot: 3 } }));
    writeFileSync('/tmp/luutru-box-labels-long.pdf', readFileSync(file));
    expect(info(file).pages).toBe(3);
    expect([labelsOn(file, 1), labelsOn(file, 2), labelsOn(file, 3)]).toEqual([2, 4, 1]);
    const last = text(file, 3);
    expect(last).toContain('HỘP SỐ 128');
    expect(last).toContain('Phông số: ……');
    expect(last).toContain('Mục lục số: 2');
    expect(last).toContain('Từ hồ sơ số …… đến hồ sơ số ……');
    expect(text(file)).toContain('VĂN PHÒNG HỘI ĐỒNG NHÂN DÂN VÀ ỦY BAN NHÂN DÂN THỊ TRẤN DIÊM ĐIỀN');
    const grid = boxLabelGrid();
    const found = pdfWords(file);
    expect(Math.min(...found.filter((w) => w.page === 1).map((w) => w.y0))).toBeGreaterThan(grid.slots[2]!.y);
    for (const w of found) {
      const inside = grid.slots.some((s) => w.x0 >= s.x && w.x1 <= s.x + grid.width && w.y0 >= s.y && w.y1 <= s.y + grid.height);
      expect(inside, `"${w.word}" at ${w.x0.toFixed(1)},${w.y0.toFixed(1)}`).toBe(true);
    }
  });
});

describe('Danh mục hồ sơ PDF', () => {
  const headings = ['I. TỔNG HỢP', 'II. ĐỊA CHÍNH - XÂY DỰNG', 'III. TƯ PHÁP - HỘ TỊCH'];
  const codes = ['TH', 'ĐCXD', 'TPHT'];
  const rng = seededRng(30);
  const rows: FilePlanRow[] = headings.flatMap((heading, h) =>
    Array.from({ length: 25 }, (_, i): FilePlanRow => ({
      heading,
      notation: `${String(i + 1).padStart(2, '0')}.${codes[h]}`,
      title: h === 1 && i === 2 ? LONG_TITLE : `Hồ sơ ${pick(rng, vocab.topics)} năm 2026`,
      retention: formatRetention(i % 4 === 0 ? 'permanent' : 10),
      keeper: pick(rng, vocab.people),
      note: '',
    })),
  );
  const counts = { total: 75, permanent: rows.filter((r) => r.retention === 'Vĩnh viễn').length, fixedTerm: rows.filter((r) => r.retention !== 'Vĩnh viễn').length };

  it('prints the plan with its major headings, the header on every page and the closing count', async () => {
    const file = await render('danh-muc.pdf', filePlanDefinition({ unit, year: 2026, rows, counts }));
    writeFileSync('/tmp/luutru-file-plan.pdf', readFileSync(file));
    const { pages, size } = info(file);
    expect(size).toBe(A4_PORTRAIT);
    expect(pages).toBeGreaterThanOrEqual(2);
    expectTinosOnly(file);
    const first = text(file, 1);
    for (const line of ['ỦY BAN NHÂN DÂN XÃ THỤY HẢI', 'DANH MỤC HỒ SƠ NĂM 2026', '(Kèm theo Quyết định số …………… ngày …… tháng …… năm …… của …………………………)']) expect(first).toContain(line);
    for (const page of [1, 2]) {
      const t = text(file, page);
      for (const title of ['Số và ký hiệu hồ sơ', 'Tên đề mục và tiêu đề hồ sơ', 'Thời hạn bảo quản', 'Người lập hồ sơ', 'Ghi chú', '(1) (2) (3) (4) (5)', `Trang ${page}/${pages}`]) {
        expect(t).toContain(title);
      }
    }
    const all = text(file);
    // Each heading once, right above its first dossier.
    for (const [h, heading] of headings.entries()) {
      expect(count(all, heading)).toBe(1);
      expect(all).toContain(`${heading} 01.${codes[h]}`);
    }
    expect(all).toContain(LONG_TITLE);
    expect(all).toContain(`Danh mục hồ sơ này có 75 hồ sơ, bao gồm: ${counts.permanent} hồ sơ bảo quản vĩnh viễn; ${counts.fixedTerm} hồ sơ bảo quản có thời hạn.`);
  });

  it('prints the approving decision when given', async () => {
    const file = await render('danh-muc-qd.pdf', filePlanDefinition({
      unit,
      year: 2026,
      rows: rows.slice(0, 3).map((r) => ({ ...r, heading: '' })),
      counts: { total: 3, permanent: 1, fixedTerm: 2 },
      options: { decisionLine: 'Kèm theo Quyết định số 05/QĐ-UBND ngày 05/01/2026 của Chủ tịch UBND xã Thụy Hải' },
    }));
    const t = text(file);
    expect(t).toContain('(Kèm theo Quyết định số 05/QĐ-UBND ngày 05/01/2026 của Chủ tịch UBND xã Thụy Hải)');
    expect(t).not.toContain('TỔNG HỢP');
    expect(t).toContain('Danh mục hồ sơ này có 3 hồ sơ, bao gồm: 1 hồ sơ bảo quản vĩnh viễn; 2 hồ sơ bảo quản có thời hạn.');
  });

  // PL V.I: sub-headings carry Arabic numerals that restart in each major heading; the notation follows the major heading.
  const planRow = (heading: string, subheading: string | undefined, notation: string): FilePlanRow => ({ heading, ...(subheading !== undefined ? { subheading } : {}), notation, title: `Hồ sơ ${notation}`, retention: '10 năm', keeper: 'Lê Thị Hoa', note: '' });
  const withSubheadings = [
    planRow('I. TỔNG HỢP', undefined, '01.TH'),
    planRow('I. TỔNG HỢP', '1. Kế hoạch, báo cáo', '02.TH'),
    planRow('I. TỔNG HỢP', '2. Thi đua, khen thưởng', '03.TH'),
    // Added later to the first sub-heading: a higher number than the second's.
    planRow('I. TỔNG HỢP', '1. Kế hoạch, báo cáo', '04.TH'),
    planRow('II. NỘI VỤ', '1. Tuyển dụng', '05.NV'),
    planRow('II. NỘI VỤ', '2. Đào tạo, bồi dưỡng', '06.NV'),
  ];

  it('groups each major heading’s dossiers under its sub-headings, each printed once in its numeral’s order', () => {
    expect(headingGroups(withSubheadings).map((g) => [g.heading, g.subheadings.map((s) => [s.subheading, s.rows.map((r) => r.notation)])])).toEqual([
      ['I. TỔNG HỢP', [['', ['01.TH']], ['1. Kế hoạch, báo cáo', ['02.TH', '04.TH']], ['2. Thi đua, khen thưởng', ['03.TH']]]],
      ['II. NỘI VỤ', [['1. Tuyển dụng', ['05.NV']], ['2. Đào tạo, bồi dưỡng', ['06.NV']]]],
    ]);
    // "10." after "9.", and a sub-heading without a numeral after the numbered ones, as first met.
    const many = ['10. Mười', 'Không số', '9. Chín'].map((sub, i) => planRow('I. TỔNG HỢP', sub, `0${i + 1}.TH`));
    expect(headingGroups(many)[0]!.subheadings.map((s) => s.subheading)).toEqual(['9. Chín', '10. Mười', 'Không số']);
    // A plan without major headings has no sub-headings either.
    expect(headingGroups([planRow('', '1. Lạc', '01')])[0]!.subheadings).toEqual([{ subheading: '', rows: [planRow('', '1. Lạc', '01')] }]);
  });

  it('prints the sub-headings inside their major heading, each once, above their own dossiers', async () => {
    const file = await render('danh-muc-de-muc-nho.pdf', filePlanDefinition({ unit, year: 2026, rows: withSubheadings, counts: { total: 6, permanent: 0, fixedTerm: 6 } }));
    expectTinosOnly(file);
    const t = text(file);
    expect(t).toContain('I. TỔNG HỢP 01.TH Hồ sơ 01.TH 10 năm Lê Thị Hoa 1. Kế hoạch, báo cáo 02.TH Hồ sơ 02.TH 10 năm Lê Thị Hoa 04.TH Hồ sơ 04.TH 10 năm Lê Thị Hoa 2. Thi đua, khen thưởng 03.TH');
    expect(t).toContain('II. NỘI VỤ 1. Tuyển dụng 05.NV');
    expect(count(t, '1. Kế hoạch, báo cáo')).toBe(1);
  });
});
